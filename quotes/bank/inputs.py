"""What a bank is built from: extraction output, or texts it extracts first.

A JSONL line with `quotes` is an extraction record (`quotes extract`
output); a line with a text and no `quotes` is an input document, extracted
here. Either way the fields `outlet`, `date` and `url` (top level, or in a
`meta` object) become the document's metadata, and the other fields are kept
in `documents.meta`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

import attrs

from ..io import InputError, read_paths
from .text import text_hash

META_FIELDS = ("outlet", "date", "url")
RECORD_FIELDS = frozenset({"id", "text", "quotes", "entities", "meta", "error"})
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


@attrs.frozen
class BankDocument:
    """One document ready for the bank: its quotes and its metadata."""

    id: str
    text_hash: str
    quotes: tuple = ()          # quote dicts, as `quotes extract` writes them
    outlet: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    meta: dict = attrs.field(factory=dict, eq=False)
    source: str = ""


Item = Union[BankDocument, InputError]


def normalise_date(value, where: str = "") -> Optional[str]:
    """An ISO 8601 date (whole or a prefix: `2000`, `2000-05`), or a
    `DD.MM.YYYY` one turned into ISO; ValueError naming `where` otherwise."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if _ISO.match(text):
        return text.replace(" ", "T", 1)
    match = _DMY.match(text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    raise ValueError(f"{where}: date {text!r} is neither ISO 8601 (2024-05-17) nor DD.MM.YYYY")


def _metadata(record: dict, defaults: dict, where: str, warn: Callable[[str], None]) -> dict:
    meta = dict(record.get("meta") or {}) if isinstance(record.get("meta"), dict) else {}
    for key, value in record.items():
        if key not in RECORD_FIELDS:
            meta.setdefault(key, value)
    fields = {}
    for name in META_FIELDS:
        value = meta.pop(name, None)
        if value is None:
            value = defaults.get(name)
        fields[name] = None if value is None else str(value)
    try:
        fields["date"] = normalise_date(fields["date"], where)
    except ValueError as error:
        warn(f"{error}; the document is kept without a date")
        fields["date"] = None
    return {**fields, "meta": meta}


def _quotes_hash(record: dict) -> str:
    body = json.dumps(record.get("quotes", []), ensure_ascii=False, sort_keys=True)
    return "q:" + text_hash(body)


def read(paths: list[str], extract: Callable[[str, str], dict], *, id_field: str = "id",
         text_field: str = "text", defaults: Optional[dict] = None,
         warn: Optional[Callable[[str], None]] = None) -> Iterator[Item]:
    """Every document of `paths` (files, folders, JSONL, `-`) for the bank;
    `extract(id, text)` gives the extraction record of a text."""
    defaults = defaults or {}
    warn = warn or (lambda message: print(f"quotes bank: {message}", file=sys.stderr))
    for name in paths:
        path = Path(name)
        if name != "-" and path.suffix in (".jsonl", ".ndjson") and path.is_file():
            yield from _read_jsonl(path, extract, id_field, text_field, defaults, warn)
            continue
        for item in read_paths([name], id_field, text_field):
            if isinstance(item, InputError):
                yield item
                continue
            where = item.source if item.line is None else f"{item.source}:{item.line}"
            try:
                record = extract(item.id, item.text)
            except Exception as error:  # one bad document never stops the batch
                yield InputError(item.id, item.source, item.line, f"{type(error).__name__}: {error}")
                continue
            yield _document(record, item.id, text_hash(item.text), {}, defaults, where, warn)


def _read_jsonl(path: Path, extract, id_field, text_field, defaults, warn) -> Iterator[Item]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            fallback = f"{path.stem}:{number}"
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                yield InputError(fallback, str(path), number, f"not UTF-8 ({error.reason})")
                continue
            except json.JSONDecodeError as error:
                yield InputError(fallback, str(path), number, f"not JSON: {error.msg} (column {error.colno})")
                continue
            if not isinstance(record, dict):
                yield InputError(fallback, str(path), number, "not a JSON object")
                continue
            ident = record.get(id_field, record.get("id"))
            ident = str(ident) if ident is not None else fallback
            if "error" in record and "quotes" not in record:
                yield InputError(ident, str(path), number, f"an error record: {record['error']}")
                continue
            text = record.get(text_field)
            if text is not None and not isinstance(text, str):
                yield InputError(ident, str(path), number, f"{text_field!r} is not a string")
                continue
            if "quotes" in record:
                if not isinstance(record["quotes"], list):
                    yield InputError(ident, str(path), number, "'quotes' is not a list")
                    continue
                digest = text_hash(text) if text is not None else _quotes_hash(record)
                yield _document(record, ident, digest, record, defaults, where, warn,
                                frozenset({id_field, text_field}))
            elif text is not None:
                try:
                    extracted = extract(ident, text)
                except Exception as error:  # one bad document never stops the batch
                    yield InputError(ident, str(path), number, f"{type(error).__name__}: {error}")
                    continue
                yield _document(extracted, ident, text_hash(text), record, defaults, where, warn,
                                frozenset({id_field, text_field}))
            else:
                yield InputError(ident, str(path), number,
                                 f"neither 'quotes' (extraction output) nor {text_field!r} (a text)")


def _document(extraction: dict, ident: str, digest: str, record: dict, defaults: dict,
              where: str, warn, skip: frozenset = frozenset()) -> BankDocument:
    fields = _metadata({k: v for k, v in record.items() if k not in skip}, defaults, where, warn)
    return BankDocument(ident, digest, tuple(extraction.get("quotes", [])),
                        fields["outlet"], fields["date"], fields["url"], fields["meta"], where)

