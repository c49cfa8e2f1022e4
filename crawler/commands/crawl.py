"""``scrapy crawl``, with one run at a time per store and an exit status cron can read.

Exit status: 0 the run finished and passed its health checks; 1 it could not
start or did not finish (killed, closed by an error); 3 another run holds the
store's lock; 4 a health check failed (see the log and the ``runs`` table);
5 storage failed (disk full, I/O error): nothing was reported stored that is
not, and the next run on a healthy disk finishes the work.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.lock import RunLock
from crawler.storage import STORAGE_ERRORS, failed, preflight

EXIT_NOT_FINISHED, EXIT_LOCKED, EXIT_UNHEALTHY, EXIT_STORAGE_FAILED = 1, 3, 4, 5


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts) -> None:
        if len(args) != 1:
            raise UsageError("give one spider name")
        self.run_spider(args[0], opts.spargs)

    def run_spider(self, name: str, spargs: dict) -> None:
        """Crawl with the store's lock held, and set the exit status from the run's outcome."""
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
            crawler = self._create_crawler(name)
            self.crawler_process.crawl(crawler, **spargs)
            self.crawler_process.start()
        finally:
            if lock:
                lock.release()
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if failed(crawler):
            print(f"storage failed: {failed(crawler)}", file=sys.stderr)
            self.exitcode = EXIT_STORAGE_FAILED
        elif self.crawler_process.bootstrap_failed or stats.get("finish_reason") != "finished":
            self.exitcode = EXIT_NOT_FINISHED
        elif stats.get("portal/run/status") == "failed":
            self.exitcode = EXIT_UNHEALTHY
