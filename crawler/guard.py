"""Only http(s), only the crawl's own hosts: every request and every redirect is checked.

Pages are written by people the crawl does not trust. A link, a counter
``<script src>``, a split article's next page or a ``Location`` header can name
``file:///etc/passwd``, another host, or a port of the crawling machine itself;
none of these may be fetched. Two downloader middlewares apply one policy
(:class:`HostPolicy`):

* ``RequestGuardMiddleware`` (first of all, before robots.txt and the
  archive's replay): a request with another scheme, host or port is refused
  before anything is fetched for it, whatever its ``dont_filter``.
* ``RedirectGuardMiddleware`` (in place of Scrapy's ``RedirectMiddleware``):
  a redirect to another scheme or host, or back to a URL of its own chain, is
  refused before it becomes a request; a followed redirect skips the dupe
  filter, so a loop between two listed URLs is seen as one (it would otherwise
  end in the dupe filter, silently).

A refusal raises :class:`Refused` (an ``IgnoreRequest``) that names its kind:
``bad_scheme``, ``offsite``, ``offsite_redirect`` or ``redirect_loop``. The
request's errback records it in the ``errors`` table; the middleware counts it
(``portal/refused/<kind>``) and logs a WARNING with the URL.

The allowed origins come from the spider: ``allowed_origins`` (URLs such as
``http://127.0.0.1:8123/``), else ``allowed_domains`` (hosts, on any port, as
Scrapy's offsite filter reads them). A host
is allowed with its subdomains, and so is the domain under a leading ``www.``
(``www.chinajl.com.cn`` allows ``chinajl.com.cn`` and ``count.chinajl.com.cn``).
A port is allowed only as the origin names it (80 and 443 for an origin on a
default port).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from w3lib.url import safe_url_string

from crawler.links import absolute_url

logger = logging.getLogger(__name__)

__all__ = ["HostPolicy", "RedirectGuardMiddleware", "Refused", "RequestGuardMiddleware"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(IgnoreRequest):
    """A request the crawl may not make; ``kind`` is how it is recorded in ``errors``."""

    def __init__(self, kind: str, url: str, detail: str = "") -> None:
        self.kind = kind
        self.url = url
        super().__init__(f"{kind}: {url}" + (f" ({detail})" if detail else ""))


class HostPolicy:
    """Which URLs a crawl of ``origins`` may fetch.

    >>> policy = HostPolicy(["http://www.chinajl.com.cn/"])
    >>> policy.verdict("http://chinajl.com.cn/a/1.html") is None
    True
    >>> policy.verdict("file:///etc/passwd"), policy.verdict("http://example.com/")
    ('bad_scheme', 'offsite')
    >>> policy.verdict("http://www.chinajl.com.cn:6379/"), policy.verdict("https://www.chinajl.com.cn/")
    ('offsite', None)
    >>> HostPolicy(["http://127.0.0.1:8123/"]).verdict("http://127.0.0.1:8124/")
    'offsite'
    >>> HostPolicy(["127.0.0.1"]).verdict("http://127.0.0.1:8124/") is None  # allowed_domains
    True
    """

    def __init__(self, origins: list[str]) -> None:
        self.hosts: set[str] = set()
        self.ports: set[int] | None = set()  # None: any port (a bare domain names none)
        prefixes = []
        for origin in origins:
            if "//" not in origin:  # a domain, as Scrapy's allowed_domains: any port
                self.ports = None
            parts = urlsplit(origin if "//" in origin else f"http://{origin}/")
            prefixes.append(f"{parts.scheme}://{parts.netloc}/")
            host = (parts.hostname or "").lower()
            self.hosts.add(host)
            self.hosts.add(host.removeprefix("www."))
            if self.ports is not None:
                self.ports.update([parts.port] if parts.port else _DEFAULT_PORTS.values())
        self.prefixes = tuple(prefixes)  # most links: allowed at a glance, no parsing

    def verdict(self, url: str) -> str | None:
        """``None`` when ``url`` may be fetched, else the kind of refusal."""
        if url.startswith(self.prefixes):
            return None
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS:
            return "bad_scheme"
        try:
            port = parts.port or _DEFAULT_PORTS[scheme]
        except ValueError:  # a port that is not a number
            return "offsite"
        host = (parts.hostname or "").lower().rstrip(".")
        if (self.ports is not None and port not in self.ports) or not host:
            return "offsite"
        if host in self.hosts or any(host.endswith("." + allowed) for allowed in self.hosts):
            return None
        return "offsite"

    @classmethod
    def of_spider(cls, spider) -> HostPolicy | None:
        origins = list(getattr(spider, "allowed_origins", None) or [])
        if not origins:
            origins = list(getattr(spider, "allowed_domains", None) or [])
        return cls(origins) if origins else None


class _Guard:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._policy: HostPolicy | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)

    @property
    def policy(self) -> HostPolicy | None:
        if self._policy is None and self.crawler.spider is not None:
            self._policy = HostPolicy.of_spider(self.crawler.spider)
        return self._policy

    def refuse(self, kind: str, url: str, detail: str = "") -> Refused:
        self.crawler.stats.inc_value(f"portal/refused/{kind}")
        logger.warning("refused %s: %s%s", kind, url, f" ({detail})" if detail else "")
        return Refused(kind, url, detail)


class RequestGuardMiddleware(_Guard):
    def process_request(self, request: Request) -> None:
        policy = self.policy
        if policy is None:
            return
        kind = policy.verdict(request.url)
        if kind is not None:
            raise self.refuse(kind, request.url)


class RedirectGuardMiddleware(RedirectMiddleware):
    """Scrapy's ``RedirectMiddleware``, with every ``Location`` checked before it is followed.

    A followed redirect is not filtered as a duplicate: a loop between two
    listed URLs would otherwise end in the dupe filter, silently; here it comes
    back to a URL of its own chain and is refused as ``redirect_loop``.
    """

    guard: _Guard

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.guard = _Guard(crawler)
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:
        location = response.headers.get(b"Location")
        if (
            location
            and response.status in (301, 302, 303, 307, 308)
            and not request.meta.get("dont_redirect")
        ):
            raw = location.decode("latin-1").strip()
            try:
                target = absolute_url(request.url, safe_url_string(raw))
            except ValueError:  # Location: http://[x]/ (no URL parser reads its host)
                target = None
            if target is None:
                raise self.guard.refuse("offsite_redirect", raw, f"redirected from {request.url}")
            self.check(request, target)
        result = super().process_response(request, response)
        if isinstance(result, Request) and result is not request:
            result.dont_filter = True
        return result

    def check(self, request: Request, target: str) -> None:
        policy = self.guard.policy
        kind = policy.verdict(target) if policy is not None else None
        if kind is not None:
            kind = "bad_scheme" if kind == "bad_scheme" else "offsite_redirect"
            raise self.guard.refuse(kind, target, f"redirected from {request.url}")
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target.split("#")[0] in {url.split("#")[0] for url in chain}:
            raise self.guard.refuse("redirect_loop", target, " -> ".join(chain))
