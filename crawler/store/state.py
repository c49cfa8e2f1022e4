"""The crawl state: what incremental runs skip and retry.

``errors`` (requests that failed for good, and pages that gave no article, by kind),
``sections`` (section folders a finished run walked to the end) and ``aliases`` (other
addresses of stored articles). Read by :class:`crawler.incremental.IncrementalState`,
written by the SQLite pipeline and the run recorder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from crawler.failures import PAGE_KINDS
from crawler.store.articles import now_iso, url_digest

__all__ = ["CrawlState"]


class CrawlState:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._open_error_urls: set[bytes] | None = None  # loaded on first use

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

    def known_urls(self, moment: str, *, recheck_after: str = "") -> Iterator[str]:
        """Every URL :meth:`known_before` says yes to, at once (for the workers of a crawl on Redis)."""
        marks = ", ".join("?" for _ in PAGE_KINDS)
        rows = self.db.execute(
            "SELECT url FROM articles WHERE crawled_at < ?"
            " UNION SELECT url FROM aliases"
            " UNION SELECT url FROM errors WHERE resolved_run IS NULL"
            f" AND kind IN ({marks}) AND seen_at >= ?",
            (moment, *PAGE_KINDS, recheck_after),
        )
        for (url,) in rows:
            yield url

    def record_alias(self, url: str, canonical_url: str, how: str) -> bool:
        """``url`` is another address of ``canonical_url``; True when it was not known yet."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO aliases (url, canonical_url, how, first_seen) VALUES (?, ?, ?, ?)",
            (url, canonical_url, how, now_iso()),
        )
        return cursor.rowcount == 1

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

    def walked_sections(self) -> set[str]:
        return {folder for (folder,) in self.db.execute("SELECT folder FROM sections")}

    def mark_walked(self, folders: Iterable[str], run_id: int | None) -> None:
        self.db.executemany(
            "INSERT INTO sections (folder, walked_at, run_id) VALUES (?, ?, ?) "
            "ON CONFLICT(folder) DO UPDATE SET walked_at = excluded.walked_at, run_id = excluded.run_id",
            [(folder, now_iso(), run_id) for folder in folders],
        )
