"""How a run ends: signals, full disks, closed pipes, bad output paths.

Each ending is one line on stderr and its own exit code, never a
traceback, and the output holds whole records only. The signal and pipe
cases run the command line as a subprocess, as a newsroom's cron would.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes import errors
from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("«Мы откроем школу в сентябре», — сказал глава района Петр Волков.\n"
           "По его словам, ремонт почти закончен.\n")


def _env():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QUOTES_DEBUG", None)
    return env


def _batch(tmp_path, count):
    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"id": f"d{number}", "text": ARTICLE}, ensure_ascii=False) + "\n")
    return path


def _start(args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "quotes", *args], env=_env(),
                            stderr=subprocess.PIPE, **kwargs)


def _wait_for_records(path, process, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= 2:
            return
        if process.poll() is not None:
            break
        time.sleep(0.05)
    pytest.fail(f"no records appeared in {path}")


def _whole_records(path):
    data = path.read_text(encoding="utf-8")
    assert data == "" or data.endswith("\n"), "the output ends in half a record"
    return [json.loads(line) for line in data.splitlines()]


@pytest.mark.parametrize("signum, code, word", [
    (signal.SIGINT, 130, "interrupted"),
    (signal.SIGTERM, 143, "terminated"),
])
def test_signal_part_way_leaves_whole_records(tmp_path, signum, code, word):
    source = _batch(tmp_path, 3000)
    out = tmp_path / "out.jsonl"
    process = _start(["extract", str(source), "-o", str(out)])
    _wait_for_records(out, process)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    err = err.decode()
    assert process.returncode == code
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and word in err
    records = _whole_records(out)
    assert 2 <= len(records) < 3000
    assert [r["id"] for r in records] == [f"d{i}" for i in range(len(records))]
    assert f"holds {len(records)} whole record" in err


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_during_a_write_counts_the_record_it_let_finish(tmp_path, capsys, monkeypatch, signum):
    """A signal that comes while a record is written waits for the record,
    and the closing line counts it: the line and the file agree (the
    subprocess tests above meet this timing only now and then)."""
    from quotes import endings
    from quotes import io as quotes_io

    out = tmp_path / "out.jsonl"
    write = quotes_io.Sink._write

    def write_then_signal(self, data):
        write(self, data)
        if data.startswith(b'{"id": "d1"'):
            os.kill(os.getpid(), signum)  # handled at once, with the record still held whole

    monkeypatch.setattr(quotes_io.Sink, "_write", write_then_signal)

    def command():
        with quotes_io.open_sink(str(out)) as sink:
            for number in range(5):
                sink.write({"id": f"d{number}", "text": ARTICLE})
        return 0

    code = endings.run(command)
    err = capsys.readouterr().err
    assert code == 128 + signum
    assert [r["id"] for r in _whole_records(out)] == ["d0", "d1"]
    assert "holds 2 whole records" in err, err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_full_device_is_one_line_and_its_own_code(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    process = _start(["extract", str(source), "-o", "/dev/full"])
    _, err = process.communicate(timeout=120)
    err = err.decode()
    assert process.returncode == errors.EXIT_DISK_FULL
    assert err.strip().splitlines() == ["quotes: cannot write /dev/full: no space left on the device"]


def test_closed_pipe_ends_quietly_with_its_code(tmp_path):
    source = _batch(tmp_path, 3000)
    process = _start(["extract", str(source)], stdout=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert json.loads(first)["id"] == "d0"
    assert process.returncode == errors.EXIT_PIPE
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "pipe" in err


@pytest.mark.parametrize("output, reason", [
    ("missing/out.jsonl", "no such folder"),
    (".", "it is a folder"),
])
def test_bad_output_fails_before_the_models_load(tmp_path, capsys, monkeypatch, output, reason):
    import quotes.cli as cli

    def no_models(*args, **kwargs):
        raise AssertionError("the models loaded before the output was checked")

    monkeypatch.setattr(cli, "_extractor", no_models)
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    code = main(["extract", str(source), "-o", str(tmp_path / output)])
    err = capsys.readouterr().err
    assert code == errors.EXIT_OUTPUT
    assert reason in err and len(err.strip().splitlines()) == 1


def test_read_only_file_is_refused_before_the_models_load(tmp_path, capsys, monkeypatch):
    import quotes.cli as cli
    import quotes.io as io

    monkeypatch.setattr(cli, "_extractor", lambda *a, **k: pytest.fail("models loaded"))
    target = tmp_path / "out.jsonl"
    target.write_text("", encoding="utf-8")
    target.chmod(0o444)
    # root may write anywhere: ask the same question the way a user would see it
    monkeypatch.setattr(io.os, "access", lambda path, mode: False)
    code = main(["parse", str(target), "-o", str(target)])
    assert code == errors.EXIT_OUTPUT
    assert "read-only" in capsys.readouterr().err


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and "130" in out and "141" in out


def test_offline_stanza_download_is_one_line(tmp_path, capsys, monkeypatch):
    stanza = pytest.importorskip("stanza")

    def offline(*args, **kwargs):
        raise ConnectionError("HTTPSConnectionPool(host='raw.githubusercontent.com', port=443): "
                              "Max retries exceeded\nwith a second line")

    monkeypatch.setattr(stanza, "download", offline)
    code = main(["stanza-download", "--dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == errors.EXIT_USAGE
    assert len(err.strip().splitlines()) == 1 and "no network" in err


def test_a_bug_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    import quotes.cli as cli

    monkeypatch.delenv("QUOTES_DEBUG", raising=False)
    monkeypatch.setattr(cli, "_extract", lambda args: {}["boom"])
    code = main(["extract", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == errors.EXIT_INTERNAL
    assert err.startswith("quotes: internal error: KeyError") and len(err.strip().splitlines()) == 1
