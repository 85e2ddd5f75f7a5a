"""Fuzzing the whole pipeline with Russian news-like text (tests/fuzz_text.py).

Invariants on every record: no exception; every span non-empty, inside the
text and given back by `text[start:end]`; the spans of a quote in order and
not overlapping; parent indices valid and acyclic; no speaker in its own
chain; the record valid against the schema and writable as UTF-8; the same
input gives the same output. `benchmarks/fuzz.py` runs 100,000 cases.
"""

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings

from fuzz_text import WORDS, corpus_words, strategy, violations
from quotes.output import schema

VALIDATOR = jsonschema.Draft202012Validator(schema())
SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def words(request):
    try:
        shared = request.getfixturevalue("shared")
    except pytest.skip.Exception:
        shared = None
    return corpus_words(shared)


@settings(max_examples=300, **SETTINGS)
@given(data=strategy(WORDS))
@example(data='с› по словам ов\n"т н\n""')
@example(data="«Мы готовы», — сказал министр.\u200b\ud800")
def test_builtin_words_keep_every_invariant(extractor, data):
    record = extractor.extract_document(data, id="fuzz").to_dict()
    assert violations(data, record, VALIDATOR) == []


def test_corpus_words_keep_every_invariant(extractor, words):
    from hypothesis import given as given_

    @settings(max_examples=250, **SETTINGS)
    @given_(data=strategy(words))
    def check(data):
        record = extractor.extract_document(data, id="fuzz").to_dict()
        assert violations(data, record, VALIDATOR) == []

    check()


@settings(max_examples=60, **SETTINGS)
@given(data=strategy(WORDS))
def test_same_input_same_output(extractor, data):
    first = extractor.extract_document(data, id="d").to_dict()
    assert extractor.extract_document(data, id="d").to_dict() == first
