"""Store every item in SQLite: table ``articles``, one row per URL, upserted.

Settings: ``SQLITE_PATH`` (default ``data/portal.sqlite``; empty switches it
off), ``SQLITE_BATCH_SIZE`` (rows per transaction, default 100). WAL journal,
parameterized SQL; the last batch is committed when the spider closes. A
database error (disk full, locked, corrupt) is counted
(``portal/errors/sqlite``), logged with the URL, and closes the spider with
reason ``sqlite_error``: a crawl that cannot store is not left running.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import astuple, fields
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from crawler.items import Article

logger = logging.getLogger(__name__)

COLUMNS = [f.name for f in fields(Article)]
_TYPES = {"views": "INTEGER", "text_damaged": "INTEGER NOT NULL DEFAULT 0", "pages": "INTEGER"}
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (\n"
    + ",\n".join(
        f"  {name} {'TEXT PRIMARY KEY' if name == 'url' else _TYPES.get(name, 'TEXT')}"
        for name in COLUMNS
    )
    + "\n)"
)
UPSERT = (
    f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)}) "
    f"ON CONFLICT(url) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in COLUMNS if name != "url")
)


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (and create) the store with the schema, in WAL mode."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(SCHEMA)
    db.execute("CREATE INDEX IF NOT EXISTS articles_published ON articles (published_at)")
    db.execute("CREATE INDEX IF NOT EXISTS articles_section ON articles (section)")
    db.commit()
    return db


class SQLitePipeline:
    def __init__(self, path: str, *, batch_size: int = 100, crawler: Crawler | None = None) -> None:
        self.path = Path(path)
        self.batch_size = max(1, batch_size)
        self.crawler = crawler
        self.db: sqlite3.Connection | None = None
        self.pending = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SQLitePipeline:
        path = crawler.settings.get("SQLITE_PATH", "data/portal.sqlite")
        if not path:
            raise NotConfigured("SQLITE_PATH is empty")
        return cls(
            path, batch_size=crawler.settings.getint("SQLITE_BATCH_SIZE", 100), crawler=crawler
        )

    def open_spider(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = connect(self.path)

    def process_item(self, item: Article) -> Article:
        try:
            self.db.execute(UPSERT, astuple(item))
            self.pending += 1
            if self.pending >= self.batch_size:
                self.commit()
        except sqlite3.Error as exc:
            self._fail(item, exc)
            raise
        if self.crawler and self.crawler.stats:
            self.crawler.stats.inc_value("portal/stored/sqlite")
        return item

    def _fail(self, item: Article, exc: sqlite3.Error) -> None:
        logger.error("SQLite could not store %s (%s); closing the spider", item.url, exc)
        if self.crawler:
            self.crawler.stats.inc_value("portal/errors/sqlite")
            if self.crawler.crawling:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="sqlite_error"))

    def commit(self) -> None:
        self.db.commit()
        self.pending = 0

    def close_spider(self) -> None:
        if self.db:
            self.commit()
            self.db.close()
