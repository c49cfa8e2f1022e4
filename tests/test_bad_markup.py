"""Markup that broke the extractor when a fuzzer mutated real pages: each test names the input.

Nothing here times anything: a rule that turns slow again makes these tests slow (seconds),
and ``make bench`` says by how much.
"""

from __future__ import annotations

import pytest
from lxml import etree

from crawler.dom import parse_html
from crawler.extraction import block_lines, document_title
from crawler.pages import extract_page

URL = "http://news.example.cn/a/1.html"
TEXT = "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。"


def _article(body: str, title: str = "计量工作座谈会召开") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>计量工作座谈会召开</h1><div class='text'>{body}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "markup",
    [
        "<img src='http://[x]/a.jpg'>",  # urljoin: 'x' does not appear to be an IPv4 or IPv6 address
        "<img data-src='http://[x'>",  # urljoin: Invalid IPv6 URL
        "<a href='http://[x]/a.pdf'>附件.pdf</a>",
        "<a href='http://[/b.html'>下一篇</a>",
    ],
)
def test_urls_whose_host_no_parser_reads_are_left_out_not_a_crash(markup):
    item = extract_page(_article(f"<p>{TEXT}{markup}</p><p>{TEXT}</p>"), URL)
    assert item.body.count(TEXT) == 2
    assert not any("[" in url for url in item.images + [a["url"] for a in item.attachments])


def test_a_title_tag_that_swallowed_the_page_is_no_title():
    """An unclosed <title> holds the rest of the page (a browser shows it in the tab): past
    500 characters a <title> is not read, so its rules do not run over 20 000 separators."""
    assert document_title(parse_html("<title>" + "a-" * 10_000 + "</title>")) == ""
    assert (
        document_title(parse_html("<title>计量工作 - 中国计量网</title>"))
        == "计量工作 - 中国计量网"
    )
    item = extract_page(_article(f"<p>{TEXT}</p>", title="-" * 40_000), URL)
    assert (item.title, item.body) == ("计量工作座谈会召开", TEXT)


def test_a_long_run_of_spaces_inside_a_line():
    spaces = " \u00a0\u3000" * 30_000
    assert block_lines(parse_html(f"<p>计量{spaces}检定</p>")) == ["计量 检定"]


@pytest.mark.parametrize("depth", [300, 1500])
def test_text_under_hundreds_of_unclosed_elements_is_read(depth):
    """Old pages leave a <font> open again and again: libxml2 stopped building the tree at
    depth 256 and the text past it was lost. 2 048 deep is read now, and the walks over the
    tree do not recurse."""
    page = _article("<font color=red>·" * depth + f"<p>{TEXT}</p><p>{TEXT}</p>")
    item = extract_page(page, URL)
    assert item.body and item.body.count(TEXT) == 2


def test_text_after_an_inline_element_left_open_stays():
    """<strong>…<br> left open in a <br>-set article: libxml2 puts the rest inside it."""
    sentence = "The agents had watched the embassy for months, and the files show how it was run."
    body = "".join(
        f"{sentence} {sentence}<br /><br />"
        + ("<strong>A bold subheading here.<br /><br />" if i == 3 else "")
        for i in range(8)
    )
    page = f"<html><body><div class='article'><div class='article-body'>{body}</div></div></body></html>"
    assert extract_page(page.encode(), URL).body.count(sentence) == 16


def test_a_link_left_open_before_a_long_text_does_not_make_it_a_link_list():
    """<a href> never closed before a <br>-set text: libxml2 puts the whole text in the link,
    whose "link density" was then 1 and the text lost. A link holding more than a card's
    text is no link."""
    text = "<br>".join(f"第{i}段：{TEXT}" for i in range(12))
    page = (
        "<html><head><meta charset='utf-8'><title>飞行原理</title></head><body><table><tr>"
        "<td><a href='/'>首页</a> <a href='/a'>上一篇</a></td></tr><tr>"
        f"<td><font><a href='http://example.invalid/x'>{text}</font></td></tr>"
        "<tr><td>本站所有文章仅供学习参考，转载请注明出处，谢谢合作。</td></tr></table></body></html>"
    ).encode()
    assert extract_page(page, URL).body.count(TEXT) == 12


