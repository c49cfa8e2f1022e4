"""Meta line, dates, views, counters and breadcrumbs: every variant of PORTAL.md."""

from __future__ import annotations

import pytest

from crawler.parsing import (
    parse_breadcrumb,
    parse_counter_answer,
    parse_date,
    parse_meta,
    parse_views,
)


@pytest.mark.parametrize(
    ("line", "date", "author", "source", "views"),
    [
        ("发布时间:2011-12-30 作者: 来源: 浏览:1377511", "2011-12-30", None, None, 1377511),
        ("发布时间:2008-04-13 作者:沈平子 来源:www.jlbjb.com 浏览:8159", "2008-04-13", "沈平子", "www.jlbjb.com", 8159),
        ("来源:国家质检总局 发布时间:2011-12-28 09:37 点击数:50995 打印 字号:", "2011-12-28T09:37:00+08:00", None, "国家质检总局", 50995),
        ("日期：2011年12月30日 09:37 信息来源：质检总局 编辑：张三 阅读：1.2万次", "2011-12-30T09:37:00+08:00", "张三", "质检总局", 12000),
        ("时间:2011/12/30 文章来源:中国计量报 作者:李堃 浏览次数:77次", "2011-12-30", "李堃", "中国计量报", 77),
        ("发布日期：2011-12-30 09:37:12\u3000作者：王喆\u3000点击：5次", "2011-12-30T09:37:12+08:00", "王喆", None, 5),
        ("發布時間:2011-12-30 作者: 來源: 瀏覽:1377511", "2011-12-30", None, None, 1377511),
        ("作者:  来源:  时间:2011年12月30日", "2011-12-30", None, None, None),
        ("浏览:", None, None, None, None),  # the counter fills it later
    ],
)  # fmt: skip
def test_meta_line_variants(line, date, author, source, views):
    meta = parse_meta(line)
    assert (meta.published_at, meta.author, meta.source, meta.views) == (
        date,
        author,
        source,
        views,
    )


def test_empty_fields_are_none_never_empty_strings():
    meta = parse_meta("作者：来源：发布时间：2011-12-30")
    assert meta.author is None and meta.source is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2011-12-30", "2011-12-30"),
        ("2011-12-30 09:37", "2011-12-30T09:37:00+08:00"),
        ("2011-12-30 09:37:12", "2011-12-30T09:37:12+08:00"),
        ("2011/12/30", "2011-12-30"),
        ("2011年12月30日 09:37", "2011-12-30T09:37:00+08:00"),
        ("2011年12月30日", "2011-12-30"),
        ("2005-5-7 21:23:57", "2005-05-07T21:23:57+08:00"),
    ],
)
def test_date_forms_in_china_time(text, iso):
    assert parse_date(text) == (text, iso)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("CHQ Staff | 10/17/18", "2018-10-17"),  # an unseen US site's day under its byline
        ("Posted 2/29/20", "2020-02-29"),
        ("12/31/99", "1999-12-31"),  # (strptime's %y: 69 to 99 the 1900s)
        # the day under 13 (June 2 or 6 February), the day first (2017-10-18 too), no such day
        ("06/02/22", None), ("17/10/18", None), ("2/30/20", None), ("version 1/13/14/2", None),
        # in a sentence, a caption, a rule's numbers, building numbers, a day to come (a review's)
        ("Apollo 11 lifts off from Kennedy Space Center, 7/16/69. (NASA)", None),
        ("Follow the 10/20/30 rule: 10 slides, 20 minutes", None), ("停水范围：12/13/14号楼", None),
        ("Posted 12/31/68", None),
    ],
)  # fmt: skip
def test_a_us_date_with_a_two_digit_year_is_read_where_only_one_order_reads_it(text, iso):
    found = parse_date(text)
    assert (found[1] if found else None) == iso


@pytest.mark.parametrize("text", ["", "2011-02-30", "2011-13-01", "第2011期", "电话 010-12345678"])
def test_not_a_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "views"),
    [("8159", 8159), ("8159次", 8159), ("1.2万", 12000), ("12,345", 12345), ("abc", None)],
)
def test_views(text, views):
    assert parse_views(text) == views


@pytest.mark.parametrize(
    ("answer", "views"),
    [
        ("document.write('8159');", 8159),
        ('document.write("539");', 539),
        ("$('#hits').html('123');", 123),
        ("<html>404</html>", None),
    ],
)
def test_counter_answers_of_common_cms(answer, views):
    assert parse_counter_answer(answer) == views


