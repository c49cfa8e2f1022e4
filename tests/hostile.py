"""A hostile imitation of the portal, for tests: pages that misbehave in every way we know.

``python -m tests.hostile --port 0 --secret FILE`` prints its URL, then serves:

* ``/good/``: well-formed articles, some with values no store can hold
  (views ``99999999999999999999``, a date in the year 9999).
* ``/traps/``: a counter ``file://`` URL naming ``FILE``, counters and articles on another
  host (a bystander server on another port, or the same server under ``localhost``),
  an on-site counter redirecting off-site, a split article whose second page redirects
  off-site, a redirect loop, a redirect to a host no URL parser reads, an article whose links and
  pictures name such hosts, an article moved to a list page, answers that are not pages
  (PNG, PDF, empty, NUL bytes), a gzip bomb (a few KB inflating to 1 GiB), a 20 MB page,
  a page streamed without a length that does not end, and a 3 MB article.
* ``/endless/``: a pager that never ends, every page showing the same three articles.
* ``/deep/``: a pager that never ends, every page showing one new article.

``/__hits__`` answers what was asked: ``{"paths": {path: count}, "hosts": [...],
"bystander": [...]}``; ``hosts`` holds every Host header other than the server's own.
Bounded: every answer is made in memory at start (the bomb once) or on the fly from
small pieces, and the server stops with its parent's pipe.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import threading
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

PARAGRAPH = (
    "计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面，本文介绍有关工作进展。"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _bomb() -> bytes:
    """Gzip of gzip of 1 GiB of zeros: about 2 KB on the wire."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    parts = [inner.compress(zeros) for _ in range(1024)]
    parts.append(inner.flush())
    return gzip.compress(b"".join(parts), 9)


def article(
    number: int,
    section: str,
    *,
    meta: str | None = None,
    extra: str = "",
    body: str | None = None,
    crumbs: str = "",
) -> str:
    meta = (
        meta
        if meta is not None
        else f"发布时间:2020-01-{number % 28 + 1:02d} 作者:张三 来源:测试网 浏览:{number}"
    )
    body = body if body is not None else "".join(f"<p>{PARAGRAPH}第{i}段。</p>" for i in range(3))
    return (
        f"<html><head><meta charset='utf-8'><title>第{number}号测试文章_测试网</title></head><body>"
        f"<div class='position'>{crumbs}您当前的位置: <a href='/'>首页</a> &gt; <a href='/{section}/'>{section}</a></div>"
        f"<div class='title'><h2>第{number}号测试文章</h2></div>"
        f"<div class='info'>{meta}</div><div class='content'>{body}</div>{extra}</body></html>"
    )


def list_page(section: str, numbers: list[int], next_page: str | None = None) -> str:
    items = "".join(
        f"<li><a href='/{section}/{n}.html'>第{n}号测试文章</a> 2020-01-{n % 28 + 1:02d}</li>"
        for n in numbers
    )
    pager = f"<a href='{next_page}'>下一页</a>" if next_page else ""
    return (
        "<html><head><meta charset='utf-8'><title>列表</title></head><body>"
        f"<ul class='list'>{items}</ul><div class='pagelist'>{pager}</div></body></html>"
    )


