"""Store every item in SQLite (see :mod:`crawler.store`): upserts, versions, views history.

Settings: ``SQLITE_PATH`` (default ``data/portal.sqlite``; empty switches it
off), ``SQLITE_BATCH_SIZE`` (rows per transaction, default 500),
and the fields ``HEALTH_MIN_COVERAGE`` sets a threshold for (whose coverage among new
articles it counts for the run's health checks). WAL journal, parameterized SQL; the last batch is
committed when the spider closes.

Also records requests that failed for good (signal ``request_failed``) in the
``errors`` table, and marks them resolved when their article is stored; and the
aliases found (signal ``alias_found``) in the ``aliases`` table.

Stats: ``portal/articles/{new,updated,unchanged}``, ``portal/stored/sqlite``,
``portal/health/new_items``, ``portal/health/missing/<field>``,
``portal/errors/<kind>``. A database error (disk full, locked, corrupt, a value
it cannot hold) rolls back the batch, is counted (``portal/errors/sqlite``) and
fails the run (:mod:`crawler.storage`: the spider closes with reason
``storage_failed``, ``scrapy crawl`` exits 5). Each commit sends
``store_committed``, so the JSON Lines file keeps only what SQLite holds.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler import signals
from crawler.items import Article
from crawler.storage import STORAGE_ERRORS, fail_storage
from crawler.store import Store

logger = logging.getLogger(__name__)

SAMPLES = 5


class SQLitePipeline:
    def __init__(
        self,
        path: str,
        *,
        batch_size: int,
        health_fields: list[str],
        crawler: Crawler,
    ) -> None:
        self.path = path
        self.batch_size = max(1, batch_size)
        self.health_fields = health_fields
        self.crawler = crawler
        self.store: Store | None = None
        self.pending: list[tuple[Article, str]] = []  # stored since the last commit, and how
        self.broken = False  # a write failed: nothing more is stored in this run
        self.samples: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        s = crawler.settings
        path = s.get("SQLITE_PATH")
        if not path:
            raise NotConfigured("SQLITE_PATH is empty")
        pipe = cls(
            path,
            batch_size=s.getint("SQLITE_BATCH_SIZE"),
            health_fields=list(s.getdict("HEALTH_MIN_COVERAGE")),  # the fields a threshold names
            crawler=crawler,
        )
        crawler.signals.connect(pipe.request_failed, signal=signals.request_failed)
        crawler.signals.connect(pipe.alias_found, signal=signals.alias_found)
        return pipe

    def open_spider(self) -> None:
        try:
            self.store = Store(self.path)
        except STORAGE_ERRORS as exc:
            self.broken = True
            fail_storage(self.crawler, f"SQLite ({self.path}) opening", exc)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(key)

    def _run_id(self) -> int | None:
        return self.crawler.stats.get_value("portal/run/id")

    def process_item(self, item: Article) -> Article:
        if self.broken:
            raise DropItem(f"not stored, storage failed earlier in this run: {item.url}")
        try:
            outcome = self.store.articles.upsert(item)
            self.store.state.resolve_errors(
                item.url, self._run_id(), with_views=item.views is not None
            )
            self.pending.append((item, outcome))
            if len(self.pending) >= self.batch_size:
                self.commit()
        except STORAGE_ERRORS as exc:
            self._fail(f"SQLite ({self.path}) storing {item.url}", exc)
            raise DropItem(f"not stored, SQLite failed: {item.url}") from exc
        return item

    def _count(self, item: Article, outcome: str) -> None:
        self._inc(f"portal/articles/{outcome}")
        self._inc("portal/stored/sqlite")
        if outcome != "new":
            return
        self._inc("portal/health/new_items")
        for name in self.health_fields:
            if getattr(item, name, None) in (None, ""):
                self._inc(f"portal/health/missing/{name}")
                samples = self.samples.setdefault(name, [])
                if len(samples) < SAMPLES:
                    samples.append(item.url)

    def request_failed(self, url: str, kind: str, reason: str) -> None:
        if self.store is None or self.broken:
            return
        try:
            self.store.state.record_error(url, kind, reason, self._run_id())
        except STORAGE_ERRORS as exc:
            self._fail(f"SQLite ({self.path}) recording an error of {url}", exc)
            return
        self._inc(f"portal/errors/{kind}")

    def alias_found(self, url: str, canonical_url: str, how: str) -> None:
        if self.store is None or self.broken:
            return
        try:
            if self.store.state.record_alias(url, canonical_url, how):
                self._inc(f"portal/aliases/recorded/{how}")
        except STORAGE_ERRORS as exc:
            self._fail(f"SQLite ({self.path}) recording the alias {url}", exc)

    def _fail(self, where: str, exc: Exception) -> None:
        """Roll back the batch (the next run fetches it again) and fail the run."""
        self.broken = True
        self._inc("portal/errors/sqlite")
        with contextlib.suppress(sqlite3.Error):
            self.store.db.rollback()
        fail_storage(self.crawler, where, exc)

    def commit(self) -> None:
        self.store.commit()
        for item, outcome in self.pending:  # counted once committed: a rolled-back batch is not
            self._count(item, outcome)
        self.pending = []
        self.crawler.signals.send_catch_log(signal=signals.store_committed)

    def close_spider(self) -> None:
        if self.store:
            if not self.broken:
                try:
                    self.commit()
                except STORAGE_ERRORS as exc:
                    self._fail(f"SQLite ({self.path}) committing the last batch", exc)
            self.store.close()
        for name, urls in self.samples.items():
            self.crawler.stats.set_value(f"portal/health/samples/{name}", urls)
