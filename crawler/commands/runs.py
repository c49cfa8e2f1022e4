"""``scrapy runs [--limit N]``: the latest runs of the store, as a table (a crawl on Redis: one
run, with a line per worker)."""

from __future__ import annotations

import json

from crawler.store import Store
from crawler.storecmd import StoreCommand


class Command(StoreCommand):
    def syntax(self) -> str:
        return "[--limit N]"

    def short_desc(self) -> str:
        return "Print the latest crawl runs recorded in the SQLite store"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--limit", type=int, default=10, help="how many runs, newest first (default 10)"
        )

    def run_store(self, args: list[str], opts) -> None:
        path = self.store_path()
        store = Store(path, readonly=True)
        try:
            rows = store.runs.latest(opts.limit)
        finally:
            store.close()
        header = (
            "id",
            "started",
            "finished",
            "mode",
            "status",
            "reason",
            "new",
            "upd",
            "same",
            "views",
            "req",
            "err",
        )
        table = [header]
        for row in rows:
            counts = json.loads(row["counts"] or "{}")
            table.append(
                (
                    str(row["id"]),
                    row["started_at"] or "",
                    row["finished_at"] or "",
                    row["mode"] or "",
                    row["status"],
                    row["finish_reason"] or "",
                    *(
                        str(counts.get(k, ""))
                        for k in (
                            "articles_new",
                            "articles_updated",
                            "articles_unchanged",
                            "views_refreshed",
                            "requests",
                            "errors_total",
                        )
                    ),
                )
            )
        widths = [max(len(r[i]) for r in table) for i in range(len(header))]
        for r in table:
            print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
        for row in rows:
            workers = json.loads(row["counts"] or "{}").get("workers", {})
            for worker, part in sorted(workers.items()):  # a crawl on Redis: each worker's part
                print(
                    f"run {row['id']}: worker {worker}: {part['requests']} requests, "
                    f"{part['list_pages']} list pages, {part['article_pages']} article pages "
                    f"({part['finish_reason'] or 'stopped answering'})"
                )
            for check in json.loads(row["checks"] or "[]"):
                print(
                    f"run {row['id']}: {check['name']} failed: {check['detail']}; e.g. {', '.join(check['samples'])}"
                )
