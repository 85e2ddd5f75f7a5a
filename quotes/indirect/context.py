"""The working state of one document's indirect-speech pass and the small
span helpers every rule shares."""

from __future__ import annotations

from typing import Optional

import regex

from .. import grammar
from ..attribution import SHARED_CUE_RULES, Attribution
from ..cues import CueMatch
from ..intervals import cached, cached_cover
from ..marks import QuotedSpan
from ..mentions import norm, sentence_end
from ..model import Doc, Span, Token


class _Context:
    def __init__(self, doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch],
                 found: list[Attribution]):
        self.doc = doc
        self.quoted = quoted
        self.cues = cues
        self.verb_cues: dict[int, CueMatch] = {}
        for cue in cues:
            if cue.kind in ("verb", "impersonal"):
                self.verb_cues.setdefault(cue.head, cue)
        self.phrase_cues = [c for c in cues if c.kind in ("source", "according", "link", "quoting")]
        self.found = found
        # tokens already used by direct speech: its author's words and cues
        self.used: set[int] = set()
        self.direct_spans: list[Span] = []
        for a in found:
            if a.cue is not None and a.rule not in SHARED_CUE_RULES:
                self.used.update(a.cue.tokens)
            if a.mention is not None:
                self.used.update(a.mention.tokens)
            if a.type == "direct":
                self.direct_spans.extend(a.spans)

    def bound_for(self, index: int) -> Span:
        """The innermost direct quote around token `index`, else its sentence."""
        token = self.doc.tokens[index]
        best = None
        for span in cached(self.__dict__, "_direct_index", self.direct_spans).overlapping(token.start, token.end):
            if span.start <= token.start and token.end <= span.end:
                if best is None or len(span) < len(best):
                    best = span
        sentence = self.doc.sentence_of(index)
        if best is None:
            return _bracket_around(self.doc, index, sentence) or sentence.span
        return Span(max(best.start, sentence.start), min(best.end, sentence.end))

    def tokens_in(self, span: Span) -> range:
        # token ends grow along the text: the stop is found by binary search
        first = self.doc.first_token_from(span.start)
        return range(first, max(first, self.doc.first_token_from(span.end)))


def _bracket_around(doc: Doc, index: int, sentence) -> Optional[Span]:
    """The brackets around token `index` where they hold a clause of their
    own after it (`Мария Соловьенко (… назвала его «несравненным») и …`,
    `X (он ранее заявил, что P) приехал`): words said there end there. Not
    a credit (`(передает «Интерфакс»)`), with no room for words after the cue."""
    rng = sentence.token_range
    opening = next((k for k in range(index - 1, max(rng.start, index - 40) - 1, -1)
                    if doc.tokens[k].text in ("(", ")")), None)
    if opening is None or doc.tokens[opening].text != "(":
        return None
    closing = next((k for k in range(index + 1, min(rng.stop, index + 60)) if doc.tokens[k].text in ("(", ")")), None)
    if closing is None or doc.tokens[closing].text != ")":
        return None
    if sum(1 for k in range(index + 1, closing) if doc.tokens[k].upos != "PUNCT") < 2 \
            or not any(_finite_verb(doc.tokens[k]) for k in range(opening + 1, closing)):
        return None
    return Span(doc.tokens[opening].end, doc.tokens[closing].start)


def _text(doc: Doc, i: int) -> str:
    return norm(doc.tokens[i].text)


def _trim(doc: Doc, start: int, end: int, keep_quotes: bool = False) -> Optional[Span]:
    """`[start, end)` without spaces, punctuation and dangling dashes at its edges."""
    text = doc.text
    strip = " \t\n\u00a0,;:.—–-" + ("" if keep_quotes else "«»„“”\"")
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    # (nor the narrator's link that opens the next clause: `не верят, что P,
    # более того, 44% опрошенных считают`)
    link = _TRAILING_LINK.search(text, start, end)
    if link is not None:
        end = link.start()
        while end > start and text[end - 1] in strip:
            end -= 1
    if end - start < 2:
        return None
    return Span(start, end)


# links that open a clause and never end one
_TRAILING_LINK = regex.compile(r",\s*(?:более того|кроме того|кроме этого|к тому же|тем не менее|помимо этого"
                               r"|помимо того|вместе с тем)\Z", regex.IGNORECASE)


_DATELINES = None


def _skip_dateline(doc: Doc, start: int, end: int) -> int:
    global _DATELINES
    if _DATELINES is None:
        _DATELINES = [p for _, p in grammar.compiled("phrases", "dateline")]
    for pattern in _DATELINES:
        # on the slice: `^` anchors at the real start of the string only
        match = pattern.match(doc.text[start:end])
        if match and start + match.end() < end:
            start += match.end()
    return start


