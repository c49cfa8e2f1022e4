"""The author: who wrote the article, as the page credits them.

The meta line's 作者 field comes first; then a byline near the title or at the ends of
the text (``记者 X``, ``X/文``, ``文/X``, ``（X 上海报道）``, a forum post's ``by X``). A
meta line whose author field is empty means the page names nobody: no fallback.
"""

from __future__ import annotations

from crawler.fields import Candidate, Page, choose
from crawler.generic import author_from_lines, title_line
from crawler.text import remove_pinyin_brackets

__all__ = ["RULES", "choose_author"]


def _unpinyin(text: str) -> str:
    return remove_pinyin_brackets(text)[0]


def credit_region(page: Page) -> list[str]:
    """Where articles credit their author: under the title, just above the text, its first
    and last lines, and the lines right after it."""
    at, end = page.at, page.end
    start = title_line(page.lines, page.title, at) or 0
    end = end if end is not None and end >= start else start
    above = page.lines[max(start, at - 3) : at] if at is not None else []
    region = (
        page.lines[start : start + 6]
        + above
        + page.body[:2]
        + page.body[-3:]
        + page.lines[end + 1 : end + 5]
    )
    return [_unpinyin(line) for line in region]


RULES = [
    ("meta_line", lambda page: page.meta.author),
    ("byline", lambda page: author_from_lines(credit_region(page))),
]


def choose_author(page: Page) -> Candidate | None:
    """The author, or None."""
    if "author" in page.meta.labels and not page.meta.author:
        return None  # an author field the page leaves empty
    return choose(RULES, page)
