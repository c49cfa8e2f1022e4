"""The publication date: where pages show it, in the order trusted.

A labelled date (``发布时间：``) on the meta line, or a government notice's 信息公开 table,
comes first; then the publication ``<meta>`` tags and JSON-LD; an unlabelled date under
the title or just above the text; a ``<time datetime>``; an e-paper's issue date above
the title; a labelled date among the
article's own lines (forum posts, footers after the text); a publication key in an inline
script's JSON; and the URL only where the site's profile says its URLs carry the date.
Never a guess: a page that shows no date gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from lxml import etree

from crawler.dom import text_of
from crawler.extraction import (
    _has_cjk,
    _latin_words,
    find_meta_line,
    is_sentence,
    latin_dateline_at,
)
from crawler.fields import Candidate, Page, choose, shown_between_title_and_text
from crawler.generic import (
    LATIN_DAY_LABEL,
    TEXT_START_LINES,
    date_from_lines,
    date_from_meta_tags,
    date_from_time_tag,
    date_from_url,
    date_in_url_query,
    labelled_publication_date,
    latin_dateline,
)
from crawler.parsing import (
    CHINESE_WEEKDAY,
    MONTHS,
    UPDATED_RE,
    day_alone,
    day_alone_date,
    event_hours,
    parse_date,
    parse_meta,
    published_word,
)

__all__ = ["RULES", "choose_date"]

_SCRIPT_XPATH = etree.XPath(
    "//script[not(@src) and not(@type='application/ld+json')]/text()", smart_strings=False
)
# "pubtime": "2019-09-07 19:02:26" in a page's own data object (the article's, drawn by JS)
_SCRIPT_KEYS = (
    "pubtime", "pub_time", "publishtime", "publish_time", "publishdate", "publish_date", "pubdate",
    "datepublished", "firstpublishtime",
)  # fmt: skip
_SCRIPT_KEY = (
    # a match starts at a quote or at a key's first letter: the lookahead lets the regex engine
    # pass every other position by (three times faster over a page's scripts)
    rf"""(?=["'{"".join(sorted({key[0] for key in _SCRIPT_KEYS}))}])"""
    # (not after a word that makes it another date's: lastPublishTime, unpublishTime, a next
    # or previous article's; articlePubTime, newsPublishTime are the page's own)
    rf"""["']?(?<!last)(?<!un)(?<!next)(?<!prev)(?P<key>{"|".join(_SCRIPT_KEYS)})["']?\s*[:=]\s*"""
)
_SCRIPT_KEY_RE = re.compile(_SCRIPT_KEY, re.I)
# every key holds "pub", at most KEY_REACH characters after the start of its match (a quote,
# then "first"): the regexes are tried there alone, where a search tried every quote and
# every p, d and f of a page's scripts (4 ms over 88 KB of them, a tenth of it so)
_PUB_RE = re.compile("pub", re.I)
KEY_REACH = 6
_SCRIPT_DATE_RE = re.compile(
    _SCRIPT_KEY
    + r"""["']((?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?(?:[ T]\d\d?:\d\d(?::\d\d)?)?[^"']{0,10})["']""",
    re.I,
)


def _meta_line(page: Page) -> tuple[str, str] | None:
    meta = page.meta
    return (meta.published_raw, meta.published_at) if meta.published_at else None


def _index_table(page: Page) -> tuple[str, str] | None:
    """发布日期 / 生成日期 of a 信息公开 table, the latter (the day the record was made) only
    where the page shows no 发布日期 of its own (教育部's notices: 生成日期 06-04 in the table,
    发布日期：2024-06-13 来源：教育部 closing the notice: see :func:`_publication_shown`);
    else a labelled date shown between the title and the text (发布时间：… under a table too
    long for the meta line's window of lines), else the table's 发文日期; never its 成文日期."""
    if shown := page.table.get("date"):
        if page.table.get("generated") == shown and (published := _publication_shown(page)):
            return published
        return parse_date(shown)
    if issued := page.table.get("issued"):
        for line in shown_between_title_and_text(page):
            if (meta := parse_meta(line)).published_at:
                return meta.published_raw, meta.published_at
        return parse_date(issued)
    return None


def _publication_shown(page: Page) -> tuple[str, str] | None:
    """A date under a publication's own label (发布日期, 发布时间) the notice shows of its own
    on a line of its fields (发布日期：… 来源：…, two labels at least), between its title and
    its text or closing it (its last lines, a few after them). Not a date alone on its line: a related
    document's, an attachment's, a comment's, a sidebar's, a 解读's cited document's (解读文件：
    《…》⏎发布日期：2023-12-01 over the text: a review's probes)."""
    closing = []
    if page.at is not None and page.end is not None:
        closing = page.lines[max(page.at + 1, page.end - 2) : page.end + CLOSING_FIELDS_LINES]
    for line in shown_between_title_and_text(page) + closing:
        if (
            _PUBLICATION_LABEL_RE.search(line)
            and (meta := parse_meta(line)).published_at
            and len(set(meta.labels)) >= 2
        ):
            return meta.published_raw, meta.published_at
    return None


#: Lines after a notice's text where its fields' line may close it: the office's signature and
#: day, the attachments' list, a share bar (教育部's: the fields line 8 lines after the text).
CLOSING_FIELDS_LINES = 12
_PUBLICATION_LABEL_RE = re.compile(r"(?:^|\s)(?:发布|發布|發佈)(?:日期|时间|時間)\s*[:：]")


def _meta_tag(page: Page) -> tuple[str, str] | None:
    """The publication ``<meta>``'s date, unless its zone turned the day: a time the meta
    writes in UTC (or another zone it names) whose day the page shows nowhere, on a page that
    shows the day before or after under its title, not as an update's (23:00 UTC on the 12th,
    the page's 13th). Any other day shown there is not taken over the meta (a related list's,
    an event's, a caption's)."""
    found = date_from_meta_tags(page.root)
    if found and not page.meta.unread_date and (alone := _day_by_title(page)):
        shown, over = alone
        days = (date.fromisoformat(found[1][:10]) - date.fromisoformat(shown[1][:10])).days
        # (over the headline, only a day long before the meta's: a header's today, a later
        # event's day stand there too)
        if (abs(days) if not over else days) > STAMP_AFTER_DAYS and not _shows_day(
            page, found[1][:10]
        ):
            return None  # a republishing's stamp (SFGate's PUBDATE, months later), shown nowhere
    if not found or page.meta.unread_date or not _ZONED_VALUE_RE.search(found[0].strip()):
        return found  # (a date field we cannot read: no line's date is the page's)
    shown = date_from_lines(page.lines, page.title, body_start=page.at, skip=_event_sentence)
    line = next((line for line in page.lines if shown[0] in line), "") if shown else ""
    if shown is None or UPDATED_RE.search(line):
        return found  # (an update's day: the labels take the publication's where both show)
    day, other = date.fromisoformat(found[1][:10]), date.fromisoformat(shown[1][:10])
    if abs((other - day).days) != 1 or _shows_day(page, found[1][:10]):
        return found
    if not _turns_to(found[1], other > day):
        return found  # (a local time that no zone turns to the day shown: a print edition's)
    return shown


def _turns_to(iso: str, later: bool) -> bool:
    """Whether a zone turns ``iso`` (a time in UTC) to the next day (``later``) or the one
    before: its hour in the half of the day that reaches it (23:00 UTC is the next day in
    Beijing, 02:00 UTC the day before in New York). A time in another zone is the site's own
    already (08:00-05:00, 20:15+05:30): none turns it.

    >>> _turns_to("2018-06-12T23:00:00+00:00", True), _turns_to("2024-09-10T14:00:00+00:00", False)
    (True, False)
    >>> _turns_to("2024-03-12T08:00:00-05:00", True)
    False
    """
    if not iso.endswith(("+00:00", "Z")) or "T" not in iso:
        return False
    hour = int(iso[11:13])
    return hour >= 12 if later else hour < 12


def _day_under_title(page: Page) -> tuple[str, str] | None:
    """A day (and its time) alone on a line of the few under the title, above the text."""
    top, at = page.title_at, page.at
    if top is None or at is None:
        return None
    for line in page.lines[top + 1 : min(at, top + DAY_UNDER_TITLE_LINES + 1)]:
        if found := day_alone_date(line):
            return found
    return None


def _day_by_title(page: Page) -> tuple[tuple[str, str], bool] | None:
    """The day alone under the title (:func:`_day_under_title`), else an English one on the
    line right over it (Friday, February 7, 2014 over the headline), and whether it is over."""
    if found := _day_under_title(page):
        return found, False
    top = page.title_at
    if (
        top
        and page.at is not None
        and (over := page.lines[top - 1]).isascii()
        and (found := day_alone_date(over))
    ):
        return found, True
    return None


#: How many days a publication <meta> may stand from the day shown alone under the title and
#: still be the page's (a zone's turn, a day's updates, a related story's day a few days off):
#: further, and shown nowhere on the page, it is a republishing's stamp.
STAMP_AFTER_DAYS = 31

#: Lines under the title where a byline's day stands alone (a name, an update time between).
DAY_UNDER_TITLE_LINES = 5


_ZONED_VALUE_RE = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$")


def _shows_day(page: Page, day: str) -> bool:
    """Whether a short line of the page shows ``day`` (YYYY-MM-DD) in a form we read."""
    for line in page.lines:
        if len(line) <= 200 and (found := parse_date(line, zone=None)) and found[1][:10] == day:
            return True
    return False


def _event_sentence(line: str) -> bool:
    """A sentence whose date is an event's (a caption's "… escorted … on June 18, 2015."),
    not one that says when the story was published ("This story was originally published
    on March 3, 2021, and has been updated…"); or a day an event's hours follow (时间：
    2017/06/13（二）09:00-12:00, a forum's: :func:`crawler.parsing.event_hours`)."""
    return (is_sentence(line) and _PUBLISHED_RE.search(line) is None) or event_hours(line)


#: Words of running text before a date that set it inside a caption's or a sentence's words
#: ("… over the Monterey Shale formation March 24, 2014 near Lost Hills"), not on a date's
#: line of its own (Chinese characters count half a word each).
RUNNING_WORDS = 8


def _in_running_text(line: str) -> bool:
    """A date after :data:`RUNNING_WORDS` words of text that says nothing of publishing, in a
    lead picture's caption run on into its credit (``….David McNew``, ``….Photograph: …``,
    ``（张三 摄）``), which no sentence test knows for one: not a long byline's date.

    >>> _in_running_text("The sun rises over an oil field over the Monterey Shale formation "
    ...                  "March 24, 2014 near Lost Hills, California.David McNew")
    True
    >>> _in_running_text("By Mark Hill and Susan Lee, Associated Press reporters in the "
    ...                  "statehouse March 3, 2021")
    False
    >>> _in_running_text("November 2, 2023 3:53 PM EDT"), _in_running_text("2005-04-05 06:40 新闻晨报")
    (False, False)
    >>> _in_running_text("Jane Doe and John Roe of The Daily Courier staff, updated March 3, 2021")
    False
    >>> _in_running_text("来源：燕赵晚报 关键字：住宅租赁;自有物业;制度缺陷;最牛工资;年薪 作者： 2012-01-12 17:14")
    False
    """
    if not _RUN_ON_CREDIT_RE.search(line):
        return False  # (the cheap test first: most lines under a title credit no picture)
    found = parse_date(line)
    if found is None or _PUBLISHED_RE.search(line):
        return False
    at = max(line.find(found[0]), 0)
    before = line[:at]
    if ":" in before or "：" in before:
        return False  # labelled fields' line (来源：燕赵晚报 关键字：…;… 作者： 2012-01-12)
    if not _RUN_ON_CREDIT_RE.search(line, at + len(found[0])):
        return False
    return _latin_words(before, RUNNING_WORDS) or _has_cjk(before, 2 * RUNNING_WORDS)


# a picture's credit after a caption's words: a sentence's end run on into a name
# (California.David McNew), a photographer's label, an agency's picture, 摄
_RUN_ON_CREDIT_RE = re.compile(
    r"[a-z\d]\.[A-Z]|(?i:photo(?:graph)?s?\s*(?:by\b|:)|getty images|credit:|courtesy of)"
    r"|摄|攝|图片来源|圖片來源"
)


def _event_or_running(line: str) -> bool:
    return _event_sentence(line) or _in_running_text(line)


def _under_title(page: Page) -> tuple[str, str] | None:
    """The first date under the title that is in no sentence (see :func:`_event_sentence`) nor
    in a caption's running text (a page shows its lead picture, captioned with a day, above
    its byline's date; or no date but the caption's)."""
    return date_from_lines(page.lines, page.title, body_start=page.at, skip=_event_or_running)


# (not "posted", "appeared": a caption's video posted on social media on March 7)
_PUBLISHED_RE = re.compile(
    r"(?i:publish|updated|(?:first|originally) (?:appeared|ran|posted))|发布|發布|发表|發表|更新"
)


def _above_text(page: Page) -> tuple[str, str] | None:
    """A date just above the article's text, closest first, below the title when shown."""
    at, title = page.at, page.title
    if at is None:
        return None
    top = page.title_at
    if top is not None and top >= at:
        return None
    # (the nearest update's line, closer than the publication's: Published on …, Last updated on …)
    update = None
    for line in reversed(page.lines[max(top or 0, at - 6) : at]):
        if _event_or_running(line):
            continue  # an event's date: a picture's caption ("… escorted … on June 18, 2015.")
        found = parse_date(line.replace(title, " ") if title else line)
        if found and UPDATED_RE.search(line) and not published_word(line):
            update = update or found
        elif found:
            return found
    return update


#: Lines above the title where an English page may show its date (WIRED, a blog's post header).
ABOVE_TITLE_LINES = 2


def _above_title(page: Page) -> tuple[str, str] | None:
    """An English day and time on a line of its own just above the title (``Nov 7, 2023 2:00
    AM``, ``Thursday, October 28th, 2010 at 3:32 pm | 16 responses``): the date and little else
    in the line's first part; a day alone there only where the URL's date is that day or one
    beside it (a blog post's February 8th, 2013 over its title, its URL's /2013/02/08/), or
    where the title names it. A Chinese page's date above its title is a header's (今天是…) or
    an e-paper's issue (see :func:`_issue_date`)."""
    top = page.title_at
    if not top:
        return None
    for line in reversed(page.lines[max(0, top - ABOVE_TITLE_LINES) : top]):
        first = line.split("|")[0].strip()
        found = parse_date(first)
        if (
            found
            and first.isascii()
            and len(first) - len(found[0]) <= ABOVE_TITLE_SLACK
            # (a day alone there is a header's today, a blog's day heading: unless the URL
            # names that day, or the one before or after it: a zone's turn; or the title the
            # same day: 04/19/13 over Marketplace Tech for Friday, April 19, 2013)
            and (
                "T" in found[1]
                or _near_url_day(page, found[1][:10])
                or _title_day(page) == found[1][:10]
            )
        ):
            return found
    return None


def _title_day(page: Page) -> str | None:
    """The day the page's title names, if any (an episode's Friday, April 19, 2013)."""
    found = parse_date(page.title, zone=None) if page.title else None
    return found[1][:10] if found else None


def _near_url_day(page: Page, day: str) -> bool:
    """The page's URL names ``day`` (``/2013/02/08/``), or the day before or after it."""
    in_url = date_from_url(page.url)
    if not in_url or len(in_url[1]) < 10:
        return False
    try:
        return abs(date.fromisoformat(in_url[1][:10]) - date.fromisoformat(day)).days <= 1
    except ValueError:
        return False


#: Characters of a line's first part besides its date (a weekday and separators).
ABOVE_TITLE_SLACK = 12


def _blog_day_heading(page: Page) -> tuple[str, str] | None:
    """The day heading Blogger sets over a post's title (``<h2 class="date-header">Thursday,
    October 27, 2011</h2>``): a day alone there is a header's today on other sites, but this
    heading's class is Blogger's name for the post's day, just above its title."""
    top = page.title_at
    if not top:
        return None
    for el in page.marked.headings:  # (an <h2>: among the headings, no walk of the page)
        if "date-header" in (el.get("class") or "").split():
            shown = " ".join(text_of(el).split())
            found = day_alone_date(shown) if shown else None
            if found and shown in page.lines[max(0, top - ABOVE_TITLE_LINES) : top]:
                return found
            return None  # (the first day heading only: a blog's front page lists others)
    return None


#: The longest heading between an issue's day and its page mark (新闻内容, 星期四).
SHORT_HEADING_CHARS = 8
# a list of past issues' heading (往期回顾 ⏎ 2012年08月15日 …)
_PAST_ISSUES_RE = re.compile(r"往期|历史|歷史|上一期|下一期|过刊|過刊")
# an e-paper's page marks: 第A05版, A05版, 版次：(not V2版本, a version)
_EDITION_RE = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版|\b[A-Z]\d{2}\s*版(?!本)|版次\s*[:：]")
# the issue's number beside its date: 2019-09-17 第26,259号, 总第1024期
_ISSUE_NUMBER_RE = re.compile(r"(?<![\w〔\[（(])(?:总)?第\s*\d[\d,，]{0,7}\s*[号號期]")
_CHINESE_WEEKDAY_RE = re.compile(CHINESE_WEEKDAY)
#: Lines above the title where an e-paper shows the issue's date.
ISSUE_ABOVE_TITLE = 6


def _labelled_day_alone(line: str) -> bool:
    """A date's label and the day alone (the paper's name after it maybe): 日期:[2016年11月03日],
    日期:[2016年11月03日] -- 华商报 --."""
    meta = parse_meta(line) if len(line) <= LABELLED_DAY_MAX_CHARS else None
    return bool(meta and meta.labels == ("date",) and meta.published_raw) and day_alone(
        meta.published_raw
    )


LABELLED_DAY_MAX_CHARS = 40
# the page's field an e-paper sets under its date (版次:[A5], 版面：A05), and the paper's
# name that may stand between them (-- 华商报 --)
_PAGE_FIELD_RE = re.compile(r"(?:版次|版面|版号)\s*[:：]")
_PAPER_NAME_RE = re.compile(r"[-—\s]*[\u4e00-\u9fff]{2,10}(?:报|報)[-—\s]*")


def _issue_date(page: Page) -> tuple[str, str] | None:
    """The issue's date an e-paper shows above the title (``2012年01月12日 星期四 | 第A05版``):
    taken when a page mark (版) stands near it, or when the URL carries the same day. A
    header's date alone (今天是…) is today's, not the article's."""
    top = page.title_at
    if not top:
        return None
    start = max(0, top - ISSUE_ABOVE_TITLE)
    in_url = date_from_url(page.url)
    for i in range(top - 1, start - 1, -1):
        line = page.lines[i]
        found = parse_date(line)
        if not found:
            continue
        if "T" in found[1] and _CHINESE_WEEKDAY_RE.search(line):
            continue  # a header's clock, its weekday before the time (2024年3月5日 星期二
            # 10:20:33, as a saved page keeps what its script wrote): no issue's day
        if _EDITION_RE.search(line):
            return found  # 人民日报 2012年01月12日 第01版
        if _labelled_day_alone(line):
            # Founder's e-paper: 日期:[2016年11月03日] ⏎ (-- 华商报 --) ⏎ 版次:[A5], the page's
            # field under the date (not a link to the paper's first page, 第A01版：要闻)
            after = page.lines[i + 1 : top]
            if after and _PAPER_NAME_RE.fullmatch(after[0]):
                after = after[1:]  # the paper's name between
            if after and _PAGE_FIELD_RE.match(after[0]):
                return found
            continue
        if not day_alone(_ISSUE_NUMBER_RE.sub("", line)):
            continue  # a date among other words: a link's, a notice's
        # a line of its own, or beside the issue's number (2019-09-17 第26,259号, which a past
        # issue's link in a list shows too): the issue's when the page mark follows or the URL
        # has its day, or a day and its time right above the title (Sunday, Feb 1, 2015 11:57
        # AM UTC: a day alone there may be a header's today, or an event's day)
        if (
            (i + 1 < top and _EDITION_RE.search(page.lines[i + 1]))
            # (or after a short heading without a date: 2012年08月16日 ⏎ 新闻内容 ⏎ 第D02版：先驱博客
            # ⏎ the title; not a list's 往期回顾, nor another day than the URL's)
            or (
                i + 2 < top
                and _EDITION_RE.search(page.lines[i + 2])
                and len(page.lines[i + 1]) <= SHORT_HEADING_CHARS
                and not parse_date(page.lines[i + 1])
                and not _EDITION_RE.search(page.lines[i + 1])
                and not (i > 0 and _PAST_ISSUES_RE.search(page.lines[i - 1]))
                and (not in_url or in_url[1] == found[1][:10])
            )
            or (in_url and in_url[1] == found[1][:10])
            or (i == top - 1 and "T" in found[1])
        ):
            return found
    return None


def _issue_line_of_url_day(page: Page) -> tuple[str, str] | None:
    """An e-paper's issue line anywhere over the title (over its menus: 2018年12月11日 星期二;
    with its page's name: 2020年10月13日 要闻) where the URL names the same day (in its path,
    or as its query's date=): two sources agreeing, read where no other rule gave a date. The
    line is the day alone, its weekday and a short name after it: not a labelled day (检索日期：,
    更新于), not today's (今天是…), not a clock's time. The day only."""
    top = page.title_at
    in_url = date_from_url(page.url) or date_in_url_query(page.url)
    if not top or not in_url:
        return None
    for line in page.lines[top - 1 :: -1]:
        if (
            (m := _ISSUE_LINE_RE.fullmatch(line))
            and (found := parse_date(m["day"]))
            and found[1][:10] == in_url[1]
        ):
            return found[0], in_url[1]
    return None


# the day alone, its weekday and a short name after it maybe (2020年10月13日 星期二 要闻)
_ISSUE_LINE_RE = re.compile(
    r"\s*(?P<day>(?:19|20)\d\d\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}\s*日?)"
    rf"(?:\s*[（(]?{CHINESE_WEEKDAY}[)）]?)?(?:\s+[\u4e00-\u9fff]{{2,4}})?\s*"
)


def _dateline(page: Page) -> tuple[str, str] | None:
    """The date a story's dateline gives, opening its text (whole: the day, month and
    year; ``March 3 (Reuters) —`` has no year)."""
    # (the text's first line: its container may hold the headline above it)
    opening = next((line for line in page.body[:2] if line != page.title), None)
    if opening and (found := latin_dateline(opening)):
        return found
    # (or under a headline, decks its container holds: Exhibit 99.1 / ACME TO BUY … / NEW YORK, …)
    at = latin_dateline_at(page.body)
    return latin_dateline(page.body[at]) if at else None


def _labelled_publication(page: Page) -> tuple[str, str] | None:
    """A day shown under its publication's label, the line nothing more: under the title to
    the text's first lines (Published February 24, 2023 5:00am EST, Published Online: April 25,
    2016 in the text's container), else the nearest such line a few lines over the title (a
    journal's header: Published online 11 April 2011 | Nature 472…). Read after the markup's
    and the lines' own dates: a "Published" near the title may be a box's, a card's, a
    comment's (a review's probes), but see :func:`_labelled_over_meta`."""
    if "labelled_publication" not in page.memo:  # (asked twice: over the meta, then later)
        page.memo["labelled_publication"] = _labelled_publication_shown(page)
    return page.memo["labelled_publication"]


def _labelled_publication_shown(page: Page) -> tuple[str, str] | None:
    if page.at is None:
        return None
    top = page.title_at
    under = top is not None and top < page.at
    for line in page.lines[top + 1 if under else page.at : page.at + TEXT_START_LINES]:
        if found := _labelled_day(line):
            return found
    if under:
        for line in reversed(page.lines[max(0, top - LABELLED_ABOVE_TITLE_LINES) : top]):
            if found := _labelled_day(line):
                return found
    return None


def _labelled_day(line: str) -> tuple[str, str] | None:
    # (or the first of the fields a bar parts: Published online … | Nature 472, 146 (2011))
    return labelled_publication_date(line) or labelled_publication_date(line.split("|", 1)[0])


#: Lines above the title where a day under its publication's label is the page's (a journal's
#: header: its name, volume and pages, the section's name between).
LABELLED_ABOVE_TITLE_LINES = 8


def _labelled_over_meta(page: Page) -> tuple[str, str] | None:
    """The labelled day (:func:`_labelled_publication`) over the publication's <meta> only
    where the two are a day apart at most: the meta a stamp of the story's drafting (the
    evening before, Fox Business's) or its time without the zone shown (Posted at
    2013-12-30T14:42:01-0700); a day the meta gives exactly stays. Further apart, the label is
    another thing's (a reviewed book's, a related card's) and the meta stands."""
    found = _labelled_publication(page)
    meta = date_from_meta_tags(page.root) if found else None
    if not found or not meta:
        return None
    days = abs((date.fromisoformat(found[1][:10]) - date.fromisoformat(meta[1][:10])).days)
    if days > 1 or (days == 0 and "T" not in found[1]):
        return None
    return found


def _in_article_lines(page: Page) -> tuple[str, str] | None:
    """A labelled date among the article's own lines, from just above its text to a few
    lines after it: a forum post's 发布时间 … by X, a footer's 发布日期：."""
    if page.at is None or page.end is None:
        return None
    line = find_meta_line(page.lines, page.title, (max(0, page.at - 3), page.end + 7))
    meta = parse_meta(line or "")
    return (meta.published_raw, meta.published_at) if meta.published_at else None


def _posted_at_footer(page: Page) -> tuple[str, str] | None:
    """The day of a blog post's footer after the text, as the .Text / Community Server blogs
    sign their posts (博客园's ``posted @ 2024-05-09 14:45 好看的hk 阅读(430) 评论(2)``), set
    under the post's buttons, further down than a meta line is looked for: the one such line
    after the text (old blogs sign comments and related posts so too: a review's probes).

    >>> from lxml import html
    >>> lines = ["标题", "正文。", "推荐", "posted @ 2024-05-09 14:45", "好看的hk"]
    >>> _posted_at_footer(Page("http://x/p/1.html", html.fromstring("<p>x</p>"), lines, lines[1:2],
    ...     "标题", 1, 1, None))
    ('2024-05-09 14:45', '2024-05-09T14:45:00+08:00')
    """
    if page.end is None:
        return None
    after = page.lines[page.end + 1 :]
    signed = [(k, m) for k, line in enumerate(after) if (m := _POSTED_AT_RE.match(line))]
    if len(signed) != 1 or signed[0][0] >= POST_FOOTER_LINES:
        return None  # (several: comments', related posts', answers' signatures; whose is it?)
    k, m = signed[0]
    found = parse_date(after[k][m.end() :])
    return found if found and after[k][m.end() :].startswith(found[0]) else None


#: Lines after the text where a blog's ``posted @`` footer is looked for (buttons to follow,
#: recommend and share the post stand between).
POST_FOOTER_LINES = 20
_POSTED_AT_RE = re.compile(r"(?i)posted\s*@\s*")


def _script_json(page: Page) -> tuple[str, str] | None:
    """The publication key of the page's own data in an inline script, for pages that draw
    their date with JavaScript (``"pubtime": "2019-09-07 19:02:26"``). Only a key that
    stands once in the page's scripts: a list of related articles repeats it."""
    scripts = "\n".join(_SCRIPT_XPATH(page.root))
    pubs = [pub.start() for pub in _PUB_RE.finditer(scripts)]
    m = next(_matches_near(_SCRIPT_DATE_RE, scripts, pubs), None)
    if m is None:
        return None
    keys = [k["key"].lower() for k in _matches_near(_SCRIPT_KEY_RE, scripts, pubs)]
    if keys.count(m["key"].lower()) != 1:
        return None
    return parse_date(m[m.lastindex])


def _matches_near(regex: re.Pattern, text: str, pubs: list[int]) -> Iterator[re.Match]:
    """What ``regex.finditer(text)`` gives for a regex whose every match holds "pub" (any
    case) within ``KEY_REACH`` characters of its start, ``pubs`` being where "pub" stands:
    the regex is tried at those places alone.

    >>> text = "a 'xPUBy' pub b"
    >>> pubs = [m.start() for m in _PUB_RE.finditer(text)]
    >>> [m[0] for m in _matches_near(re.compile(r"'?\\w*pub\\w*'?", re.I), text, pubs)]
    ["'xPUBy'", 'pub']
    """
    end = 0  # (matches do not overlap: the next is looked for after the last)
    for pub in pubs:
        start = max(end, pub - KEY_REACH)
        while start <= pub:
            if m := regex.match(text, start):
                yield m
                start = end = m.end()
            else:
                start += 1


#: Lines under the title where a day shown without its year is looked for, where the text's
#: start is not known (where it is, all between them: a share bar and a picture's caption
#: stand between The Washington Post's headline and its byline's day)
YEARLESS_LINES = 5
# a day shown without its year, alone on its line (The Washington Post's March 18 at 12:22 PM,
# a Chinese portal's 03-18 12:22 or 3月18日 12:22) or before the meta line's other labelled
# fields (03-18 12:22 来源：新华网)
_YEARLESS_RE = re.compile(
    rf"^(?:{LATIN_DAY_LABEL}|发布时间[:：]\s*)?"
    r"(?:(?:[A-Z][a-z]+day,?\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"|(?P<mon2>\d{1,2})月(?P<day2>\d{1,2})日|(?P<mon3>\d{1,2})-(?P<day3>\d{1,2})(?=\s+\d)"
    r"|(?P<mon4>\d\d)-(?P<day4>\d\d)(?=\s*$))"  # (03-11 alone: two digits each, no score's 3-1)
    r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d\d)\s*(?:(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
    r"\s*(?:[A-Z]{1,3}T)?\s*(?:$|(?=[\u4e00-\u9fff]{2,4}[:：]))"  # (03-18 12:22 来源：新华网)
)


def _day_of_url(page: Page) -> tuple[str, str] | None:
    """A day shown under the title without its year (March 18 at 12:22 PM) whose month and
    day are those of the date in the page's URL (…/2015/03/18/…_story.html): the URL's year,
    the page's day and time. Two places agree; neither alone dates the page (a URL's date
    may be the section's, a day without a year is any year's).

    >>> from lxml import html
    >>> from crawler.parsing import Meta
    >>> lines, root = ["Title", "By Steven Mufson", "March 18 at 12:22 PM", "Text."], html.fromstring("<p/>")
    >>> _day_of_url(Page("http://x/2015/03/18/ca175d64_story.html", root, lines, [], "Title", 3, 3, Meta()))
    ('March 18 at 12:22 PM', '2015-03-18T12:22:00')
    >>> _day_of_url(Page("http://x/2015/03/19/a.html", root, lines, [], "Title", 3, 3, Meta())) is None
    True
    """
    top = page.title_at
    if top is None or not (in_url := date_from_url(page.url)):
        return None
    year, month, day = map(int, in_url[1][:10].split("-"))
    end = page.at if page.at is not None and page.at > top else top + 1 + YEARLESS_LINES
    shown = [m for line in page.lines[top + 1 : end] if (m := _YEARLESS_RE.match(line))]
    if len(shown) != 1:
        return None  # (a list's days under the title: related stories', none the page's)
    m = shown[0]
    shown_month = (
        MONTHS.get(m["mon"].lower()) if m["mon"] else int(m["mon2"] or m["mon3"] or m["mon4"])
    )
    if (shown_month, int(m["day"] or m["day2"] or m["day3"] or m["day4"])) != (month, day):
        return None
    iso, raw = f"{year:04d}-{month:02d}-{day:02d}", m[0].strip()
    if m["H"] is None:
        return raw, iso
    hour = int(m["H"])
    if m["ampm"]:
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    if hour > 23 or int(m["M"]) > 59 or (m["mon"] and not m["ampm"] and hour < 13):
        return raw, iso  # (24:00; March 18 at 3:05, morning or afternoon: the day only)
    return raw, f"{iso}T{hour:02d}:{m['M']}:00"


RULES = [
    ("meta_line", _meta_line),
    ("index_table", _index_table),
    ("published_label", _labelled_over_meta),  # Published February 24, 2023, the meta's 23rd
    ("meta_tag", _meta_tag),
    ("under_title", _under_title),  # (not in a sentence: a caption's, an event's date)
    ("above_text", _above_text),
    ("dateline", _dateline),  # Feb. 23, 2015 -- opening the text
    ("cms_comment", lambda page: parse_date(page.cms.get("date", ""))),
    ("time_tag", lambda page: date_from_time_tag(page.root)),
    ("above_title", _above_title),  # Nov 7, 2023 2:00 AM over an English headline
    ("blog_day", _blog_day_heading),  # Blogger's h2.date-header over the post's title
    ("issue", _issue_date),  # e-papers: the issue's date above the title
    ("published_text", _labelled_publication),  # Published Online: … by the title, the text
    ("article_lines", _in_article_lines),
    ("posted_at", _posted_at_footer),  # posted @ 2024-05-09 14:45 under a blog's post
    ("script_json", _script_json),
    ("issue_of_url_day", _issue_line_of_url_day),  # 2018年12月11日 星期二 far up, the URL's day
    ("url_day", _day_of_url),  # a day without its year, the URL's year
    ("url", lambda page: date_from_url(page.url) if page.url_dates else None),
]


def choose_date(page: Page) -> Candidate | None:
    """The publication date (``value`` ISO 8601, ``raw`` as shown), or None.

    >>> from lxml import html
    >>> from crawler.parsing import Meta
    >>> root = html.fromstring('<html><body><script>var d = {"pubtime": "2019-09-07 19:02:26"};'
    ...                        '</script><p>正文</p></body></html>')
    >>> choose_date(Page("http://x/a.html", root, ["正文"], ["正文"], None, 0, 0, Meta()))
    Candidate(value='2019-09-07T19:02:26+08:00', kind='script_json', raw='2019-09-07 19:02:26')
    """
    if page.meta.unread_date:  # a date the meta line shows and we cannot read (7/5/2005):
        # no date from the page's other lines (a dateline of the text's, a list's); the
        # publication's meta tags, time tags and data still say it
        return choose([rule for rule in RULES if rule[0] not in _LINE_KINDS], page)
    found = choose(RULES, page)
    if found and found.kind == "meta_tag":
        found = _time_shown_for_tagged(page, found)
    if (
        found
        and found.kind in _LINE_KINDS
        and "T" in found.value
        and not _ZONED_RE.search((parse_date(found.raw, zone=None) or ("", ""))[1])
    ):
        # the time shown, without its zone (3:33 PM ET), where a <time> element says the same
        # time with its offset: the element's
        tagged = date_from_time_tag(page.root)
        if tagged and tagged[1][:19] == found.value[:19] and _ZONED_RE.search(tagged[1]):
            return Candidate(tagged[1], found.kind, tagged[0])
    return found


_ZONED_RE = re.compile(r"(?:[+-]\d\d:\d\d|Z)$")


def _time_shown_for_tagged(page: Page, tagged: Candidate) -> Candidate:
    """The publication's meta tag's day with the time the page shows for it under the title
    (a tag giving the day alone, 2011-12-15; 2011年12月15日22:29 under the headline); else the
    tag's. (Another day shown there is no time of this one: the tag's rule weighs it.)

    >>> from lxml import html
    >>> from crawler.parsing import Meta
    >>> lines = ["Title", "2011年12月15日22:29 来源：人民网", "正文。"]
    >>> page = Page("http://x/a.html", html.fromstring("<p>x</p>"), lines, lines[2:], "Title", 2, 2, Meta())
    >>> _time_shown_for_tagged(page, Candidate("2011-12-15", "meta_tag", "2011-12-15")).value[:16]
    '2011-12-15T22:29'
    >>> _time_shown_for_tagged(page, Candidate("2011-12-14", "meta_tag", "2011-12-14")).value
    '2011-12-14'
    >>> lines[1] = "会议时间：2011年12月15日22:29"  # a meeting's time, not the publication's
    >>> _time_shown_for_tagged(page, Candidate("2011-12-15", "meta_tag", "2011-12-15")).value
    '2011-12-15'
    """
    if "T" in tagged.value or not (shown := _under_title(page)):
        return tagged
    raw, value = shown
    if "T" not in value or value[:10] != tagged.value:
        return tagged
    top = page.title_at or 0
    end = page.at if page.at is not None and page.at > top else top + 1
    line = next((line for line in page.lines[top + 1 : end + 1] if raw in line), "")
    before, _, after = line.partition(raw)
    # the publication's own line: the day first, or after a publication's label; not a
    # related story's (热门推荐 …), a meeting's (会议时间：), a print's time, nor one in
    # another zone (…22:29 美东时间)
    if not _PUBLISHED_PREFIX_RE.fullmatch(before.strip()) or _ZONE_AFTER_RE.match(after):
        return tagged
    return Candidate(value, "under_title", raw)


_PUBLISHED_PREFIX_RE = re.compile(
    # (after the meta line's credits at most: 来源：新华网 2011-12-09 19:55:00)
    r"(?:(?:来源|來源|稿源|作者|编辑|編輯)\s*[:：]\s*\S{1,30}\s*)*"
    r"(?:(?:发布|發布|發佈|发表|發表|发稿|發稿)(?:时间|時間|日期|于|於)?|时间|時間|日期)?\s*[:：]?"
)
_ZONE_AFTER_RE = re.compile(
    r"\s*[（(]?(?:美东|美東|美西|美中|当地|當地|[A-Z]{1,4}T\b|UTC|GMT|格林)"
)


# the rules that read a date from the page's lines, without a label
_LINE_KINDS = frozenset(("under_title", "above_text", "issue", "article_lines"))
