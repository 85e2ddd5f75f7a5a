"""The learned antecedent ranker: which candidate a pronoun speaker refers to.

The rules of `speakers.py` gather the candidates (earlier speakers, people
and institutions named before, nouns for people) and score each by hand;
this ranker rescores them with weights learned on RuCoCo's gold coreference
(`training/train_ranker.py`). Its weights are a small JSON file shipped in
the package; inference is a dot product in numpy. Without the file, or with
`QUOTES_RANKER=rules` in the environment, the hand scores decide.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

import numpy as np

FEATURES = (
    "rules",            # the hand score of speakers.py: the rules' prior
    "distance",         # sentences between candidate and pronoun
    "same_sentence",
    "same_paragraph",
    "spoke",            # the candidate is the speaker of an earlier quote
    "last_speaker",     # ... of the latest one before the pronoun
    "subject",          # named as a subject
    "mentions",         # times named before (capped at 4)
    "named_person",     # a person the text names (not a description)
    "noun",             # a common noun for a person (`крестьянин`)
    "organization",
    "gender_known",     # the candidate's gender is known and agrees
    "plural",           # the pronoun is plural
    "direct",           # the quote is direct
    "chars",            # characters between candidate and pronoun / 100, capped at 10
    "in_quote",         # the candidate is named inside the words the pronoun's quote reports
)


WEIGHTS = "ranker.json"


@lru_cache(maxsize=1)
def model() -> Optional[tuple[np.ndarray, float, np.ndarray, np.ndarray]]:
    """(weights, bias, mean, scale) from the shipped file; None where the
    file is absent or was trained on other features."""
    try:
        text = resources.files("quotes").joinpath(WEIGHTS).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(text)
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return (np.asarray(data["weights"], dtype=float), float(data["bias"]),
            np.asarray(data["mean"], dtype=float), np.asarray(data["scale"], dtype=float))


def enabled() -> bool:
    return os.environ.get("QUOTES_RANKER", "learned") != "rules" and model() is not None


def vector(features: dict) -> list[float]:
    """The features of one candidate, in `FEATURES` order (missing: 0)."""
    return [float(features.get(name, 0.0)) for name in FEATURES]


def scores(rows: Sequence[Sequence[float]]) -> np.ndarray:
    """Learned scores of candidate rows (higher is likelier)."""
    weights, bias, mean, scale = model()
    x = (np.asarray(rows, dtype=float) - mean) / scale
    return x @ weights + bias
