"""Questions a fact-checker asks a bank: search, a speaker's quotes, a trail.

User text never becomes SQL or FTS syntax: it is bound as a parameter, and a
search phrase goes to FTS5 as one quoted phrase (a `"` inside doubled), so
`AND`, `*`, `(` or quote marks are searched for, not parsed. A phrase with no
word characters at all (`(`, `'`) is looked up as a substring instead.
"""

from __future__ import annotations

import json
from typing import Optional

from . import people as _speakers
from .inputs import normalise_date
from .store import UNDATED, Bank, BankError
from .text import fold, words

QUOTE_COLUMNS = """
    q.rowid AS rowid, q.quote_id, q.document_id, q.position, q.type, q.text, q.spans, q.cue,
    q.speaker_name, q.speaker_kind, q.speaker_mention, q.speaker_id, q.parent_quote_id,
    q.confidence, q.rule, q.cluster_id, d.outlet, d.date, d.url, d.seq,
    s.name AS bank_speaker, s.kind AS bank_kind, c.size AS cluster_size,
    c.documents AS cluster_documents
"""
QUOTE_JOINS = """
    JOIN documents d ON d.id = q.document_id
    LEFT JOIN speakers s ON s.id = q.speaker_id
    LEFT JOIN clusters c ON c.id = q.cluster_id
"""
ORDER = f"ORDER BY COALESCE(d.date, '{UNDATED}'), d.seq, q.position"


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: quoted, inner quotes doubled, NUL (which
    would end the query string inside SQLite) as a space."""
    return '"' + fold(text).replace("\x00", " ").replace('"', '""') + '"'


def _chains(bank: Bank, quote_ids: list[str]) -> dict[str, list[dict]]:
    chains: dict[str, list[dict]] = {q: [] for q in quote_ids}
    for start in range(0, len(quote_ids), 500):
        batch = quote_ids[start:start + 500]
        marks = ",".join("?" * len(batch))
        for row in bank.db.execute(f"SELECT quote_id, depth, name, kind, cue FROM relays"
                                   f" WHERE quote_id IN ({marks}) ORDER BY quote_id, depth", batch):
            chains[row["quote_id"]].append({"name": row["name"], "kind": row["kind"], "cue": row["cue"]})
    return chains


def _objects(bank: Bank, rows) -> list[dict]:
    chains = _chains(bank, [row["quote_id"] for row in rows])
    result = []
    for row in rows:
        result.append({
            "quote_id": row["quote_id"],
            "document_id": row["document_id"],
            "type": row["type"],
            "text": row["text"],
            "spans": json.loads(row["spans"]),
            "cue": row["cue"],
            "speaker": None if row["speaker_name"] is None else {
                "name": row["speaker_name"], "kind": row["speaker_kind"],
                "mention": row["speaker_mention"], "speaker_id": row["speaker_id"],
                "bank_name": row["bank_speaker"]},
            "chain": chains[row["quote_id"]],
            "parent_quote_id": row["parent_quote_id"],
            "outlet": row["outlet"],
            "date": row["date"],
            "url": row["url"],
            "cluster_id": row["cluster_id"],
            "cluster_size": row["cluster_size"],
            "cluster_documents": row["cluster_documents"],
        })
    return result


def speaker_ids(bank: Bank, name: str) -> list[int]:
    """The bank speakers any of whose names `name` matches (a variant, a
    surname, an initial, an inflected form)."""
    asked = words(name)
    if not asked:
        return []
    longest = max(asked, key=len)
    prefix = longest[:len(longest) - 2] if len(longest) >= 5 else longest  # inflection aside
    rows = bank.db.execute(
        "SELECT DISTINCT speaker_id, name FROM speaker_names WHERE instr(folded, ?) > 0",
        (prefix,)).fetchall()
    return sorted({row["speaker_id"] for row in rows if _speakers.matches(name, row["name"])})


def search(bank: Bank, phrase: str = "", *, speaker: Optional[str] = None,
           outlet: Optional[str] = None, since: Optional[str] = None,
           limit: Optional[int] = 100) -> list[dict]:
    """Quotes whose text contains `phrase` (as a phrase of words, case and
    `ё` folded), optionally by a speaker, in an outlet, since a date."""
    where, params = [], []
    source = "quotes q"
    if words(phrase):
        source = "quotes_fts f JOIN quotes q ON q.rowid = f.rowid"
        where.append("quotes_fts MATCH ?")
        params.append(fts_phrase(phrase))
    elif phrase.strip():
        where.append("instr(fold(q.text), ?) > 0")
        params.append(fold(phrase.strip()))
    if speaker is not None:
        ids = speaker_ids(bank, speaker)
        if not ids:
            return []
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
        params += ids
    if outlet is not None:
        where.append("fold(d.outlet) = ?")
        params.append(fold(outlet.strip()))
    if since is not None:
        try:
            since = normalise_date(since, "--since")
        except ValueError as error:
            raise BankError(str(error)) from error
        where.append("d.date >= ?")
        params.append(since)
    sql = (f"SELECT {QUOTE_COLUMNS} FROM {source} {QUOTE_JOINS}"
           + (" WHERE " + " AND ".join(where) if where else "") + f" {ORDER}")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _objects(bank, bank.db.execute(sql, params).fetchall())


def speaker(bank: Bank, name: str, limit: Optional[int] = None) -> list[dict]:
    """What a person (any name variant) was quoted saying, oldest first."""
    ids = speaker_ids(bank, name)
    if not ids:
        return []
    sql = (f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS}"
           f" WHERE q.speaker_id IN ({','.join('?' * len(ids))}) {ORDER}")
    params: list = list(ids)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _objects(bank, bank.db.execute(sql, params).fetchall())


def speakers(bank: Bank, name: str) -> list[dict]:
    """The speaker records `name` finds, with their name variants."""
    result = []
    for ident in speaker_ids(bank, name):
        row = bank.db.execute("SELECT * FROM speakers WHERE id = ?", (ident,)).fetchone()
        variants = [r["name"] for r in bank.db.execute(
            "SELECT name FROM speaker_names WHERE speaker_id = ? ORDER BY name", (ident,))]
        result.append({"speaker_id": ident, "name": row["name"], "kind": row["kind"],
                       "document_id": row["document_id"], "quotes": row["quotes"],
                       "variants": variants})
    return result


def trail(bank: Bank, quote_id: str) -> list[dict]:
    """The quote's cluster in time order (date, then input order): where it
    appeared first, and which outlets carried it through which chains."""
    row = bank.db.execute("SELECT cluster_id FROM quotes WHERE quote_id = ?", (quote_id,)).fetchone()
    if row is None:
        raise BankError(f"no quote {quote_id!r} in {bank.path} (quote ids look like DOCUMENT_ID:N)")
    rows = bank.db.execute(f"SELECT {QUOTE_COLUMNS} FROM quotes q {QUOTE_JOINS}"
                           f" WHERE q.cluster_id = ? {ORDER}", (row["cluster_id"],)).fetchall()
    return _objects(bank, rows)


def cluster(bank: Bank, quote_id: str) -> dict:
    """A summary of the quote's cluster: earliest document, outlets, carriers."""
    members = trail(bank, quote_id)
    first = members[0]
    return {
        "cluster_id": first["cluster_id"],
        "size": len(members),
        "documents": len({m["document_id"] for m in members}),
        "first_quote_id": first["quote_id"],
        "first_document_id": first["document_id"],
        "first_date": first["date"],
        "outlets": list(dict.fromkeys(m["outlet"] for m in members if m["outlet"])),
        "carriers": [{"document_id": m["document_id"], "outlet": m["outlet"], "date": m["date"],
                      "chain": [r["name"] for r in m["chain"]]} for m in members],
    }