@pytest.mark.parametrize(
    "text",
    [
        "您当前的位置: 首页 > 新闻 > 热点聚焦",
        "当前位置：首页 » 新闻 » 热点聚焦 » 正文",
        "您的位置：首页 &gt; 新闻 &gt; 热点聚焦",
        "您當(dāng)前的位置: 首頁 > 新聞 > 熱點聚焦",
    ],
)
def test_breadcrumb_variants(text):
    crumbs = parse_breadcrumb(text.replace("&gt;", ">"))
    assert len(crumbs) == 3 and crumbs[0] in ("首页", "首頁")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("发行日期：2001年12月14日", None),  # a record's release date, not the page's
        ("出生日期：1976年4月25日", None),
        ("活动时间：2022-03-01 09:00", None),
        ("发稿时间：2011-12-30 10:00", "2011-12-30T10:00:00+08:00"),
        ("录入时间：2011-12-30", "2011-12-30"),
        ("时间：2011-12-30 来源：新华社", "2011-12-30"),
        ("楼层： 第 1 楼 时间：2005-08-28 20:56:20", "2005-08-28T20:56:20+08:00"),
        ("发布日期： 7/25/2005 9:23:57 PM", "2005-07-25T21:23:57+08:00"),  # ASP, month first
        ("发布日期： 7/5/2005 9:23:57 PM", None),  # July 5 or 7 May: not said
    ],
)
def test_date_labels_that_mean_publication_and_those_that_do_not(line, published):
    assert parse_meta(line).published_at == published


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：本报记者 张三", "张三"),
        ("来源：新华网 作者：记者 李四 王五", "李四 王五"),
        ("作者：张三 李四 来源：新华社", "张三 李四"),
        ("作者：张三 打印本页 关闭窗口", "张三"),
        ("作者：lucy 2011-12-30", "lucy"),  # any user name
        ("作者：admin 2011-12-30", None),  # a CMS's default account: nobody's name
        ("作者：管理员 来源：本站", None),
        ("作者：Super User 点击数：577", None),  # Joomla's default account
        ("作者： 来源：质检总局", None),
        # a name in Latin letters is all its words, not its first
        ("作者：John Smith 来源：新华网 2020-05-01", "John Smith"),
        ("来源：新华网 作者：John F. Kennedy 时间：2020-05-01", "John F. Kennedy"),
        ("作者：David Chen VIP 发表于 2020-05-01", "David Chen"),  # a badge after it
        ("作者：Tiger King 楼主", "Tiger King"),
        ("作者：Kevin Lee English 中文", None),  # a language's link: where does it end?
        ("作者：Mary Wang China Daily 2020-05-01", None),
        ("作者：Lucy TOP", "Lucy"),
        ("作者：lucy Editor", "lucy"),
        ("作者：André Müller", "André Müller"),
    ],
)
def test_author_field_names_and_roles(line, author):
    assert parse_meta(line).author == author


@pytest.mark.parametrize(
    ("line", "source", "published", "views"),
    [
        ("来源：[ 人民网 ]", "人民网", None, None),  # the name inside brackets, not "["
        ("来源：【新华社】", "新华社", None, None),
        ("来源：人民日报（海外版） 作者：张三", "人民日报（海外版）", None, None),
        (
            "|发布: 2021-1-29 13:18|点击: 313|来自: 互联网",
            "互联网",
            "2021-01-29T13:18:00+08:00",
            313,
        ),
        ("来自北京的消息：今天", None, None, None),
        ("来源： 2019-11-25 10:37", None, None, None),  # an empty field, then a date (a review)
    ],
)
def test_source_values_and_cms_labels(line, source, published, views):
    meta = parse_meta(line)
    assert (meta.source, meta.published_at, meta.views) == (source, published, views)


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2020-01-01 作者： | 来源： | 浏览：5",
        "[ 时间:2018-11-06 23:27 来源: 作者: ]",
        "来源：国家质检总局 作者： 打印 字号:",
        "作者：  繁體 简体中文",
    ],
)
def test_an_empty_field_stays_empty_whatever_follows_it(line):
    meta = parse_meta(line)
    assert meta.author is None
    assert meta.source in (None, "国家质检总局")


def test_fields_in_adjacent_elements_without_a_space_are_two_fields():
    from crawler.dom import parse_html
    from crawler.extraction import block_lines

    root = parse_html(
        "<p class='sub'><span>来源：人民网</span><span>时间：2021年08月25日</span></p>"
    )
    meta = parse_meta(block_lines(root)[0])
    assert meta.source == "人民网" and meta.published_at == "2021-08-25"


