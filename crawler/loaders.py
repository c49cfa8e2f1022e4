"""The article loader: site selectors first, generic extraction as the fallback.

:func:`build_article` is a pure function of a response: call it on a saved page
(``HtmlResponse(url=..., body=...)``) with no engine, reactor or network.
Values are left in the page's script; the normalize pipeline converts them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import cache

from itemloaders.processors import Join, MapCompose, TakeFirst
from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy.http import TextResponse
from scrapy.loader import ItemLoader

from crawler.extraction import (
    block_lines,
    body_from_node,
    clean_body_lines,
    find_body,
    find_breadcrumb,
    find_meta_line,
    find_title,
)
from crawler.items import Article
from crawler.parsing import _LABEL_RE, parse_breadcrumb, parse_meta
from crawler.text import remove_pinyin_brackets

__all__ = ["CHINAJL_SELECTORS", "ArticleLoader", "build_article"]

# Selectors of the portal's CMS family (DedeCMS article templates and their
# common variants). Tried in order; the first that finds something wins.
CHINAJL_SELECTORS: Mapping[str, Sequence[str]] = {
    "title": (".title h2", ".title h1", "h1.title", ".arc_title", ".article-title"),
    "meta": (".info", ".arcinfo", ".article-info", ".meta"),
    "breadcrumb": (".position", ".place", ".breadcrumb"),
    "body": (".content", "#content", ".article-content", "#article_content", ".arc_body"),
}


def _unpinyin(text: str) -> str:
    return remove_pinyin_brackets(text)[0]


def _squash(value: str) -> str | None:
    value = " ".join(value.split())
    return value or None


def _as_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


class ArticleLoader(ItemLoader):
    """Field rules: the first non-empty value wins, the body's lines are joined with "\\n"."""

    default_item_class = Article
    default_input_processor = MapCompose(_squash)
    default_output_processor = TakeFirst()
    views_in = MapCompose(_as_int)
    text_damaged_in = MapCompose(_as_int)
    body_in = MapCompose(str.strip)
    body_out = Join("\n")


@cache
def _compiled(css: str) -> etree.XPath:
    return etree.XPath(HTMLTranslator().css_to_xpath(css))


def _first_node(root: etree._Element, selectors: Sequence[str]) -> etree._Element | None:
    """The first element a selector finds that holds some text (selectors tried in order)."""
    for css in selectors:
        nodes = _compiled(css)(root)
        if nodes and "".join(nodes[0].itertext()).strip():
            return nodes[0]
    return None


def _text(node: etree._Element) -> str:
    return "".join(node.itertext())


def build_article(
    response: TextResponse,
    *,
    selectors: Mapping[str, Sequence[str]] = CHINAJL_SELECTORS,
    crawled_at: datetime | None = None,
) -> Article:
    """Build the item for one page of an article (views may still be missing)."""
    loader = ArticleLoader(response=response)
    loader.add_value("url", response.url)
    loader.add_value("encoding", response.encoding)
    loader.add_value("crawled_at", (crawled_at or datetime.now(UTC)).isoformat(timespec="seconds"))

    root = response.selector.root
    page_title = " ".join(_text(t) for t in root.iter("title"))
    title_node = _first_node(root, selectors.get("title", ()))
    site_title = _squash(_text(title_node)) if title_node is not None else None
    if site_title and (not page_title.strip() or site_title in " ".join(page_title.split())):
        loader.add_value("title", site_title)  # a site selector, confirmed by <title>
    loader.add_value("title", find_title(response.selector))
    title = loader.get_output_value("title")

    # Mirrors put pinyin readings inside labels and dates: 發(fā)布時間, 12月(yuè).
    page_lines = [_unpinyin(line) for line in block_lines(root)]
    meta_node = _first_node(root, selectors.get("meta", ()))
    meta_line = _squash(" ".join(block_lines(meta_node))) if meta_node is not None else None
    meta_line = _unpinyin(meta_line) if meta_line else None
    if not meta_line or not parse_meta(meta_line).labels:
        meta_line = find_meta_line(page_lines, title and _unpinyin(title))
    meta = parse_meta(meta_line or "")
    loader.add_value("published_at", meta.published_at)
    loader.add_value("published_raw", meta.published_raw)
    loader.add_value("author", meta.author)
    loader.add_value("source", meta.source)
    loader.add_value("views", meta.views)

    crumb_node = _first_node(root, selectors.get("breadcrumb", ()))
    crumbs = parse_breadcrumb(_text(crumb_node)) if crumb_node is not None else []
    crumbs = crumbs if len(crumbs) >= 2 else find_breadcrumb(response.selector)
    if crumbs:
        loader.add_value("breadcrumb", " > ".join(crumbs))
        loader.add_value("section", crumbs[-1])

    body_node = _first_node(root, selectors.get("body", ()))
    lines = body_from_node(body_node) if body_node is not None else []
    if not lines:
        lines = find_body(root)
    drop = {title, title and _unpinyin(title), meta_line}
    drop |= {
        line for line in page_lines if meta_line and line in meta_line and _LABEL_RE.match(line)
    }
    loader.add_value("body", clean_body_lines(lines, drop=drop))
    return loader.load_item()
