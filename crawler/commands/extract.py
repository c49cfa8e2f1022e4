"""``scrapy extract PAGE [--url URL]`` and ``scrapy extract --list PAGES.jsonl``."""

from __future__ import annotations

import json
import sys
import urllib.request
from dataclasses import asdict
from pathlib import Path
from typing import ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.pages import extract_page, file_url


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
        if opts.listing:
            self._run_list(Path(opts.listing), opts)
            return
        if len(args) != 1:
            raise UsageError("give one PAGE, or --list PAGES.jsonl")
        page = args[0]
        if page == "-":
            body, url = sys.stdin.buffer.read(), opts.url or "file:///dev/stdin"
        elif page.startswith(("http://", "https://")):
            request = urllib.request.Request(
                page, headers={"User-Agent": self.settings["USER_AGENT"]}
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                body, url = answer.read(), opts.url or page
                opts.charset = opts.charset or answer.headers.get_content_charset()
        else:
            body, url = Path(page).read_bytes(), opts.url or file_url(page)
        _dump(asdict(extract_page(body, url, charset=opts.charset, profile=opts.site)))

    def _run_list(self, listing: Path, opts) -> None:
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
                    item = extract_page(
                        path.read_bytes(), url, charset=entry.get("charset"), profile=opts.site
                    )
                    _dump({"id": entry.get("id"), **asdict(item)})
                except Exception as exc:  # one bad page never stops the batch
                    self.exitcode = 1
                    _dump(
                        {
                            "id": entry.get("id", f"line {number}"),
                            "error": f"{type(exc).__name__}: {exc}",
                        }
                    )
