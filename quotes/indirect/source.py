"""`По словам X, P.`  `P1, по его мнению, P2.`  `Согласно X, P.`"""

from __future__ import annotations

from typing import Optional

from ..attribution import Attribution, RelayRef
from ..cues import CueMatch, speech_verb
from ..intervals import overlapping_names
from ..names import can_write
from ..mentions import (QUOTE_GLYPHS, QUOTED_WORDS, THIRD_PERSON_POSSESSIVES, MentionRef, _may_speak, genitive_after,
                        norm, noun_phrase, opens_quoted_name, sentence_end, with_apposed_name)
from ..model import Doc
from .bounds import _clause_start, _content_end, _ends_clause, _predicate
from .context import _Context, _inside_marks, _span_between, _text, head_outside
from .description import description_end
from .lexicon import CLAUSE_LINKS, FIRST_PERSON_POSSESSIVES, PERIOD_NOUNS, PERIOD_PREPOSITIONS
from .relays import _can_speak, _link_rule


def _phrase_rules(ctx: _Context, cue: CueMatch) -> list[Attribution]:
    """`По словам X, P`, `P1, по его мнению, P2`, `Согласно X, P`."""
    doc = ctx.doc
    if cue.kind not in ("source", "according"):
        return []
    first, last = cue.tokens[0], cue.tokens[-1]
    if first in ctx.used:
        return []
    if first > 0 and _text(doc, first - 1) == "судя":
        first -= 1  # `Однако, судя по сообщениям из Цхинвали, P`: the gerund is the phrase's
    bound = ctx.tokens_in(ctx.bound_for(first))
    if not bound or first not in bound:
        return []
    if cue.rule.endswith("po_versii") and _a_title_by(doc, first, last):
        return []
    if first > bound.start and doc.tokens[first - 1].text == "(":
        # `(по оценке аналитиков, около 10%)`: an aside in brackets says
        # what it says inside them; one that names no source says nothing
        # of the words around (`рейтинг (по разным данным) на одном уровне`,
        # `192 (по другим данным — 196)`)
        close = next((k for k in range(first + 1, bound.stop) if doc.tokens[k].text in (")", "(")), None)
        if close is not None and doc.tokens[close].text == ")":
            if any(doc.tokens[k].text == "," for k in range(last + 1, close)):
                bound = range(first, close)
            elif cue.possessive is None and not any(doc.tokens[k].upos in ("NOUN", "PROPN", "PRON")
                                                    for k in range(last + 1, close)):
                return []
    # the source's noun phrase runs to the next comma
    end = last + 1
    depth = 0
    words_open = False  # a nominative right after a possessive cue begins the words
    while end < bound.stop:
        text = doc.tokens[end].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth <= 0 and (text in (",", ";", ":", "—", "–", "-") or sentence_end(doc, end)):
            break  # (a lone hyphen is a dash: `по словам очевидцев - пятеро`)
        elif depth <= 0 and text in QUOTE_GLYPHS and _words_in_marks(ctx, end, bound):
            # `По его словам "в качестве связиста указан …"`, the comma left
            # out: the quoted words begin (not a quoted name, `по данным
            # «Левада-центра»`)
            words_open = True
            break
        elif depth <= 0 and cue.possessive is not None and end == last + 1 \
                and doc.tokens[end].upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON") \
                and doc.tokens[end].feat("Case") == "Nom":
            # `По его мнению страны Балтии могут …`: the possessive is the source,
            # a nominative after it begins the words (not `по его данным
            # прошлого года`, `по ее словам президенту`)
            words_open = True
            break
        elif depth <= 0 and end == last + 1 and doc.tokens[end].upos in ("VERB", "AUX") \
                and doc.tokens[end].feat("VerbForm") == "Fin":
            break  # `Петров по официальным данным работал в …`: no source, the words go on
        elif depth <= 0 and end > last + 1 and doc.tokens[end].upos in ("VERB", "AUX") \
                and doc.tokens[end].feat("VerbForm") != "Conv" \
                and not (doc.tokens[end].feat("VerbForm") == "Part" and doc.tokens[end].feat("Case") in ("Gen", "Dat")
                         and doc.tokens[end].head is not None and doc.tokens[end].head > end
                         and doc.tokens[doc.tokens[end].head].feat("Case") == doc.tokens[end].feat("Case")):
            # (a participle agreeing with a noun after it is the source's own
            # word: `по данным группы обманутых соинвесторов`)
            break  # `согласно соглашениям находящиеся …`: the source ends, the content begins
        elif depth <= 0 and end > last + 1 and doc.tokens[end].deprel.startswith("nsubj") \
                and doc.tokens[end].feat("Case") == "Nom" and doc.tokens[end].head is not None \
                and doc.tokens[end].head > end:
            break  # `согласно одному из приложений к договору Владимир Гусинский передавал`
        end += 1
    source_end = end
    if cue.possessive is None and _names_a_period(doc, last, end):
        return []
    if cue.possessive is not None and _text(doc, cue.possessive) in FIRST_PERSON_POSSESSIVES:
        return []  # `по нашему мнению`: one's own voice, no report
    mention = None
    possessive = cue.possessive
    # the case the cue governs: `согласно` the dative, `следует из` the genitive
    governed = "Dat" if "soglasno" in cue.rule or cue.rule.endswith(("esli_verit", "stalo_izvestno")) \
        else "Gen" if cue.rule.endswith(("sleduet_iz", "iz_sleduet")) \
        else "Ins" if cue.rule.endswith("v_sootvetstvii") else None
    if possessive is None and governed == "Dat" and end > last + 2 \
            and norm(doc.tokens[last + 1].text) in THIRD_PERSON_POSSESSIVES \
            and doc.tokens[last + 2].upos == "NOUN":
        # `согласно его пророчествам`: his prophecies speak as he does
        possessive = last + 1
    if possessive is not None:
        mention = MentionRef(doc.tokens[possessive].start, doc.tokens[possessive].end,
                             possessive, (possessive,))
    elif end > last + 1:
        head = genitive_after(doc, last, range(last, end))
        if governed:
            # `согласно вступившим в силу обновлениям`, `как следует из
            # распространенного во вторник обращения`: the governed noun, not
            # a word of the participle's own phrase
            nouns = [i for i in range(last + 1, end) if doc.tokens[i].upos in ("NOUN", "PROPN", "PRON")]
            nouns = [i for i in nouns if not _after_preposition(doc, i, last)]
            head = next((i for i in nouns if doc.tokens[i].feat("Case") == governed), None) \
                or next((i for i in nouns if doc.tokens[i].upos == "NOUN"), head)
            # (`согласно данным comScore`: the account's maker, a name of one
            # word that shows no case, speaks; `данным Росстата` finds it by
            # its genitive; `докладу World Energy Outlook` is the report's title)
            if head is not None and norm(doc.tokens[head].lemma or "") in _ACCOUNTS and head + 1 < end \
                    and doc.tokens[head + 1].upos in ("PROPN", "X") and doc.tokens[head + 1].feat("Case") is None \
                    and doc.tokens[head + 1].text[:1].isalpha() \
                    and not (head + 2 < end and doc.tokens[head + 2].upos in ("PROPN", "X")):
                head += 1
        if head is None:
            # a name that shows no case (`По сообщениям lifenews.ru`, `по данным
            # Bloomberg`, `Согласно comScore`)
            head = next((i for i in range(last + 1, end) if doc.tokens[i].upos in ("PROPN", "X")
                         and doc.tokens[i].feat("Case") is None and doc.tokens[i].text[:1].isalpha()), None)
        if head is None and last + 2 < end and opens_quoted_name(doc, doc.tokens[last + 2]):
            # a name in quote marks the NER found, whatever the tagger made of
            # its word (`по данным «Новой»`, an adjective standing for the paper)
            head = last + 2
        if head is not None:
            mention = noun_phrase(doc, head, range(last + 1, end))
            participle = doc.tokens[last + 1]
            if governed and mention.start > participle.start and last + 1 < head \
                    and participle.feat("VerbForm") == "Part" and participle.feat("Case") in (governed, doc.tokens[head].feat("Case")):
                # `согласно вступившим в силу в июле обновлениям`: the participle
                # (dative, as `согласно` governs) and its phrase belong to the noun
                tokens = tuple(range(last + 1, mention.tokens[-1] + 1))
                mention = MentionRef(participle.start, mention.end, head, tokens)
    if cue.rule.endswith(("iz_sleduet", "sleduet_iz")) and (mention is None or not _says_something(doc, mention.head)):
        # `Из вышеизложенного следует`, `Из формулы Эйнштейна следует`, `Это
        # следует из формулы`: an inference
        return []
    if cue.rule.endswith("stalo_izvestno") and (mention is None or not _told_dative(doc, mention.head, last)):
        return []  # `Как стало известно утром`, `… в ходе проверки`: known to nobody named
    told = None
    if cue.rule.endswith("stalo_izvestno") and (split := _told_by(doc, mention, source_end)) is not None:
        # `Как стало известно «Коммерсанту» от источника в правительстве, P`:
        # the one it became known from speaks, the one told relays
        told, mention = split
    if cue.rule.endswith(("po_zaklyucheniyu", "po_otzyvam")) and cue.possessive is None \
            and (mention is None or not (_may_speak(doc, mention.head) or any(
                n.type in ("PER", "ORG") for n in overlapping_names(doc, doc.tokens[mention.head].start,
                                                                    doc.tokens[mention.head].end)))):
        return []  # `по заключению договора`: upon concluding it, no one's words (a document concludes nothing)
    if cue.rule.endswith("esli_verit") and (mention is None or not (
            _says_something(doc, mention.head) or _may_speak(doc, mention.head))):
        return []  # `Если верить приметам`: a belief, nobody's words
    if cue.rule.endswith("v_sootvetstvii") and (
            mention is None or norm(doc.tokens[mention.head].lemma or "") not in _ACCOUNTS):
        return []  # `в соответствии с законом`: a rule acted by, nobody's words
    if cue.kind == "according" and "kak_skazano" in cue.rule:
        # `Как сказано в проекте, P`
        for i in range(last + 1, end):
            if doc.tokens[i].upos in ("NOUN", "PROPN"):
                mention = noun_phrase(doc, i, range(last + 1, end))
                break
    unsourced = mention is not None and governed == "Dat" and _unsourced_information(doc, mention)
    if unsourced:
        # `Согласно поступающей из Ирака информации`, `согласно имеющимся
        # данным`: information no one is named for, as `по имеющимся данным`
        mention = None
    if unsourced or mention is None and cue.possessive is None and cue.rule.endswith(("po_dannym", "po_informatsii",
                                                                         "po_svedeniyam", "po_slukham", "po_versii",
                                                                         "po_otsenke", "po_soobshcheniyam")):
        pass  # `по некоторым данным`, `по одной из версий`: nobody named
    elif mention is None:
        return []
    spans = []
    # `…, по словам очевидцев — пятеро`: the source, a dash, its own words;
    # what came before the comma is someone else's (`По данным полиции,
    # задержаны двое`)
    dashed = first > bound.start and doc.tokens[first - 1].text == "," and end + 1 < bound.stop \
        and doc.tokens[end].text in ("—", "–", "-")
    if dashed:
        stop = _content_end(ctx, end + 1, bound, None, after_source=True)
        right = _span_between(ctx, end + 1, stop)
        if right is None:
            return []
        # (`Выход из ситуации, по мнению X, — в P`: words with no predicate
        # before the source are the subject of its own)
        start = _clause_start(ctx, first, bound, hard=True)
        left = None if any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") in ("Fin", None)
                           or doc.tokens[k].feat("Variant") == "Short"
                           for k in range(start, first)) else _span_between(ctx, start, first - 1)
        return [Attribution("indirect", [left, right] if left is not None else [right], f"indirect.{cue.rule}",
                            0.75, cue=cue, mention=mention, no_speaker=mention is None,
                            speaker_kind="document" if cue.kind == "according" else None)]
    # (a source right after a colon opens the words: what comes before the
    # colon is the author's lead-in, `Ситуация иная: по данным X, P`)
    if first > bound.start and not cue.rule.endswith("iz_sleduet") and doc.tokens[first - 1].text != ":":
        # (a source between commas, inside a что-clause: the clause's subject
        # before it is content, `заявил, что Москва, по мнению Вашингтона, …`)
        aside = doc.tokens[first - 1].text == "," and end < bound.stop and doc.tokens[end].text == ","
        start = _clause_start(ctx, first, bound, hard=True, after_that=aside)
        left_stop = first
        left = _span_between(ctx, start, left_stop)
        if left is not None and _about_this(doc, left) and _reported_after(ctx, last, bound):
            # `Об этом, по данным «Интерфакса», заявил X`: the source is a layer
            # of X's report of what came before (indirect/anaphora.py), no
            # report of its own
            return []
        # (`P, по словам министра.`: a source closing the sentence says what came before it)
        # (`P, следует из сводки МЧС.` too: a document's words)
        closing = (cue.kind == "source" or cue.rule.endswith("sleduet_iz")) and doc.tokens[first - 1].text == "," \
            and (end >= bound.stop or doc.tokens[end].text in (".", "!", "…")) \
            and not any(doc.tokens[k].text in (":", ";") for k in range(start, first))
        # (a phrase right after a short predicate is its adverbial: `Рейтинг
        # составлен по данным Росстата`, `Выводы сделаны по оценкам экспертов`)
        glued = doc.tokens[first - 1].upos != "PUNCT" and any(
            doc.tokens[k].feat("Variant") == "Short" for k in range(start, first))
        if left is not None and (not _ends_clause(doc, start, left_stop) and not glued or closing):
            spans.append(left)
        elif left is not None and aside and _splits_one_clause(doc, start, first, end):
            # `Голосование будет проходить, по данным «Яблока», и в Невском
            # районе`: the source interrupts one clause, whose words run on
            # past it with no predicate of their own
            spans.append(left)
        elif left is not None and aside:
            # `…, и Китай, по данным японской стороны, начал P`, `…, еще
            # несколько депутатов, по его словам, проголосовали против`: a
            # clause after the last comma whose words hang on the content
            # after the source (its subject) is content all the same
            own = _clause_of_the_content(doc, start, first - 1, end)
            if own is not None:
                left = _span_between(ctx, own, left_stop)
                if left is not None:
                    spans.append(left)
    published = _published_in(doc, mention, last, end, bound)
    if published is not None:
        mention, end = published
    elif mention is None:
        close = _bare_source_participle(doc, last, end, bound)
        if close != end:
            mention = _participle_origin(doc, end + 1, close)
        end = close
    if end < bound.stop and doc.tokens[end].text == ",":
        comma = end
        # (`По версии, которой придерживается следствие, P`: the cue's own
        # noun takes the description where no source is named)
        noun = cue.tokens[-1] if mention is None and doc.tokens[cue.tokens[-1]].upos == "NOUN" else None
        end = description_end(doc, end, bound, mention.head if mention is not None else noun)
        mention = with_apposed_name(doc, mention, comma, end)
        views = [i for i in (mention.tokens if mention is not None else ()) if norm(doc.tokens[i].lemma or "") in _HELD_VIEWS
                 and (i == mention.head or norm(doc.tokens[mention.head].lemma or "") == "один")]
        # (a view whose author its genitive names stays his: `Согласно оценке
        # МВФ, которую привел министр`)
        if mention is None or views and not any(i > views[0] and doc.tokens[i].upos in ("NOUN", "PROPN", "X")
                                                for i in mention.tokens):
            # `Согласно одной из теорий, которой придерживаются кинологи, P`:
            # the view's holder, the subject of the relative clause on it
            mention = _holder_of_view(doc, comma, end) or mention
        stop = _content_end(ctx, end + 1, bound, None, after_source=True)
        if _after_relative(doc, first) and _subject_relative(doc, first - 2):
            stop = _relative_clause_stop(ctx, end + 1, stop)
        opens = end + 1
        if cue.rule.endswith("esli_verit") and opens + 1 < stop and _text(doc, opens) == "то":
            opens += 1  # `Если верить показаниям, то P`: the correlative of the condition
        right = _span_between(ctx, opens, stop)
        if right is not None:
            spans.append(right)
    elif cue.rule.endswith("iz_sleduet"):
        # `Из доклада X следует, что P`: the clause after `следует, что`
        if end + 3 < bound.stop and _text(doc, end) == "следует" and doc.tokens[end + 1].text == "," \
                and _text(doc, end + 2) == "что":
            verb = doc.tokens[end]
            cue = CueMatch(cue.kind, cue.rule, verb.start, verb.end, end, (first, end), "следовать", cue.classes)
            stop = _content_end(ctx, end + 3, bound, end)
            right = _span_between(ctx, end + 3, stop)
            if right is not None:
                spans.append(right)
    elif end < bound.stop and (doc.tokens[end].upos in ("VERB", "AUX")
                               or doc.tokens[end].deprel.startswith("nsubj") or words_open):
        stop = _content_end(ctx, end, bound, None, after_source=True)
        right = _span_between(ctx, end, stop)
        if right is not None:
            spans.append(right)
    if not spans:
        return []
    confidence = 0.85 if cue.kind == "source" else 0.7
    kind_hint = "document" if cue.kind == "according" else None
    attribution = Attribution("indirect", spans, f"indirect.{cue.rule}", confidence, cue=cue,
                              mention=mention, no_speaker=mention is None, speaker_kind=kind_hint)
    if told is not None:
        attribution.relays.insert(0, RelayRef(told, cue.start, cue.end, "relay.dative"))
    if mention is not None:
        # `По данным сайта X со ссылкой на очевидцев, P`: the eyewitnesses
        # speak, the site relays them
        _link_rule(ctx, attribution, range(last + 1, source_end), speakers_only=True)
    return [attribution]


