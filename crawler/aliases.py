"""What a page says about its other addresses: pure functions of its tree and URL.

* ``<link rel="canonical" href="…">`` naming another article URL of the site: the page
  is an alias of that URL.
* A link named 繁體/繁体/big5 to the same article id under another path: that URL is the
  page's traditional mirror, an alias of this page.
* A link named 简体/簡體 to the same article id under another path: the page is itself
  the mirror, an alias of that URL.

The spider records what these say (signal ``alias_found``) and fetches, and stores, only
the canonical URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.dom import text_of
from crawler.extraction import article_key
from crawler.links import absolute_url, canonical_url

__all__ = ["declared_canonical", "script_links"]

_TRADITIONAL_RE = re.compile(r"繁體|繁体|big5", re.I)
_SIMPLIFIED_RE = re.compile(r"简体|簡體|简中|gb2312", re.I)
_CANONICAL_XPATH = etree.XPath(
    "//link[@href][contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]"
)


def _same_page(a: str, b: str) -> bool:
    """Two URLs of one page as far as a canonical link goes: the scheme and a ``www.`` aside."""
    pa, pb = urlsplit(canonical_url(a)), urlsplit(canonical_url(b))
    host = lambda p: (p.hostname or "").removeprefix("www.")  # noqa: E731
    return host(pa) == host(pb) and (pa.path, pa.query) == (pb.path, pb.query)


def declared_canonical(root: etree._Element, url: str) -> str | None:
    """The other URL the page names as its canonical address, or None.

    >>> from crawler.dom import parse_html
    >>> page = parse_html('<head><link rel="canonical" href="/news/12.html"></head>')
    >>> declared_canonical(page, "http://x/news/12.html?from=rss"), declared_canonical(page, "http://x/m/12.html")
    (None, 'http://x/news/12.html')
    """
    for link in _CANONICAL_XPATH(root):
        target = absolute_url(url, link.get("href"))
        if target and urlsplit(target).scheme in ("http", "https") and not _same_page(target, url):
            return canonical_url(target)
    return None


def script_links(root: etree._Element, url: str) -> dict[str, str]:
    """Links to the same article id under another path, by script: ``traditional``, ``simplified``.

    >>> from crawler.dom import parse_html
    >>> page = parse_html('<a href="/big5/news/12.html">繁體中文</a> <a href="/news/13.html">简体</a>')
    >>> script_links(page, "http://x/news/12.html")
    {'traditional': 'http://x/big5/news/12.html'}
    """
    own = article_key(url)
    if own is None:
        return {}
    article_id = own[0].rsplit("/", 1)[-1]
    found: dict[str, str] = {}
    for a in root.iter("a"):
        href = a.get("href") or ""
        if article_id not in href:
            continue
        text = text_of(a)
        script = (
            "traditional"
            if _TRADITIONAL_RE.search(text)
            else "simplified"
            if _SIMPLIFIED_RE.search(text)
            else None
        )
        if script is None or script in found:
            continue
        joined = absolute_url(url, href)
        if joined is None:
            continue
        target = canonical_url(joined)
        key = article_key(target)
        if key and key[0] != own[0] and key[0].rsplit("/", 1)[-1] == article_id:
            found[script] = target
    return found
