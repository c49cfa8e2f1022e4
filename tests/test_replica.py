"""The replica: deterministic, lazy, faithful to PORTAL.md, and its mirror normalizes back."""

from __future__ import annotations

import time
import tracemalloc
import urllib.error
import urllib.request

import pytest

from crawler.dev.replica.content import FULLWIDTH_SENTENCE, NAMES, SENTENCES, SOURCES, Site
from crawler.dev.replica.render import META_VARIANTS, article_page, mirror_text
from crawler.text import normalize_text


def test_same_seed_same_site():
    assert article_page(Site(50, 7), Site(50, 7).article(1020)) == article_page(
        Site(50, 7), Site(50, 7).article(1020)
    )


@pytest.mark.parametrize("text", [*SENTENCES, FULLWIDTH_SENTENCE[1], *NAMES, *SOURCES])
def test_mirror_text_normalizes_back(text):
    assert normalize_text(mirror_text(text))[0] == text


def test_every_meta_variant_and_template_is_used():
    site = Site(300, 1)
    specs = [site.article(i) for i in site.ids]
    assert {s.meta_variant for s in specs} == set(range(len(META_VARIANTS)))
    assert {s.template for s in specs} == {"dede2008", "cms2015", "h5"}
    assert {s.views_mode for s in specs} == {"inline", "counter", "wan"}
    assert {s.pages for s in specs} >= {1, 2, 3}
    assert any(s.mirror for s in specs) and sum(s.sample for s in specs) == 1


def test_a_large_site_is_lazy():
    tracemalloc.start()
    started = time.perf_counter()
    site = Site(100_000, 1)
    page = article_page(site, site.article(99_999))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "中国计量网" in page
    assert peak < 100 * 2**20  # id lists only, no pages held
    assert sum(len(ids) for ids in site.section_ids.values()) == 100_000
    assert time.perf_counter() - started < 60  # generous: catches building every page, not speed


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read(), answer.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, err.read(), err.headers.get("Content-Type", "")


def test_server_pages_are_gbk_declaring_gb2312(replica):
    status, body, ctype = _get(replica.url)
    assert status == 200 and "charset=gb2312" in ctype
    assert "中国计量网" in body.decode("gb18030")
    charsets = {_get(f"{replica.url}redianjujiao/list_11_{n}.html")[2] for n in (1, 2)}
    assert charsets == {"text/html; charset=gb2312", "text/html"}  # some answers carry no charset


def test_counter_counts_up_on_each_hit(replica):
    aid = next(i for i in Site(300, 1).ids if Site(300, 1).article(i).views_mode == "counter")
    first = _get(f"{replica.url}plus/count.php?view=yes&aid={aid}&mid=1")[1]
    second = _get(f"{replica.url}plus/count.php?view=yes&aid={aid}&mid=1")[1]
    n1, n2 = (int(x.decode().split("'")[1]) for x in (first, second))
    assert n2 == n1 + 1


@pytest.mark.parametrize(
    "path",
    [
        "redianjujiao/999999.html",
        "nosuch/",
        "redianjujiao/list_11_999.html",
        "redianjujiao/1001_1.html",
    ],
)
def test_unknown_pages_are_404(replica, path):
    assert _get(replica.url + path)[0] == 404


def test_robots_txt(replica):
    assert b"Disallow: /member/" in _get(replica.url + "robots.txt")[1]


@pytest.mark.parametrize("articles", [100, 300, 500, 1000, 2000])
def test_truth_keeps_only_what_a_page_shows(articles):
    # a date shown to the second has no fraction of a second in the truth
    site = Site(articles, 1)
    for i in site.ids:
        assert site.article(i).published.microsecond == 0