# what a body awards by its version (`чемпион мира по версии WBC`)
_TITLES = frozenset({"чемпион", "чемпионка", "титул", "пояс", "звание", "рейтинг", "победитель",
                     "победительница", "обладатель", "обладательница"})


def _a_title_by(doc: Doc, first: int, last: int) -> bool:
    """`чемпион мира по версии WBC`, `лучший фильм года по версии журнала
    Time`: a title or a rank a body gives, the parse hanging `версии` on the
    noun or adjective right before it, no comma between; no one's account
    of what happened."""
    if first == 0 or doc.tokens[first - 1].upos == "PUNCT":
        return False
    owner = doc.tokens[last].head
    return owner is not None and owner < first and (
        doc.tokens[owner].upos == "ADJ" or doc.tokens[owner].upos == "NOUN"
        and norm(doc.tokens[owner].lemma or "") in _TITLES) \
        and doc.tokens[last].deprel.startswith(("nmod", "obl")) \
        and not any(doc.tokens[k].upos == "PUNCT" and doc.tokens[k].text not in QUOTE_GLYPHS
                    for k in range(owner + 1, first))


def _told_by(doc: Doc, told: MentionRef, end: int) -> Optional[tuple[MentionRef, MentionRef]]:
    """(the one told, the teller) of `«Коммерсанту» от источника в
    правительстве`: the noun phrase in the genitive after `от` past the one
    told, where it can speak (a person, a body, a name; not `от первого
    лица`, a manner); the one told ends before `от`."""
    k = next((i for i in range(told.head + 1, end) if norm(doc.tokens[i].text) == "от"
              and doc.tokens[i].upos == "ADP"), None)
    if k is None or any(doc.tokens[i].upos not in ("PUNCT", "PROPN", "X", "NOUN", "ADJ")
                        for i in range(told.head + 1, k)):
        return None  # (`от` hangs on something else in the phrase)
    head = genitive_after(doc, k, range(k, end))
    if head is None:
        return None
    teller = noun_phrase(doc, head, range(k + 1, end))
    if not _can_speak(doc, teller) or norm(doc.tokens[head].lemma or "") == "лицо":
        return None
    kept = tuple(i for i in told.tokens if i < k)
    last = max(kept)
    while last > told.head and doc.tokens[last].upos == "PUNCT" and doc.tokens[last].text not in QUOTE_GLYPHS:
        last -= 1
    kept = tuple(i for i in kept if i <= last)
    return MentionRef(doc.tokens[kept[0]].start, doc.tokens[last].end, told.head, kept), teller


