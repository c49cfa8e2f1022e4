"""``scrapy search "计量 检定" [--since D] [--section S] [--limit N]``: ranked hits with snippets."""

from __future__ import annotations

import sys

from crawler.arguments import ArgumentError, user_date
from crawler.store import Store
from crawler.storecmd import StoreCommand, add_no_reprints
from crawler.text import to_simplified


class Command(StoreCommand):
    def syntax(self) -> str:
        return '"TERMS" [--since YYYY-MM-DD] [--section S] [--limit N] [--no-reprints]'

    def short_desc(self) -> str:
        return "Search the stored articles' titles and bodies"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--since", help="published on or after this date")
        parser.add_argument("--section", help="section name (热点聚焦) or folder (redianjujiao)")
        parser.add_argument(
            "--limit", type=int, default=10, help="how many hits, best first (default 10)"
        )
        add_no_reprints(parser)

    def run_store(self, args: list[str], opts) -> None:
        if not args:
            raise ArgumentError("give the terms to search for")
        path = self.store_path()
        since = user_date(opts.since, "--since") if opts.since else None
        sys.stdout.reconfigure(encoding="utf-8")
        mark = ("\x1b[1;31m", "\x1b[0m") if sys.stdout.isatty() else ("【", "】")
        store = Store(path)  # read-write: a store made before full-text search gets its index
        try:
            hits = store.articles.search(
                to_simplified(" ".join(args)),  # the store holds simplified text
                since=since,
                section=opts.section,
                limit=opts.limit,
                mark=mark,
                reprints=opts.reprints,
            )
        finally:
            store.close()
        for n, hit in enumerate(hits, 1):
            print(f"{n}. {hit.title}  ({(hit.published_at or '')[:10]}, {hit.section or '-'})")
            print(f"   {hit.url}")
            print(f"   {hit.snippet}")
        if not hits:
            print("no article matches", file=sys.stderr)
            self.exitcode = 1
