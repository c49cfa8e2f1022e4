"""``RunRecorder``: a row in the ``runs`` table per run, and the health checks at its end.

On ``spider_opened`` (or when a spider that ``opens_run_later`` calls :meth:`open_run`:
the writer of a crawl on Redis) it opens the run (status ``running``; a run left
``running`` by a killed process becomes ``killed``); on ``spider_closed`` it
marks the sections walked to the end (only after a finished run, so an
interrupted run never makes the next one stop early), runs the health checks
(:mod:`crawler.health`) and writes counts, finish reason, status and failing
checks with sample URLs. ``portal/run/status`` in the stats is ``ok`` or
``failed``; ``scrapy crawl`` turns it into the exit status.

Settings: ``SQLITE_PATH`` (off when empty), and those of :mod:`crawler.health`.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.health import Check, error_count, run_checks
from crawler.storage import STORAGE_ERRORS, fail_storage, failed
from crawler.store import Store

logger = logging.getLogger(__name__)

COUNTED = {
    "list_pages": "portal/index_pages",
    "articles_new": "portal/articles/new",
    "articles_updated": "portal/articles/updated",
    "articles_unchanged": "portal/articles/unchanged",
    "views_refreshed": "portal/refresh/requested",
    "requests": "downloader/request_count",
    "items_dropped": "item_dropped_count",
}


class RunRecorder:
    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.path = path
        self.run_id: int | None = None
        self.items_expected: str | None = None  # "new" (a first run), "read" (a full run)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        path = crawler.settings.get("SQLITE_PATH")
        if not path:
            raise NotConfigured
        ext = cls(crawler, path)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @classmethod
    def of(cls, crawler: Crawler) -> RunRecorder:
        return next(e for e in crawler.extensions.middlewares if isinstance(e, cls))

    def spider_opened(self, spider) -> None:
        if not getattr(spider, "opens_run_later", False):
            self.open_run(spider)

    def open_run(self, spider) -> None:
        """Open the run's row with the spider's mode and arguments (a crawl on Redis: when
        the writer has them from the workers)."""
        mode = getattr(spider, "mode", "full")
        try:
            store = Store(self.path)
            try:
                empty = store.articles.count() == 0
                self.items_expected = "new" if empty else "read" if mode == "full" else None
                arguments = {
                    k: v for k, v in getattr(spider, "arguments", {}).items() if v is not None
                }
                self.run_id = store.runs.start(mode, arguments)
            finally:
                store.close()
        except STORAGE_ERRORS as exc:
            fail_storage(self.crawler, f"the runs table ({self.path}) starting the run", exc)
            return
        self.crawler.stats.set_value("portal/run/id", self.run_id)
        logger.info("run %d started (%s)", self.run_id, mode)

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        s = self.crawler.settings
        checks = run_checks(
            stats,
            min_coverage=s.getdict("HEALTH_MIN_COVERAGE"),
            max_error_rate=s.getfloat("HEALTH_MAX_ERROR_RATE"),
            min_new_items=s.getint("HEALTH_MIN_NEW_ITEMS"),
            items_expected=self.items_expected,
        )
        if storage := failed(self.crawler):
            checks.insert(0, Check("storage", False, storage))
        failed_checks = [c for c in checks if not c.ok]
        status = "ok" if reason == "finished" and not failed_checks else "failed"
        counts = {name: stats.get(key, 0) for name, key in COUNTED.items()}
        counts["errors"] = {
            k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith("portal/errors/")
        }
        counts["errors_total"] = error_count(stats)
        if workers := stats.get("portal/cluster/workers"):
            counts["workers"] = workers  # a crawl on Redis: each worker's part
        self.crawler.stats.set_value("portal/run/status", status)
        if self.run_id is not None:
            self._finish(spider, reason, counts, status, failed_checks)
        for check in failed_checks:
            logger.error(
                "health check %s failed: %s; e.g. %s",
                check.name,
                check.detail,
                ", ".join(check.samples) or "-",
            )
        logger.log(
            logging.INFO if status == "ok" else logging.ERROR,
            "run %s %s (%s): %s",
            self.run_id,
            status,
            reason,
            ", ".join(f"{k}={v}" for k, v in counts.items() if k != "errors"),
        )

    def _finish(self, spider, reason: str, counts: dict, status: str, checks: list[Check]) -> None:
        """Write the run's row; a store that cannot take it leaves the row ``running``
        (the next run marks it ``killed``): never ``ok``."""
        try:
            store = Store(self.path)
            try:
                if reason == "finished" and not failed(self.crawler):
                    store.state.mark_walked(getattr(spider, "walked_to_end", ()), self.run_id)
                store.runs.finish(
                    self.run_id,
                    counts=counts,
                    finish_reason=reason,
                    status=status,
                    checks=[c.as_dict() for c in checks],
                )
            finally:
                store.close()
        except STORAGE_ERRORS as exc:
            fail_storage(
                self.crawler, f"the runs table ({self.path}) finishing run {self.run_id}", exc
            )
            self.crawler.stats.set_value("portal/run/status", "failed")
