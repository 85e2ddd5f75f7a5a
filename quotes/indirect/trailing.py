"""`P, сообщил X.`  `P, — заявил X.`  `P1, отметил X, P2.`"""

from __future__ import annotations

from typing import Optional

from .. import names
from ..attribution import Attribution, RelayRef
from ..cues import CueMatch
from ..intervals import names_index
from ..mentions import (QUOTED_WORDS, asides_after, is_short_abbreviation, norm, sentence_end,
                        with_apposed_name)
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS
from .bounds import (_clause_start, _content_end, _narrators_gerund, _relative_clause_start, only_a_link,
                     past_authors_lead)
from .context import _Context, _finite_verb, _span_between, _text, authors_words_end
from .lexicon import COMPLEMENTIZERS, RELAY_LEMMAS
from .relays import _link_rule, wedged_report
from .speaker import _document_author, _speaker_for_verb


def _wedged_relay(ctx: _Context, cue: CueMatch, mention, start: int, comma: int, after_end: int, right_end: int,
                  exclude: set) -> Optional[Attribution]:
    """`Эксперты считают, пишет газета, что P`: a medium's verb wedged
    between a report and its `что`-clause relays that report; the subject
    of the verb before it speaks P."""
    doc = ctx.doc
    if mention is None or _text(doc, after_end + 1) not in COMPLEMENTIZERS or after_end + 2 >= right_end:
        return None
    content = _span_between(ctx, after_end + 2, right_end)
    return None if content is None else wedged_report(ctx, cue, mention, comma, range(start, comma), content, exclude)


def _mute_thing(doc: Doc, mention) -> bool:
    """A common noun for a thing, no one who speaks, writes or is named
    (`штраф`, `проверка`; not `источник`, `доклад`, `газета`, `Кремль`)."""
    from ..mentions import _may_speak
    from ..names import canonical, is_document_noun

    head = doc.tokens[mention.head]
    # (a place that speaks is a body: `подсчитали в центре`)
    return head.upos == "NOUN" and head.feat("Animacy") == "Inan" and head.text.islower() \
        and not any(doc.tokens[c].deprel == "case" for c in doc.children(mention.head)) \
        and not _may_speak(doc, mention.head) and not is_document_noun(doc, mention.head) \
        and not names_index(doc).overlapping(doc.tokens[min(mention.tokens)].start, doc.tokens[max(mention.tokens)].end) \
        and canonical(doc, mention)[1] == "unknown"


def _names_a_person(doc: Doc, words: range) -> bool:
    """Whether the words hold a role noun, an animate noun or a person's name."""
    from ..names import is_role_noun

    people = names_index(doc)
    return any(doc.tokens[k].upos == "NOUN" and (is_role_noun(doc, k) or doc.tokens[k].feat("Animacy") == "Anim")
               or any(n.type == "PER" for n in people.overlapping(doc.tokens[k].start, doc.tokens[k].end))
               for k in words)


def _post_first(doc: Doc, first: int, stop: int) -> bool:
    """The words open with a post: a role noun in the nominative, after its
    adjectives (`генеральный директор ЗАО …`, `руководитель департамента`)."""
    from ..names import is_role_noun

    k = first
    # (past an adverb of time: `, некогда лидер группировки`)
    while k < stop and k < first + 2 and doc.tokens[k].upos == "ADV":
        k += 1
    while k < stop and doc.tokens[k].upos in ("ADJ", "DET"):
        k += 1
    return k < stop and doc.tokens[k].upos == "NOUN" and is_role_noun(doc, k) \
        and doc.tokens[k].feat("Case") in ("Nom", None)