# marks that end a stretch of one clause
_CLAUSE_MARKS = (",", ";", ":", "—", "–")


def _words_in_marks(ctx: _Context, mark: int, bound: range) -> bool:
    """Quoted words open at `mark`, not a quoted name: the marks' pair
    (`marks.py`) opens there and holds three words or more with a predicate
    that start in lower case or close the clause (`По его словам "в качестве
    связиста указан …"`, `По его словам "Мы победим".`; not `по данным
    «Левада-центра»`, `По его словам "Газпром" повысит цены`)."""
    doc = ctx.doc
    if mark + 1 >= bound.stop:
        return False
    pair = next((q for q in ctx.quoted if q.open == doc.tokens[mark].start), None)
    if pair is None:
        return False  # (a closing mark: `газеты "Файнэншл таймс" вчера`)
    close = min(doc.first_token_from(pair.close), bound.stop)
    # (a word or two in marks is a name or a word set apart: `другого "пресс-секретаря" движения`;
    # a name of more words has no predicate: `по данным «Фонда общественного мнения».`)
    return close - mark > 3 and any(_predicate(doc.tokens[k]) for k in range(mark + 1, close)) \
        and (doc.tokens[mark + 1].text[:1].islower() or close + 1 >= bound.stop
             or doc.tokens[close + 1].text in (".", "!", "?", "…", ";"))


