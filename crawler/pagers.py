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

__all__ = ["NEXT_PAGE_RE", "ScriptPager", "article_key", "list_key", "next_page", "script_pager"]

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


NEXT_PAGE_RE = re.compile(r"^\s*(?:下一页|下页|下一頁|后页|後頁|›|>|>>|»|next)\s*$", re.I)
_PAGE_COUNT_RE = re.compile(r"共\s*(?P<n>\d{1,5})\s*页")


def _with_page(url: str, sample: str, sample_number: int, number: int) -> str | None:
    """``sample`` (page ``sample_number`` of the list) rewritten for page ``number``."""
    parts = urlsplit(sample)
    for pattern, shift in _LIST_PATTERNS:
        if (m := pattern.match(parts.path)) and m["n"]:
            value = number - shift
            if value < 1 and shift:  # index_0 is index.html
                return urljoin(sample, f"{m['stem']}index.{parts.path.rsplit('.', 1)[-1]}")
            start, end = m.span("n")
            return urljoin(sample, parts.path[:start] + str(value) + parts.path[end:])
    if m := _PAGE_QUERY_RE.search(parts.query):
        start, end = m.span("n")
        query = parts.query[:start] + str(number) + parts.query[end:]
        return urljoin(sample, f"{parts.path}?{query}")
    return None


def next_page(url: str, links: list[tuple[str, str]], text: str) -> str | None:
    """The next page of the list at ``url``, as the page itself says it; None at the last.

    ``links``: ``(url, link text)`` of the page's links to other pages of the same list.
    In order: a link named 下一页 (next, ›); TRS's script call; a numbered link to the next
    number; a page count shown as text (``共7页``), with the next page's address built in
    the shape of the list's own addresses (never past the count).

    >>> next_page("http://x/news/", [("http://x/news/list_3_2.html", "下一页")], "")
    'http://x/news/list_3_2.html'
    >>> next_page("http://x/list-9-2.html", [("http://x/list-9-1.html", "1"), ("http://x/list-9-3.html", "3")], "")
    'http://x/list-9-3.html'
    >>> next_page("http://x/news/list.php?tid=3&page=2", [], "共 3 页"), next_page("http://x/list.php?page=3", [], "共3页")
    ('http://x/news/list.php?tid=3&page=3', None)
    >>> next_page("http://x/news/", [("http://x/news/index_1.html", "2")], "首页 共5页") is None  # 2 is next
    False
    """
    for link, label in links:
        if NEXT_PAGE_RE.match(label):
            return link
    pager = script_pager(text) if "createPageHTML" in text else None
    if pager is not None and article_key(pager.url(0, url)) is None:  # a list's, not an article's
        return pager.next_url(url)
    current = list_key(url)[1]
    for link, label in links:
        if label.strip() == str(current + 1):
            return link
    if (m := _PAGE_COUNT_RE.search(text)) and current < int(m["n"]):
        samples = [(link, list_key(link)[1]) for link, _ in links] + [(url, current)]
        for sample, number in samples:
            if (built := _with_page(url, sample, number, current + 1)) is not None:
                return built
    return None
