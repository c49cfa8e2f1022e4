"""Crawl extensions: a progress line for people, a stats file for programs.

* ``Progress``: one updating status line on a terminal. Settings:
  ``PROGRESS_ENABLED`` (default False; ``scrapy demo`` turns it on),
  ``PROGRESS_INTERVAL`` (seconds, default 0.5). Writes to stderr only when it
  is a terminal, so logs and CI output stay clean.
* ``StatsFile``: the final stats as JSON at ``STATS_JSON_PATH`` (off when empty).
* ``QuietLoggers``: sets the root logger to ``LOG_LEVEL``, so messages below it
  are never built, and makes a robots.txt that cannot be fetched one WARNING line (Scrapy filters them only in its handler: building the
  per-response DEBUG records cost ~7% of a crawl's CPU in our profile).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    def __init__(self, crawler: Crawler, interval: float = 0.5, stream=None) -> None:
        self.crawler = crawler
        self.interval = interval
        self.stream = stream or sys.stderr
        self.loop: task.LoopingCall | None = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        if not crawler.settings.getbool("PROGRESS_ENABLED") or not sys.stderr.isatty():
            raise NotConfigured  # silently: off, or not a terminal
        ext = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL", 0.5))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        stats = self.crawler.stats
        stored = stats.get_value("item_scraped_count", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (
            f"list pages {stats.get_value('portal/index_pages', 0):>6} | "
            f"articles stored {stored:>7} | {stored / elapsed:7.1f}/s | "
            f"requests {stats.get_value('downloader/request_count', 0):>7}"
        )

    def show(self) -> None:
        self.stream.write("\r" + self.line())
        self.stream.flush()

    def spider_opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval)

    def spider_closed(self) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        self.show()
        self.stream.write("\n")


class StatsFile:
    """Write the crawl's final stats as JSON to ``STATS_JSON_PATH`` (off when empty).

    Gives operators and tests the numbers of a finished run without parsing logs.
    """

    def __init__(self, path: str, crawler: Crawler) -> None:
        self.path = path
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFile:
        path = crawler.settings.get("STATS_JSON_PATH")
        if not path:
            raise NotConfigured
        ext = cls(path, crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, reason: str) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True, default=str)


class _RobotsErrorsInOneLine(logging.Filter):
    """Scrapy logs a robots.txt that cannot be fetched at ERROR with a traceback (60 lines
    for a refused connection); it then crawls as if robots.txt allowed everything. One
    WARNING line says that."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.exc_info:
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "robots.txt not fetched before %(request)s: %(f_exception)s; crawled as if it allowed all"
        return True


class QuietLoggers:
    def __init__(self, level: str) -> None:
        logging.getLogger().setLevel(level)
        robots = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
        if not any(isinstance(f, _RobotsErrorsInOneLine) for f in robots.filters):
            robots.addFilter(_RobotsErrorsInOneLine())

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietLoggers:
        return cls(crawler.settings.get("LOG_LEVEL", "DEBUG"))
