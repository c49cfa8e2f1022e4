"""Saved pages to items, with no engine or network: what ``scrapy extract`` and tests use."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding, read_bom

from crawler.items import Article
from crawler.loaders import build_article
from crawler.middlewares import choose_encoding
from pipelines.normalize import normalize_article

DEFAULT_ENCODINGS = ["utf-8", "gb18030", "big5"]


def response_from_bytes(body: bytes, url: str, charset: str | None = None) -> HtmlResponse:
    """An ``HtmlResponse`` decoded as a crawl would decode it (``charset``: the HTTP header's hint)."""
    headers = (
        {"Content-Type": f"text/html; charset={charset}"}
        if charset
        else {"Content-Type": "text/html"}
    )
    response = HtmlResponse(url=url, body=body, headers=headers)
    declared = read_bom(body)[0] or charset or html_body_declared_encoding(body)
    chosen = choose_encoding(body, response.encoding, declared, DEFAULT_ENCODINGS)
    return response if chosen == response.encoding else response.replace(encoding=chosen)


def extract_page(
    body: bytes, url: str, *, charset: str | None = None, simplify: bool = True
) -> Article:
    """The normalized item for one saved page (views only when the page shows them)."""
    item = build_article(response_from_bytes(body, url, charset))
    return normalize_article(item, simplify=simplify)[0]


def file_url(path: str | Path) -> str:
    return Path(path).resolve().as_uri()
