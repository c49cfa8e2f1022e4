"""Generic fallbacks for pages whose meta line has no date or no author.

Pure functions over the page's text lines (and root element), used by the
loader only when the labelled meta line says nothing. Each rule is a
convention of Chinese news pages, not of one site:

* a date: ``<meta>``/``<time>`` publication tags, else the first date shown
  within a few lines after the title (the article's own, not a sidebar's), else
  a date in the URL path; never a guess;
* an author: a 作者/编辑/记者 label near the title or at the end of the
  article, ``记者 X``, ``X/文``, ``文/X``, ``（X 上海报道）``, forum and blog
  post lines (``by X``, ``由X张贴``).
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.parsing import ROLE_RE, parse_date

__all__ = [
    "author_from_lines",
    "date_from_lines",
    "date_from_meta_tags",
    "date_from_url",
    "source_after_date",
]

_META_XPATH = etree.XPath("//meta[@content]")
_TIME_XPATH = etree.XPath("//time[@datetime]/@datetime")
_JSON_LD_XPATH = etree.XPath("//script[@type='application/ld+json']/text()")
_JSON_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# <meta> names, properties and itemprops that carry the publication time (lower case)
PUBLICATION_META = frozenset(
    [
        "article:published_time", "pubdate", "publishdate", "publish_date", "publishtime",
        "publish_time", "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued",
        "og:article:published_time", "weibo:article:create_at",
    ]
)  # fmt: skip
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?=[/_.]|\d{0,8}[/_.])"
)
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = rf"{_NAME}(?:[ 　、，,]+{_NAME}){{0,2}}"
_AUTHOR_RULES = [
    re.compile(
        rf"(?:^|[\s（(【\[])(?:作\s*者|撰\s*稿|撰\s*文|(?:责任)?编\s*辑)\s*[:：]\s*"
        rf"(?P<names>{_NAMES}(?=$|[\s（）()【】\[\]，。,；;|/])|[^\s:：（）()，,。|]{{2,20}})"
    ),
    re.compile(
        rf"(?:记者|通讯员)\s*[:：]?\s*(?P<names>{_NAMES})(?=$|[\s）)】\]，。,；;|/]|报道|摄)"
    ),
    re.compile(rf"(?:^|[\s（(])(?P<names>{_NAME})\s*[/／]\s*文(?:$|[\s）)])"),
    re.compile(rf"(?:^|[\s（(])文\s*[/／:：]\s*(?P<names>{_NAMES})(?=$|[\s）)])"),
    re.compile(rf"[（(]\s*(?P<names>{_NAME})\s+[\u4e00-\u9fff]{{2,4}}报道\s*[)）]"),
    # forums and blogs: "发布时间 2005/05/17 22:11:42 by 眉间尺"
    re.compile(r"(?:\d\d:\d\d(?::\d\d)?|^)\s*by\s+(?P<names>[^\s〓|｜,，]{2,20})"),
    # blog post footers: "由海姑娘张贴 @ 2005-06-14 03:25:55", "由 眉间尺 发表于 …"
    re.compile(
        r"(?:^|\s)由(?!于)\s*(?P<names>[^\s@|｜,，]{2,20}?)\s*(?:张贴|發表|发表|发布|發布)"
        r"(?:于|於)?\s*(?:@|(?:19|20)\d\d|$)"
    ),
]
# words that follow a byline and are roles or furniture, not names
_NOT_NAMES = {
    "本报", "本网", "记者", "编辑", "通讯员", "来源", "报道", "新华社", "综合", "整理", "责任", "中新网",
    "摄影", "摄", "图片", "图文", "实习生", "校对", "审核", "责编", "相关报道", "相关新闻", "分享", "打印",
}  # fmt: skip


def date_from_meta_tags(root: etree._Element) -> tuple[str, str] | None:
    """``(raw, iso)`` from publication-time ``<meta>`` tags or JSON-LD ``datePublished``.

    >>> from lxml import html
    >>> date_from_meta_tags(html.fromstring('<html><head><meta name="PubDate" '
    ...     'content="2022-02-13 09:57"></head></html>'))[1]
    '2022-02-13T09:57:00+08:00'
    >>> date_from_meta_tags(html.fromstring('<html><script type="application/ld+json">'
    ...     '{"@type": "NewsArticle", "datePublished": "2022-02-13T01:57:00Z"}</script></html>'))[1]
    '2022-02-13T09:57:00+08:00'
    """
    for meta in _META_XPATH(root):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in PUBLICATION_META:
            found = parse_date(meta.get("content", ""))
            if found:
                return found
    for script in _JSON_LD_XPATH(root):
        m = _JSON_LD_DATE_RE.search(script)
        found = parse_date(m[1]) if m else None
        if found:
            return found
    return None


def date_from_time_tag(root: etree._Element) -> tuple[str, str] | None:
    """``(raw, iso)`` from the first ``<time datetime>`` of the page (a sidebar may have
    one too: the loader asks here only after the lines under the title)."""
    for value in _TIME_XPATH(root):
        found = parse_date(str(value))
        if found:
            return found
    return None


def title_line(lines: list[str], title: str | None, body_start: int | None = None) -> int | None:
    """Where the title is shown: the last time before the text starts (a page may show it
    in its header, its pager and above the text), else the first time.

    >>> title_line(["标题", "版面导航", "标题", "正文"], "标题", 3), title_line(["标题"], "无")
    (2, None)
    """
    if not title:
        return None
    shown = [i for i, line in enumerate(lines) if title in line]
    if not shown:
        return None
    before = [i for i in shown if body_start is not None and i < body_start]
    return before[-1] if before else shown[0]


def date_from_lines(
    lines: list[str], title: str | None, *, window: int = 8, body_start: int | None = None
) -> tuple[str, str] | None:
    """The first date shown within ``window`` lines after the title (the title line included).

    >>> date_from_lines(["侧栏 2026-01-01", "标题", "2005-04-05 06:40更新 来源：新闻晨报", "正文"], "标题")
    ('2005-04-05 06:40', '2005-04-05T06:40:00+08:00')
    >>> date_from_lines(["标题", "正文没有日期"], "标题") is None
    True
    """
    start = title_line(lines, title, body_start)
    if start is None:
        return None
    for line in lines[start : start + window]:
        found = parse_date(line.replace(title, " "))
        if found:
            return found
    return None


def date_from_url(url: str) -> tuple[str, str] | None:
    """A date in the URL path: ``/2005-03-21/``, ``/20220213/``, ``/2022/0213/``.

    >>> date_from_url("http://x/sm/2005-03-21/244339.shtml")
    ('2005-03-21', '2005-03-21')
    >>> date_from_url("http://x/a/57604.html") is None
    True
    """
    m = _URL_DATE_RE.search(url)
    if not m:
        return None
    return parse_date(f"{m[1]}-{m[2]}-{m[3]}")


def author_from_lines(lines: list[str]) -> str | None:
    """An author named the ways Chinese articles name them.

    >>> author_from_lines(["（ 责任编辑：魏喆 ）"]), author_from_lines(["光明日报记者 王建宏 张文攀"])
    ('魏喆', '王建宏 张文攀')
    >>> author_from_lines(["河南商报记者马俊峰/文"]), author_from_lines(["（姚峰 上海报道）"])
    ('马俊峰', '姚峰')
    >>> author_from_lines(["本报讯 国家市场监管总局近日召开会议"]) is None
    True
    """
    for rule in _AUTHOR_RULES:
        for line in lines:
            m = rule.search(line)
            if not m:
                continue
            names = []
            for name in re.split(r"[ 　、，,]+", m["names"]):
                if name in _NOT_NAMES or ROLE_RE.match(name):
                    if names:
                        break  # a role word ends the byline: 文/李明 摄影/王刚
                    continue  # or comes before the names: 作者：本报记者 张三
                if name:
                    names.append(name)
            if names:
                return " ".join(names)
    return None


# A publication named right after an unlabelled date: 2022年02月13日 09:57 新华网 / 《理财周刊》
_MEDIA_RE = re.compile(
    r"《(?P<title>[^》]{2,20})》|(?P<name>[\u4e00-\u9fff]{1,10}"
    r"(?:网|报|社|台|刊|杂志|在线|新闻|客户端|电视台|广播))"
)


def source_after_date(lines: list[str], raw: str | None) -> str | None:
    """The publication a date line names after its (unlabelled) date.

    >>> source_after_date(["标题", "2005年03月21日 11:21 《理财周刊》"], "2005年03月21日 11:21")
    '理财周刊'
    >>> source_after_date(["2022年02月13日 09:57 新华网 分享到"], "2022年02月13日 09:57")
    '新华网'
    >>> source_after_date(["2022-02-13 09:57 阅读全文"], "2022-02-13 09:57") is None
    True
    """
    if not raw:
        return None
    line = next((line for line in lines if raw in line), None)
    if line is None:
        return None
    words = line.split(raw, 1)[1].split()
    m = _MEDIA_RE.fullmatch(words[0]) if words else None
    return (m["title"] or m["name"]) if m else None
