"""The ``portal`` spider: home -> channels -> sections -> list pages -> articles.

It only navigates; every field comes from :func:`crawler.loaders.build_article`.

Arguments (``-a name=value``):

* ``start_url``: the portal's home (default ``http://www.chinajl.com.cn/``);
  the allowed domain is derived from it, so a local replica works.
* ``sections``: comma-separated section folders to crawl (default: all found).
* ``max_pages``: list pages to walk per section (default: all).
* ``since``: ``YYYY-MM-DD``; stop paginating a section at a list page holding
  only older articles, and skip older articles.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.extraction import article_key, find_counter_url, find_part_urls
from crawler.items import Article
from crawler.links import canonical_url, is_index_url, section_folder
from crawler.loaders import build_article
from crawler.parsing import parse_counter_answer, parse_date

DEFAULT_START_URL = "http://www.chinajl.com.cn/"
_NEXT_PAGE = re.compile(r"^\s*(?:下一页|下页|下一頁|后页|›|>|next)\s*$", re.I)
_MIRROR_TEXT = re.compile(r"繁體|繁体|big5", re.I)


@dataclass
class ArticleState:
    """An article being assembled from its pages and its counter."""

    item: Article
    bodies: list[str] = field(default_factory=list)
    parts: dict[int, str] = field(default_factory=dict)
    done: set[int] = field(default_factory=set)
    counter_url: str | None = None
    mirror_url: str | None = None


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        start_url: str = DEFAULT_START_URL,
        sections: str | None = None,
        max_pages: str | int | None = None,
        since: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        parts = urlsplit(start_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"start_url must be an http(s) URL, got {start_url!r}")
        self.start_url = start_url if parts.path else start_url + "/"
        self.allowed_domains = [parts.hostname]
        self.sections = {s.strip() for s in sections.split(",") if s.strip()} if sections else None
        self.max_pages = int(max_pages) if max_pages else None
        self.since = date.fromisoformat(since) if since else None

    async def start(self) -> AsyncIterator[Request]:
        if self.sections:
            for folder in sorted(self.sections):
                yield Request(urljoin(self.start_url, f"/{folder}/"), callback=self.parse_index)
        else:
            yield Request(self.start_url, callback=self.parse_index)

    # --- index pages -------------------------------------------------------------
    def _inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)

    def _links(self, response: TextResponse) -> Iterator[tuple[str, scrapy.Selector]]:
        """In-site http(s) links of a page, canonical; off-site and script links are counted."""
        for a in response.xpath("//a[@href]"):
            href = a.attrib["href"].strip()
            scheme = urlsplit(href).scheme.lower()
            if scheme and scheme not in ("http", "https"):
                self._inc(f"portal/links/skipped/{scheme}")
                continue
            url = canonical_url(urljoin(response.url, href))
            if urlsplit(url).hostname not in self.allowed_domains:
                self._inc("portal/links/skipped/offsite")
                continue
            yield url, a

    def _wanted(self, url: str) -> bool:
        return self.sections is None or section_folder(url) in self.sections

    def parse_index(self, response: Response, page: int = 1) -> Iterator[Request]:
        """Home, channel and section list pages: follow folders, articles and the pager."""
        if not isinstance(response, TextResponse):
            return
        self._inc("portal/index_pages")
        folder = section_folder(response.url)
        # dates per list container: the page's own list, not a sidebar of newest articles
        dates_by_list: dict[object, list[date]] = {}
        next_url = None
        for url, a in self._links(response):
            key = article_key(url)
            if key is not None:
                if key[1] != 1 or not self._wanted(url):
                    continue
                listed = self._listed_date(a)
                if listed and section_folder(url) == folder:
                    container = a.root.getparent().getparent()
                    dates_by_list.setdefault(container, []).append(listed)
                if self.since and listed and listed < self.since:
                    self._inc("portal/articles/skipped_since")
                    continue
                yield Request(url, callback=self.parse_article, errback=self.article_failed)
            elif is_index_url(url):
                text = " ".join(a.xpath("string()").get("").split())
                if _NEXT_PAGE.match(text) and section_folder(url) == folder:
                    next_url = url
                elif url.endswith("/") and self._wanted(url) and self.sections is None:
                    yield Request(url, callback=self.parse_index, cb_kwargs={"page": 1})
        dates_here = max(dates_by_list.values(), key=len, default=[])
        yield from self._paginate(response, next_url, page, dates_here)

    def _listed_date(self, a: scrapy.Selector) -> date | None:
        parent = a.xpath("..")
        found = parse_date(" ".join(parent.xpath(".//text()").getall())) if parent else None
        return date.fromisoformat(found[1][:10]) if found else None

    def _paginate(
        self, response: Response, next_url: str | None, page: int, dates: list[date]
    ) -> Iterator[Request]:
        if next_url is None:
            return
        if self.max_pages and page >= self.max_pages:
            self._inc("portal/pagination/stopped/max_pages")
            return
        if self.since and dates and max(dates) < self.since:
            self._inc("portal/pagination/stopped/since")
            return
        yield Request(next_url, callback=self.parse_index, cb_kwargs={"page": page + 1})

    # --- articles ----------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Request | Article]:
        if not isinstance(response, TextResponse):
            self._inc("portal/articles/not_html")
            self.logger.warning("not an HTML page, skipped: %s", response.url)
            return
        self._inc("portal/articles/pages")
        item = build_article(response)
        state = ArticleState(item=item, bodies=[item.body or ""], done={1})
        state.parts = find_part_urls(response.selector, response.url)
        state.counter_url = find_counter_url(response.selector, response.url)
        state.mirror_url = self._mirror_link(response)
        yield from self._continue(state)

    def _mirror_link(self, response: TextResponse) -> str | None:
        own = article_key(response.url)
        for url, a in self._links(response):
            key = article_key(url)
            same_id = (
                key and own and key[0] != own[0] and key[0].endswith(own[0].rsplit("/", 1)[-1])
            )
            if same_id and _MIRROR_TEXT.search(a.xpath("string()").get("")):
                return url
        return None

    def parse_part(self, response: Response, state: ArticleState, part: int) -> Iterator:
        if not isinstance(response, TextResponse):
            yield from self._drop(state, f"part {part} is not HTML: {response.url}")
            return
        self._inc("portal/articles/pages")
        page = build_article(response)
        state.bodies.append(page.body or "")
        state.done.add(part)
        state.parts.update(find_part_urls(response.selector, response.url))
        yield from self._continue(state)

    def _continue(self, state: ArticleState) -> Iterator:
        """Fetch the next missing page, then the counter, then emit the item."""
        pending = sorted(n for n in state.parts if n not in state.done)
        if pending:
            n = pending[0]
            yield Request(
                state.parts[n],
                callback=self.parse_part,
                errback=self.part_failed,
                cb_kwargs={"state": state, "part": n},
                priority=5,
            )
            return
        state.item.body = "\n".join(b for b in state.bodies if b) or None
        state.item.pages = len(state.done)
        if state.item.views is None and state.counter_url:
            yield Request(
                state.counter_url,
                callback=self.parse_counter,
                errback=self.counter_failed,
                cb_kwargs={"state": state},
                priority=10,
                dont_filter=True,
            )
            return
        yield from self._emit(state)

    def _emit(self, state: ArticleState) -> Iterator:
        self._inc("portal/articles/assembled")
        yield state.item
        if state.mirror_url:
            yield Request(
                state.mirror_url,
                callback=self.parse_article,
                errback=self.article_failed,
                priority=-5,
            )

    def parse_counter(self, response: Response, state: ArticleState) -> Iterator:
        views = parse_counter_answer(response.text) if isinstance(response, TextResponse) else None
        if views is None:
            self._inc("portal/views/counter_unreadable")
            self.logger.warning(
                "unreadable counter answer at %s for %s", response.url, state.item.url
            )
        else:
            self._inc("portal/views/counter")
        state.item.views = views
        yield from self._emit(state)

    # --- failures ------------------------------------------------------------------
    def _reason(self, failure: Failure) -> str:
        if failure.check(HttpError):
            return f"http_{failure.value.response.status}"
        return failure.type.__name__ if failure.type else "error"

    def article_failed(self, failure: Failure) -> None:
        reason = self._reason(failure)
        self._inc(f"portal/links/dead/{reason}")
        self.logger.warning("dead link %s: %s", failure.request.url, reason)

    def part_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        yield from self._drop(state, f"page {failure.request.url} failed: {self._reason(failure)}")

    def _drop(self, state: ArticleState, why: str) -> Iterator:
        self._inc("portal/dropped/incomplete_article")
        self.logger.error("article %s dropped, %s", state.item.url, why)
        return iter(())

    def counter_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        self._inc("portal/views/counter_failed")
        self.logger.warning(
            "view counter %s failed (%s); %s stored without views",
            failure.request.url,
            self._reason(failure),
            state.item.url,
        )
        yield from self._emit(state)
