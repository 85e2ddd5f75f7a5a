"""One table of sentence ends and quote glyphs for every module that reads
tokens, kept in `grammars/marks.toml` beside the marks' pairing rules."""

from __future__ import annotations

from . import grammar

_TABLE = grammar.load("marks")

SENTENCE_ENDS: frozenset[str] = frozenset(_TABLE["punctuation"]["sentence_ends"])
"""Tokens that end a sentence (`.`, `!`, `?!`, `?..`)."""

QUOTE_GLYPHS: frozenset[str] = frozenset(
    glyph for kind in ("opening", "closing", "either") for glyph in _TABLE["glyphs"][kind])
"""Every quote mark that the mark pairer pairs: `«»„“”"‹›＂`."""

APOSTROPHES: frozenset[str] = frozenset(_TABLE["punctuation"]["apostrophes"])
"""Apostrophes: quote marks only where a mention's edges are trimmed."""
