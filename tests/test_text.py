"""Text normalization: the pinyin rule and its near misses, script, width, whitespace, damage."""

from __future__ import annotations

from importlib import resources

import pytest

from crawler.text import (
    collapse_whitespace,
    count_damage,
    fold_fullwidth_alnum,
    normalize_text,
    remove_pinyin_brackets,
    to_simplified,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中國計(jì)量網(wǎng)", "中國計量網"),
        ("發(fā)布時(shí)間", "發布時間"),
        (
            "當(dāng)?shù)",
            "當?shù)",
        ),  # the reading of 當 goes; the damaged (shù) has no character before it
        ("量(liàng)", "量"),
        ("量(liáng)", "量"),  # any reading of a heteronym
        ("网（wǎng）", "网"),  # full-width brackets
        ("我們(men)", "我們"),  # neutral tone: no tone mark to carry
        ("的(de)", "的"),
        ("什麼(me)", "什麼"),
        ("计(ji)", "计"),  # a reading written without its tone mark
        ("绿(lü)", "绿"),
    ],
)
def test_pinyin_reading_after_its_character_is_removed(text, expected):
    assert remove_pinyin_brackets(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "计量(metrology)",  # an English gloss
        "(2011)",  # a year
        "(ISO)",  # an acronym
        "国际单位制(SI)",
        "计(liàng)",  # a syllable that is not a reading of 计
        "计(jie)",  # no reading of 计, with or without a tone mark
        "男(men)",  # a syllable, but not 男's
        "张(Zhang)",  # a romanized name
        "(jì)量",  # nothing before the bracket
        "2011(nián)",  # not after a Chinese character
    ],
)
def test_near_misses_survive(text):
    assert remove_pinyin_brackets(text) == (text, 0)


def test_traditional_becomes_simplified():
    assert to_simplified("中國計量網 發布時間 瀏覽 來源 首頁 > 新聞 > 熱點聚焦") == (
        "中国计量网 发布时间 浏览 来源 首页 > 新闻 > 热点聚焦"
    )


def test_a_japanese_article_keeps_its_kanji():
    """Japanese writes kanji in forms OpenCC takes for traditional Chinese (見, 張, 損, 橋):
    a text with kana is no Chinese text to simplify, however many of them it holds."""
    from crawler.items import Article
    from crawler.normalize import normalize_article

    body = "肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にもイヌがいます。欲張るとけっきょく損をするというお話しです。"
    item, _ = normalize_article(
        Article(url="http://x.example.jp/1", title="欲張りなイヌ", body=body)
    )
    assert (item.title, item.body) == ("欲張りなイヌ", body)


def test_a_japanese_report_with_a_list_of_figures_in_kanji_is_japanese():
    """A Japanese report quoting its figures in kanji has a quarter kana or less: still
    Japanese, its kanji kept (総務省, 閣議)."""
    from crawler.text import is_traditional

    text = "総務省は5日、地方交付税の総額を閣議決定した。東京都：1,234億円、大阪府：987億円、愛知県：654億円、福岡県：321億円。武田総務相は閣議後の記者会見で述べた。"
    assert not is_traditional(text)


def test_a_traditional_chinese_story_quoting_japanese_titles_is_simplified():
    """A Taiwanese story on anime quotes its Japanese titles in kana: a tenth of its script,
    not a Japanese text."""
    from crawler.text import is_traditional

    text = (
        "日本動畫電影《君の名は。》在台灣上映後票房創新高，導演新海誠表示感謝觀眾的支持與鼓勵。" * 3
    )
    assert is_traditional(text)


def test_fullwidth_letters_and_digits_fold_but_chinese_punctuation_stays():
    assert fold_fullwidth_alnum("ＪＪＧ５３９，共２０台：“好”！") == "JJG539，共20台：“好”！"


def test_whitespace_collapses_ideographic_space_and_nbsp():
    assert (
        collapse_whitespace("\u3000\u3000第一段\xa0\xa0文字  \n\n \u3000\n第二段\t")
        == "第一段 文字\n第二段"
    )


@pytest.mark.parametrize(
    ("text", "spots"),
    [
        ("水电燃?xì)獗?、可燃", 2),
        ("替换字符\ufffd在这里", 1),
        ("这是问题吗？是的。", 0),  # a real (full-width) question mark
        ("Is it ok? Yes.", 0),  # an ASCII question mark between words
        ("网址 http://x/?a=1 可用", 0),
        ("仅有10余人?!闭", 1),
    ],
)
def test_damage_is_counted(text, spots):
    assert count_damage(text) == spots


