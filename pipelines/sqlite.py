"""Store every item in SQLite (see :mod:`crawler.store`): upserts, versions, views history.

Settings: ``SQLITE_PATH`` (default ``data/portal.sqlite``; empty switches it
off), ``SQLITE_BATCH_SIZE`` (rows per transaction, default 500),
``HEALTH_FIELDS`` (fields whose coverage among new articles is counted for the
run's health checks). WAL journal, parameterized SQL; the last batch is
committed when the spider closes.

Also records requests that failed for good (signal ``request_failed``) in the
``errors`` table, and marks them resolved when their article is stored.

Stats: ``portal/articles/{new,updated,unchanged}``, ``portal/stored/sqlite``,
``portal/health/new_items``, ``portal/health/missing/<field>``,
``portal/errors/<kind>``. A database error (disk full, locked, corrupt) is
counted (``portal/errors/sqlite``), logged with the URL, and closes the spider
with reason ``sqlite_error``.
"""

from __future__ import annotations

import logging
import sqlite3

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawler import signals
from crawler.items import Article
from crawler.store import Store

logger = logging.getLogger(__name__)

DEFAULT_HEALTH_FIELDS = ["title", "published_at", "body", "views", "breadcrumb"]
SAMPLES = 5


class SQLitePipeline:
    def __init__(
        self,
        path: str,
        *,
        batch_size: int = 100,
        health_fields: list[str] | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        self.path = path
        self.batch_size = max(1, batch_size)
        self.health_fields = health_fields if health_fields is not None else DEFAULT_HEALTH_FIELDS
        self.crawler = crawler
        self.store: Store | None = None
        self.pending = 0
        self.samples: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        s = crawler.settings
        path = s.get("SQLITE_PATH", "data/portal.sqlite")
        if not path:
            raise NotConfigured("SQLITE_PATH is empty")
        pipe = cls(
            path,
            batch_size=s.getint("SQLITE_BATCH_SIZE", 500),
            health_fields=s.getlist("HEALTH_FIELDS", DEFAULT_HEALTH_FIELDS),
            crawler=crawler,
        )
        crawler.signals.connect(pipe.request_failed, signal=signals.request_failed)
        return pipe

    def open_spider(self) -> None:
        self.store = Store(self.path)

    def _inc(self, key: str) -> None:
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value(key)

    def _run_id(self) -> int | None:
        return self.crawler.stats.get_value("portal/run/id") if self.crawler else None

    def process_item(self, item: Article) -> Article:
        try:
            outcome = self.store.upsert(item)
            self.store.resolve_errors(item.url, self._run_id(), with_views=item.views is not None)
            self._count(item, outcome)
            self.pending += 1
            if self.pending >= self.batch_size:
                self.commit()
        except sqlite3.Error as exc:
            self._fail(item, exc)
            raise
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
        if self.store is None:
            return
        self.store.record_error(url, kind, reason, self._run_id())
        self._inc(f"portal/errors/{kind}")

    def _fail(self, item: Article, exc: sqlite3.Error) -> None:
        logger.error("SQLite could not store %s (%s); closing the spider", item.url, exc)
        self._inc("portal/errors/sqlite")
        if self.crawler and self.crawler.crawling:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="sqlite_error"))

    def commit(self) -> None:
        self.store.commit()
        self.pending = 0

    def close_spider(self) -> None:
        if self.store:
            self.commit()
            self.store.close()
        if self.crawler and self.crawler.stats:
            for name, urls in self.samples.items():
                self.crawler.stats.set_value(f"portal/health/samples/{name}", urls)
