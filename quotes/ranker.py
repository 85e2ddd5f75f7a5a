"""The learned antecedent ranker: which candidate a pronoun speaker refers to.

The rules of `speakers.py` gather the candidates (earlier speakers, people
and institutions named before, nouns for people) and score each by hand;
this ranker rescores them with weights learned on RuCoCo's gold coreference
(`training/train_ranker.py`). Its weights are a small JSON file shipped in
the package; inference is a dot product in numpy. Two models: `pronoun`
(candidates gathered and hand-scored by the rules) and `role` (role and
group nouns where the rules would guess, `quotes/antecedents.py`). Without
the file, or with `QUOTES_RANKER=rules` in the environment, the rules decide.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from typing import Sequence

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
    "gender_unknown",   # a person whose gender the text never told, for a gendered pronoun
    "media",            # a medium (`сообщило издание`)
    "initial",          # the pronoun opens its sentence
    "nearest",          # the candidate met last before the pronoun
    "nearest_subject",  # ... the subject met last
    "initial_subject",  # the subject met last, for a pronoun opening its sentence
    "institution",      # an institution for `она`/`оно` whose head noun agrees (`пресс-служба`)
)


# role nouns and group nouns (`quotes/antecedents.py`): one row per earlier
# entity or noun, and one for `new` (an entity of its own)
ROLE_FEATURES = (
    "new", "new_complement", "new_plural", "new_first", "new_alone", "new_no_speaker",
    "distance", "far", "same_paragraph", "spoke", "last_speaker", "recent", "mentions",
    "subject", "named_person", "role_only", "group", "noun", "same_role", "head_role",
    "complement_match", "complement_conflict", "gender_agree", "in_quote", "rules_last",
    "rules_intro", "new_prior", "new_adjective", "new_indefinite", "new_named_complement",
    "most_mentioned", "only_person", "role_conflict", "title",
    "role_similarity",  # the closest of the candidate's role words to the noun's (navec cosine)
    "member",           # an institution whose people a plural noun names (`прокуроры`: the prosecutor's office)
    "name_known",       # the news vectors put the person's surname beside the noun (`шахматист`, `Каспаров`)
    "complement_known",  # ... beside a word of the noun's complement (`глава Казахстана`, `Назарбаев`)
)

MODELS = {"pronoun": FEATURES, "role": ROLE_FEATURES}

WEIGHTS = "ranker.json"


class Trees:
    """Boosted regression trees (scikit-learn's, written out as arrays):
    the score of a row is the sum of the leaf values it reaches. All trees
    are walked at once, a level per step (padded to the largest tree), so
    a call costs a few numpy operations per level, not per tree."""

    def __init__(self, trees: list[dict]):
        width = max((len(t["feature"]) for t in trees), default=1)

        def padded(key: str, fill, dtype):
            out = np.full((len(trees), width), fill, dtype=dtype)
            for n, tree in enumerate(trees):
                out[n, :len(tree[key])] = tree[key]
            return out

        self.feature = np.maximum(padded("feature", 0, int), 0)  # (a leaf's -2 reads column 0, unused)
        self.threshold = padded("threshold", 0.0, float)
        self.left = padded("left", -1, int)
        self.right = padded("right", -1, int)
        self.value = padded("value", 0.0, float)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=float)
        count = len(self.value)  # trees
        if not count or not len(x):
            return np.zeros(len(x))
        tree = np.arange(count)[:, None]
        rows = np.arange(len(x))[None, :]
        node = np.zeros((count, len(x)), dtype=int)
        while True:
            left = self.left[tree, node]
            inner = left >= 0
            if not inner.any():
                break
            go_left = x[rows, self.feature[tree, node]] <= self.threshold[tree, node]
            node = np.where(inner, np.where(go_left, left, self.right[tree, node]), node)
        return self.value[tree, node].sum(axis=0)


@lru_cache(maxsize=1)
def _models() -> dict:
    try:
        text = resources.files("quotes").joinpath(WEIGHTS).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    data = json.loads(text)
    found = {}
    for kind, fit in data.get("models", {}).items():
        if tuple(fit.get("features", ())) != MODELS.get(kind):
            continue  # trained on other features: the rules decide
        if "trees" in fit:
            found[kind] = Trees(fit["trees"])
        else:
            found[kind] = (np.asarray(fit["weights"], dtype=float), float(fit["bias"]),
                           np.asarray(fit["mean"], dtype=float), np.asarray(fit["scale"], dtype=float))
        if "priors" in fit:
            found[kind + ":priors"] = (fit["priors"], float(fit["prior_default"]))
        if "never" in fit:
            found[kind + ":never"] = frozenset(fit["never"])
    return found


def prior(lemma: str, kind: str = "role") -> float:
    """How often a noun of this lemma started an entity of its own in the
    training articles (smoothed; the overall rate for unseen lemmas)."""
    priors, default = _models().get(kind + ":priors", ({}, 0.5))
    return float(priors.get(lemma, default))


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


def never_one(lemma: str, roles) -> bool:
    """Whether every one of `roles` is a role that, in the training
    articles' gold coreference, was never the same entity as a mention
    headed by `lemma`, though the two met often (`training/train_ranker.py`:
    `адвокат` and `судья` 0 of 88, `министр` and `премьер-министр` 0 of
    109). A person introduced as the lawyer is then no candidate for `судья`."""
    never = _models().get("role:never")
    if not never or not roles:
        return False
    return all(pair_key(lemma, r) in never for r in roles)


def model(kind: str = "pronoun"):
    """One model from the shipped file: (weights, bias, mean, scale) of a
    linear score, or `Trees`; None where the file is absent or the
    model was trained on other features."""
    return _models().get(kind)


def enabled(kind: str = "pronoun") -> bool:
    return os.environ.get("QUOTES_RANKER", "learned") != "rules" and model(kind) is not None


def vector(features: dict, kind: str = "pronoun") -> list[float]:
    """The features of one candidate, in the model's order (missing: 0)."""
    return [float(features.get(name, 0.0)) for name in MODELS[kind]]


def scores(rows: Sequence[Sequence[float]], kind: str = "pronoun") -> np.ndarray:
    """Learned scores of candidate rows (higher is likelier)."""
    fit = model(kind)
    if isinstance(fit, Trees):
        return fit(np.asarray(rows, dtype=float))
    weights, bias, mean, scale = fit
    x = (np.asarray(rows, dtype=float) - mean) / scale
    return x @ weights + bias
