"""The bank: an SQLite file of documents, quotes, speakers, relays, clusters.

Adding documents is keyed by document id and a hash of the text: a document
added again unchanged keeps its quotes (only its metadata is refreshed), a
changed one has its quotes replaced; nothing is ever duplicated. After each
batch the cross-document layers (speakers, clusters) are recomputed over the
whole bank, so a later batch can merge a name variant or join a cluster that
an earlier one started.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional, Union

import attrs

from . import clusters as _clusters
from . import people as _speakers
from .inputs import BankDocument
from .schema import DDL, SCHEMA_VERSION
from .text import fold, normalise

UNDATED = "9999"   # sorts undated documents after dated ones


class BankError(Exception):
    """A bank that cannot be opened or a query that cannot be answered."""


@attrs.define
class BuildReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    quotes: int = 0
    errors: list = attrs.field(factory=list)
    changed: bool = False   # whether the cross-document layers need recomputing


def quote_id(document_id: str, position: int) -> str:
    return f"{document_id}:{position}"


def apart(a, b) -> bool:
    """Two quotes that never join one cluster whatever their words: of two
    different named speakers, or one nested inside the other."""
    if a["named"] is not None and b["named"] is not None and a["named"] != b["named"]:
        return True
    return _nested(a, b)


def _nested(a, b) -> bool:
    """Two quotes of one document whose spans overlap: one inside the other."""
    if a["document_id"] != b["document_id"]:
        return False
    spans_a, spans_b = json.loads(a["spans"]), json.loads(b["spans"])
    return any(sa < eb and sb < ea for sa, ea in spans_a for sb, eb in spans_b)


class Bank:
    """An open bank. `Bank(path)` creates the file where `create` is true."""

    def __init__(self, path: Union[str, Path], create: bool = True):
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).is_file():
            raise BankError(f"{self.path}: no such bank (build one with `quotes bank build`)")
        try:
            self.db = sqlite3.connect(self.path)
            self.db.row_factory = sqlite3.Row
            # SQLite folds only ASCII case: Cyrillic outlet names need Python's
            self.db.create_function("fold", 1, lambda v: None if v is None else fold(v),
                                    deterministic=True)
            self.db.execute("PRAGMA foreign_keys = OFF")
            self.db.executescript(DDL)
        except sqlite3.DatabaseError as error:
            raise BankError(f"{self.path}: not a quote bank ({error})") from error
        self.db.execute("INSERT OR IGNORE INTO bank_info VALUES ('schema', ?)", (SCHEMA_VERSION,))
        self._rules = rules = (f"jaccard {_clusters.THRESHOLD}, containment {_clusters.CONTAINMENT}, "
                 f"min words {_clusters.MIN_WORDS}, min shingles {_clusters.MIN_SHINGLES}")
        stored = self.db.execute("SELECT value FROM bank_info WHERE key = 'clustering'").fetchone()
        # clusters made under other rules are remade at the next build
        self._stale = stored is not None and stored[0] != rules
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Bank":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- building -------------------------------------------------------------

    def add(self, documents: Iterable[BankDocument]) -> BuildReport:
        """Add (or update) documents, then recompute speakers and clusters."""
        report = BuildReport()
        with self.db:
            for document in documents:
                self._add_one(document, report)
            if report.changed or self._stale:
                self.refresh()
                self._stale = False
        return report

    def _add_one(self, document: BankDocument, report: BuildReport) -> None:
        db = self.db
        old = db.execute("SELECT seq, text_hash, outlet, date, url, meta FROM documents WHERE id = ?",
                         (document.id,)).fetchone()
        now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
        meta = json.dumps(document.meta, ensure_ascii=False, sort_keys=True) if document.meta else None
        if old is None:
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
            db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (document.id, seq, document.text_hash, document.outlet, document.date,
                        document.url, meta, document.source, now))
            report.added += 1
            report.changed = True
        else:
            fields = (document.outlet, document.date, document.url, meta)
            if any(new is not None and new != old[name]
                   for new, name in zip(fields, ("outlet", "date", "url", "meta"))):
                report.changed = True
            db.execute(
                "UPDATE documents SET outlet = COALESCE(?, outlet), date = COALESCE(?, date),"
                " url = COALESCE(?, url), meta = COALESCE(?, meta), source = ?, text_hash = ?"
                " WHERE id = ?",
                (document.outlet, document.date, document.url, meta, document.source,
                 document.text_hash, document.id))
            if old["text_hash"] == document.text_hash:
                report.unchanged += 1
                return
            self._drop_quotes(document.id)
            report.updated += 1
            report.changed = True
        for position, quote in enumerate(document.quotes):
            self._insert_quote(document.id, position, quote)
            report.quotes += 1

    def _drop_quotes(self, document_id: str) -> None:
        db = self.db
        db.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE document_id = ?)",
                   (document_id,))
        db.execute("DELETE FROM relays WHERE quote_id IN (SELECT quote_id FROM quotes WHERE document_id = ?)",
                   (document_id,))
        db.execute("DELETE FROM quotes WHERE document_id = ?", (document_id,))

    def _insert_quote(self, document_id: str, position: int, quote: dict) -> None:
        text = quote.get("text") or ""
        norm = normalise(text)
        speaker = quote.get("speaker") or {}
        mention = (speaker.get("mention") or {}).get("text")
        cue = (quote.get("cue") or {}).get("text")
        parent = quote.get("parent")
        minhash = _clusters.signature(norm)
        ident = quote_id(document_id, position)
        cursor = self.db.execute(
            "INSERT INTO quotes (quote_id, document_id, position, type, text, norm, spans, cue,"
            " speaker_name, speaker_kind, speaker_mention, parent_quote_id, confidence, rule, minhash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ident, document_id, position, quote.get("type", "direct"), text, norm,
             json.dumps(quote.get("spans", [])), cue, speaker.get("name"), speaker.get("kind"),
             mention, quote_id(document_id, parent) if parent is not None else None,
             quote.get("confidence"), quote.get("rule"), minhash))
        self.db.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)",
                        (cursor.lastrowid, fold(text)))
        for depth, relay in enumerate(quote.get("chain") or []):
            self.db.execute("INSERT INTO relays VALUES (?, ?, ?, ?, ?)",
                            (ident, depth, relay.get("name", ""), relay.get("kind", "unknown"),
                             (relay.get("cue") or {}).get("text")))

    def refresh(self) -> None:
        """Recompute the cross-document layers: speakers, then clusters."""
        self._refresh_speakers()
        self._refresh_clusters()
        self.db.execute("INSERT OR REPLACE INTO bank_info VALUES ('clustering', ?)", (self._rules,))

    def _refresh_speakers(self) -> None:
        db = self.db
        rows = db.execute("SELECT rowid, document_id, speaker_name, speaker_kind FROM quotes"
                          " WHERE speaker_name IS NOT NULL").fetchall()
        raw_of = {row["rowid"]: _speakers.Raw(row["speaker_name"], row["speaker_kind"] or "unknown",
                                              row["document_id"]) for row in rows}
        records = _speakers.resolve(raw_of.values())
        db.execute("DELETE FROM speaker_names")
        db.execute("DELETE FROM speakers")
        ids: dict[str, int] = {}
        counts: dict[str, int] = defaultdict(int)
        for raw in raw_of.values():
            counts[records[raw].key] += 1
        for number, record in enumerate(sorted({r.key: r for r in records.values()}.values(),
                                               key=lambda r: r.key), 1):
            ids[record.key] = number
            db.execute("INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?)",
                       (number, record.key, record.name, record.kind, record.document_id,
                        counts[record.key]))
            db.executemany("INSERT INTO speaker_names VALUES (?, ?, ?)",
                           [(number, name, fold(name)) for name in record.variants])
        db.execute("UPDATE quotes SET speaker_id = NULL")
        db.executemany("UPDATE quotes SET speaker_id = ? WHERE rowid = ?",
                       [(ids[records[raw].key], rowid) for rowid, raw in raw_of.items()])

    def _refresh_clusters(self) -> None:
        db = self.db
        rows = db.execute(
            "SELECT q.rowid, q.quote_id, q.norm, q.minhash, q.type, q.document_id, q.spans,"
            " CASE WHEN s.document_id IS NULL THEN q.speaker_id END AS named,"
            " d.date, d.seq, d.outlet, q.position FROM quotes q JOIN documents d ON d.id = q.document_id"
            " LEFT JOIN speakers s ON s.id = q.speaker_id"
            " ORDER BY COALESCE(d.date, ?), d.seq, q.position", (UNDATED,)).fetchall()
        by_key = {r["rowid"]: r for r in rows}
        assignment = _clusters.cluster([(r["rowid"], r["norm"], r["minhash"]) for r in rows],
                                       apart=lambda a, b: apart(by_key[a], by_key[b]))
        members: dict[int, list] = defaultdict(list)
        for row in rows:
            members[assignment.get(row["rowid"], row["rowid"])].append(row)
        db.execute("DELETE FROM clusters")
        updates = []
        for group in members.values():
            first = group[0]   # rows are in trail order
            outlets = list(dict.fromkeys(r["outlet"] for r in group if r["outlet"]))
            db.execute("INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (first["rowid"], len(group), len({r["document_id"] for r in group}),
                        first["quote_id"], first["document_id"], first["date"],
                        json.dumps(outlets, ensure_ascii=False)))
            updates += [(first["rowid"], r["rowid"]) for r in group]
        db.executemany("UPDATE quotes SET cluster_id = ? WHERE rowid = ?", updates)

    # --- reading --------------------------------------------------------------

    def counts(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT COUNT(*) FROM documents"),
            "quotes": one("SELECT COUNT(*) FROM quotes"),
            "direct": one("SELECT COUNT(*) FROM quotes WHERE type = 'direct'"),
            "speakers": one("SELECT COUNT(*) FROM speakers"),
            "clusters": one("SELECT COUNT(*) FROM clusters"),
            "relays": one("SELECT COUNT(*) FROM relays"),
        }
