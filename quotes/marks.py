"""Quote marks: pairing, nesting, and quotes that run across paragraphs.

Finds every span enclosed in quote marks, whatever it turns out to be
(speech, a name, a title). Deciding which are quotations is left to the
attribution rules, which see the layout around each span.

Pairing works paragraph by paragraph with a stack, so an unbalanced mark
never swallows the rest of the document. A quote left open at the end of a
paragraph continues into the next one when that paragraph opens with the
same mark again (`«…¶«…¶«…»`) or closes a mark it never opened (the seed:
`"…¶…", - сказал политолог`).
"""

from __future__ import annotations

from typing import Optional

import attrs

from . import grammar
from .model import Paragraph, Span


@attrs.frozen
class QuotedSpan:
    """Text between a pair of quote marks (per paragraph where it spans many)."""

    open: int
    close: int
    spans: tuple[Span, ...]
    glyph: str
    depth: int = 0
    parent: Optional[int] = None

    @property
    def content(self) -> Span:
        return Span(self.spans[0].start, self.spans[-1].end)

    @property
    def outer(self) -> Span:
        """The content with its marks."""
        return Span(self.open, self.close + 1)

    @property
    def paragraphs(self) -> int:
        return len(self.spans) if len(self.spans) > 1 else 1


@attrs.define
class _Mark:
    offset: int
    glyph: str
    role: str  # "open" | "close" | "either"


@attrs.define
class _ParagraphMarks:
    paragraph: Paragraph
    marks: list[_Mark]
    pairs: list[tuple[_Mark, _Mark]] = attrs.Factory(list)
    open_left: list[_Mark] = attrs.Factory(list)
    close_left: list[_Mark] = attrs.Factory(list)


def _table():
    table = grammar.load("marks")
    glyphs = table["glyphs"]
    roles = {}
    for g in glyphs["opening"]:
        roles[g] = "open"
    for g in glyphs["closing"]:
        roles[g] = "close"
    for g in glyphs["either"]:
        roles[g] = "either"
    pairs = {k: frozenset(v) for k, v in table["pairs"].items()}
    return roles, pairs, table["limits"]["max_paragraphs"]


_OPEN_BEFORE = set(" \t\n\u00a0([{/—–-:;«„“\"'")
_CLOSE_AFTER = set(" \t\n\u00a0.,;:!?)]}…—–-»”“\"'/")


def _can_open(text: str, offset: int, start: int, end: int) -> bool:
    before = text[offset - 1] if offset > start else " "
    after = text[offset + 1] if offset + 1 < end else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _can_close(text: str, offset: int, start: int, end: int) -> bool:
    before = text[offset - 1] if offset > start else " "
    after = text[offset + 1] if offset + 1 < end else " "
    return after in _CLOSE_AFTER and not before.isspace()


def _pair_paragraph(text: str, par: Paragraph, roles, pairs) -> _ParagraphMarks:
    marks = [
        _Mark(i, ch, roles[ch])
        for i, ch in enumerate(text[par.start:par.end], par.start)
        if ch in roles
    ]
    result = _ParagraphMarks(par, marks)
    stack: list[_Mark] = []

    def opener_for(glyph: str, top_only: bool) -> Optional[int]:
        positions = [len(stack) - 1] if top_only else range(len(stack) - 1, -1, -1)
        for k in positions:
            if k >= 0 and glyph in pairs.get(stack[k].glyph, ()):
                return k
        return None

    def close_at(k: int, mark: _Mark) -> None:
        result.pairs.append((stack[k], mark))
        del stack[k:]

    for mark in marks:
        if mark.role == "open":
            stack.append(mark)
            continue
        if mark.role == "close":
            k = opener_for(mark.glyph, top_only=False)
            if k is None:
                result.close_left.append(mark)
            else:
                close_at(k, mark)
            continue
        can_open = _can_open(text, mark.offset, par.start, par.end)
        can_close = _can_close(text, mark.offset, par.start, par.end)
        top = opener_for(mark.glyph, top_only=True)
        if can_close and top is not None and (not can_open or stack[top].glyph == mark.glyph):
            close_at(top, mark)
        elif can_open:
            stack.append(_Mark(mark.offset, mark.glyph, "open"))
        elif can_close:
            k = opener_for(mark.glyph, top_only=False)
            if k is None:
                result.close_left.append(mark)
            else:
                close_at(k, mark)
        elif top is not None:
            close_at(top, mark)
        else:
            stack.append(_Mark(mark.offset, mark.glyph, "open"))
    result.open_left = stack
    return result


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _first_mark_opens_paragraph(text: str, pm: _ParagraphMarks) -> Optional[_Mark]:
    """The paragraph's first mark when nothing but a dash or space precedes it."""
    if not pm.marks:
        return None
    first = pm.marks[0]
    lead = text[pm.paragraph.start:first.offset]
    if lead.strip(" \t\u00a0—–-") == "":
        return first
    return None


