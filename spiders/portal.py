"""The ``portal`` spider: home -> channels -> sections -> list pages -> articles.

It only navigates (articles are assembled by :class:`spiders.articles.ArticleAssembly`);
every field comes from :func:`crawler.loaders.build_article`.

Arguments (``-a name=value``): see :data:`crawler.arguments.SPIDER_ARGUMENTS` (start_url,
profile, sections, max_pages, since, mode), checked by :meth:`PortalSpider.check_arguments`
before the engine starts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from crawler.arguments import ArgumentError, SpiderArguments, parse_spider_arguments
from crawler.diskset import DiskSet
from crawler.dom import page_root, text_of
from crawler.extraction import article_key
from crawler.guard import HostPolicy
from crawler.incremental import IncrementalState
from crawler.links import absolute_url, canonical_url, section_folder
from crawler.pagers import list_key, next_page
from crawler.parsing import parse_date
from crawler.profiles import load_profile
from crawler.scratch import scratch_dir
from crawler.store import url_digest
from spiders.articles import ArticleAssembly


class PortalSpider(ArticleAssembly, scrapy.Spider):
    name = "portal"

    def __init__(self, **arguments) -> None:
        args = self.check_arguments(arguments)
        super().__init__()
        self.profile = load_profile(args.profile)
        start_url = args.start_url or self.profile.start_url
        parts = urlsplit(start_url)
        self.start_url = start_url if parts.path else start_url + "/"
        self.allowed_domains = [parts.hostname]
        self.allowed_origins = [f"{parts.scheme}://{parts.netloc}/"]
        self.policy = HostPolicy(self.allowed_origins)
        self.sections = set(args.sections) if args.sections else None
        self.max_pages = args.max_pages
        self.since = args.since
        self.mode = args.mode
        self.arguments = {
            "start_url": start_url, "sections": arguments.get("sections"),
            "max_pages": args.max_pages, "since": arguments.get("since"), "mode": args.mode,
            "profile": self.profile.name,
        }  # fmt: skip
        self.listed: DiskSet | None = None  # article URLs seen on list pages this run
        self.stale_streak: dict[str, int] = {}
        self.walked_to_end: set[str] = set()  # sections this run walked to the end
        self.known_streak: dict[str, int] = {}

    @classmethod
    def check_arguments(cls, arguments: dict) -> SpiderArguments:
        """The ``-a`` arguments checked (``scrapy crawl`` asks before the engine starts):
        :class:`~crawler.arguments.ArgumentError` with one line for a user's mistake."""
        args = parse_spider_arguments(**arguments)
        try:
            profile = load_profile(args.profile)
        except ValueError as exc:
            raise ArgumentError(f"-a profile: {exc}") from None
        if args.start_url is None:
            parse_spider_arguments(start_url=profile.start_url)  # a profile's own must hold too
        return args

    @property
    def incremental(self) -> IncrementalState | None:
        """What the store says is known (the spider holds no store of its own)."""
        return IncrementalState.of(self.crawler)

    async def start(self) -> AsyncIterator[Request]:
        state = self.incremental
        for url in state.start_urls(self._wanted) if state is not None else []:
            yield Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                dont_filter=True,
                priority=3,
            )
        if self.sections:
            for folder in sorted(self.sections):
                yield Request(
                    urljoin(self.start_url, f"/{folder}/"),
                    callback=self.parse_index,
                    errback=self.index_failed,
                )
        else:
            yield Request(self.start_url, callback=self.parse_index, errback=self.index_failed)

    def closed(self, reason: str) -> None:
        if self.listed is not None:
            self.listed.close()

    # --- index pages -------------------------------------------------------------
    def _inc(self, key: str, count: int = 1) -> None:
        self.crawler.stats.inc_value(key, count)

    def _links(self, response: TextResponse) -> Iterator[tuple[str, etree._Element]]:
        """In-site http(s) links of a page, canonical; off-site and script links are counted.

        Walks lxml elements directly: this runs for every link of every list page.
        """
        base = response.url
        for a in page_root(response).iter("a"):
            href = (a.get("href") or "").strip()
            if not href:
                continue
            head = href[:12].lower()
            if ":" in head and not head.startswith(("http:", "https:")):
                self._inc(f"portal/links/skipped/{head.split(':', 1)[0]}")
                continue
            url = absolute_url(base, href)
            if url is None:
                self._inc("portal/links/skipped/malformed")
                continue
            if self.policy.verdict(url) is not None:
                self._inc("portal/links/skipped/offsite")
                continue
            if (
                "?" in url
                or "#" in url
                or url.endswith(("/index.html", "/index.htm", "/index.shtml"))
            ):
                url = canonical_url(url)
            if (target := self.profile.canonical(url)) is not None:
                self._alias(url, target, "profile")  # a mirror's address: its original instead
                url = target
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
        pager_links: list[tuple[str, str]] = []
        fresh = 0  # article URLs no list page of this run showed before
        state = self.incremental
        here = list_key(response.url)[0]
        for url, a in self._links(response):
            if self.profile.is_article(url):
                key = article_key(url)
                if (key and key[1] != 1) or not self._wanted(url):
                    continue
                fresh += self._listed_first_time(url)
                listed = self._listed_date(a)
                known = state is not None and state.is_known(url)
                if section_folder(url) == folder:
                    lists.setdefault(a.getparent().getparent(), []).append((listed, known))
                if self.since and listed and listed < self.since:
                    self._inc("portal/articles/skipped_since")
                elif known:
                    self._inc("portal/articles/skipped_known")
                else:
                    yield Request(url, callback=self.parse_article, errback=self.article_failed)
            elif list_key(url)[0] == here:  # another page of this list: the pager's
                pager_links.append((url, text_of(a).strip()))
            elif (
                self.profile.is_index(url)
                and self._another_list(url, here)
                and self._wanted(url)
                and self.sections is None
            ):
                yield Request(url, callback=self.parse_index, errback=self.index_failed)
        # as the page says it: 下一页, TRS's script call, the next number, 共N页
        next_url = next_page(response.url, pager_links, response.text)
        own = max(lists.values(), key=len, default=[])
        yield from self._paginate(response, next_url, page, own, fresh)

    @staticmethod
    def _another_list(url: str, here: str) -> bool:
        """The first page of a list other than this page's (its later pages come by its pager):
        a channel or section folder, ``list-9-1.html``, ``index.php?…&a=lists&catid=9``."""
        stem, number = list_key(url)
        return number == 1 and stem != here

    def _listed_first_time(self, url: str) -> bool:
        if self.listed is None:
            self.listed = DiskSet(scratch_dir(self.settings), name="listed")
        return self.listed.add(url_digest(url))

    @staticmethod
    def _listed_date(a: etree._Element) -> date | None:
        parent = a.getparent()
        found = parse_date(text_of(parent)) if parent is not None else None
        return date.fromisoformat(found[1][:10]) if found else None

    def _paginate(
        self,
        response: Response,
        next_url: str | None,
        page: int,
        own: list[tuple[date | None, bool]],
        fresh: int,
    ) -> Iterator[Request]:
        folder = section_folder(response.url)
        if next_url is None:
            if folder and own and not self.max_pages and not self.since:
                self.walked_to_end.add(folder)  # recorded only if the run finishes
            return
        if self.max_pages and page >= self.max_pages:
            self._inc("portal/pagination/stopped/max_pages")
            return
        streak = self.stale_streak[folder] = 0 if fresh else self.stale_streak.get(folder, 0) + 1
        if streak >= self.settings.getint("PAGINATION_STALE_PAGES"):
            self._inc("portal/pagination/stopped/stale")
            self.logger.warning(
                "pager of %s stopped at %s: %d list pages in a row showed no new article",
                folder or "/",
                response.url,
                streak,
            )
            return
        cap = self.settings.getint("PAGINATION_MAX_PAGES")
        if cap and page >= cap:
            self._inc("portal/pagination/stopped/cap")
            self.logger.warning(
                "pager of %s stopped at %s: PAGINATION_MAX_PAGES (%d) list pages walked",
                folder or "/",
                response.url,
                cap,
            )
            return
        dates = [listed for listed, _ in own if listed]
        if self.since and dates and max(dates) < self.since:
            self._inc("portal/pagination/stopped/since")
            return
        if own and all(known for _, known in own):
            # the rest of the section may be older than articles already stored
            streak = self.known_streak[folder] = self.known_streak.get(folder, 0) + 1
            state = self.incremental
            if state is not None and state.may_stop(folder, streak):
                self._inc("portal/pagination/stopped/known")
                return
        yield Request(
            next_url,
            callback=self.parse_index,
            errback=self.index_failed,
            cb_kwargs={"page": page + 1},
        )

    def index_failed(self, failure: Failure) -> None:
        reason, url = self._reason(failure), self._asked(failure.request)
        self._failed(url, "list", reason)
        if url == self.start_url and self.sections is None:
            # nothing else can be found: say so once, plainly, and stop
            self.logger.error(
                "the start page %s cannot be fetched (%s): check start_url; nothing was crawled",
                url,
                reason,
            )
            self.crawler.stats.set_value("portal/start_failed", f"{url}: {reason}")
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="start_page_failed"))
            return
        self.logger.warning(
            "list page %s failed for good: %s; its section stays unwalked", url, reason
        )
