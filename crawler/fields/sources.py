"""The source (来源): the publication or office an article comes from.

The meta line's 来源 field; a government notice's 发布机构; ``<meta name="ContentSource">``;
an element marked as the source and shown between the title and the text; a line of its own
naming it at the end of the text (``（来源：人民日报）``, ``文章来源: 中国网``); and, where the
meta line has no 来源 label, a publication named right after the
unlabelled date under the title (``2022年02月13日 09:57 新华网``); last, the outlet a report's
opening credits (``唐尧网讯（记者刘向真）``).
"""

from __future__ import annotations

import re
from itertools import takewhile

from crawler.dom import text_of
from crawler.extraction import (
    REPUBLISHED_RE,
    boilerplate_line,
    document_title,
    is_sentence,
    site_names,
)
from crawler.fields import (
    Candidate,
    Page,
    choose,
    credits_outside_captions,
    labelled_credit,
    shown_between_title_and_text,
    url_host,
)
from crawler.generic import (
    agency_before_date_label,
    agency_in_byline,
    source_after_date,
    source_before_date,
)
from crawler.government import content_source
from crawler.parsing import is_field_line, parse_date, parse_meta

__all__ = ["RULES", "choose_source"]


def _after_date(page: Page) -> str | None:
    if "source" in page.meta.labels or page.at is None:
        return None
    top = page.title_at or 0
    lines = page.lines[top : page.at + 1]
    return source_after_date(lines, _shown_date(lines, page.published_raw), page.lines)


def _before_date(page: Page) -> str | None:
    """An outlet named before the date under the title (see :func:`source_before_date`): not
    the title's own line (a headline ending 社 or 报), nor the site's own name."""
    if "source" in page.meta.labels or page.at is None or page.title_at is None:
        return None
    lines = page.lines[page.title_at + 1 : page.at + 1]
    name = source_before_date(lines, _shown_date(lines, page.published_raw), page.lines)
    return None if name and _names_the_site(page.root, name) else name


def _shown_date(lines: list[str], raw: str | None) -> str | None:
    """The date as the lines show it: ``raw`` itself, or the day of a date read elsewhere (a
    <meta>'s 2018-02-28T06:31:00Z) as a line shows it (2018-02-28 14:31 中央社 澎湖縣28日電)."""
    if not raw or any(raw in line for line in lines):
        return raw
    day = (found := parse_date(raw, zone=None)) and found[1][:10]
    for line in lines:
        if (
            len(line) <= SHOWN_DATE_LINE_MAX_CHARS
            and (shown := parse_date(line, zone=None))
            and shown[1][:10] == day
        ):
            return shown[0]
    return raw


#: The longest line where the date a <meta> gives is looked for as shown.
SHOWN_DATE_LINE_MAX_CHARS = 80


# source, article-source, and the class names of a page built with CSS modules: a camel-case
# name after it and a hash (sourceTitle-2bea4nhZ, ifeng's account in the byline slot)
_SOURCE_TOKEN_RE = re.compile(r"^(?:[a-z]+-)?source(?:[A-Z][A-Za-z]*)?(?:-[A-Za-z0-9_]{5,10})?$")
_SOURCE_TEXT_RE = re.compile(
    r"(?:(?:信息|文章|新闻)?来源|來源)?\s*[:：]?\s*(?P<name>[^\s:：|｜<>]{2,20})"
)


def _source_element(page: Page) -> str | None:
    """An element marked as the source (``class="source"``, ``id="source"``) whose text the
    page shows between the title and the text: 新京报, 新华网."""
    between = shown_between_title_and_text(page)
    if not between:
        return None
    for node in page.marked.sources:
        tokens = f"{node.get('class', '')} {node.get('id', '')}".split()
        if not any(_SOURCE_TOKEN_RE.match(t) for t in tokens):
            continue
        m = _SOURCE_TEXT_RE.fullmatch(" ".join(text_of(node).split()))
        if m and not m["name"].isdigit() and any(m["name"] in line for line in between):
            return m["name"]
    return None


