"""The article loader: site selectors first, generic extraction as the fallback.

:func:`build_article` is a pure function of a response: call it on a saved page
(``HtmlResponse(url=..., body=...)``) with no engine, reactor or network.
Values are left in the page's script; the normalize pipeline converts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from functools import cache
from itertools import chain
from typing import ClassVar
from zoneinfo import ZoneInfo

from itemloaders.processors import Identity, Join, MapCompose, TakeFirst
from lxml import etree
from scrapy.http import TextResponse
from scrapy.loader import ItemLoader

from crawler.dom import (
    Marked,
    drop_elements,
    marked_elements,
    page_comments,
    page_root,
    page_selector,
    text_of,
)
from crawler.extraction import (
    after_original_title,
    block_lines,
    body_from_node,
    body_images,
    clean_body_lines,
    control_line,
    document_title,
    find_body_parts,
    find_breadcrumb,
    find_list_text,
    find_meta_line,
    find_title,
    lead_credit,
    summary_box,
    text_outside,
    trimmed_unindexed,
    unindexed,
)
from crawler.fields import Candidate, Page
from crawler.fields.authors import choose_author
from crawler.fields.dates import choose_date
from crawler.fields.sources import choose_source
from crawler.generic import (
    TITLE_LINES_MAX,
    body_from_json_ld,
    cms_properties,
    heading_set_over_lines,
    latin_person,
    title_set_over_lines,
)
from crawler.government import attachments, index_table
from crawler.items import Article
from crawler.parsing import _LABEL_RE, looks_like_person, parse_breadcrumb, parse_date, parse_meta
from crawler.profiles import load_profile
from crawler.sitecss import PageCSS
from crawler.text import remove_pinyin_brackets

__all__ = ["CHINAJL_SELECTORS", "ArticleLoader", "build_article"]

# The 中国计量网 profile's selectors (crawler/profiles/chinajl.toml): the default
# for a saved page, as ``scrapy extract`` reads one.
CHINAJL_SELECTORS: Mapping[str, Sequence[str]] = load_profile("chinajl").selectors


_SENTENCE_END_RE = re.compile(r"[。！？；]")
META_LINE_MAX = 160  # characters: longer lines that hold a label are prose with a date in them


def _unpinyin(text: str) -> str:
    return remove_pinyin_brackets(text)[0]


def _squash(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _as_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _unmarked(title: str) -> str | None:
    """A title without the marks a template sets around it (SLAM ONLINE | » NBA Schoolyard
    Rankings: » opens the part after the bar).

    >>> _unmarked("» NBA Schoolyard Rankings"), _unmarked("■ 标题 ◆")
    ('NBA Schoolyard Rankings', '标题')
    """
    return title.strip(_TITLE_MARKS) or None


# (marks only, no letters or brackets a title may open or end with: 《》, 【】, quotes)
_TITLE_MARKS = " \u3000»«›‹•·▶►▸■□◆◇●○★☆|｜"


class ArticleLoader(ItemLoader):
    """Field rules: the first non-empty value wins, the body's lines are joined with "\\n"."""

    default_item_class = Article
    default_input_processor = MapCompose(_squash)
    default_output_processor = TakeFirst()
    title_in = MapCompose(_squash, _unmarked)
    views_in = MapCompose(_as_int)
    text_damaged_in = MapCompose(_as_int)
    body_in = MapCompose(str.strip)
    images_in = Identity()
    images_out = Identity()
    attachments_in = Identity()
    attachments_out = Identity()
    body_out = Join("\n")

    # itemloaders looks a field's processors up at every value added and every output read,
    # making an ItemAdapter each time: a fifth of the extraction time on short pages. They
    # are the class's and the item class's, fixed: looked up once per loader class and field.
    _processors: ClassVar[dict[tuple, Callable]] = {}

    def get_input_processor(self, field_name: str) -> Callable:
        key = (type(self), type(self.item), field_name, "in")
        if key not in self._processors:
            self._processors[key] = super().get_input_processor(field_name)
        return self._processors[key]

    def get_output_processor(self, field_name: str) -> Callable:
        key = (type(self), type(self.item), field_name, "out")
        if key not in self._processors:
            self._processors[key] = super().get_output_processor(field_name)
        return self._processors[key]


def _first_node(css: PageCSS, selectors: Sequence[str]) -> etree._Element | None:
    """The first element a selector finds that holds some text (selectors tried in order)."""
    for selector in selectors:
        nodes = css.select(selector)
        if nodes and text_of(nodes[0]).strip():
            return nodes[0]
    return None


