"""``DiskDupeFilter``: Scrapy's request dupe filter with its fingerprints on disk (:mod:`crawler.diskset`).

Settings: ``STATE_DIR`` (default ``data/state``), where the scratch file lives
during a crawl. With ``JOBDIR``, Scrapy's own ``requests.seen`` file is still
written and read back.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.job import job_dir

from crawler.diskset import DiskSet


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
        return cls(
            job_dir(crawler.settings),
            crawler.settings.getbool("DUPEFILTER_DEBUG"),
            state_dir=crawler.settings.get("STATE_DIR", "data/state"),
            fingerprinter=crawler.request_fingerprinter,
        )

    def close(self, reason: str) -> None:
        super().close(reason)
        self._fingerprints.close()
