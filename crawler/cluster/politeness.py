"""One request rate per host for the whole crawl, however many workers share it.

Scrapy's download delay (and AutoThrottle's) holds per process: two workers with
``DOWNLOAD_DELAY=0.5`` send up to 4 requests a second to a host. Here each request
first reserves its moment in Redis: the host's next free moment moves on by the delay
the worker's own download slot uses (AutoThrottle's current one, or ``DOWNLOAD_DELAY``),
and the request waits until its moment, on Redis's clock. With no delay, nothing is asked.
Stats: ``portal/cluster/rate_waits``, ``portal/cluster/rate_wait_ms``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.http import Request

from crawler.cluster import cluster_of
from crawler.cluster.worker import sleep

# Reserve the next moment for a host: returns the microseconds to wait for it.
RESERVE = """
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000000 + tonumber(now[2])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], string.format('%.0f', at + tonumber(ARGV[1])), 'PX', ARGV[2])
return at - now
"""


class SharedRate:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.default_delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self._reserve = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedRate:
        return cls(crawler)

    def delay_for(self, request: Request) -> float:
        """The delay this worker's download slot for ``request`` uses, in seconds."""
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        return slot.delay if slot is not None else self.default_delay

    async def process_request(self, request: Request) -> None:
        delay = self.delay_for(request)
        if delay <= 0:
            return
        cluster = cluster_of(self.crawler)
        if self._reserve is None:
            self._reserve = cluster.server.register_script(RESERVE)
        host = urlsplit(request.url).netloc
        expire_ms = int(max(delay * 1000 * 10, 60_000))
        wait_us = self._reserve(keys=[cluster.keys.rate(host)], args=[int(delay * 1e6), expire_ms])
        if wait_us > 0:
            stats = self.crawler.stats
            stats.inc_value("portal/cluster/rate_waits")
            stats.inc_value("portal/cluster/rate_wait_ms", int(wait_us // 1000))
            await sleep(wait_us / 1e6)
