"""The crawl's frontier in Redis: scrapy-redis's scheduler, with a lease on each request held.

scrapy-redis pops a request off the shared queue and forgets it: a worker killed while it
holds requests loses them, and their fingerprints stay, so they are never found again.
Here a pop moves the request, in one script, from the queue into the worker's lease hash;
the lease is dropped once Scrapy's engine is done with the request (downloaded, its
callback's requests queued and its items handed on), and the heartbeat's reaper
(:meth:`crawler.cluster.Cluster.reap`) puts the leases of a worker that stopped answering
back in the queue. A request is marked seen in the same script that queues it. A page
is thus fetched at least once; the writer stores it once.

Settings (set by :class:`crawler.cluster.addon.Cluster`): ``SCHEDULER_PERSIST`` (the
frontier outlives each worker), the priority queue, ``SCHEDULER_IDLE_BEFORE_CLOSE=0``.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.http import Request
from scrapy.spiders import Spider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.cluster import cluster_of

# Pop the first request of the queue into the worker's lease hash, under a new lease number.
POP = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return false end
redis.call('ZREM', KEYS[1], first[1])
local lease = redis.call('INCR', KEYS[3]) .. ':' .. first[2]
redis.call('HSET', KEYS[2], lease, first[1])
return {lease, first[1]}
"""

# Mark a request seen and queue it, in one script: a worker killed between the two would
# leave a request seen but never queued, never fetched (ARGV[1] is '' for dont_filter).
SEE_AND_PUSH = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class FingerprintDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupe filter, with fingerprints from the crawler's request fingerprinter
    (the one the rest of Scrapy uses), kept in the crawl's ``seen`` set."""

    def __init__(self, server, key: str, debug: bool = False, *, crawler: Crawler) -> None:
        super().__init__(server, key, debug)
        self.fingerprinter = crawler.request_fingerprinter

    @classmethod
    def from_spider(cls, spider: Spider) -> FingerprintDupeFilter:
        cluster = cluster_of(spider.crawler)
        debug = spider.settings.getbool("DUPEFILTER_DEBUG")
        return cls(cluster.server, cluster.keys.seen, debug, crawler=spider.crawler)

    def request_fingerprint(self, request: Request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        """The fingerprints belong to the crawl, not to this worker: kept."""


class LeasingScheduler(Scheduler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.crawler: Crawler | None = None
        self.held: dict[Request, str] = {}  # requests handed to the engine -> their lease

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasingScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider: Spider) -> None:
        self.cluster = cluster_of(spider.crawler)
        self.queue_key = self.cluster.keys.queue
        self._pop = self.cluster.server.register_script(POP)
        self._see_and_push = self.cluster.server.register_script(SEE_AND_PUSH)
        super().open(spider)

    def next_request(self) -> Request | None:
        self.release_done()
        keys = self.cluster.keys
        got = self._pop(keys=[keys.queue, keys.lease(self.cluster.worker), keys.lease_counter])
        if not got:
            return None
        lease, data = got
        request = self.queue._decode_request(data)
        self.held[request] = lease
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def enqueue_request(self, request: Request) -> bool:
        """Seen and queued together (scrapy-redis marks a request seen, encodes it, then
        queues it: a worker killed, or an encoding failing, in between loses the request)."""
        data = self.queue._encode_request(request)
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        keys = [self.df.key, self.queue_key]
        if not self._see_and_push(keys=keys, args=[fingerprint, -request.priority, data]):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def release_done(self) -> None:
        """Drop the leases of the requests the engine is done with."""
        if not self.held:
            return
        busy = _in_progress(self.crawler)
        done = [request for request in self.held if request not in busy]
        if done:
            leases = [self.held.pop(request) for request in done]
            self.cluster.server.hdel(self.cluster.keys.lease(self.cluster.worker), *leases)

    def close(self, reason: str) -> None:
        self.release_done()
        super().close(reason)


# Scrapy's engine keeps no public view of the two things a shared frontier needs; its slot
# (``ExecutionEngine._slot``, stable since Scrapy 2.0) is the one place that has them.


def _in_progress(crawler: Crawler) -> set[Request]:
    """The requests the engine has not finished with: being downloaded, or their response
    (or failure) still going through the spider."""
    slot = getattr(crawler.engine, "_slot", None)
    return slot.inprogress if slot is not None else set()


def look_again_soon(crawler: Crawler) -> None:
    """Make an idle engine ask the scheduler for requests at its next turn, not at its next
    5-second heartbeat: the other workers fill the shared queue meanwhile."""
    slot = getattr(crawler.engine, "_slot", None)
    if slot is not None:
        slot.nextcall.schedule(0.2)