def _splits_one_clause(doc: Doc, start: int, first: int, comma: int) -> bool:
    """The words after the source (from `comma`, to the next comma or the
    end) hold no predicate of their own and are bound to the words before it
    (`start` to `first`) by the parse: `P1, по данным X, и в районе` (an
    adverbial of P1's verb), `Голосование будет, по словам X, проходить`
    (P1's auxiliary on the infinitive). A clause of its own after the
    source (`Ситуация сложная, по его словам, помощь нужна`) is not."""
    stop = comma + 1
    while stop < len(doc.tokens) and doc.tokens[stop].text not in _CLAUSE_MARKS and not sentence_end(doc, stop):
        stop += 1
    after = range(comma + 1, stop)
    before = range(start, first - 1)
    # (the words before are one stretch of one clause: no comma, no relative
    # word, no verb of saying of their own: `, у которого, по слухам, …`,
    # `подтвердили P, по данным X, …` are not)
    if any(doc.tokens[k].text in _CLAUSE_MARKS or _text(doc, k) in CLAUSE_LINKS or speech_verb(doc.tokens[k])
           for k in before):
        return False
    if not after or not before or any(_predicate(doc.tokens[k]) or norm(doc.tokens[k].text) == "что" for k in after):
        return False
    loose = ("parataxis", "punct", "conj", "appos", "discourse", "vocative")

    def bound(k: int, other: range) -> bool:
        token = doc.tokens[k]
        return token.head is not None and token.head in other and token.deprel not in loose
    return any(bound(k, before) for k in after) or any(bound(k, after) for k in before)


