"""Backend-independent text layout: normalisation for parsers, paragraphs.

Parsers see a copy of the text in which a few characters are swapped for
ones they read better (NBSP for a space, a spaced hyphen for a dash, the
stray Latin `n` some dumps leave for a lost line break). Every swap keeps
the length, so an offset in the copy is the same offset in the input.
"""

from __future__ import annotations

import bisect
import unicodedata

import attrs
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
# `правительствоnсвязывалоnих`: a Latin n glued between Cyrillic words; `.nnДалее`
# (a lost paragraph break), `агентствоnReuters`, `Reutersnсообщил` (a lost space
# beside a Latin name: no word mixes the scripts).
# The same dumps put one after a closing quote (`«Газета.ру»n,`) and after a
# Latin name that a stray n opened (`газетаnThe Timesn.`, `телеканалnAl-Masirahn.`),
# and inside quote marks (`отмечает «nФедеральное агентство новостейn»`).
_STRAY_N = regex.compile(r"(?<=[а-яёА-ЯЁ.,;:!?»\"”)])n+(?=[а-яёА-ЯЁ«\"“(])|(?<=[а-яёА-ЯЁ])n(?=[,.;:!?])"
                         r"|(?<=[а-яё])n(?=[A-Z])|(?<=[A-Za-z])n(?=[а-яёА-ЯЁ])|(?<=[»”])n(?=[\s,.;:!?])"
                         r"|(?<=[а-яё]n[A-Z][A-Za-z0-9 .&'\-]{0,40}[A-Za-z])n(?=[\s,.;:!?)»])"
                         r"|(?<=«)n(?=[а-яёА-ЯЁ])|(?<=[а-яё])n(?=»)")


# Latin letters that look Cyrillic, inside a word that is otherwise Cyrillic
# (`oн` typed with a Latin o).
_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES = "aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"
HOMOGLYPHS = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_MIXED_WORD = regex.compile(r"\b(?=\w*[а-яёА-ЯЁ])(?=\w*[aceopxyABCEHKMOPTX])[а-яёА-ЯЁaceopxyABCEHKMOPTX]+\b")


# and the other way: Cyrillic letters that look Latin inside a word that is
# otherwise Latin (`ТV2`, `Sky Nеws` typed with a Cyrillic Т or е)
LATIN_HOMOGLYPHS = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_MIXED_LATIN_WORD = regex.compile(r"\b(?=\w*[A-Za-z])(?=\w*[асеорхуАВСЕНКМОРТХ])[A-Za-z0-9асеорхуАВСЕНКМОРТХ]+\b")


def normalise_for_parser(text: str) -> str:
    """A same-length copy of `text` that parsers read more reliably."""
    text = text.translate(_SAME_LENGTH)
    text = _SPACED_HYPHEN.sub("—", text)
    text = _STRAY_N.sub(lambda m: " " * len(m.group(0)), text)
    return unmix_scripts(text)


def parser_text(doc) -> str:
    """`normalise_for_parser(doc.text)`, made once per document: what the
    grammars match on too, so that a dump's stray n (`»nсо ссылкой на`)
    hides no cue. Same length: a match's offsets are the text's."""
    text = doc.memo.get("layout.parser_text")
    if text is None:
        text = doc.memo["layout.parser_text"] = normalise_for_parser(doc.text)
    return text


def unmix_scripts(text: str) -> str:
    """Each word in one script: the look-alike letters of the other script
    in a word that is otherwise Cyrillic or Latin are read as its own."""
    text = _MIXED_WORD.sub(lambda m: m.group(0).translate(HOMOGLYPHS), text)
    return _MIXED_LATIN_WORD.sub(lambda m: m.group(0).translate(LATIN_HOMOGLYPHS), text)


# a line broken inside a sentence: a lower-case letter or a comma, a line
# break, a lower-case letter (`сообщил журналистам в\nчетверг`)
_BEFORE_WRAP, _AFTER_WRAP = r"[а-яёa-z,][ \t]*", r"[ \t]*[а-яёa-z]"
_WRAPPED = regex.compile(_BEFORE_WRAP + r"\n" + _AFTER_WRAP)


