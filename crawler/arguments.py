"""What users give the crawler, checked before anything starts: spider arguments and dates.

Every check raises :class:`ArgumentError` with one line naming the argument and what
is allowed; ``scrapy crawl`` prints it and exits 2 (Scrapy's usage-error status)
before the engine starts, and the other commands do the same for their options.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

__all__ = [
    "SPIDER_ARGUMENTS",
    "ArgumentError",
    "SpiderArguments",
    "parse_spider_arguments",
    "user_date",
]

#: The spider's arguments (``-a name=value``) and what each means: the help's source too.
SPIDER_ARGUMENTS = {
    "start_url": "the portal's home (default: the profile's); its host is the only one crawled",
    "profile": "a bundled profile by name, or a .toml path (default: chinajl)",
    "sections": "comma-separated section folders to crawl (default: every section found)",
    "max_pages": "list pages to walk per section, a whole number of 1 or more (default: all)",
    "since": "YYYY-MM-DD: skip older articles and stop a section's pager at older list pages",
    "mode": "incremental (default: only new work) or full (re-walk and re-fetch everything)",
}
MODES = ("incremental", "full")


class ArgumentError(ValueError):
    """A user's mistake in an argument: one line, no traceback."""


def user_date(value: object, name: str) -> str:
    """A date a user gave, as ``YYYY-MM-DD``.

    >>> user_date("2024-01-31", "--since")
    '2024-01-31'
    >>> user_date("2024/13/01", "--since")
    Traceback (most recent call last):
    ...
    crawler.arguments.ArgumentError: --since must be a date as YYYY-MM-DD, got '2024/13/01'
    """
    text = value.strip() if isinstance(value, str) else ""
    if len(text) == 10:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise ArgumentError(f"{name} must be a date as YYYY-MM-DD, got {value!r}")


@dataclass(frozen=True)
class SpiderArguments:
    start_url: str | None
    profile: str
    sections: frozenset[str] | None
    max_pages: int | None
    since: date | None
    mode: str


def parse_spider_arguments(
    *,
    start_url: str | None = None,
    profile: str = "chinajl",
    sections: str | None = None,
    max_pages: str | int | None = None,
    since: str | None = None,
    mode: str = "incremental",
    **unknown: object,
) -> SpiderArguments:
    """The spider's arguments checked and typed.

    >>> parse_spider_arguments(max_pages="3", since="2024-01-01").max_pages
    3
    >>> parse_spider_arguments(mode="fast")
    Traceback (most recent call last):
    ...
    crawler.arguments.ArgumentError: -a mode must be incremental or full, got 'fast'
    """
    if unknown:
        names = ", ".join(sorted(unknown))
        raise ArgumentError(
            f"unknown spider argument {names} (known: {', '.join(SPIDER_ARGUMENTS)})"
        )
    if start_url is not None:
        parts = urlsplit(start_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ArgumentError(f"-a start_url must be an http(s) URL, got {start_url!r}")
    if mode not in MODES:
        raise ArgumentError(f"-a mode must be incremental or full, got {mode!r}")
    pages = None
    if max_pages is not None and str(max_pages).strip() != "":
        try:
            pages = int(str(max_pages).strip())
        except ValueError:
            pages = 0
        if pages < 1:
            raise ArgumentError(
                f"-a max_pages must be a whole number of 1 or more, got {max_pages!r}"
            )
    folders = None
    if sections is not None:
        folders = frozenset(
            s.strip().strip("/") for s in sections.split(",") if s.strip().strip("/")
        )
        bad = sorted(
            f for f in folders if "/" in f or not f.replace("-", "").replace("_", "").isalnum()
        )
        if not folders or bad:
            raise ArgumentError(
                f"-a sections must be comma-separated section folders (such as redianjujiao), got {sections!r}"
            )
    return SpiderArguments(
        start_url=start_url,
        profile=profile,
        sections=folders,
        max_pages=pages,
        since=date.fromisoformat(user_date(since, "-a since")) if since is not None else None,
        mode=mode,
    )