def _trailing_rule(ctx: _Context, cue: CueMatch, bound: range, comma: int) -> list[Attribution]:
    doc = ctx.doc
    verb = cue.head
    if verb + 1 < bound.stop and _text(doc, verb + 1) == "ли":
        # `Он не сказал, признает ли вину`: the verb asks in an indirect
        # question of the words before, it reports none of them
        return []
    if cue.classes and cue.classes <= {"naming"}:
        # `за речь, в которой … обвинил европейцев в неискренности`: a verb
        # that only names or judges reports no words before it
        return []
    if cue.lemma in ("передать", "передавать") and any(
            c > verb and doc.tokens[c].deprel == "obj" and doc.tokens[c].upos == "NOUN"
            and norm(doc.tokens[c].lemma or "") not in QUOTED_WORDS for c in doc.children(verb)):
        # `…, передала дело в суд`: a thing handed over, no report of the words before
        return []
    # the author's words run from the verb to the next comma or the end
    # (`A, говорит X: B`: the colon ends them too, B is X's words again)
    after_end = authors_words_end(doc, verb, bound)
    # (past a parenthetical or a gerund's clause between the verb and its
    # subject: `, заявил, отвечая на вопросы журналистов, министр X.`)
    aside = asides_after(doc, verb, bound)
    if aside and after_end == min(aside):
        after_end = authors_words_end(doc, max(aside), bound)
    # `, — сказал лидер Меджлиса, народный депутат Мустафа Джемилев.`, and
    # several posts, one comma each (`заявил заместитель главы СБУ,
    # начальник следственной группы, генерал Андрей Кожемякин.`)
    segment_end = after_end
    for _ in range(3):
        if not (segment_end < bound.stop and doc.tokens[segment_end].text == ","):
            break
        rest_end = segment_end + 1
        while rest_end < bound.stop and not sentence_end(doc, rest_end) and doc.tokens[rest_end].text != ",":
            rest_end += 1
        rest = range(segment_end + 1, rest_end)
        # (a participle is no predicate: `командир одного из прибывших
        # самолетов Валерий Крузе`, `противник действующей власти`)
        if not rest or any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") != "Part"
                           for k in rest):
            break
        # (not after words that name no person, a medium's: `Остается только
        # один, пишут "Аргументы недели", главный враг власти Михаил Ходорковский`)
        if (rest_end >= bound.stop or sentence_end(doc, rest_end)) \
                and any(n.type == "PER" for n in names_index(doc).starting(
                    doc.tokens[rest.start].start, doc.tokens[rest_end - 1].end)) \
                and _names_a_person(doc, range(verb + 1, after_end)):
            after_end = rest_end
            break
        # a post between (a role noun, no name: `начальник следственной группы`)
        if not _names_a_person(doc, rest) or any(n.type == "PER" for n in names_index(doc).overlapping(
                doc.tokens[rest.start].start, doc.tokens[rest_end - 1].end)):
            break
        segment_end = rest_end
    if segment_end > after_end and (segment_end >= bound.stop or sentence_end(doc, segment_end)) \
            and _names_a_person(doc, range(verb + 1, after_end)) and _post_first(doc, after_end + 1, segment_end):
        # `, рассказал Руслан Кисс, генеральный директор ЗАО «…».`: the
        # speaker's posts after his name, to the sentence's end (not words
        # that name people: `, согласен X, причина в спаде активности потребителей`)
        after_end = segment_end
    # `, пишет The Independent, на которую ссылается InoPressa.`: the relative
    # clause on the speaker is the author's words too
    if after_end < bound.stop \
            and _relative_clause_start(doc, after_end, min(bound.stop, after_end + 3)) == after_end:
        while after_end < bound.stop and doc.tokens[after_end].text != ";" and not sentence_end(doc, after_end):
            after_end += 1
    tail = range(verb + 1, after_end)
    if any(_text(doc, k) in COMPLEMENTIZERS or doc.tokens[k].text == ":" for k in tail):
        return []
    exclude = set(cue.tokens)
    if cue.kind == "impersonal":
        mention = _document_author(ctx, verb, range(verb, after_end))
        hint = "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, range(verb, after_end), exclude, prefer_after=True)
        if hint == "skip" or (mention is None and hint is None and cue.kind != "impersonal"):
            return []
        # the posts and name after the speaker's comma are his (`сообщил
        # заместитель директора МЧС, командир самолета Валерий Крузе.`)
        comma_after = doc.first_token_from(mention.end) if mention is not None else after_end
        if comma_after < after_end and doc.tokens[comma_after].text == ",":
            mention = with_apposed_name(doc, mention, comma_after, after_end)
    start = _clause_start(ctx, comma, bound)
    # `Однако о том, что P, сказал X`: the clause after `что`
    # (not where a noun before owns the `о том`, one the verb does not
    # govern: `Слухи о том, что P, не соответствуют действительности, заявил
    # X` is all X's; `Рассуждениями о том, что …, поделился X` is the verb's)
    for k in range(start + 3, min(comma, start + 5)):
        if _text(doc, k) == "что" and doc.tokens[k - 1].text == "," \
                and _text(doc, k - 2) == "том" and _text(doc, k - 3) in ("о", "об") \
                and not any(doc.tokens[j].upos in ("NOUN", "PROPN") and doc.tokens[j].head != verb
                            for j in range(start, k - 3)):
            start = k + 1
            break
    # `Напомним, что P, сообщает X`, `Отметим, однако, что P`: the author's
    # own lead (a verb in the first person plural) is no part of P
    start = past_authors_lead(doc, start, comma)
    left = _span_between(ctx, start, comma)
    # `В частности, сообщается о столкновениях`: the narrator's link alone
    # says nothing (`В частности, отметил Иванов, P2` keeps it, as the dev gold does)
    link_only = only_a_link(doc, start, comma)
    if _subject_before(doc, verb, start, comma):
        return []  # `Иванов, находясь на посту, опубликовал снимки`: no report after P
    fear = bool(cue.classes) and cue.classes <= {"opinion", "evidence", "discovery"}
    # (or what one wrote: `Сценарий картины, которая выйдет осенью, написал
    # писатель Брюс Вагнер` is a thing written, no words)
    if left is None or fear and _fronted_object(doc, start, comma):
        return []
    if norm(cue.lemma) in _WRITING and any(
            doc.tokens[k].deprel == "obj" and doc.tokens[k].head == verb and doc.tokens[k].upos == "NOUN"
            and norm(doc.tokens[k].lemma or "") in _WRITTEN_WORKS for k in range(start, comma)):
        return []  # (not `Полный провал, написал депутат в Twitter`: his words)
    # a closing quote mark right before: that is direct speech, already taken
    if doc.tokens[comma - 1].text in QUOTE_GLYPHS and _starts_with_quote(ctx, start, comma):
        return []
    # `«…», — заявил Козак, пишет Handelsblatt`: a relay of the words before
    if any(i in ctx.used for i in range(start, comma)):
        if mention is not None and cue.lemma in RELAY_LEMMAS:
            for attribution in ctx.found:
                if attribution.cue is not None and start <= attribution.cue.head < comma:
                    attribution.relays.insert(0, RelayRef(mention, cue.start, cue.end, "relay.trailing"))
        return []
    spans = [left]
    rule = "indirect.trailing"
    confidence = 0.8
    # (a report inside brackets ends with them where they close right after
    # its speaker: `(P, говорил ранее X), и …`; not `(P1, сказал X, P2)`)
    opened = start > bound.start and doc.tokens[start - 1].text == "("
    bracketed = opened and next(
        (doc.tokens[k].text for k in range(verb + 1, bound.stop) if doc.tokens[k].text in (")", ",")), None) == ")"
    if after_end < bound.stop and doc.tokens[after_end].text == "," and not bracketed \
            and not _narrators_gerund(ctx, after_end + 1, bound.stop, None) \
            and not _about_the_source(ctx, after_end + 1, bound.stop, verb + 1):
        # parenthetical: `P1, отметил X, P2` (not `P, признал X, не уточнив сумму`)
        right_end = _content_end(ctx, after_end + 1, bound, None)
        if opened:
            # (the second part ends with the bracket the first opened after: `(P1, сказал X, P2), …`)
            right_end = next((k for k in range(after_end + 1, right_end) if doc.tokens[k].text == ")"), right_end)
        right = _span_between(ctx, after_end + 1, right_end)
        if right is None:
            return []
        wedged = _wedged_relay(ctx, cue, mention, start, comma, after_end, right_end, exclude)
        if wedged is not None:
            return [wedged]
        spans.append(right)
        rule = "indirect.parenthetical"
        confidence = 0.75
    if link_only and len(spans) < 2:
        return []
    attribution = Attribution("indirect", spans, rule, confidence, cue=cue, mention=mention,
                              speaker_kind=hint, no_speaker=mention is None)
    _link_rule(ctx, attribution, range(verb, after_end))
    if attribution.mention is not None and _mute_thing(doc, attribution.mention):
        return []  # `…, грозит штраф до 500 тысяч юаней`: a thing that cannot speak
    return [attribution]


