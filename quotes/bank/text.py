"""Folding and word shingles: how two quote texts are compared.

Quotes reach a bank through different outlets, which retype quote marks,
dashes, `ё` and letter case; a comparison that saw those differences would
split one quote into many clusters.
"""

from __future__ import annotations

import hashlib

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")


def fold(text: str) -> str:
    """Lower case, `ё` as `е`, NBSP as a space: the form search indexes."""
    return text.lower().replace("ё", "е").replace("\u00a0", " ")


def words(text: str) -> list[str]:
    """The words of `text`, folded, without punctuation."""
    return [w.replace("’", "'") for w in WORD.findall(fold(text))]


def normalise(text: str) -> str:
    """The words of a quote joined by single spaces: equal for the same
    quote in any outlet's typography."""
    return " ".join(words(text))


def shingles(text: str, size: int = 3) -> set[str]:
    """Word `size`-grams of the normalised text (the whole text when shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def text_hash(text: str) -> str:
    """SHA-256 of the document text: tells a changed document from a re-added one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