def _opens_utterance(text: str, offset: int, start: int) -> bool:
    """Only a quote that opens a sentence may run past its paragraph."""
    i = offset - 1
    while i >= start and text[i] in " \t\u00a0":
        i -= 1
    return i < start or text[i] in ".!?…:—–-"


_AUTHOR_DASH = ("—", "–", "-", "―")


def _after_mark(text: str, offset: int, end: int) -> str:
    """What follows the mark at `offset` in its paragraph (ending at `end`),
    past the punctuation that closes the quoted sentence: where the
    author's dash, if any, begins."""
    return text[offset + 1:end].lstrip(" \u00a0\t,.!?…")


def _last_inner_closer(pm: _ParagraphMarks, opener: _Mark) -> Optional[_Mark]:
    """The last closing mark of a quote nested in `opener`'s, where `opener`
    is the paragraph's only mark left open: the candidate for a mark that
    closes both."""
    inner = [c for o, c in pm.pairs if o.offset > opener.offset]
    if not inner or len(pm.open_left) != 1:
        return None
    return max(inner, key=lambda c: c.offset)


def _merged_closer(text: str, pm: _ParagraphMarks, opener: _Mark) -> Optional[int]:
    """The offset of a closing mark that ends both a quote nested in
    `opener`'s quote and that quote itself, where the paragraph goes on with
    the author's words after a dash; None otherwise."""
    closer = _last_inner_closer(pm, opener)
    if closer is None:
        return None
    rest = _after_mark(text, closer.offset, pm.paragraph.end)
    if rest[:1] in _AUTHOR_DASH and len(rest) > 2:
        return closer.offset
    return None


def _merged_at_end(text: str, pm: _ParagraphMarks, opener: _Mark, following: list, family) -> Optional[int]:
    """The offset of the last closing mark of a paragraph that ends both a
    quote nested in `opener`'s and that quote, where `opener` follows a
    colon, nothing but the sentence's end comes after the mark, and no
    later paragraph closes the quote; None otherwise."""
    closer = _last_inner_closer(pm, opener)
    if closer is None or not text[pm.paragraph.start:opener.offset].rstrip().endswith(":"):
        return None
    if _after_mark(text, closer.offset, pm.paragraph.end).strip():
        return None
    if any(c.glyph in family for nxt in following for c in nxt.close_left):
        return None
    return closer.offset


def _merged_before_verb(text: str, pm: _ParagraphMarks, opener: _Mark) -> Optional[int]:
    """The first closing mark after `opener` that ends a quote nested in a
    sentence of it and is followed by a dash and a reporting verb: it closes
    both (`«… и от «Яблока», — заявил он`). Not where the inner quote opens a
    sentence of its own (`… лис»), — сообщил он. Суммы … «Осенью …», —
    добавил он` is two quotes)."""
    if len(pm.open_left) != 1:
        return None
    for inner, closer in sorted(pm.pairs, key=lambda p: p[1].offset):
        if inner.offset <= opener.offset:
            continue
        rest = _after_mark(text, closer.offset, pm.paragraph.end)
        if rest[:1] in _AUTHOR_DASH and not _opens_utterance(text, inner.offset, pm.paragraph.start) \
                and _reporting_verb(rest):
            return closer.offset
    return None


