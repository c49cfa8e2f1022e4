"""A worker of a crawl on Redis: ``scrapy crawl portal -s REDIS_URL=...``.

* :class:`ClusterWorker` (extension): joins the crawl, says it is alive every
  ``CLUSTER_HEARTBEAT`` seconds with its stats, hands back the requests of workers that
  stopped answering (``CLUSTER_HEARTBEAT_TTL``), stays up while idle until the crawl as a
  whole is done, and leaves its final stats for the writer.
* :class:`SeedOnce` (spider middleware): waits for the writer, then lets one worker per
  crawl send the spider's start requests into the shared frontier.
* :class:`ClusterState`: the incremental state the spider asks, read from what the writer
  published of its store (workers never open the store).
* :class:`ToWriter` (pipeline) and :class:`EventsToWriter` (extension): items, failures
  and aliases pushed to the writer, in the order they happen.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Callable

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

from crawler import signals as portal_signals
from crawler.cluster import CRAWLS, cluster_of
from crawler.cluster.frontier import look_again_soon
from crawler.incremental import IncrementalState
from crawler.items import Article
from crawler.store import url_digest

logger = logging.getLogger(__name__)

#: Worker stats the writer adds up into the run's row (the writer's own pipelines count items).
SHARED_STATS = ("downloader/", "response_received_count", "retry/", "portal/index_pages",
                "portal/articles/pages", "portal/refresh/", "portal/retry/", "portal/links/",
                "portal/pagination/", "portal/refused/", "portal/aliases/", "portal/articles/skipped")  # fmt: skip

# Claim the seeding of a crawl: when nobody has, or its seeder stopped answering before it
# was done.
CLAIM_SEED = """
local seed = redis.call('GET', KEYS[1])
if seed == 'done' then return 0 end
if seed and redis.call('EXISTS', ARGV[2] .. string.sub(seed, 9)) == 1 then return 0 end
redis.call('SET', KEYS[1], 'seeding:' .. ARGV[1])
return 1
"""


async def sleep(seconds: float) -> None:
    from twisted.internet import reactor  # not at import: the add-on loads before the reactor

    await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))


def shared_stats(stats: dict) -> dict:
    return {k: v for k, v in stats.items() if k.startswith(SHARED_STATS) and isinstance(v, int)}


class ClusterWorker:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("CLUSTER_HEARTBEAT")
        self.loop: task.LoopingCall | None = None
        self.waiting_logged = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterWorker:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def cluster(self):
        return cluster_of(self.crawler)

    def spider_opened(self, spider) -> None:
        cluster, keys = self.cluster, self.cluster.keys
        cluster.server.sadd(CRAWLS, keys.crawl_id)
        arguments = json.dumps(getattr(spider, "arguments", {}), ensure_ascii=False)
        cluster.server.set(keys.arguments, arguments, nx=True)
        self.beat()
        logger.info("worker %s joined crawl %s", cluster.worker, keys.crawl_id)
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(self.interval, now=False)

    def beat(self) -> None:
        """Alive, with stats; and the requests of workers that stopped answering handed back."""
        cluster = self.cluster
        cluster.beat(shared_stats(self.crawler.stats.get_stats()))
        for n in cluster.reap().values():
            self.crawler.stats.inc_value("portal/cluster/requests_handed_back", n)

    def spider_idle(self, spider) -> None:
        """Idle here is not done: stay until the frontier is empty and no worker holds work."""
        self.beat()
        if self.cluster.done():
            return
        look_again_soon(self.crawler)
        now = time.monotonic()
        if now - self.waiting_logged >= 30:
            self.waiting_logged = now
            logger.info("idle, the crawl is not done: %s", self.cluster.status())
        raise DontCloseSpider

    def spider_closed(self, spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        cluster = self.cluster
        final = shared_stats(self.crawler.stats.get_stats())
        final["finish_reason"] = reason
        final["walked_to_end"] = sorted(getattr(spider, "walked_to_end", ()))
        cluster.server.hset(cluster.keys.final, cluster.worker, json.dumps(final))
        cluster.server.delete(cluster.keys.alive(cluster.worker))
        logger.info("worker %s left crawl %s (%s)", cluster.worker, cluster.keys.crawl_id, reason)


class SeedOnce:
    """The start requests go into the shared frontier once per crawl, after the writer is up."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedOnce:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator) -> AsyncIterator:
        cluster = cluster_of(self.crawler)
        keys = cluster.keys
        logged = False
        while not cluster.server.exists(keys.ready):
            if not logged:
                logger.info("waiting for the writer of crawl %s (scrapy writer)", keys.crawl_id)
                logged = True
            await sleep(0.2)
        claim = cluster.server.register_script(CLAIM_SEED)
        if not claim(keys=[keys.seed], args=[cluster.worker, f"{keys.prefix}alive:"]):
            logger.info(
                "crawl %s is seeded by another worker: taking work from its frontier", keys.crawl_id
            )
            return
        logger.info("seeding crawl %s", keys.crawl_id)
        async for request in start:
            yield request
        cluster.server.set(keys.seed, "done")


class ClusterState(IncrementalState):
    """:class:`~crawler.incremental.IncrementalState` answered from Redis: what the writer
    published of its store when it started (``known``, ``walked``, ``start-urls``)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterState:
        ext = super().from_crawler(crawler)
        ext.crawler = crawler
        return ext

    def spider_opened(self, spider) -> None:
        self.incremental = getattr(spider, "mode", "incremental") == "incremental"
        self.walked = None

    def spider_closed(self) -> None:
        pass

    def start_urls(self, wanted: Callable[[str], bool]) -> list[str]:
        cluster = cluster_of(self.crawler)
        urls = [u.decode() for u in cluster.server.lrange(cluster.keys.start_urls, 0, -1)]
        return [u for u in urls if wanted(u)]

    def is_known(self, url: str) -> bool:
        if not self.incremental:
            return False
        cluster = cluster_of(self.crawler)
        return bool(cluster.server.sismember(cluster.keys.known, url_digest(url)))

    def may_stop(self, folder: str | None, known_pages: int) -> bool:
        if self.walked is None:
            cluster = cluster_of(self.crawler)
            self.walked = {w.decode() for w in cluster.server.smembers(cluster.keys.walked)}
        return super().may_stop(folder, known_pages)


def encode(kind: str, payload: dict) -> str:
    return json.dumps({"kind": kind, **payload}, ensure_ascii=False, default=str)


class ToWriter:
    """Every item goes to the writer; this worker stores nothing."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ToWriter:
        return cls(crawler)

    def process_item(self, item: Article) -> Article:
        cluster = cluster_of(self.crawler)
        cluster.server.rpush(cluster.keys.items, encode("item", ItemAdapter(item).asdict()))
        self.crawler.stats.inc_value("portal/cluster/items_sent")
        return item


class EventsToWriter:
    """The spider's failures and aliases go to the writer (its store records them)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EventsToWriter:
        ext = cls(crawler)
        crawler.signals.connect(ext.request_failed, signal=portal_signals.request_failed)
        crawler.signals.connect(ext.alias_found, signal=portal_signals.alias_found)
        return ext

    def _send(self, kind: str, payload: dict) -> None:
        cluster = cluster_of(self.crawler)
        cluster.server.rpush(cluster.keys.items, encode(kind, payload))

    def request_failed(self, url: str, kind: str, reason: str) -> None:
        self._send("request_failed", {"url": url, "failure": kind, "reason": reason})

    def alias_found(self, url: str, canonical_url: str, how: str) -> None:
        self._send("alias_found", {"url": url, "canonical_url": canonical_url, "how": how})
