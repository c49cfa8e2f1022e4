"""One parse per response, with lxml's plain HTML parser.

parsel parses with ``lxml.html``, whose element class lookup runs Python code
for every element the extractor touches: about a fifth of the extraction time
on real pages. The extractor and the spiders only need ``lxml.etree`` elements,
so a response is parsed once here, by the plain parser, and the tree is shared
by everyone who asks for the same response.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from lxml import etree
from scrapy.http import Response, TextResponse
from scrapy.selector import Selector

__all__ = ["not_a_page", "page_root", "page_selector", "parse_html"]

_cache: WeakKeyDictionary[TextResponse, Selector] = WeakKeyDictionary()


def parse_html(text: str, base_url: str | None = None) -> etree._Element:
    """The root element of an HTML text (as parsel builds it: NULs out, an empty page is <html/>).

    >>> parse_html("<p>计量</p>").findtext(".//p")
    '计量'
    >>> parse_html("").tag
    'html'
    """
    parser = etree.HTMLParser(recover=True, encoding="utf-8")
    body = text.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    root = etree.fromstring(body, parser=parser, base_url=base_url)
    if root is None:
        root = etree.fromstring(b"<html/>", parser=parser, base_url=base_url)
    return root


def page_selector(response: TextResponse) -> Selector:
    """The response's selector over a tree parsed once by :func:`parse_html`."""
    sel = _cache.get(response)
    if sel is None:
        sel = Selector(root=parse_html(response.text, response.url), type="html")
        _cache[response] = sel
    return sel


def page_root(response: TextResponse) -> etree._Element:
    return page_selector(response).root


def not_a_page(response: Response) -> str | None:
    """Why ``response`` is no HTML page (a picture, a PDF, an empty or binary answer), or None.

    Scrapy makes an ``HtmlResponse`` of any answer at a ``.html`` URL, whatever it holds.
    """
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if ctype and not any(kind in ctype for kind in ("html", "xml", "text/")):
        return f"Content-Type {ctype}"
    if not isinstance(response, TextResponse):
        return f"Content-Type {ctype or 'missing'}"
    if not response.body.strip():
        return "empty answer"
    if b"\0" in response.body[:4096]:
        return "binary answer (NUL bytes)"
    return None
