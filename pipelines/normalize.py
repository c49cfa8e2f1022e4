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

import hashlib
import logging
from dataclasses import replace

from scrapy.crawler import Crawler

from crawler.items import Article
from crawler.text import is_traditional, normalize_text

logger = logging.getLogger(__name__)

TEXT_FIELDS = ("title", "author", "source", "breadcrumb", "section", "body")
DAMAGE_FIELDS = ("title", "body")


def content_hash(title: str | None, body: str | None) -> str:
    """SHA-1 over the normalized title and body: equal for the same article under any URL."""
    return hashlib.sha1(f"{title or ''}\n{body or ''}".encode()).hexdigest()


def normalize_article(
    item: Article, *, simplify: bool = True, opencc_config: str = "t2s"
) -> tuple[Article, int]:
    """A normalized copy of ``item`` and the number of pinyin brackets removed.

    Script is converted only for an article written in traditional script (judged on its
    title and text together): a simplified page keeps the characters OpenCC would still
    change, such as 昇 in a person's name.
    """
    changes: dict[str, object] = {}
    removed = damaged = 0
    if simplify:
        simplify = is_traditional(f"{item.title or ''}{item.body or ''}", opencc_config)
    for name in TEXT_FIELDS:
        value = getattr(item, name)
        if value is None:
            continue
        text, n_pinyin, n_damage = normalize_text(value, simplify=simplify, config=opencc_config)
        changes[name] = text or None
        removed += n_pinyin
        if name in DAMAGE_FIELDS:
            damaged += n_damage
    changes["text_damaged"] = damaged
    out = replace(item, **changes)
    out.content_hash = content_hash(out.title, out.body)
    return out, removed


class NormalizePipeline:
    def __init__(
        self, *, simplify: bool = True, opencc_config: str = "t2s", crawler: Crawler | None = None
    ):
        self.simplify = simplify
        self.opencc_config = opencc_config
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        s = crawler.settings
        return cls(
            simplify=s.getbool("NORMALIZE_SIMPLIFIED", True),
            opencc_config=s.get("NORMALIZE_OPENCC_CONFIG", "t2s"),
            crawler=crawler,
        )

    def open_spider(self) -> None:
        profile = getattr(self.crawler.spider, "profile", None) if self.crawler else None
        if profile is not None and not profile.simplify:
            self.simplify = False  # the profile says the site's script is to be kept

    def process_item(self, item: Article) -> Article:
        out, removed = normalize_article(
            item, simplify=self.simplify, opencc_config=self.opencc_config
        )
        stats = self.crawler.stats if self.crawler else None
        if stats is not None:
            if removed:
                stats.inc_value("portal/repaired/pinyin", removed)
            if out.text_damaged:
                stats.inc_value("portal/damaged/items")
                stats.inc_value("portal/damaged/spots", out.text_damaged)
        if out.text_damaged:
            logger.warning("%d damaged spot(s) left visible in %s", out.text_damaged, out.url)
        return out