# what someone gives as an account, after `в соответствии с` (not a rule:
# `законом`, `решением`, `планом`; nor `заявлениями прокуратуры`, a filing)
_ACCOUNTS = frozenset({"прогноз", "данные", "оценка", "информация", "сведение", "расчет", "расчёт",
                       "подсчет", "подсчёт", "исследование", "опрос", "доклад", "отчет", "отчёт",
                       "мнение", "версия", "заключение", "статистика"})


# views someone holds or puts forward: their holder speaks
_HELD_VIEWS = frozenset({"теория", "версия", "гипотеза", "концепция", "мнение", "точка", "предположение",
                         "оценка", "прогноз", "позиция"})


def _holder_of_view(doc: Doc, comma: int, end: int) -> Optional[MentionRef]:
    """The subject of a relative clause on the view between `comma` and
    `end` (`, которой придерживаются кинологи из восточных земель,`, `,
    которую выдвинули американские ученые,`): a noun phrase that can speak."""
    if end <= comma + 2 or norm(doc.tokens[comma + 1].lemma or "") != "который":
        return None
    for k in range(comma + 2, end):
        token = doc.tokens[k]
        verb = token.head
        if token.deprel.startswith("nsubj") and token.upos in ("NOUN", "PROPN") and verb is not None \
                and comma < verb < end and doc.tokens[verb].upos == "VERB":
            holder = noun_phrase(doc, k, range(comma + 2, end))
            return holder if _can_speak(doc, holder) else None
    return None


