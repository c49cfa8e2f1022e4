"""WARC capture and replay, with warcio.

``WarcWriterMiddleware`` (setting ``WARC_PATH``, a folder; off when empty)
writes every request and response of a crawl as WARC/1.1 ``request`` and
``response`` records, gzipped per record, with a ``warcinfo`` record opening
each file. It sits closest to the downloader (order 950), so the bodies are
the server's bytes: a gzip answer stays gzip. Only the de-chunking is undone
by Scrapy; the ``Transfer-Encoding`` header is kept as
``X-Crawler-Transfer-Encoding`` so the record stays consistent. Files rotate
at ``WARC_MAX_SIZE`` bytes (default 1 GB).

``WarcReplayMiddleware`` (setting ``WARC_REPLAY``, a list of files) answers
every request from the archive and lets nothing reach the network: a URL
captured several times is answered in capture order (a 503 then its retry's
200; two readings of a counter), and a URL never captured is ignored and
counted (``portal/replay/missing``).
"""

from __future__ import annotations

import io
import logging
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.httpobj import urlparse_cached
from twisted.web.http import RESPONSES
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

__all__ = ["WarcReplayMiddleware", "WarcWriterMiddleware", "read_warcinfo"]


def _header_list(headers: Headers) -> list[tuple[str, str]]:
    out = []
    for name, values in headers.items():
        key = name.decode("latin-1")
        if key.lower() == "transfer-encoding":
            key = "X-Crawler-Transfer-Encoding"
        out.extend((key, value.decode("latin-1")) for value in values)
    return out


def _warc_date(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class WarcWriterMiddleware:
    def __init__(self, folder: str, *, max_size: int, crawler: Crawler) -> None:
        self.folder = Path(folder)
        self.max_size = max_size
        self.crawler = crawler
        self.file: io.BufferedWriter | None = None
        self.writer: WARCWriter | None = None
        self.serial = 0
        self.stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.worker = crawler.settings.get("CLUSTER_WORKER_ID")  # a worker of a crawl on Redis

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcWriterMiddleware:
        folder = crawler.settings.get("WARC_PATH")
        if not folder:
            raise NotConfigured
        mw = cls(folder, max_size=crawler.settings.getint("WARC_MAX_SIZE"), crawler=crawler)
        crawler.signals.connect(mw.close, signal=signals.spider_closed)
        return mw

    def _open(self) -> WARCWriter:
        if self.file is not None and self.file.tell() < self.max_size:
            return self.writer
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        worker = f"-{self.worker}" if self.worker else ""
        name = f"portal-{self.stamp}{worker}-{self.serial:05d}.warc.gz"
        self.file = open(self.folder / name, "wb")  # noqa: SIM115 - closed in close()
        self.writer = WARCWriter(self.file, gzip=True, warc_version="1.1")
        spider = self.crawler.spider
        info = {
            "software": "portal-crawler (Scrapy)",
            "format": "WARC File Format 1.1",
            "start-url": getattr(spider, "start_url", ""),
            "spider": getattr(spider, "name", ""),
            "user-agent": self.crawler.settings.get("USER_AGENT"),
            **({"worker": self.worker} if self.worker else {}),
        }
        self.writer.write_record(self.writer.create_warcinfo_record(name, info))
        self.crawler.stats.inc_value("portal/warc/files")
        return self.writer

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("portal_replayed"):
            return response
        writer = self._open()
        date = _warc_date()
        uri = request.url
        parts = urlparse_cached(request)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = StatusAndHeaders(
            f"{request.method} {target} HTTP/1.1",
            [("Host", parts.netloc), *_header_list(request.headers)],
            is_http_request=True,
        )
        req_record = writer.create_warc_record(
            uri,
            "request",
            payload=io.BytesIO(request.body or b""),
            http_headers=request_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        reason = RESPONSES.get(response.status, b"").decode() or "Unknown"
        http_headers = StatusAndHeaders(
            f"{response.status} {reason}", _header_list(response.headers), protocol="HTTP/1.1"
        )
        resp_record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(response.body),
            length=len(response.body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        req_record.rec_headers.add_header(
            "WARC-Concurrent-To", resp_record.rec_headers.get_header("WARC-Record-ID")
        )
        writer.write_record(resp_record)
        writer.write_record(req_record)
        self.file.flush()
        self.crawler.stats.inc_value("portal/warc/records", 2)
        return response

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


def read_warcinfo(path: str | Path) -> dict[str, str]:
    """The fields of the first warcinfo record of a WARC file."""
    with open(path, "rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type == "warcinfo":
                text = record.content_stream().read().decode("utf-8", "replace")
                return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
    return {}


class WarcReplayMiddleware:
    def __init__(self, files: list[str], crawler: Crawler) -> None:
        self.crawler = crawler
        self.captures: dict[str, deque[tuple[str, int]]] = {}
        self.last: dict[str, tuple[str, int]] = {}
        for path in files:
            with open(path, "rb") as f:
                it = ArchiveIterator(f)
                for record in it:
                    if record.rec_type == "response":
                        uri = record.rec_headers.get_header("WARC-Target-URI")
                        self.captures.setdefault(uri, deque()).append(
                            (path, it.get_record_offset())
                        )
        logger.info("replaying %d URLs from %d WARC files", len(self.captures), len(files))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcReplayMiddleware:
        files = crawler.settings.getlist("WARC_REPLAY")
        if not files:
            raise NotConfigured
        return cls(files, crawler)

    def process_request(self, request: Request) -> Response:
        queue = self.captures.get(request.url)
        if queue:
            where = self.last[request.url] = queue.popleft()
        elif request.url in self.last:
            where = self.last[request.url]  # asked more often than captured: the last answer again
        else:
            self.crawler.stats.inc_value("portal/replay/missing")
            raise IgnoreRequest(f"not in the archive: {request.url}")
        self.crawler.stats.inc_value("portal/replay/answered")
        return self._response(request, *where)

    @staticmethod
    def _response(request: Request, path: str, offset: int) -> Response:
        with open(path, "rb") as f:
            f.seek(offset)
            record = next(iter(ArchiveIterator(f)))
            status = int(record.http_headers.get_statuscode())
            headers = Headers()
            for name, value in record.http_headers.headers:
                if name.lower() != "x-crawler-transfer-encoding":
                    headers.appendlist(name, value)
            body = record.raw_stream.read()
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        request.meta["portal_replayed"] = True
        return cls(url=request.url, status=status, headers=headers, body=body, request=request)
