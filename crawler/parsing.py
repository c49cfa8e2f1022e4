"""Pure parsers for the strings a Chinese portal article page shows.

The meta line under the title ("发布时间:2011-12-30 作者: 来源: 浏览:1377511") is
parsed label by label, so field order, empty fields, both colons and the label
variants of PORTAL.md all work. Labels are matched in simplified and traditional
script, since mirrors of the portal serve traditional text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from itertools import takewhile

from crawler.text import remove_pinyin_brackets, to_simplified

__all__ = [
    "CHINA_TZ",
    "CHINESE_CHARACTER_RE",
    "CHINESE_WEEKDAY",
    "COUNT_WORD",
    "Meta",
    "looks_like_name",
    "looks_like_person",
    "names_an_office",
    "parse_breadcrumb",
    "parse_counter_answer",
    "parse_date",
    "parse_meta",
    "parse_views",
    "without_glued_role",
]

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")

# Longest labels first so "发布时间" wins over "时间" at the same position.
LABELS: dict[str, tuple[str, ...]] = {
    "date": ("发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "更新时间",
             "更新日期", "发表时间", "發表時間", "发表日期", "發表日期", "发稿时间", "發稿時間",
             "录入时间", "錄入時間", "添加时间", "添加時間", "发表于", "發表於", "发布于", "發布於",
             "發佈於", "上版日期",  # (上版: put on the site, Taiwan's government portals)
             "時間", "时间", "日期", "发布", "發布", "發佈",
             "posted @"),  # (博客园's post footer: posted @ 2023-12-13 07:52 屋檐下的树叶)
    "source": ("信息来源", "信息來源", "文章来源", "文章來源", "本文来源", "本文來源", "来源于", "來源於",
               "来源", "來源", "稿源", "出处", "出處", "来自", "來自", "转自于", "轉自於", "转自", "轉自",
               "转载自", "轉載自"),
    # who supplied the story (a university's news: 供稿单位：电子信息与电气工程学院): the source
    # only where none is named (see Meta.supplier)
    "supplier": ("供稿单位", "供稿單位", "供稿"),
    "author": ("作者", "编辑", "編輯"),
    # editors who checked the text, not who wrote it: read (so their names end the field
    # before them), never taken as the author
    "editor": ("责任编辑", "責任編輯", "责编", "責編", "校对", "校對", "审校", "審校", "审核", "審核",
               "网络编辑", "網絡編輯", "网编", "網編", "值班编辑", "值班編輯",
               # and who else made it, in a reposted article's credits (出品︱…栏目组)
               "出品", "策划", "策劃", "监制", "監製", "统筹", "統籌", "美编", "美編"),
    "views": ("浏览次数", "瀏覽次數", "点击数", "點擊數", "阅读数", "閱讀數", "浏览", "瀏覽",
              "点击", "點擊", "阅读", "閱讀", "人气", "人氣",
              # (the counts' other words: 查看次数, 访问量, 阅读量, 点击次数)
              "查看次数", "查看次數", "访问次数", "訪問次數", "访问量", "訪問量", "阅读量", "閱讀量",
              "浏览量", "瀏覽量", "点击量", "點擊量", "阅读次数", "閱讀次數", "点击次数", "點擊次數"),
}  # fmt: skip
_LABEL_TO_FIELD = {label: field for field, labels in LABELS.items() for label in labels}
# A bare 时间/日期 is a label only as a word of its own: 发行日期 (a release date), 出生日期
# and 活动时间 are other dates, so the labels that mean publication are listed whole.
_BARE = {"时间", "時間", "日期", "更新时间", "更新日期", "发布", "發布", "發佈",  # 网站更新时间: the site's
         "发表于", "發表於", "发布于", "發布於", "發佈於",  # 成果发表于2019年…《自然》: a sentence's
         "供稿"}  # (欢迎各单位供稿：邮箱: a footer's call)  # fmt: skip


# A label only where a line starts: 博客园's posted @ (not "originally posted @ …" in a text)
_LINE_START = {"posted @"}
_AT_LINE_START = r"(?<![^\n])"


def _alternation(labels) -> str:
    """Labels as one group, longest first; the lookahead on their first characters lets
    the regex engine pass over every other position at once (ten times faster on a page).
    """
    labels = sorted(labels, key=len, reverse=True)
    firsts = "".join(sorted({label[0] for label in labels}))
    return (
        f"(?=[{firsts}])(?:"
        + "|".join(
            (
                _AT_LINE_START + label
                if label in _LINE_START
                else r"(?<![\u3400-\u9fff])" + label
                if label in _BARE
                else label
            )
            for label in labels
        )
        + ")"
    )


_ALL_LABELS = _alternation(_LABEL_TO_FIELD)
# Callers remove pinyin-bracket artifacts (發(fā)布) before parsing.
_LABEL_RE = re.compile(r"(?P<label>" + _ALL_LABELS + r")\s*[:：]\s*")
# A credit under a text may set its label off with a bar, as WeChat posts do (编辑|张三,
# 责编｜李四, 来源|广州发布): only where the credits stand, not in a meta line (时间 | 来源),
# and only a credit's label before the line's one bar (时间|地点|人物 heads a table, 阅读|…
# is a phrase).
#: A credit's label set off by a bar: the line's one bar (a pattern's part).
CREDIT_BAR = r"[|｜︱丨](?=[^|｜︱丨]*$)"  # (︱ and 丨 drawn as bars too: 作者︱春春, 编辑丨王五)
CREDIT_LABEL_RE = re.compile(
    r"(?:(?P<label>"
    + _ALL_LABELS
    + r")\s*[:：]\s*|"
    + _alternation(LABELS["author"] + LABELS["source"] + LABELS["editor"])
    + rf"\s*{CREDIT_BAR}\s*)"
)
# "发布时间 2005/05/17 22:11" (no colon) is a label too when a date follows at once.
_DATE_LABEL_NO_COLON_RE = re.compile(
    r"(?P<label>" + _alternation(LABELS["date"]) + r")(?:\s+|(?<=[于於]))(?=(?:19|20)\d\d)"
)  # 发表于2005年09月07日: a label ending in 于 needs no space either
_SOURCE_LABEL_NO_COLON_RE = re.compile(
    r"(?<!\S)(?P<label>来源|來源|稿源|出处|出處)\s+(?=[\u4e00-\u9fff《])"
)
# The headline a reposted article first had: （原标题：…）, 本文原标题：《…》
ORIGINAL_TITLE_RE = re.compile(r"[（(【\[]?\s*(?:本文)?原(?:标题|標題|题|題)(?:为|為)?\s*[:：《]")
# A video's title set above the text under its label (视频-…, 【视频】…, 视频：…): it may repeat
# the headline, and is neither text nor where the headline is shown.
VIDEO_TITLE_RE = re.compile(r"[【\[]?(?:视频|視頻)(?:[】\]]\s*|\s*[-－:：｜|丨]\s*)(?=\S)")
# An element whose text starts with a labelled field: 时间：… in <span>时间：…</span>.
FIELD_START_RE = re.compile(r"\s*(?:" + _ALL_LABELS + r")\s*[:：]")
# Either kind of label, in one search: what a line must hold to be worth parsing.
HAS_LABEL_RE = re.compile(
    "(?:"
    + _ALL_LABELS
    + r")\s*[:：]|(?:"
    + _alternation(LABELS["date"])
    + r")(?:\s+|(?<=[于於]))(?:19|20)\d\d"
)


def colonize(line: str) -> str:
    """Give a colon to a date label followed by a date without one.

    >>> colonize("网易娱乐 发布时间 2005/05/17 22:11:42 by 眉间尺")
    '网易娱乐 发布时间:2005/05/17 22:11:42 by 眉间尺'
    >>> colonize("作者：张三 发表于2005年09月07日 11:57 AM")
    '作者：张三 发表于:2005年09月07日 11:57 AM'
    >>> colonize("这项研究成果发表于2019年5月8日的《自然》杂志。")  # a sentence's words
    '这项研究成果发表于2019年5月8日的《自然》杂志。'
    >>> colonize("时间 2012-1-12 17:58:00 来源 采财网")
    '时间:2012-1-12 17:58:00 来源:采财网'
    """
    if not _DATE_LABEL_NO_COLON_RE.search(line):  # most lines: a C-level "no" is enough
        return line
    line = _DATE_LABEL_NO_COLON_RE.sub(r"\g<label>:", line)
    # and on such a line, a source's label set off by a space too (时间 2012-1-12 17:58:00 来源
    # 采财网): a meta line that writes no colon writes none anywhere
    return _SOURCE_LABEL_NO_COLON_RE.sub(r"\g<label>:", line)


#: A Chinese weekday (星期二, 周二, 礼拜二, in either script), as a pattern's part.
CHINESE_WEEKDAY = r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]"
#: The words a count of readers is shown with (浏览, 阅读, 查看 …), as a pattern's part.
COUNT_WORD = r"(?:查看|浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)"
_DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
    # (the weekday between the day and its time: 2024年3月5日 星期二 10:20)
    rf"(?:\s*[(（]?{CHINESE_WEEKDAY}[)）]?(?=\s*[0-2]?\d\s*[:：时]))?"
    r"(?:\s*(?:T|\s)?\s*(?P<H>[0-2]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[AaPp][Mm])\b)?)?"  # 2005年09月07日 11:57 PM
)
# the zone an ISO time names, after its fraction of a second if any: …Z, …+00:00, ….000-05:00
_ZONE_RE = re.compile(r"(?:\.\d{1,9})?(?:(?P<z>Z)|(?P<sign>[+-])(?P<hh>[01]\d):?(?P<mm>[0-5]\d)\b)")
# ASP and .NET pages in a US locale: 7/5/2005 9:23:57 PM (month first).
_US_DATE_RE = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])"
    r"(?:\s+(?P<H>1[0-2]|0?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s*(?P<ampm>[AaPp][Mm])\b)?"
)
# English: Jan 17, 2012 / January 17, 2012 10:30 AM / 17 January 2012 / Sept. 3, 2024, 3:04 p.m.
MONTHS = {
    name: n
    for n, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_EN_DATE_RE = re.compile(
    rf"\b(?:(?P<mon>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+|-)(?P<mon2>{_MONTH}),?)(?:\s+|-)(?P<y>(?:19|20)\d\d)"
    # (the time glued to the year where a minified page sets them in elements of their own:
    # March 13, 20159:00PM)
    r"(?:\b|(?=[0-2]?\d:[0-5]\d)|(?-i:(?=[A-Z])))"  # (or the next field's: 2017Updated)
    r"(?:,?\s*(?:at\s+)?(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?)?",
    re.IGNORECASE,
)
_VIEWS_RE = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<unit>[万萬千kKwW])?\s*次?")
_COUNT_THEN_LABEL_RE = re.compile(
    r"(?<![\d:])(?P<num>\d[\d,]*(?:\.\d+)?\s*[万萬]?)\s*次\s*(?:浏览|瀏覽|阅读|閱讀|点击|點擊)"
)
# a count after its word with no colon, ending there (阅读 123, 浏览 321 次, 阅读(123)): not a
# sentence's number (阅读 3 本书)
_LABEL_THEN_COUNT_RE = re.compile(
    rf"(?:^|(?<=[\s|｜])){COUNT_WORD}(?:次数|次數|量|数|數)?"
    r"\s*(?:[(（]\s*(?P<bracketed>\d[\d,]*)\s*[)）]|(?P<num>\d[\d,]*)(?:\s*次)?)"
    r"(?=\s*$|\s*[|｜/])"
)
_COUNTER_RE = re.compile(
    r"""(?:document\.write|\.html|\.text)\s*\(\s*['"]?\s*([\d.,]+\s*[万萬]?)"""
)
# (no spaces around: a regex that may start with a space tried every character of a long
# text; the crumbs are stripped)
_CRUMB_SPLIT_RE = re.compile(r"-+\s*>|>|＞|»|›|→|/|-&gt;")
# a separator left at a crumb's end (读书 - > 连载 -), and the page's tools after the last
# crumb, on the same line (正文 打印 RSS, 2007年第23号 字号： 默认 大 超大 | 打印 |)
_CRUMB_END_MARKS = ("-", "|", "·")
_CRUMB_END_RE = re.compile(rf"(?:\s+[{re.escape(''.join(_CRUMB_END_MARKS))}]+)+$")
_CRUMB_TOOLS_RE = re.compile(
    r"\s+(?:正文|打印|RSS|字号|【?字体|分享到?|收藏|关闭)(?=\s|$|[:：|】])"
)
_CRUMB_PREFIX_RE = re.compile(
    r"^.*?(?:您(?:当前|當前|现在|現在)?的?(?:位置|所在位置)|当前位置|當前位置|所在位置|位置)\s*[:：]?\s*"
)


@dataclass(frozen=True, slots=True)
class Meta:
    """Fields read from a meta line; ``None`` when absent or empty."""

    published_raw: str | None = None
    published_at: str | None = None
    author: str | None = None
    source: str | None = None
    views: int | None = None
    labels: tuple[str, ...] = ()
    author_label: str | None = None  # 作者, or 编辑 (an editor credited as the author)
    # the unit that supplied the story (供稿：机械工程学院): a source where the page names no
    # other (a 来源 at the text's end beats it), never a person (供稿：张华)
    supplier: str | None = field(default=None, repr=False)
    # a date field holding a date not read (7/5/2005: May or July; 3小时前)
    unread_date: bool = field(default=False, repr=False)


def parse_date(text: str, zone: tzinfo | None = CHINA_TZ) -> tuple[str, str] | None:
    """Find the first date in ``text``; return ``(raw, iso)``.

    A time that names its zone keeps it (``…Z``, ``…+00:00``); a time that does not is
    taken in ``zone`` (China time by default: a profile's ``timezone`` decides), or left
    without an offset when ``zone`` is None (a page of an unknown site).

    >>> parse_date("发布时间:2011-12-30 作者:")
    ('2011-12-30', '2011-12-30')
    >>> parse_date("2011年12月28日 09:37")
    ('2011年12月28日 09:37', '2011-12-28T09:37:00+08:00')
    >>> parse_date("2011/12/30 09:37:12")[1]
    '2011-12-30T09:37:12+08:00'
    >>> parse_date("2011-13-40") is None
    True
    >>> parse_date("2022-02-13T01:57:00Z")[1], parse_date("2022-02-13T09:57:00+08:00")[1]
    ('2022-02-13T01:57:00+00:00', '2022-02-13T09:57:00+08:00')
    >>> parse_date("2023-11-07T02:00:00.000-05:00")[1], parse_date("2023-11-07T07:00:00.5Z")[1]
    ('2023-11-07T02:00:00-05:00', '2023-11-07T07:00:00+00:00')
    >>> parse_date("发表于2005年09月07日 11:57 PM", zone=None)[1]
    '2005-09-07T23:57:00'
    >>> parse_date("2012-05-08 09:00-11:30", zone=None)[1]
    '2012-05-08T09:00:00'
    >>> parse_date("2022-02-13 09:57", zone=None)[1]
    '2022-02-13T09:57:00'
    >>> parse_date("March 13, 20159:00PM", zone=None)[1]  # a minified page's year and time
    '2015-03-13T21:00:00'
    >>> parse_date("by Jane ReardonDecember 22, 2016", zone=None)[1]  # a name and its date
    '2016-12-22'
    >>> parse_date("File photo by Jane RoeMarch 3, 2014") is None  # (a byline's only)
    True
    >>> parse_date("Published March 5, 2017Updated March 7, 2017", zone=None)[1]
    '2017-03-05'

    >>> parse_date("发布日期： 7/25/2005 9:23:57 PM")
    ('7/25/2005 9:23:57 PM', '2005-07-25T21:23:57+08:00')
    >>> parse_date("06/02/2022"), parse_date("7/5/2005 9:23:57 PM")  # day and month order unknown
    (None, None)
    >>> parse_date("CHQ Staff | 10/17/18"), parse_date("06/02/22"), parse_date("17/10/18")  # (%y)
    (('10/17/18', '2018-10-17'), None, None)
    >>> parse_date("Kennedy Space Center, 7/16/69."), parse_date("the 10/20/30 rule"), parse_date("12/13/14号楼")
    (None, None, None)
    >>> parse_date("14.05.2016", zone=None), parse_date("25/12/2019 17:02", zone=None)[1]  # day over 12
    (('14.05.2016', '2016-05-14'), '2019-12-25T17:02:00')
    >>> parse_date("Published Jan. 17, 2012, 3:04 p.m.", zone=None)
    ('Jan. 17, 2012, 3:04 p.m.', '2012-01-17T15:04:00')
    >>> parse_date("Feb 30, 2012, updated March 1, 2012")[1]  # no February 30: the next date
    '2012-03-01'
    >>> parse_date("17 September 2024")[1], parse_date("Mayor 17, 2012") is None
    ('2024-09-17', True)
    >>> parse_date("發文日期：中華民國107年3月13日"), parse_date("民國 99 年 1 月 5 日")[1]
    (('中華民國107年3月13日', '2018-03-13'), '2010-01-05')
    >>> parse_date("Sunday, Feb 1, 2015 11:57 AM UTC")  # a named zone is kept
    ('Feb 1, 2015 11:57 AM UTC', '2015-02-01T11:57:00+00:00')
    >>> parse_date("Jan 18, 2017 11:44 am PST", zone=None)[1], parse_date("Jan 18, 2017 9:00 CST", zone=None)[1]
    ('2017-01-18T11:44:00-08:00', '2017-01-18T09:00:00')
    >>> [parse_date(f"Mar 3, 2024 10:12 PM {z}", zone=None)[1][-6:] for z in ("GMT+8", "UTC+08:00", "GMT -5", "GMT")]
    ['+08:00', '+08:00', '-05:00', '+00:00']
    >>> [parse_date(f"2024-03-05 10:20 {z}", zone=None)[1][-6:] for z in ("UTC", "GMT+1", "（北京时间）", "CST")]
    ['+00:00', '+01:00', '+08:00', ':20:00']
    """
    for m in _DATE_RE.finditer(text):
        found = _as_iso(m, zone)
        if found:
            return found
    if "民國" in text or "民国" in text:  # Taiwan's calendar: 中華民國107年3月13日 is 2018
        for m in _ROC_DATE_RE.finditer(text):
            try:
                day = datetime(int(m["y"]) + ROC_YEAR_ZERO, int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            return m[0], day.date().isoformat()
    if _BYLINE_START_RE.match(text) and GLUED_MONTH_RE.search(text):
        # a byline whose name a minified page runs into its date (by Jane ReardonDecember 22)
        text = GLUED_MONTH_RE.sub(" ", text)
    for m in _EN_DATE_RE.finditer(text):
        found = _english(m, zone)
        if found:
            return found
    if "/" in text:
        for m in _US_DATE_RE.finditer(text):
            if int(m["d"]) <= 12:
                # 7/5/2005 9:23:57 PM: July 5 in a US locale, 7 May as Chinese readers (and
                # the labels of real pages) read it. Either may be meant: no date.
                continue
            found = _as_iso(m, zone)
            if found:
                return found
    if "/" in text:
        for m in _US_SHORT_YEAR_RE.finditer(text):
            # 10/17/18: the month first, its day over 12, the year's last two digits (as
            # strptime's %y reads them: 69 to 99 the 1900s); no other order reads it (month
            # 17 of 2010). Its day under 13 (06/02/22), or first (17/10/18: 2017-10-18 too):
            # no date.
            year = int(m["yy"]) + (1900 if int(m["yy"]) >= SHORT_YEAR_PIVOT else 2000)
            try:
                day = date(year, int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            if day <= date.today():  # (10/20/30: no page is dated 2030)
                return m[0], day.isoformat()
    if "/" in text or "." in text:
        # 14.05.2016, 14/05/2016: a day over 12 first is the day (no order guessed)
        for m in _DAY_FIRST_DATE_RE.finditer(text):
            found = _as_iso(m, zone)
            if found:
                return found
    return None


# a US date with the year's last two digits, its day over 12 (10/17/18)
# (a line's last words, or before a bar or its time: CHQ Staff | 10/17/18; not in a sentence,
# a caption's "…Center, 7/16/69.", a rule's 10/20/30, building numbers 12/13/14号楼)
_US_SHORT_YEAR_RE = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|2\d|1[3-9])/(?P<yy>\d\d)"
    r"(?=\s*(?:$|[|·•]|\d{1,2}:\d\d))"
)
#: Two-digit years from here on are of the 1900s, below it of the 2000s (strptime's %y).
SHORT_YEAR_PIVOT = 69

# (the day first only where it is over 12: 13 to 31; a 24-hour time after it maybe)
_DAY_FIRST_DATE_RE = re.compile(
    r"(?<![\d/.])(?P<d>3[01]|2\d|1[3-9])(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<y>(?:19|20)\d\d)(?![\d/.])"
    r"(?:,?\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)?"
)


#: The year before the Republic of China's first (民國1年 is 1912).
ROC_YEAR_ZERO = 1911
_ROC_DATE_RE = re.compile(
    r"(?:中華|中华)?民[國国]\s*(?P<y>\d{1,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
_BYLINE_START_RE = re.compile(r"\s*(?:By|BY|by)(?:\b|(?=[A-Z][a-z]))")  # (ByJane Doe: glued too)
# a month glued to the word before it, then its day and year: a byline's names and its
# <time> element, which the page sets apart by its style (By … ALEXANDER BURNSAUG. 24, 2016)
GLUED_MONTH_RE = re.compile(
    r"(?<=[A-Za-z])(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:"
    + "|".join(
        sorted({f(m) for m in MONTHS for f in (str.upper, str.title)}, key=len, reverse=True)
    )
    + r")\.?\s+\d{1,2}(?:,\s+\d{4}|\s+at\s+\d))"
)  # (or its day and time: By Erin CunninghamMarch 18 at 3:57 PM)


def day_alone(text: str) -> bool:
    """A day and nothing else: its weekday, its time, separators beside it (``Tuesday, March
    3, 2024``, ``2012年01月12日 星期四``), not a date among other words.

    >>> day_alone("Tuesday, March 3, 2024"), day_alone("2012年01月12日 星期四 |"), day_alone("Posted March 3, 2024")
    (True, True, False)
    """
    return day_alone_date(text) is not None


def day_alone_date(text: str) -> tuple[str, str] | None:
    """The ``(raw, iso)`` of a :func:`day_alone` text (no zone given), else None.

    >>> day_alone_date("2018-07-31 08:19"), day_alone_date("Posted March 3, 2024")
    (('2018-07-31 08:19', '2018-07-31T08:19:00'), None)
    """
    found = parse_date(text, zone=None)
    if found and not _WEEKDAY_RE.sub("", text.replace(found[0], "")).strip(" |:：()（）·-,，"):
        return found
    return None


_WEEKDAY_RE = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]|[A-Z][a-z]+day")


def _english(m: re.Match[str], zone: tzinfo | None) -> tuple[str, str] | None:
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    try:
        day = datetime(int(m["y"]), month, int(m["day"] or m["day2"]), tzinfo=zone)
        if m["H"] is None:
            return m[0].strip(), day.date().isoformat()
        hour = int(m["H"])
        if m["ampm"]:
            hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
        moment = day.replace(hour=hour, minute=int(m["M"]), second=int(m["S"] or 0))
    except ValueError:
        return None
    return _in_named_zone(m, moment) or (m[0].strip(), moment.isoformat())


def _in_named_zone(m: re.Match[str], moment: datetime) -> tuple[str, str] | None:
    """The ``(raw, iso)`` of the time ``m`` read (``moment``) in the zone named right after
    it (Feb 1, 2015 11:57 AM UTC; GMT+8, UTC+08:00, GMT-5: the offset written after it;
    2024-03-05 10:20（北京时间）), or None where none is named."""
    named = _NAMED_ZONE_RE.match(m.string, m.end()) or _BEIJING_TIME_RE.match(m.string, m.end())
    if named is None:
        return None
    if named.re is _BEIJING_TIME_RE:
        ahead = timedelta(hours=8)
    elif named["sign"]:
        sign = 1 if named["sign"] == "+" else -1
        ahead = timedelta(hours=int(named["hh"]), minutes=int(named["mm"] or 0)) * sign
    else:
        ahead = timedelta(hours=NAMED_ZONES[named["zone"]])
    moment = moment.replace(tzinfo=timezone(ahead))
    return f"{m[0].strip()} {named[0].strip()}", moment.isoformat()


#: The zones an English time may name, by the hours they are ahead of UTC: those that name one
#: zone only (not CST: China's or America's Central; not IST; not ET, PT: summer or winter)
NAMED_ZONES = {
    "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}  # fmt: skip
_NAMED_ZONE_RE = re.compile(
    rf"\s*\(?(?:(?P<zone>{'|'.join(NAMED_ZONES)})(?!\s?[+\-−]\d)"
    r"|(?:UTC|GMT)\s?(?P<sign>[+-])(?P<hh>1[0-4]|0?\d)(?::?(?P<mm>[0-5]\d))?)\b\)?"
)


def _as_iso(m: re.Match[str], zone: tzinfo | None) -> tuple[str, str] | None:
    try:
        day = datetime(int(m["y"]), int(m["m"]), int(m["d"]), tzinfo=zone)
        if m["H"] is None:
            return m[0].strip(), day.date().isoformat()
        hour = int(m["H"])
        if m.groupdict().get("ampm"):
            hour = hour % 12 + (12 if m["ampm"].lower() == "pm" else 0)
        moment = day.replace(hour=hour, minute=int(m["M"]), second=int(m["S"] or 0))
        # ISO times may name their zone (…Z, …+00:00); 09:00-11:30 is a range, not a zone
        named = (m["S"] or "T" in m[0]) and _ZONE_RE.match(m.string, m.end())
        if named:
            offset = (
                timedelta(0)
                if named["z"]
                else (1 if named["sign"] == "+" else -1)
                * timedelta(hours=int(named["hh"]), minutes=int(named["mm"]))
            )
            moment = moment.replace(tzinfo=timezone(offset))
            return m[0].strip() + named[0], moment.isoformat()
        if zoned := _in_named_zone(m, moment):  # 2024-03-05 10:20 UTC
            return zoned
    except ValueError:
        return None
    return m[0].strip(), moment.isoformat()


_BEIJING_TIME_RE = re.compile(r"\s*[（(]?(?:北京时间|北京時間)[)）]?")


def parse_views(text: str) -> int | None:
    """Read a view count: ``8159``, ``8159次``, ``1.2万``, ``12,345``.

    Exact for any size (a ``万`` count is not rounded through a float); whether the
    value fits the store is the validate pipeline's question.

    >>> parse_views("1377511"), parse_views("50995次"), parse_views("1.2万"), parse_views("")
    (1377511, 50995, 12000, None)
    >>> parse_views("99999999999999万"), parse_views("1.2.3")
    (999999999999990000, None)
    """
    m = _VIEWS_RE.match(text.strip())
    if not m:
        return None
    try:
        number = Decimal(m["num"].replace(",", ""))
    except InvalidOperation:
        return None
    unit = m["unit"]
    if unit in ("万", "萬", "w", "W"):
        number *= 10_000
    elif unit in ("千", "k", "K"):
        number *= 1_000
    return int(number.to_integral_value(ROUND_HALF_EVEN) if unit else number)


def parse_counter_answer(text: str) -> int | None:
    """Read the number a counter script writes.

    >>> parse_counter_answer("document.write('8159');")
    8159
    >>> parse_counter_answer("$('#hits').html('123');")
    123
    >>> parse_counter_answer("<html>error</html>") is None
    True
    """
    m = _COUNTER_RE.search(text)
    return parse_views(m[1]) if m else None


def event_hours(text: str) -> bool:
    """Whether the first date of ``text`` is an event's day followed by its hours (a start and
    an end: 时间：2017/06/13（二）09:00-12:00, 上午9:00—11:30, 14:00至17:00): a forum's, a
    meeting's, no publication's.

    >>> event_hours("時間：2017/06/13（二）09:00-12:00 a.m."), event_hours("时间：2017-06-13 14:00至17:00")
    (True, True)
    >>> event_hours("发布时间：2017-06-13 09:00"), event_hours("日期：2019-09-27 - 10:20")
    (False, False)
    """
    if _UNTIL_RE.search(text, 0, 120) is None:
        return False  # (no span of hours: most lines, without a date's reading)
    found = parse_date(text[:80])
    if found is None:
        return False
    hours = _UNTIL_RE if ":" in found[0] or "：" in found[0] else _HOURS_RE
    return hours.match(text, text.find(found[0]) + len(found[0])) is not None


# the hours of an event after its day (（二）09:00-12:00, 上午9:00—11:30, 14:00至17:00); the end
# alone where the day's reading took the start (2017-06-13 09:00 | -12:00)
_UNTIL = r"\s*[-–—~～至到]\s*(?:上午|下午|晚上|中午)?\s*\d{1,2}[:：]\d{2}"
_HOURS_RE = re.compile(
    r"\s*(?:[（(][^)）]{1,4}[)）])?\s*(?:上午|下午|晚上|早上|中午)?\s*\d{1,2}[:：]\d{2}" + _UNTIL
)
_UNTIL_RE = re.compile(_UNTIL)


def _value(text: str, field: str) -> str | None:
    """The value right after a label, up to the next whitespace (dates may hold a time).

    An empty field stays empty: what follows it (a separator ``|``, the line's closing
    ``]``, 打印, a 繁體 link) is no value.

    >>> _value(" | 来源", "source"), _value(" ]", "source"), _value(" 打印 字号:", "author")
    (None, None, None)
    >>> _value("资料图", "source"), _value("【新华社】", "source"), _value(" 2019-11-25", "source")
    (None, '新华社', None)
    >>> _value(" 转载文章", "source") is None  # reposted: no outlet named
    True
    >>> _value(" 未知", "source"), _value(" 不详", "source")  # the page does not know
    (None, None)
    >>> _value("《人民日报》（2024年03月05日 第 04 版）", "source")  # the edition's day after it
    '《人民日报》'
    >>> _value("[2016年11月03日] -- 华商报 --", "date")
    '2016年11月03日'

    """
    if field == "date":
        if text[:3].lstrip()[:1] in _OPENER_KIND:
            text = text.lstrip(_OPENERS + " \u3000")  # an e-paper's 日期:[2016年11月03日]
        found = parse_date(text[:40])
        if found and text.lstrip().startswith(found[0][:4]):
            return found[0]
        return _short_year(text) or _roc_year(text)
    if field in ("author", "editor"):
        return credited_names(text)
    text = text.lstrip(" \u3000")
    if text[:1] in _OPENER_KIND and text[1:2].isspace():
        text = text.lstrip(_OPENERS + " \u3000")  # 来源：[ 人民网 ]
    value = text.split(maxsplit=1)[0] if text.strip() else ""
    value = unbracketed(value)  # 【新华社】, 新华社】, not 人民日报（海外版）
    if field == "source" and (value in _NO_OUTLET or no_name(value)):
        return None  # 来源：资料图 under a photo (the picture's), 来源：转载文章, 来源：未知 (none)
    if field == "source" and _DATE_START_RE.match(value):
        return None  # 来源： 2019-11-25 10:37: an empty field, then the (unlabelled) date
    if field == "source":
        # (less a bracket the date after it opened: 《人民日报》（2024年03月05日 第 04 版）)
        value = _unglued(value).rstrip("（([【〔")
    return value if is_value(value) else None


# a date run on after a value, where the page's markup puts no space between their elements
_GLUED_DATE_RE = re.compile(
    r"(?<=\D)(?:19|20)\d\d(?:[-/.年](?:1[0-2]|0?[1-9])(?:[-/.月]|$)|(?:0[1-9]|1[0-2])[0-3]\d\b)"
)  # (a year's month: not an edition's years, 年鉴2021-2022)


def _unglued(value: str) -> str:
    """A source's value without what a page that puts no space between its elements runs
    on after it: the date (太原晚报2021-11-25), a link of the line's furniture (红周刊举报).

    >>> _unglued("太原晚报2021-11-25"), _unglued("新京报举报"), _unglued("人民日报2版")
    ('太原晚报', '新京报', '人民日报2版')
    >>> _unglued("中国评论"), _unglued("每日推荐"), _unglued("中国统计年鉴2021-2022")
    ('中国评论', '每日推荐', '中国统计年鉴2021-2022')
    >>> _unglued("读书分享"), _unglued("中华老字号"), _unglued("南极熊3D打印")
    ('读书分享', '中华老字号', '南极熊3D打印')
    >>> _unglued("新闻午报网友评论")  # the comments' link after it
    '新闻午报'

    """
    if (m := _GLUED_DATE_RE.search(value)) and m.start() >= 2:
        value = value[: m.start()]
    for word in _LINE_CONTROLS:
        if value.endswith(word) and len(value) - len(word) >= 2:
            return value[: -len(word)]
    return value


_PICTURE_SOURCES = frozenset(
    {"资料图", "資料圖", "资料图片", "資料圖片", "网络图片", "網絡圖片", "网络", "網絡", "网图", "图片",
     "圖片", "截图", "截圖", "视频截图", "視頻截圖", "网络截图"}
)  # fmt: skip


# (reposted, from an outlet the field does not name)
_REPOSTED = frozenset({"转载", "轉載", "转载文章", "轉載文章", "网络转载", "網絡轉載"})
_NO_OUTLET = _PICTURE_SOURCES | _REPOSTED


_SHORT_YEAR_RE = re.compile(r"\s*(\d\d)-(\d\d)-(\d\d)(?:\s*(\d\d?:\d\d(?::\d\d)?))?(?![\d-])")


def _short_year(text: str) -> str | None:
    """A labelled date with a two-digit year (发布时间：18-03-08 23:16) as a full date, of this
    century and not in the future; only right after a date label, where nothing else fits.

    >>> _short_year(" 18-03-08 23:16 来源"), _short_year(" 99-03-08"), _short_year(" 12-345")
    ('2018-03-08 23:16', None, None)
    >>> _short_year("18-03-0823:16")  # two elements run together
    '2018-03-08 23:16'

    """
    m = _SHORT_YEAR_RE.match(text)
    if not m or int(m[1]) > datetime.now(CHINA_TZ).year % 100:
        return None
    return _full_date(2000 + int(m[1]), m[2], m[3], m[4])


def _full_date(year: int, month: str, day: str, time: str | None) -> str | None:
    """The date (and time) as :func:`parse_date` reads it, where it is one (not 2018-02-30)."""
    full = f"{year}-{int(month):02d}-{int(day):02d}" + (f" {time}" if time else "")
    return full if parse_date(full) else None


def _roc_year(text: str) -> str | None:
    """A labelled date with the year of Taiwan's calendar in three digits (發布日期：112-06-13,
    as its government portals write it: 100 is 2011) as a full date, not in the future; only
    right after a date label (no year of ours has three digits).

    >>> _roc_year(" 112-06-13"), _roc_year("112/6/13 14:05"), _roc_year(" 99-06-13"), _roc_year(" 112-06-135")
    ('2023-06-13', '2023-06-13 14:05', None, None)
    """
    m = _ROC_DIGITS_RE.match(text)
    if not m or int(m["y"]) > datetime.now(CHINA_TZ).year - ROC_YEAR_ZERO:
        return None
    return _full_date(int(m["y"]) + ROC_YEAR_ZERO, m["m"], m["d"], m["time"])


_ROC_DIGITS_RE = re.compile(
    r"\s*(?P<y>1\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.-])"
    r"(?:\s*(?P<time>[0-2]?\d:[0-5]\d(?::[0-5]\d)?))?"
)


def after_field_values(line: str) -> list[str]:
    """What a meta line sets after each labelled field's value (its first word), up to the
    next label: a reporter credited without a label of their own.

    >>> after_field_values("来源：中国质量报 记者 王晓东 李华 2023-05-01 10:20")
    ['记者 王晓东 李华 2023-05-01 10:20']
    >>> after_field_values("来源：新华社 作者：张三"), after_field_values("本报讯 国家市场监管总局")
    ([], [])
    """
    return [
        words[1].strip() for _, text in _fields(line) if len(words := text.split(maxsplit=1)) == 2
    ]


def may_hold_label(text: str) -> bool:
    """Whether ``text`` may hold one of :data:`LABELS` (all Chinese but 博客园's ``posted @``):
    an English line is passed over without the regexes' walk through it.

    >>> may_hold_label("Source: Reuters"), may_hold_label("posted @ 2023-12-13"), may_hold_label("来源：新华网")
    (False, True, True)
    >>> may_hold_label("“Source”: a quote’s curly marks")  # (not ASCII, no Chinese either)
    False
    """
    return "posted @" in text or has_chinese(text)


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (an ASCII text is known to hold none at once)."""
    return not text.isascii() and _CHINESE_RE.search(text) is not None


# (one class: the regex engine looks for its characters fast, where the labels' alternation
# walked through an English paragraph's every position)
_CHINESE_RE = re.compile(r"[\u3400-\u9fff]")


def _fields(line: str) -> list[tuple[re.Match[str], str]]:
    """Each label of a meta line and the text after it, up to the next label."""
    matches = list(_LABEL_RE.finditer(line)) if may_hold_label(line) else []
    ends = [m.start() for m in matches[1:]] + [len(line)]
    return [(m, line[m.end() : end]) for m, end in zip(matches, ends, strict=False)]


def is_field_line(line: str) -> bool:
    """A short line that starts with a label: one field of a meta line set one per line.

    >>> is_field_line("来源：腾讯"), is_field_line("据新华社报道，来源：国家统计局的数据显示……")
    (True, False)
    """
    return len(line) <= 60 and may_hold_label(line) and _LABEL_RE.match(line) is not None


def is_value(word: str) -> bool:
    """A field's value, not what follows an empty field on a meta line.

    >>> [is_value(w) for w in ("人民网", "admin", "|", "]", "打印", "繁體", "简体中文", "")]
    [True, True, False, False, False, False, False, False]
    >>> is_value('size="20"'), is_value("<<人民日报>>")  # markup shown as text: no name
    (False, True)
    >>> is_value("近日，国家发展改革委召开新闻发布会。")  # the text after an empty field
    False
    """
    return (
        bool(word)
        and _WORD_RE.search(word) is not None
        and word not in _NOT_VALUES
        and _MARKUP_RE.search(word) is None
        and _SENTENCE_MARK_RE.search(word) is None
    )


_OPENERS = "[【(（"  # (what a bracketed field's value may open with: 来源：【新华社】)


# Roles written before or between names in a byline: 作者：本报记者 张三 / 记者 李四 王五
_ROLE_PREFIX = r"(?:本报|本網|本网|本刊|特约|特約|实习|實習|见习|見習|网络|網絡)?"
_WRITERS_ROLES = r"记者|記者|通讯员|通訊員|实习生|實習生"
ROLE_RE = re.compile(
    rf"^{_ROLE_PREFIX}(?:{_WRITERS_ROLES}|编辑|編輯|责编|責編|摄影|攝影|整理|评论员|評論員)$"
)
# an outlet's reporter, written as one word before the name: 新华社记者, 《中国企业家》记者
_OUTLETS_REPORTER_RE = re.compile(r"\S{2,20}?(?:记者|記者|通讯员|通訊員|实习生|實習生)")
#: What a name's field holds when the page does not know: no author, no source; nor is the
#: CMS's own account that posted the text (作者：admin, 管理员, Joomla's 作者：Super User: a
#: default account, nobody's name), nor a template's word where no name was entered (Author,
#: Guest). Latin words in lower case: :func:`no_name` reads them in any.
NO_NAME = frozenset(
    ["未知", "佚名", "不详", "不詳", "匿名", "无", "無", "暂无", "暫無", "访客", "訪客", "游客", "遊客",
     "管理员", "管理員", "系统管理员",
     "系統管理員", "超级管理员", "超級管理員", "网站管理员", "網站管理員",
     "admin", "administrator", "webmaster", "anonymous", "unknown", "guest", "user", "author",
     "authors", "super user", "superuser"]
)  # fmt: skip


def no_name(value: str) -> bool:
    """Whether a name's field holding ``value`` names nobody (:data:`NO_NAME`), in either
    script, a Latin word in any letter case.

    >>> [no_name(v) for v in ("佚名", "Unknown", "ADMINISTRATOR", "WebMaster", "Super User", "张三", "Guest Writer")]
    [True, True, True, True, True, False, False]
    """
    return value in NO_NAME or (value.isascii() and value.lower() in NO_NAME)


_DATE_START_RE = re.compile(r"\d{2,4}[-/.年]")
# a comment box's words, no name's: 我有话说（0条跟帖）, 发表评论, 参与互动
_COMMENTS_RE = re.compile(
    r"(?:评论|評論)(?![员員部])|跟帖|留言|我有话说|我有話說|参与互动|參與互動"
)
# brackets by kind, either width (a page may open a bracket in one and close it in the other:
# 人民日报(海外版）)
_OPENER_KIND = {
    "(": "(",
    "（": "(",
    "[": "[",
    "【": "[",
    "［": "[",
    "〔": "[",
    "「": "「",
    "『": "「",
    "《": "《",
}
_CLOSER_KIND = {
    ")": "(",
    "）": "(",
    "]": "[",
    "】": "[",
    "］": "[",
    "〕": "[",
    "」": "「",
    "』": "「",
    "》": "《",
}
_BRACKETS = frozenset(_OPENER_KIND) | frozenset(_CLOSER_KIND)


def strip_stray_closers(word: str) -> str:
    """A word up to the first closing bracket whose opener it does not hold: the end of a
    bracketed credit (``（责任编辑：HN666）``, ``[编辑：杨洁]``), and whatever a page without
    spaces runs on after it (``【来源：新华社】【作者：张三】``: 新华社】【, not a source),
    less the openers that end it (新华社【: the next field's).

    >>> strip_stray_closers("HN666）"), strip_stray_closers("人民日报（海外版）")
    ('HN666', '人民日报（海外版）')
    >>> strip_stray_closers("新华社】【"), strip_stray_closers("张三]["), strip_stray_closers("】【")
    ('新华社', '张三', '')
    >>> strip_stray_closers("人民日报(海外版）】【"), strip_stray_closers("新华社【")
    ('人民日报(海外版）', '新华社')
    """
    if not _BRACKETS.intersection(word):
        return word
    opened: dict[str, int] = {}
    for at, character in enumerate(word):
        if (kind := _OPENER_KIND.get(character)) is not None:
            opened[kind] = opened.get(kind, 0) + 1
        elif (kind := _CLOSER_KIND.get(character)) is not None:
            if not opened.get(kind):
                word = word[:at]
                break
            opened[kind] -= 1
    return word.rstrip("".join(_OPENER_KIND))


def unbracketed(word: str) -> str:
    """A field's value as a word: :func:`strip_stray_closers`, then out of the brackets that
    wrap it whole (【新华社】, [王晓东], 「澎湃新闻」), and less a reposting's tag before it
    ([转载]新浪财经).

    >>> unbracketed("【新华社】【"), unbracketed("[王晓东]"), unbracketed("「澎湃新闻」【")
    ('新华社', '王晓东', '澎湃新闻')
    >>> unbracketed("(中国)国际电子商务中心"), unbracketed("[转载]新浪财经"), unbracketed("《求是》")
    ('(中国)国际电子商务中心', '新浪财经', '《求是》')
    >>> unbracketed("【央视新闻】客户端")
    '央视新闻客户端'

    """
    word = strip_stray_closers(word)
    if (
        len(word) > 2
        and (kind := _OPENER_KIND.get(word[0])) is not None
        and kind != "《"  # (a publication's title marks are the page's way to name it)
        and _CLOSER_KIND.get(word[-1]) == kind
        and strip_stray_closers(word[1:-1]) == word[1:-1]  # (one pair around it all)
    ):
        return word[1:-1].strip()
    if m := _REPOST_TAG_RE.match(word):
        return word[m.end() :]
    if m := _LEADING_SQUARE_RE.match(word):  # 【央视新闻】客户端: the brackets set it off
        return m["name"] + word[m.end() :]
    return word


# a name set off in square brackets at a word's start (【央视新闻】客户端), not in parentheses:
# (中国)国际电子商务中心 writes them as part of its name
_LEADING_SQUARE_RE = re.compile(r"[\[【［〔](?P<name>[^\[\]【】［］〔〕]+)[\]】］〕]")


# a reposting's tag in brackets before the outlet's name: [转载]新浪财经
_REPOST_TAG_RE = re.compile(r"[\[【(（](?:转载|轉載|转帖|轉帖|转)[\]】)）]\s*")


# the links of a meta line's furniture that no outlet's name ends with (中国评论, 每日推荐,
# 读书分享, 中华老字号, 南极熊3D打印 do)
_LINE_CONTROLS = (
    "举报", "舉報", "纠错", "糾錯", "关闭", "關閉", "返回", "顶部", "頂部", "网友评论", "網友評論",
)  # fmt: skip
_FURNITURE_WORDS = {
    "打印", "关闭", "關閉", "收藏", "分享", "字号", "字號", "评论", "評論", "返回", "顶部", "頂部",
    "推荐", "推薦", "举报", "舉報", "纠错", "糾錯",
}  # fmt: skip
# what stands after an empty field: furniture, and the links between the scripts
_NOT_VALUES = _FURNITURE_WORDS | {
    "打印本页", "关闭窗口", "字号:", "字号：", "繁体", "繁體", "简体", "簡體", "繁体中文", "繁體中文",
    "简体中文", "簡體中文", "English", "手机版", "手機版", "查看原文", "阅读原文", "閱讀原文", "原文链接",
    "原文鏈接",
}  # fmt: skip
_WORD_RE = re.compile(r"[^\W_]")  # a letter, a digit or a Chinese character
# a tag's start or an attribute's value (<font, size="20"), not ASCII title marks (<<人民日报>>)
_MARKUP_RE = re.compile(r"<[A-Za-z/!]|\w=[\"']")
_SENTENCE_MARK_RE = re.compile(r"[，。；！？]")
_SECOND_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,3}")
#: A word of a person's name in Latin letters, with the accented letters of Western and
#: Central European names (John, O'Neil, J., André, Müller-Lüdenscheidt, Łukasz)
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž.'’-]*"
_LATIN_NAME_WORD_RE = re.compile(NAME_WORD)


# The common surnames (simplified), and the first characters of compound ones (欧阳, 上官,
# 诸葛, 司马, 东方, 皇甫, 长孙, 宇文, 轩辕, 令狐, 端木...).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗"
    "燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危"
    "玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由上东皇长宇轩令端洪赖"
)


def looks_like_name(name: str) -> bool:
    """A Chinese personal name: two to four characters starting with a surname, or a name with
    a middle dot (阿不都·热合曼). Verbs a sentence puts after 记者 are not.

    >>> [looks_like_name(n) for n in ("张三", "欧阳修", "張三", "阿不都·热合曼", "介绍", "大吃一惊", "反映")]
    [True, True, True, True, False, False, False]
    >>> looks_like_name("赖少华"), looks_like_name("洪磊")  # among the hundred commonest
    (True, True)
    """
    if "·" in name:
        return True
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    return to_simplified(name[0]) in _SURNAMES


# Words that start with a surname's character yet name a kind of content, a column or a
# publication: 金融, 高清图片, 文字, 时政, 周刊, 公司, 原创, 文化频道.
_NOT_PERSON_RE = re.compile(
    r"(?:图片|圖片|频道|頻道|新闻|新聞|要闻|要聞|时政|時政|金融|财经|財經|文字|原创|原創|周刊|週刊|"
    r"公司|集团|集團|中心|日报|日報|晚报|晚報|网|網|报|報|社|台|刊|报道|報道|报导|報導)$"  # (上海报道: a dateline)
    r"|^(?:文字|图文|圖文|时政|時政|原创|原創)"
    # and the words a column's name puts after 记者 or 评论员 (记者连线, 记者万里行, 评论员文章)
    r"|^(?:文章|连线|連線|调查|調查|观察|觀察|手记|手記|探访|探訪|走访|走訪|暗访|暗訪|直击|直擊|"
    r"专访|專訪|采访|採訪|万里行|萬里行|时评|時評|快评|快評|短评|短評|述评|述評|综述|綜述)$"
    # what an interview's 记者 says, a reporter's bio's heading (谢, 简 are surnames: 记者：谢谢您,
    # 记者简介; a credit's 文图 after the name ends the names: generic's _NOT_NAMES)
    r"|^(?:谢谢|謝謝|您好|你好|再见|再見|简介|簡介)"
)


def looks_like_person(name: str) -> bool:
    """A name that looks like a person's, not a publication's or a column's."""
    return looks_like_name(name) and not _NOT_PERSON_RE.search(name)


# a reporter's role glued to a name of two or three characters: 记者王敬照, 本报记者李四
_REPORTER_NAME_RE = re.compile(
    r"(?:本报|本報|本网|本網|特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員)"
    r"(?P<name>[\u4e00-\u9fff]{2,3})"
)


# a role in brackets after a name: 王晓东（实习）, 李华(通讯员)
_BRACKETED_ROLE_RE = re.compile(
    r"(?<=[^\s（(])[（(](?:实习生?|實習生?|见习|見習|记者|記者|通讯员|通訊員|摄影|攝影|特约|特約)[)）]$"
)
# a newsroom's code for its staff member after a person's name (千龙网's 陈健男（QE0022）): not a
# class's year (张伟（EMBA2015）), nor a code that names a thing (峰会观察（G20）: no person's name)
_STAFF_CODE_RE = re.compile(r"[（(][A-Z]{1,4}(?!(?:19|20)\d\d[)）])\d{2,6}[)）]$")


def _without_staff_code(word: str) -> str:
    """``word`` less a staff code after a person's name (陈健男（QE0022）: 陈健男).

    >>> [_without_staff_code(w) for w in ("陈健男（QE0022）", "峰会观察（G20）", "张伟（EMBA2015）")]
    ['陈健男', '峰会观察（G20）', '张伟（EMBA2015）']
    """
    found = _bracket_after_person(word, _STAFF_CODE_RE)
    return found[0] if found else word


#: The last characters of an organisation's name (北京大学, 计量司, 质检站): an office's, not a
#: person's (see also crawler.generic's poster rules).
OFFICE_LAST_CHARACTERS = (
    "网網报報社台刊局站部委厅廳办辦院会會心处處署所科队隊组組司室团團厂廠校馆館"
)
_ORGANISATION_END_RE = re.compile(
    rf"(?:[{OFFICE_LAST_CHARACTERS}]|大学|大學|中学|中學|小学|小學|公司|集团|集團)$"
)
# who a person is, in brackets after the name (作者：张三（北京大学）, 王一（中国计量科学研究院研究员）)
_BRACKETED_AFFILIATION_RE = re.compile(r"[（(](?P<who>[^（）()]{2,40})[)）]$")


def _without_affiliation(word: str) -> str:
    """``word`` less who the person is, in brackets after a person's name: an organisation's
    name or a description (see :func:`described`); not a note on the name itself (张三（音）, a
    transliteration's), nor after an office's name.

    >>> [_without_affiliation(w) for w in ("张三（北京大学）", "王一(中国计量科学研究院研究员)", "李明（总局计量司）")]
    ['张三', '王一', '李明']
    >>> [_without_affiliation(w) for w in ("张三（音）", "峰会观察（中心）", "计量司（总局）")]
    ['张三（音）', '峰会观察（中心）', '计量司（总局）']
    """
    found = _bracket_after_person(word, _BRACKETED_AFFILIATION_RE)
    if found is None or names_an_office(name := found[0]):
        return word  # (计量司（国家市场监督管理总局）: an office, as shown)
    who = found[1]["who"].strip()
    return name if names_an_office(who) or described(who) else word


def names_an_office(name: str) -> bool:
    """Whether ``name`` ends as an organisation's does (北京大学, 计量司, 宣传部, 某某公司)."""
    return _ORGANISATION_END_RE.search(name) is not None


def _bracket_after_person(word: str, pattern: re.Pattern[str]) -> tuple[str, re.Match] | None:
    """The person's name before the bracket ``pattern`` finds ending ``word``, and the match."""
    m = pattern.search(word)
    return (word[: m.start()], m) if m and looks_like_person(word[: m.start()]) else None


def _spaced_names_joined(words: list[str]) -> list[str]:
    """``words`` with the names opening them spaced out character by character, as
    typesetting evens out names of two and three characters (作者：张　三, 王　芳　李　军), as
    names: a run of two or three single characters is one name, of four two names, where each
    reads as a person's. Not after a name (刘洋 大 中 小: a font size's controls).

    >>> _spaced_names_joined(["张", "三"]), _spaced_names_joined(["王", "晓", "明"]), _spaced_names_joined(["王", "芳", "李", "军"])
    (['张三'], ['王晓明'], ['王芳', '李军'])
    >>> _spaced_names_joined(["刘洋", "大", "中"]), _spaced_names_joined(["大", "中", "小"])
    (['刘洋', '大', '中'], ['大', '中', '小'])
    """
    run = 0
    while run < len(words) and len(words[run]) == 1 and CHINESE_CHARACTER_RE.match(words[run]):
        run += 1
    if run in (2, 3):
        names = ["".join(words[:run])]
    elif run == 4:
        names = [words[0] + words[1], words[2] + words[3]]
    else:
        return words
    return [*names, *words[run:]] if all(map(looks_like_person, names)) else words


#: A Chinese character (the CJK Unified Ideographs' main block).
CHINESE_CHARACTER_RE = re.compile(r"[\u4e00-\u9fff]")


def without_glued_role(word: str) -> str:
    """A name without the reporter's role glued before it; a word that is no name after the
    role stays whole (记者协会, 记者站长: what the page shows).

    >>> [without_glued_role(w) for w in ("记者王敬照", "本报记者李四", "记者协会", "记者站长", "记者站")]
    ['王敬照', '李四', '记者协会', '记者站长', '记者站']
    """
    m = _REPORTER_NAME_RE.fullmatch(word)
    return m["name"] if m and looks_like_person(m["name"]) else word


# the titles a credit puts after an author's affiliation (作者：北京大学国家发展研究院教授、博士生
# 导师 李四): academic, medical, professional, an office's
_TITLES = (
    "副教授|教授|副研究员|助理研究员|研究员|博士生导师|硕士生导师|博士生導師|碩士生導師|导师|導師|院士|"
    "博士后|博士後|博士|主任医师|主任醫師|医师|醫師|律师|律師|高级工程师|高級工程師|工程师|工程師|"
    "副主任|主任|副院长|副院長|院长|院長|副所长|副所長|所长|所長|书记|書記|局长|局長|处长|處長|部长|部長|"
    "会长|會長|理事长|理事長|秘书长|秘書長|总经理|總經理|董事长|董事長|首席经济学家|首席經濟學家|"
    "经济学家|經濟學家|分析师|分析師|讲师|講師|学者|學者|专家|專家|发起人|發起人|创始人|創始人|"
    "高级合伙人|高級合夥人|合伙人|合夥人"
)
# a description of the author ending with a title (北大教授, 中国社会科学院研究员), or a title
# alone (博士生导师)
_TITLE_RE = re.compile(f"(?:{_TITLES})")
_DESCRIBED_RE = re.compile(rf"(?P<before>[^\s、，,]{{1,40}}?)?(?:{_TITLES})")
# a name glued after such a description (博士生导师张三, 北京大学教授李四)
_TITLED_NAME_RE = re.compile(rf"[^\s、，,]{{0,40}}?(?:{_TITLES})(?P<name>[\u4e00-\u9fff]{{2,3}})")


def described(word: str) -> bool:
    """Whether a credit's word describes its author by affiliation and title, not names him:
    not a surname and a title (张教授), nor a name and a title (李强博士, 欧阳博士), ways of
    naming a person.

    >>> [described(w) for w in ("中国社会科学院研究员", "博士生导师", "副教授", "北大教授")]
    [True, True, True, True]
    >>> [described(w) for w in ("张教授", "李强博士", "张三")]
    [False, False, False]
    """
    if _TITLE_RE.fullmatch(word):
        return True  # (副教授: no surname 副 before 教授)
    m = _DESCRIBED_RE.fullmatch(word)
    if m is None or m["before"] is None:
        return False
    before = m["before"]
    return _TITLE_RE.fullmatch(before) is not None or (
        len(before) >= 2 and not (len(before) <= 3 and looks_like_person(before))
    )  # (a name of two or three characters: 公共网络 is shaped as one of four, 公 a surname)


def without_title(word: str) -> str:
    """A name without the affiliation and title glued before it (博士生导师张三: 张三); any
    other word stays whole.

    >>> [without_title(w) for w in ("博士生导师张三", "北京大学教授李四", "张三", "教授级")]
    ['张三', '李四', '张三', '教授级']
    """
    m = _TITLED_NAME_RE.fullmatch(word)
    return m["name"] if m and looks_like_person(m["name"]) else word


# the roles of the people who wrote a story, read between its names
_WRITERS_ROLE_RE = re.compile(rf"{_ROLE_PREFIX}(?:{_WRITERS_ROLES})")


def supplying_unit(name: str) -> bool:
    """Whether ``name`` is a unit's (a school, an office, a union) as a 供稿 field names who
    supplied a story, not a person's (供稿：张华).

    >>> [supplying_unit(n) for n in ("电子信息与电气工程学院", "校工会", "宣传部", "张华", "李建国")]
    [True, True, True, False, False]
    """
    return _UNIT_END_RE.search(name) is not None


_UNIT_END_RE = re.compile(
    r"(?:院|处|處|部|局|办|辦|室|所|会|會|校|厅|廳|委|队|隊|站|馆|館|社|网|網|报|報|团|團|组|組|科|系"
    r"|中心|支部|公司|集团|集團|医院|醫院|学校|學校|大学|大學)$"
)


def cut_names(text: str) -> bool:
    """Whether the names a field's text opens with end in one cut short (金鑫 房敏…, at a
    template's width): none of them is then the field's whole value. Only the run of names is
    asked, a cut word shaped as a name's start: not 等… after them, a bio's or a counter's
    ellipsis (阅读次数 加载中...), a title cut short after the name.

    >>> cut_names("金鑫 房敏… 来源：中国新闻出版广电报"), cut_names("张三 来源：新华网…")
    (True, False)
    >>> cut_names("张华 李强 王丽 等…"), cut_names("张华 阅读次数 加载中..."), cut_names("张华 浅谈出版史…")
    (False, False, False)
    """
    for word in text.split()[:8]:
        if _CUT_NAME_RE.fullmatch(word):
            return True
        if not _NAME_WORD_RE.fullmatch(word) or _LABEL_WORD_RE.match(word):
            return False  # the names end (a label, 阅读次数 too; a title, 等)
    return False


# a name cut short where a template sets a field's width: 房敏…, 房敏... (not 等…)
_CUT_NAME_RE = re.compile(r"(?!等)[\u4e00-\u9fff·]{1,3}(?:…|\.\.\.)")
_LABEL_WORD_RE = re.compile(_ALL_LABELS)
# a word of a run of names (and the roles between them: 本报记者 金鑫 通讯员 房敏婕)
_NAME_WORD_RE = re.compile(r"[\u4e00-\u9fff·]{2,6}")


#: A run of dashes or underscores, as a template joins a column's name and a person's
#: (警察文摘----石虹): no name holds one.
RULE_RUN_RE = re.compile(r"[-－_—=~]{3,}|—{2,}")


def credited_names(text: str, titles: bool = True) -> str | None:
    """The names after an author label: the first word (any user name), then more names
    of two or three Chinese characters; role words before the names are skipped.

    >>> credited_names("本报记者 张三 李四"), credited_names("lucy 2011-12-30"), credited_names("张三 打印本页")
    ('张三 李四', 'lucy', '张三')
    >>> credited_names("admin 2011-12-30"), credited_names("管理员")  # a CMS's default account: nobody's name
    (None, None)
    >>> credited_names("Super User"), credited_names("John Smith")  # (Joomla's default account)
    (None, 'John Smith')
    >>> credited_names("我有话说（0条跟帖）") is None  # the comment box's link after an empty field
    True
    >>> credited_names("本报记者 张三 通讯员李四"), credited_names("记者王敬照 通讯员李四"), credited_names("本报评论员 张三")
    ('张三 李四', '王敬照 李四', '张三')
    >>> credited_names("本报记者 金鑫 通讯员 房敏婕"), credited_names("张三 编辑 李四")
    ('金鑫 房敏婕', '张三')
    >>> credited_names("《中国企业家》记者 林涛"), credited_names("新华社记者 张三 李四")
    ('林涛', '张三 李四')
    >>> credited_names("John Smith 2020-05-01"), credited_names("André Müller 张三"), credited_names("lucy Editor")
    ('John Smith', 'André Müller', 'lucy')
    >>> credited_names("警察文摘----石虹") is None, credited_names("陈健男（QE0022）")
    (True, '陈健男')
    """
    names: list[str] = []
    words = _spaced_names_joined(text.split()[:8])
    words = _after_affiliation(words) if titles else words
    description = None  # (the author's, where no name follows it: 作者：科普博士, an account's)
    for at, word in enumerate(words):
        # [王晓东], 记者王敬照, 通讯员李四, 王晓东（实习）, 博士生导师李四
        word = without_glued_role(
            _BRACKETED_ROLE_RE.sub("", _without_staff_code(unbracketed(word)))
        )
        word = _without_affiliation(word) if titles else word  # 张三（北京大学）
        shown, word = word, without_title(word) if titles else word
        if titles and "，" in word and described(word.split("，", 1)[1]):
            word = word.split("，", 1)[0]  # 郑风田，中国人民大学教授
        if titles and "、" in word and not names:
            people = _titled_people(word.split("、"))
            if people:  # 北京大学教授张明远、清华大学副教授李思齐
                names += people
                continue
            parts = [_without_affiliation(part) for part in word.split("、")]
            if people is None and all(map(looks_like_person, parts)):
                names += parts  # 张三、李四
                continue
            if people is not None:  # …研究员、博士生导师 李四: descriptions alone
                description = description or shown
                continue
        if titles and described(word):
            nxt = words[at + 1] if at + 1 < len(words) else ""
            if names and looks_like_person(without_title(nxt)):
                continue  # 张明远 清华大学副教授 李思齐: the next author's
            if names:
                break  # 李四 北京大学教授: who he is, after his name
            description = description or shown
            continue  # 中国社会科学院研究员 张三: who the author is, before his name
        if description and not looks_like_person(word) and _latin_name(words[at:]) is None:
            return credited_names(text, titles=False)  # 中国社会科学院研究员 课题组: as shown
        if ROLE_RE.match(word) or _OUTLETS_REPORTER_RE.fullmatch(word):
            if names and not _WRITERS_ROLE_RE.fullmatch(word):
                break  # 张三 编辑 李四: who checked it, not who wrote it
            continue  # (本报记者 金鑫 通讯员 房敏婕: a correspondent writes beside the reporter)
        if (
            not is_value(word)
            or no_name(word)
            or _DATE_START_RE.match(word)
            or _COMMENTS_RE.search(word)
            or RULE_RUN_RE.search(word)
        ):
            break  # an empty field: 作者： | 来源… / 作者：打印 / 作者：未知 / 作者：2012-01-12 /
            # 作者：我有话说（0条跟帖）, the comment box's link after it; a column's name and a
            # person's a run of dashes joins (编辑：警察文摘----石虹)
        if not names and (latin := _latin_name(words[at:])) is not None:
            # 作者：John Smith: one name, not John (作者：Super User: Joomla's account, nobody)
            return None if not latin or no_name(latin) else latin
        if not names or _SECOND_NAME_RE.fullmatch(word):
            names.append(word)
        else:
            break
    return " ".join(names) or description


def _after_affiliation(words: list[str]) -> list[str]:
    """``words`` from the name on, where an affiliation of several words and a title stand
    before it and no name among them (北京协和医院 心内科 主任医师 王强: 王强)."""
    for k, word in enumerate(words[:-1]):
        if described(word) and looks_like_person(without_title(words[k + 1])):
            if k and not any(map(looks_like_person, words[:k])):
                return words[k + 1 :]
            break
    return words


def _titled_people(parts: list[str]) -> list[str] | None:
    """The names of a credit's parts parted by 、, each a description or a titled name
    (北京大学教授张明远、清华大学副教授李思齐: 张明远, 李思齐), or None when a part is neither."""
    people = []
    for part in parts:
        if (name := without_title(part)) != part:
            people.append(name)
        elif not described(part):
            return None
    return people


def _latin_name(words: list[str]) -> str | None:
    """The name in Latin letters of two words that ``words`` open with, written alike
    (Title Case, or capitals throughout), or of three with an initial among them (John F.
    Kennedy); "" where more such words run on (作者：Kevin Lee English, a language's link;
    Mary Wang China Daily: where the name ends is not said); None where the first word
    stands alone (admin, Lucy TOP: a badge after it).

    >>> _latin_name(["David", "Chen", "VIP"]), _latin_name(["Tiger", "King", "楼主"])
    ('David Chen', 'Tiger King')
    >>> _latin_name(["Kevin", "Lee", "English"]), _latin_name(["Lucy", "TOP"])
    ('', None)
    >>> _latin_name(["John", "F.", "Kennedy", "2020-05-01"]), _latin_name(["J.", "K.", "Rowling", "Editor"])
    ('John F. Kennedy', '')
    """
    run = list(takewhile(_LATIN_NAME_WORD_RE.fullmatch, words))
    if len(run) < 2:
        return None
    capitals = [len(w.rstrip(".")) > 1 and w.isupper() for w in run]
    initials = [len(w.rstrip(".")) == 1 for w in run]
    alike = 1
    while alike < len(run) and (initials[alike] or capitals[alike] == capitals[0] or initials[0]):
        alike += 1
    if alike < 2:
        return None
    if alike == 2 or (alike == 3 and any(initials[:2])):
        return " ".join(run[:alike])
    return ""


#: A date's label that says it is an update's, not the publication's (更新时间, Updated).
UPDATED_RE = re.compile(r"(?i:updated|modified|edited)|更新|修改")
# the words that say publication outright (not a bare 时间 or 日期)
_PUBLISHED = "发布|發布|發佈|发表|發表"
# a date label that says publication outright
_PUBLISHED_LABEL_RE = re.compile(f"{_PUBLISHED}|发稿|發稿")
# the words that label a publication's date on a line that shows an update's first
_PUBLISHED_WORD_RE = re.compile(
    r"(?i:(?<!originally )\b(?:first\s+)?(?:published|posted)\b(?:\s+on\b)?)|"
    rf"(?:{_PUBLISHED})(?:时间|日期|于|時間|於)?"
)  # (not "originally published": another outlet's first printing)
# what may stand between a publication's label and its date: a colon, a time (CNN's 6:00 AM
# EDT, Mon May 1, 2023), a weekday
_LABEL_TO_DATE_RE = re.compile(
    r"\s*[:：]?\s*(?:[0-2]?\d:[0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?"
    r"(?:(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)\s*)?"
)
# a date and the label after it: 2023-05-01 发布, 于 2022-01-08 13:54:35 首次发布 (CSDN's)
_DATE_THEN_LABEL_RE = re.compile(rf"(?:[于於]\s*)?(?P<date>.{{6,30}}?)\s*(?:首次)?(?:{_PUBLISHED})")
# what may part an update's date from the publication's label on one line
_FIELD_GAP = " \t,.;|·•/-–—"


def published_word(line: str) -> bool:
    """Whether ``line`` holds a word that labels a publication (Published, Posted, 发布时间)."""
    return _PUBLISHED_WORD_RE.search(line) is not None


def _date_after_label(
    line: str, label: re.Match[str], zone: tzinfo | None
) -> tuple[str, str] | None:
    """The date right after a publication's label (a colon, a weekday between), else None."""
    at = _LABEL_TO_DATE_RE.match(line, label.end()).end()
    found = parse_date(line[at : at + 60], zone)
    return found if found and line.startswith(found[0], at) else None


def labelled_publication(line: str, zone: tzinfo | None = CHINA_TZ) -> tuple[str, str] | None:
    """The date of a short line that labels it as the publication's, label first (Published:
    May 1, 2023; 发布时间：2023-05-01) or last (2023-05-01 发布); None for any other line (a
    sentence that says "published April 12", "Posted in Events").

    >>> labelled_publication("Published: Monday, May 1, 2023", zone=None)[1]
    '2023-05-01'
    >>> labelled_publication("The audit, published April 12, 2021, found…") is None
    True
    >>> labelled_publication("于 2022-01-08 13:54:35 首次发布")[1]
    '2022-01-08T13:54:35+08:00'
    """
    line = line.strip(" *•·|")
    if len(line) > LABELLED_LINE_MAX_CHARS:
        return None
    if (label := _PUBLISHED_WORD_RE.match(line)) and (
        found := _date_after_label(line, label, zone)
    ):
        return found
    if (m := _DATE_THEN_LABEL_RE.fullmatch(line)) and (found := parse_date(m["date"], zone)):
        return found if found[0] == m["date"].strip() else None
    return None


#: The longest line read as a publication's labelled date alone.
LABELLED_LINE_MAX_CHARS = 60


def publication_after_update(line: str, zone: tzinfo | None = CHINA_TZ) -> tuple[str, str] | None:
    """The publication's date on a line that shows an update's just before it (Updated: March
    4, 2021 | Published: March 3, 2021; 更新时间：… 发布时间：…), or None: readers take the
    publication's where both show.

    >>> publication_after_update("Updated March 4, 2021, Published March 3, 2021", zone=None)
    ('March 3, 2021', '2021-03-03')
    >>> publication_after_update("Published March 3, 2021 Updated March 4, 2021") is None
    True
    >>> publication_after_update("Updated: May 4, 2023 · Posted in Events · Registration closes June 30")
    """
    for label in _PUBLISHED_WORD_RE.finditer(line):
        if not (update := UPDATED_RE.search(line, 0, label.start())):
            continue
        if not (updated := parse_date(line[update.end() : label.start()], zone)):
            continue
        ends = line.find(updated[0], update.end()) + len(updated[0])
        if line[ends : label.start()].strip(_FIELD_GAP):
            continue  # other words between: not the publication's label beside the update
        if found := _date_after_label(line, label, zone):
            return found
    return None


# what a source label says the source of, when it is a part's and not the article's
# (the word standing apart: not the end of a value run on before the label, 李宏图来源：)
_SOURCE_OF_PART_RE = re.compile(
    r"(?:^|[^\u4e00-\u9fff])(?:数据|數據|图片|圖片|图|圖|资料|資料|视频|視頻)$"
)


def parse_meta(line: str) -> Meta:
    """Parse a meta line, label-anchored, in any field order.

    >>> parse_meta("发布时间:2011-12-30 作者: 来源: 浏览:1377511")
    Meta(published_raw='2011-12-30', published_at='2011-12-30', author=None, source=None, \
views=1377511, labels=('date', 'author', 'source', 'views'), author_label='作者')
    >>> m = parse_meta("来源：国家质检总局 发布时间：2011-12-28 09:37 点击数：50995 打印 字号:")
    >>> m.source, m.published_at, m.views
    ('国家质检总局', '2011-12-28T09:37:00+08:00', 50995)
    >>> m = parse_meta("作者:时间:2022-01-19 09:23:09102893 次瀏覽")  # run together (CMS.md)
    >>> m.published_at, m.views
    ('2022-01-19T09:23:09+08:00', 102893)
    >>> parse_meta("数据来源：同花顺 官兵/制图").labels  # a chart's source
    ()
    >>> parse_meta("作者：李宏图来源：光明日报").source  # run on after a name ending in 图
    '光明日报'
    >>> parse_meta("时间：2024年3月5日 星期二 10:20").published_at  # a weekday before the time
    '2024-03-05T10:20:00+08:00'
    >>> parse_meta("更新时间：2023-05-04 发布时间：2023-05-01").published_at  # both shown
    '2023-05-01'
    >>> [parse_meta(f"发布时间：2024-03-05 {v}").views for v in ("阅读 123", "阅读(1,234)", "浏览 321 次 | 打印", "访问量：45")]
    [123, 1234, 321, 45]
    >>> parse_meta("发布时间：2024-03-05 阅读 3 本书").views, parse_meta("阅读 123").views  # a sentence; no field
    (None, None)
    """
    line = colonize(line)
    found: dict[str, str | None] = {}
    labels: list[str] = []
    author_label = None
    unread_date = False
    updated = False  # the date read is an update's (更新时间): a publication's label after wins
    hours = None  # a date an event's hours follow (see event_hours)
    for m, text in _fields(line):
        kind = _LABEL_TO_FIELD[m["label"]]
        if kind in found and not (kind == "author" and found[kind] is None):
            if (
                updated
                and kind == "date"
                and _PUBLISHED_LABEL_RE.match(m["label"])
                and (published := _value(text, kind)) is not None
            ):
                found[kind], updated = published, False
            continue  # a field read once; an empty 作者 may be followed by 编辑：X
        if kind == "date":
            if event_hours(text[:60]):
                # 时间：2017/06/13（二）09:00-12:00: an event's, no field of the page's; a later
                # label's date is the page's, else the day only where the line is the page's
                # fields (时间：2017-06-13 09:25-10:12 来源：南州日报: a review's probe)
                hours = hours or _value(text, kind)
                continue
            updated = UPDATED_RE.match(m["label"]) is not None
        if kind == "source" and _SOURCE_OF_PART_RE.search(line, 0, m.start()):
            continue  # 数据来源：同花顺, 图片来源：视觉中国: a chart's, a picture's, not the article's
        if kind == "author" and cut_names(text):
            continue  # 作者：金鑫 房敏…: names cut short, no field read (a byline may show them)
        if kind == "author":
            author_label = m["label"]
        found[kind] = _value(text, "source" if kind == "supplier" else kind)
        if kind == "date" and found[kind] is None:
            unread_date = text.lstrip()[:1].isdigit()
        if kind not in labels:
            labels.append(kind)
    if hours and "date" not in found and labels:
        found["date"] = hours
        labels.insert(0, "date")
    raw = found.get("date")
    date = parse_date(raw) if raw else None
    views = found.get("views")
    if views is None and (
        m := _COUNT_THEN_LABEL_RE.search(line.replace(date[0], " ") if date else line)
    ):
        views = m["num"]  # the count before its word: 102893 次瀏覽, 35054次阅读
        labels.append("views")
    elif (
        views is None
        and (labels or _DATE_START_RE.match(line))
        and (m := _LABEL_THEN_COUNT_RE.search(line))
    ):
        views = m["num"] or m["bracketed"]  # …来源：X 阅读 123, 浏览(321): on a line of fields
        labels.append("views")
    return Meta(
        published_raw=date[0] if date else None,
        published_at=date[1] if date else None,
        author=found.get("author"),
        source=found.get("source"),
        views=parse_views(views) if views else None,
        labels=tuple(labels),
        author_label=author_label,
        unread_date=unread_date,
        supplier=supplier
        if (supplier := found.get("supplier")) and supplying_unit(supplier)
        else None,
    )


def parse_breadcrumb(text: str) -> list[str]:
    """Split a breadcrumb into its crumbs, dropping the "you are here" prefix.

    >>> parse_breadcrumb("您当前的位置: 首页 > 文化 > 计量文化研究")
    ['首页', '文化', '计量文化研究']
    >>> parse_breadcrumb("当前位置：首页 » 新闻 » 热点聚焦 » 正文")
    ['首页', '新闻', '热点聚焦']
    >>> parse_breadcrumb("读书 - > 连载 - > 纯棉婚姻书摘 -"), parse_breadcrumb("和讯网 > 科技 > 正文 打印 RSS")
    (['读书', '连载', '纯棉婚姻书摘'], ['和讯网', '科技'])
    >>> parse_breadcrumb("首页 > 国务院公报 > 2007年第23号 字号： 默认 大 超大 | 打印 |")
    ['首页', '国务院公报', '2007年第23号']
    """
    text = " ".join(remove_pinyin_brackets(text)[0].split())
    if "位置" in text:  # (every prefix ends so; the regex tried each character of a long text)
        text = _CRUMB_PREFIX_RE.sub("", text)
    crumbs = [c.strip() for c in _CRUMB_SPLIT_RE.split(text)]
    # (only a crumb ending in a mark can lose one: the regex tried every character of each)
    crumbs = [_CRUMB_END_RE.sub("", c) if c.endswith(_CRUMB_END_MARKS) else c for c in crumbs]
    crumbs = [c for c in crumbs if c]
    if crumbs:
        crumbs[-1] = _CRUMB_TOOLS_RE.split(f" {crumbs[-1]}", maxsplit=1)[0].strip()
    if crumbs and crumbs[-1] in ("", "正文", "内容", "詳情", "详情", "正文内容"):
        crumbs.pop()
    return crumbs
