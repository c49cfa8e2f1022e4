"""What government portals say about a document: the 信息公开 index table, metadata tags, attachments.

Pure functions of a page's lines or tree (``../shared/CMS.md``, TRS WCM):

* :func:`index_table`: the table above a notice's text, ``索引号``, ``发布机构`` (the
  source), ``发布日期`` or ``生成日期`` (the publication date; else ``发文日期``, when the
  office issued it; ``成文日期``, when the document was written, is not), ``文号``;
  a date read from ``生成日期`` (the day the record was made) is also ``generated``;
* :func:`content_source`: the ``ContentSource`` tag of the national guideline for
  government-website metadata;
* :func:`attachments`: the documents the article links (``附件：1.xxx.pdf``): pdf, doc,
  docx, xls, xlsx, wps, ofd, zip, rar, with their link text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.dom import page_elements, text_of
from crawler.links import absolute_url

__all__ = ["ATTACHMENT_EXTENSIONS", "attachments", "content_source", "document_link", "index_table"]

# label -> field; longest first so 发布日期 is not read as 日期
_INDEX_LABELS = {
    "索引号": "index_number", "索 引 号": "index_number",
    "发布机构": "source", "发文机关": "source", "发布单位": "source",
    "发布日期": "date", "生成日期": "date",
    "发文日期": "issued",  # (the day the office issued it: the date where no 发布日期 stands)
    "成文日期": "written",
    "文号": "doc_number", "发文字号": "doc_number",
    # (and as a page in traditional script writes them)
    "索引號": "index_number", "索 引 號": "index_number",
    "發布機構": "source", "發佈機構": "source", "發文機關": "source", "發布單位": "source",
    "發佈單位": "source", "發布日期": "date", "發佈日期": "date", "發文日期": "issued",
    "文號": "doc_number", "發文字號": "doc_number",
}  # fmt: skip
_INDEX_RE = re.compile(
    r"^\s*(?P<label>"
    + "|".join(sorted(map(re.escape, _INDEX_LABELS), key=len, reverse=True))
    + r")\s*[:：]\s*(?P<value>.*)$"
)
_NEXT_LABEL_RE = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, _INDEX_LABELS)) + r"|主题分类|体裁分类|有效性)\s*[:：]"
)


def index_table(lines: list[str]) -> dict[str, str]:
    """The fields of a 信息公开 index table, by name (``index_number``, ``source``,
    ``date``, ``generated``, ``issued``, ``doc_number``; ``written`` too, which is no
    publication date).

    A value stands after its label, or on the next line (a label cell, then a value cell).

    >>> index_table(["索引号：", "11100000MB0143028R/2024-00123", "发布机构：市场监管总局",
    ...              "成文日期：2024-06-12", "发布日期：2024-06-19", "文号：国市监计量规〔2024〕3号"])
    {'index_number': '11100000MB0143028R/2024-00123', 'source': '市场监管总局', 'written': '2024-06-12', 'date': '2024-06-19', 'doc_number': '国市监计量规〔2024〕3号'}
    >>> index_table(["发布时间：2024-06-19 来源：新华网"])
    {}
    """
    found: dict[str, str] = {}
    for i, line in enumerate(lines[:400]):
        m = _INDEX_RE.match(line) if not line.isascii() else None  # (its labels are Chinese)
        if m is None:
            continue
        value = _NEXT_LABEL_RE.split(m["value"], maxsplit=1)[0].strip()
        if not value and i + 1 < len(lines) and not _INDEX_RE.match(lines[i + 1]):
            value = lines[i + 1].strip()
        field = _INDEX_LABELS[m["label"]]
        if value and field not in found and len(value) <= 100:
            found[field] = value
            if m["label"] == "生成日期":
                found["generated"] = value  # (the record's day: see fields.dates)
    # one label alone is a sentence's business, not an index table
    return found if len(found) >= 2 else {}


def content_source(root: etree._Element) -> str | None:
    """The ``<meta name="ContentSource">`` of a government page, or None.

    >>> from crawler.dom import parse_html
    >>> content_source(parse_html('<head><meta name="ContentSource" content="省市场监管局"></head>'))
    '省市场监管局'
    """
    for meta in page_elements(root, "meta"):
        if (meta.get("name") or "").lower() == "contentsource" and (
            value := (meta.get("content") or "").strip()
        ):
            return value
    return None


ATTACHMENT_EXTENSIONS = (
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "wps",
    "ofd",
    "zip",
    "rar",
    "et",
    "csv",
)


_MAY_BE_DOCUMENT_RE = re.compile(r"\.(?:" + "|".join(ATTACHMENT_EXTENSIONS) + r")\b", re.I)


def document_link(el: etree._Element | None) -> bool:
    """Whether ``el`` is a link to a document (an attachment's: 名单.docx, P020240619.pdf).

    >>> from crawler.dom import parse_html
    >>> [document_link(a) for a in parse_html('<a href="/f/a.DOCX?v=2">x</a><a href="/a.html">y</a>').iter("a")]
    [True, False]
    """
    if el is None or el.tag != "a":
        return False
    path = urlsplit((el.get("href") or "").strip()).path
    return "." in path and _document_path(path)


def _document_path(path: str) -> bool:
    """Whether a URL's ``path`` ends in a document's extension (:data:`ATTACHMENT_EXTENSIONS`)."""
    return path.rsplit(".", 1)[-1].lower() in ATTACHMENT_EXTENSIONS


def attachments(nodes: list[etree._Element], base_url: str) -> list[dict[str, str]]:
    """Documents linked from ``nodes`` (the article's container and what follows it):
    ``{"url", "text"}`` each, absolute, in order, once.

    >>> from crawler.dom import parse_html
    >>> page = parse_html('<div><p>附件：<a href="P020240619.pdf">1.检定规程.pdf</a>'
    ...                   '<a href="/a/1.html">相关</a><a href="x.DOCX?v=2">表格</a></p></div>')
    >>> attachments([page], "http://x/gk/t1.html")
    [{'url': 'http://x/gk/P020240619.pdf', 'text': '1.检定规程.pdf'}, {'url': 'http://x/gk/x.DOCX?v=2', 'text': '表格'}]
    """
    found: dict[str, dict[str, str]] = {}
    for node in nodes:
        for a in node.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            if not _MAY_BE_DOCUMENT_RE.search(href):
                continue  # most links: no document's extension anywhere (cheap test first)
            url = absolute_url(base_url, href)
            if url is None:
                continue
            if _document_path(urlsplit(url).path) and url not in found:
                found[url] = {"url": url, "text": " ".join(text_of(a).split())}
    return list(found.values())
