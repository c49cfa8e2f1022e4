"""Drafting a site profile from what a few of its pages show (``scrapy profile draft URL``).

Pure functions over URLs and pages already fetched:

* :func:`family_of`: the CMS family the site's URLs look like (``CMS.md``): TRS
  (``t20240619_<id>.html``), PHPCMS (``show-9-12-1.html``, ``list-9-1.html``), DedeCMS
  (``list_<typeid>_<n>.html``, ``/<section>/<id>.html``), EmpireCMS (``index_2.html``);
* :func:`draft_toml`: the TOML a user can edit: name, start URL, ``extends`` the family,
  and what was checked on the pages read, in comments.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

__all__ = ["SIGNATURES", "draft_toml", "family_of"]

#: URL shapes that only one family writes, the most telling first.
SIGNATURES = {
    "trs": re.compile(r"/t(?:19|20)\d{6}_\d+(?:_\d+)?\.s?html?$"),
    "phpcms": re.compile(r"(?:^|/)(?:show|content|list)-\d+-\d+(?:-\d+)?\.html$|m=content"),
    "dedecms": re.compile(r"/list_\d+_\d+\.html$|/plus/|/\d{4}/\d{4}/\d+\.html$"),
    "empirecms": re.compile(r"/index_\d+\.html$|/e/public/|/e/action/"),
}


def family_of(urls: list[str]) -> str:
    """The family whose URL shapes the site's links show most; DedeCMS's
    ``/<section>/<id>.html`` when nothing more telling is there.

    >>> family_of(["http://x/gk/202406/t20240619_1.html", "http://x/gk/index_1.html"])
    'trs'
    >>> family_of(["http://x/list-9-1.html", "http://x/show-9-12-1.html"])
    'phpcms'
    >>> family_of(["http://x/news/57604.html", "http://x/news/list_11_2.html"])
    'dedecms'
    """
    hits: Counter[str] = Counter()
    for url in urls:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        for family, signature in SIGNATURES.items():
            if signature.search(target):
                hits[family] += 1
                break
    return hits.most_common(1)[0][0] if hits else "dedecms"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def draft_toml(
    *, name: str, start_url: str, family: str, lists: list[str], articles: list[dict]
) -> str:
    """The drafted profile: what was found, and what the pages read gave, as comments.

    >>> print(draft_toml(name="x", start_url="http://x/", family="trs", lists=["http://x/gk/"],
    ...     articles=[{"url": "http://x/gk/t20240619_1.html", "title": "t", "published_at": None,
    ...                "body": "b"}]).splitlines()[-2])
    extends = "trs"
    """
    found = {
        field: sum(1 for a in articles if a.get(field))
        for field in ("title", "published_at", "body")
    }
    lines = [
        f"# Drafted by `scrapy profile draft {start_url}`: edit what the pages read got wrong.",
        f"# Family: {family} (its URL patterns, pagers and selectors: crawler/profiles/families/{family}.toml).",
        f"# List pages read ({len(lists)}): " + (", ".join(lists[:5]) or "none"),
        f"# Articles read ({len(articles)}): "
        + (", ".join(a["url"] for a in articles[:5]) or "none"),
        "# The generic extractor on them: "
        + ", ".join(f"{field} {count}/{len(articles)}" for field, count in found.items())
        + ".",
        "# Add [selectors] (title, meta, breadcrumb, body: CSS) where a field came out wrong.",
        f"name = {_quote(name)}",
        f"start_url = {_quote(start_url)}",
        f"extends = {_quote(family)}",
        "simplify = true",
        "",
    ]
    return "\n".join(lines)
