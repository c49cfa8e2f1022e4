"""One request rate per host for the whole crawl, however many workers share it.

Scrapy's download delay (and AutoThrottle's) holds per process: two workers with
``DOWNLOAD_DELAY=0.5`` send up to 4 requests a second to a host. Here a request
first takes the host's turn in Redis: when the turn has come (on Redis's clock), the next
one moves on by the delay the worker's own download slot uses (AutoThrottle's current one,
or ``DOWNLOAD_DELAY``); otherwise it sleeps until then and asks again. Taking the turn when
the request leaves, not booking a moment ahead, keeps a request held up in its worker
from crowding the next one of another worker. With no delay, nothing is asked.
Stats: ``portal/cluster/rate_waits``, ``portal/cluster/rate_wait_ms``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.http import Request

from crawler.cluster import cluster_of
from crawler.cluster.worker import sleep

# Take the host's turn if it has come (returns 0 and moves the turn on by the delay), or
# say how many microseconds are left until it comes.
TAKE_TURN = """
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000000 + tonumber(now[2])
local turn = tonumber(redis.call('GET', KEYS[1]) or '0')
if turn > now then return turn - now end
redis.call('SET', KEYS[1], string.format('%.0f', now + tonumber(ARGV[1])), 'PX', ARGV[2])
return 0
"""


class SharedRate:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.default_delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self._take_turn = None

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
        if self._take_turn is None:
            self._take_turn = cluster.server.register_script(TAKE_TURN)
        keys = [cluster.keys.rate(urlsplit(request.url).netloc)]
        args = [int(delay * 1e6), int(max(delay * 10_000, 60_000))]  # the key expires, unused
        waited = 0
        while wait_us := self._take_turn(keys=keys, args=args):
            waited += wait_us
            await sleep(wait_us / 1e6)
        if waited:
            stats = self.crawler.stats
            stats.inc_value("portal/cluster/rate_waits")
            stats.inc_value("portal/cluster/rate_wait_ms", waited // 1000)
