"""Spider callbacks on saved responses: navigation, split articles, counters and failures."""

from __future__ import annotations

import dataclasses

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import signals
from crawler.dev.replica.content import SECTIONS, Site
from crawler.dev.replica.render import article_page, home_page, list_page
from crawler.items import Article
from spiders.portal import PortalSpider
from tests.conftest import project_crawler

BASE = "http://127.0.0.1:8000"
SITE = Site(300, 1)


def _spider(**kwargs) -> PortalSpider:
    crawler = project_crawler(PortalSpider)
    spider = PortalSpider.from_crawler(crawler, **{"start_url": BASE + "/", **kwargs})
    crawler.spider = spider
    return spider


def _response(path: str, html: str) -> HtmlResponse:
    return HtmlResponse(url=BASE + path, body=html.encode("gb18030"), encoding="gb18030")


def _split(results):
    results = list(results)
    return [r for r in results if isinstance(r, Request)], [
        r for r in results if isinstance(r, Article)
    ]


def test_home_page_follows_folders_and_articles_and_counts_traps():
    spider = _spider()
    requests, _ = _split(spider.parse_index(_response("/", home_page(SITE))))
    urls = {r.url for r in requests}
    assert BASE + "/redianjujiao/" in urls and BASE + "/xinwen/" in urls
    assert not any("utm_" in u or "from=" in u for u in urls)  # tracking parameters removed
    assert all(u.startswith(BASE) for u in urls)
    stats = spider.crawler.stats
    assert stats.get_value("portal/links/skipped/offsite") >= 1
    assert stats.get_value("portal/links/skipped/javascript") >= 1


def test_list_page_follows_next_page_only_until_the_last():
    spider = _spider()
    section = SITE.section_ids["redianjujiao"]
    last = SITE.list_pages("redianjujiao")
    sec = SECTIONS[0]
    first, _ = _split(spider.parse_index(_response("/redianjujiao/", list_page(SITE, sec, 1))))
    pages = [
        r for r in first if r.callback == spider.parse_index and "/redianjujiao/list_" in r.url
    ]
    assert [r.url for r in pages] == [f"{BASE}/redianjujiao/list_11_2.html"]
    articles = {r.url for r in first if r.callback == spider.parse_article}
    assert {f"{BASE}/redianjujiao/{i}.html" for i in section[:10]} <= articles
    end, _ = _split(
        spider.parse_index(
            _response(f"/redianjujiao/list_11_{last}.html", list_page(SITE, sec, last)), page=last
        )
    )
    assert not [r for r in end if "/redianjujiao/list_" in r.url]  # never past the last page


def test_split_article_is_joined_in_order_then_counter_is_asked():
    spider = _spider()
    spec = next(
        SITE.article(i)
        for i in SITE.ids
        if SITE.article(i).pages == 3 and SITE.article(i).views_mode == "counter"
    )
    requests, items = _split(
        spider.parse_article(_response(spec.path, article_page(SITE, spec, 1)))
    )
    assert not items and requests[0].url.endswith(f"{spec.id}_2.html")
    state = requests[0].cb_kwargs["state"]
    requests, items = _split(
        spider.parse_part(_response(spec.part_path(2), article_page(SITE, spec, 2)), state, 2)
    )
    assert requests[0].url.endswith(f"{spec.id}_3.html")
    requests, items = _split(
        spider.parse_part(_response(spec.part_path(3), article_page(SITE, spec, 3)), state, 3)
    )
    assert "count.php" in requests[0].url and not items
    counter = TextResponse(url=requests[0].url, body=b"document.write('4242');", encoding="ascii")
    _, items = _split(spider.parse_counter(counter, state))
    assert items[0].views == 4242 and items[0].pages == 3
    assert len(items[0].body.splitlines()) == len(spec.paragraphs)


def _failure(request: Request, status: int) -> Failure:
    response = HtmlResponse(url=request.url, status=status, body=b"", request=request)
    failure = Failure(HttpError(response))
    failure.request = request
    return failure


def test_a_failed_part_drops_the_article_loudly(caplog):
    spider = _spider()
    spec = next(SITE.article(i) for i in SITE.ids if SITE.article(i).pages == 2)
    requests, _ = _split(spider.parse_article(_response(spec.path, article_page(SITE, spec, 1))))
    results = list(spider.part_failed(_failure(requests[0], 500)))
    assert results == []  # no half-made record
    assert spider.crawler.stats.get_value("portal/dropped/incomplete_article") == 1
    assert spec.path in caplog.text and "http_500" in caplog.text