def _body_start(page_lines: list[str], body: list[str]) -> int | None:
    """The page line where the article's text starts (after a byline or labelled field its
    container may hold above it)."""
    if not body:
        return None
    lines = [_unpinyin(line) for line in body[:4]]
    k = next((k for k, line in enumerate(lines) if not lead_credit(line)), 0)
    first = after_original_title(lines[k]) or lines[k]  # 本文原标题：《…》搭地铁去…
    if any(first in line for line in page_lines):
        found = (i for i, line in enumerate(page_lines) if first in line)
    else:  # a paragraph the text joined from the source's lines: its first source line
        found = (
            i
            for i, line in enumerate(page_lines)
            if len(line) >= WRAPPED_PROBE and first.startswith(line)
        )
    at = next(found, None)
    if at is None or k + 1 >= len(body):
        return at
    # where the text's next line follows its first: a share box's summary above the article
    # may show the first line again (asked of the lines further down only when needed)
    after = _unpinyin(body[k + 1])
    for i in chain([at], found):
        if i + 1 < len(page_lines) and (
            after in page_lines[i + 1]
            or (len(page_lines[i + 1]) >= WRAPPED_PROBE and after.startswith(page_lines[i + 1]))
        ):
            return i
    return at


#: The shortest page line taken for the start of a text's line that is not among them whole:
#: a paragraph the text joined from lines the source wraps (see
#: :func:`crawler.extraction.block_lines`' ``unwrap``) starts with its first source line.
WRAPPED_PROBE = 24


def _text(node: etree._Element) -> str:
    return text_of(node)


#: How many lines above the text a title may sit (the meta line between them), not counting
#: a control's lines (:func:`~crawler.extraction.control_line`: the font size's 【字号 大 中 小】).
NEAR_LINES = 3
#: The most lines, controls too, looked at above the text for those.
NEAR_REACH = 40


def _near_text(page_lines: list[str], body: list[str], at: int | None) -> list[str]:
    """Where a title sits near the article: its short first lines (before a sentence),
    then the lines just above its text (which starts at line ``at``), nearest first."""
    above: list[str] = []
    for i in range(at - 1, max(-1, at - 1 - NEAR_REACH), -1) if at else ():
        if len(above) == NEAR_LINES:
            break
        if not control_line(page_lines, i):
            above.append(page_lines[i])
    lead = []
    for line in body[:3]:
        if len(line) > 60 or _SENTENCE_END_RE.search(line):
            break
        lead.append(line)
    return lead + above


def _title(
    root: etree._Element,
    response: TextResponse,
    css: PageCSS,
    selectors: Mapping[str, Sequence[str]],
    near_text: Sequence[str] = (),
    page_lines: Sequence[str] = (),
    marked: Marked | None = None,
    text_at: int | None = None,
) -> list:
    """Title candidates, best first: a site selector confirmed by ``<title>``, then the generic one."""
    page_title = document_title(root)
    node = _first_node(css, selectors.get("title", ()))
    site_title = _squash(_text(node)) if node is not None else None
    confirmed = site_title and (
        not page_title.strip() or site_title in " ".join(page_title.split())
    )
    return [
        site_title if confirmed else None,
        find_title(page_selector(response), near_text, page_lines, marked, text_at),
    ]


def _body_end(page_lines: list[str], body: list[str], start: int) -> int | None:
    """The page line where the article's text ends."""
    if not body:
        return None
    last = _unpinyin(body[-1])
    lines = range(len(page_lines) - 1, start - 1, -1)
    found = next((i for i in lines if last in page_lines[i]), None)
    if found is None:  # a paragraph joined: it ends as its last source line, however short
        found = next(
            (i for i in lines if len(page_lines[i]) >= 8 and last.endswith(page_lines[i])), None
        )
    return found


def _meta_line(
    css: PageCSS, page_lines: list[str], title: str | None, selectors, text_at: int | None
) -> str | None:
    """The labelled meta line: the one near the title, as a site selector's element holds it.

    A selector can find several elements (a related article's ``.info`` in a sidebar before
    the article's own): the one that agrees with the line near the title wins; a selector's
    element is taken alone only where no labelled line stands near the title.
    """
    near = find_meta_line(page_lines, title and _unpinyin(title), text_at=text_at)
    first = None
    for selector in selectors.get("meta", ()):
        for node in css.select(selector):
            line = _squash(" ".join(block_lines(node)))
            line = _unpinyin(line) if line else None
            if not line or not parse_meta(line).labels:
                continue
            if near is None or near in line or line in near:
                return line
            first = first or line
    return near or first


def _title_heading_lines(
    body: list[str], node: etree._Element | None, title: str | None, above: list[str]
) -> int:
    """How many of the text's first lines are the title set over lines as its heading (<br>s
    in a notice's bold, centred heading inside the text's container): none where the title is
    shown whole ``above`` the text too (a poem's <h1> over its first couplet set bold: a
    review's probes), nor where they would be the whole text."""
    if not title or node is None:
        return 0
    opening = title_set_over_lines(body[:TITLE_LINES_MAX], title)
    if not opening or opening[0][0] != 0 or opening[0][1] >= len(body):
        return 0
    if any(title in line for line in above) or not heading_set_over_lines(node, title):
        return 0
    return opening[0][1]


