"""Site profiles: adding a portal is a small TOML file (see ``chinajl.toml``).

A profile gives the start URL, and optionally URL patterns telling article
pages from list pages, CSS selectors per field (tried before the generic
extractor), whether to convert to simplified script, whether the site's
URLs carry the publication date (``url_dates``), and the zone of the times it shows
without one (``timezone``, default ``Asia/Shanghai``; ``"none"`` leaves them naive). A profile holding
only ``start_url`` still crawls: articles and list pages are then told apart
by the generic rules below, and pagination is found by its pager (下一页).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree

__all__ = ["Profile", "generic_is_article", "generic_is_index", "load_profile", "profile_for_url"]

HERE = Path(__file__).parent
FIELDS = ("title", "meta", "breadcrumb", "body")

# An article URL on most Chinese portals ends in .html/.htm/.shtml and carries
# an id of 4+ digits (57604.html, t20220213_123.html, art_123_456.html,
# content_123.htm) or a date (/2022-02/13/...).
_GENERIC_ARTICLE = re.compile(
    r"(?:\d{4,}[^/]*|/(?:19|20)\d\d[-/]?\d\d[-/]?\d\d/[^/]+|/(?:show|content)-\d+-\d+(?:-\d+)?)"
    r"\.s?html?$",
    re.I,
)
# PHPCMS's dynamic addresses: index.php?m=content&c=index&a=show&catid=1&id=1 (an article),
# …&a=lists&catid=9 (a list)
_PHPCMS_QUERY_RE = re.compile(r"(?:^|&)a=(?P<a>show|lists)(?:&|$)")
_GENERIC_INDEX = re.compile(
    r"(?:/|/index(?:_\d+)?\.s?html?|/list[-_]\d+(?:[-_]\d+)?\.s?html?|/node_\d+(?:_\d+)?\.s?html?)$",
    re.I,
)


def generic_is_article(url: str) -> bool:
    """
    >>> generic_is_article("http://x/jiliang/57604.html"), generic_is_article("http://x/c/t20220213_123.html")
    (True, True)
    >>> generic_is_article("http://x/about.html"), generic_is_article("http://x/news/index_2.html")
    (False, False)
    >>> generic_is_article("http://x/show-9-12-1.html"), generic_is_article("http://x/list-9-1.html")
    (True, False)
    >>> generic_is_article("http://x/index.php?m=content&c=index&a=show&catid=1&id=7")
    True
    """
    parts = urlsplit(url)
    if (m := _PHPCMS_QUERY_RE.search(parts.query)) and "m=content" in parts.query:
        return m["a"] == "show"
    return bool(_GENERIC_ARTICLE.search(parts.path)) and not _GENERIC_INDEX.search(parts.path)


def generic_is_index(url: str) -> bool:
    """
    >>> generic_is_index("http://x/news/"), generic_is_index("http://x/news/index_2.html")
    (True, True)
    >>> generic_is_index("http://x/news/list-12-2.html"), generic_is_index("http://x/a/1234.html")
    (True, False)
    """
    parts = urlsplit(url)
    if (m := _PHPCMS_QUERY_RE.search(parts.query)) and "m=content" in parts.query:
        return m["a"] == "lists"
    return bool(_GENERIC_INDEX.search(parts.path)) or (
        "page=" in parts.query and not generic_is_article(url)
    )


@dataclass(frozen=True)
class Profile:
    name: str
    start_url: str
    title: str = ""
    article: re.Pattern | None = None
    index: re.Pattern | None = None
    simplify: bool = True
    url_dates: bool = False
    timezone: str | None = "Asia/Shanghai"
    """The zone of the times the site shows without one (None: left without an offset)."""
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: tuple[tuple[re.Pattern, str], ...] = ()
    """Path rules ``(pattern, canonical)``: a URL whose path matches is another address of
    the URL with the path ``pattern.sub(canonical, path)`` (``^/big5(/.*)$`` -> ``\\1``)."""

    def canonical(self, url: str) -> str | None:
        """The URL ``url`` is an alias of by the profile's rules, or None.

        >>> load_profile("chinajl").canonical("http://x/big5/redianjujiao/12.html")
        'http://x/redianjujiao/12.html'
        >>> load_profile("chinajl").canonical("http://x/redianjujiao/12.html") is None
        True
        """
        parts = urlsplit(url)
        for pattern, canonical in self.aliases:
            if pattern.search(parts.path):
                return urlunsplit(parts._replace(path=pattern.sub(canonical, parts.path)))
        return None

    def is_article(self, url: str) -> bool:
        if self.article is None:
            return generic_is_article(url)
        parts = urlsplit(url)
        return bool(self.article.search(parts.path + (f"?{parts.query}" if parts.query else "")))

    def is_index(self, url: str) -> bool:
        if self.index is None:
            return generic_is_index(url)
        parts = urlsplit(url)
        return bool(self.index.search(parts.path + (f"?{parts.query}" if parts.query else "")))


FAMILIES = HERE / "families"


def _family(name: str, path: Path) -> dict:
    family = FAMILIES / f"{name}.toml"
    if not family.exists():
        known = ", ".join(sorted(p.stem for p in FAMILIES.glob("*.toml")))
        raise ValueError(
            f"profile {path}: extends {name!r}, which is no CMS family (known: {known})"
        )
    return tomllib.loads(family.read_text(encoding="utf-8"))


def _timezone(name: str, path: Path) -> str | None:
    """A zone name of the IANA database, or None for "" / "none"."""
    if not name or str(name).lower() == "none":
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"profile {path}: timezone {name!r} is no IANA zone (e.g. Asia/Shanghai)"
        ) from None
    return name


def load_profile(name_or_path: str) -> Profile:
    """A profile by name (a file in this folder) or by path to a TOML file.

    ``extends = "trs"`` (a CMS family in ``families/``: dedecms, empirecms, phpcms, trs)
    gives the family's URL patterns and selectors; the profile's own come first.
    """
    path = Path(name_or_path)
    if not path.suffix:
        path = HERE / f"{name_or_path}.toml"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in HERE.glob("*.toml")))
        raise ValueError(
            f"no profile {name_or_path!r} (known: {known}; or give a path to a .toml file)"
        )
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if not data.get("start_url"):
        raise ValueError(f"profile {path} has no start_url")
    family = _family(data["extends"], path) if data.get("extends") else {}
    selectors = {**family.get("selectors", {})}
    for name, values in data.get("selectors", {}).items():
        selectors[name] = [*values, *selectors.get(name, [])]
    unknown = set(selectors) - set(FIELDS)
    if unknown:
        raise ValueError(
            f"profile {path}: unknown selector fields {sorted(unknown)} (known: {FIELDS})"
        )
    for name, values in selectors.items():
        for css in values:
            if problem := unusable_css(css):
                raise ValueError(f"profile {path}: {name} selector {css!r}: {problem}")
    article = data.get("article") or family.get("article")
    index = data.get("index") or family.get("index")
    aliases = [*data.get("aliases", []), *family.get("aliases", [])]
    return Profile(
        name=data.get("name", path.stem),
        start_url=data["start_url"],
        title=data.get("title", ""),
        article=re.compile(article) if article else None,
        index=re.compile(index) if index else None,
        simplify=bool(data.get("simplify", True)),
        url_dates=bool(data.get("url_dates", False)),
        timezone=_timezone(data.get("timezone", "Asia/Shanghai"), path),
        selectors={k: tuple(v) for k, v in selectors.items()},
        aliases=tuple((re.compile(a["pattern"]), a["canonical"]) for a in aliases),
    )


def unusable_css(css: str) -> str | None:
    """Why a profile's selector cannot be used on a page (not CSS, a namespace prefix no page
    declares, characters XPath cannot hold), or None: said when the profile is read, not
    raised on every page.

    >>> unusable_css(".title h2"), unusable_css(".title >") is not None, unusable_css("svg|rect") is not None
    (None, True, True)
    """
    from cssselect import SelectorError

    from crawler.dom import parse_html  # (the profiles are read before any page)
    from crawler.sitecss import PageCSS

    try:
        PageCSS(parse_html("<p class=a>x</p>"), []).select(css)
    except (SelectorError, ValueError, RecursionError, etree.XPathError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _host(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # http://[x]/a: a host no parser reads is no site's
        return ""
    return host[4:] if host.startswith("www.") else host


def profile_for_url(url: str) -> Profile | None:
    """The bundled profile of the site ``url`` belongs to (by host), or None.

    A profile's selectors describe its own site's markup: on any other site
    they would pick whatever shares a class name, so other pages get the
    generic extractor alone.

    >>> profile_for_url("http://www.chinajl.com.cn/jiliang/1.html").name
    'chinajl'
    >>> profile_for_url("http://news.example.cn/a/1.html") is None
    True
    """
    return _bundled_by_host().get(_host(url)) if _host(url) else None


@cache
def _bundled_by_host() -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for path in sorted(HERE.glob("*.toml")):
        profile = load_profile(str(path))
        found.setdefault(_host(profile.start_url), profile)
    return found