# a line that is only a source label and a name: （来源：人民日报）, 文章来源: 中国网, [稿源：红网]
#: The most credit lines after a text read for its source (作者, 供稿单位, 责任编辑).
TEXT_END_CREDIT_LINES = 3
_SOURCE_LINE_RE = re.compile(
    r"[（(\[【]?\s*(?:文章|新闻|新聞|稿件|信息|本文)?"
    # (and where a repost came from: 转自于：家庭医生; not 来自 nor 出处, which quote as often)
    r"(?P<label>来源|來源|稿源|供稿单位|供稿單位|供稿|转自于|轉自於|转自|轉自|转载自|轉載自)\s*[:：]\s*"
    r"(?P<name>[^\s:：，,。.；;、!！?？()（）\[\]【】]{2,20})\s*[）)\]】]?"
)
# …。（来源：央视新闻）: a paragraph (a roundup's item) that ends with its own source
_ENDS_WITH_SOURCE_RE = re.compile(
    r"[（(\[【]\s*(?:来源|來源|稿源)\s*[:：][^（()）\[\]【】]{1,20}[）)\]】]$"
)
_PICTURE_TAGS = frozenset(("img", "figure", "picture", "table", "svg", "video"))


def _text_end(page: Page) -> str | None:
    """A source named on the line right after the text's last sentence (``（来源：人民日报）``,
    ``文章来源: 中国网``, often with 责任编辑 after it): the label and a name, nothing else.

    Not a line after a picture or a chart (its credit: 来源：视觉中国), nor one of several
    (a roundup's items each end so), nor anything further down (a related list's or a
    pager's items, comments).
    """
    if page.end is None or page.at is None:
        return None
    text = page.lines[page.at : page.end + 1]
    last = next(
        (k for k in range(len(text) - 1, -1, -1)
         if not _SOURCE_LINE_RE.fullmatch(text[k]) and not is_field_line(text[k])
         and not boilerplate_line(text[k])),
        None,
    )  # fmt: skip
    if last is None:
        return None
    # (the credits' lines after the text, the source's among them: 作者：周洁 ⏎ 供稿单位：…;
    # a 来源 before a 供稿, who only supplied it)
    after = page.lines[page.at + last + 1 : page.at + last + 1 + TEXT_END_CREDIT_LINES]
    credits = takewhile(lambda line: is_field_line(line) or _SOURCE_LINE_RE.fullmatch(line), after)
    shown = [m for line in credits if (m := _SOURCE_LINE_RE.fullmatch(line))]
    shown.sort(key=lambda m: m["label"].startswith("供稿"))
    if not shown or sum(1 for other in text if _ENDS_WITH_SOURCE_RE.search(other)) > 1:
        return None  # one of several: a roundup's
    m = shown[0]
    if m["label"][:1] in "转轉" and text[last].rstrip().endswith(_QUOTE_ENDS):
        return None  # where a quotation came from (子曰：“…” ⏎ 转自：《论语·为政》)
    meta = parse_meta(m[0].strip("（()）[]【】 "))
    if m["name"] not in (meta.source, meta.supplier):
        # what the meta line would not take either (来源：网络, a picture's, 供稿：张华)
        return None
    return None if _credits_a_picture(page.root, m[0]) else m["name"]


_QUOTE_ENDS = ("”", "」", "』", '"', "”。", "」。")


def _credits_a_picture(root, line: str) -> bool:
    """The element showing ``line`` comes right after a picture or a chart, or is a caption."""
    for el in root.iter("p", "div", "span", "font", "td", "li", "figcaption", "small", "em"):
        if " ".join(text_of(el).split()) != line:
            continue
        if (
            el.tag == "figcaption"
            or next(el.iterancestors("figure", "figcaption"), None) is not None
        ):
            return True
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # (a comment between)
        if before is not None and (
            before.tag in _PICTURE_TAGS
            or (not text_of(before).strip() and any(
                child.tag in _PICTURE_TAGS for child in before.iter()))
        ):  # fmt: skip
            return True
    return False


def _cms_source(page: Page) -> str | None:
    """A CMS comment's source (Founder ENP's ``<sourcename>``) that the page shows under its
    label too (来源：四川新闻网, wherever it sets its credits), not the site's own."""
    name = " ".join(page.cms.get("sourcename", "").split())
    if not name or _names_the_site(page.root, name) or _site_brand(page.root, name):
        return None
    return name if labelled_credit(page, "source", name) else None