def _shows_title(line: str, title: str) -> bool:
    """Whether ``line`` shows a CMS comment's ``title``: the line itself, or inside it when it
    is a headline's length (要闻 inside 第01版：要闻 is a page's section, not the title)."""
    return line == title or (len(title) >= CMS_TITLE_MIN_CHARS and title in line)


#: The shortest CMS comment's title read inside a longer line.
CMS_TITLE_MIN_CHARS = 6


def _body(
    css: PageCSS, selectors: Mapping[str, Sequence[str]], off: frozenset = frozenset()
) -> tuple[list[str], etree._Element | None, frozenset]:
    """The body's lines, its container and the container's children that are not the
    article: a site selector's container, else the generic one, else (no container) the
    ``articleBody`` of the page's JSON-LD. ``off``: what the page asks search engines
    not to index (:func:`crawler.extraction.unindexed`), left out where it trims the text's
    ends only (:func:`crawler.extraction.trimmed_unindexed`). A summary box the text repeats
    (:func:`crawler.extraction.summary_box`) is no text either."""
    node = _first_node(css, selectors.get("body", ()))
    outside: frozenset = frozenset()
    lines = body_from_node(node) if node is not None else []
    if not lines:
        node, outside = find_body_parts(css.root)
        lines = body_from_node(node, outside) if node is not None else []
    if not lines and (node := find_list_text(css.root)) is not None:
        outside = frozenset()  # no paragraph made a text: one written in list items
        lines = body_from_node(node)
    if not lines:  # no text found on the page: the articleBody its JSON-LD states, if any
        return body_from_json_ld(css.root), None, frozenset()
    if (box := summary_box(node, lines)) is not None:
        outside |= {box}
        lines = body_from_node(node, outside)
    if off and trimmed_unindexed(lines, kept := body_from_node(node, outside | off)):
        return kept, node, outside | off
    return lines, node, outside


def _crumbs(
    css: PageCSS, response: TextResponse, selectors, marked: Marked, lines: list[str]
) -> list[str]:
    node = _first_node(css, selectors.get("breadcrumb", ()))
    crumbs = parse_breadcrumb(_text(node)) if node is not None else []
    if len(crumbs) >= 2:
        return crumbs
    return find_breadcrumb(page_selector(response), marked, lines)


def _section(crumbs: list[str], title: str | None) -> str | None:
    """The section a breadcrumb names: its last crumb, or the one before where the last is the
    article's headline (首页 > 新闻 > 标题), cut short (标题的...) or with a label (【两会】标题)."""
    if len(crumbs) >= 2 and title and _the_headline(crumbs[-1], title):
        return crumbs[-2]
    return crumbs[-1] if crumbs else None


#: The shortest crumb read as the headline when the one holds the other (a section's name is
#: shorter).
HEADLINE_CRUMB_MIN_CHARS = 8


def _the_headline(crumb: str, title: str) -> bool:
    crumb, titles = " ".join(crumb.split()), {" ".join(title.split()), _unpinyin(title)}
    if crumb in titles:
        return True
    if len(crumb) < HEADLINE_CRUMB_MIN_CHARS:
        return False
    cut = crumb.rstrip(".…")
    return any(crumb in t or t in crumb or (cut != crumb and t.startswith(cut)) for t in titles)


@cache
def _zone(name: str | None) -> tzinfo | None:
    return ZoneInfo(name) if name else None


def choose_fields(page: Page) -> dict[str, Candidate | None]:
    """Date, author and source of a page, each with the kind of place it came from."""
    date = choose_date(page)
    page.published_raw = date.raw if date else None
    author, source = choose_author(page), choose_source(page)
    if author and source and author.value == source.value and not _a_persons(author.value):
        author = None  # 作者：理财18 来源：理财18: the outlet, named in the author's field too
    return {"published_at": date, "author": author, "source": source}


def _a_persons(name: str) -> bool:
    """A person's name (李明, Jane Smith), not an outlet's (理财18, Reuters)."""
    return looks_like_person(name) or latin_person(name) == name


# what a headline says of its pictures or video at its end: 标题(图), 标题【组图】
_PICTURES_MARK_RE = re.compile(r"\s*[（(\[【](?:(?:组|組|多)?(?:图|圖)文?|视频|視頻)[)）\]】]\s*$")


