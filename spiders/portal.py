"""The ``portal`` spider: home -> channels -> sections -> list pages -> articles.

It only navigates; every field comes from :func:`crawler.loaders.build_article`.

Arguments (``-a name=value``):

* ``profile``: a site profile by name or path (default ``chinajl``; see
  :mod:`crawler.profiles`): URL patterns, selectors, script conversion.
* ``start_url``: the portal's home (default: the profile's); the allowed
  domain is derived from it, so a local replica works.
* ``sections``: comma-separated section folders to crawl (default: all found).
* ``max_pages``: list pages to walk per section (default: all).
* ``since``: ``YYYY-MM-DD``; stop paginating a section at a list page holding
  only older articles, and skip older articles.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import signals
from crawler.extraction import article_key, find_counter_url, find_part_urls
from crawler.items import Article
from crawler.links import canonical_url, section_folder
from crawler.loaders import build_article
from crawler.parsing import CHINA_TZ, parse_counter_answer, parse_date
from crawler.profiles import load_profile
from crawler.store import Store

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
        start_url: str | None = None,
        profile: str = "chinajl",
        sections: str | None = None,
        max_pages: str | int | None = None,
        since: str | None = None,
        mode: str = "incremental",
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.profile = load_profile(profile)
        start_url = start_url or self.profile.start_url
        parts = urlsplit(start_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"start_url must be an http(s) URL, got {start_url!r}")
        if mode not in ("incremental", "full"):
            raise ValueError(f"mode must be incremental or full, got {mode!r}")
        self.start_url = start_url if parts.path else start_url + "/"
        self.allowed_domains = [parts.hostname]
        self.origins = (f"{parts.scheme}://{parts.netloc}/",)
        self.sections = {s.strip() for s in sections.split(",") if s.strip()} if sections else None
        self.max_pages = int(max_pages) if max_pages else None
        self.since = date.fromisoformat(since) if since else None
        self.mode = mode
        self.arguments = {
            "start_url": start_url, "sections": sections, "max_pages": max_pages, "since": since, "mode": mode,
            "profile": self.profile.name,
        }  # fmt: skip
        self.state: Store | None = None  # the store, read-only: incremental runs skip what it holds
        self.started_at = ""
        self.walked: set[str] = set()  # sections an earlier finished run walked to the end
        self.walked_to_end: set[str] = set()  # sections this run walked to the end
        self.known_streak: dict[str, int] = {}

    async def start(self) -> AsyncIterator[Request]:
        for request in self._state_requests():
            yield request
        if self.sections:
            for folder in sorted(self.sections):
                yield Request(
                    urljoin(self.start_url, f"/{folder}/"),
                    callback=self.parse_index,
                    errback=self.index_failed,
                )
        else:
            yield Request(self.start_url, callback=self.parse_index, errback=self.index_failed)

    def _state_requests(self) -> list[Request]:
        """Read the store: what is known, what to refresh, what failed last time."""
        path = self.settings.get("SQLITE_PATH")
        if not path or not Path(path).exists():
            return []
        store = Store(path, readonly=True)
        keep_open = False
        try:
            days = self.settings.getint("VIEWS_REFRESH_DAYS", 30)
            since = (datetime.now(CHINA_TZ) - timedelta(days=days)).date().isoformat()
            refresh = [u for u in store.recent_urls(since) if self._wanted(u)] if days > 0 else []
            retry = [u for u in store.open_errors() if self._wanted(u)]
            if not self.settings.getbool("RETRY_OPEN_ERRORS", True):
                retry = []
            if self.mode == "incremental":
                self.state, keep_open = store, True
                self.started_at = datetime.now(UTC).isoformat(timespec="seconds")
                self.walked = store.walked_sections()
        finally:
            if not keep_open:
                store.close()
        self._inc("portal/refresh/requested", len(refresh))
        self._inc("portal/retry/requested", len(retry))
        return [
            Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                dont_filter=True,
                priority=3,
            )
            for url in dict.fromkeys(retry + refresh)
        ]

    def closed(self, reason: str) -> None:
        if self.state is not None:
            self.state.close()

    # --- index pages -------------------------------------------------------------
    def _inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)

    def _links(self, response: TextResponse) -> Iterator[tuple[str, etree._Element]]:
        """In-site http(s) links of a page, canonical; off-site and script links are counted.

        Walks lxml elements directly: this runs for every link of every list page.
        """
        base = response.url
        for a in response.selector.root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href:
                continue
            head = href[:12].lower()
            if ":" in head and not head.startswith(("http:", "https:")):
                self._inc(f"portal/links/skipped/{head.split(':', 1)[0]}")
                continue
            url = urljoin(base, href)
            offsite = (
                not url.startswith(self.origins)
                and urlsplit(url).hostname not in self.allowed_domains
            )
            if offsite:
                self._inc("portal/links/skipped/offsite")
                continue
            if (
                "?" in url
                or "#" in url
                or url.endswith(("/index.html", "/index.htm", "/index.shtml"))
            ):
                url = canonical_url(url)
            yield url, a

    def _wanted(self, url: str) -> bool:
        return self.sections is None or section_folder(url) in self.sections

    def parse_index(self, response: Response, page: int = 1) -> Iterator[Request]:
        """Home, channel and section list pages: follow folders, articles and the pager."""
        if not isinstance(response, TextResponse):
            return
        self._inc("portal/index_pages")
        folder = section_folder(response.url)
        # per list container: the page's own list, not a sidebar of newest articles
        lists: dict[object, list[tuple[date | None, bool]]] = {}
        next_url = None
        for url, a in self._links(response):
            if self.profile.is_article(url):
                key = article_key(url)
                if (key and key[1] != 1) or not self._wanted(url):
                    continue
                listed = self._listed_date(a)
                known = self.state is not None and self.state.known_before(url, self.started_at)
                if section_folder(url) == folder:
                    lists.setdefault(a.getparent().getparent(), []).append((listed, known))
                if self.since and listed and listed < self.since:
                    self._inc("portal/articles/skipped_since")
                elif known:
                    self._inc("portal/articles/skipped_known")
                else:
                    yield Request(url, callback=self.parse_article, errback=self.article_failed)
            elif self.profile.is_index(url):
                text = "".join(a.itertext()).strip()
                if _NEXT_PAGE.match(text) and section_folder(url) == folder:
                    next_url = url
                elif url.endswith("/") and self._wanted(url) and self.sections is None:
                    yield Request(url, callback=self.parse_index, errback=self.index_failed)
        own = max(lists.values(), key=len, default=[])
        yield from self._paginate(response, next_url, page, own)

    @staticmethod
    def _listed_date(a: etree._Element) -> date | None:
        parent = a.getparent()
        found = parse_date("".join(parent.itertext())) if parent is not None else None
        return date.fromisoformat(found[1][:10]) if found else None

    def _paginate(
        self,
        response: Response,
        next_url: str | None,
        page: int,
        own: list[tuple[date | None, bool]],
    ) -> Iterator[Request]:
        folder = section_folder(response.url)
        if next_url is None:
            if folder and own and not self.max_pages and not self.since:
                self.walked_to_end.add(folder)  # recorded only if the run finishes
            return
        if self.max_pages and page >= self.max_pages:
            self._inc("portal/pagination/stopped/max_pages")
            return
        dates = [listed for listed, _ in own if listed]
        if self.since and dates and max(dates) < self.since:
            self._inc("portal/pagination/stopped/since")
            return
        if (
            self.mode == "incremental"
            and folder in self.walked
            and own
            and all(known for _, known in own)
        ):
            # the rest of the section is older than articles already stored
            streak = self.known_streak[folder] = self.known_streak.get(folder, 0) + 1
            if streak > self.settings.getint("INCREMENTAL_OVERLAP_PAGES", 1):
                self._inc("portal/pagination/stopped/known")
                return
        yield Request(
            next_url,
            callback=self.parse_index,
            errback=self.index_failed,
            cb_kwargs={"page": page + 1},
        )

    # --- articles ----------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Request | Article]:
        if not isinstance(response, TextResponse):
            self._inc("portal/articles/not_html")
            self.logger.warning("not an HTML page, skipped: %s", response.url)
            return
        self._inc("portal/articles/pages")
        item = build_article(response, selectors=self.profile.selectors)
        state = ArticleState(item=item, bodies=[item.body or ""], done={1})
        state.parts = find_part_urls(response.selector, response.url)
        state.counter_url = find_counter_url(response.selector, response.url)
        if not (response.request and response.request.meta.get("portal_refresh")):
            state.mirror_url = self._mirror_link(response)
        yield from self._continue(state)

    def _mirror_link(self, response: TextResponse) -> str | None:
        """A link named 繁體/big5 to the same article id under another path."""
        own = article_key(response.url)
        if own is None:
            return None
        article_id = own[0].rsplit("/", 1)[-1]
        for a in response.selector.root.iter("a"):
            href = a.get("href") or ""
            if article_id not in href or not _MIRROR_TEXT.search("".join(a.itertext())):
                continue
            url = canonical_url(urljoin(response.url, href.strip()))
            key = article_key(url)
            if key and key[0] != own[0] and key[0].endswith("/" + article_id):
                return url
        return None

    def parse_part(self, response: Response, state: ArticleState, part: int) -> Iterator:
        if not isinstance(response, TextResponse):
            yield from self._drop(state, f"part {part} is not HTML: {response.url}")
            return
        self._inc("portal/articles/pages")
        page = build_article(response, selectors=self.profile.selectors)
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
        name = failure.type.__name__ if failure.type else "error"
        detail = str(failure.value).strip()
        return f"{name}: {detail}"[:200] if detail else name

    @staticmethod
    def _asked(request: Request) -> str:
        """The URL first asked for, before any redirect."""
        return request.meta.get("redirect_urls", [request.url])[0]

    def _failed(self, url: str, kind: str, reason: str) -> None:
        self.crawler.signals.send_catch_log(
            signal=signals.request_failed, url=url, kind=kind, reason=reason
        )

    def article_failed(self, failure: Failure) -> None:
        reason = self._reason(failure)
        if reason in ("http_404", "http_410"):
            self._inc(f"portal/links/dead/{reason}")
            self.logger.warning("dead link %s: %s", self._asked(failure.request), reason)
            self._failed(self._asked(failure.request), "dead", reason)
        else:
            self.logger.warning(
                "article %s failed for good: %s", self._asked(failure.request), reason
            )
            self._failed(self._asked(failure.request), "article", reason)

    def index_failed(self, failure: Failure) -> None:
        reason = self._reason(failure)
        self.logger.warning(
            "list page %s failed for good: %s; its section stays unwalked",
            failure.request.url,
            reason,
        )
        self._failed(failure.request.url, "list", reason)

    def part_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        self._failed(
            state.item.url, "article", f"page {failure.request.url}: {self._reason(failure)}"
        )
        yield from self._drop(state, f"page {failure.request.url} failed: {self._reason(failure)}")

    def _drop(self, state: ArticleState, why: str) -> Iterator:
        self._inc("portal/dropped/incomplete_article")
        self.logger.error("article %s dropped, %s", state.item.url, why)
        return iter(())

    def counter_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        self._inc("portal/views/counter_failed")
        self._failed(state.item.url, "counter", f"{failure.request.url}: {self._reason(failure)}")
        self.logger.warning(
            "view counter %s failed (%s); %s stored without views",
            failure.request.url,
            self._reason(failure),
            state.item.url,
        )
        yield from self._emit(state)
