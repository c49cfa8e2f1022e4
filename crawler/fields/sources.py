"""The source (来源): the publication or office an article comes from.

The meta line's 来源 field; a government notice's 发布机构; ``<meta name="ContentSource">``;
and, where the meta line has no 来源 label, a publication named right after the
unlabelled date under the title (``2022年02月13日 09:57 新华网``).
"""

from __future__ import annotations

from crawler.fields import Candidate, Page, choose
from crawler.generic import source_after_date, title_line
from crawler.government import content_source

__all__ = ["RULES", "choose_source"]


def _after_date(page: Page) -> str | None:
    if "source" in page.meta.labels or page.at is None:
        return None
    top = title_line(page.lines, page.title, page.at) or 0
    return source_after_date(page.lines[top : page.at + 1], page.published_raw)


RULES = [
    ("meta_line", lambda page: page.meta.source),
    ("index_table", lambda page: page.table.get("source")),
    ("content_source", lambda page: content_source(page.root)),
    ("after_date", _after_date),
]


def choose_source(page: Page) -> Candidate | None:
    """The source, or None (set ``page.published_raw`` first: the last rule reads it)."""
    return choose(RULES, page)
