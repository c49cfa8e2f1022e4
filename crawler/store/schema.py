"""The store's schema: tables, indexes, full-text search, and the migrations of older stores.

:func:`open_db` is the one place a connection to a store is made: read-only, or read-write
with the schema created or brought up to date (run once per connection).

Tables: ``articles`` (one row per URL, a column per Article field), ``views_history``,
``article_versions``, ``runs``, ``errors``, ``sections``, ``aliases``, and ``articles_fts``
(FTS5, trigram tokenizer: Chinese needs no segmenter).
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

from crawler.items import Article

__all__ = ["COLUMNS", "INDEXED", "LIST_COLUMNS", "SCHEMA", "open_db"]

COLUMNS = [f.name for f in fields(Article)]
LIST_COLUMNS = [f.name for f in fields(Article) if f.default_factory is list]  # JSON text
_TYPES = {"views": "INTEGER", "text_damaged": "INTEGER NOT NULL DEFAULT 0", "pages": "INTEGER"}
SCHEMA = [
    "CREATE TABLE IF NOT EXISTS articles (\n"
    + ",\n".join(
        f"  {name} {'TEXT PRIMARY KEY' if name == 'url' else _TYPES.get(name, 'TEXT')}"
        for name in COLUMNS
    )
    + "\n)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published_at)",
    "CREATE INDEX IF NOT EXISTS articles_section ON articles (section)",
    "CREATE TABLE IF NOT EXISTS views_history (url TEXT NOT NULL, seen_at TEXT NOT NULL, views INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS views_history_url ON views_history (url, seen_at)",
    "CREATE TABLE IF NOT EXISTS article_versions (url TEXT NOT NULL, title TEXT, body TEXT,"
    " content_hash TEXT, published_at TEXT, crawled_at TEXT, replaced_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL,"
    " finished_at TEXT, mode TEXT, arguments TEXT, counts TEXT, finish_reason TEXT,"
    " status TEXT NOT NULL, checks TEXT)",
    "CREATE TABLE IF NOT EXISTS errors (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL,"
    " kind TEXT NOT NULL, reason TEXT NOT NULL, run_id INTEGER, seen_at TEXT NOT NULL,"
    " resolved_run INTEGER)",
    "CREATE INDEX IF NOT EXISTS errors_open ON errors (resolved_run, url)",
    "CREATE TABLE IF NOT EXISTS sections (folder TEXT PRIMARY KEY, walked_at TEXT NOT NULL, run_id INTEGER)",
    "CREATE TABLE IF NOT EXISTS aliases (url TEXT PRIMARY KEY, canonical_url TEXT NOT NULL,"
    " how TEXT NOT NULL, first_seen TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS aliases_canonical ON aliases (canonical_url)",
]
# Full-text search over title and body: the trigram tokenizer needs no Chinese
# word segmenter. New rows are indexed in bulk when the store commits (row by
# row, FTS5 costs ~4x more); changes to rows already indexed go through triggers.
INDEXED = "(SELECT last_rowid FROM articles_fts_state)"
FTS_SCHEMA = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, body, content='articles', content_rowid='rowid', tokenize='trigram')",
    "CREATE TABLE IF NOT EXISTS articles_fts_state (last_rowid INTEGER NOT NULL)",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles WHEN old.rowid <= {INDEXED} BEGIN"
    " INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);"
    " END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles"
    f" WHEN (old.title IS NOT new.title OR old.body IS NOT new.body) AND old.rowid <= {INDEXED} BEGIN"
    " INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);"
    " INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body); END",
]


def open_db(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the store at ``path`` (WAL; schema and migrations applied unless read-only)."""
    path = Path(path)
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-32000")  # 32 MB: the FTS index and primary key stay cached
    for statement in SCHEMA:
        db.execute(statement)
    columns = {row[1] for row in db.execute("PRAGMA table_xinfo(articles)")}
    for name in COLUMNS:  # a store made by an older version: add the new fields
        if name not in columns:
            db.execute(f"ALTER TABLE articles ADD COLUMN {name} {_TYPES.get(name, 'TEXT')}")
    if "published_year" not in columns:  # a facet for Datasette and exports
        db.execute(
            "ALTER TABLE articles ADD COLUMN published_year TEXT"
            " GENERATED ALWAYS AS (substr(published_at, 1, 4)) VIRTUAL"
        )
    had_fts = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts_state'").fetchone()
    db.execute("DROP TRIGGER IF EXISTS articles_fts_insert")  # of earlier stores: see sync_fts
    for statement in FTS_SCHEMA:
        db.execute(statement)
    if not had_fts:  # a store made before this index: index what it holds
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO articles_fts_state SELECT coalesce(max(rowid), 0) FROM articles")
    db.commit()
    return db
