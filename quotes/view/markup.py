"""The article text cut into nested pieces for highlighting.

Quotes, cues and speaker mentions are ranges of the text that may nest (a
quote inside its parent) or cross (an indirect quote that starts inside a
direct one and ends after it). HTML elements only nest, so a range that
crosses the end of another is closed there and opened again as a
continuation: every piece of text keeps every range that covers it, and
each character of the text is written exactly once, in order.
"""

from __future__ import annotations

from typing import Iterator, Optional

import attrs

# outer before inner when two ranges start together and have the same end
_RANK = {"quote": 0, "mention": 1, "cue": 2, "relay": 3}


@attrs.frozen
class Mark:
    """A range to highlight: a quote's span, a cue, a speaker mention, or a
    relay's cue (`как передает`)."""

    start: int
    end: int
    kind: str  # quote | cue | mention | relay
    quote: Optional[int] = None  # the quote of a quote span
    part: int = 0  # which span of a split quote
    quotes: tuple[int, ...] = ()  # the quotes a cue or mention belongs to
    speaker: str = ""  # css class of the speaker colour
    label: str = ""  # shown before the first piece (quote number)


@attrs.frozen
class Token:
    """One step of the page: open a mark, write text, or close a mark."""

    op: str  # open | text | close
    text: str = ""
    mark: Optional[Mark] = None
    first: bool = False  # the mark's first piece (a continuation is not)


def tokens(text: str, marks: list[Mark]) -> Iterator[Token]:
    """The text with `marks` opened and closed around it, properly nested."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    marks.sort(key=lambda m: (m.start, -m.end, _RANK[m.kind]))
    ends = sorted({m.end for m in marks} | {m.start for m in marks})
    stack: list[Mark] = []
    position = 0
    index = 0
    for boundary in ends:
        if boundary > position:
            yield Token("text", text[position:boundary])
            position = boundary
        # close what ends here; what crosses it is closed and reopened
        ending = [i for i, m in enumerate(stack) if m.end == boundary]
        if ending:
            lowest = ending[0]
            reopen = [m for m in stack[lowest:] if m.end != boundary]
            for mark in reversed(stack[lowest:]):
                yield Token("close", mark=mark)
            del stack[lowest:]
            for mark in reopen:
                stack.append(mark)
                yield Token("open", mark=mark, first=False)
        while index < len(marks) and marks[index].start == boundary:
            mark = marks[index]
            index += 1
            stack.append(mark)
            yield Token("open", mark=mark, first=True)
    if position < len(text):
        yield Token("text", text[position:])