@pytest.mark.parametrize(
    "line",
    [
        "【来源：中国质量报】【作者：王晓东】【时间：2023-05-01】",
        "[来源：中国质量报][作者：王晓东][时间：2023-05-01]",
        "来源：中国质量报】【作者：王晓东】",
    ],
)
def test_bracketed_fields_run_together_end_at_their_closing_bracket(line):
    # no half-made value: 中国质量报】【 is no outlet, 王晓东】【 no name
    meta = parse_meta(line)
    assert (meta.source, meta.author) == ("中国质量报", "王晓东")


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        ("首页 -> 新闻 -> 通知公告", ["首页", "新闻", "通知公告"]),
        ("首页 - > 新闻 - > 通知公告 -", ["首页", "新闻", "通知公告"]),
        ("首页 > 新闻 【字体：大 中 小】", ["首页", "新闻"]),
        ("首页 > 新闻 分享到： 微博", ["首页", "新闻"]),
        ("首页 > 收藏家 > 正文", ["首页", "收藏家"]),  # a section named like a tool keeps its name
        ("Home > Wi-Fi > C-Class", ["Home", "Wi-Fi", "C-Class"]),
    ],
)
def test_breadcrumb_loses_separators_and_tools_at_its_end(text, crumbs):
    """A separator left at a crumb's end and the page's tools after the last crumb (正文 打印
    RSS, 字号：默认 大 超大) are not crumbs nor part of one; hyphens inside a name stay."""
    assert parse_breadcrumb(text) == crumbs


def test_breadcrumb_splits_as_its_first_regexes_did():
    """parse_breadcrumb's regexes were made faster (no spaces around the separator, the end
    marks' regex only for a crumb ending in one, the prefix only where 位置 stands): on random
    texts of separators, marks, prefixes and tools it gives what the first ones gave."""
    import random
    import re

    from crawler.parsing import _CRUMB_TOOLS_RE
    from crawler.text import remove_pinyin_brackets

    split = re.compile(r"\s*(?:-+\s*>|>|＞|»|›|→|/|-&gt;|>>)\s*")
    end = re.compile(r"(?:\s+[-|·]+)+$")
    prefix = re.compile(
        r"^.*?(?:您(?:当前|當前|现在|現在)?的?(?:位置|所在位置)|当前位置|當前位置|所在位置|位置)\s*[:：]?\s*"
    )

    def reference(text: str) -> list[str]:
        text = prefix.sub("", " ".join(remove_pinyin_brackets(text)[0].split()))
        crumbs = [c for c in (end.sub("", c.strip()) for c in split.split(text)) if c]
        if crumbs:
            crumbs[-1] = _CRUMB_TOOLS_RE.split(f" {crumbs[-1]}", maxsplit=1)[0].strip()
        if crumbs and crumbs[-1] in ("", "正文", "内容", "詳情", "详情", "正文内容"):
            crumbs.pop()
        return crumbs

    parts = [
        "首页", " ", ">", "＞", "»", "›", "→", "/", "-", "--", "->", "- >", "-&gt;", ">>", "|",
        "·", "新闻", "正文", "打印", "RSS", "您当前的位置", "位置", ":", "：", "\n", "a",
    ]  # fmt: skip
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert parse_breadcrumb(text) == reference(text), repr(text)


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        ("来源：(中国)国际电子商务中心 作者：王晓东", "(中国)国际电子商务中心", "王晓东"),
        ("来源：[转载]新浪财经 作者：王晓东", "新浪财经", "王晓东"),
        ("【来源：人民日报(海外版）】【作者：王晓东】", "人民日报(海外版）", "王晓东"),
        ("来源：「澎湃新闻」【作者：王晓东】", "澎湃新闻", "王晓东"),
        ("来源：新华社【作者：张三】", "新华社", "张三"),
        ("来源：【央视新闻】客户端 作者：[王晓东]", "央视新闻客户端", "王晓东"),
        ("来源：人民日报（海外版） 作者：王晓东（实习）", "人民日报（海外版）", "王晓东"),
    ],
)  # fmt: skip
def test_brackets_around_and_inside_a_value_are_read_as_a_reader_reads_them(line, source, author):
    """A reviewer's probes: brackets that wrap a value or set off a name go, brackets that are
    part of a name stay, whichever width opens and closes them."""
    meta = parse_meta(line)
    assert (meta.source, meta.author) == (source, author)


@pytest.mark.parametrize(
    ("line", "source", "supplier"),
    [
        ("作者：周洁 供稿单位：电子信息与电气工程学院 发布时间：2018-09-20", None, "电子信息与电气工程学院"),
        ("供稿：校工会 日期：2019-09-27", None, "校工会"),
        # a source named beside it is the source; the unit only supplied the story
        ("供稿：机械工程学院　来源：XX大学新闻网", "XX大学新闻网", "机械工程学院"),
        ("供稿：张华 日期：2019-09-27", None, None),  # a person: no unit
        ("欢迎各单位供稿：news@example.edu.cn", None, None),  # a footer's call for stories
    ],
)  # fmt: skip
def test_a_supplying_unit_is_read_apart_from_the_source(line, source, supplier):
    meta = parse_meta(line)
    assert (meta.source, meta.supplier) == (source, supplier)
