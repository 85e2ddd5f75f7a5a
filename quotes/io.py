"""Reading documents from files, folders, JSONL and stdin; writing JSONL.

Reading never stops at a bad record: a file that is not UTF-8, a line that
is not JSON or has no text becomes an `InputError` naming the file and line,
and the records after it are read as usual.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterator, Optional, Union

import attrs
import jsonlines


@attrs.frozen
class InputRecord:
    id: str
    text: str
    source: str
    line: Optional[int] = None


@attrs.frozen
class InputError:
    id: str
    source: str
    line: Optional[int]
    message: str

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def to_dict(self) -> dict:
        return {"id": self.id, "error": f"{self.where}: {self.message}"}


Item = Union[InputRecord, InputError]


def _decode(data: bytes, source: str, id: str) -> Union[str, InputError]:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return InputError(id, source, line,
                          f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})")


def read_text_file(path: Path) -> Item:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(path.stem, source, None, f"cannot read: {error.strerror or error}")
    text = _decode(data, source, path.stem)
    if isinstance(text, InputError):
        return text
    return InputRecord(path.stem, text, source)


def read_jsonl(handle: IO[bytes], source: str, id_field: str = "id",
               text_field: str = "text") -> Iterator[Item]:
    stem = Path(source).stem
    for number, raw in enumerate(handle, 1):
        fallback_id = f"{stem}:{number}"
        if not raw.strip():
            continue
        line = _decode(raw, source, fallback_id)
        if isinstance(line, InputError):
            yield attrs.evolve(line, line=number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(fallback_id, source, number, f"not JSON: {error.msg} (column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(fallback_id, source, number, "not a JSON object")
            continue
        id = record.get(id_field)
        id = str(id) if id is not None else fallback_id
        text = record.get(text_field)
        if text is None:
            yield InputError(id, source, number, f"no {text_field!r} field")
            continue
        if not isinstance(text, str):
            yield InputError(id, source, number, f"{text_field!r} is not a string")
            continue
        yield InputRecord(id, text, source, number)


def read_paths(paths: list[str], id_field: str = "id", text_field: str = "text",
               stdin: Optional[IO[bytes]] = None, stdin_format: str = "txt") -> Iterator[Item]:
    """Every document named by `paths`: `.txt` files, folders of them,
    `.jsonl` files, and `-` for standard input."""
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if stdin_format == "jsonl":
                yield from read_jsonl(stream, "<stdin>", id_field, text_field)
            else:
                text = _decode(stream.read(), "<stdin>", "stdin")
                yield text if isinstance(text, InputError) else InputRecord("stdin", text, "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
            if not files:
                yield InputError(path.name, name, None, "folder holds no .txt files")
            for file in files:
                yield read_text_file(file)
        elif not path.exists():
            yield InputError(path.stem, name, None, "no such file or folder")
        elif path.suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as handle:
                yield from read_jsonl(handle, name, id_field, text_field)
        else:
            yield read_text_file(path)


def count_documents(paths: list[str]) -> Optional[int]:
    """How many documents `paths` hold, where that is cheap to know."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            total += sum(1 for p in path.iterdir() if p.suffix == ".txt")
        elif path.suffix in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def writer(handle: IO[str]) -> jsonlines.Writer:
    return jsonlines.Writer(handle, dumps=lambda obj: json.dumps(obj, ensure_ascii=False),
                            flush=True)
