"""`Как сообщает X, P.`  `P, как пишет X.`"""

from __future__ import annotations

from typing import Optional

from ..attribution import Attribution, RelayRef
from ..cues import CueMatch
from ..intervals import overlapping_names
from ..mentions import norm, sentence_end, with_apposed_name
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS
from .bounds import _clause_start, _content_end, _ends_clause, contrast_aside, only_a_link
from .context import _Context, _phrase_cues_from, _question_put_before, _span_between, _text, date_apposition
from .description import description_end
from .relays import _link_rule
from .speaker import _document_author, _locative_speaker, _speaker_for_verb
from .lexicon import NAMING_ASIDE, NOT_BEFORE_COMMA_KAK, NOT_BEFORE_KAK, OCCASION_GERUNDS, RELAY_LEMMAS


def _kak_before(doc: Doc, verb: int, bound: range) -> Optional[int]:
    """The `как` of `как сообщает`, `как уже сообщалось`, `как он говорит`."""
    nominal = False  # (a subject before the verb: `как министр финансов утверждает`)
    for k in range(verb - 1, verb - 9, -1):
        if k < bound.start:
            return None
        if _text(doc, k) == "как":
            before = norm(doc.tokens[k - 2].text) if k >= 2 else ""
            if nominal and not (k == bound.start or doc.sentence_of(k).first == k
                                or doc.tokens[k - 1].text in (",", "(", "—", "–")
                                and before not in _TIME_CORRELATIVES and before not in NOT_BEFORE_COMMA_KAK) \
                    or nominal and doc.tokens[verb].feat("Tense") == "Fut":
                # (`как` opening its clause only: not `такой же, как министр
                # считает`, nor a time: `после того, как ФИФА объявил`,
                # `когда-нибудь, как ФРС объявит`)
                return None
            if k > bound.start and _text(doc, k - 1) in NOT_BEFORE_KAK:
                return None
            if k - 1 > bound.start and _text(doc, k - 1) == "," and _text(doc, k - 2) in NOT_BEFORE_COMMA_KAK:
                return None  # `так, как требует закон`: a manner compared, no report
            if _question_put_before(doc, k, bound):
                return None  # `На вопрос, как он считает, должно ли …`: how he thinks, asked of him
            return k
        token = doc.tokens[k]
        # (`как он сам утверждает`: the emphatic `сам` beside the pronoun)
        if token.upos in ("ADV", "PRON", "PART") and token.text != "," or _text(doc, k) in ("сам", "сама", "само", "сами"):
            if k < verb - 3 and not nominal:
                return None
            continue
        # (or the verb's subject phrase: `Как глава МИД России утверждает`)
        if token.upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and not _nominal_break(doc, k, verb):
            nominal = True
            continue
        return None
    return None


# words before `, как` that make it a clause of time (`после того, как`);
# those of manner (`так`, `такой`) are grammars/indirect.toml [kak] not_after_comma
_TIME_CORRELATIVES = frozenset({"того", "тех", "пор", "время", "тем", "только", "тот", "та", "то", "те", "том",
                                "тому", "раньше", "прежде", "скорее"})


def _nominal_break(doc: Doc, k: int, verb: int) -> bool:
    """Token `k` does not belong to the subject phrase of `verb`: its line of
    heads leaves the words before the verb without reaching its subject."""
    j, steps = k, 0
    while j is not None and verb - 9 < j < verb and steps < 8:
        if doc.tokens[j].deprel.startswith("nsubj") and doc.tokens[j].head == verb:
            return False
        j, steps = doc.tokens[j].head, steps + 1
    return True


def _after_comma_left_out(doc: Doc, mention, kak: int, verb: int, end: int, bound: range) -> Optional[int]:
    """`Как сообщил Фрадков в течение полугода будут …`: a sentence that
    opens with the `как`-clause, a speaker named after the verb whose name
    ends the mention, and a finite verb of another clause before the first
    comma: the comma after the name was left out; the first token after the
    name (None otherwise)."""
    if mention is None or kak != bound.start or max(mention.tokens) <= verb:
        return None
    if not any(n.type == "PER" and n.end == mention.end for n in overlapping_names(doc, mention.start, mention.end)):
        return None
    first = max(mention.tokens) + 1
    if any(doc.tokens[k].feat("VerbForm") == "Fin" and doc.tokens[k].upos in ("VERB", "AUX")
           for k in range(first + 1, end)):
        return first
    return None


# `как говорится`, `как говорят` alone: the idiom of a saying
_SAYINGS = frozenset({"говориться", "говорить"})


