"""``RunRecorder``: a row in the ``runs`` table per run, and the health checks at its end.

On ``spider_opened`` it opens the run (status ``running``; a run left
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

from crawler.health import DEFAULT_MIN_COVERAGE, error_count, run_checks
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
        self.items_expected = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        path = crawler.settings.get("SQLITE_PATH")
        if not path:
            raise NotConfigured
        ext = cls(crawler, path)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider) -> None:
        store = Store(self.path)
        try:
            mode = getattr(spider, "mode", "full")
            self.items_expected = mode == "full" or store.count() == 0
            arguments = {k: v for k, v in getattr(spider, "arguments", {}).items() if v is not None}
            self.run_id = store.start_run(mode, arguments)
        finally:
            store.close()
        self.crawler.stats.set_value("portal/run/id", self.run_id)
        logger.info("run %d started (%s)", self.run_id, mode)

    def spider_closed(self, spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        s = self.crawler.settings
        checks = run_checks(
            stats,
            min_coverage=s.getdict("HEALTH_MIN_COVERAGE") or DEFAULT_MIN_COVERAGE,
            max_error_rate=s.getfloat("HEALTH_MAX_ERROR_RATE", 0.05),
            min_new_items=s.getint("HEALTH_MIN_NEW_ITEMS", 1),
            items_expected=self.items_expected,
        )
        failed = [c for c in checks if not c.ok]
        status = "ok" if reason == "finished" and not failed else "failed"
        counts = {name: stats.get(key, 0) for name, key in COUNTED.items()}
        counts["errors"] = {
            k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith("portal/errors/")
        }
        counts["errors_total"] = error_count(stats)
        store = Store(self.path)
        try:
            if reason == "finished":
                store.mark_walked(getattr(spider, "walked_to_end", ()), self.run_id)
            store.finish_run(
                self.run_id,
                counts=counts,
                finish_reason=reason,
                status=status,
                checks=[c.as_dict() for c in failed],
            )
        finally:
            store.close()
        self.crawler.stats.set_value("portal/run/status", status)
        for check in failed:
            logger.error(
                "health check %s failed: %s; e.g. %s",
                check.name,
                check.detail,
                ", ".join(check.samples) or "-",
            )
        logger.log(
            logging.INFO if status == "ok" else logging.ERROR,
            "run %d %s (%s): %s",
            self.run_id,
            status,
            reason,
            ", ".join(f"{k}={v}" for k, v in counts.items() if k != "errors"),
        )
