"""Replicas of portals of other CMS families, with their ground truth (``--family trs|phpcms``).

Built from each family's conventions (``../shared/CMS.md``), not from one site:

* ``trs``: a government bureau on a TRS-style CMS. Section lists ``/xxgk/tzgg/`` and
  ``/xwdt/gzdt/`` whose pager is only ``createPageHTML(count, i, "index", "html")`` (no
  ``<a>`` to ``index_1.html``…); articles ``./YYYYMM/tYYYYMMDD_<id>.html``, some split and
  paged by the same script call (``…_1.html``, ``…_2.html``); 信息公开 notices with the
  index table above the title (``成文日期`` before ``发布日期``), ``ContentSource``
  metadata and attachments (``P0…pdf``, ``.docx``); no view counts; sidebar and footer
  furniture.
* ``phpcms``: a society on PHPCMS v9 with pseudo-static root URLs, GBK: lists
  ``/list-<catid>-<n>.html`` with a pager of bare numbers, articles
  ``/show-<catid>-<id>-<page>.html`` with small ids (some split), views from
  ``/api.php?op=count&id=N&modelid=1`` answering ``$('#hits').html('N');``.

``FamilySite(family, articles)`` holds every page (``pages``), the binary attachments
(``files``) and the records a correct crawler produces (``truth(base_url)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["FAMILIES", "FamilySite"]

FAMILIES = ("trs", "phpcms")
SENTENCES = [
    "为加强计量监督管理，市场监管部门组织开展了专项检查，现将有关情况通报如下。",
    "各地要高度重视民生计量工作，确保集贸市场、加油站等场所的计量器具准确可靠。",
    "检查中发现的问题，执法人员已当场下达责令整改通知书，并将跟踪整改落实情况。",
    "下一步，将继续推进计量服务中小企业行动，助力企业提质增效和转型升级。",
]
SIDEBAR = (
    "<div class='side'><h3>热点信息</h3><ul><li><a href='{hot}'>关于开展计量监督检查的通知</a>"
    " 2024-01-05</li></ul><h3>友情链接</h3><a href='http://www.samr.gov.cn/'>市场监管总局</a></div>"
)
FOOTER = "<div class='footer'>主办单位：某某市场监督管理局 版权所有 地址：某某路1号 电话：0000-0000000</div>"


@dataclass
class Article:
    path: str
    title: str
    day: date
    source: str
    section: tuple[str, str]  # channel, section
    parts: list[list[str]]  # paragraphs per page
    notice: bool = False
    views: int | None = None
    attachments: list[tuple[str, str]] = field(default_factory=list)


def _paragraphs(n: int, page: int) -> list[str]:
    return [f"第{page}页第{k}段：{SENTENCES[(n + k) % len(SENTENCES)]}" for k in range(3)]


class FamilySite:
    def __init__(self, family: str, articles: int = 40) -> None:
        if family not in FAMILIES:
            raise ValueError(f"no family {family!r} (known: {', '.join(FAMILIES)})")
        self.family = family
        self.pages: dict[str, str] = {}
        self.files: dict[str, bytes] = {}
        self.articles: list[Article] = []
        self.encoding = "utf-8" if family == "trs" else "gbk"
        (self._trs if family == "trs" else self._phpcms)(articles)

    # --- TRS ---------------------------------------------------------------------------
    def _trs(self, count: int) -> None:
        sections = [
            ("信息公开", "通知公告", "/xxgk/tzgg/"),
            ("新闻动态", "工作动态", "/xwdt/gzdt/"),
        ]
        self.pages["/"] = self._html(
            "某某市场监督管理局",
            "".join(f"<a href='{folder}'>{name}</a> " for _, name, folder in sections),
        )
        for s, (channel, name, folder) in enumerate(sections):
            mine = []
            for n in range(s, count, len(sections)):
                day = date(2024, 6, 28) - timedelta(days=n)
                aid = 3925400 + n
                path = f"{folder}{day:%Y%m}/t{day:%Y%m%d}_{aid}.html"
                notice = name == "通知公告" and n % 4 == 0
                parts = 3 if n % 5 == 1 else 1
                article = Article(
                    path=path,
                    title=f"关于做好{n}号计量工作的通知"
                    if notice
                    else f"市场监管局开展第{n}次计量检查",
                    day=day,
                    source="某某市场监督管理局" if notice else "市场监管局",
                    section=(channel, name),
                    parts=[_paragraphs(n, p + 1) for p in range(parts)],
                    notice=notice,
                    attachments=[
                        (f"P0{aid}1.pdf", f"1.{n}号目录.pdf"),
                        (f"P0{aid}2.docx", f"2.{n}号申请表.docx"),
                    ]
                    if notice
                    else [],
                )
                mine.append(article)
                self._trs_article(article, folder)
            self.articles += mine
            per_page = 5
            pages = max(1, -(-len(mine) // per_page))
            for i in range(pages):
                items = "".join(
                    f"<li><a href='./{a.path[len(folder) :]}'>{a.title}</a><span>{a.day.isoformat()}</span></li>"
                    for a in mine[i * per_page : (i + 1) * per_page]
                )
                body = (
                    f"<div class='position'>当前位置：<a href='/'>首页</a> &gt; {channel} &gt; {name}</div>"
                    f"<ul class='list'>{items}</ul>"
                    f'<script>createPageHTML({pages}, {i}, "index", "html");</script>'
                )
                html = self._html(name, body + SIDEBAR.format(hot=mine[0].path) + FOOTER)
                self.pages[f"{folder}index.html" if i == 0 else f"{folder}index_{i}.html"] = html
            self.pages[folder] = self.pages[f"{folder}index.html"]

    def _trs_article(self, a: Article, folder: str) -> None:
        stem = a.path.rsplit("/", 1)[-1][:-5]
        crumbs = f"<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/'>{a.section[0]}</a> &gt; <a href='{folder}'>{a.section[1]}</a></div>"
        for p, paragraphs in enumerate(a.parts):
            text = "".join(f"<p>{t}</p>" for t in paragraphs)
            pager = (
                f'<script>createPageHTML({len(a.parts)}, {p}, "{stem}", "html");</script>'
                if len(a.parts) > 1
                else ""
            )
            if a.notice:
                table = (
                    "<table class='xxgk'><tr><td>索引号：</td><td>11140000MB0143028R/2024-00123</td>"
                    f"<td>发布机构：</td><td>{a.source}</td></tr><tr><td>成文日期：</td>"
                    f"<td>{(a.day - timedelta(days=7)).isoformat()}</td><td>发布日期：</td><td>{a.day.isoformat()}</td></tr>"
                    f"<tr><td>文号：</td><td>某市监计量发〔2024〕{a.path[-8:-5]}号</td></tr></table>"
                )
                files = "".join(f"<a href='./{name}'>{label}</a> " for name, label in a.attachments)
                head = f"{table}<h1>{a.title}</h1>"
                tail = f"<div class='fj'>附件：{files}</div>"
                for name, label in a.attachments:
                    self.files[a.path.rsplit("/", 1)[0] + "/" + name] = f"%PDF-1.4 {label}".encode()
            else:
                meta = f"<div class='info'>发布时间：{a.day.isoformat()} 来源：{a.source} 字号：大 中 小 打印</div>"
                head, tail = f"<h1>{a.title}</h1>{meta}", ""
            page = self._html(
                a.title,
                f"{crumbs}{head}<div class='content'>{text}{pager}</div>{tail}"
                + SIDEBAR.format(hot="/xxgk/tzgg/")
                + FOOTER,
                meta="<meta name='ContentSource' content='" + a.source + "'>" if a.notice else "",
            )
            self.pages[a.path if p == 0 else a.path.replace(".html", f"_{p}.html")] = page

    # --- PHPCMS --------------------------------------------------------------------------
    def _phpcms(self, count: int) -> None:
        sections = [(9, "学会动态"), (10, "学术交流")]
        self.pages["/"] = self._html(
            "某某计量测试学会",
            "".join(f"<a href='/list-{cat}-1.html'>{name}</a> " for cat, name in sections),
        )
        for s, (cat, name) in enumerate(sections):
            mine = []
            for n in range(s, count, len(sections)):
                aid = n + 1
                article = Article(
                    path=f"/show-{cat}-{aid}-1.html",
                    title=f"学会召开第{aid}届计量学术年会",
                    day=date(2023, 12, 20) - timedelta(days=n * 3),
                    source="计量测试学会",
                    section=("", name),
                    parts=[_paragraphs(n, p + 1) for p in range(2 if n % 6 == 2 else 1)],
                    views=100 + aid,
                )
                mine.append(article)
                self._phpcms_article(article, cat)
            self.articles += mine
            per_page = 4
            pages = max(1, -(-len(mine) // per_page))
            numbers = " ".join(
                f"<a href='/list-{cat}-{i + 1}.html'>{i + 1}</a>" for i in range(pages)
            )
            for i in range(pages):
                items = "".join(
                    f"<li><a href='{a.path}'>{a.title}</a> {a.day.isoformat()}</li>"
                    for a in mine[i * per_page : (i + 1) * per_page]
                )
                body = (
                    f"<div class='crumbs'>当前位置：<a href='/'>首页</a> &gt; {name}</div>"
                    f"<ul class='list'>{items}</ul><div id='pages'>{numbers}</div>"
                )
                self.pages[f"/list-{cat}-{i + 1}.html"] = self._html(name, body + FOOTER)

    def _phpcms_article(self, a: Article, cat: str | int) -> None:
        aid = a.path.split("-")[2]
        crumbs = f"<div class='crumbs'>当前位置：<a href='/'>首页</a> &gt; <a href='/list-{cat}-1.html'>{a.section[1]}</a></div>"
        for p, paragraphs in enumerate(a.parts):
            links = " ".join(
                f"<a href='/show-{cat}-{aid}-{k + 1}.html'>{k + 1}</a>" for k in range(len(a.parts))
            )
            meta = (
                f"<div class='info'>发布时间：{a.day.isoformat()} 来源：{a.source} 点击：<span id='hits'></span>"
                f"<script src='/api.php?op=count&id={aid}&modelid=1'></script>次</div>"
            )
            text = "".join(f"<p>{t}</p>" for t in paragraphs)
            pager = f"<div id='pages'>{links}</div>" if len(a.parts) > 1 else ""
            self.pages[f"/show-{cat}-{aid}-{p + 1}.html"] = self._html(
                a.title,
                f"{crumbs}<h1>{a.title}</h1>{meta}<div class='content'>{text}</div>{pager}{FOOTER}",
            )

    def counter(self, query: str) -> str | None:
        """The PHPCMS counter's answer for ``op=count&id=N``."""
        m = re.search(r"(?:^|&)id=(\d+)", query)
        if self.family != "phpcms" or m is None:
            return None
        return f"$('#hits').html('{100 + int(m[1])}');"

    # --- both ------------------------------------------------------------------------------
    def _html(self, title: str, body: str, meta: str = "") -> str:
        return (
            f"<html><head><meta charset='{self.encoding}'><title>{title}</title>{meta}</head><body>"
            f"<div class='top'>欢迎访问</div>{body}</body></html>"
        )

    def truth(self, base_url: str) -> list[dict]:
        base = base_url.rstrip("/")
        records = []
        for a in self.articles:
            crumbs = ["首页", *(c for c in a.section if c)]
            records.append(
                {
                    "url": base + a.path,
                    "title": a.title,
                    "published_at": a.day.isoformat(),
                    "published_raw": a.day.isoformat(),
                    "author": None,
                    "source": a.source,
                    "views": a.views,
                    "body": "\n".join(t for page in a.parts for t in page),
                    "breadcrumb": " > ".join(crumbs),
                    "section": crumbs[-1],
                    "pages": len(a.parts),
                    "text_damaged": 0,
                    "images": [],
                    "attachments": [
                        {"url": base + a.path.rsplit("/", 1)[0] + "/" + name, "text": label}
                        for name, label in a.attachments
                    ],
                    "doc_number": f"某市监计量发〔2024〕{a.path[-8:-5]}号" if a.notice else None,
                    "index_number": "11140000MB0143028R/2024-00123" if a.notice else None,
                }
            )
        return records


def make_family_server(site: FamilySite, *, host: str = "127.0.0.1", port: int = 0):
    """A threaded HTTP server of ``site``; ``server.url`` is its address."""
    import json
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import urlsplit

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/__replica__/truth.jsonl":
                lines = (
                    json.dumps(r, ensure_ascii=False) + "\n" for r in site.truth(self.server.url)
                )
                self._send(200, "".join(lines).encode(), "application/json")
            elif parts.path in site.pages:
                html = site.pages[parts.path].encode(site.encoding)
                charset = (
                    "; charset=utf-8" if site.encoding == "utf-8" else ""
                )  # GBK: declared in the page
                self._send(200, html, "text/html" + charset)
            elif parts.path in site.files:
                self._send(200, site.files[parts.path], "application/octet-stream")
            elif parts.path == "/api.php" and (answer := site.counter(parts.query)):
                self._send(200, answer.encode(), "application/javascript")
            else:
                self._send(404, b"<html><body>404</body></html>", "text/html")

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.url = f"http://{host}:{server.server_address[1]}/"
    return server