def _site_brand(root, name: str) -> bool:
    """``name`` is the site's name with a word more or less: its app (天府在线客户端 of 天府在线),
    its news (<title>'s 天府在线新闻)."""
    name = name.casefold()
    return any(
        len(own) >= 3 and (name.startswith(own) or own.startswith(name))
        for own in _own_names(root)
        if own
    )


def _content_source(page: Page) -> str | None:
    """A government page's ``<meta name="ContentSource">``, unless it names the site itself
    (its ``SiteName``, its ``<title>``): a page the site wrote credits no other source."""
    name = content_source(page.root)
    return None if name and _names_the_site(page.root, name) else name


# the outlet a report's opening credits: 唐尧网讯（记者刘向真）, 羊城晚报讯 (not 本报讯: "ours");
# or before a slash in the opening bracket, as Taiwan's papers credit (【財訊快報／陳孟朔】,
# （經濟日報／記者王XX／台北報導）)
_DATELINE_OUTLET_RE = re.compile(
    r"^[【\[]?(?:据|據|综合|綜合|转自|轉自)?(?P<name>[\u4e00-\u9fff]{2,8}(?:网|網|报|報|台|臺|社|刊))"
    r"讯(?!息)"  # (通报讯息称: no dateline)
    # (not a picture's credit: （中央社／記者李小明攝）, （路透社／資料照）)
    r"|^[【\[（(]\s*(?P<slashed>[\u4e00-\u9fff]{2,8}(?:网|網|报|報|台|臺|社|刊))\s*[／/╱∕]"
    r"(?![^】\]）)]*(?:摄|攝|照|图|圖))"
    # or a wire's dateline: its name, the place, the day, 电 (中新网12月11日电, 新华社北京7月31日电)
    r"|^(?P<wired>[\u4e00-\u9fff]{2,8}?(?:网|網|社|报|報|台|臺))(?:[\u4e00-\u9fff]{2,4})?"
    r"\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電)"
)


def _text_start(page: Page) -> str | None:
    """The outlet named in the text's opening (X讯), where nothing else names a source."""
    if not page.body:
        return None
    m = _DATELINE_OUTLET_RE.match(page.body[0].lstrip())
    name = m and (m["name"] or m["slashed"] or m["wired"])
    return name if name and not _OURS_RE.search(name) else None


# 本报讯, 本网讯, 昨日本报讯: "ours" (日本新华侨报讯 names a paper)
_OURS_RE = re.compile(r"^本|本(?:报|報|网|網|台|臺|刊)$")


def _republished(page: Page) -> str | None:
    """The outlet a republished article credits after its text ("This article originally
    appeared on Time.com."), among its last lines: an author's box or a request to follow
    the writer may follow it, not more text (a digest's items each credit their outlet);
    else on a line of its own over the text, under the byline, or opening it (Salon's This
    post originally appeared on Grist.)."""
    if found := _republished_after(page):
        return found
    over = shown_between_title_and_text(page)[-3:]
    opening = page.lines[page.at : page.at + 1] if page.at is not None else []
    for line in over + opening:
        if (m := REPUBLISHED_RE.match(line)) and _OUTLET_NAME_RE.fullmatch(m["name"]):
            return m["name"]
    return None


# An outlet's name as a credit over a text gives it (Grist, Inside Climate News, The
# Conversation, Time.com): capitalised words, short words of a name between them. Not a
# clause (The Chicago Tribune 50 years ago. Here we revisit it; Dr. Anna Brooks on her blog), a
# user's handle (Originally posted by Mike_T: a forum's quote), a review's probes found there.
_OUTLET_NAME_RE = re.compile(
    r"[A-Z][A-Za-z0-9.'’&-]*(?:\s+(?:(?:of|the|and|for|on|in|at|de|du|&)\s+)?[A-Z0-9][A-Za-z0-9.'’&-]*){0,5}"
)


def _republished_after(page: Page) -> str | None:
    sentences = 0
    # (the page's line where the text ends first: the text leaves out a link its line holds,
    # <em>… first appeared on </em><em><a>AirPR</a></em>)
    if (
        page.end is not None
        and page.end < len(page.lines)
        and (m := REPUBLISHED_RE.match(page.lines[page.end]))
    ):
        return m["name"]
    for line in reversed(page.body[-8:]):
        if m := REPUBLISHED_RE.match(line):
            return m["name"]
        sentences += is_sentence(line)
        if sentences > 1:
            return None
    return None


