"""Crawl extensions: a progress line for people, a stats file for programs.

* ``Progress``: a progress bar (tqdm) on a terminal, with the log's lines printed
  above it (tqdm's logging redirect), never through it. Settings:
  ``PROGRESS_ENABLED`` (default False; ``scrapy demo`` turns it on),
  ``PROGRESS_INTERVAL`` (seconds, default 0.5). Only when stderr is a terminal,
  so logs and CI output stay clean.
* ``StatsFile``: the final stats as JSON at ``STATS_JSON_PATH`` (off when empty).
* ``QuietLoggers``: sets the root logger to ``LOG_LEVEL``, so messages below it
  are never built, and makes a robots.txt that cannot be fetched one WARNING line (Scrapy filters them only in its handler: building the
  per-response DEBUG records cost ~7% of a crawl's CPU in our profile).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    """A progress bar (tqdm) on a terminal, log lines printed above it, never through it."""

    def __init__(self, crawler: Crawler, interval: float = 0.5, stream=None) -> None:
        self.crawler = crawler
        self.interval = interval
        self.stream = stream or sys.stderr
        self.loop: task.LoopingCall | None = None
        self.bar = None
        self.redirected: list = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        if not crawler.settings.getbool("PROGRESS_ENABLED") or not sys.stderr.isatty():
            raise NotConfigured  # silently: off, or not a terminal
        ext = cls(crawler, crawler.settings.getfloat("PROGRESS_INTERVAL"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def postfix(self) -> str:
        stats = self.crawler.stats
        return (
            f"list pages {stats.get_value('portal/index_pages', 0)}, "
            f"requests {stats.get_value('downloader/request_count', 0)}"
        )

    def show(self) -> None:
        self.bar.n = self.crawler.stats.get_value("item_scraped_count", 0)
        self.bar.set_postfix_str(self.postfix(), refresh=False)
        self.bar.refresh()

    def spider_opened(self) -> None:
        from tqdm import tqdm

        self.bar = tqdm(desc="articles stored", unit="", file=self.stream, dynamic_ncols=True)
        # the log's own stderr handlers (their levels, filters and format kept) write through
        # tqdm.write, which clears the bar, prints the line above it and draws it again
        self.redirected = [
            (handler, handler.setStream(_AboveTheBar(self.stream)))
            for handler in logging.getLogger().handlers
            if isinstance(handler, logging.StreamHandler) and handler.stream is self.stream
        ]
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval)

    def spider_closed(self) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
        if self.bar is not None:
            self.show()
            self.bar.close()
        for handler, stream in self.redirected:
            handler.setStream(stream)


class _AboveTheBar:
    """A stream whose lines tqdm prints above its bars."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        from tqdm import tqdm

        tqdm.write(text.rstrip("\n"), file=self.stream)

    def flush(self) -> None:
        self.stream.flush()


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
        return cls(crawler.settings.get("LOG_LEVEL"))
