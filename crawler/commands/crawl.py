"""``scrapy crawl``, with one run at a time per store and an exit status cron can read.

Exit status: 0 the run finished and passed its health checks; 1 it could not
start or did not finish (killed, closed by an error); 2 a usage error (a spider
argument or option is wrong: one line names it); 3 another run holds the
store's lock; 4 a health check failed (see the log and the ``runs`` table);
5 storage failed (disk full, I/O error): nothing was reported stored that is
not, and the next run on a healthy disk finishes the work.
"""

from __future__ import annotations

import sys

from scrapy.commands import ScrapyHelpFormatter
from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.arguments import SPIDER_ARGUMENTS, ArgumentError
from crawler.lock import RunLock
from crawler.storage import STORAGE_ERRORS, failed, preflight

EXIT_NOT_FINISHED, EXIT_USAGE, EXIT_LOCKED, EXIT_UNHEALTHY, EXIT_STORAGE_FAILED = 1, 2, 3, 4, 5


EXIT_STATUSES = {
    0: "the run finished and passed its health checks",
    1: "the run could not start or did not finish (killed, start page failed, closed by an error)",
    2: "a usage error: a spider argument or an option is wrong (one line names it)",
    3: "another run holds the store's lock: nothing was done",
    4: "the run finished but a health check failed (see `scrapy runs`)",
    5: "storage failed (disk full, I/O error): the run is not recorded ok",
}
HELP_SETTINGS = (
    "SQLITE_PATH", "JSONL_PATH", "STATE_DIR", "WARC_PATH", "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED", "ROBOTSTXT_OBEY", "DOWNLOAD_MAXSIZE", "PAGINATION_STALE_PAGES",
    "PAGINATION_MAX_PAGES", "VIEWS_REFRESH_DAYS", "ERRORS_RECHECK_DAYS", "SQLITE_BATCH_SIZE",
)  # fmt: skip


class _KeepLines(ScrapyHelpFormatter):
    """Scrapy's help layout, with the description's own line breaks kept."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "".join(indent + line for line in text.splitlines(keepends=True))


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Crawl a portal into JSON Lines and SQLite (scrapy crawl portal -h: arguments, exit status)"

    def long_desc(self) -> str:
        from crawler import settings as defaults

        arguments = "\n".join(f"  {k:<10} {v}" for k, v in SPIDER_ARGUMENTS.items())
        settings = "\n".join(f"  {k:<23} {getattr(defaults, k)!r}" for k in HELP_SETTINGS)
        statuses = "\n".join(f"  {k}  {v}" for k, v in EXIT_STATUSES.items())
        return (
            "Crawl a portal: home, channels, sections and their list pages, then every article;\n"
            "incremental by default (only new work), one run at a time per store.\n\n"
            f"Spider arguments (-a NAME=VALUE):\n{arguments}\n\n"
            f"Settings that matter (-s NAME=VALUE; defaults shown; README lists them all):\n{settings}\n\n"
            f"Exit status:\n{statuses}"
        )

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.formatter_class = _KeepLines

    def process_options(self, args: list[str], opts) -> None:
        """The spider's arguments are checked here, before Scrapy starts a crawler process:
        a mistake is one line on stderr and exit 2."""
        super().process_options(args, opts)
        name = self.spider_name(args)
        if name is not None and not self.arguments_ok(name, opts.spargs):
            raise SystemExit(EXIT_USAGE)

    def spider_name(self, args: list[str]) -> str | None:
        """The spider this command line runs."""
        return args[0] if len(args) == 1 else None

    def run(self, args: list[str], opts) -> None:
        if len(args) != 1:
            raise UsageError("give one spider name")
        self.run_spider(args[0], opts.spargs)

    def arguments_ok(self, name: str, spargs: dict) -> bool:
        """Check the spider's arguments: one line on stderr if they are wrong."""
        try:
            spidercls = get_spider_loader(self.settings).load(name)
        except KeyError:
            print(f"error: no spider {name!r} (this project has: portal)", file=sys.stderr)
            return False
        check = getattr(spidercls, "check_arguments", None)
        try:
            if check is not None:
                check(dict(spargs))
        except ArgumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return False
        return True

    def run_spider(self, name: str, spargs: dict) -> None:
        """Crawl with the store's lock held, and set the exit status from the run's outcome.
        A worker of a crawl on Redis (``REDIS_URL``) stores nothing: the writer holds the store."""
        if not self.arguments_ok(name, spargs):
            self.exitcode = EXIT_USAGE
            return
        if self.settings.get("REDIS_URL"):
            from crawler.cluster import unreachable

            if why := unreachable(self.settings):
                print(f"not started: {why}", file=sys.stderr)
                self.exitcode = EXIT_NOT_FINISHED
                return
            self.crawl(name, spargs)
        else:
            self.crawl_locked(name, spargs)

    def crawl_locked(self, spidercls, spargs: dict) -> None:
        """:meth:`crawl` with the store's lock held and the disk checked first."""
        store = self.settings.get("SQLITE_PATH")
        lock = RunLock(f"{store}.lock") if store else None
        try:
            if lock:
                lock.acquire()
        except RunLock.Locked as exc:
            print(f"not started: {exc}", file=sys.stderr)
            self.exitcode = EXIT_LOCKED
            return
        except STORAGE_ERRORS as exc:
            print(f"not started, storage failed: {store}.lock: {exc}", file=sys.stderr)
            self.exitcode = EXIT_STORAGE_FAILED
            return
        try:
            if why := preflight(self.settings):
                print(f"not started, storage failed: {why}", file=sys.stderr)
                self.exitcode = EXIT_STORAGE_FAILED
                return
            self.crawl(spidercls, spargs)
        finally:
            if lock:
                lock.release()

    def crawl(self, spidercls, spargs: dict) -> None:
        """Run the crawl, and set the exit status from its outcome."""
        crawler = self._create_crawler(spidercls)
        self.crawler_process.crawl(crawler, **spargs)
        self.crawler_process.start()
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if failed(crawler):
            print(f"storage failed: {failed(crawler)}", file=sys.stderr)
            self.exitcode = EXIT_STORAGE_FAILED
        elif start := stats.get("portal/start_failed"):
            print(f"not crawled: the start page failed: {start}", file=sys.stderr)
            self.exitcode = EXIT_NOT_FINISHED
        elif self.crawler_process.bootstrap_failed or stats.get("finish_reason") != "finished":
            self.exitcode = EXIT_NOT_FINISHED
        elif stats.get("portal/run/status") == "failed":
            self.exitcode = EXIT_UNHEALTHY
