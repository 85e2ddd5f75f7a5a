"""Reading documents from files, folders, JSON, JSONL and stdin; writing JSONL.

Reading never stops at a bad record: a file that is not UTF-8, a line that
is not JSON or has no text, a folder that cannot be listed, a FIFO, a
dangling link becomes an `InputError` naming the file and line, and the
records after it are read as usual. Nothing here blocks on a FIFO or raises
on a path: a path is looked at (`stat`) before it is opened.

Writing goes through `Sink`: one whole record per write, flushed, so that a
full disk, a closed pipe or Ctrl-C never leaves half a line behind.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

import attrs
import jsonlines

from . import endings
from .errors import InputError, OutputError

__all__ = [
    "InputRecord", "InputError", "Item", "read_paths", "read_jsonl", "read_json",
    "read_text_file", "count_documents", "finish_record", "Sink", "open_sink",
    "check_output", "writer", "replace_surrogates",
]


@attrs.frozen
class InputRecord:
    id: str
    text: str
    source: str
    line: Optional[int] = None
    # input fields beyond id and text (url, date, outlet …), carried to the output
    meta: Optional[dict] = attrs.field(default=None, eq=False)
    # what had to be repaired on the way in (lone surrogates replaced …)
    warnings: tuple[str, ...] = ()


Item = Union[InputRecord, InputError]

# --- strings that cannot be written as UTF-8 ------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(value: Any) -> tuple[Any, int]:
    """`value` with every lone surrogate (which UTF-8 cannot encode) replaced
    by U+FFFD, in strings, keys and nested lists and dicts; and how many.
    One code point for one, so offsets into a repaired text stay valid."""
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value)
    if isinstance(value, dict):
        total, result = 0, {}
        for key, item in value.items():
            key, k = replace_surrogates(key)
            item, n = replace_surrogates(item)
            result[key] = item
            total += k + n
        return result, total
    if isinstance(value, (list, tuple)):
        total, result = 0, []
        for item in value:
            item, n = replace_surrogates(item)
            result.append(item)
            total += n
        return result, total
    return value, 0


def _repaired(value: Any, what: str, warnings: list[str]) -> Any:
    value, count = replace_surrogates(value)
    if count:
        warnings.append(f"{what}: {count} lone surrogate{'s' if count > 1 else ''} "
                        f"replaced by U+FFFD")
    return value


# --- reading ------------------------------------------------------------------


def _decode(data: bytes, source: str, id: str) -> Union[str, InputError]:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return InputError(id, source, line,
                          f"not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})")


_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe): give its content on stdin as -",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def _not_readable(path: Path) -> Optional[str]:
    """Why `path` cannot be read as a regular file, without opening it
    (opening a FIFO would block until a writer comes)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "dangling symbolic link" if path.is_symlink() else "no such file or folder"
    except OSError as error:
        if error.errno == 40:  # ELOOP
            return "symbolic link loop"
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file: " + _KINDS.get(stat.S_IFMT(mode), "a special file")


def read_text_file(path: Path, id: Optional[str] = None) -> Item:
    source = str(path)
    id = id if id is not None else path.stem
    problem = _not_readable(path)
    if problem:
        return InputError(id, source, None, problem)
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(id, source, None, f"cannot read: {error.strerror or error}")
    text = _decode(data, source, id)
    if isinstance(text, InputError):
        return text
    return InputRecord(id, text, source)


def _from_object(record: Any, source: str, line: Optional[int], fallback_id: str,
                 id_field: str, text_field: str) -> Item:
    """One input document from a parsed JSON object."""
    if not isinstance(record, dict):
        return InputError(fallback_id, source, line, "not a JSON object")
    warnings: list[str] = []
    raw_id = record.get(id_field)
    id = _repaired(str(raw_id), "id", warnings) if raw_id is not None else fallback_id
    meta = {k: v for k, v in record.items() if k not in (id_field, text_field)}
    meta = _repaired(meta, "meta", warnings) if meta else None
    text = record.get(text_field)
    if text is None:
        return InputError(id, source, line, f"no {text_field!r} field", meta)
    if not isinstance(text, str):
        return InputError(id, source, line, f"{text_field!r} is not a string", meta)
    text = _repaired(text, "text", warnings)
    return InputRecord(id, text, source, line, meta, tuple(warnings))


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
        except (json.JSONDecodeError, RecursionError) as error:
            message = (f"not JSON: {error.msg} (column {error.colno})"
                       if isinstance(error, json.JSONDecodeError) else "not JSON: nested too deep")
            yield InputError(fallback_id, source, number, message)
            continue
        yield _from_object(record, source, number, fallback_id, id_field, text_field)