def test_a_page_is_stripped_and_cleaned_of_nuls_as_parsel_does_it():
    """parse_html strips a page's bytes where it can (one copy, not three): it must give what
    ``text.strip().replace("\\x00", "")`` gives, whatever spaces of any kind end the page."""
    import random

    from crawler.dom import _stripped_utf8

    ends = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u3000"]
    alphabet = [*ends, "\u2028", "\x00", "a", "<", "计", "😀"]
    rng = random.Random(1)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert _stripped_utf8(text) == text.strip().replace("\x00", "").encode(), repr(text)


def test_a_utf8_page_read_from_its_bytes_gives_the_tree_its_text_gives():
    """A UTF-8 response is parsed from its bytes, not decoded and encoded back: whatever the
    bytes (not UTF-8, a byte-order mark, controls, NULs, spaces of any kind at the ends), the
    tree must be the one its decoded text gives."""
    import random

    from lxml import etree
    from scrapy.http import HtmlResponse

    from crawler.dom import page_root

    pieces = [
        b"<p>", b"</p>", b"<div>", b"a", b" ", b"\n", b"\x00", b"\x01", b"\x1c", b"\x7f",
        "计量".encode(), "\u3000".encode(), "\xa0".encode(), "😀".encode(), b"\xef\xbb\xbf",
        b"\xb5\xe7", b"\xe8\xae", b"\xed\xa0\x80", b"\xc0\xaf", b"</html><p>", b"<!--x-->",
    ]  # fmt: skip
    rng = random.Random(2)
    for _ in range(3000):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        response = HtmlResponse(URL, body=body, encoding="utf-8")
        expected = etree.tostring(parse_html(response.text, URL), encoding="unicode")
        assert etree.tostring(page_root(response), encoding="unicode") == expected, body


def test_a_page_is_taken_for_utf8_and_parsed_from_its_bytes_as_its_decoding_says():
    """A saved page in UTF-8 is parsed from its bytes as it is taken for UTF-8 (one decoding
    fewer): the answer must be the decoding's, whatever the bytes."""
    import random

    from crawler.dom import utf8_response
    from crawler.middlewares import choose_encoding

    pieces = [
        b"<p>", b"</p>", b" ", b"\x00", b"\x01", "计量".encode(), "\u3000".encode(), b"a" * 70_000,
        "计量".encode("gbk"), b"\xe8\xae", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xa1",
    ]  # fmt: skip
    rng = random.Random(3)
    for _ in range(1500):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        try:
            valid = bool(body.decode()) and not body.isascii()
        except UnicodeDecodeError:
            valid = False
        parsed = utf8_response(URL, body, {}) is not None
        stripped = body.strip()
        plain_ends = (stripped[:1] + stripped[-1:]).isascii() and b"\x1c" not in stripped[:1]
        assert parsed == (valid and plain_ends), body
        if parsed:
            assert choose_encoding(body, "cp1252", None, ["utf-8", "gb18030"]) == "utf-8", body


