"""The replica's HTTP server: routes URLs to rendered pages, GBK-encoded.

Pages are rendered on request (a small LRU cache keeps hot ones), so the
site's size costs only its id lists in memory. ``/__replica__/truth.jsonl``
streams the ground truth of every article; ``/__replica__/arrivals.json`` says when the
last 100 000 requests came (the tests of one rate per host read it).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import socket
import struct
import sys
import threading
import time
from collections import deque
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from crawler.dev.replica.content import SECTIONS, Site
from crawler.dev.replica.render import article_page, channel_page, home_page, list_page
from crawler.dev.replica.truth import truth_records

__all__ = ["ReplicaServer", "make_server"]

ROBOTS = "User-agent: *\nDisallow: /member/\nDisallow: /plus/search.php\n"
_ARTICLE_RE = re.compile(
    r"^(?P<big5>/big5)?/(?P<folder>[a-z]+)/(?P<id>\d+)(?:_(?P<part>\d+))?\.html$"
)
_LIST_RE = re.compile(r"^/(?P<folder>[a-z]+)/(?:index\.html|list_(?P<tid>\d+)_(?P<n>\d+)\.html)?$")


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], site: Site, *, faults: Faults | None = None
    ) -> None:
        super().__init__(address, ReplicaHandler)
        self.site = site
        self.faults = faults
        self.sections = {s.folder: s for s in SECTIONS}
        self.channels = {s.channel_folder for s in SECTIONS}
        self.counts: dict[int, int] = {}
        self.arrivals: deque[float] = deque(maxlen=100_000)  # when requests came (for rates)
        self.lock = threading.Lock()
        self.render = lru_cache(maxsize=2048)(self._render)

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up (as crawlers do on timeouts) is no server error."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def hit_counter(self, aid: int) -> int | None:
        """The view count of an article's counter: its base, plus one per earlier hit."""
        if aid not in self.site.ids:
            return None
        with self.lock:
            seen = self.counts.get(aid, 0)
            self.counts[aid] = seen + 1
        return self.site.article(aid).views + seen

    def _render(self, path: str) -> tuple[int, str, bool] | None:
        """``(status, html, declare charset in header)`` for a path, None for 404."""
        site = self.site
        if path == "/":
            return 200, home_page(site), True
        if m := _ARTICLE_RE.match(path):
            aid, part = int(m["id"]), int(m["part"] or 1)
            if aid not in site.ids or m["folder"] not in self.sections:
                return None
            spec = site.article(aid)
            mirror = bool(m["big5"])
            if (
                spec.section.folder != m["folder"]
                or part > spec.pages
                or (mirror and not spec.mirror)
            ):
                return None
            if m["part"] == "1":
                return None
            return 200, article_page(site, spec, part, mirror=mirror), aid % 3 != 0
        if m := _LIST_RE.match(path):
            folder = m["folder"]
            if folder in self.channels and not m["n"]:
                return 200, channel_page(site, folder), True
            section = self.sections.get(folder)
            if section is None:
                return None
            n = int(m["n"] or 1)
            if (m["tid"] and int(m["tid"]) != section.typeid) or not 1 <= n <= site.list_pages(
                folder
            ):
                return None
            return 200, list_page(site, section, n), n % 2 == 1
        return None


