"""Saved pages to items, with no engine or network: what ``scrapy extract`` and tests use."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding, read_bom

from crawler.dom import utf8_response
from crawler.items import Article
from crawler.loaders import build_article
from crawler.middlewares import choose_encoding, undo_double_decoding
from crawler.normalize import normalize_article
from crawler.profiles import Profile, load_profile, profile_for_url

DEFAULT_ENCODINGS = ["utf-8", "gb18030", "big5"]


def response_from_bytes(
    body: bytes, url: str, charset: str | None = None, *, parse: bool = True
) -> HtmlResponse:
    """An ``HtmlResponse`` decoded as a crawl would decode it (``charset``: the HTTP header's hint).

    ``parse``: parse a UTF-8 body from its bytes here (:func:`crawler.dom.utf8_response`), the
    tree :func:`crawler.dom.page_root` then gives; False for a response read only as text
    (see :func:`page_text`). A Chinese page saved mis-decoded gets its bytes back
    (:func:`crawler.middlewares.undo_double_decoding`).
    """
    headers = (
        {"Content-Type": f"text/html; charset={charset}"}
        if charset
        else {"Content-Type": "text/html"}
    )
    declared = read_bom(body)[0] or charset or html_body_declared_encoding(body)
    if restored := undo_double_decoding(body, declared):  # (a page saved mis-decoded)
        raw, charset = restored
        return HtmlResponse(url=url, body=raw, headers=headers, encoding=charset)
    if body.isascii() and not declared:
        # what Scrapy infers for such a page, without its decoding the whole page to learn it
        return HtmlResponse(url=url, body=body, headers=headers, encoding=_ascii_inferred())
    if parse and (response := utf8_response(url, body, headers)):
        return response
    guessed: list[HtmlResponse] = []

    def guess() -> str:  # only for a body that is not UTF-8 (guessing decodes it, over and over)
        guessed.append(HtmlResponse(url=url, body=body, headers=headers))
        return guessed[0].encoding

    chosen = choose_encoding(body, guess, declared, DEFAULT_ENCODINGS)
    if guessed and chosen == guessed[0].encoding:
        # kept as guessed: Scrapy's last resort, "ascii", decodes to U+FFFD, counted as damage,
        # where a response told "ascii" would decode as Windows-1252
        return guessed[0]
    # told its encoding, a response does not guess it again at every read of .encoding
    return HtmlResponse(url=url, body=body, headers=headers, encoding=chosen)


@cache
def _ascii_inferred() -> str:
    """The encoding Scrapy infers for a page of ASCII bytes that declares none (Windows-1252:
    ASCII's superset on the web), asked of Scrapy."""
    return HtmlResponse(url="http://example.invalid/", body=b"<p>a</p>").encoding


def page_text(body: bytes, url: str, charset: str | None = None) -> str:
    """A saved page's text, decoded as for the extractor but not parsed: what other
    extractors are given (``make eval``, ``make bench``)."""
    return response_from_bytes(body, url, charset, parse=False).text


def extract_page(
    body: bytes,
    url: str,
    *,
    charset: str | None = None,
    simplify: bool | None = None,
    profile: str | Profile | None = None,
    provenance: dict[str, str] | None = None,
) -> Article:
    """The normalized item for one saved page (views only when the page shows them).

    Site selectors come from ``profile`` (a name, a path or a :class:`Profile`),
    else from the bundled profile of the URL's site; a page of any other site
    (or a ``file://`` URL) is read by the generic extractor alone.
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    elif profile is None:
        profile = profile_for_url(url)
    selectors = profile.selectors if profile is not None else {}
    if simplify is None:
        simplify = profile.simplify if profile is not None else True
    item = build_article(
        response_from_bytes(body, url, charset),
        selectors=selectors,
        url_dates=profile.url_dates if profile is not None else False,
        timezone=profile.timezone if profile is not None else None,
        provenance=provenance,
    )
    return normalize_article(item, simplify=simplify)[0]


def file_url(path: str | Path) -> str:
    return Path(path).resolve().as_uri()