@pytest.mark.parametrize(
    "encoding",
    ["cp1252", "gbk", "big5", "shift_jis", "utf-16-le", "iso2022_jp", "unicode-escape"],
)
def test_a_page_of_ascii_bytes_is_parsed_from_its_bytes_as_its_text_reads(encoding):
    """A page of ASCII bytes (an English page writing its other characters as entities) is
    parsed from its bytes whatever set it is in, where that set reads ASCII as ASCII: the
    tree must be its text's, and a set that reads the bytes otherwise is parsed from its text
    (UTF-16's pairs, ISO-2022's escapes, unicode-escape's \\u, IDNA's xn--; a reviewer's)."""
    import random

    from scrapy.http import HtmlResponse

    from crawler.dom import page_root

    pieces = [
        b"<p>", b"</p>", b" ", b"\n", b"\x00", b"\x01", b"\x1c", b"\x1b$B", b"\x1b(B", b"&amp;",
        b"&#35745;", b"&nbsp;", b"a", b"+AGE-", b"<!--x-->", b"</html><p>", b"~{", b"\\u4e2d",
        b"xn--fiqs8s",
    ]  # fmt: skip
    rng = random.Random(4)
    for _ in range(500):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        response = HtmlResponse(URL, body=body, encoding=encoding)
        expected = etree.tostring(parse_html(response.text, URL), encoding="unicode")
        assert etree.tostring(page_root(response), encoding="unicode") == expected, body


@pytest.mark.parametrize(
    "tail",
    [
        b"</b>" * 150 + "<p>国家统计局发布了最新的经济数据。</p>".encode("gbk"),  # past 100 errors
        b"<b>" * 2049 + b"\xb5\xe7<p>x</p>",  # a fatal error (depth) ends the parse before them
        b"<!DOCTYPE html \xb5\xe7><p>x</p>",  # inside a DOCTYPE
        b"</b>" * 150 + b"<p>The band plays \xe8\xae on in the park.</p>",  # cut, where errors stop
    ],
    ids=["past-100-errors", "after-a-fatal-error", "in-a-doctype", "a-cut-character"],
)
def test_bytes_libxml2_does_not_report_still_make_a_page_no_utf8(tail):
    """A page is UTF-8 when Python decodes it, not when libxml2 reports no error: it stops
    logging after 100, stops at a fatal one and skips a DOCTYPE's insides. (A reviewer's
    pages: a GBK article after 64 KiB of ASCII was read as UTF-8 and lost its text.)"""
    from scrapy.http import HtmlResponse

    from crawler.dom import page_root, parse_utf8, utf8_response

    body = "<title>标题</title><!--".encode() + b"x" * 65536 + b"-->" + tail
    assert parse_utf8(body) is None and utf8_response(URL, body, {}) is None
    response = HtmlResponse(URL, body=body, encoding="utf-8")  # as choose_encoding may decide
    expected = etree.tostring(parse_html(response.text, URL), encoding="unicode")
    assert etree.tostring(page_root(response), encoding="unicode") == expected


def test_a_script_writes_its_date_whatever_scripts_stand_beside_it():
    """Only scripts of 120 characters at most are read for a date they write (a news page's
    own scripts run to megabytes): counted as Python counts them, astral characters too."""

    def written(code: str) -> list[str]:
        page = f"<div><script>{'var x = 1;' * 5000}</script>正文<script>{code}</script></div>"
        return block_lines(parse_html(page))

    call = 'showDate("2020/04/17 01:43:09")'
    assert written(call) == ["正文 2020/04/17 01:43:09"]
    assert written(call + " " * (120 - len(call))) == ["正文 2020/04/17 01:43:09"]
    assert written(call + " " * (121 - len(call))) == ["正文"]
    emoji = 'showDate("2020/04/17 01:43:09 😀")'
    assert written(emoji + " " * (120 - len(emoji))) == ["正文 2020/04/17 01:43:09 😀"]


def test_a_second_document_whose_text_holds_control_characters_is_read():
    """What follows an early </html> joins the body; lxml refuses to set a text with a form
    feed or another C0 control in it, which made the page's parse raise."""
    text = (
        "国家质检总局近日发布公告\x0c对实施强制检定的工作计量器具目录进行调整\x01，突出民生计量。"
    )
    page = f"<html><body><p>头部</p></body></html><html class=a>{text}</html>"
    item = extract_page(page.encode(), "http://example.invalid/a.html")
    assert "发布公告 对实施强制检定的工作计量器具目录进行调整，突出民生计量。" in (item.body or "")


