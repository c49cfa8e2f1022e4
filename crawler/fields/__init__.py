"""One module per field: where a page may hold the field's value, in the order trusted.

Each module lists its **rules**: ``(kind, rule)`` pairs, where ``kind`` names where the
value comes from (``meta_line``, ``meta_tag``, ``under_title``, ``byline`` ...) and
``rule`` is a pure function of a :class:`Page` giving a :class:`Candidate` or None. The
field's chooser takes the first rule that gives one; a rule that sees weak evidence
(a date from a link's text, a name that is a role word) gives none, so the field is left
empty rather than wrong. A new convention is one entry in one module's list.

``make eval`` reports, per field, which kind won and how often it was right
(:func:`crawler.dev.evaluate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from crawler.dom import Marked, marked_elements, text_of
from crawler.generic import title_line
from crawler.parsing import Meta, parse_meta
from crawler.text import remove_pinyin_brackets


@dataclass(frozen=True)
class Candidate:
    """A field's value and where it came from."""

    value: str
    kind: str
    raw: str | None = None  # as the page shows it (dates)


@dataclass
class Page:
    """What the field rules read of one page (built once by the loader)."""

    url: str
    root: etree._Element
    lines: list[str]  # the page's text lines (pinyin brackets removed)
    body: list[str]  # the article's text lines
    title: str | None  # as shown (pinyin brackets removed)
    at: int | None  # the page line where the text starts
    end: int | None  # the page line where the text ends
    meta: Meta  # the labelled meta line, parsed
    table: dict[str, str] = field(default_factory=dict)  # a government notice's 信息公开 table
    url_dates: bool = False  # the site's profile says its URLs carry the publication date
    published_raw: str | None = None  # the date chosen, as shown (the source rules read it)
    cms: dict[str, str] = field(default_factory=dict)  # a CMS's metadata comment (enpproperty)
    marked: Marked | None = None  # its elements named like a heading, author, source…
    # what the rules read of the page more than once, found once (the author's credit region)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.marked is None:
            self.marked = marked_elements(self.root)

    @cached_property
    def title_at(self) -> int | None:
        """The line where the title is shown above the text (:func:`title_line`), found
        once: most rules start there."""
        return title_line(self.lines, self.title, self.at)


def shown_between_title_and_text(page: Page) -> list[str]:
    """The page's lines after the title's and before the text's (where a byline, a date, a
    source or an account name is shown); none when the title is not shown above the text."""
    if page.at is None:
        return []
    top = page.title_at
    if top is None or top >= page.at:
        return []
    return page.lines[top + 1 : page.at]


def credits_outside_captions(page: Page, lines: list[str]) -> list[str]:
    """``lines`` less the pictures' captions' (<figcaption>: a caption under the title may
    name a person with a role, or an agency, that credits the picture, not the text)."""
    captions = page.memo.get("captions")
    if captions is None:
        page.memo["captions"] = captions = {
            " ".join(text_of(el).split()) for el in page.root.iter("figcaption")
        }
    return [line for line in lines if line not in captions]


Rule = Callable[[Page], Candidate | None]


def choose(rules: Sequence[tuple[str, Callable[[Page], object]]], page: Page) -> Candidate | None:
    """The first candidate the rules give, in order. A rule gives a :class:`Candidate`, a
    ``(raw, value)`` pair, a string, or None."""
    for kind, rule in rules:
        found = rule(page)
        if not found:
            continue
        if isinstance(found, Candidate):
            return found
        if isinstance(found, tuple):
            return Candidate(found[1], kind, found[0])
        return Candidate(found, kind)
    return None


def labelled_credit(page: Page, field: str, value: str) -> bool:
    """The page shows ``value`` as its ``field`` (author, source) under its label on its line
    of credits (作者：龙艳, 来源：四川新闻网 among other labelled fields: [来源：四川新闻网] [作者：龙艳]
    [编辑：颜祝俊]) from its title to a little after its text: what a CMS comment's field
    needs to be the page's (the comment may name whoever entered the text). Not a sidebar's
    or a comment's line (one label), not an editor's credit (编辑：X checked the text)."""
    start = page.title_at or 0
    end = (page.end if page.end is not None else start) + CREDITS_AFTER_TEXT
    names = _NAMES_SPLIT_RE.split(value.strip())
    for line in page.lines[start : end + 1]:
        if names[0] not in line or len(line) > LABELLED_CREDIT_MAX_CHARS:
            continue
        meta = parse_meta(remove_pinyin_brackets(line)[0])
        shown = getattr(meta, field)
        if (
            shown
            and _NAMES_SPLIT_RE.split(shown.strip()) == names
            and len(meta.labels) >= 2
            and (field != "author" or meta.author_label not in ("编辑", "編輯"))
        ):
            return True
    return False


#: The longest line of credits where a CMS comment's field is looked for under its label.
LABELLED_CREDIT_MAX_CHARS = 160
#: How far after the text's end a page may set its credits (related links between).
CREDITS_AFTER_TEXT = 12


def url_host(url: str) -> str:
    """The host of ``url`` in lower case, or "" where no parser reads one (http://[x]/a).

    >>> url_host("http://Blog.Sina.com.cn/s/1.html"), url_host("http://[x]/a"), url_host("http://[::1")
    ('blog.sina.com.cn', '', '')
    """
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # (a bracketed host no IP address, an unclosed bracket)
        return ""


_NAMES_SPLIT_RE = re.compile(r"[\s、，,]+")
