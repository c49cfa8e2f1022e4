"""Pure URL functions: canonical form, and what kind of portal page a link leads to."""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["DEFAULT_TRACKING_PARAMS", "absolute_url", "canonical_url", "section_folder"]

DEFAULT_TRACKING_PARAMS = frozenset(
    {"spm", "from", "fromid", "share", "source", "src", "ref", "scene", "isappinstalled", "wfr"}
)
_FOLDER_INDEX_RE = re.compile(r"/(?:index|default)\.s?html?$")


def absolute_url(base: str, href: str) -> str | None:
    """``href`` resolved against ``base``; None when it cannot be: a page may write any
    string there, and a malformed host (``http://[x]/a.jpg``) makes urljoin raise.

    >>> absolute_url("http://x/a/1.html", " ../b.jpg "), absolute_url("http://x/", "http://[x]/a.jpg")
    ('http://x/b.jpg', None)
    """
    try:
        return urljoin(base, href.strip())
    except ValueError:
        return None


def canonical_url(url: str, tracking: Collection[str] = DEFAULT_TRACKING_PARAMS) -> str:
    """Drop the fragment, tracking parameters (``utm_*`` and ``tracking``) and ``index.html``.

    >>> canonical_url("http://x/a/1.html?from=index&utm_source=wechat#top")
    'http://x/a/1.html'
    >>> canonical_url("http://x/news/index.html")
    'http://x/news/'
    >>> canonical_url("http://x/list.php?tid=3&page=2&spm=a")
    'http://x/list.php?tid=3&page=2'
    """
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in tracking
    ]
    path = _FOLDER_INDEX_RE.sub("/", parts.path) or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))


def section_folder(url: str) -> str | None:
    """The folder a page sits in.

    >>> section_folder("http://x/big5/redianjujiao/1.html"), section_folder("http://x/wenhua/")
    ('redianjujiao', 'wenhua')
    >>> section_folder("http://x/") is None
    True
    """
    path = urlsplit(url).path
    folders = [s for s in path[: path.rfind("/")].split("/") if s]
    return folders[-1] if folders else None
