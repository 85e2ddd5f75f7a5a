"""Records as tables: a quotes table (one row per quote) and a documents
table (one row per document), written as Parquet for outputs too big for
JSONL or meant for dataframes. Nested values that have no flat form (the
chain, the entities) are JSON strings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional

QUOTE_COLUMNS = (
    ("id", "string"), ("quote", "int32"), ("type", "string"), ("text", "string"),
    ("spans", "spans"), ("start", "int64"), ("end", "int64"),
    ("cue", "string"), ("cue_lemma", "string"), ("cue_start", "int64"), ("cue_end", "int64"),
    ("speaker", "string"), ("speaker_kind", "string"), ("speaker_entity", "string"),
    ("speaker_mention", "string"), ("speaker_start", "int64"), ("speaker_end", "int64"),
    ("chain", "string"), ("parent", "int32"), ("confidence", "float64"), ("rule", "string"),
)
DOCUMENT_COLUMNS = (("id", "string"), ("error", "string"), ("quotes", "int32"), ("entities", "string"))


def quote_rows(record: dict) -> list[dict]:
    rows = []
    for number, q in enumerate(record.get("quotes") or []):
        cue = q.get("cue") or {}
        speaker = q.get("speaker") or {}
        mention = speaker.get("mention") or {}
        spans = q["spans"]
        rows.append({
            "id": record.get("id"), "quote": number, "type": q["type"], "text": q["text"],
            "spans": spans, "start": spans[0][0] if spans else None, "end": spans[-1][1] if spans else None,
            "cue": cue.get("text"), "cue_lemma": cue.get("lemma"),
            "cue_start": cue.get("start"), "cue_end": cue.get("end"),
            "speaker": speaker.get("name"), "speaker_kind": speaker.get("kind"),
            "speaker_entity": speaker.get("entity"), "speaker_mention": mention.get("text"),
            "speaker_start": mention.get("start"), "speaker_end": mention.get("end"),
            "chain": json.dumps(q.get("chain", []), ensure_ascii=False),
            "parent": q.get("parent"), "confidence": q.get("confidence"), "rule": q.get("rule"),
        })
    return rows


def document_row(record: dict) -> dict:
    return {
        "id": record.get("id"), "error": record.get("error"),
        "quotes": len(record.get("quotes") or []),
        "entities": json.dumps(record.get("entities") or [], ensure_ascii=False),
    }


def _schema(columns):
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(),
             "float64": pa.float64(), "spans": pa.list_(pa.list_(pa.int64()))}
    return pa.schema([(name, types[kind]) for name, kind in columns])


class ParquetSink:
    """Writes records into `folder/quotes.parquet` and `folder/documents.parquet`,
    a row group every `batch` documents (memory stays bounded)."""

    def __init__(self, folder: str, batch: int = 1000):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise SystemExit("quotes: --format parquet needs pyarrow: pip install 'quotes[dask]'") from None
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.quote_schema, self.document_schema = _schema(QUOTE_COLUMNS), _schema(DOCUMENT_COLUMNS)
        self.quotes = pq.ParquetWriter(self.folder / "quotes.parquet", self.quote_schema)
        self.documents = pq.ParquetWriter(self.folder / "documents.parquet", self.document_schema)
        self.batch = batch
        self.pending: list[dict] = []

    def write(self, record: dict) -> None:
        self.pending.append(record)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.pending:
            return
        rows = [row for record in self.pending for row in quote_rows(record)]
        self.quotes.write_table(pa.Table.from_pylist(rows, schema=self.quote_schema))
        self.documents.write_table(pa.Table.from_pylist([document_row(r) for r in self.pending],
                                                        schema=self.document_schema))
        self.pending = []

    def close(self) -> None:
        self.flush()
        self.quotes.close()
        self.documents.close()

    def __enter__(self) -> "ParquetSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_parquet(records: Iterable[dict], folder: str) -> None:
    with ParquetSink(folder) as sink:
        for record in records:
            sink.write(record)


def quotes_frame(records: Iterable[dict], columns: Optional[tuple] = None):
    """A pandas DataFrame of the quote rows of `records`."""
    import pandas as pd

    names = [name for name, _ in (columns or QUOTE_COLUMNS)]
    return pd.DataFrame([row for record in records for row in quote_rows(record)], columns=names)
