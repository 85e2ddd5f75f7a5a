"""Batches: worker processes give the records of one process in input order;
a killed run resumed gives every record once; Dask and Parquet give the
records of the sequential run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from quotes.batch import completed, skip_done
from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    ("a1", "«Мы не будем повышать тарифы в этом году», — заявил глава компании Игорь Семенов."),
    ("a2", "Министр финансов сообщил, что бюджет будет исполнен полностью. По его словам, "
           "дефицита удастся избежать."),
    ("a3", "Погода в столице остается теплой, дожди не ожидаются."),
    ("a4", "Как передает агентство, мэр города Анна Ковалева назвала ремонт моста «делом чести»."),
    ("a5", "«Решение окончательное», — сказала судья. Адвокат обвиняемого пообещал обжаловать приговор."),
]


def _write_jsonl(path: Path, pairs, broken_after: int | None = None) -> None:
    lines = []
    for n, (ident, text) in enumerate(pairs):
        lines.append(json.dumps({"id": ident, "text": text}, ensure_ascii=False))
        if broken_after == n:
            lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_workers_give_the_records_of_one_process_in_input_order(tmp_path):
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, TEXTS, broken_after=1)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(source), "-o", str(one), "--jobs", "1", "--quiet"]) == 1
    assert main(["extract", str(source), "-o", str(two), "--jobs", "2", "--quiet"]) == 1
    assert one.read_bytes() == two.read_bytes()
    records = [json.loads(line) for line in one.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2", "in:3", "a3", "a4", "a5"]
    assert "error" in records[2] and "in.jsonl:3" in records[2]["error"]
    assert records[0]["quotes"][0]["speaker"]["name"] == "Игорь Семенов"


def test_resume_keeps_what_is_there_and_drops_a_half_line(tmp_path):
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, TEXTS)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert main(["extract", str(source), "-o", str(full), "--jobs", "1", "--quiet"]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:2]) + lines[2][:17])  # a kill in the middle of a record
    assert completed(str(partial)) == Counter({"a1": 1, "a2": 1})
    assert partial.read_bytes() == b"".join(lines[:2])
    assert main(["extract", str(source), "-o", str(partial), "--resume", "--jobs", "1", "--quiet"]) == 0
    assert partial.read_bytes() == full.read_bytes()


def test_skip_done_counts_repeated_ids():
    class Item:
        def __init__(self, id):
            self.id = id

    items = [Item("x"), Item("y"), Item("x"), Item("z")]
    assert [i.id for i in skip_done(items, Counter({"x": 1, "y": 1}))] == ["x", "z"]


def test_resume_refuses_a_file_that_is_not_jsonl(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, TEXTS[:1])
    out = tmp_path / "out.jsonl"
    out.write_text("это не JSONL\n", encoding="utf-8")
    assert main(["extract", str(source), "-o", str(out), "--resume", "--quiet"]) == 2
    assert "out.jsonl:1" in capsys.readouterr().err


def _newsru(shared: Path, count: int) -> list[dict]:
    with open(shared / "corpus" / "news" / "newsru-500.jsonl", encoding="utf-8") as handle:
        return [json.loads(next(handle)) for _ in range(count)]


def test_a_killed_run_resumed_has_every_id_once(shared, tmp_path, extractor):
    documents = _newsru(shared, 30)
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "quotes", "extract", str(source), "-o", str(out), "--jobs", "1", "--quiet"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and run.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    if run.poll() is not None:
        pytest.skip("the run finished before it could be killed")
    run.send_signal(signal.SIGKILL)
    run.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < len(documents)
    resumed = subprocess.run(command + ["--resume"], env=env, stderr=subprocess.PIPE, text=True)
    assert resumed.returncode == 0, resumed.stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]  # no half line
    ids = [r["id"] for r in records]
    assert ids == [d["id"] for d in documents]  # none missing, none twice, in order
    for document, record in zip(documents, records):
        assert record == extractor.extract_document(document["text"], id=document["id"]).to_dict()


# --- Dask and Parquet ----------------------------------------------------------------

def test_dask_cluster_and_parquet_give_the_sequential_records(shared, tmp_path, extractor):
    pytest.importorskip("dask.distributed")
    pq = pytest.importorskip("pyarrow.parquet")
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from quotes.dask import extract_bag
    from quotes.tables import document_row, quote_rows

    documents = _newsru(shared, 100)
    expected = [extractor.extract_document(d["text"], id=d["id"]).to_dict() for d in documents]

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        bag = db.from_sequence(documents, npartitions=8)
        assert extract_bag(bag).compute() == expected
        pairs = db.from_sequence([(d["id"], d["text"]) for d in documents[:10]], npartitions=2)
        assert extract_bag(pairs).compute() == expected[:10]

    documents, expected = documents[:30], expected[:30]  # the command line: fewer, same path
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    folder = tmp_path / "tables"
    assert main(["extract", str(source), "--dask", "local", "--jobs", "2", "--format", "parquet",
                 "-o", str(folder), "--quiet"]) == 0
    quotes = pq.read_table(folder / "quotes.parquet").to_pylist()
    docs = pq.read_table(folder / "documents.parquet").to_pylist()
    assert docs == [document_row(r) for r in expected]
    assert quotes == [row for r in expected for row in quote_rows(r)]


def test_extract_dataframe_gives_a_row_per_quote(extractor, monkeypatch):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from quotes import dask as quotes_dask
    from quotes.tables import quote_rows

    monkeypatch.setitem(quotes_dask._LOADED, ("natasha", False, ()), extractor)  # no second load
    frame = pd.DataFrame({"url": [i for i, _ in TEXTS], "body": [t for _, t in TEXTS]})
    result = quotes_dask.extract_dataframe(dd.from_pandas(frame, npartitions=2), text="body", id="url")
    rows = result.compute(scheduler="synchronous")
    expected = [row for ident, text in TEXTS
                for row in quote_rows(extractor.extract_document(text, id=ident).to_dict())]
    got = [{k: (None if pd.isna(v) else v) for k, v in r.items() if k != "spans"} for r in rows.to_dict("records")]
    assert got == [{k: v for k, v in r.items() if k != "spans"} for r in expected]
    assert [list(map(list, r)) for r in rows["spans"]] == [r["spans"] for r in expected]
    assert set(rows["id"]) >= {"a1", "a2"}
