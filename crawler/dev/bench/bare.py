"""The floor for crawl throughput: a spider that follows the portal spider's links and does nothing else.

Same requests as ``portal`` (home, folders, list pages by 下一页, articles, their
pages, view counters), no extraction, no items, no storage.
Run: ``scrapy runspider crawler/dev/bench/bare.py -a start_url=URL``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import scrapy

from crawler.extraction import article_key
from crawler.links import canonical_url

_INDEX_RE = re.compile(
    r"^/(?:[\w-]+/)+(?:index\.s?html?|list_\d+_\d+\.html|index_\d+\.html|list-\d+-\d+\.html)?$"
)


def is_index_url(url: str) -> bool:
    """A channel or section list page: ``/<folder>/``, ``index.html``, ``list_<tid>_<n>.html``.

    >>> is_index_url("http://x/redianjujiao/list_11_3.html"), is_index_url("http://x/a/12.html")
    (True, False)
    """
    parts = urlsplit(url)
    return not parts.query and bool(_INDEX_RE.match(parts.path))


_COUNTER = re.compile(r"count\.php\?")


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname]

    def parse(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            return
        own = article_key(response.url)
        for a in response.selector.root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("javascript:", "mailto:")):
                continue
            url = urljoin(response.url, href)
            if "?" in url or "#" in url:
                url = canonical_url(url)
            if self._follows(own, url):
                yield scrapy.Request(url)
        if own is not None:
            for script in response.selector.root.iter("script"):
                src = script.get("src") or ""
                if _COUNTER.search(src):
                    yield scrapy.Request(
                        urljoin(response.url, src), callback=self.counted, dont_filter=True
                    )

    @staticmethod
    def _follows(own: tuple[str, int] | None, url: str) -> bool:
        key = article_key(url)
        if own is None:  # an index page: articles, folders, list pages
            return bool(key and key[1] == 1) or (
                is_index_url(url) and (url.endswith("/") or "list_" in url)
            )
        # an article page: its other pages (a mirror is an alias the portal spider never fetches)
        return bool(key and key[0] == own[0] and key[1] != 1)

    def counted(self, response):
        return None
