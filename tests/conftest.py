"""Shared fixtures: one extractor per test session, and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so that a run of CI on
# a fresh clone is the run made here; HYPOTHESIS_PROFILE=explore draws new
# ones each time (for hunting, not for gating).
settings.register_profile("gate", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))

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
