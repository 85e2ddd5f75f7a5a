"""Indirect and mixed speech (filled in by the reporting-grammar work)."""

from __future__ import annotations

from .attribution import Attribution


def find_indirect(doc, quoted, cues, found, include_optional=False) -> list[Attribution]:
    return []
