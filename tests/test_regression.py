"""The regression gate: the extractor's scores on corpus/ never drop below
corpus/baseline.json (raised deliberately by `benchmarks/quality.py
--raise-baseline` in the commit that earns it), and corpus/gold.jsonl is
built from its sources."""

import importlib.util
import json

import pytest

from conftest import ROOT
from quotes.evaluate import evaluate_file

BASELINE = json.loads((ROOT / "corpus" / "baseline.json").read_text(encoding="utf-8"))


def _builder():
    spec = importlib.util.spec_from_file_location("corpus_build", ROOT / "corpus" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_is_built_from_its_sources():
    builder = _builder()
    assert (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8") == builder.render(builder.build())


def test_corpus_has_at_least_sixty_documents_and_a_readme():
    docs = _builder().build()
    assert len(docs) >= 60
    readme = (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")
    for doc in docs:
        assert doc["id"] in readme


@pytest.fixture(scope="module")
def figures(extractor):
    return evaluate_file(str(ROOT / "corpus" / "gold.jsonl"), extractor=extractor).figures()


@pytest.mark.parametrize("figure", sorted(BASELINE))
def test_no_figure_drops_below_baseline(figures, figure):
    assert figures[figure] >= BASELINE[figure] - 1e-9, (
        f"{figure} fell to {figures[figure]} from the baseline {BASELINE[figure]}")