def read_json(data: bytes, source: str, id_field: str = "id",
              text_field: str = "text") -> Iterator[Item]:
    """A `.json` file: one object with a text field, or a list of them."""
    stem = Path(source).stem
    text = _decode(data, source, stem)
    if isinstance(text, InputError):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(stem, source, error.lineno, f"not JSON: {error.msg} (column {error.colno})")
        return
    except RecursionError:
        yield InputError(stem, source, None, "not JSON: nested too deep")
        return
    if isinstance(value, dict):
        yield _from_object(value, source, None, stem, id_field, text_field)
    elif isinstance(value, list):
        if not value:
            yield InputError(stem, source, None, "the JSON list is empty")
        for number, record in enumerate(value, 1):
            yield _from_object(record, f"{source}[{number}]", None, f"{stem}:{number}",
                               id_field, text_field)
    else:
        yield InputError(stem, source, None,
                         f"a .json file must hold an object with a {text_field!r} field "
                         f"or a list of them")


def _sniff_stdin(data: bytes) -> str:
    """`jsonl`, `json` or `txt`: what standard input looks like."""
    head = data.lstrip()[:1]
    if head == b"{":
        first = data.lstrip().split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            pass
    elif head == b"[":
        try:
            if isinstance(json.loads(data), list):
                return "json"
        except (ValueError, RecursionError):
            pass
    return "txt"


def _read_stdin(stream: IO[bytes], stdin_format: str, id_field: str,
                text_field: str) -> Iterator[Item]:
    if stdin_format == "jsonl":
        yield from read_jsonl(stream, "<stdin>", id_field, text_field)
        return
    data = stream.read()
    kind = _sniff_stdin(data) if stdin_format == "auto" else stdin_format
    if kind == "jsonl":
        import io

        yield from read_jsonl(io.BytesIO(data), "<stdin>", id_field, text_field)
    elif kind == "json":
        yield from read_json(data, "<stdin>", id_field, text_field)
    else:
        text = _decode(data, "<stdin>", "stdin")
        yield text if isinstance(text, InputError) else InputRecord("stdin", text, "<stdin>")


