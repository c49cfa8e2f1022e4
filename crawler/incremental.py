"""``IncrementalState``: what a run fetches, decided from the store. The spider only asks.

An extension that owns a read-only connection to the store for the run (opened on
``spider_opened``, closed on ``spider_closed``) and answers the spider's questions:

* :meth:`start_urls`: articles to fetch first: those that failed in earlier runs
  (``RETRY_OPEN_ERRORS``) and those published in the last ``VIEWS_REFRESH_DAYS`` (their
  views are a time series, their text may be edited);
* :meth:`is_known`: nothing to fetch at this URL: stored before this run, an alias of a
  stored article, or found to be no article within ``ERRORS_RECHECK_DAYS``;
* :meth:`may_stop`: a section's pager may stop at list pages holding only known
  articles, past ``INCREMENTAL_OVERLAP_PAGES`` of them, and only for a section that a
  finished run walked to its end.

A full run (``mode=full``) fetches everything: :meth:`is_known` and :meth:`may_stop` say
no, and only the start URLs are read. Settings: ``SQLITE_PATH`` (no store: nothing is
known), ``VIEWS_REFRESH_DAYS``, ``RETRY_OPEN_ERRORS``, ``ERRORS_RECHECK_DAYS``,
``INCREMENTAL_OVERLAP_PAGES``. Stats: ``portal/refresh/requested``,
``portal/retry/requested``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawler.parsing import CHINA_TZ
from crawler.store import Store

__all__ = ["IncrementalState"]


class IncrementalState:
    def __init__(
        self,
        path: str,
        stats: StatsCollector,
        *,
        refresh_days: int,
        retry_open_errors: bool,
        recheck_days: float,
        overlap_pages: int,
    ) -> None:
        self.path = path
        self.stats = stats
        self.refresh_days = refresh_days
        self.retry_open_errors = retry_open_errors
        self.recheck_days = recheck_days
        self.overlap_pages = overlap_pages
        self.store: Store | None = None
        self.incremental = False
        self.started_at = ""
        self.recheck_after = ""
        self.walked: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalState:
        s = crawler.settings
        ext = cls(
            s.get("SQLITE_PATH"),
            crawler.stats,
            refresh_days=s.getint("VIEWS_REFRESH_DAYS"),
            retry_open_errors=s.getbool("RETRY_OPEN_ERRORS"),
            recheck_days=s.getfloat("ERRORS_RECHECK_DAYS"),
            overlap_pages=s.getint("INCREMENTAL_OVERLAP_PAGES"),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @classmethod
    def of(cls, crawler: Crawler) -> IncrementalState | None:
        """The crawl's instance (None where the extension is switched off)."""
        return next((e for e in crawler.extensions.middlewares if isinstance(e, cls)), None)

    def spider_opened(self, spider) -> None:
        if not self.path or not Path(self.path).exists():
            return  # a first run: nothing is known
        self.store = Store(self.path, readonly=True)
        self.incremental = getattr(spider, "mode", "incremental") == "incremental"
        now = datetime.now(UTC)
        self.started_at = now.isoformat(timespec="seconds")
        self.recheck_after = (now - timedelta(days=self.recheck_days)).isoformat(timespec="seconds")
        if self.incremental:
            self.walked = self.store.state.walked_sections()

    def spider_closed(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def start_urls(self, wanted: Callable[[str], bool]) -> list[str]:
        """Articles to fetch again first: failed in earlier runs, then published recently."""
        if self.store is None:
            return []
        retry = self.store.state.open_errors() if self.retry_open_errors else []
        refresh = []
        if self.refresh_days > 0:
            since = (datetime.now(CHINA_TZ) - timedelta(days=self.refresh_days)).date()
            refresh = self.store.articles.recent_urls(since.isoformat())
        retry, refresh = [u for u in retry if wanted(u)], [u for u in refresh if wanted(u)]
        self.stats.inc_value("portal/refresh/requested", len(refresh))
        self.stats.inc_value("portal/retry/requested", len(retry))
        return list(dict.fromkeys(retry + refresh))

    def is_known(self, url: str) -> bool:
        if not self.incremental or self.store is None:
            return False
        return self.store.state.known_before(url, self.started_at, recheck_after=self.recheck_after)

    def may_stop(self, folder: str | None, known_pages: int) -> bool:
        """After ``known_pages`` list pages in a row holding only known articles."""
        return self.incremental and folder in self.walked and known_pages > self.overlap_pages