def _agency_byline(page: Page) -> str | None:
    """The agency an English byline between the title and the text credits (By Jane Smith,
    Reuters), or that opens the date's line there (PTI Last Updated: …); not in a picture's
    caption, nor the site's own (a page of Reuters' own site)."""
    lines = shown_between_title_and_text(page)[:4]
    bylined = any("By" in line or "BY" in line for line in lines)
    dated = any(("Updated" in line or "Published" in line or "Posted" in line) for line in lines)
    if not (bylined or dated):
        return None
    own = site_names(page.root) | {part.casefold() for part in _site_parts(page.root)}
    own |= set(_host_name(page.url))  # (reuters.com: Reuters' own, its meta naming no site)
    lines = credits_outside_captions(page, lines)
    return (
        (bylined and agency_in_byline(lines, own))
        or (dated and agency_before_date_label(lines, own))
        or None
    )


def _host_name(url: str) -> list[str]:
    """The name a site's host goes by (``www.reuters.com``: ``reuters``), if any."""
    labels = url_host(url).split(".")
    return labels[-2:-1] if len(labels) >= 2 else []


def _site_parts(root) -> list[str]:
    """The parts of ``<title>`` after its first separator: where a site names itself."""
    return re.split(r"\s+[|\-–—]\s+", document_title(root))[1:]


RULES = [
    ("meta_line", lambda page: page.meta.source),
    ("index_table", lambda page: page.table.get("source")),
    ("content_source", _content_source),
    ("source_element", _source_element),
    ("cms_comment", _cms_source),  # <sourcename> in a CMS's comment, shown under its label
    # an English byline's agency: Reuters, By Jane Smith, The Associated Press
    ("agency_byline", _agency_byline),
    ("after_date", _after_date),  # (under the title: before the end's, which may name a person)
    ("before_date", _before_date),  # 中国网 2019-11-25 10:37:31, 新华社 ⏎ 2020-01-03 18:13
    ("text_end", _text_end),
    ("text_start", _text_start),
    ("republished", _republished),
    ("supplier", lambda page: page.meta.supplier),  # 供稿：机械工程学院, where no source is named
]


def choose_source(page: Page) -> Candidate | None:
    """The source, or None (set ``page.published_raw`` first: the last rule reads it); a
    publication's title marks are not its name (《羊城晚报》 is 羊城晚报, 人民网-《人民日报》 is
    人民网-人民日报).

    >>> from lxml import html
    >>> from crawler.parsing import parse_meta
    >>> page = Page("http://x/", html.fromstring("<p>x</p>"), [], [], None, None, None,
    ...             parse_meta("来源：《羊城晚报》"))
    >>> choose_source(page).value
    '羊城晚报'
    >>> page.meta = parse_meta("来源：人民网-《人民日报》")
    >>> choose_source(page).value
    '人民网-人民日报'
    """
    found = choose(RULES, page)
    if (
        found is not None
        and found.kind == "after_date"
        and _names_the_site(page.root, found.value)
        and (credited := _text_end(page))
    ):
        found = Candidate(credited, "text_end")  # the site's own name after the date: the host
    if found and "《" in found.value and (name := found.value.translate(_NO_TITLE_MARKS)):
        return Candidate(name, found.kind, found.raw)  # 人民网-《人民日报》 too
    return found


_NO_TITLE_MARKS = str.maketrans("", "", "《》")


def _names_the_site(root, name: str) -> bool:
    """``name`` is the site's own, as its meta tags or a part of its ``<title>`` give it
    (…-[中财网]); not an office that a notice's title starts with (保定市财政局关于…的通知)."""
    return name.casefold() in _own_names(root)


def _own_names(root) -> set[str]:
    """The site's names, case folded: its meta tags' and its ``<title>``'s parts."""
    parts = _TITLE_PARTS_RE.split(document_title(root).casefold())
    return site_names(root) | {part.strip(" []【】") for part in parts}


_TITLE_PARTS_RE = re.compile(r"[_|｜–—\-－]+")
