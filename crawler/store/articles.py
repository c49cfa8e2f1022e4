"""The articles of the store: one row per URL, its earlier versions, its views over time.

``Articles`` is what stores an article (``upsert``) and the one read API of the commands:
``select`` (exports), ``search`` (full text), and the figures of the report; the
full-text index follows every commit (``sync_fts``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from crawler.items import Article
from crawler.normalize import content_hash
from crawler.store import search as fulltext
from crawler.store.schema import COLUMNS, INDEXED, LIST_COLUMNS

__all__ = ["Articles", "now_iso", "url_digest"]

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


class Articles:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def sync_fts(self) -> None:
        """Index the rows added since the last sync (in the same transaction as they are)."""
        self.db.execute(
            f"INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles WHERE rowid > {INDEXED}"
        )
        self.db.execute(
            "UPDATE articles_fts_state SET last_rowid = (SELECT coalesce(max(rowid), 0) FROM articles)"
        )

    def upsert(self, item: Article) -> str:
        """Store ``item``; returns ``new``, ``updated`` (content changed) or ``unchanged``.

        An item that reaches the store without its ``content_hash`` (no normalize pipeline
        before it) gets one here: "changed" is decided on it."""
        if item.content_hash is None:
            item.content_hash = content_hash(item.title, item.body)
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

    def recent_urls(self, since: str) -> list[str]:
        """Articles published on or after ``since`` (an ISO date), newest first."""
        rows = self.db.execute(
            "SELECT url FROM articles WHERE published_at >= ? ORDER BY published_at DESC", (since,)
        )
        return [url for (url,) in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # --- reading: the commands' one API ------------------------------------------------
    def select(
        self, *, since=None, until=None, section=None, reprints: bool = True
    ) -> Iterator[dict]:
        """Rows (oldest first) within the filters, every field (``reprints=False``: originals)."""
        where, params = fulltext.filters(
            since=since, until=until, section=section, reprints=reprints
        )
        sql = f"SELECT {', '.join(COLUMNS)} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        for row in self.db.execute(sql + " ORDER BY published_at, url", params):
            record = dict(zip(COLUMNS, row, strict=True))
            for name in LIST_COLUMNS:
                record[name] = json.loads(record[name]) if record[name] else []
            yield record

    def search(self, query: str, **options) -> list[fulltext.Hit]:
        """Articles holding every term of ``query``, best first (see :mod:`crawler.store.search`)."""
        return fulltext.search(self.db, query, **options)

    def span(self) -> tuple[int, str | None, str | None]:
        """How many articles, and the first and last publication dates."""
        total = self.count()
        first, last = self.db.execute(
            "SELECT min(published_at), max(published_at) FROM articles"
        ).fetchone()
        return total, first, last

    def per_month_by_section(self) -> list[tuple[str, str, int]]:
        return self.db.execute(
            "SELECT substr(published_at, 1, 7) AS month, coalesce(section, '?'), count(*) FROM articles"
            " WHERE published_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1"
        ).fetchall()

    def views(self) -> list[int]:
        return [v for (v,) in self.db.execute("SELECT views FROM articles WHERE views IS NOT NULL")]

    def most_read(self, n: int) -> list[tuple[str, int, str]]:
        """``(title, views, url)`` of the ``n`` most-read articles, most read first."""
        return self.db.execute(
            "SELECT title, views, url FROM articles WHERE views IS NOT NULL ORDER BY views DESC LIMIT ?",
            (n,),
        ).fetchall()

    def coverage(self, names) -> dict[str, float]:
        """The share of articles having each field (not NULL, not empty)."""
        total = self.count() or 1
        return {
            name: self.db.execute(
                f"SELECT count(*) FROM articles WHERE {name} IS NOT NULL AND {name} != ''"
            ).fetchone()[0]
            / total
            for name in names
            if name in COLUMNS  # only the store's own columns are named in SQL
        }