def test_a_failed_counter_keeps_the_article_without_views():
    spider = _spider()
    spec = next(
        SITE.article(i)
        for i in SITE.ids
        if SITE.article(i).pages == 1 and SITE.article(i).views_mode == "counter"
    )
    requests, _ = _split(spider.parse_article(_response(spec.path, article_page(SITE, spec, 1))))
    _, items = _split(spider.counter_failed(_failure(requests[0], 503)))
    assert items[0].title and items[0].views is None
    assert spider.crawler.stats.get_value("portal/views/counter_failed") == 1


def test_dead_link_is_counted_with_reason():
    spider = _spider()
    spider.article_failed(_failure(Request(BASE + "/redianjujiao/999999.html"), 404))
    assert spider.crawler.stats.get_value("portal/links/dead/http_404") == 1


def test_malformed_start_url_is_refused():
    with pytest.raises(ValueError, match="start_url"):
        _spider(start_url="javascript:alert(1)")


def test_an_extraction_crash_is_recorded_and_the_crawl_goes_on(monkeypatch, caplog):
    spider = _spider()
    recorded = []
    spider.crawler.signals.connect(
        lambda url, kind, reason: recorded.append((url, kind, reason)),
        signal=signals.request_failed,
        weak=False,
    )

    def crash(response, **kwargs):
        raise ValueError("Input object is not an XML element: lxml.etree._Comment")

    monkeypatch.setattr("spiders.articles.build_article", crash)
    spec = SITE.article(SITE.ids[0])
    results = list(spider.parse_article(_response(spec.path, article_page(SITE, spec, 1))))
    assert results == []
    assert recorded == [
        (
            BASE + spec.path,
            "extraction_error",
            "ValueError: Input object is not an XML element: lxml.etree._Comment",
        )
    ]
    assert spider.crawler.stats.get_value("portal/articles/extraction_error") == 1
    assert "extraction failed on " + BASE + spec.path in caplog.text


def _recorder(spider) -> list[tuple[str, str, str]]:
    found = []
    spider.crawler.signals.connect(
        lambda url, canonical_url, how: found.append((url, canonical_url, how)),
        signal=signals.alias_found,
        weak=False,
    )
    return found


def test_an_original_records_its_mirror_as_an_alias_and_never_asks_for_it():
    spider = _spider()
    spec = next(SITE.article(i) for i in SITE.ids if SITE.article(i).mirror)
    aliases = _recorder(spider)
    requests, _ = _split(spider.parse_article(_response(spec.path, article_page(SITE, spec, 1))))
    mirror = BASE + spec.part_path(1, mirror=True)
    assert aliases == [(mirror, BASE + spec.path, "mirror_link")]
    assert mirror not in [r.url for r in requests]


def test_a_mirror_reached_anyhow_gives_no_item_and_asks_for_its_original():
    # a profile without the /big5/ rule: the page's own link back to 简体中文 tells
    spider = _spider(profile="chinajl")
    spider.profile = dataclasses.replace(spider.profile, aliases=())
    spec = next(SITE.article(i) for i in SITE.ids if SITE.article(i).mirror)
    aliases = _recorder(spider)
    mirror = spec.part_path(1, mirror=True)
    requests, items = _split(
        spider.parse_article(_response(mirror, article_page(SITE, spec, 1, mirror=True)))
    )
    assert items == []
    assert [r.url for r in requests] == [BASE + spec.path]
    assert aliases == [(BASE + mirror, BASE + spec.path, "mirror_link")]


def test_a_page_naming_another_canonical_url_is_an_alias_of_it():
    spider = _spider()
    spec = SITE.article(SITE.ids[0])
    html = article_page(SITE, spec, 1).replace(
        "</head>", f'<link rel="canonical" href="{BASE}/redianjujiao/424242.html"></head>'
    )
    aliases = _recorder(spider)
    requests, items = _split(spider.parse_article(_response(spec.path, html)))
    assert items == [] and [r.url for r in requests] == [BASE + "/redianjujiao/424242.html"]
    assert aliases == [(BASE + spec.path, BASE + "/redianjujiao/424242.html", "canonical")]


def test_a_canonical_link_to_the_home_page_is_ignored():
    spider = _spider()
    spec = next(
        SITE.article(i)
        for i in SITE.ids
        if SITE.article(i).pages == 1 and SITE.article(i).views_mode != "counter"
    )
    html = article_page(SITE, spec, 1).replace(
        "</head>", f'<link rel="canonical" href="{BASE}/"></head>'
    )
    _, items = _split(spider.parse_article(_response(spec.path, html)))
    assert items  # a site-wide canonical to the home page says nothing about the article