class ReplicaHandler(BaseHTTPRequestHandler):
    server: ReplicaServer
    protocol_version = "HTTP/1.1"
    server_version = "ReplicaDedeCMS/5.7"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if (
            body
            and "gzip" in self.headers.get("Accept-Encoding", "")
            and not content_type.startswith("application/json")
        ):
            body = gzip.compress(body, compresslevel=5, mtime=0)  # as real servers do, when asked
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        """Changes of the site between crawls: ``/__replica__/publish?count=K[&meta=0]``, ``/edit?id=I``."""
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        site = self.server.site
        with self.server.lock:
            if parts.path == "/__replica__/publish":
                ids = site.publish(int(query.get("count", "1")), meta=query.get("meta", "1") != "0")
            elif parts.path == "/__replica__/edit":
                site.edit(int(query["id"]))
                ids = [int(query["id"])]
            else:
                return self._send(404, b"", "text/plain")
            self.server.render.cache_clear()
        return self._send(200, json.dumps({"ids": ids}).encode(), "application/json")

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        if not path.startswith("/__replica__/"):
            self.server.arrivals.append(time.time())
        if path == "/__replica__/arrivals.json":  # when the last 100 000 requests came
            return self._send(
                200, json.dumps(list(self.server.arrivals)).encode(), "application/json"
            )
        if not path.startswith("/__replica__/") and self.server.faults:
            fault = self.server.faults.pick(self.path)
            if fault and self._inject(fault, parts):
                return
        if path == "/robots.txt":
            return self._send(200, ROBOTS.encode(), "text/plain")
        if path == "/plus/count.php":
            query = parse_qs(parts.query)
            aid = query.get("aid", [""])[0]
            views = self.server.hit_counter(int(aid)) if aid.isdigit() else None
            if views is None:
                return self._send(404, b"", "application/javascript")
            return self._send(200, f"document.write('{views}');".encode(), "application/javascript")
        if path == "/__replica__/truth.jsonl":
            return self._send_truth()
        page = self.server.render(path)
        if page is None:
            body = "<html><body><h1>404 Not Found</h1><p>页面不存在</p></body></html>"
            return self._send(404, body.encode("gb18030"), "text/html; charset=gb2312")
        status, text, charset_in_header = page
        content_type = "text/html; charset=gb2312" if charset_in_header else "text/html"
        return self._send(status, text.encode("gb18030"), content_type)

    def _inject(self, fault: str, parts) -> bool:
        """Misbehave as a real server sometimes does; True when the answer is complete."""
        if fault in ("500", "503"):
            self._send(int(fault), b"<html><body>Service Unavailable</body></html>", "text/html")
        elif fault == "timeout":
            time.sleep(self.server.faults.hang)
            self.close_connection = True
        elif fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        elif fault == "truncated":
            page = self.server.render(parts.path)
            body = page[1].encode("gb18030") if page else b"x" * 2000
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=gb2312")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        elif fault == "redirect":
            hops = int(parse_qs(parts.query).get("loop", ["0"])[0]) + 1
            self.send_response(302)
            self.send_header("Location", f"{parts.path}?loop={hops}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif fault == "slow":
            time.sleep(self.server.faults.slow)
            return False
        elif fault == "charset":
            page = self.server.render(parts.path)
            if page is None:
                return False
            self._send(page[0], page[1].encode("gb18030"), "text/html; charset=utf-8")
        return True

    def _send_truth(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for record in truth_records(self.server.site, self.server.url.rstrip("/")):
            line = json.dumps(record, ensure_ascii=False).encode() + b"\n"
            self.wfile.write(b"%x\r\n%s\r\n" % (len(line), line))
        self.wfile.write(b"0\r\n\r\n")


class Faults:
    """Which request misbehaves, and how: random, but reproducible per URL and hit."""

    KINDS = ("500", "503", "timeout", "reset", "truncated", "slow", "redirect", "charset")

    def __init__(self, rate: float, *, seed: int = 1, hang: float = 3.0, slow: float = 0.5) -> None:
        self.rate = rate
        self.seed = seed
        self.hang = hang
        self.slow = slow
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()

    def pick(self, url: str) -> str | None:
        with self.lock:
            hit = self.hits[url] = self.hits.get(url, 0) + 1
        rng = random.Random(f"{self.seed}:{url}:{hit}")
        if "?loop=" in url:  # a redirect loop goes on until the client gives up
            return "redirect"
        return rng.choice(self.KINDS) if rng.random() < self.rate else None


def make_server(
    site: Site, *, host: str = "127.0.0.1", port: int = 0, faults: Faults | None = None
) -> ReplicaServer:
    return ReplicaServer((host, port), site, faults=faults)
