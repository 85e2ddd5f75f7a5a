"""The command line: inputs of every kind, bad input, exit codes, help."""

import json
import subprocess
import sys

import jsonschema
import pytest

from quotes.cli import main
from quotes.output import schema


VALIDATOR = jsonschema.Draft202012Validator(schema())


def run(args, capsys, stdin=None, monkeypatch=None):
    """Run the CLI; every line it writes must match the shipped schema."""
    code = main(args)
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    for line in lines:
        VALIDATOR.validate(line)
    return code, lines, err


ARTICLE = "«Мы откроем школу в сентябре», — сказал глава района Петр Волков.\n"


def test_txt_file_id_is_stem(tmp_path, capsys):
    path = tmp_path / "volkov.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, lines, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert lines[0]["id"] == "volkov"
    assert lines[0]["quotes"][0]["text"] == "Мы откроем школу в сентябре"


def test_folder_reads_txt_files_sorted(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ничего не сказано.", encoding="utf-8")
    (tmp_path / "c.md").write_text(ARTICLE, encoding="utf-8")
    code, lines, _ = run(["extract", str(tmp_path)], capsys)
    assert code == 0
    assert [line["id"] for line in lines] == ["a", "b"]


def test_jsonl_with_renamed_fields(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"doc": "n1", "body": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, lines, _ = run(["extract", str(path), "--id-field", "doc", "--text-field", "body"], capsys)
    assert code == 0
    assert lines[0]["id"] == "n1" and lines[0]["quotes"]


def test_bad_jsonl_lines_are_reported_and_batch_goes_on(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        json.dumps({"id": "ok1", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n"
        + b"{not json\n"
        + json.dumps({"id": "notext"}).encode() + b"\n"
        + b'{"id": "latin1", "text": "\xe9t\xe9"}\n'
        + json.dumps({"id": "ok2", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n"
    )
    code, lines, err = run(["extract", str(path)], capsys)
    assert code == 1
    assert [line["id"] for line in lines] == ["ok1", "mixed:2", "notext", "mixed:4", "ok2"]
    assert "quotes" in lines[0] and "quotes" in lines[4]
    assert f"{path}:2" in lines[1]["error"] and f"{path}:2" in err
    assert "no 'text' field" in lines[2]["error"]
    assert "not UTF-8" in lines[3]["error"] and f"{path}:4" in err


def test_non_utf8_text_file_names_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Первая строка\n".encode("utf-8") + "вторая".encode("cp1251"))
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, lines, err = run(["extract", str(bad), str(good)], capsys)
    assert code == 1
    assert lines[0] == {"id": "bad", "error": lines[0]["error"]}
    assert f"{bad}:2" in lines[0]["error"] and f"{bad}:2" in err
    assert lines[1]["id"] == "good" and lines[1]["quotes"]


def test_missing_file_is_an_error_record(tmp_path, capsys):
    code, lines, err = run(["extract", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "no such file" in lines[0]["error"]


def test_empty_and_whitespace_texts_give_no_quotes(tmp_path, capsys):
    path = tmp_path / "blank.jsonl"
    path.write_text('{"id": "e", "text": ""}\n{"id": "w", "text": " \\n\\t "}\n', encoding="utf-8")
    code, lines, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert lines == [{"id": "e", "quotes": [], "entities": []}, {"id": "w", "quotes": [], "entities": []}]


def test_output_file(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


def test_stdin_text_and_jsonl():
    text = subprocess.run([sys.executable, "-m", "quotes", "extract", "-"], input=ARTICLE.encode(),
                          capture_output=True, check=True).stdout.decode()
    assert json.loads(text)["id"] == "stdin"
    line = json.dumps({"id": "s1", "text": ARTICLE}, ensure_ascii=False)
    out = subprocess.run([sys.executable, "-m", "quotes", "extract", "-", "--stdin-format", "jsonl"],
                         input=line.encode(), capture_output=True, check=True).stdout.decode()
    assert json.loads(out)["id"] == "s1"


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["eval", "--help"]])
def test_help_shows_an_example(args, capsys):
    with pytest.raises(SystemExit) as exit:
        main(args)
    assert exit.value.code == 0
    assert "examples:" in capsys.readouterr().out
