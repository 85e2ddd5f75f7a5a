"""`quotes extract --format csv|tsv`: one row per quote, read back by `csv`."""

import csv
import io
import json

import pytest

from quotes.cli import main
from quotes.export import COLUMNS, FORMATS, rows, write_rows

ARTICLE = ("Как передает «Волжская правда», губернатор Андрей Орлов заявил, что \"дороги\t"
           "починят\" к маю.\n\n«Деньги есть,\nи подрядчик найден», — сказал он журналистам.\n")


@pytest.fixture(scope="module")
def records(extractor):
    return [extractor.extract_document(ARTICLE, id="orlov").to_dict(),
            {"id": "empty", "quotes": [], "entities": []},
            {"id": "broken", "error": "broken.txt: not UTF-8"}]


@pytest.mark.parametrize("fmt,dialect", [("csv", "excel"), ("tsv", "excel-tab")])
def test_rows_read_back_with_the_csv_module(records, fmt, dialect):
    buffer = io.StringIO(newline="")
    count = write_rows(records, buffer, fmt)
    data = buffer.getvalue()
    assert data.startswith("\ufeff") == (fmt == "csv")
    read = list(csv.DictReader(io.StringIO(data.lstrip("\ufeff"), newline=""), dialect=dialect))
    quotes = records[0]["quotes"]
    assert any("\n" in q["text"] for q in quotes) and any("\t" in q["text"] for q in quotes)
    assert count == len(read) == len(quotes) >= 2
    assert [r["text"] for r in read] == [q["text"] for q in quotes]
    assert list(read[0]) == list(COLUMNS)


def test_row_fields(records):
    quotes = records[0]["quotes"]
    [first, second] = list(rows(records[0]))[:2]
    assert first["document"] == "orlov" and first["speaker"] == "Андрей Орлов"
    assert first["kind"] == "person" and first["cue"] == "заявил"
    assert first["chain"] == "Волжская правда"
    assert (first["start"], first["end"]) == tuple(quotes[0]["spans"][0])
    assert json.loads(second["spans"]) == quotes[1]["spans"] and second["mention"] == "он"
    assert ARTICLE[first["start"]:first["end"]] == first["text"]


def test_chain_is_joined_with_arrows():
    record = {"id": "x", "quotes": [{
        "type": "direct", "spans": [[0, 3]], "text": "abc", "cue": None, "speaker": None,
        "chain": [{"name": "Day.Az"}, {"name": "Trend"}], "parent": None, "confidence": 0.5, "rule": "r"}]}
    [row] = rows(record)
    assert row["chain"] == "Day.Az → Trend" and row["speaker"] is None


def test_extract_format_option(tmp_path, capsys):
    article = tmp_path / "orlov.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "quotes.csv"
    assert main(["extract", str(article), "--format", "csv", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert len(read) >= 2 and read[0]["document"] == "orlov" and "Андрей Орлов" in read[0]["speaker"]
    assert main(["extract", str(article), "--format", "tsv"]) == 0
    out_text = capsys.readouterr().out
    assert out_text.startswith("document\tquote\ttype\t")


def test_formats_are_a_registry():
    assert list(FORMATS)[:3] == ["jsonl", "csv", "tsv"]


def test_csv_of_real_news_reads_back_one_row_per_quote(shared, extractor):
    lines = (shared / "corpus" / "news" / "newsru-500.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    records = [extractor.extract_document(doc["text"], id=doc["id"]).to_dict()
               for doc in map(json.loads, lines)]
    buffer = io.StringIO(newline="")
    write_rows(records, buffer, "csv")
    read = list(csv.DictReader(io.StringIO(buffer.getvalue().lstrip("\ufeff"), newline="")))
    quotes = [(r["id"], q["text"]) for r in records for q in r["quotes"]]
    assert len(quotes) > 4
    assert [(row["document"], row["text"]) for row in read] == quotes
