"""Properties over arbitrary input: no crash, exact offsets, valid JSONL."""

import io
import json

import jsonschema
from hypothesis import HealthCheck, given, settings, strategies as st

from quotes.io import writer
from quotes.output import check_offsets, schema

RUSSIAN_PIECES = [
    "«", "»", "„", "“", "”", '"', " — ", " - ", ", ", ". ", ": ", "\n", "\n\n", "\u00a0",
    "сказал", "заявила", "отметил, что", "по словам", "как сообщает", "со ссылкой на",
    "Иван Петров", "он", "министр", "ТАСС", "Мы готовы", "говорится в заявлении",
    "об этом", "пишет", "газета", "Кремль", "?!", "…", "(", ")",
]
russian_like = st.lists(st.sampled_from(RUSSIAN_PIECES), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=200), russian_like)

VALIDATOR = jsonschema.Draft202012Validator(schema())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_string_extracts_with_exact_offsets_and_valid_schema(extractor, text):
    record = extractor.extract_document(text, id="x").to_dict()
    VALIDATOR.validate(record)
    assert check_offsets(text, record) == []
    for quote in record["quotes"]:
        for start, end in quote["spans"]:
            assert 0 <= start <= end <= len(text)
        if quote["parent"] is not None:
            assert 0 <= quote["parent"] < len(record["quotes"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(russian_like)
def test_jsonl_round_trip(extractor, text):
    record = extractor.extract_document(text, id="rt").to_dict()
    buffer = io.StringIO()
    with writer(buffer) as sink:
        sink.write(record)
    assert json.loads(buffer.getvalue()) == record


def test_error_record_matches_schema():
    VALIDATOR.validate({"id": "bad", "error": "bad.jsonl:3: not JSON"})


def test_apposition_top_climbs_names_to_their_noun_and_stops_on_a_cycle():
    from quotes.model import Doc, Sentence, Token

    def token(i, text, head, deprel):
        return Token(index=i, text=text, start=i * 10, end=i * 10 + len(text), lemma=text.lower(), upos="NOUN",
                     feats={}, head=head, deprel=deprel, sentence=0)

    # `Судья Любовь Дмитриева заявила`: the surname on the first name, the name on the role
    tokens = (token(0, "Судья", 3, "nsubj"), token(1, "Любовь", 0, "appos"), token(2, "Дмитриева", 1, "flat:name"),
              token(3, "заявила", None, "root"))
    doc = Doc(text=" " * 40, tokens=tokens, sentences=(Sentence(0, 0, 40, 0, 4, 0),), paragraphs=(), names=())
    assert doc.apposition_top(2) == 0 and doc.apposition_top(2, hops=1) == 1 and doc.apposition_top(3) == 3
    # two names each the other's apposition: no endless walk
    cyclic = (token(0, "Иван", 1, "appos"), token(1, "Петров", 0, "flat"))
    doc = Doc(text=" " * 20, tokens=cyclic, sentences=(Sentence(0, 0, 20, 0, 2, 0),), paragraphs=(), names=())
    assert doc.apposition_top(0) in (0, 1)
