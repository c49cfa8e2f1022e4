"""The SQLite store: articles, and the crawl state that makes runs incremental.

Tables:

* ``articles``: one row per URL, the latest version (a column per Article field).
* ``views_history``: ``(url, seen_at, views)``, one row each time views were read.
* ``article_versions``: the previous text of an article whose content changed.
* ``runs``: one row per run (start, end, mode, arguments, counts, finish reason,
  status, failed checks).
* ``errors``: requests that failed every retry (url, kind, reason, run id); a
  later run that stores the URL marks the row resolved.
* ``sections``: section folders whose list pages a finished run walked to the end:
  only those may stop paginating at known articles.
* ``aliases``: ``(url, canonical_url, how, first_seen)``, other addresses of stored
  articles (a traditional mirror, a page naming its canonical URL, the same text under
  the same id): never stored as articles of their own.

One ``Store`` holds one connection; WAL lets readers run beside the writer.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

from crawler.failures import PAGE_KINDS
from crawler.items import Article

__all__ = ["COLUMNS", "Store", "url_digest"]

COLUMNS = [f.name for f in fields(Article)]
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
UPSERT = (
    f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    "ON CONFLICT(url) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in COLUMNS if name != "url")
)


def _column_value(value: object) -> object:
    """Lists (``images``) are stored as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def url_digest(url: str) -> bytes:
    """8 bytes standing for a URL in in-memory sets (100 000 URLs cost a few MB)."""
    return hashlib.blake2b(url.encode(), digest_size=8).digest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self._open_error_urls: set[bytes] | None = None  # loaded on first use
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "PRAGMA cache_size=-32000"
        )  # 32 MB: the FTS index and primary key stay cached
        for statement in SCHEMA:
            self.db.execute(statement)
        columns = {row[1] for row in self.db.execute("PRAGMA table_xinfo(articles)")}
        for name in COLUMNS:  # a store made by an older version: add the new fields
            if name not in columns:
                self.db.execute(
                    f"ALTER TABLE articles ADD COLUMN {name} {_TYPES.get(name, 'TEXT')}"
                )
        if "published_year" not in columns:  # a facet for Datasette and exports
            self.db.execute(
                "ALTER TABLE articles ADD COLUMN published_year TEXT"
                " GENERATED ALWAYS AS (substr(published_at, 1, 4)) VIRTUAL"
            )
        had_fts = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts_state'"
        ).fetchone()
        self.db.execute(
            "DROP TRIGGER IF EXISTS articles_fts_insert"
        )  # of earlier stores: see sync_fts
        for statement in FTS_SCHEMA:
            self.db.execute(statement)
        if not had_fts:  # a store made before this index: index what it holds
            self.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
            self.db.execute(
                "INSERT INTO articles_fts_state SELECT coalesce(max(rowid), 0) FROM articles"
            )
        self.commit()

    def close(self) -> None:
        self.db.close()

    def sync_fts(self) -> None:
        """Index the rows added since the last sync (in the same transaction as they are)."""
        self.db.execute(
            f"INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles WHERE rowid > {INDEXED}"
        )
        self.db.execute(
            "UPDATE articles_fts_state SET last_rowid = (SELECT coalesce(max(rowid), 0) FROM articles)"
        )

    def commit(self) -> None:
        self.sync_fts()
        self.db.commit()

    # --- articles ----------------------------------------------------------------
    def upsert(self, item: Article) -> str:
        """Store ``item``; returns ``new``, ``updated`` (content changed) or ``unchanged``."""
        old = self.db.execute(
            "SELECT content_hash FROM articles WHERE url = ?", (item.url,)
        ).fetchone()
        if old is None:
            outcome = "new"
        elif old[0] != item.content_hash:
            outcome = "updated"
            self.db.execute(
                "INSERT INTO article_versions (url, title, body, content_hash, published_at, crawled_at, replaced_at)"
                " SELECT url, title, body, content_hash, published_at, crawled_at, ? FROM articles WHERE url = ?",
                (item.crawled_at or now_iso(), item.url),
            )
        else:
            outcome = "unchanged"
        # a plain tuple: dataclasses.astuple deep-copies every value
        self.db.execute(UPSERT, tuple(_column_value(getattr(item, name)) for name in COLUMNS))
        if item.views is not None:
            self.db.execute(
                "INSERT INTO views_history (url, seen_at, views) VALUES (?, ?, ?)",
                (item.url, item.crawled_at or now_iso(), item.views),
            )
        return outcome

    def known_before(self, url: str, moment: str, *, recheck_after: str = "") -> bool:
        """Nothing to fetch: stored before ``moment`` (ISO, UTC), an alias of a stored article, or found to be no article
        (a dead link, not a page, too large, refused...) after ``recheck_after`` and not stored since."""
        marks = ", ".join("?" for _ in PAGE_KINDS)
        row = self.db.execute(
            "SELECT 1 FROM articles WHERE url = ? AND crawled_at < ?"
            " UNION ALL SELECT 1 FROM aliases WHERE url = ?"
            " UNION ALL SELECT 1 FROM errors WHERE resolved_run IS NULL AND url = ?"
            f" AND kind IN ({marks}) AND seen_at >= ? LIMIT 1",
            (url, moment, url, url, *PAGE_KINDS, recheck_after),
        ).fetchone()
        return row is not None

    # --- aliases -------------------------------------------------------------------
    def record_alias(self, url: str, canonical_url: str, how: str) -> bool:
        """``url`` is another address of ``canonical_url``; True when it was not known yet."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO aliases (url, canonical_url, how, first_seen) VALUES (?, ?, ?, ?)",
            (url, canonical_url, how, now_iso()),
        )
        return cursor.rowcount == 1

    def recent_urls(self, since: str) -> list[str]:
        """Articles published on or after ``since`` (an ISO date), newest first."""
        rows = self.db.execute(
            "SELECT url FROM articles WHERE published_at >= ? ORDER BY published_at DESC", (since,)
        )
        return [url for (url,) in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # --- errors --------------------------------------------------------------------
    def record_error(self, url: str, kind: str, reason: str, run_id: int | None) -> None:
        if self._open_error_urls is not None:
            self._open_error_urls.add(url_digest(url))
        self.db.execute(
            "INSERT INTO errors (url, kind, reason, run_id, seen_at) VALUES (?, ?, ?, ?, ?)",
            (url, kind, reason, run_id, now_iso()),
        )

    def resolve_errors(self, url: str, run_id: int | None, *, with_views: bool = True) -> None:
        """The article at ``url`` is stored: its errors are resolved (a counter's only with views)."""
        if self._open_error_urls is None:
            self._open_error_urls = {
                url_digest(u)
                for (u,) in self.db.execute("SELECT url FROM errors WHERE resolved_run IS NULL")
            }
        if url_digest(url) not in self._open_error_urls:
            return  # the common case: nothing to resolve, no UPDATE
        self.db.execute(
            "UPDATE errors SET resolved_run = ? WHERE url = ? AND resolved_run IS NULL"
            " AND (kind != 'counter' OR ?)",
            (run_id or 0, url, with_views),
        )

    def open_errors(self, kinds: tuple[str, ...] = ("article", "counter")) -> list[str]:
        """URLs of articles whose last failure is not resolved yet (to retry)."""
        marks = ", ".join("?" for _ in kinds)
        rows = self.db.execute(
            f"SELECT DISTINCT url FROM errors WHERE resolved_run IS NULL AND kind IN ({marks})",
            kinds,
        )
        return [url for (url,) in rows]

    # --- sections ------------------------------------------------------------------
    def walked_sections(self) -> set[str]:
        return {folder for (folder,) in self.db.execute("SELECT folder FROM sections")}

    def mark_walked(self, folders: Iterable[str], run_id: int | None) -> None:
        self.db.executemany(
            "INSERT INTO sections (folder, walked_at, run_id) VALUES (?, ?, ?) "
            "ON CONFLICT(folder) DO UPDATE SET walked_at = excluded.walked_at, run_id = excluded.run_id",
            [(folder, now_iso(), run_id) for folder in folders],
        )

    # --- runs ------------------------------------------------------------------------
    def start_run(self, mode: str, arguments: dict) -> int:
        # a run still "running" was killed: the run lock guarantees nobody else is running
        self.db.execute("UPDATE runs SET status = 'killed' WHERE status = 'running'")
        cursor = self.db.execute(
            "INSERT INTO runs (started_at, mode, arguments, status) VALUES (?, ?, ?, 'running')",
            (now_iso(), mode, json.dumps(arguments, ensure_ascii=False, sort_keys=True)),
        )
        self.db.commit()
        return cursor.lastrowid

    def finish_run(
        self, run_id: int, *, counts: dict, finish_reason: str, status: str, checks: list[dict]
    ) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, counts = ?, finish_reason = ?, status = ?, checks = ? WHERE id = ?",
            (
                now_iso(),
                json.dumps(counts, ensure_ascii=False, sort_keys=True),
                finish_reason,
                status,
                json.dumps(checks, ensure_ascii=False),
                run_id,
            ),
        )
        self.db.commit()

    def runs(self, limit: int = 10) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        try:
            return self.db.execute(
                "SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        finally:
            self.db.row_factory = None
