"""``scrapy reextract WARC...``: rebuild the items from archived responses, offline.

The ``portal`` spider runs again, in full mode, with every request answered
from the WARC files (counter answers included) and none sent to the network;
items go through the current extractor and pipelines into JSON Lines and
SQLite exactly as a crawl's would. Exit status as ``scrapy crawl``.
"""

from __future__ import annotations

from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands.crawl import Command as CrawlCommand
from crawler.commands.crawl import _KeepLines
from crawler.settings import LOCAL_REPLICA_SETTINGS
from crawler.warc import read_warcinfo

OFFLINE = {  # answers come from local files: no politeness to keep, nothing to retry
    **LOCAL_REPLICA_SETTINGS,
    "RETRY_BACKOFF_BASE": 0,
    "VIEWS_REFRESH_DAYS": 0,
    "RETRY_OPEN_ERRORS": False,
    "WARC_PATH": "",
}


def warc_files(paths: list[str]) -> list[str]:
    """The WARC files named, folders expanded, in name order."""
    files: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.glob("*.warc*")))
        elif path.exists():
            files.append(str(path))
        else:
            raise UsageError(f"no such WARC file or folder: {path}")
    if not files:
        raise UsageError("no WARC files given")
    return files


class Command(CrawlCommand):
    def syntax(self) -> str:
        return "WARC [WARC ...]  (files or folders)"

    def short_desc(self) -> str:
        return "Rebuild items from WARC files with the current extractor and pipelines (no network)"

    def spider_name(self, args: list[str]) -> str:
        return "portal"

    def long_desc(self) -> str:
        return (
            "Rebuild the items from WARC files (a crawl's WARC_PATH folder, or files), offline:\n"
            "every request is answered from the archive, items go through the current extractor\n"
            "and pipelines into JSON Lines and SQLite. The start URL comes from the WARC's\n"
            "warcinfo record (-a start_url=URL when it names none). Exit status as scrapy crawl's."
        )

    def add_options(self, parser) -> None:
        ScrapyCommand.add_options(self, parser)  # not crawl's -o/-O: items go to the store
        parser.formatter_class = _KeepLines
        parser.add_argument(
            "-a",
            dest="spargs",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="a spider argument: start_url when the WARC names none",
        )
        parser.set_defaults(output=None, overwrite_output=None)

    def process_options(self, args: list[str], opts) -> None:
        super().process_options(args, opts)
        self.files = warc_files(args)
        self.settings.setdict(OFFLINE, priority="cmdline")
        self.settings.set("WARC_REPLAY", self.files, priority="cmdline")

    def run(self, args: list[str], opts) -> None:
        start_url = opts.spargs.pop("start_url", None) or read_warcinfo(self.files[0]).get(
            "start-url"
        )
        if not start_url:
            raise UsageError("the WARC names no start URL; give -a start_url=...")
        self.run_spider("portal", {**opts.spargs, "start_url": start_url, "mode": "full"})
