"""The input side: no batch is lost to one odd file, record or character.

Surrogates, unreadable folders, FIFOs, symlink loops and dangling links
each become a record naming the problem; `.json` files and JSONL on stdin
are read as documents, not as text; fields beyond id/text travel along.
"""

import io
import json
import os

import jsonschema
import pytest

from quotes.cli import main
from quotes.errors import InputError
from quotes.io import InputRecord, count_documents, read_paths, replace_surrogates
from quotes.output import schema

VALIDATOR = jsonschema.Draft202012Validator(schema())
ARTICLE = "«Школа откроется в сентябре», — заявила директор Анна Смирнова.\n"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    for line in lines:
        VALIDATOR.validate(line)
    return code, lines, err


def test_lone_surrogates_never_lose_the_batch(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"id": "a\\ud800", "text": "\\udc00\\n«Школа откроется в сентябре», — заявила директор."}\n'
        + json.dumps({"id": "after", "text": ARTICLE}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    code, lines, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert [line["id"] for line in lines] == ["a\ufffd", "after"]
    first = lines[0]
    assert first["warnings"] == ["id: 1 lone surrogate replaced by U+FFFD",
                                 "text: 1 lone surrogate replaced by U+FFFD"]
    assert first["quotes"][0]["text"] == "Школа откроется в сентябре"
    assert lines[1]["quotes"] and "warnings" not in lines[1]


def test_surrogates_anywhere_in_a_record_are_replaced_on_output(capsys):
    from quotes.io import open_sink

    with open_sink(None) as sink:
        sink.write({"id": "x", "error": "bad \udfff name", "meta": {"k\ud801": ["\ud802"]}})
    record = json.loads(capsys.readouterr().out)
    assert record["error"] == "bad \ufffd name" and record["meta"] == {"k\ufffd": ["\ufffd"]}
    assert record["warnings"] == ["output: 3 lone surrogates replaced by U+FFFD"]
    assert replace_surrogates("ok") == ("ok", 0)


def test_unreadable_folder_is_a_record_not_a_crash(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real = type(folder).iterdir

    def iterdir(self):
        if self.name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(folder), "iterdir", iterdir)
    items = list(read_paths([str(folder)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "cannot list folder: Permission denied" in items[0].message
    assert count_documents([str(folder)]) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_given_as_path_is_refused_at_once(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    items = list(read_paths([str(fifo)]))  # would block forever if opened
    assert isinstance(items[0], InputError) and "FIFO" in items[0].message
    assert count_documents([str(fifo)]) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_odd_entries_of_a_folder_are_named_not_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    items = {item.id: item for item in read_paths([str(tmp_path)])}
    assert isinstance(items["good"], InputRecord)
    assert items["loop"].message == "symbolic link loop"
    assert items["gone"].message == "dangling symbolic link"
    assert "FIFO" in items["pipe"].message


def test_recursive_folders_use_relative_ids(tmp_path):
    (tmp_path / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2026" / "12").mkdir(parents=True)
    (tmp_path / "2026" / "12" / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    flat = [item.id for item in read_paths([str(tmp_path)])]
    deep = [item.id for item in read_paths([str(tmp_path)], recursive=True)]
    assert flat == ["top"]
    assert deep == ["2026/12/deep", "top"]
    assert count_documents([str(tmp_path)], recursive=True) == 2


def test_json_files_are_documents(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": ARTICLE, "url": "https://example.org/1"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "m1", "text": ARTICLE}, {"id": "m2"}, 3]), encoding="utf-8")
    scalar = tmp_path / "scalar.json"
    scalar.write_text("42", encoding="utf-8")
    items = list(read_paths([str(one), str(many), str(scalar)]))
    assert items[0].id == "one" and items[0].text == ARTICLE
    assert items[0].meta == {"url": "https://example.org/1"}
    assert items[1].id == "m1"
    assert isinstance(items[2], InputError) and "no 'text' field" in items[2].message
    assert isinstance(items[3], InputError) and "not a JSON object" in items[3].message
    assert isinstance(items[4], InputError) and "a list of them" in items[4].message


@pytest.mark.parametrize("data, ids", [
    (b'{"id": "s1", "text": "\\u00ab\\u0414\\u0430\\u00bb"}\n{"id": "s2", "text": "x"}\n', ["s1", "s2"]),
    (b'[{"id": "j1", "text": "x"}]', ["j1"]),
    ("«Да», — сказал он.\n".encode(), ["stdin"]),
    (b"{not json at all", ["stdin"]),
])
def test_stdin_is_recognised(data, ids):
    items = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert [item.id for item in items] == ids


def test_meta_and_text_travel_into_the_record(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "n1", "text": ARTICLE, "url": "https://example.org/n1",
                    "date": "2026-12-02", "outlet": "Вести"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "n2", "outlet": "Вести"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    code, lines, _ = run(["extract", str(path), "--with-text"], capsys)
    assert code == 1
    first, second = lines
    assert first["meta"] == {"url": "https://example.org/n1", "date": "2026-12-02", "outlet": "Вести"}
    assert first["text"] == ARTICLE
    start, end = first["quotes"][0]["spans"][0]
    assert first["text"][start:end] == "Школа откроется в сентябре"
    assert second["meta"] == {"outlet": "Вести"} and "error" in second
    _, plain, _ = run(["extract", str(path)], capsys)
    assert "text" not in plain[0]