def _reporting_verb(rest: str) -> bool:
    """Whether the first word after the author's dash opening `rest` is a
    form of a reporting verb (`- заявил он`), not a copula's dash
    (`— это …`)."""
    words = rest.lstrip("".join(_AUTHOR_DASH)).split(maxsplit=1)
    return bool(words) and _reporting_form(words[0])


def _reporting_form(word: str) -> bool:
    """The word, without the punctuation and marks at its edges, is a form
    of a reporting verb."""
    from .cues import surface_forms

    return word.strip(".,;:!?«»\"").lower().replace("ё", "е") in surface_forms()


def _merged_opener(text: str, pm: _ParagraphMarks, closer: _Mark) -> Optional[_Mark]:
    """The opening mark of a quote whose first words are a quoted name, for a
    closing mark with no opener (`«Южный поток» — это проект …», — сказал
    он`): the last pair before it that opens a sentence and holds a few
    words, with no mark between; None unless the author's dash follows."""
    rest = _after_mark(text, closer.offset, pm.paragraph.end)
    if rest[:1] not in _AUTHOR_DASH or len(rest) < 3:
        return None
    before = sorted(((o, c) for o, c in pm.pairs if c.offset < closer.offset), key=lambda p: p[1].offset)
    # (later quoted words in the quote are pairs of their own: `«Сколково»
    # должен стать … Это должен быть «стреляющий» бренд», — подчеркнул он`;
    # never a quote of its own, nor words quoted in an author's sentence:
    # `Аналитик назвал это «успехом».`)
    while before:
        opener, inner = before.pop()
        between = [m for m in pm.marks if inner.offset < m.offset < closer.offset]
        if not all(any(o.offset > inner.offset and m.offset in (o.offset, c.offset) for o, c in pm.pairs
                       if c.offset < closer.offset) for m in between):
            return None
        name = text[opener.offset + 1:inner.offset]
        if not name.strip() or any(ch in name for ch in ".!?…:;"):
            return None
        if len(name.split()) > 4:
            continue
        if _opens_utterance(text, opener.offset, pm.paragraph.start):
            if opener.glyph != closer.glyph and closer.glyph not in _table()[1].get(opener.glyph, ()):
                return None
            return opener
        if _after_mark(text, inner.offset, pm.paragraph.end)[:1] in _AUTHOR_DASH \
                or _reported_before(text, opener.offset, pm.paragraph.start) \
                and any(ch in text[inner.offset:closer.offset] for ch in ".!?…"):
            return None
    return None


def _reported_before(text: str, offset: int, start: int) -> bool:
    """A form of a reporting verb among the words of the sentence before the
    mark at `offset` (`Аналитик назвал это «успехом»`): words an author quotes."""
    head = text[start:offset]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return any(_reporting_form(w) for w in head[cut + 1:].split())


