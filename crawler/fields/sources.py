"""The source (来源): the publication or office an article comes from.

The meta line's 来源 field; a government notice's 发布机构; ``<meta name="ContentSource">``;
an element marked as the source and shown between the title and the text; a line of its own
naming it at the end of the text (``（来源：人民日报）``, ``文章来源: 中国网``); and, where the
meta line has no 来源 label, a publication named right after the
unlabelled date under the title (``2022年02月13日 09:57 新华网``).
"""

from __future__ import annotations

import re

from crawler.dom import text_of
from crawler.fields import Candidate, Page, choose, shown_between_title_and_text
from crawler.generic import source_after_date, title_line
from crawler.government import content_source
from crawler.parsing import _LABEL_RE, parse_meta

__all__ = ["RULES", "choose_source"]


def _after_date(page: Page) -> str | None:
    if "source" in page.meta.labels or page.at is None:
        return None
    top = title_line(page.lines, page.title, page.at) or 0
    return source_after_date(page.lines[top : page.at + 1], page.published_raw)


_SOURCE_TOKEN_RE = re.compile(r"^(?:[a-z]+-)?source$")
_SOURCE_TEXT_RE = re.compile(
    r"(?:(?:信息|文章|新闻)?来源|來源)?\s*[:：]?\s*(?P<name>[^\s:：|｜<>]{2,20})"
)


def _source_element(page: Page) -> str | None:
    """An element marked as the source (``class="source"``, ``id="source"``) whose text the
    page shows between the title and the text: 新京报, 新华网."""
    between = shown_between_title_and_text(page)
    if not between:
        return None
    for node in page.marked.sources:
        tokens = f"{node.get('class', '')} {node.get('id', '')}".split()
        if not any(_SOURCE_TOKEN_RE.match(t) for t in tokens):
            continue
        m = _SOURCE_TEXT_RE.fullmatch(" ".join(text_of(node).split()))
        if m and not m["name"].isdigit() and any(m["name"] in line for line in between):
            return m["name"]
    return None


#: Lines after the text's last one where its source may stand (a notice, a share bar between)
TEXT_END_LINES = 3


def _text_end(page: Page) -> str | None:
    """A source named on a line of its own at the end of the text or just after it
    (``（来源：人民日报）``, ``文章来源: 中国网``): the label and the name, nothing else."""
    if page.end is None or page.at is None:
        return None
    # (from a few lines before the text's end: the text's container may hold the field lines)
    start = max(page.at, page.end - TEXT_END_LINES)
    for line in page.lines[start : page.end + 1 + TEXT_END_LINES]:
        field = line.strip("（()）[]【】 ")
        if field.startswith(("资料", "資料")):
            continue  # 资料来源：赵医师: where a box's facts come from, not the article
        if len(field) > 40 or not _LABEL_RE.match(field):
            continue  # (a sentence that quotes a 来源：)
        meta = parse_meta(field)
        if meta.labels == ("source",) and field.endswith(meta.source or "\0"):
            return meta.source
    return None


RULES = [
    ("meta_line", lambda page: page.meta.source),
    ("index_table", lambda page: page.table.get("source")),
    ("content_source", lambda page: content_source(page.root)),
    ("source_element", _source_element),
    ("after_date", _after_date),  # (under the title: before the end's, which may name a person)
    ("text_end", _text_end),
]


def choose_source(page: Page) -> Candidate | None:
    """The source, or None (set ``page.published_raw`` first: the last rule reads it); a
    publication's title marks are not its name (《羊城晚报》 is 羊城晚报).

    >>> from lxml import html
    >>> from crawler.parsing import _LABEL_RE, parse_meta
    >>> page = Page("http://x/", html.fromstring("<p>x</p>"), [], [], None, None, None,
    ...             parse_meta("来源：《羊城晚报》"))
    >>> choose_source(page).value
    '羊城晚报'
    """
    found = choose(RULES, page)
    if found and (m := _TITLE_MARKS_RE.fullmatch(found.value)):
        return Candidate(m[1], found.kind, found.raw)
    return found


_TITLE_MARKS_RE = re.compile(r"《([^《》]+)》")
