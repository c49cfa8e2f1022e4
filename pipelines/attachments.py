"""Download the documents an article links (its ``attachments``) with Scrapy's ``FilesPipeline``.

Off unless ``FILES_STORE`` names where files go (``-s FILES_STORE=data/files``; Scrapy's
own setting, so S3 and FTP stores work too). Each attachment downloaded gets its
``path`` (under the store) and ``checksum`` (MD5, as Scrapy computes it); one that
fails keeps its URL and gets ``error``. Downloads are requests like any other: only
the crawl's own hosts (:mod:`crawler.guard`), ``DOWNLOAD_MAXSIZE``, and written to the
WARC when WARC capture is on. ``FILES_EXPIRES`` (days, Scrapy's) spares files already
stored.

Stats: ``portal/attachments/downloaded``, ``portal/attachments/failed``.
"""

from __future__ import annotations

from scrapy.http import Request
from scrapy.pipelines.files import FilesPipeline

from crawler.items import Article


class AttachmentsPipeline(FilesPipeline):
    def get_media_requests(self, item: Article, info) -> list[Request]:
        return [Request(a["url"]) for a in getattr(item, "attachments", [])]

    def item_completed(self, results, item: Article, info) -> Article:
        stats = self.crawler.stats
        for attachment, (ok, result) in zip(item.attachments, results, strict=False):
            if ok:
                attachment["path"] = result["path"]
                attachment["checksum"] = result["checksum"]
                stats.inc_value("portal/attachments/downloaded")
            else:
                attachment["error"] = str(getattr(result, "value", result))[:200]
                stats.inc_value("portal/attachments/failed")
        return item