def _about_the_source(ctx: _Context, first: int, stop: int, source: int) -> bool:
    """What follows a trailing report's source after its comma and is no
    second part of P: a relative clause about the source (`пишет
    Handelsblatt, выдержки из которой приводит InoPressa`), a participle
    on a noun of the source (`source` is where its words start), a gerund
    of the report, or a medium relaying it."""
    doc = ctx.doc
    if any(_text(doc, k).startswith(("котор", "чей", "чь")) for k in range(first, min(stop, first + 3))):
        return True  # (`, чьи слова приводит Inopressa`, `, чью статью переводит InoSMI` too)
    # `…, заявил Песков, как передает "Интерфакс"`: a medium relaying the report
    if _text(doc, first) == "как" and first + 1 < stop and first + 1 in ctx.verb_cues \
            and ctx.verb_cues[first + 1].lemma in RELAY_LEMMAS:
        return True
    # `…, говорится в заявлении X, опубликованном на сайте`, `…, заявил
    # министр, выступая на коллегии`, `…, сообщил X, передает "Интерфакс"`
    # (the medium's own attribution then makes it a layer)
    # (an adverb before the participle is its own: `писал Колесников, позже
    # покинувший Россию`, `считает Петров, ранее работавший в Минфине`)
    # (only adverbs of the participle: `однако принятый закон …` opens P2)
    k = first
    while k < stop and k < first + 3 and (_text(doc, k) == "не" or doc.tokens[k].upos == "ADV"):
        k += 1
    if k >= stop:
        return False
    if any(doc.tokens[j].upos == "ADV" and doc.tokens[j].head != k for j in range(first, k)):
        k = first + (_text(doc, first) == "не")
    token = doc.tokens[k]
    # (or an adjective with its complement: `источники, близкие к переговорам`,
    # `источник, знакомый с ситуацией`)
    described = token.upos == "ADJ" and k + 1 < stop and doc.tokens[k + 1].upos == "ADP"
    # (a participle the tagger made an adjective, which the parse hangs on the
    # source: `сообщает РИА "Новости", распространившее письмо`)
    described = described or token.upos == "ADJ" and token.deprel.startswith("acl") \
        and token.head is not None and source <= token.head < first - 1
    if (token.feat("VerbForm") == "Part" or described) and token.feat("Variant") != "Short" \
            and token.upos in ("VERB", "ADJ"):
        # (a participle on a noun after it is that noun's, in P2: `, принятый
        # закон это исправит`)
        if token.head is not None and token.head > k and doc.tokens[token.head].upos in ("NOUN", "PROPN"):
            return False
        # (on a noun of the source: in its case, number and gender; `Сейчас,
        # сообщил министр, возглавляемое им ведомство анализирует …` begins P2)
        # (gender only in the nominative: `опубликованном` is masculine or neuter)
        # (or one the parse hangs on a noun of the source, whatever case the
        # tagger gave it: `свидетельствуют судебные решения, опубликованные
        # на портале`, read as an accusative)
        if token.deprel.startswith("acl") and token.head is not None and source <= token.head < first - 1 \
                and doc.tokens[token.head].upos in ("NOUN", "PROPN") \
                and token.feat("Number") in (None, doc.tokens[token.head].feat("Number")):
            return True
        features = ("Case", "Number", "Gender") if token.feat("Case") == "Nom" else ("Case", "Number")
        if any(doc.tokens[j].upos in ("NOUN", "PROPN") and all(
                token.feat(f) == doc.tokens[j].feat(f) for f in features
                if token.feat(f) is not None and doc.tokens[j].feat(f) is not None)
                for j in range(source, first - 1)):
            return True
        # (a medium's name agrees as the `агентство`, `издание` it is: `сообщает
        # РИА "Новости", распространившее письмо`)
        return token.feat("Case") == "Nom" and token.feat("Number") == "Sing" and token.feat("Gender") == "Neut" \
            and any(names.is_media_name(doc.tokens[j].text) for j in range(source, first - 1))
    return token.feat("VerbForm") == "Conv" or token.feat("VerbForm") == "Fin" and k in ctx.verb_cues \
        and ctx.verb_cues[k].lemma in RELAY_LEMMAS


