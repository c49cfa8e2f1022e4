"""Two small portals of other CMS families, for tests: ``python -m tests.families --family F``.

* ``trs``: a government site on a TRS-style CMS. Section lists ``/xxgk/tzgg/`` whose pager
  is only ``createPageHTML(3, i, "index", "html")`` (pages ``index.html``, ``index_1.html``,
  ``index_2.html``, no ``<a>`` to them); articles ``./202406/t20240619_<id>.html``; one split
  article paged by the same script call (``…_1.html``, ``…_2.html``).
* ``phpcms``: a society's site on PHPCMS v9 with pseudo-static root URLs: lists
  ``/list-9-1.html`` (a pager of bare numbers, no ``下一页``), articles ``/show-9-<id>-1.html`` with small ids,
  one split over ``-1`` and ``-2``; GBK bytes.

Prints its URL, serves until its stdin closes. ``/__truth__`` lists every article's URL,
title and page count.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARA = "为加强计量监督管理，市场监管部门组织开展了专项检查，现将有关情况通报如下。"


def _page(title: str, body: str, meta: str = "", extra: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='nav'>首页 | 信息公开 | 通知公告</div><h1>{title}</h1><div class='info'>{meta}</div>"
        f"<div class='content'>{body}</div>{extra}<div class='footer'>版权所有</div></body></html>"
    )


def _paras(n: int, tag: str) -> str:
    return "".join(f"<p>{tag}第{i}段：{PARA}</p>" for i in range(3))


def trs_site() -> tuple[dict[str, str], list[dict]]:
    pages: dict[str, str] = {}
    truth = []
    ids = [3925400 + n for n in range(9)]
    for index in range(3):
        items = "".join(
            f"<li><a href='./202406/t20240619_{i}.html'>关于计量工作的通知{i}</a><span>2024-06-19</span></li>"
            for i in ids[index * 3 : index * 3 + 3]
        )
        name = "index.html" if index == 0 else f"index_{index}.html"
        pages[f"/xxgk/tzgg/{name}"] = (
            "<html><head><meta charset='utf-8'><title>通知公告</title></head><body><ul>"
            f'{items}</ul><script>createPageHTML(3, {index}, "index", "html");</script></body></html>'
        )
    pages["/xxgk/tzgg/"] = pages["/xxgk/tzgg/index.html"]
    pages["/"] = "<html><body><a href='/xxgk/tzgg/'>通知公告</a></body></html>"
    for i in ids:
        stem = f"/xxgk/tzgg/202406/t20240619_{i}"
        title = f"关于计量工作的通知{i}"
        meta = "发布日期：2024-06-19 信息来源：市场监管局"
        split = i == ids[4]
        parts = 3 if split else 1
        for part in range(parts):
            pager = f'<script>createPageHTML({parts}, {part}, "t20240619_{i}", "html");</script>'
            name = f"{stem}.html" if part == 0 else f"{stem}_{part}.html"
            pages[name] = _page(title, _paras(3, f"第{part + 1}页"), meta, pager if split else "")
        truth.append({"url": f"{stem}.html", "title": title, "pages": parts})
    # a 信息公开 notice: the index table above the title, no meta line, attachments after the text
    notice = ids[7]
    table = (
        "<table class='xxgk'><tr><td>索引号：</td><td>11140000MB0143028R/2024-00123</td>"
        "<td>发布机构：</td><td>山西省市场监督管理局</td></tr>"
        "<tr><td>成文日期：</td><td>2024-06-12</td><td>发布日期：</td><td>2024-06-19</td></tr>"
        "<tr><td>文号：</td><td>晋市监计量发〔2024〕3号</td></tr></table>"
    )
    files = (
        "<div class='fj'>附件：<a href='./P020240619384.pdf'>1.计量器具目录.pdf</a>"
        " <a href='./P020240619385.docx'>2.申请表.docx</a></div>"
    )
    title = f"关于计量工作的通知{notice}"
    pages[f"/xxgk/tzgg/202406/t20240619_{notice}.html"] = (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='ContentSource' content='山西省市场监督管理局'></head><body>"
        f"{table}<h1>{title}</h1><div class='content'>{_paras(3, '第1页')}</div>{files}</body></html>"
    )
    pages["/xxgk/tzgg/202406/P020240619384.pdf"] = "%PDF-1.4 计量器具目录"
    pages["/xxgk/tzgg/202406/P020240619385.docx"] = "PK 申请表"
    base = "/xxgk/tzgg/202406/"
    truth[7].update(
        published_at="2024-06-19",
        source="山西省市场监督管理局",
        doc_number="晋市监计量发〔2024〕3号",
        index_number="11140000MB0143028R/2024-00123",
        attachments=[
            {"url": base + "P020240619384.pdf", "text": "1.计量器具目录.pdf"},
            {"url": base + "P020240619385.docx", "text": "2.申请表.docx"},
        ],
    )
    return pages, truth


def phpcms_site() -> tuple[dict[str, str], list[dict]]:
    pages: dict[str, str] = {}
    truth = []
    ids = list(range(11, 19))
    for n in (1, 2):
        items = "".join(
            f"<li><a href='/show-9-{i}-1.html'>学会召开计量学术年会{i}</a> 2023-05-0{n}</li>"
            for i in ids[(n - 1) * 4 : n * 4]
        )
        pager = ""  # a pager of bare numbers: no 下一页
        pages[f"/list-9-{n}.html"] = (
            f"<html><head><meta charset='gbk'><title>学会动态</title></head><body><ul>{items}</ul>"
            f"<div id='pages'><a href='/list-9-1.html'>1</a> <a href='/list-9-2.html'>2</a> {pager}</div></body></html>"
        )
    pages["/"] = (
        "<html><body><a href='/list-9-1.html'>学会动态</a> <a href='/index.html'>首页</a></body></html>"
    )
    for i in ids:
        title = f"学会召开计量学术年会{i}"
        split = i == ids[5]
        parts = 2 if split else 1
        for part in range(1, parts + 1):
            links = " ".join(f"<a href='/show-9-{i}-{k}.html'>{k}</a>" for k in range(1, parts + 1))
            pages[f"/show-9-{i}-{part}.html"] = _page(
                title,
                _paras(3, f"第{part}页"),
                "发布时间：2023-05-01 来源：计量测试学会",
                f"<div id='pages'>{links}</div>" if split else "",
            )
        truth.append({"url": f"/show-9-{i}-1.html", "title": title, "pages": parts})
    return pages, truth


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        pages, truth, encoding = self.server.site
        if self.path == "/__truth__":
            body, ctype = json.dumps(truth, ensure_ascii=False).encode(), "application/json"
        elif self.path in pages:
            text = pages[self.path]
            body = text.replace("charset='utf-8'", f"charset='{encoding}'").encode(encoding)
            ctype = f"text/html; charset={encoding}" if encoding == "utf-8" else "text/html"
            if not self.path.endswith(".html") and self.path != "/" and not self.path.endswith("/"):
                ctype = "application/octet-stream"  # an attachment
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", choices=["trs", "phpcms"], required=True)
    args = parser.parse_args()
    pages, truth = trs_site() if args.family == "trs" else phpcms_site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.site = (pages, truth, "utf-8" if args.family == "trs" else "gbk")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
