"""``StoreCommand``: the base of the commands that read the SQLite store (runs, search, export, report).

A user's mistake (no store, a bad date, an unwritable output) is one line on stderr and
exit 2, never a traceback: subclasses raise :class:`~crawler.arguments.ArgumentError`
from ``run_store``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from scrapy.commands import ScrapyCommand

from crawler.arguments import ArgumentError

EXIT_USAGE = 2


def add_no_reprints(parser) -> None:
    """``--no-reprints``, as search and export take it (``opts.reprints``)."""
    parser.add_argument(
        "--no-reprints",
        dest="reprints",
        action="store_false",
        help="leave out reprints (articles whose reprint_of names an earlier copy)",
    )


class StoreCommand(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def run(self, args: list[str], opts) -> None:
        try:
            self.run_store(args, opts)
        except ArgumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = EXIT_USAGE

    def run_store(self, args: list[str], opts) -> None:
        raise NotImplementedError

    def store_path(self) -> str:
        """``SQLITE_PATH``, which must exist."""
        path = self.settings.get("SQLITE_PATH")
        if not path or not Path(path).exists():
            raise ArgumentError(f"no store at {path!r} (set SQLITE_PATH with -s SQLITE_PATH=FILE)")
        return path