def _past_link(ctx: _Context, comma: int, bound: range) -> int:
    """`Как пишет X, ссылаясь на Y, P`: the comma that closes a link phrase
    opening right after `comma` (the phrase is the author's: Y speaks);
    `comma` where none opens there."""
    doc = ctx.doc
    if comma + 1 >= bound.stop or not any(c.kind == "link" for c in _phrase_cues_from(ctx, comma + 1, comma + 2)):
        return comma
    for k in range(comma + 2, bound.stop):
        if doc.tokens[k].text in (",", ";") or sentence_end(doc, k):
            return k if doc.tokens[k].text == "," else comma
    return comma


# `по его словам` right after the speaker's own `как`-clause says again whose
# the words are: `Как сообщил X, по его данным, P` reports P
_OWN_SOURCE = frozenset({"словам", "данным", "мнению", "информации", "сведениям", "оценке", "оценкам",
                         "подсчетам", "прогнозу", "прогнозам", "утверждению", "признанию"})


def _past_own_source(doc: Doc, comma: int, bound: range) -> int:
    """The comma closing `по его словам` (`по ее данным`, `по их мнению`)
    right after `comma`; `comma` where none is there."""
    k = comma + 1
    if k + 3 < bound.stop and _text(doc, k) == "по" and _text(doc, k + 1) in ("его", "ее", "их") \
            and _text(doc, k + 2) in _OWN_SOURCE and doc.tokens[k + 3].text == ",":
        return k + 3
    return comma


def _past_occasion(doc: Doc, comma: int, bound: range) -> int:
    """The comma closing a gerund phrase of the occasion the speaker spoke
    on, right after `comma` (`Как сообщил X, выступая на заседании
    правительства, P`), where words with a predicate follow it; `comma`
    where none is there."""
    k = comma + 1
    if k >= bound.stop or doc.tokens[k].feat("VerbForm") != "Conv" \
            or norm(doc.tokens[k].lemma or "") not in OCCASION_GERUNDS:
        return comma
    close = next((j for j in range(k + 1, bound.stop) if doc.tokens[j].text in (",", ";", ":")
                  or doc.tokens[j].text in QUOTE_GLYPHS or sentence_end(doc, j)), None)
    if close is None or doc.tokens[close].text != "," or not any(
            doc.tokens[j].upos in ("VERB", "AUX") and doc.tokens[j].feat("VerbForm") in ("Fin", None, "Part")
            or doc.tokens[j].feat("Variant") == "Short" for j in range(close + 1, bound.stop)):
        return comma
    return close


def _link_source_head(doc: Doc, clause: range) -> Optional[int]:
    """The head of the source a `со ссылкой на X` ending the clause names
    (the first word of a name's parts), else None."""
    link = next((k for k in clause if _text(doc, k) == "ссылкой" and k + 1 in clause
                 and _text(doc, k + 1) == "на"), None)
    if link is None or clause.stop - 1 <= link + 1:
        return None
    # (up from the clause's last word to the noun `на` governs: `на
    # сотрудника полиции в Москве` is the employee's)
    last = clause.stop - 1
    while doc.tokens[last].head is not None and link + 1 < doc.tokens[last].head < last:
        last = doc.tokens[last].head
    return last if doc.tokens[last].upos in ("NOUN", "PROPN") else None


