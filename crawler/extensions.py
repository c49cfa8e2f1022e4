"""``Progress``: one updating status line on a terminal while a crawl runs.

Settings: ``PROGRESS_ENABLED`` (default False; ``scrapy demo`` turns it on),
``PROGRESS_INTERVAL`` (seconds, default 0.5). Writes to stderr only when it is
a terminal, so logs and CI output stay clean.
"""

from __future__ import annotations

import sys
import time

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