def find_quoted_spans(text: str, paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> list[QuotedSpan]:
    """Every quoted span of the text, outermost before nested, in text order."""
    roles, pairs, max_paragraphs = _table()
    per_par = [_pair_paragraph(text, p, roles, pairs) for p in paragraphs]
    found: list[tuple[int, int, tuple[Span, ...], str]] = []

    for pm in per_par:
        for opener, closer in pm.pairs:
            found.append((opener.offset, closer.offset,
                          (_trimmed(text, opener.offset + 1, closer.offset),), opener.glyph))

    consumed_close: set[int] = set()
    continued: set[int] = set()  # openers already used as a continuation
    for i, pm in enumerate(per_par):
        if not pm.open_left or pm.open_left[0].offset in continued:
            continue
        opener = pm.open_left[0]
        if not _opens_utterance(text, opener.offset, pm.paragraph.start):
            continue  # `Компания «Ромашка …` lost its closing mark: no quote
        family = pairs.get(opener.glyph, frozenset())
        # one closing mark for two quotes, with the author's verb after the
        # dash (`"… и от "Яблока", - заявил Немцов в интервью "Итогам".`): the
        # quote ends there, however the next paragraph opens
        merged = _merged_before_verb(text, pm, opener)
        if merged is not None:
            found.append((opener.offset, merged, (_trimmed(text, opener.offset + 1, merged),), opener.glyph))
            continue
        # Repeated-mark layout: «…¶«…¶«…».
        parts = [_trimmed(text, opener.offset + 1, pm.paragraph.end)]
        j = i + 1
        closed_at = None
        while j < len(per_par) and j - i <= max_paragraphs:
            nxt = per_par[j]
            first = _first_mark_opens_paragraph(text, nxt)
            if first is None or first.glyph != opener.glyph:
                break
            pair = next((p for p in nxt.pairs if p[0].offset == first.offset), None)
            if pair is not None:
                parts.append(_trimmed(text, first.offset + 1, pair[1].offset))
                closed_at = pair[1].offset
                # the pair found inside that paragraph is now part of this quote
                found[:] = [f for f in found if f[0] != first.offset]
                break
            if nxt.open_left and nxt.open_left[0].offset == first.offset:
                parts.append(_trimmed(text, first.offset + 1, nxt.paragraph.end))
                continued.add(first.offset)
                j += 1
                continue
            break
        if closed_at is not None and len(parts) > 1:
            found.append((opener.offset, closed_at, tuple(parts), opener.glyph))
            continue
        # One closing mark for two quotes (`«… «…», — отметил он`, typography
        # that merges »»): the last inner pair followed by the author's dash
        merged = _merged_closer(text, pm, opener)
        if merged is not None:
            found.append((opener.offset, merged, (_trimmed(text, opener.offset + 1, merged),),
                          opener.glyph))
            continue
        # One closing mark for two quotes at the end of a paragraph the quote
        # opened after a colon (`заявил X: "… против "Единой России".`), where
        # no later paragraph closes it
        merged = _merged_at_end(text, pm, opener, per_par[i + 1:i + 1 + max_paragraphs], family)
        if merged is not None:
            found.append((opener.offset, merged, (_trimmed(text, opener.offset + 1, merged),), opener.glyph))
            continue
        # Open-until-closed layout: "…¶…", — сказал он.
        for j in range(i + 1, min(len(per_par), i + 1 + max_paragraphs)):
            nxt = per_par[j]
            closer = next((c for c in nxt.close_left
                           if c.glyph in family and c.offset not in consumed_close), None)
            opens_before = [o for o in nxt.open_left
                            if closer is None or o.offset < closer.offset]
            if closer is not None and not opens_before:
                consumed_close.add(closer.offset)
                found.append((opener.offset, closer.offset,
                              (_trimmed(text, opener.offset + 1, closer.offset),),
                              opener.glyph))
                break
            if nxt.open_left or nxt.close_left:
                break

    # One opening mark for two quotes (`«Южный поток» — это проект …», —
    # сказал он`, typography that merges ««): a closing mark left over,
    # followed by the author's dash, closes the quote that opens with the
    # short quoted name starting the sentence
    for pm in per_par:
        for closer in pm.close_left:
            if closer.offset in consumed_close:
                continue
            opener = _merged_opener(text, pm, closer)
            if opener is not None:
                consumed_close.add(closer.offset)
                found.append((opener.offset, closer.offset, (_trimmed(text, opener.offset + 1, closer.offset),),
                              opener.glyph))

    found.sort(key=lambda f: (f[0], -f[1]))
    result: list[QuotedSpan] = []
    open_stack: list[int] = []
    for opener, closer, spans, glyph in found:
        spans = tuple(s for s in spans if s.start < s.end)  # an empty part (`""` on a line) is none
        if not spans:
            continue
        while open_stack and result[open_stack[-1]].close < opener:
            open_stack.pop()
        parent = open_stack[-1] if open_stack else None
        depth = len(open_stack)
        result.append(QuotedSpan(opener, closer, spans, glyph, depth, parent))
        open_stack.append(len(result) - 1)
    return result
