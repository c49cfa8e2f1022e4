"""``scrapy writer``: the one process that stores what the workers of a crawl on Redis find.

    scrapy writer -s REDIS_URL=redis://127.0.0.1:6379/0 -s SQLITE_PATH=data/portal.sqlite

It serves the crawl ``-s CRAWL_ID=`` names, or the one crawl the Redis holds (waiting
for a worker to start one); it holds the store's lock, and exits, with the statuses of
``scrapy crawl``, once the crawl is finished and everything is stored.
"""

from __future__ import annotations

import sys
import time
from typing import ClassVar

import redis
from scrapy.exceptions import UsageError
from scrapy_redis.connection import get_redis_from_settings

from crawler.cluster import CRAWLS, unreachable
from crawler.cluster.writer import WriterSpider
from crawler.commands.crawl import EXIT_NOT_FINISHED, EXIT_USAGE
from crawler.commands.crawl import Command as Crawl


class Command(Crawl):
    requires_project = True
    default_settings: ClassVar[dict] = {"CLUSTER_ROLE": "writer"}

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Store what the workers of a crawl on Redis find (-s REDIS_URL=...)"

    def long_desc(self) -> str:
        return __doc__.strip()

    def process_options(self, args: list[str], opts) -> None:
        super(Crawl, self).process_options(args, opts)

    def run(self, args: list[str], opts) -> None:
        if args:
            raise UsageError("scrapy writer takes no spider: it writes the crawl on REDIS_URL")
        if not self.settings.get("REDIS_URL"):
            print(
                "error: give the crawl's Redis: -s REDIS_URL=redis://host:6379/0", file=sys.stderr
            )
            self.exitcode = EXIT_USAGE
            return
        if why := unreachable(self.settings):
            print(f"not started: {why}", file=sys.stderr)
            self.exitcode = EXIT_NOT_FINISHED
            return
        try:
            crawl_id = self.settings.get("CRAWL_ID") or self.wait_for_crawl()
        except redis.RedisError as exc:
            print(f"not started: Redis at {self.settings.get('REDIS_URL')}: {exc}", file=sys.stderr)
            self.exitcode = EXIT_NOT_FINISHED
            return
        except LookupError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = EXIT_USAGE
            return
        self.settings.set("CRAWL_ID", crawl_id, priority="cmdline")
        self.crawl_locked(WriterSpider, {})

    def wait_for_crawl(self) -> str:
        """The one crawl in this Redis, once a worker has started it."""
        server = get_redis_from_settings(self.settings)
        said = False
        while True:
            crawls = sorted(c.decode() for c in server.smembers(CRAWLS))
            if len(crawls) == 1:
                return crawls[0]
            if len(crawls) > 1:
                raise LookupError(
                    f"this Redis holds several crawls ({', '.join(crawls)}): give -s CRAWL_ID="
                )
            if not said:
                print("waiting for a worker to start a crawl (scrapy crawl portal -s REDIS_URL=...)",
                      file=sys.stderr)  # fmt: skip
                said = True
            time.sleep(0.5)