def _json_ld(data: str) -> bytes:
    return f'<html><script type="application/ld+json">{data}</script></html>'.encode()


# (a second fuzzing round: each input raised or took seconds to minutes)
@pytest.mark.parametrize(
    "page",
    [
        b"<div>" * 1000 + "<h2>计量工作座谈会召开</h2>".encode() * 2000,  # headings × depth: 4 s
        b"\x01</html>b",  # a control character in the text a second <html> joins to
        b"<p>a</p></html>" + b"</html>x" * 100_000,  # each stray's text rebuilt the tail: 7 s
        _json_ld('{"author":' + "[" * 1000),  # JSON nested past the parser's recursion
        _json_ld('{"@type":"NewsArticle","articleBody":"' + "<p " * 40_000 + '"}'),  # 3 s
        _json_ld('{"@type":"NewsArticle","articleBody":"计量\\udc00检定"}'),  # half a pair
        b'<meta charset="unicode_escape"><p>\\ud800</p>',  # a codec that makes one
        b'<meta charset="base64"><title>T</title><p>plain ASCII</p>',  # no character set
    ],
)
def test_hostile_inputs_give_an_item(page):
    item = extract_page(page, URL)
    assert "\ud800" not in (item.body or "") + (item.title or "")


@pytest.mark.parametrize("url", ["http://[x]/a", "http://[::1", "http://x/\ud800"])
def test_a_url_no_parser_reads_is_no_crash(url):
    assert extract_page(_article(f"<p>{TEXT}</p>"), url).body == TEXT


def test_half_a_utf16_pair_in_json_ld_is_damage():
    body = TEXT + "\\udc00" + TEXT
    item = extract_page(_json_ld('{"@type":"NewsArticle","articleBody":"' + body + '"}'), URL)
    assert (item.body, item.text_damaged) == (TEXT + "\ufffd" + TEXT, 1)


@pytest.mark.parametrize(
    "page",
    [
        # (a review of the fuzzing round's fixes: each still took seconds to a minute)
        b"<p>a</p></html>" + b"<html><body>t<i>u</i>v</body></html>" * 40_000,  # 88 s
        b"</html>x<b>y</b>" * 40_000,  # 7 s
        b"<html><body>t</body></html>" * 40_000,  # 5 s: the emptied strays were walked again
        "<meta charset='undefined'><p>计量</p>".encode("gbk"),  # a codec that always raises
    ],
)
def test_more_hostile_inputs_give_an_item(page):
    assert extract_page(page, URL) is not None


def test_control_characters_from_json_ld_do_not_reach_the_text():
    body = TEXT + "\\u0000\\u000c" + TEXT
    item = extract_page(_json_ld('{"@type":"NewsArticle","articleBody":"' + body + '"}'), URL)
    assert item.body.count(TEXT) == 2 and "\x00" not in item.body and "\x0c" not in item.body


def test_latin_words_are_counted_by_one_match_as_by_finding_each():
    """``_latin_words`` matches n words of two letters or more in one regex (finding every
    word made a string of each): the answer must be the count's, on any mix of letters,
    one-letter words, marks, digits and Chinese."""
    import random
    import re

    from crawler.extraction import _latin_words_re

    words = re.compile(r"[A-Za-z]{2,}")
    pieces = ["a", "Z", "ab", "abc", " ", "  ", ".", "-", "'", "é", "计", "1", " I ", "Ж"]
    rng = random.Random(6)
    for _ in range(20000):
        n = rng.choice((2, 8, 12))
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 200)))
        counted = len(words.findall(text, 0, 30 * n)) >= n
        assert (_latin_words_re(n).match(text, 0, 30 * n) is not None) == counted, (n, text)


