"""``ArticleAssembly``: a spider mixin that turns an article's pages and its counter into one item.

Page 1 is parsed into an item; its other pages (``<id>_2.html`` ...) are fetched
one after the other and their bodies joined in order; when no view count is
shown, one request to the view counter completes it. A page that fails drops
the whole article (never a half-made record) and is recorded for a later run;
a counter that fails leaves the item without views. Failures are sent as the
``request_failed`` signal (the SQLite pipeline writes them to ``errors``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler import signals
from crawler.aliases import declared_canonical, script_links
from crawler.dom import not_a_page, page_root, page_selector
from crawler.extraction import find_counter_url, find_part_urls
from crawler.failures import classify
from crawler.items import Article
from crawler.loaders import build_article
from crawler.parsing import parse_counter_answer

_MIRROR_TEXT = re.compile(r"繁體|繁体|big5", re.I)


@dataclass
class ArticleState:
    """An article being assembled from its pages and its counter."""

    item: Article
    bodies: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    parts: dict[int, str] = field(default_factory=dict)
    done: set[int] = field(default_factory=set)
    counter_url: str | None = None


class ArticleAssembly:
    """Mixed into a spider that has ``crawler``, ``logger``, ``profile`` and ``_inc``."""

    # --- articles ----------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Request | Article]:
        asked = self._asked(response.request) if response.request else response.url
        if why := not_a_page(response):
            self._not_an_article(asked, "not_html", why)
            return
        moved = asked != response.url and not self.profile.is_article(response.url)
        if moved and self.profile.is_index(response.url):
            # a moved article now answered by a list page: walk the list instead
            self._not_an_article(asked, "not_article", f"redirected to list {response.url}")
            yield from self.parse_index(response)
            return
        self._inc("portal/articles/pages")
        scripts = script_links(page_root(response), response.url)  # 繁體 / 简体中文 links
        if alias := self._canonical_of(response, asked, scripts.get("simplified")):
            # another address of an article: recorded, and the article fetched at its own
            yield Request(alias, callback=self.parse_article, errback=self.article_failed)
            return
        item = self._build(response, asked)
        if item is None:
            return
        state = ArticleState(
            item=item, bodies=[item.body or ""], images=list(item.images), done={1}
        )
        state.parts = find_part_urls(page_selector(response), response.url, response.text)
        state.counter_url = find_counter_url(page_selector(response), response.url)
        if mirror := scripts.get("traditional"):
            self._alias(mirror, response.url, "mirror_link")  # known, never fetched
        yield from self._continue(state)

    def _canonical_of(self, response: TextResponse, asked: str, original: str | None) -> str | None:
        """The URL this page is an alias of (by the profile's rules, a canonical link or the
        ``original`` its 简体中文 link names), recorded; None for an article's own page."""
        found = [
            (self.profile.canonical(asked), "profile"),
            (declared_canonical(page_root(response), response.url), "canonical"),
            (original, "mirror_link"),
        ]
        for target, how in found:
            if target and self.profile.is_article(target) and self.policy.verdict(target) is None:
                self._alias(asked, target, how)
                return target
        return None

    def _alias(self, url: str, canonical: str, how: str) -> None:
        self._inc(f"portal/aliases/{how}")
        self.crawler.signals.send_catch_log(
            signal=signals.alias_found, url=url, canonical_url=canonical, how=how
        )

    def _build(self, response: TextResponse, asked: str) -> Article | None:
        """The page's item, or None when extraction raised (recorded, and the crawl goes on)."""
        try:
            return build_article(
                response,
                selectors=self.profile.selectors,
                url_dates=self.profile.url_dates,
                timezone=self.profile.timezone,
            )
        except Exception as exc:
            self.logger.exception("extraction failed on %s", response.url)
            self._not_an_article(asked, "extraction_error", f"{type(exc).__name__}: {exc}"[:300])
            return None

    def _not_an_article(self, url: str, kind: str, reason: str) -> None:
        """A page that gives no item: counted, logged and recorded in ``errors``."""
        self._inc(f"portal/articles/{kind}")
        self.logger.warning("no article at %s: %s (%s)", url, kind, reason)
        self._failed(url, kind, reason)

    def parse_part(self, response: Response, state: ArticleState, part: int) -> Iterator:
        if why := not_a_page(response):
            self._failed(state.item.url, "not_html", f"page {part} ({response.url}): {why}")
            yield from self._drop(state, f"part {part} is not HTML: {response.url}")
            return
        self._inc("portal/articles/pages")
        page = self._build(response, state.item.url)
        if page is None:
            yield from self._drop(state, f"part {part} could not be extracted: {response.url}")
            return
        state.bodies.append(page.body or "")
        state.images.extend(url for url in page.images if url not in state.images)
        state.done.add(part)
        state.parts.update(find_part_urls(page_selector(response), response.url, response.text))
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
        state.item.images = state.images
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
        return classify(failure)[1]

    @staticmethod
    def _asked(request: Request) -> str:
        """The URL first asked for, before any redirect."""
        return request.meta.get("redirect_urls", [request.url])[0]

    def _failed(self, url: str, kind: str, reason: str) -> None:
        self.crawler.signals.send_catch_log(
            signal=signals.request_failed, url=url, kind=kind, reason=reason
        )

    def article_failed(self, failure: Failure) -> None:
        kind, reason = classify(failure)
        if kind is not None:
            self._inc(f"portal/articles/{kind}")
            self.logger.warning("article %s not fetched: %s", self._asked(failure.request), reason)
            self._failed(self._asked(failure.request), kind, reason)
        elif reason in ("http_404", "http_410"):
            self._inc(f"portal/links/dead/{reason}")
            self.logger.warning("dead link %s: %s", self._asked(failure.request), reason)
            self._failed(self._asked(failure.request), "dead", reason)
        else:
            self.logger.warning(
                "article %s failed for good: %s", self._asked(failure.request), reason
            )
            self._failed(self._asked(failure.request), "article", reason)

    def part_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        kind, reason = classify(failure)
        self._failed(state.item.url, kind or "article", f"page {failure.request.url}: {reason}")
        yield from self._drop(state, f"page {failure.request.url} failed: {self._reason(failure)}")

    def _drop(self, state: ArticleState, why: str) -> Iterator:
        self._inc("portal/dropped/incomplete_article")
        self.logger.error("article %s dropped, %s", state.item.url, why)
        return iter(())

    def counter_failed(self, failure: Failure) -> Iterator:
        state = failure.request.cb_kwargs["state"]
        self._inc("portal/views/counter_failed")
        kind, reason = classify(failure)
        if kind is None:  # the article's counter, asked again by the next run
            self._failed(state.item.url, "counter", f"{failure.request.url}: {reason}")
        else:  # a counter the crawl may not ask: recorded under its own URL, never retried
            self._failed(failure.request.url, kind, f"counter of {state.item.url}: {reason}")
        self.logger.warning(
            "view counter %s failed (%s); %s stored without views",
            failure.request.url,
            self._reason(failure),
            state.item.url,
        )
        yield from self._emit(state)
