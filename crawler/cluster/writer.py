"""The writer of a crawl on Redis: ``scrapy writer -s REDIS_URL=... -s SQLITE_PATH=...``.

:class:`WriterSpider` fetches nothing. It publishes what its store knows (the URLs
stored, aliases and pages found to be no article, the sections walked to the end, the
articles to fetch again first) for the workers' incremental decisions, then takes the
items and events the workers push, in order, through the project's pipelines (normalize,
validate, dedupe, JSON Lines, SQLite) and the store's failure and alias records.

Each message moves from ``items`` to ``items-processing`` as it is taken (``LMOVE``) and
leaves it once SQLite committed it (the ``store_committed`` signal): a writer killed at
any moment leaves its uncommitted messages in ``items-processing``, and the next writer
takes them back first. A message taken twice is stored once (the store keys by URL).

The crawl is finished when it is seeded, its frontier is empty, no worker holds a request,
every worker that joined has left its final stats (or stopped answering) and no message
is left. The writer then adds the workers' counts to the run's row (``scrapy runs``), with
per-worker counts, and removes the crawl's keys, so the next run is a new crawl.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler

from crawler import signals as portal_signals
from crawler.cluster import CRAWLS, Cluster
from crawler.cluster.worker import sleep
from crawler.incremental import IncrementalState
from crawler.items import Article
from crawler.runs import RunRecorder
from crawler.storage import failed
from crawler.store import url_digest

logger = logging.getLogger(__name__)


class WriterSpider(scrapy.Spider):
    name = "writer"
    opens_run_later = True  # the run's mode and arguments are the workers': known at start()

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = "incremental"
        self.arguments: dict = {}
        self.walked_to_end: set[str] = set()
        self.cluster: Cluster | None = None
        self.held: dict[str, list[bytes]] = {}  # URL -> its messages taken, not yet stored
        self.stored: list[bytes] = []  # messages handled, acknowledged at SQLite's next commit

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args, **kwargs) -> WriterSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.item_done, signal=signals.item_scraped)
        crawler.signals.connect(spider.item_done, signal=signals.item_dropped)
        crawler.signals.connect(spider.item_done, signal=signals.item_error)
        crawler.signals.connect(spider.committed, signal=portal_signals.store_committed)
        return spider

    async def start(self) -> AsyncIterator[Article]:
        self.cluster = cluster = Cluster.connect(self.settings, self.settings.get("CRAWL_ID"))
        keys, server = cluster.keys, cluster.server
        taken_back = 0
        while server.lmove(keys.processing, keys.items, "RIGHT", "LEFT") is not None:
            taken_back += 1
        if taken_back:
            logger.warning("took back %d messages a stopped writer had not stored", taken_back)
        self.publish()
        self.arguments = json.loads(server.get(keys.arguments) or "{}")
        self.mode = self.arguments.get("mode") or "incremental"
        RunRecorder.of(self.crawler).open_run(self)
        logger.info("writing crawl %s (%s)", keys.crawl_id, cluster.status())
        waiting_logged = False
        while True:
            raw = server.lmove(keys.items, keys.processing, "LEFT", "RIGHT")
            if raw is None:
                if self.finished():
                    break
                if not waiting_logged:
                    waiting_logged = True
                    logger.info("waiting for the workers: %s", cluster.status())
                await sleep(0.2)
                continue
            message = json.loads(raw)
            kind = message.pop("kind")
            if kind == "item":
                self.held.setdefault(message["url"], []).append(raw)
                yield Article(**message)
            else:
                self.replay(kind, message)
                self.stored.append(raw)
        self.add_worker_stats()

    def publish(self) -> None:
        """What the store knows, for the workers (:class:`crawler.cluster.worker.ClusterState`)."""
        keys, server = self.cluster.keys, self.cluster.server
        state = IncrementalState.of(self.crawler)
        known, walked, again = [], set(), []
        if state is not None and state.store is not None:
            known = [url_digest(url) for url in state.store.state.known_urls(
                state.started_at, recheck_after=state.recheck_after)]  # fmt: skip
            walked = state.store.state.walked_sections()
            again = state.start_urls(lambda url: True)
        pipe = server.pipeline()
        pipe.delete(keys.known, keys.walked, keys.start_urls)
        for i in range(0, len(known), 10_000):
            pipe.sadd(keys.known, *known[i : i + 10_000])
        if walked:
            pipe.sadd(keys.walked, *walked)
        if again:
            pipe.rpush(keys.start_urls, *again)
        pipe.set(keys.ready, "1")
        pipe.execute()
        logger.info(
            "published the store's state: %d URLs known, %d sections walked, %d to fetch again",
            len(known), len(walked), len(again),
        )  # fmt: skip

    def replay(self, kind: str, message: dict) -> None:
        """A worker's event, sent here as the signal the store's pipeline records."""
        if kind == "request_failed":
            self.crawler.signals.send_catch_log(
                signal=portal_signals.request_failed,
                url=message["url"], kind=message["failure"], reason=message["reason"],
            )  # fmt: skip
        elif kind == "alias_found":
            self.crawler.signals.send_catch_log(signal=portal_signals.alias_found, **message)

    def item_done(self, item: Article, **kwargs) -> None:
        raws = self.held.get(item.url) or []
        if raws:
            self.stored.append(raws.pop(0))
        if not raws:
            self.held.pop(item.url, None)
        if not self.settings.get("SQLITE_PATH"):
            self.committed()

    def committed(self) -> None:
        """SQLite committed: what was handled before is stored, and leaves Redis."""
        if not self.stored or self.cluster is None:
            return
        pipe = self.cluster.server.pipeline()
        for raw in self.stored:
            pipe.lrem(self.cluster.keys.processing, 1, raw)
        pipe.execute()
        self.stored = []

    def finished(self) -> bool:
        cluster = self.cluster
        cluster.reap()
        if not cluster.done() or cluster.server.llen(cluster.keys.items):
            return False
        final = cluster.server.hkeys(cluster.keys.final)
        for raw in cluster.server.smembers(cluster.keys.workers):
            if raw not in final and cluster.is_alive(raw.decode()):
                return False  # still to leave its stats
        return True

    def add_worker_stats(self) -> None:
        """The workers' counts in this run's stats; per worker in ``portal/cluster/workers``."""
        stats, keys = self.crawler.stats, self.cluster.keys
        workers = {}
        for worker, raw in self.cluster.server.hgetall(keys.final).items():
            final = json.loads(raw)
            self.walked_to_end.update(final.pop("walked_to_end", []))
            reason = final.pop("finish_reason", None)
            for key, value in final.items():
                stats.inc_value(key, value)
            workers[worker.decode()] = {
                "requests": final.get("downloader/request_count", 0),
                "list_pages": final.get("portal/index_pages", 0),
                "article_pages": final.get("portal/articles/pages", 0),
                "finish_reason": reason,
            }
        stats.set_value("portal/cluster/workers", workers)

    def closed(self, reason: str) -> None:
        cluster = self.cluster
        if cluster is None:
            return
        left = cluster.server.llen(cluster.keys.processing) + cluster.server.llen(
            cluster.keys.items
        )
        if reason != "finished" or failed(self.crawler) or left:
            logger.warning(
                "crawl %s kept in Redis (%s, %d messages not stored): run the same commands again",
                cluster.keys.crawl_id, reason, left,
            )  # fmt: skip
            return
        server, keys = cluster.server, cluster.keys
        workers = [w.decode() for w in server.smembers(keys.workers)]
        server.delete(*keys.crawl_keys(), *(keys.lease(w) for w in workers),
                      *(keys.alive(w) for w in workers))  # fmt: skip
        server.srem(CRAWLS, keys.crawl_id)
        logger.info("crawl %s finished: its keys are removed from Redis", keys.crawl_id)