# nouns of information, which say nothing of whose it is
_INFORMATION = frozenset({"данные", "информация", "сведение", "сведения"})


def _unsourced_information(doc: Doc, mention: MentionRef) -> bool:
    """`поступающей из Ирака информации`, `имеющимся данным`: a noun of
    information with no complement after it, and before it only the words
    of a participle or adjective, no agent (`полученной «Интерфаксом»
    информации` names one) nor a name."""
    head = doc.tokens[mention.head]
    if norm(head.lemma or "") not in _INFORMATION or any(i > mention.head for i in mention.tokens
                                                        if doc.tokens[i].upos != "PUNCT"):
        return False
    after = max(mention.tokens) + 1
    if after + 1 < len(doc.tokens) and doc.tokens[after].text == "," \
            and (doc.tokens[after + 1].feat("VerbForm") == "Part" or norm(doc.tokens[after + 1].text).startswith("котор")):
        return False  # (`информации, опубликованной в «КП»`, `…, которой располагает таблоид`: a description says whose)
    for i in mention.tokens:
        token = doc.tokens[i]
        if i >= mention.head or token.upos not in ("NOUN", "PROPN", "X", "PRON"):
            continue
        # (a name or noun after a preposition is where from, `из Ирака`, `в
        # полицию`; but `от МЧС` is who gave it)
        marks = [norm(doc.tokens[c].text) for c in doc.children(i) if doc.tokens[c].deprel == "case"]
        if token.feat("Case") == "Ins" or not marks or "от" in marks:
            return False
    return True


def _says_something(doc: Doc, head: int) -> bool:
    """A document, words said, or an institution or medium that issues them
    (`Из доклада X следует`, `из комментариев`, `Из материалов дела`)."""
    from .. import names

    token = doc.tokens[head]
    if names.is_document_noun(doc, head) or norm(token.lemma or "") in QUOTED_WORDS | _WRITTEN:
        return True
    # (an issuer by name, not a place: `Из Москвы следует, что поезд опоздает`)
    if any(n.type == "LOC" for n in overlapping_names(doc, token.start, token.end)):
        return False
    issuer = noun_phrase(doc, head, doc.sentence_of(head).token_range)
    return names.canonical(doc, issuer)[1] in ("organization", "media")


# what people wrote or said that is no document by name (beside QUOTED_WORDS)
_WRITTEN = frozenset({"расшифровка", "материал", "материалы", "показание", "показания", "переписка",
                      "письмо", "запись", "протокол", "данные", "пояснение", "публикация"})


def _after_relative(doc: Doc, first: int) -> bool:
    """The source opens a relative clause's words: `выборов, которые, по
    мнению многих, прошли с нарушениями, изменил …`."""
    return first >= 2 and doc.tokens[first - 1].text == "," and _text(doc, first - 2).startswith("котор")


def _subject_relative(doc: Doc, relative: int) -> bool:
    """The relative clause sits before its sentence's own predicate: no
    finite verb comes before the relative pronoun in its sentence
    (`Выборы, которые …, признаны`, not `Полиция задержала грабителей,
    которые …, ворвались в офис, избили охранника`, where what follows the
    commas is the relative clause's own)."""
    first = doc.sentence_of(relative).first
    return not any(_verbal_predicate(doc.tokens[k]) for k in range(first, relative))


