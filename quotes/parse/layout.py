"""Backend-independent text layout: normalisation for parsers, paragraphs.

Parsers see a copy of the text in which a few characters are swapped for
ones they read better (NBSP for a space, a spaced hyphen for a dash, the
stray Latin `n` some dumps leave for a lost line break). Every swap keeps
the length, so an offset in the copy is the same offset in the input.
"""

from __future__ import annotations

import regex

from ..model import Paragraph

_SAME_LENGTH = str.maketrans({
    "\u00a0": " ",   # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",   # thin space
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2012": "—",   # figure dash
    "\u2015": "—",   # horizontal bar
})

# A hyphen between spaces is a dash: `", - сказал он` reads as `", — сказал он`.
_SPACED_HYPHEN = regex.compile(r"(?<=\s)[-–](?=\s)")
# `правительствоnсвязывалоnих`: a Latin n glued between Cyrillic words.
_STRAY_N = regex.compile(r"(?<=[а-яёА-ЯЁ.,;:!?»\"”)])n(?=[а-яёА-ЯЁ«\"“(])|(?<=[а-яё])n(?=[,.;:!?])")


# Latin letters that look Cyrillic, inside a word that is otherwise Cyrillic
# (`oн` typed with a Latin o).
HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_MIXED_WORD = regex.compile(r"\b(?=\w*[а-яёА-ЯЁ])(?=\w*[aceopxyABCEHKMOPTX])[а-яёА-ЯЁaceopxyABCEHKMOPTX]+\b")


def normalise_for_parser(text: str) -> str:
    """A same-length copy of `text` that parsers read more reliably."""
    text = text.translate(_SAME_LENGTH)
    text = _SPACED_HYPHEN.sub("—", text)
    text = _STRAY_N.sub(" ", text)
    text = _MIXED_WORD.sub(lambda m: m.group(0).translate(HOMOGLYPHS), text)
    return text


def paragraphs(text: str) -> list[Paragraph]:
    """Lines of `text` that hold something besides spaces, trimmed."""
    result = []
    for match in regex.finditer(r"[^\n\r\u2028\u2029]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append(Paragraph(len(result), start, end))
    return result
