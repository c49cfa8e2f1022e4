"""The loader on hand-written pages, and the generic path alone on replica pages."""

from __future__ import annotations

import pytest

from crawler.dev.replica.content import Site
from crawler.dev.replica.render import article_page
from crawler.dev.replica.truth import expected_article
from crawler.loaders import build_article
from crawler.pages import extract_page, response_from_bytes
from pipelines.normalize import normalize_article

URL = "http://www.chinajl.com.cn/jiliangwenhuayanjiu/57604.html"

PLAIN_PAGE = """<html><head><meta charset="gb2312"><title>计量文化的传承与创新_计量文化研究_中国计量网</title></head>
<body><div id="top">中国计量网——计量行业门户网站</div>
<div>您当前的位置: <a href="/">首页</a> &gt; <a href="/wenhua/">文化</a> &gt; <a href="/x/">计量文化研究</a></div>
<table><tr><td>
<b>计量文化的传承与创新</b>
<div>来源：中国计量报　发布时间：2008-04-13 10:20　作者：沈平子　浏览：8159次</div>
<div>　　秦始皇统一度量衡，是我国计量史上的大事。这一制度影响深远，延续了两千多年。<br/>
　　新中国成立后，计量事业迅速发展，建立了完整的量值传递体系，为经济建设提供了保障。<br/>
　　本文来源于作者在研讨会上的发言，经整理后刊发，内容有删节。</div>
</td><td class="side"><h3>最新文章</h3><ul><li><a href="/a/9.html">新文章</a> 2026-01-01</li></ul></td></tr></table>
<div>分享到：微博 微信</div><div>Copyright &copy; 2006-2026 中国计量网</div></body></html>"""


def _item(html: str, url: str = URL, **kwargs):
    return normalize_article(
        build_article(response_from_bytes(html.encode("gb18030"), url), **kwargs)
    )[0]


def test_markup_without_any_known_class_is_still_read():
    item = _item(PLAIN_PAGE)
    assert item.title == "计量文化的传承与创新"
    assert item.published_at == "2008-04-13T10:20:00+08:00"  # not the sidebar's newer date
    assert (item.author, item.source, item.views) == ("沈平子", "中国计量报", 8159)
    assert item.breadcrumb == "首页 > 文化 > 计量文化研究"
    assert item.section == "计量文化研究"


def test_body_holds_paragraphs_only():
    body = _item(PLAIN_PAGE).body
    assert body.splitlines()[0].startswith("秦始皇统一度量衡")
    assert "本文来源于作者在研讨会上的发言" in body  # 来源 inside the body is body text
    for furniture in ("分享到", "Copyright", "最新文章", "发布时间", "中国计量网"):
        assert furniture not in body


def test_site_selectors_switched_off_generic_path_reads_the_replica():
    site = Site(120, seed=3)
    for i in list(site.ids)[::7]:
        spec = site.article(i)
        if spec.pages > 1 or spec.sample:
            continue
        page = article_page(site, spec).encode("gb18030")
        got = _item(page.decode("gb18030"), "http://x" + spec.path, selectors={})
        want = expected_article(spec, "http://x")
        for field in ("title", "published_at", "author", "source", "body", "breadcrumb"):
            assert getattr(got, field) == want[field], (field, spec.path, spec.template)


def test_utf8_page_declared_gb2312_is_decoded_as_utf8():
    html = PLAIN_PAGE.encode("utf-8")
    item = extract_page(html, URL, charset="gb2312")
    assert item.title == "计量文化的传承与创新"
    assert item.encoding == "utf-8"


def test_gbk_page_with_no_declaration_anywhere():
    html = PLAIN_PAGE.replace('<meta charset="gb2312">', "").encode("gbk")
    item = extract_page(html, URL)
    assert item.title == "计量文化的传承与创新"
    assert item.encoding == "gb18030"


def test_page_without_article_gives_empty_fields_not_a_crash():
    item = extract_page(b"<html><body><p>404</p></body></html>", URL)
    assert item.title is None and item.body is None and item.published_at is None


@pytest.mark.parametrize("charset", ["gb2312", "gbk", "GB2312", None])
def test_gbk_only_characters_survive_a_gb2312_declaration(charset):
    html = PLAIN_PAGE.replace("沈平子", "王喆").encode("gbk")
    assert extract_page(html, URL, charset=charset).author == "王喆"


def test_a_short_mirror_page_is_not_mistaken_for_its_meta_line():
    """Seen in a 20 000-article crawl: pinyin inside labels (發佈時(shí)間) hid the meta line from the scorer."""
    site = Site(20000, seed=1)
    spec = site.article(15778)  # h5 template, 3 pages, page 2 holds one short paragraph
    original = extract_page(
        article_page(site, spec, 2).encode("gb18030"), "http://x" + spec.part_path(2)
    )
    mirror = extract_page(
        article_page(site, spec, 2, mirror=True).encode("gb18030"),
        "http://x" + spec.part_path(2, mirror=True),
    )
    assert original.body and mirror.body == original.body
