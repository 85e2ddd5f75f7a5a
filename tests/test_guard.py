"""Untrusted text: invisible characters, very long documents and sentences,
and a time budget per document."""

import json
import random

import pytest

from conftest import quote_texts
from quotes import guard
from quotes.budget import document_budget, seconds_for, stage_of
from quotes.cli import main
from quotes.errors import DocumentTimeout
from quotes.output import check_offsets
from quotes.parse import layout
from quotes.parse.natasha import MAX_SENTENCE_TOKENS, _capped

CLEAN = "«Мы откроем школу в сентябре», — сказал глава района Петр Волков.\n"


def _speakers(result):
    return [(q.speaker.name if q.speaker else None) for q in result.quotes]


@pytest.mark.parametrize("text", [
    "«Мы откро\u0301ем школу в сентябре», — сказа\u0301л глава района Петр Волков.\n",
    "«Мы откроем школу в\u200b сентябре», — ска\u200dзал глава\u200f района Петр Во\u00adлков.\n",
    "\u202b«Мы откроем школу в сентябре», — cкaзал глава района Петр Вoлков.\u202c\n",
])
def test_invisible_characters_are_matched_through(extractor, text):
    result = extractor.extract_document(text)
    record = result.to_dict()
    assert check_offsets(text, record) == []
    assert _speakers(result) == ["Петр Волков"]
    quote = result.quotes[0]
    assert layout.clean(quote.text).text == "Мы откроем школу в сентябре"
    assert layout.clean(quote.cue.text).text == "сказал"
    assert text[quote.cue.start:quote.cue.end] == quote.cue.text


def test_decomposed_letters_are_composed_not_dropped():
    cleaned = layout.clean("Сергеи\u0306 Шоигу\u0301 и е\u0308лка")
    assert cleaned.text == "Сергей Шоигу и ёлка"
    start = cleaned.text.index("Сергей")
    assert cleaned.span(start, start + 6) == (0, 7)  # the breve belongs to the word


def test_clean_text_is_not_copied():
    assert not layout.clean(CLEAN).changed


def test_seed_with_sprinkled_characters_gives_its_nine_quotes(extractor, shared):
    text = (shared / "corpus" / "seed-dayaz-garaev.txt").read_text(encoding="utf-8")
    clean = extractor.extract_document(text)
    assert len(clean.quotes) == 9
    rnd = random.Random(15)
    invisible = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
                 "\u202a", "\u202c", "\u2066", "\u2069", "\u00ad", "\u0301", "\u0300"]
    latin = str.maketrans("асеорхАВСЕНКМОРТХ", "aceopxABCEHKMOPTX")
    for round in range(3):
        noisy = "".join(
            (c.translate(latin) if round == 2 and rnd.random() < 0.15 else c)
            + (rnd.choice(invisible) if round < 2 and c.isalpha() and rnd.random() < 0.08 else "")
            for c in text)
        result = extractor.extract_document(noisy)
        assert check_offsets(noisy, result.to_dict()) == []
        assert [layout.clean(t).text.translate(layout.HOMOGLYPHS) for t in quote_texts(result)] == \
            [t.translate(layout.HOMOGLYPHS) for t in quote_texts(clean)]
        assert _speakers(result) == _speakers(clean)
        assert [[r.name for r in q.chain] for q in result.quotes] == \
            [[r.name for r in q.chain] for q in clean.quotes]


def test_long_sentences_are_parsed_in_pieces(extractor):
    words = [(i, i + 1, w) for i, w in enumerate(("слово , " * 700).split())]
    pieces = _capped(words)
    assert [w for piece in pieces for w in piece] == words
    assert max(len(p) for p in pieces) <= MAX_SENTENCE_TOKENS
    assert all(p[-1][2] == "," for p in pieces[:-1])
    text = " ".join(["министр сказал что дождь пойдет"] * 200)
    doc = extractor.backend.parse(text)
    assert max(s.last - s.first for s in doc.sentences) <= MAX_SENTENCE_TOKENS
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)


def test_long_documents_go_block_by_block(extractor, monkeypatch):
    paragraphs = [
        "Глава района Петр Волков провел встречу с жителями.",
        "«Мы откроем школу в сентябре», — сказал он.",
        "Директор школы Анна Смирнова заявила, что ремонт почти закончен.",
        "«Учебники уже привезли», — добавила она.",
        "Как сообщает ТАСС, депутат Иван Петров считает, что денег хватит.",
    ] * 3
    text = "\n\n".join(paragraphs)
    whole = extractor.extract_document(text)
    monkeypatch.setattr(guard, "BLOCK_THRESHOLD", 300)
    monkeypatch.setattr(guard, "BLOCK_CHARS", 250)
    assert len(guard.blocks(text)) > 2
    parts = extractor.extract_document(text)
    assert check_offsets(text, parts.to_dict()) == []
    assert quote_texts(parts) == quote_texts(whole)
    assert _speakers(parts) == _speakers(whole)
    ids = [e.id for e in parts.entities]
    assert len(ids) == len(set(ids))
    assert {q.speaker.entity for q in parts.quotes if q.speaker and q.speaker.entity} <= set(ids)


def test_budget_stops_a_document_and_names_its_stage(tmp_path, capsys, monkeypatch):
    import quotes.direct as direct

    real = direct.find_floating

    def find_floating(doc, *args):
        while "медленно" in doc.text:
            pass
        return real(doc, *args)

    monkeypatch.setattr(direct, "find_floating", find_floating)
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in [
        ("slow", "Он говорил медленно."), ("fast", CLEAN)]) + "\n", encoding="utf-8")
    code = main(["extract", str(path), "--doc-timeout", "3"])
    out, err = capsys.readouterr()
    slow, fast = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert "over the 3 s CPU budget" in slow["error"] and "find_floating" in slow["error"]
    assert fast["quotes"]


def test_budget_scales_with_length_and_can_be_off():
    assert seconds_for(60, 5_000) == 60
    assert seconds_for(60, 250_000) == 150
    assert seconds_for(0, 10) is None
    with document_budget(None):
        pass
    with pytest.raises(DocumentTimeout):
        with document_budget(0.05):
            while True:
                pass
    assert stage_of(None) == "the extractor"
