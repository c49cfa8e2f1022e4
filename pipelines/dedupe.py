"""One record per article: an alias is folded, a reprint is linked, nothing is stored twice.

* The same canonical URL twice in a run: the second is dropped (``portal/dropped/duplicate``).
* A text that is the same as, or nearly the same as, a stored article's
  (:mod:`crawler.neardup`: MinHash over character trigrams, estimated Jaccard ≥ 0.8):
  - on the same host under the same article id (``/big5/news/123.html`` and
    ``/news/123.html``): the same article under another URL. It is not stored; the URL
    is recorded as an alias of the stored one (signal ``alias_found``, how ``content``;
    ``portal/aliases/content``).
  - anywhere else (another site, another id): a reprint (转载). It is stored as its own
    record with ``reprint_of`` naming the earliest copy (``portal/reprints``).

The URLs seen in a run are kept on disk (:mod:`crawler.diskset`, in the run's scratch
folder under ``STATE_DIR``); the signatures of every stored article in
``<SQLITE_PATH>.neardup`` (this run's only, when ``SQLITE_PATH`` is empty), so the
comparison holds across runs, kills and re-extractions.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler import signals
from crawler.diskset import DiskSet
from crawler.extraction import article_key
from crawler.items import Article
from crawler.links import canonical_url
from crawler.neardup import NearDuplicateIndex, signature
from crawler.normalize import content_hash
from crawler.scratch import scratch_dir
from crawler.storage import STORAGE_ERRORS, fail_storage


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=8).digest()


def same_article(a: str, b: str) -> bool:
    """Two URLs of one article: the same host and the same article id.

    >>> same_article("http://x/big5/news/123.html", "http://x/news/123.html")
    True
    >>> same_article("http://x/news/123.html", "http://x/news/124.html"), same_article(
    ...     "http://x/news/123.html", "http://y/news/123.html")
    (False, False)
    >>> same_article("http://127.0.0.1:8001/news/1.html", "http://127.0.0.1:8002/news/1.html")
    False
    """
    ka, kb = article_key(a), article_key(b)
    return (
        ka is not None
        and kb is not None
        and urlsplit(a).netloc.lower() == urlsplit(b).netloc.lower()
        and ka[0].rsplit("/", 1)[-1] == kb[0].rsplit("/", 1)[-1]
    )


class DedupePipeline:
    def __init__(
        self,
        crawler: Crawler,
        *,
        state_dir: str | None = None,
        store_path: str | None = None,
    ) -> None:
        self.crawler = crawler
        self.state_dir = state_dir
        self.store_path = store_path
        self.index_path = f"{store_path}.neardup" if store_path else None
        self.seen: DiskSet | None = None
        self.index: NearDuplicateIndex | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        store = crawler.settings.get("SQLITE_PATH")
        return cls(
            crawler,
            state_dir=str(scratch_dir(crawler.settings)),
            store_path=store or None,
        )

    def open_spider(self) -> None:
        self.seen = DiskSet(self.state_dir, name="dedupe")
        self.index = NearDuplicateIndex(self.index_path, store=self.store_path)

    def close_spider(self) -> None:
        if self.seen is not None:
            self.seen.close()
        if self.index is not None:
            try:
                self.index.close()
            except STORAGE_ERRORS as exc:
                fail_storage(self.crawler, f"near-duplicate index ({self.index_path})", exc)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(key)

    def process_item(self, item: Article) -> Article:
        if self.seen is None:
            self.open_spider()
        url = canonical_url(item.url or "")
        try:
            if not self.seen.add(_digest("url:" + url)):
                self._inc("portal/dropped/duplicate")
                raise DropItem(
                    f"duplicate of an article already stored: {item.url}", log_level="INFO"
                )
            if item.content_hash is None:  # no normalize pipeline before this one
                item.content_hash = content_hash(item.title, item.body)
            sig = signature(item.body)
            stored, origin = self.index.stored(item.url)
            if not stored:  # an article read again keeps what it was found to be
                match = self.index.match(item.url, item.content_hash, sig)
                if match is not None and same_article(item.url, match.url):
                    self._alias(item, match.url)
                origin = match.origin if match is not None else None
            item.reprint_of = origin
            if origin is not None:
                self._inc("portal/reprints")
            self.index.add(item.url, item.content_hash, sig, origin)
        except STORAGE_ERRORS as exc:
            fail_storage(self.crawler, f"dedupe keys ({self.index_path or self.state_dir})", exc)
            raise DropItem(f"not stored, the dedupe keys could not be written: {item.url}") from exc
        return item

    def _alias(self, item: Article, canonical: str) -> None:
        self._inc("portal/aliases/content")
        self.crawler.signals.send_catch_log(
            signal=signals.alias_found, url=item.url, canonical_url=canonical, how="content"
        )
        raise DropItem(f"the same article as {canonical}: {item.url}", log_level="INFO")
