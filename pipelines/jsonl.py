"""Append every new article to a JSON Lines file with Scrapy's exporter, flushed per line.

Settings: ``JSONL_PATH`` (default ``data/articles.jsonl``; empty switches it off).

The file holds one line per article, as first stored: an article already in
the file (an earlier run, a refresh of its views) is not written again; the
SQLite store keeps the latest version and the history. Each line is written
in one call and flushed, so a killed run leaves whole lines; a torn last line
(power loss) is cut off when the next run opens the file.

With SQLite on, the file keeps only what SQLite committed: when a write fails
anywhere (disk full...), the file is cut back to its size at SQLite's last
commit and the run fails (:mod:`crawler.storage`); a line that could not be
written whole is cut off at once.

Stats: ``portal/stored/jsonl``, ``portal/stored/jsonl_known``, ``portal/repaired/jsonl_tail``.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.exporters import JsonLinesItemExporter

from crawler import signals
from crawler.diskset import DiskSet
from crawler.items import Article
from crawler.scratch import scratch_dir
from crawler.storage import STORAGE_ERRORS, fail_storage
from crawler.store import url_digest

logger = logging.getLogger(__name__)


def repair_tail(path: Path) -> int:
    """Cut a torn last line off ``path``; returns the number of bytes removed."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with path.open("rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - 1))
        if f.read(1) == b"\n":
            return 0
        block = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - block)
            f.seek(start)
            chunk = f.read(end - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            end = start
        else:
            keep = 0
        f.truncate(keep)
        return size - keep


def known_urls(path: Path, state_dir: str | None = None) -> DiskSet:
    """Digests of the URLs already in the file (kept on disk: the file may hold 100 000 articles)."""
    known = DiskSet(state_dir, name="jsonl-known")
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for line in f:
                known.add(url_digest(json.loads(line)["url"]))
    return known


class JsonLinesPipeline:
    def __init__(
        self,
        path: str,
        crawler: Crawler,
        *,
        state_dir: str | None = None,
        follows_store: bool = False,
    ) -> None:
        self.path = Path(path)
        self.crawler = crawler
        self.state_dir = state_dir
        self.follows_store = follows_store
        self.file: io.BufferedWriter | None = None
        self.known: DiskSet | None = None
        self.committed = (
            0  # the file's size when the store last committed (or, alone, after a line)
        )
        self.broken = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesPipeline:
        path = crawler.settings.get("JSONL_PATH")
        if not path:
            raise NotConfigured("JSONL_PATH is empty")
        pipe = cls(
            path,
            crawler,
            state_dir=str(scratch_dir(crawler.settings)),
            follows_store=bool(crawler.settings.get("SQLITE_PATH")),
        )
        crawler.signals.connect(pipe.store_committed, signal=signals.store_committed)
        crawler.signals.connect(pipe.storage_failed, signal=signals.storage_failed)
        return pipe

    def _inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)

    def open_spider(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if cut := repair_tail(self.path):
                logger.warning("cut a torn last line (%d bytes) off %s", cut, self.path)
                self._inc("portal/repaired/jsonl_tail")
            self.known = known_urls(self.path, self.state_dir)
            self.file = open(self.path, "ab")  # noqa: SIM115 - closed in close_spider
        except STORAGE_ERRORS as exc:
            self.broken = True
            fail_storage(self.crawler, f"JSON Lines ({self.path}) opening", exc)
            return
        self.committed = self.file.tell()
        self.buffer = io.BytesIO()
        self.exporter = JsonLinesItemExporter(self.buffer, encoding="utf-8", ensure_ascii=False)

    def process_item(self, item: Article) -> Article:
        if self.broken:
            raise DropItem(f"not stored, storage failed earlier in this run: {item.url}")
        digest = url_digest(item.url or "")
        if digest in self.known:
            self._inc("portal/stored/jsonl_known")
            return item
        self.buffer.seek(0)
        self.buffer.truncate()
        self.exporter.export_item(item)
        start = self.file.tell()
        try:
            self.file.write(self.buffer.getvalue())  # one write per line
            self.file.flush()
            self.known.add(digest)
        except STORAGE_ERRORS as exc:
            self._cut(start)  # no torn line: the file ends where the last whole line did
            fail_storage(self.crawler, f"JSON Lines ({self.path}) writing {item.url}", exc)
            raise DropItem(f"not stored, JSON Lines failed: {item.url}") from exc
        if not self.follows_store:
            self.committed = self.file.tell()
        self._inc("portal/stored/jsonl")
        return item

    def store_committed(self) -> None:
        if self.file is not None and not self.broken:
            self.committed = self.file.tell()

    def storage_failed(self, reason: str) -> None:
        """Keep only the lines the store committed: the two never disagree."""
        if self.file is not None and not self.broken:
            self._cut(self.committed)

    def _cut(self, size: int) -> None:
        self.broken = True
        try:
            self.file.truncate(size)
            self.file.seek(size)
        except OSError as exc:  # a file that cannot even shrink: the next run repairs its tail
            logger.error("could not cut %s back to %d bytes: %s", self.path, size, exc)

    def close_spider(self) -> None:
        if self.file:
            with contextlib.suppress(OSError):  # a full disk: what was written is flushed
                self.file.close()
        if self.known is not None:
            self.known.close()