@pytest.mark.parametrize(
    "start",
    [
        "<header class='top'><nav class='crumb'>首页 &gt; 新闻 &gt; 国内</nav></header>",  # HTML5
        "<x-bar>菜单</x-bar><nav class='crumb'>首页 &gt; 新闻 &gt; 国内</nav>",  # unknown first
    ],
)
def test_a_page_without_its_optional_head_end_and_body_start_reads_as_with_them(start):
    """A valid HTML5 page may leave out ``</head><body>`` (minifiers do): libxml2 then kept
    <header>, <nav>, <main>… inside <head>, and the page showed no line at all. The same page
    with the tags gives the same item."""
    head = "<!doctype html><html lang=zh><meta charset=utf-8><title>计量工作座谈会召开_新闻</title>"
    rest = (
        f"{start}<main><article><h1>计量工作座谈会召开</h1>"
        "<p class='info'>发布时间：2024-03-05 09:30 来源：本网 作者：张三</p>"
        f"<p>{TEXT}</p><p>{TEXT}</p></article></main><footer>版权所有</footer>"
    )
    bare = extract_page((head + rest).encode(), URL)
    tagged = extract_page((head + "</head><body>" + rest + "</body></html>").encode(), URL)
    assert bare.title == tagged.title == "计量工作座谈会召开"
    assert bare.breadcrumb == tagged.breadcrumb == "首页 > 新闻 > 国内"
    assert bare.published_at == tagged.published_at and bare.published_at.startswith("2024-03-05")
    assert (bare.author, bare.source, bare.body) == (tagged.author, tagged.source, tagged.body)
    assert bare.body.count(TEXT) == 2


@pytest.mark.parametrize(
    ("markup", "joined"),
    [
        (
            "<title>T</title><x-a>a</x-a>b\x01c<meta name=a>d<p>p</p>",
            "abcd",
        ),  # a kept <meta>'s tail
        ("<title>T</title><x-a>a</x-a>tail\x01<p>p</p>", "atail"),  # the body's first text
    ],
)
def test_text_moved_out_of_the_head_may_hold_controls(markup, joined):
    """Text joined to a moved element's tail loses the controls libxml2 kept and lxml refuses
    to set (a ValueError stopped the parse of the whole page)."""
    root = parse_html(markup)
    assert [el.tag for el in root.find("head")] in (["title"], ["title", "meta"])
    assert "".join(root.find("body").itertext()) == f"{joined}p"


@pytest.mark.parametrize("tag", ["div\x02\x19x", "p\ufffd~\x19l"])
def test_a_text_container_whose_tag_holds_control_characters_gives_the_text(tag):
    """A fuzzer's bytes inside the text's container's tag (<div\\x02…>): libxml2 keeps the tag,
    lxml will not look for it (ValueError: All strings must be XML compatible); the text's
    series of alike containers compares the tags instead."""
    paras = "".join(f"<p>{TEXT}</p>" for _ in range(4))
    page = _article(f"<{tag} class='content'>{paras}</{tag}>")
    assert extract_page(page, URL).body == "\n".join([TEXT] * 4)


def test_a_page_of_megabytes_of_mojibake_has_a_bounded_part_of_it_mended():
    """ftfy reads a megabyte of text in seconds: a page showing UTF-8 read as Windows-1252 has
    its texts mended up to MOJIBAKE_MENDED_MAX_CHARS characters, the first ones; a text too
    long for what is left is passed over, the rest of the page left as it is."""
    from crawler.dom import MOJIBAKE_MENDED_MAX_CHARS

    damaged = "todayâ€™s news " * 1000  # (14 000 characters)
    count = MOJIBAKE_MENDED_MAX_CHARS // len(damaged)
    huge = "x" * MOJIBAKE_MENDED_MAX_CHARS + "â€”"
    page = f"<p>{huge}</p>" + "".join(f"<p>{damaged}</p>" for _ in range(count + 5))
    texts = [p.text for p in parse_html(page).iter("p")]
    assert texts[0] == huge  # (longer than the whole allowance)
    assert texts[1 : count + 1] == [damaged.replace("â€™", "’")] * count
    assert texts[count + 1 :] == [damaged] * 5
