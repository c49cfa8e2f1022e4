"""Drop items that are not articles: a missing required field drops the item.

Settings: ``VALIDATE_REQUIRED_FIELDS`` (list, default ``["title", "body"]``).
Stats: ``portal/dropped/no_<field>``; every drop is logged with its URL.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler.items import Article


class ValidatePipeline:
    def __init__(self, required: list[str], crawler: Crawler | None = None) -> None:
        unknown = [name for name in required if name not in Article.__dataclass_fields__]
        if unknown:
            raise NotConfigured(f"VALIDATE_REQUIRED_FIELDS names unknown fields: {unknown}")
        self.required = required
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler.settings.getlist("VALIDATE_REQUIRED_FIELDS", ["title", "body"]), crawler)

    def process_item(self, item: Article) -> Article:
        for name in self.required:
            if not getattr(item, name):
                if self.crawler and self.crawler.stats:
                    self.crawler.stats.inc_value(f"portal/dropped/no_{name}")
                raise DropItem(f"missing {name}: {item.url}")
        return item