def paragraphs(text: str) -> list[Paragraph]:
    """Lines of `text` that hold something besides spaces, trimmed, a line
    broken inside a sentence joined to the next (`что первые из них\nдо
    конца года смогут`); in a text wrapped at a fixed width (three lines or
    more broken so) whose paragraphs are set apart by blank lines, those blocks."""
    result = []
    pattern = r"(?:[^\n\r\u2028\u2029]|(?<=" + _BEFORE_WRAP + r")\n(?=" + _AFTER_WRAP + r"))+"
    if len(_WRAPPED.findall(text, overlapped=False)) >= 3 and regex.search(r"\n[ \t]*\n", text):
        pattern = r"(?:[^\n\r\u2028\u2029]|\n(?![ \t]*\n))+"
    for match in regex.finditer(pattern, text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            result.append(Paragraph(len(result), start, end))
    return result


# --- characters that cannot matter, taken out before anything reads the text --

# zero-width and bidirectional marks, soft hyphen, and combining marks (a
# stress accent `сказа́л`; a decomposed `й` or `ё` is composed instead)
_INVISIBLE = regex.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\p{Mn}\p{Me}]"
)
# the letters whose mark is spelling, not stress: composed, not dropped
_COMPOSED = frozenset("йЙёЁїЇ")
_MARKS = regex.compile(r"[\p{Mn}\p{Me}]*")


@attrs.frozen
class Cleaned:
    """`text` with invisible characters and combining marks taken out and
    Latin look-alikes inside Cyrillic words made Cyrillic, and the way back:
    `span()` maps a span of `text` to the same characters of `original`."""

    text: str
    original: str
    # clean offset where each kept run starts, and where it starts in `original`
    runs: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text is not self.original

    def offset(self, clean: int) -> int:
        """Where the character at clean offset `clean` is in `original`."""
        if not self.runs:
            return clean
        if clean >= len(self.text):
            return len(self.original)
        k = bisect.bisect_right(self.runs, clean) - 1
        return self.origins[k] + (clean - self.runs[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A clean `[start, end)` as the same characters of `original`: a
        span ends after the combining marks of its last letter."""
        if not self.runs:
            return start, end
        if end <= start:
            at = self.offset(start)
            return at, at
        last = self.offset(end - 1) + 1
        return self.offset(start), _MARKS.match(self.original, last).end()


def clean(text: str) -> Cleaned:
    """What the pipeline reads: `text` without what cannot matter (see
    `Cleaned`); `text` itself, unmapped, when there is nothing to take out."""
    found = _INVISIBLE.search(text)
    result = _MIXED_WORD.sub(lambda m: m.group(0).translate(HOMOGLYPHS), text)
    if found is None:
        if result == text:
            return Cleaned(text, text)
        return Cleaned(result, text)
    pieces: list[str] = []
    runs: list[int] = []
    origins: list[int] = []
    size = 0
    position = 0
    for match in _INVISIBLE.finditer(text, found.start()):
        at = match.start()
        if at > position:
            pieces.append(text[position:at])
            runs.append(size)
            origins.append(position)
            size += at - position
        position = at + 1
        mark = text[at]
        if pieces and unicodedata.combining(mark):
            after_last = origins[-1] + len(pieces[-1])  # just after the last kept character
            if all(unicodedata.combining(c) for c in text[after_last:at]):
                composed = unicodedata.normalize("NFC", pieces[-1][-1] + mark)
                if composed in _COMPOSED:
                    pieces[-1] = pieces[-1][:-1] + composed
    if position < len(text):
        pieces.append(text[position:])
        runs.append(size)
        origins.append(position)
    stripped = "".join(pieces)
    stripped = _MIXED_WORD.sub(lambda m: m.group(0).translate(HOMOGLYPHS), stripped)
    return Cleaned(stripped, text, tuple(runs), tuple(origins))