def test_sample_article_text_normalizes_as_portal_md_says():
    lines = (
        resources.files("crawler.dev.replica")
        .joinpath("data/sample_article.txt")
        .read_text(encoding="utf-8")
    ).splitlines()
    meta = next(n for n, line in enumerate(lines) if line.startswith("發(fā)布時間"))
    share = next(n for n, line in enumerate(lines) if line.startswith("分享到"))
    title, removed, _ = normalize_text(lines[meta - 2])
    assert title == "质检总局计量司联系点工作探索新模式"
    assert removed > 0
    body, _, damage = normalize_text("\n".join(lines[meta + 1 : share]))
    assert body.startswith("“博罗局全力争取国家、省、市局在经费")
    assert body.endswith("成为遂宁市第一个通过该项认证的县级局。")
    assert "(jì)" not in body and "計" not in body
    assert damage >= 5  # 燃?xì)獗?, 當?shù)貐 ... stay visible, counted


def test_normalize_can_keep_the_script():
    assert normalize_text("中國計(jì)量網", simplify=False)[0] == "中國計量網"


def test_a_simplified_article_keeps_characters_opencc_would_still_convert():
    from crawler.items import Article
    from pipelines.normalize import normalize_article

    body = (
        "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。"
        * 3
    )
    simplified, _ = normalize_article(Article(title="座谈会召开", author="刘昇", body=body))
    assert simplified.author == "刘昇"  # a name, not a traditional character
    traditional, _ = normalize_article(
        Article(title="座談會召開", author="劉昇", body=to_simplified(body, "s2t"))
    )
    assert traditional.author == "刘升" and traditional.body == body


def test_the_shortcut_for_simplified_texts_lists_only_traditional_characters():
    """A long text without any of them is taken for simplified without converting it: a
    character both scripts share (者) would send every simplified text down the slow way."""
    from crawler.text import _COMMON_TRADITIONAL

    assert [c for c in sorted(_COMMON_TRADITIONAL) if to_simplified(c) == c] == []


def test_a_wedged_question_mark_is_one_with_chinese_beside_it_and_no_space():
    """count_damage against the definition, on random strings of the characters that matter."""
    import random
    import re

    from crawler.text import _CJK, count_damage

    def cjk(ch: str) -> bool:
        return re.fullmatch(f"[{_CJK}]", ch) is not None

    rng = random.Random(2)
    for _ in range(20000):
        t = "".join(rng.choice("?计a \n。？1") for _ in range(rng.randint(0, 10)))
        want = sum(
            1
            for i, ch in enumerate(t)
            if ch == "?"
            and 0 < i < len(t) - 1
            and not t[i - 1].isspace()
            and not t[i + 1].isspace()
            and (cjk(t[i - 1]) or cjk(t[i + 1]))
        )
        assert count_damage(t) == want, repr(t)


def test_whitespace_collapses_the_same_by_split_as_by_the_space_class():
    """collapse_whitespace joins str.split() words where that agrees with its class of spaces
    (tab, no-break, em and ideographic spaces, zero-width ones): same lines on any mix."""
    import random
    import re

    spaces = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")

    def reference(text: str) -> str:
        lines = (spaces.sub(" ", line).strip() for line in text.splitlines())
        return "\n".join(line for line in lines if line)

    alphabet = [
        " ", "\t", "\xa0", "\u2000", "\u200a", "\u200b", "\u202f", "\u205f", "\u3000",
        "\ufeff", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u2028", "\u1680",
        "\u180e", "a", "计",
    ]  # fmt: skip
    rng = random.Random(5)
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert collapse_whitespace(text) == reference(text), repr(text)


