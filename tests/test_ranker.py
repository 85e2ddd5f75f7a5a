"""The learned ranker: shipped weights that fit its features, and a switch
back to the rules."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from quotes import ranker


def test_shipped_weights_fit_the_features():
    path = resources.files("quotes").joinpath(ranker.WEIGHTS)
    if not path.is_file():
        pytest.skip("no ranker weights shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    for kind, features in ranker.MODELS.items():
        fit = data["models"][kind]
        assert tuple(fit["features"]) == features
        if "trees" in fit:  # every split reads one of the features; children inside the tree
            for tree in fit["trees"]:
                size = len(tree["feature"])
                assert all(f < len(features) for f in tree["feature"])
                assert all(-1 <= c < size for c in tree["left"] + tree["right"])
                assert len(tree["threshold"]) == len(tree["value"]) == size
        else:
            assert len(fit["weights"]) == len(fit["mean"]) == len(fit["scale"]) == len(features)
        assert ranker.model(kind) is not None
    rows = [ranker.vector({"rules": 14, "last_speaker": 1, "spoke": 1}), ranker.vector({"rules": 2, "distance": 3})]
    learned = ranker.scores(rows)
    assert learned.shape == (2,) and learned[0] > learned[1]
    # a role noun: the person introduced with that role, near, outranks one far away
    near = ranker.vector({"same_role": 1, "distance": 0, "same_paragraph": 1, "named_person": 1, "spoke": 1,
                          "mentions": 2, "rules_intro": 1}, "role")
    far = ranker.vector({"distance": 9, "far": 1, "named_person": 1, "mentions": 1}, "role")
    assert ranker.scores([near, far], "role")[0] > ranker.scores([near, far], "role")[1]
    assert 0.0 <= ranker.prior("эксперт") <= 1.0


def test_weights_for_other_features_leave_the_rules(monkeypatch):
    monkeypatch.setattr(ranker, "_models", lambda: {})
    assert not ranker.enabled("pronoun") and not ranker.enabled("role")


@pytest.mark.parametrize("mode", ["rules", "learned"])
def test_pronoun_after_a_named_speaker_either_way(extractor, monkeypatch, mode):
    monkeypatch.setenv("QUOTES_RANKER", mode)
    text = ("Глава «Роскосмоса» Юрий Борисов посетил Байконур. "
            "Он сообщил, что запуск перенесен на весну.")
    q = next(q for q in extractor.extract(text) if "запуск" in q.text)
    assert q.speaker.name == "Юрий Борисов"


def test_trees_sum_the_leaves_each_row_reaches():
    # one split on feature 1 at 0.5: left leaf -1, right leaf +2; a stump on feature 0
    trees = ranker.Trees([
        {"feature": [1, -2, -2], "threshold": [0.5, -2, -2], "left": [1, -1, -1], "right": [2, -1, -1],
         "value": [0.0, -1.0, 2.0]},
        {"feature": [0, -2, -2], "threshold": [3.0, -2, -2], "left": [1, -1, -1], "right": [2, -1, -1],
         "value": [0.0, 0.5, 0.0]},
    ])
    import numpy as np

    scores = trees(np.asarray([[0.0, 0.0], [0.0, 1.0], [5.0, 1.0]]))
    assert scores.tolist() == [-0.5, 2.5, 2.0]


def test_role_similarity_reads_natasha_vectors():
    from quotes import vectors

    assert vectors.similarity("эксперт", "эксперт") == 1.0
    assert vectors.similarity("оппозиционер", "активист") > vectors.similarity("оппозиционер", "король")
    assert vectors.similarity("оппозиционер", "несуществующееслово") == 0.0
    assert vectors.closest("эксперт", ["король", "политолог"]) == vectors.similarity("эксперт", "политолог")
    assert vectors.closest("эксперт", []) == 0.0


def test_dev_links_tell_a_miss_from_a_wrong_link():
    # rows: the first feature is `new`; a group's labels say which rows are right
    train_ranker = pytest.importorskip("training.train_ranker")
    groups = [
        {"rows": [[1.0], [0.0]], "labels": [False, True]},   # an antecedent is right
        {"rows": [[1.0], [0.0]], "labels": [True, False]},   # `new` is right
        {"rows": [[1.0], [0.0], [0.0]], "labels": [False, False, True]},
    ]
    prefer_new = train_ranker.links(groups, lambda rows: [r[0] for r in rows])
    assert prefer_new == {"linked": 0, "kept new": 1, "missed": 2, "wrong": 0}
    prefer_link = train_ranker.links(groups, lambda rows: [1 - r[0] for r in rows])
    # ties go to the first of the equal candidates, as in `antecedents.choose`
    assert prefer_link == {"linked": 1, "kept new": 0, "missed": 0, "wrong": 2}


def test_a_fixed_offset_leaves_only_what_it_misses_to_learn():
    # two candidates per mention; the new feature marks the right one in
    # every group. With no offset it gets a large weight; with an offset that
    # already ranks every group right it needs much less
    pytest.importorskip("scipy")
    train_ranker = pytest.importorskip("training.train_ranker")
    import numpy as np

    x = np.asarray([[1.0], [-1.0]] * 20)
    y = [True, False] * 20
    sizes = [2] * 20
    alone = train_ranker.fit_listwise(x, y, sizes, 10.0)
    decided = train_ranker.fit_listwise(x, y, sizes, 10.0, offset=np.asarray([5.0, -5.0] * 20))
    assert alone[0] > 1.0 and 0.0 <= decided[0] < alone[0] / 10


def test_never_one_reads_the_role_pairs_the_gold_never_joined():
    if ranker.model("role") is None:
        pytest.skip("no role model shipped")
    assert ranker.never_one("судья", {"адвокат"})
    assert ranker.never_one("президент", {"министр"})
    assert not ranker.never_one("политолог", {"эксперт"})  # often one person
    assert not ranker.never_one("судья", {"адвокат", "судья"})  # one of its roles may be this one
    assert not ranker.never_one("судья", set())


def test_trees_walk_all_trees_as_one_tree_at_a_time_would():
    """The level-at-a-time walk over padded trees gives each row the leaves
    a walk down each tree alone reaches (trees of unequal size)."""
    import numpy as np

    rng = np.random.default_rng(7)
    trees = []
    for _ in range(20):  # random complete trees of depth 1 to 3 over 4 features
        depth = int(rng.integers(1, 4))
        inner = 2 ** depth - 1
        size = 2 ** (depth + 1) - 1
        trees.append({"feature": [int(rng.integers(0, 4)) if n < inner else -2 for n in range(size)],
                      "threshold": [float(rng.normal()) if n < inner else -2.0 for n in range(size)],
                      "left": [2 * n + 1 if n < inner else -1 for n in range(size)],
                      "right": [2 * n + 2 if n < inner else -1 for n in range(size)],
                      "value": [float(rng.normal()) for _ in range(size)]})
    x = rng.normal(size=(30, 4))

    def alone(row):
        total = 0.0
        for tree in trees:
            n = 0
            while tree["left"][n] >= 0:
                n = tree["left"][n] if row[tree["feature"][n]] <= tree["threshold"][n] else tree["right"][n]
            total += tree["value"][n]
        return total

    assert np.allclose(ranker.Trees(trees)(x), [alone(row) for row in x])
    assert ranker.Trees(trees)(np.zeros((0, 4))).shape == (0,)