def _folder_entries(folder: Path, recursive: bool) -> Iterator[Union[tuple[Path, str], InputError]]:
    """`(path, id)` of every `.txt` entry of `folder`, sorted; an InputError
    for a folder that cannot be listed. The id is the file's stem, or its
    path below `folder` without `.txt` when reading recursively."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        yield InputError(folder.name or str(folder), str(folder), None,
                         f"cannot list folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.suffix == ".txt":
            yield entry, entry.stem
        elif recursive and entry.is_dir() and not entry.is_symlink():
            for item in _folder_entries(entry, recursive):
                if isinstance(item, tuple):
                    yield item[0], f"{entry.name}/{item[1]}"
                else:
                    yield item


def read_paths(paths: list[str], id_field: str = "id", text_field: str = "text",
               stdin: Optional[IO[bytes]] = None, stdin_format: str = "auto",
               recursive: bool = False) -> Iterator[Item]:
    """Every document named by `paths`: `.txt` files, folders of them
    (`recursive`: and of their subfolders), `.jsonl` and `.json` files, and
    `-` for standard input (`stdin_format` auto: JSONL or a JSON list when
    it looks like one, else one text)."""
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, stdin_format, id_field, text_field)
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for entry in _folder_entries(path, recursive):
                found = True
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield read_text_file(entry[0], entry[1])
            if not found:
                more = "" if recursive else " (--recursive reads its subfolders)"
                yield InputError(path.name or name, name, None, f"folder holds no .txt files{more}")
            continue
        problem = _not_readable(path)
        if problem:
            yield InputError(path.stem, name, None, problem)
        elif path.suffix in (".jsonl", ".ndjson"):
            try:
                with path.open("rb") as handle:
                    yield from read_jsonl(handle, name, id_field, text_field)
            except OSError as error:
                yield InputError(path.stem, name, None, f"cannot read: {error.strerror or error}")
        elif path.suffix == ".json":
            try:
                data = path.read_bytes()
            except OSError as error:
                yield InputError(path.stem, name, None, f"cannot read: {error.strerror or error}")
                continue
            yield from read_json(data, name, id_field, text_field)
        else:
            yield read_text_file(path)


def count_documents(paths: list[str], recursive: bool = False) -> Optional[int]:
    """How many documents `paths` hold, where that is cheap to know; None
    where it is not (stdin, a JSON file, anything that cannot be read).
    Never raises and never opens anything but regular files."""
    total = 0
    try:
        for name in paths:
            if name == "-":
                return None
            path = Path(name)
            if path.is_dir():
                total += sum(1 for entry in _folder_entries(path, recursive))
            elif path.suffix == ".json":
                return None
            elif path.suffix in (".jsonl", ".ndjson") and not _not_readable(path):
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    except OSError:
        return None
    return total


def finish_record(item: Item, record: dict, with_text: bool = False) -> dict:
    """The output record of `item`: `record` (quotes and entities, or an
    error) with the input's `meta`, its text when `with_text`, and the
    `warnings` of its reading."""
    head = {"id": record.get("id")}
    meta = getattr(item, "meta", None)
    if meta:
        head["meta"] = meta
    if with_text and isinstance(item, InputRecord):
        head["text"] = item.text
    head.update(record)
    warnings = list(getattr(item, "warnings", ()))
    if warnings:
        head["warnings"] = list(head.get("warnings", [])) + warnings
    return head


# --- writing ------------------------------------------------------------------


def _dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def writer(handle: IO[str]) -> jsonlines.Writer:
    """A jsonlines writer (library use); the command line writes through `Sink`."""
    return jsonlines.Writer(handle, dumps=_dumps, flush=True)


def check_output(path: Optional[str]) -> None:
    """Raise OutputError if `path` cannot be written: before the models load,
    so a typo in `-o` costs no time. None or `-` is standard output."""
    if path is None or path == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(path, "it is a folder")
    if target.exists():
        if not os.access(target, os.W_OK):
            raise OutputError(path, "the file is read-only")
        return
    folder = target.parent
    if not folder.exists():
        raise OutputError(path, f"no such folder: {folder}")
    if not folder.is_dir():
        raise OutputError(path, f"{folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(path, f"the folder {folder} is read-only")


class Sink:
    """Writes whole records, each flushed at once.

    A record is written in one go with signals held back (`endings.whole`),
    and if writing fails part-way (full disk) a regular file is cut back to
    its last whole record, so the output never ends in half a line. Strings
    UTF-8 cannot hold (lone surrogates) are replaced and the record says so.
    """

    def __init__(self, path: Optional[str] = None, append: bool = False):
        self.name = path if path not in (None, "-") else "<stdout>"
        self.count = 0
        self._fd: Optional[int] = None
        self._seekable = False
        self._good = 0
        if self.name != "<stdout>":
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(path, flags, 0o666)
            except OSError as error:
                raise OutputError(self.name, error.strerror or str(error)) from None
            try:
                self._good = os.lseek(self._fd, 0, os.SEEK_END)
                self._seekable = stat.S_ISREG(os.fstat(self._fd).st_mode)
            except OSError:
                self._seekable = False
        endings.register_sink(self)

    @property
    def regular(self) -> bool:
        """Whether the output is a regular file (cut back on a failed write)."""
        return self._seekable

    def write(self, record: Union[dict, str], counted: bool = True) -> None:
        """A dict as one JSON line; a str (a CoNLL-U block, CSV rows) as it is."""
        if isinstance(record, dict):
            try:
                line = _dumps(record) + "\n"
                data = line.encode("utf-8")
            except UnicodeEncodeError:
                record, count = replace_surrogates(record)
                record["warnings"] = list(record.get("warnings", [])) + [
                    f"output: {count} lone surrogate{'s' if count > 1 else ''} replaced by U+FFFD"]
                data = (_dumps(record) + "\n").encode("utf-8")
        else:
            data = replace_surrogates(record)[0].encode("utf-8")
        with endings.whole():
            self._write(data)
            self.count += counted  # inside: a signal held back is raised on leaving

    def _write(self, data: bytes) -> None:
        try:
            if self._fd is None:
                stream = sys.stdout
                if hasattr(stream, "buffer"):
                    stream.flush()  # anything written as text first stays first
                    stream.buffer.write(data)
                else:  # a text stream without bytes underneath (tests)
                    stream.write(data.decode("utf-8"))
                stream.flush()
                return
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            if self._seekable:
                self._good += len(data)
        except OSError as error:
            if self._fd is not None and self._seekable:
                try:
                    os.ftruncate(self._fd, self._good)
                except OSError:
                    pass
            raise OutputError.from_os_error(self.name, error) from None

    def close(self) -> None:
        endings.unregister_sink(self)
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __enter__(self) -> "Sink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _RowsSink:
    """CSV/TSV rows (`quotes.export`) through a `Sink`: the rows of one
    record are rendered first, then written whole like a JSONL line."""

    def __init__(self, sink: Sink, fmt: str):
        import io as _io

        from .export import sink as rows_sink

        self.sink = sink
        self._buffer = _io.StringIO()
        self._context = rows_sink(self._buffer, fmt)
        self._rows = self._context.__enter__()
        self._flush(counted=False)  # the byte-order mark and the header

    @property
    def count(self) -> int:
        return self.sink.count

    def _flush(self, counted: bool = True) -> None:
        data = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        self.sink.write(data, counted=counted)

    def write(self, record: dict) -> None:
        self._rows.write(replace_surrogates(record)[0])
        self._flush()

    def close(self) -> None:
        self._context.__exit__(None, None, None)
        self.sink.close()

    def __enter__(self) -> "_RowsSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_sink(path: Optional[str] = None, append: bool = False, fmt: str = "jsonl"):
    """Where records go: JSONL lines, or CSV/TSV rows of quotes (`fmt`)."""
    sink = Sink(path, append)
    if fmt == "jsonl":
        return sink
    try:
        return _RowsSink(sink, fmt)
    except BaseException:
        sink.close()
        raise