def _kak_rule(ctx: _Context, cue: CueMatch, bound: range) -> list[Attribution]:
    """`Как сообщает X, P` and `P, как пишет X`."""
    doc = ctx.doc
    verb = cue.head
    kak = _kak_before(doc, verb, bound)
    # the как-clause runs to the next comma, past a bracketed aside's own
    # (`Как заявил гендиректор АО «…» («дочка» холдинга, входящей в …) X, P`)
    end = verb + 1
    depth = 0
    dated = None  # the comma closing a date set off by commas
    while end < bound.stop and not sentence_end(doc, end) \
            and not (depth == 0 and doc.tokens[end].text in (",", ";")):
        depth += {"(": 1, ")": -1 if depth else 0}.get(doc.tokens[end].text, 0)
        end += 1
        if end < bound.stop and doc.tokens[end].text == "," and (close := date_apposition(doc, end, bound)):
            end = dated = close + 1  # (`Как пишет в понедельник, 26 декабря, газета X, P`)
    author = range(kak, end)
    exclude = set(cue.tokens) | {kak}
    if verb == kak + 1 and end == verb + 1 and norm(doc.tokens[verb].lemma or "") in _SAYINGS:
        return []  # `Как говорится, нет худа без добра`: a saying, nobody's report
    if norm(doc.tokens[verb].lemma or "") in NAMING_ASIDE and not any(
            doc.tokens[end - 1].end <= q.open < doc.tokens[bound.stop - 1].end for q in ctx.quoted):
        # `в Херсонесе, или, как называли его летописцы, Корсуни`: a name
        # given, no words reported (quoted words after it are a mixed quote:
        # `Реформа стала, как назвал ее Путин, «историческим прорывом»`)
        return []
    if kak > bound.start and doc.tokens[kak - 1].text == "," and contrast_aside(doc, kak - 1, bound.stop):
        # `бомбят не столько позиции ИГ, как декларирует Москва, сколько …`:
        # what X says is only what the sentence denies; the words around it
        # are the sentence's own (or its reporter's)
        return []
    if cue.kind == "impersonal" and norm(doc.tokens[verb].text) == "сообщалось" \
            and all(doc.tokens[k].upos in ("ADV", "PART", "PUNCT") for k in range(kak + 1, end) if k != verb):
        # `Как сообщалось, P`, `Как уже сообщалось ранее, P`: the outlet's own
        # earlier news, told again, no one's report (`Как сообщалось на сайте
        # МВД`, `Ранее сообщалось, что P` name where or stay reports; `Как уже
        # отмечалось` in a statement is the statement going on)
        return []
    if cue.kind == "impersonal":
        mention, hint = _document_author(ctx, verb, author), "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, author, exclude, prefer_after=True)
        if mention is None and hint is None and dated is not None and dated < end:
            # (`Как сообщил сегодня, 24 декабря, представитель X Y, P`: the
            # parse hangs the subject past the date on the words' verb)
            mention, hint = _speaker_for_verb(ctx, verb, range(dated, end), exclude, prefer_after=True)
            if mention is None and hint is None:
                # (or the institution in `в X` past it: `Как сообщили накануне,
                # 15 мая, в пресс-службе МВД, P`; measured from the date's comma)
                local = _locative_speaker(doc, dated - 1, range(dated, end), exclude)
                if local is not None:
                    mention, hint = local, "organization"
        if mention is None and hint is None and (cue.phrasing or norm(doc.tokens[verb].lemma or "") in _SAYINGS) \
                and not any(doc.tokens[k].upos == "PRON" for k in author):
            # `один из, как выражались тогда, «рупоров гласности»`, `Как
            # говорили когда-то, «народ и партия едины»`: a phrase of the time
            # (not `Как нам говорили, P`: someone told us)
            return []
    cue = CueMatch(cue.kind, cue.rule, doc.tokens[kak].start, cue.end, cue.head,
                   (kak,) + cue.tokens, cue.lemma, cue.classes)
    left = right = None
    first = _after_comma_left_out(doc, mention, kak, verb, end, bound)
    if first is not None:
        # `Как сообщил Фрадков в течение полугода будут разработаны …`: the
        # comma after the speaker left out; the words after a named speaker
        # that hold a finite verb of their own are the content
        stop = _content_end(ctx, first, bound, None, after_source=True)
        right = _span_between(ctx, first, stop)
    elif end < bound.stop and doc.tokens[end].text == ",":
        comma = end
        # (the description after a link's source is that source's: `Как
        # сообщает ТАСС со ссылкой на Ивана Петрова, директора завода, P`)
        described = _link_source_head(doc, range(kak, end))
        if described is None and mention is not None:
            described = mention.head
        end = description_end(doc, end, bound, described)
        mention = with_apposed_name(doc, mention, comma, end)
        end = _past_occasion(doc, _past_own_source(doc, _past_link(ctx, end, bound), bound), bound)
        stop = _content_end(ctx, end + 1, bound, None, after_source=True)
        right = _span_between(ctx, end + 1, stop)
    if kak > bound.start + 1 and doc.tokens[kak - 1].text == ",":
        start = _clause_start(ctx, kak - 1, bound, hard=True, after_that=True)
        left = _span_between(ctx, start, kak - 1)
        if left is not None and any(i in ctx.used for i in range(start, kak - 1)):
            # `«…», - отмечается в документе, как передает ИТАР-ТАСС`: a relay of
            # the report before, already taken, not words of its own
            if mention is not None and cue.lemma in RELAY_LEMMAS:
                for other in ctx.found:
                    if other.cue is not None and start <= other.cue.head < kak - 1:
                        other.relays.insert(0, RelayRef(mention, cue.start, cue.end, "relay.trailing"))
            left = None
            if right is None:
                return []
        if left is not None and right is not None and _ends_clause(doc, start, kak - 1):
            left = None  # `Резиденция огромная, но, как заявил X, P`: P alone
        if left is not None and right is None and only_a_link(doc, start, kak - 1):
            left = None  # `В общем, как говорится в анекдоте: «…»`: the narrator's link alone
    spans = [s for s in (left, right) if s is not None]
    if not spans:
        return []
    attribution = Attribution("indirect", spans, "indirect.kak", 0.85, cue=cue, mention=mention,
                              speaker_kind=hint, no_speaker=mention is None)
    _link_rule(ctx, attribution, author)
    return [attribution]
