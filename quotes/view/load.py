"""The documents to show: texts, extraction records, or both, matched by id.

`quotes view` takes what a user has at hand. A JSONL line with `quotes` (or
`error`) is a record of `quotes extract`; a line with the text field is an
input document; `.txt` files, folders and `-` are read as `quotes extract`
reads them. A record is shown over its text (its own `text` where it carries
one, else the input with the same id); a text with no record is extracted
first. A record whose offsets do not fit the text it was matched with is
refused, naming both, rather than highlighting the wrong words.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Optional

import attrs

from ..io import InputError, read_paths
from ..output import check_offsets

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@attrs.define
class ViewDoc:
    id: str
    text: Optional[str] = None
    record: Optional[dict] = None
    meta: dict = attrs.Factory(dict)
    error: Optional[str] = None
    source: str = ""


def _read_jsonl(path: Path, id_field: str, text_field: str, records: list, texts: list,
                errors: list) -> None:
    stem = path.stem
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                line = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                errors.append(ViewDoc(f"{stem}:{number}", error=f"{where}: not a JSON line ({error})",
                                      source=where))
                continue
            if not isinstance(line, dict):
                errors.append(ViewDoc(f"{stem}:{number}", error=f"{where}: not a JSON object", source=where))
                continue
            if "quotes" in line or "error" in line:
                doc_id = str(line.get("id") if line.get("id") is not None else f"{stem}:{number}")
                text = line.get("text") if isinstance(line.get("text"), str) else None
                meta = line.get("meta") if isinstance(line.get("meta"), dict) else {}
                records.append(ViewDoc(doc_id, text, line, dict(meta), line.get("error"), where))
                continue
            value = line.get(id_field)
            doc_id = str(value) if value is not None else f"{stem}:{number}"
            text = line.get(text_field)
            if not isinstance(text, str):
                errors.append(ViewDoc(doc_id, error=f"{where}: neither a `quotes extract` record "
                                      f"nor a document with a string {text_field!r} field", source=where))
                continue
            meta = {k: v for k, v in line.items() if k not in (id_field, text_field)}
            texts.append(ViewDoc(doc_id, text, None, meta, None, where))


def gather(paths: list[str], id_field: str = "id", text_field: str = "text") -> list[ViewDoc]:
    """Every document named by `paths`, each with a text and, where one was
    given, its record; records first, in their order, then the texts left."""
    records: list[ViewDoc] = []
    texts: list[ViewDoc] = []
    problems: list[ViewDoc] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.suffix in JSONL_SUFFIXES and path.is_file():
            _read_jsonl(path, id_field, text_field, records, texts, problems)
            continue
        for item in read_paths([name], id_field, text_field):
            if isinstance(item, InputError):
                problems.append(ViewDoc(item.id, error=f"{item.where}: {item.message}", source=item.where))
            else:
                texts.append(ViewDoc(item.id, item.text, None, {}, None,
                                     f"{item.source}:{item.line}" if item.line else item.source))

    unclaimed: dict[str, list[ViewDoc]] = defaultdict(list)
    for doc in texts:
        unclaimed[doc.id].append(doc)
    documents: list[ViewDoc] = []
    for doc in records:
        match = unclaimed[doc.id].pop(0) if unclaimed.get(doc.id) else None
        if doc.error:
            documents.append(doc)
            continue
        if doc.text is None and match is not None:
            doc.text = match.text
            doc.meta = {**match.meta, **doc.meta}
        if doc.text is None:
            doc.error = (f"{doc.source}: no text for document {doc.id!r}: give its input "
                         f"(.txt or JSONL with {text_field!r}) too, or extract with --with-text")
        else:
            problems_found = check_offsets(doc.text, doc.record)
            if problems_found:
                where = match.source if match else doc.source
                doc.error = (f"{doc.source}: the record of {doc.id!r} does not fit the text from "
                             f"{where} ({problems_found[0]}): is it the same version of the text?")
        documents.append(doc)
    for doc in texts:
        if doc in unclaimed.get(doc.id, ()):
            documents.append(doc)
    return documents + problems
