"""Crawling with several workers on Redis: one shared frontier, one writer (``REDIS_URL``).

Without ``REDIS_URL`` nothing here is used. With it, the add-on :class:`addon.Cluster`
turns ``scrapy crawl`` into a *worker* and ``scrapy writer`` into the crawl's one *writer*:

* :mod:`.frontier`: the requests of the crawl in Redis (scrapy-redis's scheduler, priority
  queue, persistent), fingerprints from Scrapy's own request fingerprinter, and a lease on
  every request a worker holds, handed back to the queue when the worker stops answering;
* :mod:`.worker`: a worker's heartbeat, its idle wait until the crawl as a whole is done,
  seeding the frontier once per crawl, the store's state as the writer published it, and
  items and events pushed to the writer;
* :mod:`.politeness`: one request rate per host for the whole crawl, not per worker;
* :mod:`.writer`: the writer: the project's pipelines on what the workers found, each item
  acknowledged in Redis only once SQLite committed it.

Every key of a crawl starts with ``portal:<crawl id>:`` (:class:`Keys`); the crawl id is
the spider's name and the start URL's host (``-s CRAWL_ID=`` to choose).
"""

from __future__ import annotations

import json
import logging
import os
import socket
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

import redis
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy_redis.connection import get_redis_from_settings

__all__ = ["Cluster", "Keys", "cluster_of", "crawl_id_of", "unreachable"]

logger = logging.getLogger(__name__)

CRAWLS = "portal:crawls"  # the ids of the crawls this Redis holds (the writer looks here)


def crawl_id_of(spider_name: str, start_url: str, settings: BaseSettings) -> str:
    """``-s CRAWL_ID=`` or ``<spider>:<host[:port]>``."""
    return settings.get("CRAWL_ID") or f"{spider_name}:{urlsplit(start_url).netloc}"


def unreachable(settings: BaseSettings) -> str | None:
    """Why the crawl's Redis cannot be used (one line), or None."""
    try:
        get_redis_from_settings(settings).ping()
    except (redis.RedisError, ValueError) as exc:
        return f"Redis at {settings.get('REDIS_URL')}: {exc}"
    return None


class Keys:
    """The Redis keys of one crawl."""

    def __init__(self, crawl_id: str) -> None:
        if "%" in crawl_id:
            raise ValueError(f"a crawl id holds no '%': {crawl_id!r}")
        self.crawl_id = crawl_id
        p = self.prefix = f"portal:{crawl_id}:"
        self.queue = p + "queue"  # sorted set: the frontier (scrapy-redis's priority queue)
        self.seen = p + "seen"  # set: request fingerprints
        self.lease_counter = p + "lease-counter"
        self.workers = p + "workers"  # set: every worker that joined the crawl
        self.stats = p + "stats"  # hash: worker -> its last stats (JSON)
        self.final = p + "final"  # hash: worker -> its stats when it finished (JSON)
        self.seed = p + "seed"  # "seeding:<worker>", then "done"
        self.arguments = p + "arguments"  # the spider arguments of the first worker (JSON)
        self.ready = p + "ready"  # set by the writer once the store's state is published
        self.known = p + "known"  # set: digests of the URLs the store knows
        self.walked = p + "walked"  # set: sections a finished run walked to the end
        self.start_urls = p + "start-urls"  # list: articles to fetch again first
        self.items = p + "items"  # list: items and events for the writer (JSON)
        self.processing = p + "items-processing"  # list: what the writer holds, unacknowledged

    def lease(self, worker: str) -> str:
        """Hash: the requests ``worker`` holds (``<n>:<score>`` -> the encoded request)."""
        return f"{self.prefix}lease:{worker}"

    def alive(self, worker: str) -> str:
        """A key that expires when ``worker`` stops answering."""
        return f"{self.prefix}alive:{worker}"

    def rate(self, host: str) -> str:
        """The next moment (µs, Redis's clock) a request to ``host`` may start."""
        return f"{self.prefix}rate:{host}"

    def crawl_keys(self) -> list[str]:
        """The keys that end with the crawl (rates expire by themselves)."""
        fixed = [
            self.queue, self.seen, self.lease_counter, self.workers, self.stats, self.final,
            self.seed, self.arguments, self.ready, self.known, self.walked, self.start_urls,
            self.items, self.processing,
        ]  # fmt: skip
        return fixed