def build_article(
    response: TextResponse,
    *,
    selectors: Mapping[str, Sequence[str]] = CHINAJL_SELECTORS,
    crawled_at: datetime | None = None,
    url_dates: bool = False,
    timezone: str | None = "Asia/Shanghai",
    provenance: dict[str, str] | None = None,
) -> Article:
    """Build the item for one page of an article (views may still be missing).

    ``url_dates``: take a date in the URL path (``/2005-03-21/``) when the page
    shows none; off unless the site's profile says its URLs carry the
    publication date (elsewhere a page that shows no date has none).
    ``timezone``: the zone of times the page shows without one (the site profile's; None
    for a page of an unknown site: such times are left without an offset).
    ``provenance``: a dict to fill with the kind of place each found field came from
    (:mod:`crawler.fields`), for ``make eval``.
    """
    loader = ArticleLoader(response=response, selector=page_selector(response))  # parsed once
    loader.add_value("url", response.url)
    loader.add_value("encoding", response.encoding)
    loader.add_value("crawled_at", (crawled_at or datetime.now(UTC)).isoformat(timespec="seconds"))
    root = page_root(response)

    # Mirrors put pinyin readings inside labels and dates: 發(fā)布時間, 12月(yuè).
    marked = marked_elements(root)  # headings, breadcrumbs, authors, sources
    if marked.closed and text_outside(root, marked.closed):
        drop_elements(marked.closed)  # (no text, title or byline of the page's: none it shows)
        marked = marked_elements(root)  # (less what they held; a few pages in a hundred)
    page_lines = [_unpinyin(line) for line in block_lines(root)]
    css = PageCSS(root, (one for field in selectors.values() for one in field))
    comments = page_comments(root)  # (read for the unindexed blocks and a CMS's metadata)
    body, body_node, outside = _body(css, selectors, unindexed(root, comments))
    at = _body_start(page_lines, body)  # where the text sits among the page's lines
    span = (at, _body_end(page_lines, body, at or 0))
    near_text = _near_text(page_lines, body, at)
    cms = cms_properties(root, comments)  # a CMS's metadata comment (enpproperty), if any
    titles = _title(root, response, css, selectors, near_text, page_lines, marked, at)
    if (shown := cms.get("title")) and any(_shows_title(line, shown) for line in page_lines):
        titles.insert(1, shown)  # after a site selector's, before the generic guess
    loader.add_value("title", [t for t in titles if t])
    title = loader.get_output_value("title")
    plain_title = title and _unpinyin(title)
    if heading := _title_heading_lines(body, body_node, plain_title, page_lines[: at or 0]):
        body = body[heading:]  # (the title set over the text's first lines: no text)
        at = _body_start(page_lines, body)
        span = (at, _body_end(page_lines, body, at or 0))

    meta_line = _meta_line(css, page_lines, title, selectors, at)
    meta = parse_meta(meta_line or "")
    table = index_table(page_lines)  # a government notice's 信息公开 table
    page = Page(
        url=response.url, root=root, lines=page_lines, body=body, title=plain_title, at=at,
        end=span[1], meta=meta, table=table, url_dates=url_dates, cms=cms, marked=marked,
    )  # fmt: skip
    found = choose_fields(page)
    if provenance is not None:
        provenance.update({name: c.kind for name, c in found.items() if c is not None})
    if date := found["published_at"]:
        zoned = parse_date(date.raw, zone=_zone(timezone)) if date.raw else None
        loader.add_value("published_at", zoned[1] if zoned else date.value)
        loader.add_value("published_raw", date.raw)
    for name in ("author", "source"):
        if found[name]:
            loader.add_value(name, found[name].value)
    loader.add_value("doc_number", table.get("doc_number"))
    loader.add_value("index_number", table.get("index_number"))
    loader.add_value("views", meta.views)

    crumbs = _crumbs(css, response, selectors, marked, page_lines)
    loader.add_value("breadcrumb", " > ".join(crumbs) if crumbs else None)
    loader.add_value("section", _section(crumbs, title))

    # the meta line is not text of the article; a long line holding a label is (forum posts)
    meta_only = meta_line if meta_line and len(meta_line) <= META_LINE_MAX else None
    drop = {title, plain_title, meta_only}
    if plain_title and (bare := _PICTURES_MARK_RE.sub("", plain_title)) != plain_title:
        drop.add(bare)  # its picture's caption: the headline without its (图)
    drop |= {
        line for line in page_lines if meta_only and line in meta_only and _LABEL_RE.match(line)
    }
    authors = [found["author"].value] if found["author"] else []
    loader.add_value("body", clean_body_lines(body, drop=drop, authors=authors))
    if body_node is not None:
        loader.add_value("images", body_images(body_node, response.url, outside))
        # 附件 links stand in the text's container or just after it
        after = list(body_node.itersiblings())[:3]
        loader.add_value("attachments", attachments([body_node, *after], response.url))
    return loader.load_item()