def _starts_with_quote(ctx: _Context, start: int, comma: int) -> bool:
    """The words before the comma open with a quote mark that is direct
    speech: one quoted span, mark to mark, or a mark no pair holds (a quote
    whose closing mark the pairing could not place). Not two names in quote
    marks at either end of a clause (`«Интер РАО» продаст долю в
    «Башкирэнерго», сообщили в компании`)."""
    doc = ctx.doc
    first = start
    while first < comma and doc.tokens[first].text in ("—", "–", "-"):
        first += 1
    if doc.tokens[first].text not in QUOTE_GLYPHS:
        return False
    opened, closed = doc.tokens[first].start, doc.tokens[comma - 1].start
    return not any(q.open == opened for q in ctx.quoted) or any(q.open == opened and q.close == closed
                                                                 for q in ctx.quoted)


# verbs of writing, and the works written that their object put before
# them may name (the thing written, no words)
_WRITING = frozenset({"написать", "писать"})
_WRITTEN_WORKS = frozenset({"сценарий", "книга", "роман", "повесть", "рассказ", "статья", "пьеса", "поэма",
                            "стихотворение", "стихи", "музыка", "песня", "либретто", "диссертация", "учебник",
                            "биография", "мемуары", "сборник", "картина", "портрет", "симфония", "опера"})


