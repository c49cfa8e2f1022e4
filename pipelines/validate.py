"""Check every item before it is stored: required fields, and values in range.

A value out of range is no value: it becomes None and is counted
(``portal/invalid/<field>``), so a page can never put a number SQLite cannot
hold, a date of the year 9999 or a 10 000-character "author" into the archive.
An item that is no article (a required field missing, or a body over the size
cap) is dropped, counted (``portal/dropped/<why>``) and recorded in the
``errors`` table with its URL (``no_title``, ``no_body``, ``too_large``), so
the next run does not fetch it again before ``ERRORS_RECHECK_DAYS``.

Settings: ``VALIDATE_REQUIRED_FIELDS`` (list, default ``["title", "body"]``),
``VALIDATE_MAX_TITLE_CHARS`` (300), ``VALIDATE_MAX_FIELD_CHARS`` (200: author,
source, section, breadcrumb), ``VALIDATE_MAX_BODY_BYTES`` (2 MB of UTF-8),
``VALIDATE_MIN_DATE`` (``1990-01-01``; the latest is tomorrow, China time).
Views must lie in 0 … 2⁶³−1 (SQLite's INTEGER).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawler import signals
from crawler.items import Article
from crawler.parsing import CHINA_TZ

logger = logging.getLogger(__name__)

MAX_INTEGER = 2**63 - 1
SHORT_FIELDS = ("author", "source", "section", "breadcrumb")


@dataclass(frozen=True)
class Limits:
    max_title_chars: int = 300
    max_field_chars: int = 200
    max_body_bytes: int = 2 * 1024 * 1024
    min_date: str = "1990-01-01"


def invalid_fields(item: Article, limits: Limits, *, today: date | None = None) -> list[str]:
    """Names of the fields of ``item`` whose value is out of range (the body's size aside).

    >>> invalid_fields(Article(title="t", views=2**63, published_at="2011-12-30"), Limits(),
    ...     today=date(2026, 1, 1))
    ['views']
    >>> invalid_fields(Article(views=-1, published_at="9999-01-01", author="x" * 201), Limits(),
    ...     today=date(2026, 1, 1))
    ['views', 'published_at', 'author']
    """
    bad = []
    if item.views is not None and not 0 <= item.views <= MAX_INTEGER:
        bad.append("views")
    if item.published_at is not None:
        latest = (today or datetime.now(CHINA_TZ).date()) + timedelta(days=1)
        if not limits.min_date <= item.published_at[:10] <= latest.isoformat():
            bad.append("published_at")
    if item.title is not None and len(item.title) > limits.max_title_chars:
        bad.append("title")
    bad.extend(
        name
        for name in SHORT_FIELDS
        if (value := getattr(item, name)) is not None and len(value) > limits.max_field_chars
    )
    return bad


class ValidatePipeline:
    def __init__(self, required: list[str], limits: Limits, crawler: Crawler) -> None:
        unknown = [name for name in required if name not in Article.__dataclass_fields__]
        if unknown:
            raise NotConfigured(f"VALIDATE_REQUIRED_FIELDS names unknown fields: {unknown}")
        self.required = required
        self.limits = limits
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        s = crawler.settings
        limits = Limits(
            max_title_chars=s.getint("VALIDATE_MAX_TITLE_CHARS"),
            max_field_chars=s.getint("VALIDATE_MAX_FIELD_CHARS"),
            max_body_bytes=s.getint("VALIDATE_MAX_BODY_BYTES"),
            min_date=s.get("VALIDATE_MIN_DATE"),
        )
        return cls(s.getlist("VALIDATE_REQUIRED_FIELDS"), limits, crawler)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(key)

    def _drop(self, item: Article, kind: str, reason: str) -> DropItem:
        self._inc(f"portal/dropped/{kind}")
        self.crawler.signals.send_catch_log(
            signal=signals.request_failed, url=item.url, kind=kind, reason=reason
        )
        return DropItem(f"{reason}: {item.url}")

    def process_item(self, item: Article) -> Article:
        for name in invalid_fields(item, self.limits):
            self._inc(f"portal/invalid/{name}")
            logger.warning("%s out of range on %s: %.80r", name, item.url, getattr(item, name))
            setattr(item, name, None)  # published_raw keeps what the page shows
        size = len(item.body.encode()) if item.body else 0
        if size > self.limits.max_body_bytes:
            raise self._drop(
                item, "too_large", f"body of {size} bytes over VALIDATE_MAX_BODY_BYTES"
            )
        for name in self.required:
            if not getattr(item, name):
                raise self._drop(item, f"no_{name}", f"missing {name}")
        return item
