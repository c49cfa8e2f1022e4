"""``DiskDupeFilter``: Scrapy's request dupe filter with its fingerprints on disk (:mod:`crawler.diskset`).

Settings: ``STATE_DIR``: the scratch file lives in the run's folder there
(:mod:`crawler.scratch`). With ``JOBDIR``, Scrapy's own ``requests.seen`` file is still
written and read back.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import Request
from scrapy.utils.job import job_dir

from crawler.diskset import DiskSet
from crawler.scratch import scratch_dir
from crawler.storage import STORAGE_ERRORS, fail_storage


class DiskDupeFilter(RFPDupeFilter):
    def __init__(
        self,
        path: str | None = None,
        debug: bool = False,
        *,
        state_dir: str | None = None,
        **kwargs,
    ):
        super().__init__(path, debug, **kwargs)
        seen = DiskSet(state_dir, name="requests-seen")
        for fp in self._fingerprints:  # read back from JOBDIR, if any
            seen.add(fp)
        self._fingerprints = seen

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DiskDupeFilter:
        dupefilter = cls(
            job_dir(crawler.settings),
            crawler.settings.getbool("DUPEFILTER_DEBUG"),
            state_dir=str(scratch_dir(crawler.settings)),
            fingerprinter=crawler.request_fingerprinter,
        )
        dupefilter.crawler = crawler
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        try:
            return super().request_seen(request)
        except STORAGE_ERRORS as exc:  # a full disk: the run fails, the request is left to the next
            fail_storage(
                getattr(self, "crawler", None),
                f"request fingerprints ({self._fingerprints.path})",
                exc,
            )
            return True

    def close(self, reason: str) -> None:
        super().close(reason)
        self._fingerprints.close()