def test_the_byte_tests_that_spare_a_regex_agree_with_the_regexes():
    """shown_characters, encodable, fold_fullwidth_alnum and remove_pinyin_brackets first ask a
    text's UTF-8 bytes (or whether it is ASCII) whether the regex has anything to do: on
    random texts of the characters each regex is about, the answers are the regexes' own."""
    import random
    import re

    from crawler.text import _readings, encodable, shown_characters

    surrogate = re.compile("[\ud800-\udfff]")
    control = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
    fullwidth = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
    bracket = re.compile(
        r"(?P<char>[\u3400-\u9fff\uf900-\ufaff])[(（](?P<syl>[a-zü\u00e0-\u01dc]{1,7})[)）]"
    )

    def shown(text: str) -> str:
        return (
            control.sub("", surrogate.sub("\ufffd", text)).replace("\x0b", " ").replace("\x0c", " ")
        )

    def folded(text: str) -> str:
        return fullwidth.sub(lambda m: chr(ord(m[0]) - 0xFEE0), text)

    def unbracketed(text: str) -> str:
        def repl(m):
            return m["char"] if m["syl"] in _readings(m["char"]) else m[0]

        return bracket.sub(repl, text)

    alphabet = [
        "a", "z", " ", "(", ")", "（", "）", "jì", "men", "ǜ", "計", "们", "网", "\ufa00", "\u3400",
        "\x00", "\x01", "\x08", "\x09", "\x0b", "\x0c", "\x0d", "\x1f", "\x7f", "\x80", "\ufffe",
        "\uffff", "\ufffd", "\ud800", "\udfff", "\uff0f", "\uff10", "\uff19", "\uff21", "\uff3a",
        "\uff41", "\uff5a", "\uff5b", "\uffbf", "“", "é", "😀",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert encodable(text) == surrogate.sub("\ufffd", text), repr(text)
        assert shown_characters(text) == shown(text), repr(text)
        assert fold_fullwidth_alnum(text) == folded(text), repr(text)
        assert remove_pinyin_brackets(text)[0] == unbracketed(text), repr(text)


def test_the_mojibake_sign_in_a_pages_bytes_is_the_sign_in_its_text():
    """A page's UTF-8 bytes are searched for the sign of UTF-8 read as Windows-1252 before its
    texts are: for every pair of characters the byte regex and the text regex agree."""
    from crawler.text import _MOJIBAKE_RE, MOJIBAKE_UTF8_RE

    firsts = [chr(c) for c in range(0xA0, 0x250)]
    seconds = [chr(c) for c in range(0x80, 0x250)] + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ⁄™中")
    for a in firsts:
        for b in seconds:
            pair = a + b
            assert bool(_MOJIBAKE_RE.search(pair)) == bool(
                MOJIBAKE_UTF8_RE.search(pair.encode())
            ), repr(pair)


def test_a_page_showing_utf8_read_as_windows_1252_in_places_is_read_as_it_meant():
    """A template or a database that wrote part of a page's UTF-8 as Windows-1252 (or Latin-1)
    characters (Todayâ€™s, â€” for a dash, JosÃ©): its title, author and text are read as
    meant, and a dateline behind such a dash dates the page; text that only looks so (sé»,
    café’s) stays as it is."""
    from crawler.pages import extract_page

    dash_latin1 = "\u00e2\u0080\u0094"  # (an em dash's bytes read as Latin-1)
    page = (
        "<html><head><meta charset='utf-8'><title>Todayâ€™s storm closes roads</title>"
        "</head><body><h1>Todayâ€™s storm closes roads</h1><p class='byline'>By JosÃ© Ruiz</p>"
        "<div class='text'>"
        f"<p>December 4, 2019 (SAINT PAUL) {dash_latin1} Heavy rain closed dozens of roads across"
        " the region on Monday, officials said, as the storm moved east.</p>"
        "<p>â€œWe have never seen water this high,â€\x9d said the owner of a café’s terrace, who"
        " added that «no lo sé» was all his Spanish neighbour could say about it.</p>"
        "<p>Crews worked through the night to clear the fallen trees from the main roads, and"
        " schools across the county stayed closed on Tuesday as the water slowly went down.</p>"
        "</div></body></html>"
    )
    item = extract_page(page.encode(), "https://news.example.com/2019/storm.html")
    assert item.title == "Today’s storm closes roads"
    assert item.author == "José Ruiz"
    assert item.body.startswith("December 4, 2019 (SAINT PAUL) — Heavy rain")
    assert "“We have never seen water this high,” said the owner of a café’s terrace" in item.body
    assert "«no lo sé»" in item.body
    assert item.published_at[:10] == "2019-12-04"


@pytest.mark.parametrize(
    "text",
    [
        "“VAI SER AMANHÃ”, DIZ MINISTRO",  # Portuguese capitals before a quote
        "heitið „GUÐ“ og „BRAUÐ“",  # Icelandic
        "ENCONTREI MINHA IRMÃ\u00a0DEPOIS",  # a no-break space after Ã
        "«no lo sé», dijo",
        "Über die Straße — naïve façade, 12°C, ½ cup, © 2024",
    ],
)
def test_text_that_only_looks_like_mojibake_is_left_as_it_is(text):
    """(A review's:) ftfy "mended" Portuguese and Icelandic capitals before quotes; the sign
    that lets a text through to it leaves them out."""
    from crawler.text import mend_mojibake

    assert mend_mojibake(text) == text
