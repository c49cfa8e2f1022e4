"""Normalize the text of every item: script, pinyin brackets, width, whitespace, damage.

Settings:

* ``NORMALIZE_SIMPLIFIED`` (bool, default True): convert traditional script to
  simplified (the portal publishes simplified; its mirrors are traditional).
  A site profile with ``simplify = false`` turns it off for its crawl.
* ``NORMALIZE_OPENCC_CONFIG`` (default ``"t2s"``): the OpenCC configuration.

Stats: ``portal/repaired/pinyin`` (brackets removed), ``portal/damaged/items``
and ``portal/damaged/spots`` (damage counted, left visible).
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

from crawler.items import Article
from crawler.normalize import content_hash, normalize_article

__all__ = ["NormalizePipeline", "content_hash", "normalize_article"]

logger = logging.getLogger(__name__)


class NormalizePipeline:
    def __init__(self, *, simplify: bool, opencc_config: str, crawler: Crawler):
        self.simplify = simplify
        self.opencc_config = opencc_config
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        s = crawler.settings
        return cls(
            simplify=s.getbool("NORMALIZE_SIMPLIFIED"),
            opencc_config=s.get("NORMALIZE_OPENCC_CONFIG"),
            crawler=crawler,
        )

    def open_spider(self) -> None:
        profile = getattr(self.crawler.spider, "profile", None)
        if profile is not None and not profile.simplify:
            self.simplify = False  # the profile says the site's script is to be kept

    def process_item(self, item: Article) -> Article:
        out, removed = normalize_article(
            item, simplify=self.simplify, opencc_config=self.opencc_config
        )
        stats = self.crawler.stats
        if stats is not None:
            if removed:
                stats.inc_value("portal/repaired/pinyin", removed)
            if out.text_damaged:
                stats.inc_value("portal/damaged/items")
                stats.inc_value("portal/damaged/spots", out.text_damaged)
        if out.text_damaged:
            logger.warning("%d damaged spot(s) left visible in %s", out.text_damaged, out.url)
        return out
