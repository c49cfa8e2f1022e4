"""Append every item to a JSON Lines file with Scrapy's exporter, flushed per line.

Settings: ``JSONL_PATH`` (default ``data/articles.jsonl``; empty switches it off).
Each line is written whole and flushed, so a crash never leaves a torn line
behind a good one; UTF-8, never ``\\u`` escapes.
"""

from __future__ import annotations

import io
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from crawler.items import Article


class JsonLinesPipeline:
    def __init__(self, path: str, crawler: Crawler | None = None) -> None:
        self.path = Path(path)
        self.crawler = crawler
        self.file: io.BufferedWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesPipeline:
        path = crawler.settings.get("JSONL_PATH", "data/articles.jsonl")
        if not path:
            raise NotConfigured("JSONL_PATH is empty")
        return cls(path, crawler)

    def open_spider(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.path, "ab")  # noqa: SIM115 - closed in close_spider
        self.buffer = io.BytesIO()
        self.exporter = JsonLinesItemExporter(self.buffer, encoding="utf-8", ensure_ascii=False)

    def process_item(self, item: Article) -> Article:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.exporter.export_item(item)
        self.file.write(self.buffer.getvalue())  # one write per line
        self.file.flush()
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value("portal/stored/jsonl")
        return item

    def close_spider(self) -> None:
        if self.file:
            self.file.close()
