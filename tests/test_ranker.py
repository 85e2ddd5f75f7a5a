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
    assert tuple(data["features"]) == ranker.FEATURES
    assert len(data["weights"]) == len(data["mean"]) == len(data["scale"]) == len(ranker.FEATURES)
    assert ranker.model() is not None
    rows = [ranker.vector({"rules": 14, "last_speaker": 1, "spoke": 1}), ranker.vector({"rules": 2, "distance": 3})]
    learned = ranker.scores(rows)
    assert learned.shape == (2,) and learned[0] > learned[1]


@pytest.mark.parametrize("mode", ["rules", "learned"])
def test_pronoun_after_a_named_speaker_either_way(extractor, monkeypatch, mode):
    monkeypatch.setenv("QUOTES_RANKER", mode)
    text = ("Глава «Роскосмоса» Юрий Борисов посетил Байконур. "
            "Он сообщил, что запуск перенесен на весну.")
    q = next(q for q in extractor.extract(text) if "запуск" in q.text)
    assert q.speaker.name == "Юрий Борисов"