# The crawl is done: seeded, nothing queued, no request held by any worker. One script, so no
# request can move from a lease to the queue between the two looks.
DONE = """
if redis.call('GET', KEYS[1]) ~= 'done' then return 0 end
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
for _, worker in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('EXISTS', ARGV[1] .. worker) == 1 then return 0 end
end
return 1
"""

# Hand the requests of a worker that stopped answering back to the queue.
REQUEUE = """
local held = redis.call('HGETALL', KEYS[1])
for i = 1, #held, 2 do
  redis.call('ZADD', KEYS[2], string.match(held[i], ':(.*)$'), held[i + 1])
end
redis.call('DEL', KEYS[1])
return #held / 2
"""


class Cluster:
    """A process's view of one crawl: its Redis connection, keys and identity."""

    def __init__(self, server: redis.Redis, keys: Keys, settings: BaseSettings) -> None:
        self.server = server
        self.keys = keys
        self.worker = (
            settings.get("CLUSTER_WORKER_ID") or f"writer-{socket.gethostname()}-{os.getpid()}"
        )
        self.heartbeat_ttl = settings.getfloat("CLUSTER_HEARTBEAT_TTL")
        self._done = server.register_script(DONE)
        self._requeue = server.register_script(REQUEUE)

    @classmethod
    def connect(cls, settings: BaseSettings, crawl_id: str) -> Cluster:
        server = get_redis_from_settings(settings)
        return cls(server, Keys(crawl_id), settings)

    # --- workers ---------------------------------------------------------------
    def is_alive(self, worker: str) -> bool:
        return bool(self.server.exists(self.keys.alive(worker)))

    def beat(self, stats: dict) -> None:
        """Say this worker is alive, with its stats so far."""
        ttl = max(1, round(self.heartbeat_ttl * 1000))
        pipe = self.server.pipeline()
        pipe.set(self.keys.alive(self.worker), "1", px=ttl)
        pipe.sadd(self.keys.workers, self.worker)
        pipe.hset(self.keys.stats, self.worker, json.dumps(stats, default=str))
        pipe.execute()

    def reap(self) -> dict[str, int]:
        """Hand back the requests of workers that stopped answering: {worker: requests}."""
        handed = {}
        for raw in self.server.smembers(self.keys.workers):
            worker = raw.decode()
            if worker == self.worker or self.is_alive(worker):
                continue
            if n := self._requeue(keys=[self.keys.lease(worker), self.keys.queue]):
                handed[worker] = int(n)
                logger.warning(
                    "worker %s stopped answering: its %d requests are back in the queue", worker, n
                )
        return handed

    def done(self) -> bool:
        """Seeded, nothing queued, nothing held (call :meth:`reap` first)."""
        k = self.keys
        return self._done(keys=[k.seed, k.queue, k.workers], args=[f"{k.prefix}lease:"]) == 1

    def status(self) -> str:
        """Queued and held requests, and workers alive: for log lines."""
        k = self.keys
        workers = [w.decode() for w in self.server.smembers(k.workers)]
        held = sum(self.server.hlen(k.lease(w)) for w in workers)
        alive = sum(self.is_alive(w) for w in workers)
        return f"{self.server.zcard(k.queue)} queued, {held} in flight, {alive} workers alive"


_clusters: WeakKeyDictionary[Crawler, Cluster] = WeakKeyDictionary()


def cluster_of(crawler: Crawler) -> Cluster:
    """The crawl's :class:`Cluster`, made once per crawler from its spider and settings."""
    if crawler not in _clusters:
        spider = crawler.spider
        start_url = getattr(spider, "start_url", "") or ""
        crawl_id = crawl_id_of(spider.name, start_url, crawler.settings)
        _clusters[crawler] = Cluster.connect(crawler.settings, crawl_id)
    return _clusters[crawler]
