"""Pages of a split article and of a section's list, as the common CMS families write them.

Pure functions of a URL or a page's text (``../shared/CMS.md`` describes the families):

* :func:`article_key`: ``(stem, page)`` of an article URL. DedeCMS ``/<folder>/<id>.html``
  and ``<id>_2.html``; TRS WCM ``t20240619_3925461.html`` and ``…_1.html`` (its second
  page: TRS counts the later pages from 1); PHPCMS ``show-<catid>-<id>-<page>.html`` and
  ``content-…``.
* :func:`script_pager`: TRS's pager written only as a script call,
  ``createPageHTML(count, current, "index", "html")`` (the current page counted from 0),
  and the URLs of the other pages it stands for: built from what the call says, never
  beyond its count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

__all__ = ["ScriptPager", "article_key", "list_key", "script_pager"]

_DEDE_RE = re.compile(r"^(?P<stem>/(?:[\w-]+/)+\d+)(?:_(?P<n>\d+))?\.s?html?$")
_TRS_RE = re.compile(r"^(?P<stem>/(?:[\w-]+/)*t(?:19|20)\d{6}_\d+)(?:_(?P<k>\d+))?\.s?html?$")
_PHPCMS_RE = re.compile(
    r"^(?P<stem>/(?:[\w-]+/)*(?:show|content)-\d+-\d+)(?:-(?P<n>\d+))?\.s?html?$"
)


def article_key(url: str) -> tuple[str, int] | None:
    """``(stem, page number)`` of an article URL, or None.

    >>> article_key("http://x/jiliang/57604_3.html"), article_key("http://x/jiliang/list_3_2.html")
    (('/jiliang/57604', 3), None)
    >>> article_key("http://x/gk/202406/t20240619_3925461.html"), article_key("http://x/gk/202406/t20240619_3925461_1.html")
    (('/gk/202406/t20240619_3925461', 1), ('/gk/202406/t20240619_3925461', 2))
    >>> article_key("http://x/show-9-12-1.html"), article_key("http://x/show-9-12-2.html")
    (('/show-9-12', 1), ('/show-9-12', 2))
    """
    path = urlsplit(url).path
    if m := _TRS_RE.match(path):
        return m["stem"], int(m["k"]) + 1 if m["k"] else 1
    if m := _PHPCMS_RE.match(path):
        return m["stem"], int(m["n"] or 1)
    if m := _DEDE_RE.match(path):
        return m["stem"], int(m["n"] or 1)
    return None


_CREATE_PAGE_RE = re.compile(
    r"createPageHTML\(\s*['\"]?(?P<count>\d+)['\"]?\s*,\s*['\"]?(?P<current>\d+)['\"]?\s*,"
    r"\s*['\"](?P<prefix>[\w-]+)['\"]\s*,\s*['\"](?P<suffix>s?html?)['\"]"
)


@dataclass(frozen=True)
class ScriptPager:
    count: int
    """How many pages the call says there are."""
    current: int
    """This page, counted from 0."""
    prefix: str
    suffix: str

    def url(self, index: int, base: str) -> str:
        """The URL of page ``index`` (from 0): ``prefix.suffix``, then ``prefix_1.suffix``…"""
        name = (
            f"{self.prefix}.{self.suffix}" if index == 0 else f"{self.prefix}_{index}.{self.suffix}"
        )
        return urljoin(base, name)

    def next_url(self, base: str) -> str | None:
        return self.url(self.current + 1, base) if self.current + 1 < self.count else None


def script_pager(text: str) -> ScriptPager | None:
    """The TRS pager call in a page's source, or None.

    >>> p = script_pager('<script>createPageHTML(4, 0, "index", "html");</script>')
    >>> p.next_url("http://x/gk/tzgg/index.html"), p.url(3, "http://x/gk/tzgg/")
    ('http://x/gk/tzgg/index_1.html', 'http://x/gk/tzgg/index_3.html')
    >>> script_pager('createPageHTML(4, 3, "index", "html")').next_url("http://x/a/") is None
    True
    """
    m = _CREATE_PAGE_RE.search(text)
    if m is None:
        return None
    count, current = int(m["count"]), int(m["current"])
    if count < 1 or current >= count or count > 10_000:
        return None  # a call that contradicts itself says nothing
    return ScriptPager(count, current, m["prefix"], m["suffix"])


_LIST_PATTERNS = (
    (re.compile(r"^(?P<stem>/(?:[\w-]+/)*)index(?:_(?P<n>\d+))?\.s?html?$"), 1),  # index_1: page 2
    (re.compile(r"^(?P<stem>/(?:[\w-]+/)*)list_\d+_(?P<n>\d+)\.s?html?$"), 0),  # DedeCMS
    (re.compile(r"^(?P<stem>/(?:[\w-]+/)*list-\d+)-(?P<n>\d+)\.s?html?$"), 0),  # PHPCMS
)
_PAGE_QUERY_RE = re.compile(r"(?:^|&)(?:page|p|pageno|pageindex)=(?P<n>\d+)", re.I)


def list_key(url: str) -> tuple[str, int]:
    """``(list, page number)`` of a list page URL: which list it is a page of, and which page.

    >>> list_key("http://x/news/"), list_key("http://x/news/index_2.html"), list_key("http://x/news/list_32_3.html")
    (('/news/', 1), ('/news/', 3), ('/news/', 3))
    >>> list_key("http://x/list-9-1.html"), list_key("http://x/list.php?tid=3&page=2")
    (('/list-9', 1), ('/list.php?tid=3', 2))
    """
    parts = urlsplit(url)
    for pattern, shift in _LIST_PATTERNS:
        if m := pattern.match(parts.path):
            return m["stem"], int(m["n"]) + shift if m["n"] else 1
    if m := _PAGE_QUERY_RE.search(parts.query):
        query = _PAGE_QUERY_RE.sub("", parts.query).strip("&")
        return parts.path + (f"?{query}" if query else ""), int(m["n"])
    return parts.path + (f"?{parts.query}" if parts.query else ""), 1
