"""Shared fixtures: one extractor per test session, and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    from quotes import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared corpus folder; tests that need it skip where it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED}/corpus is absent: the shared evaluation data is not on this machine")
    return SHARED


def quote_texts(result_or_quotes):
    quotes = getattr(result_or_quotes, "quotes", result_or_quotes)
    return [q.text for q in quotes]
