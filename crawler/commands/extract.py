"""``scrapy extract PAGE [--url URL]`` and ``scrapy extract --list PAGES.jsonl``.

What is not a page is refused with one line on stderr: a missing, unreadable or folder
path, an unknown ``--charset`` or ``--site`` (exit 2); an empty or binary file, or a page
holding no article (exit 1). The JSON's ``encoding`` says how the page was decoded.
"""

from __future__ import annotations

import codecs
import json
import sys
import urllib.request
from dataclasses import asdict
from pathlib import Path
from typing import ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.arguments import ArgumentError
from crawler.dom import not_a_page
from crawler.items import Article
from crawler.pages import extract_page, file_url, response_from_bytes
from crawler.profiles import load_profile


def _dump(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "PAGE [--url URL] [--charset C] [--site PROFILE] | --list PAGES.jsonl"

    def short_desc(self) -> str:
        return "Print the item extracted from a saved page (file, - for stdin, or URL) as JSON"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL (default: the file's file:// URL)")
        parser.add_argument("--charset", help="the HTTP header's charset hint")
        parser.add_argument(  # not --profile: Scrapy's own option (cProfile output) has it
            "--site",
            dest="site",
            metavar="PROFILE",
            help="site profile whose selectors to use (name or .toml path; default: the "
            "bundled profile of the URL's site, else the generic extractor alone)",
        )
        parser.add_argument("--list", dest="listing", help='JSON Lines of {"id", "file", "url"}')

    def run(self, args: list[str], opts) -> None:
        sys.stdout.reconfigure(encoding="utf-8")
        try:
            profile = site_profile(opts.site)
            charset = known_charset(opts.charset)
            if opts.listing:
                self._run_list(Path(opts.listing), profile)
                return
            if len(args) != 1:
                raise UsageError("give one PAGE, or --list PAGES.jsonl")
            body, url, charset = self._read(args[0], opts.url, charset)
            _dump(asdict(extract_checked(body, url, charset=charset, profile=profile)))
        except (ArgumentError, ValueError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 1 if isinstance(exc, NotAnArticle) else 2

    def _read(
        self, page: str, url: str | None, charset: str | None
    ) -> tuple[bytes, str, str | None]:
        if page == "-":
            return sys.stdin.buffer.read(), url or "file:///dev/stdin", charset
        if page.startswith(("http://", "https://")):
            request = urllib.request.Request(
                page, headers={"User-Agent": self.settings["USER_AGENT"]}
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.read(), url or page, charset or answer.headers.get_content_charset()
        return read_file(Path(page)), url or file_url(page), charset

    def _run_list(self, listing: Path, profile) -> None:
        base = listing.parent
        with listing.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                entry: dict = {}
                try:
                    entry = json.loads(line)
                    path = base / entry["file"]
                    url = entry.get("url") or file_url(path)
                    charset = known_charset(entry.get("charset"))
                    item = extract_checked(read_file(path), url, charset=charset, profile=profile)
                    _dump({"id": entry.get("id"), **asdict(item)})
                except Exception as exc:  # one bad page never stops the batch
                    self.exitcode = 1
                    _dump(
                        {
                            "id": entry.get("id", f"line {number}"),
                            "error": f"{type(exc).__name__}: {exc}",
                        }
                    )


class NotAnArticle(ValueError):
    """The input is readable but holds no article."""


def site_profile(name: str | None):
    try:
        return load_profile(name) if name else None
    except ValueError as exc:
        raise ArgumentError(f"--site: {exc}") from None


def known_charset(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ArgumentError(f"--charset {name!r} is no encoding Python knows") from None


def read_file(path: Path) -> bytes:
    if not path.exists():
        raise ArgumentError(f"no such file: {path}")
    if path.is_dir():
        raise ArgumentError(f"{path} is a folder, not a saved page")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ArgumentError(f"cannot read {path}: {exc.strerror or exc}") from None


def extract_checked(body: bytes, url: str, *, charset: str | None, profile) -> Article:
    """The page's item; :class:`NotAnArticle` for what is no page or holds no article."""
    if why := not_a_page(response_from_bytes(body, url, charset)):
        raise NotAnArticle(f"{url} is no HTML page: {why}")
    item = extract_page(body, url, charset=charset, profile=profile)
    if not item.title and not item.body:
        raise NotAnArticle(f"no article found in {url} (no title, no text)")
    return item
