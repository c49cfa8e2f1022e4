"""The guard as components: what a page may make the crawler fetch, and where it may be redirected."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.misc import build_from_crawler

from crawler.guard import RedirectGuardMiddleware, Refused, RequestGuardMiddleware
from spiders.portal import PortalSpider
from tests.conftest import project_crawler

BASE = "http://127.0.0.1:8000"


def _middleware(cls):
    crawler = project_crawler(PortalSpider)
    crawler.spider = PortalSpider.from_crawler(crawler, start_url=BASE + "/")
    return build_from_crawler(cls, crawler), crawler.stats


@pytest.mark.parametrize(
    "url, kind",
    [
        ("file:///etc/passwd?count.php?view=yes&aid=9", "bad_scheme"),
        ("ftp://127.0.0.1:8000/a.html", "bad_scheme"),
        ("data:text/html,<p>x</p>", "bad_scheme"),
        ("http://localhost:8000/a/1.html", "offsite"),  # the same machine under another name
        ("http://127.0.0.1:6379/", "offsite"),  # another port of the crawl's host
        ("http://example.com/plus/count.php?aid=1", "offsite"),
    ],
)
def test_a_request_the_crawl_may_not_make_is_refused_before_it_is_sent(url, kind):
    guard, stats = _middleware(RequestGuardMiddleware)
    with pytest.raises(Refused) as refused:
        guard.process_request(Request(url, dont_filter=True))  # dont_filter does not let it by
    assert refused.value.kind == kind
    assert stats.get_value(f"portal/refused/{kind}") == 1


def test_a_request_to_the_crawls_own_origin_passes():
    guard, _ = _middleware(RequestGuardMiddleware)
    assert guard.process_request(Request(BASE + "/plus/count.php?view=yes&aid=9")) is None


def _redirect(location: str, request: Request) -> HtmlResponse:
    return HtmlResponse(request.url, status=302, headers={"Location": location}, request=request)


def test_a_redirect_to_another_host_is_refused():
    guard, _ = _middleware(RedirectGuardMiddleware)
    request = Request(BASE + "/a/1.html")
    with pytest.raises(Refused) as refused:
        guard.process_response(request, _redirect("http://evil.example/a/1.html", request))
    assert refused.value.kind == "offsite_redirect"


def test_a_redirect_back_into_its_own_chain_is_a_loop():
    guard, _ = _middleware(RedirectGuardMiddleware)
    request = Request(BASE + "/a/2.html", meta={"redirect_urls": [BASE + "/a/1.html"]})
    with pytest.raises(Refused) as refused:
        guard.process_response(request, _redirect("/a/1.html", request))
    assert refused.value.kind == "redirect_loop"


def test_an_on_site_redirect_is_followed_past_the_dupe_filter():
    guard, _ = _middleware(RedirectGuardMiddleware)
    request = Request(BASE + "/a/1.html")
    followed = guard.process_response(request, _redirect("/a/2.html", request))
    assert followed.url == BASE + "/a/2.html"
    assert followed.dont_filter  # a loop between two listed URLs is then seen, not filtered
