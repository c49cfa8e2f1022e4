"""One record per article: drop an item whose URL or content was already seen.

The same article reaches the crawler as a traditional mirror, under a URL with
tracking parameters, or by a second path; after normalization its
``content_hash`` is the same, and its URL is canonical. The keys seen are kept
on disk (:mod:`crawler.diskset`, in the run's scratch folder under ``STATE_DIR``), so memory stays flat
however large the crawl.

Stats: ``portal/dropped/duplicate``.
"""

from __future__ import annotations

import hashlib

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.diskset import DiskSet
from crawler.items import Article
from crawler.links import canonical_url
from crawler.scratch import scratch_dir
from crawler.storage import STORAGE_ERRORS, fail_storage


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


class DedupePipeline:
    def __init__(self, crawler: Crawler | None = None, *, state_dir: str | None = None) -> None:
        self.crawler = crawler
        self.state_dir = state_dir
        self.seen: DiskSet | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler, state_dir=str(scratch_dir(crawler.settings)))

    def open_spider(self) -> None:
        self.seen = DiskSet(self.state_dir, name="dedupe")

    def close_spider(self) -> None:
        if self.seen is not None:
            self.seen.close()

    def process_item(self, item: Article) -> Article:
        keys = [_digest("url:" + canonical_url(item.url or ""))]
        if item.content_hash:
            keys.append(_digest("content:" + item.content_hash))
        if self.seen is None:
            self.open_spider()
        try:
            if any(key in self.seen for key in keys):
                if self.crawler and self.crawler.stats:
                    self.crawler.stats.inc_value("portal/dropped/duplicate")
                raise DropItem(
                    f"duplicate of an article already stored: {item.url}", log_level="INFO"
                )
            for key in keys:
                self.seen.add(key)
        except STORAGE_ERRORS as exc:
            fail_storage(self.crawler, f"dedupe keys ({self.seen.path})", exc)
            raise DropItem(f"not stored, the dedupe keys could not be written: {item.url}") from exc
        return item
