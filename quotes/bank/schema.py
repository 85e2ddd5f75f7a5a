"""The bank's tables (SQLite; README "Quote bank" documents each column)."""

SCHEMA_VERSION = "1"

DDL = """
CREATE TABLE IF NOT EXISTS bank_info (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id        TEXT PRIMARY KEY,      -- the input's id
    seq       INTEGER NOT NULL,      -- input order: when the document first came in
    text_hash TEXT NOT NULL,         -- sha256 of the text ('q:' + sha256 of the quotes without it)
    outlet    TEXT,
    date      TEXT,                  -- ISO 8601, possibly partial (2000, 2000-05, 2000-05-17)
    url       TEXT,
    meta      TEXT,                  -- JSON object: the input's other fields
    source    TEXT,                  -- file (and line) it was read from
    added_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS speakers (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE, -- person:гараев:а, organization:минобороны, group:эксперты@DOC
    name        TEXT NOT NULL,        -- the fullest canonical name
    kind        TEXT NOT NULL,        -- person, organization, media, group, document, unknown
    document_id TEXT,                 -- set for speakers that stay per document (roles, groups)
    quotes      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS speaker_names (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    name       TEXT NOT NULL,         -- a canonical name some document gave
    folded     TEXT NOT NULL,         -- lower case, ё as е
    PRIMARY KEY (speaker_id, name)
);
CREATE INDEX IF NOT EXISTS speaker_names_folded ON speaker_names (folded);

CREATE TABLE IF NOT EXISTS quotes (
    rowid           INTEGER PRIMARY KEY,
    quote_id        TEXT NOT NULL UNIQUE, -- DOCUMENT_ID:N, N its index in the extraction
    document_id     TEXT NOT NULL REFERENCES documents (id),
    position        INTEGER NOT NULL,
    type            TEXT NOT NULL,        -- direct, indirect, mixed
    text            TEXT NOT NULL,
    norm            TEXT NOT NULL,        -- words only, folded: what clusters compare
    spans           TEXT NOT NULL,        -- JSON [[start, end], ...] in the document text
    cue             TEXT,
    speaker_name    TEXT,                 -- as the document gave it
    speaker_kind    TEXT,
    speaker_mention TEXT,
    speaker_id      INTEGER REFERENCES speakers (id),
    parent_quote_id TEXT,
    confidence      REAL,
    rule            TEXT,
    cluster_id      INTEGER,              -- rowid of the cluster's first quote (clusters.id)
    minhash         BLOB                  -- MinHash of the word 3-shingles (quotes of 4+ words)
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes (cluster_id);

CREATE TABLE IF NOT EXISTS relays (
    quote_id TEXT NOT NULL,              -- quotes.quote_id
    depth    INTEGER NOT NULL,           -- 0 = outermost layer
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    cue      TEXT,
    PRIMARY KEY (quote_id, depth)
);
CREATE INDEX IF NOT EXISTS relays_name ON relays (name COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS clusters (
    id                INTEGER PRIMARY KEY, -- = quotes.rowid of its first member
    size              INTEGER NOT NULL,    -- quotes
    documents         INTEGER NOT NULL,    -- distinct documents
    first_quote_id    TEXT NOT NULL,       -- the earliest: by date, then input order
    first_document_id TEXT NOT NULL,
    first_date        TEXT,
    outlets           TEXT NOT NULL        -- JSON list, in trail order
);

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text,                                -- folded quote text; rowid = quotes.rowid
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

TABLES = ("documents", "speakers", "speaker_names", "quotes", "relays", "clusters")
