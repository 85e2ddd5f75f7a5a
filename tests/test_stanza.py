"""The Stanza backend without Stanza's published models.

- The adapter from `stanza.Document` keeps every field and offset, checked on
  real `stanza.Document`s built from CoNLL-U (UD treebank sentences where
  ../shared is present, and natasha's parse of the project's own corpus).
- Extraction does not care which backend's Doc it reads.
- The real loading path runs with a tiny depparse model trained here for a
  few steps on UD sentences over natasha's navec vectors: a test fixture,
  never shipped or presented as a Russian model.
- A missing model fails at once with the directory and the download command.
- The published pipeline runs on the seed only where its models are present.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")
from stanza.utils.conll import CoNLL  # noqa: E402

from conftest import ROOT, SHARED  # noqa: E402
from quotes.parse import BackendError  # noqa: E402
from quotes.parse.conllu import read_conllu, write_conllu  # noqa: E402
from quotes.parse.stanza import StanzaBackend, default_resources_dir, from_stanza, missing_models  # noqa: E402

UD = SHARED / "corpus" / "ud"


def corpus_texts(limit=25):
    lines = (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[:limit]]


def same_tokens(a, b):
    assert len(a.tokens) == len(b.tokens)
    for x, y in zip(a.tokens, b.tokens):
        assert (x.text, x.start, x.end, x.lemma, x.upos, dict(x.feats), x.head, x.deprel, x.sentence) == \
               (y.text, y.start, y.end, y.lemma, y.upos, dict(y.feats), y.head, y.deprel, y.sentence)
    assert [(s.start, s.end, s.first, s.last) for s in a.sentences] == \
           [(s.start, s.end, s.first, s.last) for s in b.sentences]


def test_adapter_keeps_every_field_of_natasha_parses(extractor):
    for text in corpus_texts():
        doc = extractor.backend.parse(text)
        stanza_doc = CoNLL.conll2doc(input_str=write_conllu(doc))
        adapted = from_stanza(stanza_doc, text)
        same_tokens(doc, adapted)
        assert [(n.start, n.end, n.type) for n in adapted.names] == [(n.start, n.end, n.type) for n in doc.names]
        for token in adapted.tokens:
            assert text[token.start:token.end] == token.text


def test_extraction_is_the_same_from_either_backends_doc(extractor):
    for text in corpus_texts(40):
        doc = extractor.backend.parse(text)
        adapted = from_stanza(CoNLL.conll2doc(input_str=write_conllu(doc)), text)
        assert extractor.extract_parsed(adapted).to_dict() == extractor.extract_parsed(doc).to_dict()


def test_adapter_on_ud_treebank_sentences(extractor):
    path = UD / "ru_pud-ud-test.conllu"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    sample = "\n\n".join(path.read_text(encoding="utf-8").split("\n\n")[:80]) + "\n\n"
    # the treebank's own words, as Stanza reads them and as we do
    words = [w for s in CoNLL.conll2doc(input_str=sample).sentences for w in s.words]
    ours = read_conllu(sample, "pud")
    our_tokens = [t for _, d in ours for t in d.tokens]
    assert [(w.text, w.lemma, w.upos, w.deprel, w.head) for w in words] == \
           [(t.text, t.lemma, t.upos, t.deprel,
             0 if t.head is None else t.head - d.sentences[t.sentence].first + 1)
            for _, d in ours for t in d.tokens]
    # with offsets written out, Stanza's document adapts back to the same Doc
    for _, doc in ours:
        adapted = from_stanza(CoNLL.conll2doc(input_str=write_conllu(doc)), doc.text)
        same_tokens(doc, adapted)
        extractor.extract_parsed(adapted)  # never raises on a real treebank parse


def test_missing_models_fail_fast_naming_the_directory(tmp_path):
    started = time.monotonic()
    with pytest.raises(BackendError) as error:
        StanzaBackend(resources_dir=str(tmp_path))
    assert time.monotonic() - started < 5
    message = str(error.value)
    assert str(tmp_path) in message and "stanza.download('ru'" in message
    assert "resources.json" in message and "ru/depparse/" in message


def test_missing_models_error_from_the_cli(tmp_path, capsys):
    from quotes.cli import main

    text = tmp_path / "a.txt"
    text.write_text("«Да», — сказал он.", encoding="utf-8")
    code = main(["extract", str(text), "--backend", "stanza", "--stanza-dir", str(tmp_path / "models")])
    assert code == 2
    assert "stanza.download" in capsys.readouterr().err


@pytest.fixture(scope="module")
def tiny_depparse(tmp_path_factory):
    """A depparse model trained for a few steps on UD sentences over navec
    vectors: it exercises Stanza's real loading path. A fixture, not a model."""
    if not (UD / "ru_taiga-ud-dev.conllu").exists():
        pytest.skip("the UD treebanks under ../shared are needed to train the fixture model")
    from natasha import NewsEmbedding
    from stanza.models.common.pretrain import Pretrain

    folder = tmp_path_factory.mktemp("tiny_stanza")
    blocks = (UD / "ru_taiga-ud-dev.conllu").read_text(encoding="utf-8").split("\n\n")
    (folder / "train.conllu").write_text("\n\n".join(blocks[:150]) + "\n\n", encoding="utf-8")
    (folder / "dev.conllu").write_text("\n\n".join(blocks[150:200]) + "\n\n", encoding="utf-8")
    embedding = NewsEmbedding()
    words = sorted({line.split("\t")[1].lower() for line in "\n\n".join(blocks[:200]).splitlines()
                    if line and not line.startswith("#") and len(line.split("\t")) == 10})
    words = [w for w in words if w in embedding]
    with open(folder / "vectors.txt", "w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} 300\n")
        for word in words:
            handle.write(word + " " + " ".join(f"{x:.4f}" for x in embedding[word]) + "\n")
    Pretrain(str(folder / "pretrain.pt"), str(folder / "vectors.txt")).load()
    subprocess.run([
        sys.executable, "-m", "stanza.models.parser", "--mode", "train",
        "--train_file", str(folder / "train.conllu"), "--eval_file", str(folder / "dev.conllu"),
        "--output_file", str(folder / "pred.conllu"), "--wordvec_pretrain_file", str(folder / "pretrain.pt"),
        "--lang", "ru", "--shorthand", "ru_fixture", "--max_steps", "30", "--eval_interval", "15",
        "--save_dir", str(folder / "models"), "--save_name", "depparse.pt", "--batch_size", "500",
        "--hidden_dim", "32", "--deep_biaff_hidden_dim", "32", "--deep_biaff_output_dim", "16",
        "--word_emb_dim", "16", "--char_hidden_dim", "16", "--char_emb_dim", "16", "--tag_emb_dim", "8",
        "--transformed_dim", "32", "--num_layers", "1", "--no_bert_model", "--cpu", "--no_checkpoint",
    ], check=True, capture_output=True)
    resources = folder / "resources"
    resources.mkdir()
    (resources / "resources.json").write_text(json.dumps({"ru": {"lang_name": "Russian"}}), encoding="utf-8")
    return folder