MONTHS_GENITIVE = frozenset({"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                             "сентября", "октября", "ноября", "декабря"})
# what ends a date's year (`2017 года`, `2017 г.`)
_YEAR_WORDS = frozenset({"года", "г", "г."})
# days told by today (`сообщил сегодня, 24 декабря,`)
_RELATIVE_DAYS = frozenset({"сегодня", "вчера", "позавчера", "накануне", "завтра"})


def date_aside_end(doc: Doc, comma: int, stop: int) -> Optional[int]:
    """The comma that closes a date set off by commas right after `comma`
    (`в понедельник, 6 марта,`), before `stop`; None where none does."""
    j = next((m for m in range(comma + 1, min(stop, comma + 6)) if doc.tokens[m].text == ","), None)
    if j is None:
        return None
    inside = range(comma + 1, j)
    if any(_text(doc, m) in MONTHS_GENITIVE for m in inside) and all(
            doc.tokens[m].upos == "NUM" or doc.tokens[m].text.isdigit()
            or _text(doc, m) in MONTHS_GENITIVE | _YEAR_WORDS for m in inside):
        return j
    return None


def _finite_verb(token: Token) -> bool:
    return token.upos in ("VERB", "AUX") and token.feat("VerbForm") in ("Fin", None) \
        or (token.upos == "ADJ" and token.feat("Variant") == "Short")


def authors_words_end(doc: Doc, verb: int, bound: range) -> int:
    """Where the author's words that hold a reporting verb end: at the next
    comma, semicolon or colon after it, or the end of the sentence; a date
    set off by commas after a time goes on with them (`пишет в понедельник,
    26 декабря, газета X`)."""
    end = verb + 1
    while end < bound.stop and doc.tokens[end].text not in (",", ";", ":") and not sentence_end(doc, end):
        end += 1
        if end < bound.stop and doc.tokens[end].text == "," and (close := date_apposition(doc, end, bound)):
            end = close + 1
    return end


_WEEKDAYS = frozenset({"понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница", "субботу",
                       "суббота", "воскресенье"})


def _date_word(token) -> bool:
    word = norm(token.text)
    return word in _WEEKDAYS or word in MONTHS_GENITIVE or word.isdigit() or word in _YEAR_WORDS


def date_apposition(doc: Doc, comma: int, bound: range) -> Optional[int]:
    """The closing comma of a date set off by commas right after a time
    (`в понедельник, 18 декабря,`, `5 мая, в среду,`, `сегодня, 24
    декабря,`), None where the comma opens anything else."""
    if comma < 1 or not (_date_word(doc.tokens[comma - 1]) or norm(doc.tokens[comma - 1].text) in _RELATIVE_DAYS):
        return None
    k = comma + 1
    if k < bound.stop and norm(doc.tokens[k].text) in ("в", "во"):
        k += 1
    first = k
    while k < bound.stop and k - first < 4 and (_date_word(doc.tokens[k]) or doc.tokens[k].text == "."):
        k += 1
    if k == first or k >= bound.stop or doc.tokens[k].text != "," \
            or not any(norm(doc.tokens[j].text) in MONTHS_GENITIVE | _WEEKDAYS for j in range(first, k)):
        return None
    return k


def head_outside(doc: Doc, k: int, low: int, high: int) -> Optional[int]:
    """The first word up token `k`'s line of heads that lies outside
    `low`..`high` (exclusive), None where the line ends or runs on for
    twelve steps inside: what the words from `low` to `high` hang on."""
    j, steps = k, 0
    while j is not None and low <= j < high and steps < 12:
        j, steps = doc.tokens[j].head, steps + 1
    return j if j is None or not low <= j < high else None


def _span_between(ctx: _Context, first: int, stop: int) -> Optional[Span]:
    doc = ctx.doc
    if first >= stop:
        return None
    start = _skip_dateline(doc, doc.tokens[first].start, doc.tokens[stop - 1].end)
    return _trim(doc, start, doc.tokens[stop - 1].end)


def _phrase_cues_from(ctx: _Context, low: int, high: int) -> list[CueMatch]:
    """The phrase cues whose first token is in `[low, high)`, in their order
    (an index by first token: a scan of every cue per comma grows with the text)."""
    return cached(ctx.__dict__, "_phrase_index", ctx.phrase_cues,
                  start=lambda c: c.tokens[0], end=lambda c: c.tokens[0] + 1).starting(low, high)


def _inside_marks(ctx: _Context, offset: int) -> bool:
    return cached_cover(ctx.__dict__, "_marks_cover", ctx.quoted,
                        lambda quoted: [(q.open + 1, q.close) for q in quoted]).covers(offset)


def _quotes_inside(ctx: _Context, span: Span) -> list[QuotedSpan]:
    return cached(ctx.__dict__, "_content_index", ctx.quoted,
                  start=lambda q: q.spans[0].start, end=lambda q: q.spans[-1].end).starting(span.start, span.end)


def _question_put_before(doc: Doc, k: int, bound: range) -> bool:
    """`На вопрос (журналистов), как …`: token `k` (`как`) opens the
    question put, after its comma."""
    if k - 2 < bound.start or _text(doc, k - 1) != ",":
        return False
    for j in range(k - 2, max(bound.start, k - 5) - 1, -1):
        if _text(doc, j).startswith("вопрос"):
            return j - 1 >= bound.start and _text(doc, j - 1) == "на"
        if doc.tokens[j].text in (",", ";", ":"):
            return False
    return False