def _fronted_object(doc: Doc, start: int, comma: int) -> bool:
    """`Именно такой мутации, которая …, боятся в ВОЗ`: before a verb of
    opinion or fear (not of speech or warning), words with no predicate of
    their own (outside relative clauses) whose first noun is in an object
    case (genitive, accusative) are the verb's object, not its content. A
    verbless clause in the nominative (`Ситуация под контролем, сообщил
    X`) stays content."""
    k = start
    first_noun = None
    while k < comma:
        if doc.tokens[k].text == ",":
            relative = _relative_clause_start(doc, k, min(comma, k + 3))
            if relative == k:  # skip to the end of the relative clause
                k += 1
                while k < comma and doc.tokens[k].text != ",":
                    k += 1
                continue
        token = doc.tokens[k]
        if _finite_verb(token) or token.feat("Variant") == "Short" or token.upos in ("AUX", "NUM"):
            return False  # a predicate, or a count (`пять тысяч пострадавших`)
        if first_noun is None and token.upos in ("NOUN", "PRON", "PROPN") and token.feat("Case") \
                and not (k > start and doc.tokens[k - 1].upos == "ADP"):
            first_noun = token
        k += 1
    return first_noun is not None and first_noun.feat("Case") in ("Gen", "Acc")


def _subject_before(doc: Doc, verb: int, start: int, comma: int) -> bool:
    """The verb's own nominal subject stands in the words before the comma
    (`рядовой Иванов, находясь на посту, опубликовал снимки`): they are the
    verb's clause, not content it reports. A subject after the verb is the
    speaker of `P, сообщил X`."""
    has_after = any(doc.tokens[c].deprel.startswith("nsubj") and c > verb for c in doc.children(verb))
    # a predicate of the words' own (`санкции остаются в силе, заявили в
    # Белом доме`), outside a relative clause, makes them a clause of content
    own_predicate = any(_finite_verb(doc.tokens[k]) and not doc.tokens[k].deprel.startswith("acl")
                        for k in range(start, comma))
    # (an abbreviation does not decline: its case is the tagger's guess, `МЧС
    # считает`; a singular verb tells it is the subject, a plural one that
    # the parse erred: `ОАО "Якутия" - 41,7 млн рублей, отмечают в ведомстве`)
    singular = doc.tokens[verb].feat("Number") == "Sing"
    # (nor does a foreign name, which shows no case: `SharesPost, проанализировав
    # сделки, оценила капитализацию Facebook`)
    return not has_after and not own_predicate and any(
        doc.tokens[c].deprel.startswith("nsubj") and start <= c < comma
        and doc.tokens[c].upos in ("NOUN", "PROPN", "X")
        and (doc.tokens[c].feat("Case") == "Nom" or singular and (
            is_short_abbreviation(doc.tokens[c].text)
            or doc.tokens[c].feat("Case") is None and doc.tokens[c].text[:1].isascii()
            and doc.tokens[c].text[:1].isalpha()))
        for c in doc.children(verb))