def test_real_loading_path_with_a_tiny_trained_model(tiny_depparse, extractor):
    pipeline = stanza.Pipeline(
        "ru", dir=str(tiny_depparse / "resources"), processors="depparse", download_method=None,
        depparse_model_path=str(tiny_depparse / "models" / "depparse.pt"),
        depparse_pretrain_path=str(tiny_depparse / "pretrain.pt"),
        depparse_pretagged=True, logging_level="WARN",
    )
    backend = StanzaBackend(pipeline=pipeline)
    text = "«Мы готовы к переговорам», — сказал министр Иван Петров. Он добавил, что встреча пройдет в Москве."
    tagged = CoNLL.conll2doc(input_str=write_conllu(extractor.backend.parse(text)))
    doc = backend.parse_pretagged(tagged, text)
    assert doc.backend == "stanza" and len(doc.tokens) > 10
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert any(t.head is not None for t in doc.tokens)
    result = extractor.extract_parsed(doc)  # the tiny model parses badly; extraction must still hold
    for quote in result.quotes:
        assert quote.text == " … ".join(text[s.start:s.end] for s in quote.spans)
    direct = [q for q in result.quotes if q.type == "direct"]
    assert direct and direct[0].text == "Мы готовы к переговорам"


def test_published_pipeline_on_the_seed():
    directory = default_resources_dir()
    missing = missing_models(directory)
    if missing:
        pytest.skip(f"Stanza's Russian models are not in {directory} (missing {', '.join(missing)}); "
                    "run stanza.download('ru') on a machine with internet to run this test")
    from quotes import Extractor

    seed = SHARED / "corpus" / "seed-dayaz-garaev.txt"
    if not seed.exists():
        pytest.skip(f"{seed} is absent")
    quotes = Extractor("stanza").extract(seed.read_text(encoding="utf-8"))
    assert [q.cue.text for q in quotes if q.type == "direct"] == ["сказал", "сказал", "подчеркнул"]
