"""``scrapy report -o report.html``: one self-contained HTML page of charts about the store."""

from __future__ import annotations

import sys
from pathlib import Path

from crawler.report import render_report
from crawler.store import Store
from crawler.storecmd import StoreCommand


class Command(StoreCommand):
    def syntax(self) -> str:
        return "[-o report.html]"

    def short_desc(self) -> str:
        return "Write a self-contained HTML report (charts) of the stored articles and runs"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-o", "--output", dest="out", default="data/report.html",
            help="the HTML file to write (default data/report.html)",
        )  # fmt: skip

    def run_store(self, args: list[str], opts) -> None:
        path = self.store_path()
        store = Store(path, readonly=True)
        try:
            page = render_report(store)
        finally:
            store.close()
        out = Path(opts.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
        print(f"report written to {out} ({len(page) // 1024} KiB)", file=sys.stderr)