def _verbal_predicate(token) -> bool:
    """A finite verb or a short participle: `bounds._predicate` without its
    short adjectives, which this rule was not measured on."""
    return _predicate(token) and token.upos != "ADJ"


def _relative_clause_stop(ctx: _Context, start: int, stop: int) -> int:
    """Where the relative clause ends: a comma before the finite verb of
    the sentence it sits in (`, изменил ситуацию`, `, признаны
    недействительными`), which the source does not speak for."""
    doc = ctx.doc
    begin = start + 1
    if _text(doc, start) == "как":  # (`, как и раньше, платят все`: past the aside)
        begin = next((k + 1 for k in range(start, stop) if doc.tokens[k].text == ","), stop)
    for i in range(begin, stop - 1):
        if doc.tokens[i].upos == "SCONJ" or _text(doc, i) == "как":
            return stop  # (`означает, что государство, как акционер, получит`: a clause of its own)
        after = doc.tokens[i + 1]
        # (not inside quoted words, nor a verb of the speaker's own person:
        # `означает, "что я, как налогоплательщик, буду платить …"`)
        if doc.tokens[i].text == "," and _verbal_predicate(after) and after.feat("Person") in (None, "3") \
                and not _inside_marks(ctx, doc.tokens[i].start):
            return i
    return stop


def _clause_of_the_content(doc: Doc, start: int, comma: int, after: int) -> Optional[int]:
    """Where the words between the last comma before `comma` and `comma`
    begin, when they hold no predicate, end with no link and every word of
    them hangs, in the parse, on a word after `after` (the content's
    predicate after the source): the content's own subject."""
    last = next((k for k in range(comma - 1, start, -1) if doc.tokens[k].text in (",", "—", "–", ";")), None)
    if last is None or last + 1 >= comma:
        return None
    words = range(last + 1, comma)
    if any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") in ("Fin", "Part", "Conv")
           for k in words) or _ends_clause(doc, last + 1, comma) \
            or not any(doc.tokens[k].deprel.startswith("nsubj") for k in words):
        return None  # (a subject among them: not `, где, по его словам, P`)
    first = last + 1
    # (past a conjunction that joins the clause: `и Китай`, `так как Москва`)
    while first < comma and (doc.tokens[first].upos in ("CCONJ", "SCONJ") or _text(doc, first) == "так"
                             and first + 1 < comma and _text(doc, first + 1) == "как"):
        first += 1
    for k in range(first, comma):
        head = head_outside(doc, k, last + 1, comma)
        if head is None or head < after:
            return None
    return first if first < comma else None


def _reported_after(ctx: _Context, last: int, bound: range) -> bool:
    """A verb of saying after the source in the clause (`Об этом, по данным X,
    заявил Y`), not one of evidence (`Об этом, по их мнению, свидетельствуют
    события`: their opinion)."""
    from ..cues import lexicon

    verbs = lexicon().verbs
    return any(cue.kind == "verb" and verbs.get(cue.lemma, frozenset()) & {"speech", "writing", "confirmation"}
               for head, cue in ctx.verb_cues.items() if last < head < bound.stop)


def _about_this(doc: Doc, span) -> bool:
    """`Об этом`, `Об этом же`, `О том`: all that stands before the source
    points back to what was said before."""
    words = [norm(t.text) for t in doc.tokens_in(span.start, span.end) if t.upos != "PUNCT"]
    return words in (["об", "этом"], ["об", "этом", "же"], ["о", "том"], ["об", "этом", "и"])


_PUBLISHED = frozenset({"опубликовать", "публиковать", "разместить", "размещать", "распространить",
                        "распространять", "обнародовать", "появиться", "привести", "приводить"})
_BARE_SOURCES = frozenset({"данные", "информация", "сведения", "сведение", "сообщение", "оценка", "версия"})


def _bare_source(doc: Doc, last: int, end: int) -> bool:
    """The cue's noun alone is the source: `по данным`, `согласно информации`."""
    return last + 1 == end and norm(doc.tokens[last].lemma) in _BARE_SOURCES


def _published_in(doc: Doc, mention, last: int, end: int, bound: range):
    """`Согласно информации, опубликованной в «КП», P`, `По данным,
    опубликованным на сайте Минфина, P`: bare data published somewhere
    speak as the publisher (ATTRIBUTION.md: a document speaks as its
    author); (the publisher's mention, the comma that closes the phrase), or
    None. Not where the data have an owner of their own (`по данным МВД,
    опубликованным …`)."""
    if end + 2 >= bound.stop or doc.tokens[end].text != ",":
        return None
    if mention is not None and not (len(mention.tokens) == 1 and norm(doc.tokens[mention.head].lemma) in _BARE_SOURCES):
        return None
    if mention is None and not _bare_source(doc, last, end):
        return None
    participle = doc.tokens[end + 1]
    if participle.feat("VerbForm") != "Part" or norm(participle.lemma) not in _PUBLISHED:
        return None
    close = _phrase_close(doc, end, bound)
    if close is None:
        return None
    place = next((k for k in range(end + 2, close) if _text(doc, k) in ("в", "на", "во")), None)
    if place is None:
        return None
    noun = next((k for k in range(place + 1, close) if doc.tokens[k].upos in ("NOUN", "PROPN")), None)
    if noun is None:
        return None
    return noun_phrase(doc, noun, range(place + 1, close)), close


