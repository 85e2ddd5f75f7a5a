"""Quotes as rows: CSV and TSV for spreadsheets, one row per quote.

A JSONL record holds a document; a fact-checker with a spreadsheet wants one
line per quote with the speaker, the chain and the offsets spelled out. CSV
starts with a UTF-8 byte-order mark because Excel reads a CSV file without
one in the machine's legacy code page, which turns Cyrillic into mojibake;
TSV (for `cut`, `awk`, pandas) has none. Fields holding tabs, quote marks or
line breaks are quoted the way the `csv` module reads them back.

`FORMATS` maps each `--format` choice to the function that opens its sink;
a new format (parquet, …) adds one entry.
"""

from __future__ import annotations

import csv
import json
from contextlib import contextmanager
from typing import IO, Callable, Iterable, Iterator

COLUMNS = (
    "document", "quote", "type", "text", "speaker", "kind", "entity", "mention",
    "cue", "chain", "parent", "confidence", "rule", "start", "end", "spans",
)
CHAIN_SEPARATOR = " → "


def rows(record: dict) -> Iterator[dict]:
    """One row per quote of an output record; an error record has none."""
    for index, quote in enumerate(record.get("quotes") or ()):
        speaker = quote.get("speaker") or {}
        mention = speaker.get("mention") or {}
        cue = quote.get("cue") or {}
        spans = quote["spans"]
        yield {
            "document": record.get("id"),
            "quote": index,
            "type": quote["type"],
            "text": quote["text"],
            "speaker": speaker.get("name"),
            "kind": speaker.get("kind"),
            "entity": speaker.get("entity"),
            "mention": mention.get("text"),
            "cue": cue.get("text"),
            "chain": CHAIN_SEPARATOR.join(relay["name"] for relay in quote.get("chain") or ()),
            "parent": quote.get("parent"),
            "confidence": quote.get("confidence"),
            "rule": quote.get("rule"),
            "start": spans[0][0],
            "end": spans[-1][1],
            "spans": json.dumps(spans),
        }


class _RowSink:
    """Writes the rows of each record it is given; the header comes first."""

    def __init__(self, handle: IO[str], dialect: str, bom: bool):
        if bom:
            handle.write("\ufeff")
        self._writer = csv.DictWriter(handle, COLUMNS, dialect=dialect, lineterminator="\r\n")
        self._writer.writeheader()
        self._handle = handle

    def write(self, record: dict) -> None:
        self._writer.writerows(rows(record))
        self._handle.flush()


@contextmanager
def _jsonl(handle: IO[str]):
    from .io import writer

    with writer(handle) as sink:
        yield sink


@contextmanager
def _csv(handle: IO[str]):
    yield _RowSink(handle, "excel", bom=True)


@contextmanager
def _tsv(handle: IO[str]):
    yield _RowSink(handle, "excel-tab", bom=False)


FORMATS: dict[str, Callable] = {"jsonl": _jsonl, "csv": _csv, "tsv": _tsv}


def sink(handle: IO[str], fmt: str = "jsonl"):
    """A context manager whose `.write(record)` writes one output record in `fmt`."""
    try:
        return FORMATS[fmt](handle)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})") from None


def write_rows(records: Iterable[dict], handle: IO[str], fmt: str = "csv") -> int:
    """Write `records` (output records, as dicts) to `handle` in `fmt`;
    returns how many quotes were written."""
    count = 0
    with sink(handle, fmt) as out:
        for record in records:
            out.write(record)
            count += len(record.get("quotes") or ())
    return count
