"""The records the crawler produces."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article of a portal, all of its pages joined."""

    url: str | None = None
    """The article's URL as fetched (first page), tracking parameters removed."""
    title: str | None = None
    """The headline, normalized (simplified script, no pinyin brackets)."""
    published_at: str | None = None
    """ISO 8601: ``2011-12-30`` for a date, ``2011-12-28T09:37:00+08:00`` with a time: in the zone
    the page names, else the profile's ``timezone`` (China time by default)."""
    published_raw: str | None = None
    """The date as the page shows it."""
    author: str | None = None
    """Who wrote the text (作者, a byline, the account posted under; an editor only when no one
    else is credited, 责任编辑 never); None when the page names nobody."""
    source: str | None = None
    """The 来源 field; None when the page leaves it empty (never "")."""
    views: int | None = None
    """The view count when crawled, inline or from the counter endpoint; it grows over time."""
    body: str | None = None
    """The article's paragraphs joined with "\\n": no title, meta line, pager or furniture."""
    breadcrumb: str | None = None
    """The page's breadcrumb, ``首页 > 新闻 > 热点聚焦``."""
    section: str | None = None
    """The section the article belongs to: the breadcrumb's last crumb (e.g. ``热点聚焦``)."""
    crawled_at: str | None = None
    """When the first page was fetched, ISO 8601 in UTC."""
    encoding: str | None = None
    """The encoding the page was decoded with (e.g. ``gb18030`` for a gb2312 declaration)."""
    text_damaged: int = 0
    """Number of damaged spots (U+FFFD, ``?`` inside Chinese text) left visible in title and body."""
    content_hash: str | None = None
    """SHA-1 of the normalized title and body: the same article under two URLs shares it."""
    pages: int = 1
    """How many pages the article is split into (``<id>.html``, ``<id>_2.html`` ...)."""
    images: list[str] = field(default_factory=list)
    """Absolute URLs of the images in the article's text, in order (all pages)."""
    doc_number: str | None = None
    """A government document's number (文号, 国市监计量规〔2024〕3号); None elsewhere."""
    index_number: str | None = None
    """A government notice's index number (索引号) in its 信息公开 table; None elsewhere."""
    attachments: list[dict[str, str]] = field(default_factory=list)
    """The documents the article links (pdf, doc, xls, wps, ofd, zip...): ``{"url", "text"}``."""
    reprint_of: str | None = None
    """The URL of the earliest stored copy when this article is a reprint (转载) of it: the
    same text, nearly, on another site or under another id. None for an original."""


#: The fields a reader looks for in every article: what reports and summaries count.
MAIN_FIELDS = (
    "title",
    "published_at",
    "author",
    "source",
    "views",
    "body",
    "breadcrumb",
    "section",
)
