"""``scrapy export --format csv|parquet|jsonl [--since D --until D --section S] -o FILE``."""

from __future__ import annotations

import sys
from pathlib import Path

from crawler.arguments import ArgumentError, user_date
from crawler.export import WRITERS, write_csv
from crawler.store import Store
from crawler.storecmd import StoreCommand, add_no_reprints


class Command(StoreCommand):
    def syntax(self) -> str:
        return "--format csv|parquet|jsonl -o FILE [--since D] [--until D] [--section S] [--no-reprints] [--bom]"

    def short_desc(self) -> str:
        return "Export the stored articles with real types (CSV, Parquet, JSON Lines)"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--format", choices=sorted(WRITERS), required=True, help="the file's format"
        )
        parser.add_argument("-o", "--output", dest="out", required=True, help="the file to write")
        parser.add_argument("--since", help="published on or after (YYYY-MM-DD)")
        parser.add_argument("--until", help="published on or before (YYYY-MM-DD)")
        parser.add_argument("--section", help="section name or folder")
        parser.add_argument(
            "--bom", action="store_true", help="CSV: start with a UTF-8 BOM (for Excel)"
        )
        add_no_reprints(parser)

    def run_store(self, args: list[str], opts) -> None:
        path = self.store_path()
        since = user_date(opts.since, "--since") if opts.since else None
        until = user_date(opts.until, "--until") if opts.until else None
        out = Path(opts.out)
        store = Store(path, readonly=True)
        try:
            rows = store.articles.select(
                since=since, until=until, section=opts.section, reprints=opts.reprints
            )
            out.parent.mkdir(parents=True, exist_ok=True)
            if opts.format == "csv":
                count = write_csv(rows, out, bom=opts.bom)
            else:
                count = WRITERS[opts.format](rows, out)
        except OSError as exc:
            raise ArgumentError(f"cannot write {out}: {exc.strerror or exc}") from None
        finally:
            store.close()
        print(f"{count} articles written to {out}", file=sys.stderr)