class Hostile(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, secret: str, bystander: ThreadingHTTPServer) -> None:
        super().__init__(address, Handler)
        self.secret = secret
        self.bystander = bystander
        self.paths: Counter[str] = Counter()
        self.hosts: list[str] = []
        self.bomb = _bomb()
        self.lock = threading.Lock()

    @property
    def own(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    @property
    def other(self) -> str:
        return f"http://127.0.0.1:{self.bystander.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: Hostile

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _html(self, text: str) -> None:
        self._send(200, text.encode())

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", Location=location)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        host = self.headers.get("Host", "")
        with self.server.lock:
            if path != "/__hits__":
                self.server.paths[self.path] += 1
            if host != self.server.own:
                self.server.hosts.append(f"{host}{self.path}")
        if path == "/__hits__":
            hits = {
                "paths": dict(self.server.paths),
                "hosts": self.server.hosts,
                "bystander": self.server.bystander.hits,
            }
            self._send(200, json.dumps(hits).encode(), "application/json")
            return
        handler = ROUTES.get(path)
        if handler is None:
            self._send(404, b"<html><body>404</body></html>")
        else:
            handler(self)


def _home(h: Handler) -> None:
    h._html(
        "<html><head><meta charset='utf-8'><title>测试网</title></head><body>"
        "<a href='/good/'>好</a> <a href='/traps/'>陷阱</a> <a href='/endless/'>无尽</a> "
        "<a href='/deep/'>深</a></body></html>"
    )


GOOD = {
    1: {},
    2: {},
    3: {"crumbs": "<!-- nav -->"},
    4: {"meta": "发布时间:2020-01-04 作者:张三 来源:测试网 浏览次数:99999999999999999999"},
    5: {"meta": "发布时间:2020-01-05 作者:张三 来源:测试网 浏览:99999999999999万"},
    6: {"meta": "发布时间:9999-01-01 作者:张三 来源:测试网 浏览:6"},
}
TRAPS = list(range(10, 31))


ASCII_ARTICLE = (
    "<html><head><meta charset='rot13'><title>Trap thirty, in plain ASCII</title></head><body>"
    "<div class='title'><h2>Trap thirty, in plain ASCII</h2></div>"
    "<div class='info'>2020-01-30</div><div class='content'>"
    + "<p>The council met on Monday to discuss the budget for the coming year, and agreed.</p>" * 4
    + "</div></body></html>"
)


def _route_good(number: int):
    return lambda h: h._html(article(number, "good", **GOOD[number]))


def _counter_article(number: int, src) -> callable:
    def serve(h: Handler) -> None:
        script = f"<script src='{src(h)}'></script>"
        h._html(
            article(
                number, "traps", meta=f"发布时间:2020-01-10 作者:李四 来源:测试网 浏览:{script}次"
            )
        )

    return serve


def _split_14(h: Handler) -> None:
    pager = "<div class='pagelist'><a href='/traps/14.html'>1</a> <a href='/traps/14_2.html'>2</a></div>"
    h._html(article(14, "traps", extra=pager))


def _huge(h: Handler) -> None:
    h._send(200, b"<html><body>" + b"x" * (20 * 1024 * 1024) + b"</body></html>")


def _endless_stream(h: Handler) -> None:
    """A page with no Content-Length that goes on (64 MB at most, or until the client leaves)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + "计量".encode() * 10_000 + b"</p>"
    try:
        for _ in range(64 * 1024 * 1024 // len(chunk)):
            h.wfile.write(chunk)
    except OSError:
        pass  # the crawler hung up: what we wanted
    h.close_connection = True


def _long_article(h: Handler) -> None:
    body = "<p>" + "计量检定工作有序开展。" * 100_000 + "</p>"  # 3 MB of UTF-8
    h._html(article(24, "traps", body=body))


ROUTES = {
    "/": _home,
    "/good/": lambda h: h._html(list_page("good", list(GOOD))),
    "/traps/": lambda h: h._html(
        list_page("traps", TRAPS)
        + "<a href='file:///etc/passwd'>本地</a>"
        + f"<a href='{h.server.other}/traps/99.html'>别处</a>"
    ),
    "/endless/": lambda h: h._html(list_page("endless", [40, 41, 42], "/endless/list_1_2.html")),
    "/deep/": lambda h: h._html(list_page("deep", [1000], "/deep/list_2_2.html")),
    "/moved/": lambda h: h._html(list_page("moved", [30, 31])),
    "/moved/30.html": lambda h: h._html(article(30, "moved")),
    "/moved/31.html": lambda h: h._html(article(31, "moved")),
    "/traps/10.html": _counter_article(
        10, lambda h: f"file://{h.server.secret}?count.php?view=yes&aid=10"
    ),
    "/traps/11.html": _counter_article(
        11, lambda h: f"{h.server.other}/plus/count.php?view=yes&aid=11"
    ),
    "/traps/12.html": _counter_article(12, lambda h: "/plus/count.php?view=yes&aid=12"),
    "/plus/count.php": lambda h: h._redirect(f"{h.server.other}/plus/count.php?view=yes&aid=12"),
    "/traps/13.html": lambda h: h._redirect(f"{h.server.other}/traps/13.html"),
    "/traps/14.html": _split_14,
    "/traps/14_2.html": lambda h: h._redirect(
        f"http://localhost:{h.server.server_address[1]}/traps/14_2.html"
    ),
    "/traps/15.html": lambda h: h._redirect("/traps/16.html"),
    "/traps/16.html": lambda h: h._redirect("/traps/15.html"),
    "/traps/17.html": lambda h: h._redirect("/moved/", 301),
    "/traps/18.html": lambda h: h._send(200, PNG, "image/png"),
    "/traps/19.html": lambda h: h._send(200, PDF, "application/pdf"),
    "/traps/20.html": lambda h: h._send(200, b""),
    "/traps/21.html": lambda h: h._send(200, b"\0" * 4096),
    "/traps/22.html": lambda h: h._send(200, h.server.bomb, Content_Encoding="gzip, gzip"),
    "/traps/23.html": _huge,
    "/traps/24.html": _long_article,
    "/traps/27.html": _endless_stream,
    # an article whose links, pictures and attachments name hosts no URL parser reads
    "/traps/28.html": lambda h: h._html(
        article(
            28,
            "traps",
            body=f"<p>{PARAGRAPH}<img src='http://[x]/a.jpg'></p><p>{PARAGRAPH}</p>"
            "<p><a href='http://[x]/a.pdf'>附件.pdf</a> <a href='http://[/b.html'>下一篇</a></p>",
        )
    ),
    "/traps/29.html": lambda h: h._redirect("http://[x]/29.html"),
    # a page in ASCII whose header and <meta> name a codec that is no character set
    "/traps/30.html": lambda h: h._send(
        200,
        ASCII_ARTICLE.encode(),
        "text/html; charset=base64",
    ),
    "/traps/25.html": lambda h: h._html(article(25, "traps")),
    "/traps/26.html": lambda h: h._html(article(26, "traps")),
}
for _n in GOOD:
    ROUTES[f"/good/{_n}.html"] = _route_good(_n)
for _n in range(40, 43):
    ROUTES[f"/endless/{_n}.html"] = (lambda n: lambda h: h._html(article(n, "endless")))(_n)


class _Pages(dict):
    """Routes, plus the pagers' endless list pages and the deep section's articles."""

    def get(self, path, default=None):
        found = super().get(path)
        if found is not None:
            return found
        parts = path.rsplit("/", 1)
        if parts[0] == "/endless" and parts[1].startswith("list_1_"):
            n = int(parts[1][7:-5])
            return lambda h: h._html(
                list_page("endless", [40, 41, 42], f"/endless/list_1_{n + 1}.html")
            )
        if parts[0] == "/deep" and parts[1].startswith("list_2_"):
            n = int(parts[1][7:-5])
            return lambda h: h._html(list_page("deep", [1000 + n], f"/deep/list_2_{n + 1}.html"))
        if parts[0] == "/deep" and parts[1][:-5].isdigit():
            return lambda h: h._html(article(int(parts[1][:-5]), "deep"))
        return default


ROUTES = _Pages(ROUTES)


class Bystander(ThreadingHTTPServer):
    """Another host: it must never be asked anything."""

    daemon_threads = True

    def __init__(self, address) -> None:
        super().__init__(address, BystanderHandler)
        self.hits: list[str] = []


class BystanderHandler(BaseHTTPRequestHandler):
    server: Bystander

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        body = b"document.write('777');"
        self.send_response(200)
        self.send_header("Content-Type", "application/javascript")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--secret", required=True, help="a local file no crawl may read")
    args = parser.parse_args()
    bystander = Bystander(("127.0.0.1", 0))
    server = Hostile(("127.0.0.1", args.port), args.secret, bystander)
    for srv in (bystander, server):
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    print(f"http://{server.own}/", flush=True)
    sys.stdin.read()  # until the parent closes the pipe (or dies)


if __name__ == "__main__":
    main()