def _phrase_close(doc: Doc, comma: int, bound: range):
    """The comma that closes a participle phrase opened at `comma` (a dozen
    words at most, no finite verb of its own), or None."""
    close = next((k for k in range(comma + 2, min(bound.stop, comma + 14)) if doc.tokens[k].text == ","), None)
    if close is None or any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"
                            for k in range(comma + 2, close)):
        return None
    return close


def _bare_source_participle(doc: Doc, last: int, end: int, bound: range) -> int:
    """`По данным, полученным от очевидцев, P`: the participle phrase on the
    bare source is no content; the comma that closes it (else `end`)."""
    if not _bare_source(doc, last, end) or end + 2 >= bound.stop or doc.tokens[end].text != ",":
        return end
    participle = doc.tokens[end + 1]
    if participle.feat("VerbForm") != "Part" or participle.feat("Variant") == "Short" \
            or participle.feat("Case") not in (None, doc.tokens[last].feat("Case")):
        return end
    close = _phrase_close(doc, end, bound)
    if close is None:
        return end
    return close


# what bare data came `от X` or `из X` with: receiving (`поступившим от
# пограничников`, `полученным из МЧС`) or giving (`предоставленным МВД`)
_CAME = frozenset({"поступить", "поступать", "получить", "получать", "прийти", "приходить", "предоставить",
                   "предоставлять", "передать", "передавать"})


def _participle_origin(doc: Doc, participle: int, close: int):
    """Whom bare data on a participle phrase came from (`По сведениям,
    поступившим из аппарата прокурора, P`, `по данным, предоставленным
    МВД`): the noun of its `от`/`из`, or its agent in the instrumental;
    None where it names none."""
    token = doc.tokens[participle]
    if token.feat("VerbForm") != "Part" or norm(token.lemma or "") not in _CAME:
        return None
    phrase = range(participle + 1, close)
    for k in doc.children(participle):
        noun = doc.tokens[k]
        if k not in phrase or noun.upos not in ("NOUN", "PROPN"):
            continue
        preposition = next((_text(doc, c) for c in doc.children(k) if doc.tokens[c].deprel == "case"), None)
        if any(n.type == "LOC" for n in overlapping_names(doc, noun.start, noun.end)):
            continue  # (`по сообщениям, поступающим из Цхинвали`: a place, whoever sends them)
        if not (can_write(doc, k) or noun.upos == "PROPN" and overlapping_names(doc, noun.start, noun.end)):
            continue  # (`полученным летом`, `с начала года`: no one who sends data)
        if preposition in ("от", "из", "со", "с") or preposition is None and noun.feat("Case") == "Ins":
            return noun_phrase(doc, k, phrase)
    return None


def _after_preposition(doc: Doc, index: int, cue: int) -> bool:
    """A noun whose own preposition comes before it (`в силу`, `в июле`),
    past an adjective or two (`в прошлом году`); the cue's `согласно` is not
    its own."""
    k = index - 1
    while k > cue and doc.tokens[k].upos in ("ADJ", "DET", "NUM") and index - k <= 2:
        k -= 1
    return k > cue and doc.tokens[k].upos == "ADP"


def _told_dative(doc: Doc, head: int, last: int) -> bool:
    """The one told: a dative, or a name that shows no case or that the
    tagger read as the indirect object (`РБК`, `Би-би-си`), not after a
    preposition (`в ходе проверки`, `из материалов дела`)."""
    if _after_preposition(doc, head, last):
        return False
    token = doc.tokens[head]
    return token.feat("Case") == "Dat" or token.upos in ("PROPN", "X") and (
        token.feat("Case") is None or token.deprel == "iobj")


def _names_a_period(doc: Doc, last: int, end: int) -> bool:
    """`по данным за 2010 год`, `по данным на 1 января`: a period, no source."""
    first = last + 1
    if first >= end or _text(doc, first) not in PERIOD_PREPOSITIONS:
        return False
    for k in range(first + 1, min(end, first + 4)):
        token = doc.tokens[k]
        if token.upos == "NUM" or token.text[:1].isdigit() or norm(token.lemma) in PERIOD_NOUNS:
            return True
    return False
