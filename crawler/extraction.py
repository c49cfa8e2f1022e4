"""Pure DOM functions that find the parts of an article page.

Every function takes a :class:`parsel.Selector` or an lxml element and returns
plain values, so they run on a saved page with no engine or network. Site
selectors are tried first by the loader; these generic functions are what
works on markup nobody described: the page's lines (:func:`block_lines`), the
body's container (:func:`find_body_parts`: readability's idea adapted to Chinese,
each paragraph scoring by its length and punctuation for its parent and half for
its grandparent) and its lines, title, breadcrumb, meta line, the pages of a split
article and the view counter's URL.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import accumulate, chain, islice, pairwise, takewhile
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from crawler.dom import (
    HIDDEN_TAGS,
    Marked,
    dead_href,
    marked_elements,
    page_comments,
    page_elements,
    tagged_alike,
    text_of,
)
from crawler.generic import (
    GUEST_INTRO_MAX_CHARS,
    GUEST_INTRO_RE,
    LATIN_DATE,
    LATIN_DAY_LABEL,
    TITLE_LINES_MAX,
    agency_in_byline,
    author_from_lines,
    author_in_latin_byline,
    latin_dateline,
    latin_person,
    title_set_over_lines,
    writer_with_role,
)
from crawler.government import document_link
from crawler.links import absolute_url
from crawler.pagers import article_key, script_pager
from crawler.parsing import (
    _LABEL_RE,
    COUNT_WORD,
    CREDIT_BAR,
    CREDIT_LABEL_RE,
    FIELD_START_RE,
    HAS_LABEL_RE,
    MONTHS,
    ORIGINAL_TITLE_RE,
    VIDEO_TITLE_RE,
    colonize,
    day_alone,
    day_alone_date,
    is_field_line,
    may_hold_label,
    parse_breadcrumb,
    parse_date,
    parse_meta,
)
from crawler.text import remove_pinyin_brackets

__all__ = [
    "ENDS_SENTENCE_RE",
    "article_key",
    "block_lines",
    "body_from_node",
    "body_images",
    "boilerplate_line",
    "clean_body_lines",
    "common_ancestor",
    "find_body_parts",
    "find_breadcrumb",
    "find_counter_url",
    "find_meta_line",
    "find_part_urls",
    "find_title",
    "in_furniture",
    "in_other_block",
    "is_furniture",
    "is_sentence",
    "lead_credit",
    "summary_box",
    "trimmed_unindexed",
    "unindexed",
]

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "tbody",
        "td",
        "th",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "center",
        "form",
        "hr",
        "main",
        "aside",
        "nav",
    ]
)


# Bootstrap's and Tailwind's spacing classes: pl-3 is a padding, not a comment list's pl
_SPACING_RE = re.compile(r"[mp][trblxyse]?-(?:(?:sm|md|lg|xl|xxl)-)?(?:n?\d+|auto|px)$", re.I)
#: The most class names a :class:`NameWords` keeps the answer for (then it forgets them all).
NAMES_KNOWN_MAX = 4096


class NameWords:
    """Words a class or id may name an element by: a word standing between separators
    (space, ``_``, ``-``) or at an end, case ignored; a prefix stands for every word it
    begins (``comment`` for ``commentlist``). ``in`` tells whether a name holds one.

    An ASCII name is cut at its separators and its words looked up: the regex the words make
    tried each of them at each separator, 2.5 µs a name on a news site's long class lists
    (a page's text walk asks of every element), 1 µs so. Other names go to the regex.

    ``unlike``: names of their own (a whole class) that a prefix begins and that name no
    such thing (``commented``: a post that has comments; ``most-commented`` is a box).

    >>> words = NameWords("nav pre_next", prefixes="comment", unlike="commented")
    >>> [name in words for name in ("top-nav", "navbar", "CommentList x", "a pre_next", "评论 nav")]
    [True, False, True, True, True]
    >>> "post commented" in words, "most-commented x" in words
    (False, True)
    """

    def __init__(self, words: str, prefixes: str = "", unlike: str = "") -> None:
        self.words, self.prefixes = frozenset(words.split()), tuple(prefixes.split())
        self.unlike = frozenset(unlike.split())
        choices = [*map(re.escape, sorted(self.words)), *(rf"{p}\w*" for p in self.prefixes)]
        self.regex = re.compile(r"(?:^|[\s_-])(?:" + "|".join(choices) + r")(?:$|[\s_-])", re.I)
        # words with a separator inside are not one of a name's cut words: the regex answers
        self._joined = tuple(w for w in self.words if "_" in w or "-" in w)
        # the answers so far: a page repeats its class names (newspaper4k's news pages name 550
        # elements a page with 170 names), a site its templates (zh-body-dev's pages: 2.5 µs a
        # name, 0.6 with the answers kept)
        self._known: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        known = self._known.get(name)
        if known is None:
            if len(self._known) >= NAMES_KNOWN_MAX:
                self._known.clear()
            known = self._known[name] = self._holds(name)
        return known

    def _holds(self, name: str) -> bool:
        if "-" in name:  # (a layout's spacing, pl-3, mb-md-2: no name of a block's)
            name = " ".join(word for word in name.split() if not _SPACING_RE.match(word))
        if self.unlike:
            name = " ".join(word for word in name.split() if word.lower() not in self.unlike)
        if not name.isascii():  # (Unicode case rules: K, the Kelvin sign, is a k)
            return self.regex.search(name) is not None
        lowered = name.lower()
        if any(word in lowered for word in self._joined):
            return self.regex.search(name) is not None
        for word in lowered.replace("_", " ").replace("-", " ").split():
            # (\w*: a word's letters and digits; a dot or a colon ends no word)
            if word in self.words or (word.isalnum() and word.startswith(self.prefixes)):
                return True
        return False


# Containers inside an article that are furniture, by class or id.
FURNITURE_NAMES = NameWords(
    "pagelist dede_pages page pages pager pagination share related relate xgwz xgyd xgxw pinglun "
    # (related in one word: Jetpack's jp-relatedposts-post)
    "relatedposts relatedpost relatedarticles relatedstories relatedlinks relatedcontent "
    "relatednews relateditems "
    # a newsletter's offer (subscribe_overlay_inner; not subscriber-only text)
    "subscribe newsletter "
    "reply huifu liuyan prenext pre_next context tag tags ad ads caption credit tool tools "
    "toolbar copyright footer sidebar side nav menu breadcrumb position place crumb crumbs "
    # text for screen readers only, which a reader does not see ("Continue reading the main
    # story", a skip link past an ad)
    "visually-hidden visuallyhidden sr-only screen-reader-text screenreader-only element-invisible "
    # a like's button and its count (赞 in pinyin, DedeCMS's digg: <div class="zan-i">+1</div>)
    "zan dianzan digg "
    # the copyright's and disclaimer's box in pinyin (版权免责; not banquan alone: a copyright
    # news site's banquanxinwen_detail, a 版权声明 page's banquan_main are texts)
    "banquanmianze",
    # (enlarge: a picture's control, "Enlarge this image", "View Images"; donate: an appeal)
    prefixes="bdshare jiathis comment advert enlarge donate donation",
    unlike="commented",
)
# A site's notice under its articles (【免责声明】本文仅代表作者本人观点…): no prose of the text's.
_DISCLAIMER_RE = re.compile(
    r"\s*(?:[【\[]\s*(?:免责|免責|版权|版權|郑重|鄭重|特别|特別)?(?:声明|聲明)\s*[】\]]"
    r"|(?:免责|免責|版权|版權|郑重|鄭重|特别|特別)(?:声明|聲明)\s*[:：])"
)
# Unlabelled too: a paragraph of a notice's length whose first sentence says the content is no
# advice to invest (本網站的內容概不構成任何投資意見…; 声明：此栏目文章…不构成投资建议). Not a longer
# text that opens so: a broker's note in one table cell (以下內容僅供參考，不構成任何投資建議，高盛…).
_NO_ADVICE_RE = re.compile(
    r"[^。！？]{0,60}不(?:构成|構成)(?:任何)?(?:投资|投資)(?:建议|建議|意见|意見)"
)
#: The longest paragraph :data:`_NO_ADVICE_RE` tells as a notice.
NOTICE_MAX_CHARS = 250
# The page's text named after the page, not a pager: page_art_content, pages-detail. (Other
# furniture words keep their sense before such an ending: comment-content, copyright-text.)
_CONTENT_NAME_RE = re.compile(
    # (and its parts, named the BEM way: page-content__row--story)
    r"^pages?[_-](?:\w+[_-])?(?:content|article|text|body|main|detail|zw|txt)(?:(?:__|--)[\w-]*)?$",
    re.I,
)
# Blocks beside the article that may hold prose of their own (comments above all; the site's
# copyright and disclaimer named in pinyin: banquanmianze, 版权免责. Not the English word: a
# modifier on an article's own box, has-disclaimer, article-disclaimer-free, names it too)
_OTHER_BLOCK_WORDS = (
    "comments pinglun reply replies huifu liuyan related relate xgwz xgyd xgxw tuijian sidebar "
    "side aside footer foot mianze banquanmianze"
)
_OTHER_BLOCK_PREFIXES = "comment discuss recommend"
OTHER_BLOCK_NAMES = NameWords(
    _OTHER_BLOCK_WORDS + " cmt cmts pl plist",  # (and the short names of comments)
    prefixes=_OTHER_BLOCK_PREFIXES,
    unlike="commented",  # (<article class="post commented">: the article, with comments)
)
# An <article> or <main> names comments in words, or opens a name with their short name
# (<article class="cmt">, pl-item): a short name after another word is the article's own
# there (CSDN's <article class="baidu_pl"> holds the post)
_OTHER_BLOCK_SPELLED = NameWords(
    _OTHER_BLOCK_WORDS, prefixes=_OTHER_BLOCK_PREFIXES, unlike="commented"
)
_SHORT_NAME_FIRST_RE = re.compile(r"(?:^|\s)(?:cmts?|pl|plist)(?:$|[\s_-])", re.I)
# a copyright notice as a line of its own (© 2011 CNBC.com; Copyright 2011 The Associated Press.
# All rights reserved.; 版权所有：…), read only where it closes the text
_COPYRIGHT_LINE_RE = re.compile(r"\s*(?:©|\([Cc]\)\s|Copyright\b|COPYRIGHT\b|版权所有|版權所有)")
_BOILERPLATE_LINE_RE = re.compile(
    r"^(?:分享到|分享：|上一篇|下一篇|上一页|下一页|[上下]一(?:图集|圖集|组|組|张|張|幅|条|條)$|相关文章|相关阅读|相关新闻|责任编辑|【打印|打印本页|"
    r"[【\[]?纠错[】\]]?$|关闭窗口|返回顶部|收藏本文|字号|您的浏览器(?:暂时|暂不|当前)?(?:无法|不能|不支持)|\[?(?:打印|关闭)\]?$|共\s*\d+\s*页|首页\s*上一页|"
    r"国内统一(?:连续出版物)?刊号\s*[:：]?\s*[Cc][Nn]|全国邮发代号\s*[:：]?\s*\d|"  # registration numbers
    r"\d+(?:\s+\d+)+(?:\s*(?:下一页|末页))?$|\d+\s*(?:下一页|末页)$|"  # a pager, not one number
    r"[（(【\[]?(?:资料图|資料圖)片?[）)】\]]?$)"  # a file photo's mark, alone where the picture was
)


def boilerplate_line(line: str) -> bool:
    """A line of the page's furniture, never the text's: a pager, 打印, 分享到, a newspaper's
    registration numbers (国内统一刊号 CN51-0127), a file photo's mark alone (资料图, where a
    picture stood).

    >>> boilerplate_line("国内统一刊号 CN51-0127 全国邮发代号 61-149"), boilerplate_line("国内新闻")
    (True, False)
    >>> boilerplate_line("（资料图片）"), boilerplate_line("资料图显示，该桥建于1958年。")
    (True, False)
    """
    return _BOILERPLATE_LINE_RE.match(line) is not None


_END_OF_BODY_RE = re.compile(
    r"^(?:分享到|上一篇|下一篇|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|【打印|打印本页|关闭窗口)"
    # the end mark some sites set under the text, set off (- THE END -, —END—, (END)): a
    # program's END or a verse's stands bare
    r"|^\s*(?:[-—–=_*·•▍|]+\s*(?:THE\s+)?END\s*[-—–=_*·•▍|]+|[（(【\[]\s*END\s*[)）】\]]"
    r"|(?i:[-—–=_*·•▍|\s]*THE\s+END[-—–=_*·•▍|\s]*))\s*$"
    # (a box's heading as a line of its own: 猜你喜欢功能… opens a sentence, 相关日志显示… too)
    r"|^[【\[]?(?:精彩(?:视频)?推荐|猜你喜欢|相关日志|相關日誌)[】\]]?\s*[:：>》]*\s*$"
    # and an English page's, as a line of its own: Related stories, Read more:, Advertisement
    r"|^(?i:related(?: stories| articles| coverage| content| posts| news| links| reading)?"
    r"|read (?:more|also)|see also|more (?:stories|from [^.!?]{1,40})|recommended(?: for you)?"
    r"|you (?:may|might) also like|most (?:read|popular)|share this(?: article| story)?"
    r"|about the (?:authors?|writers?))\s*:?\s*$"
)
# a publisher's reservation of its rights: 未经授权，不得转载 (未經許可 不得轉載)
_RIGHTS_RE = re.compile(
    r"^\s*(?:[【\[（(].*|(?:版权|版權|郑重|鄭重)?(?:声明|聲明)\s*[:：].*)未[经經][^。]{0,12}"
    r"(?:授权|授權|许可|許可|同意)[^。]{0,10}(?:不得|禁止|严禁|嚴禁)(?:转载|轉載)"
    r"(?:.*[】\]）)]|[^。]*。?)\s*$"
)  # (in brackets, or under its label: 版权声明：…，未经授权，不得转载。)
# the note closing a page of a text that goes on (接下一页, 未完待续, 下转第3版, 续下页)
_CONTINUED_RE = re.compile(
    r"\s*[（(【\[]?\s*(?:接下一?页|接下頁|接下一頁|未完[，,、]?\s*(?:待续|待續|接下页|接下頁)|续下页|續下頁"
    r"|下转第?\s*[A-Z]?\d{1,2}\s*版|下轉第?\s*[A-Z]?\d{1,2}\s*版)\s*[)）】\]]?\s*$"
)
_AD_LINE_RE = re.compile(r"(?i:advertisement|story continues below(?: advertisement)?|广告)\s*$")
#: A line that ends a sentence (its stop, a closing quote after it maybe).
ENDS_SENTENCE_RE = re.compile(r"[。！？!?.][”\"』」’']?\s*$")
#: Text (characters) before a 责任编辑： line for it to end the text: a lead or a summary
#: above it does not make what follows another article's.
IN_CHARGE_AFTER_CHARS = 200
# (a bar only as the line's one bar, as credits have it: 责编|张三|李四 is a table's row)
_IN_CHARGE_RE = re.compile(
    rf"^[（(【\[\s]*(?:责任编辑|責任編輯|责编|責編)\s*(?:[:：]|{CREDIT_BAR})"
)
_SENTENCE_RE = re.compile(r"[，。；！？]")
_SENTENCE_END_RE = re.compile(r"[。；！？]")
_NAV_SEP_RE = re.compile(r"[│|｜]")
# a label in brackets with nothing after it: [稿源：] (a known label left empty, 责任编辑：, is a
# credit; a line ending in a colon without brackets may introduce what follows: 具体如下：)
_EMPTY_LABEL_RE = re.compile(r"[（(【\[]\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*[)）】\]]")
# a credit: （责任编辑：李四）, 编辑|张三
_CREDIT_RE = re.compile(r"[（(【\[\s]*(?:责任|責任)?" + CREDIT_LABEL_RE.pattern)
_ENDS_WITH_LABEL_RE = re.compile(r"[:：]\s*$")
_COUNTER_SRC_RE = re.compile(r"count\.php\?|ViewClick|op=count|/hits?\b|click\.php\?", re.I)
# what parts <title>: - _ | ｜ – —, but not a hyphen inside a word (COVID-19, hit-and-run,
# 1-10月; GPU-EDN between capitals parts a title from its site)
_SEPARATOR = r"(?:[_|｜–—]+|(?<![A-Za-z0-9])-+|-+(?![A-Za-z0-9])|(?<=[A-Z])-+(?=[A-Z]))"
_TITLE_SUFFIX_RE = re.compile(
    r"\s*" + _SEPARATOR + r"\s*(?P<site>(?:(?!\s*" + _SEPARATOR + r")[^_|｜–—]){2,30})$"
)
_TITLE_SEP_RE = re.compile(r"\s*" + _SEPARATOR + r"\s*")


def title_parts(text: str) -> list[str]:
    """The parts a ``<title>``'s separators set apart (标题_栏目_网站, Headline | Site).

    >>> title_parts("春季计量检定工作全面启动-虎嗅"), title_parts("COVID-19 cases rise | News")
    (['春季计量检定工作全面启动', '虎嗅'], ['COVID-19 cases rise', 'News'])
    >>> title_parts("“红色足迹——党章历程”参观活动_某校"), title_parts("《计量法》——解读_网")
    (['“红色足迹——党章历程”参观活动', '某校'], ['《计量法》', '解读', '网'])
    """
    cuts = title_separators(text)
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


# what a headline quotes or names in brackets may hold a dash (“红色足迹——党章历程”参观活动):
# no separator of <title>'s parts stands inside them
_PAIRED = (
    ("“", "”"),
    ("《", "》"),
    ("「", "」"),
    ("『", "』"),
    ("（", "）"),
    ("(", ")"),
    ("【", "】"),
)


def _quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a pair of quotes or brackets of ``text`` (opened before it
    and closed after it, the text's opens and closes as many: a quote left open, a smiley's
    ``:(``, is no pair).

    >>> _quoted_at("“红色足迹——党章”活动", 5), _quoted_at("Why it failed :( - Blog (on gardens)", 16)
    (True, False)
    """
    before = text[:at]
    return any(
        o in before and before.count(o) > before.count(c) and text.count(o) == text.count(c)
        for o, c in _PAIRED
    )


def title_separators(text: str) -> list[re.Match]:
    """The separators of a ``<title>``'s parts: not the dashes inside quotes or brackets."""
    return [m for m in _TITLE_SEP_RE.finditer(text) if not _quoted_at(text, m.start())]


def _site_suffix(title: str) -> re.Match | None:
    """The last part of ``title`` that may be a site's name, with its separator."""
    m = _TITLE_SUFFIX_RE.search(title)
    return None if m is None or _quoted_at(title, m.start()) else m


# letters and digits: Latin (with marks), Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
# kana, Chinese characters, Hangul (ranges, not \w: a third faster on every paragraph)
_LETTERS = (
    "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff"
    "\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
_NOT_CONTENT_RE = re.compile(f"[^{_LETTERS}]+")
_CONTENT_RE = re.compile(f"[{_LETTERS}]")
_CONTENT_RUN_RE = re.compile(f"[{_LETTERS}]+")
_NON_ASCII_CONTENT_RUN_RE = re.compile(f"[{_LETTERS.removeprefix('0-9A-Za-z')}]+")
_ASCII_NOT_CONTENT = bytes(i for i in range(256) if not (i < 128 and chr(i).isalnum()))
_ASCII_BYTES = bytes(range(128))
_LETTER_RE = re.compile(r"[^\W\d_]")
_LINK_TEXT_XPATH = etree.XPath(".//a//text()", smart_strings=False)


def _text_len(text: str) -> int:
    """Letters of any script (Chinese characters among them) and digits: what counts as text.

    Chinese text: the runs' lengths summed (no copy of the text, twice as fast as a sub()).
    Other text (no Chinese character in its first 64): its ASCII letters and digits counted by
    ``bytes.translate``, then the letters among its other characters (é, Greek, Chinese
    further on…), which ``bytes.translate`` also picks out: a regex over the whole text, to
    find them or a Chinese character, tried every character of an English page's texts (3.4
    times slower).

    >>> _text_len("Café — 2 “olé” ΑΒ"), _text_len("a-b c"), _text_len("计量，检定 a"), _text_len("\\ud800x")
    (10, 3, 5, 1)
    >>> _text_len("A long line of English words, then Chinese ones, far from its start: 计量检定")
    57
    """
    if (
        not text.isascii() and _CJK_ANY_RE.search(text, 0, 64) is not None
    ):  # (a Chinese text shows one at once)
        return sum(map(len, _CONTENT_RUN_RE.findall(text)))
    encoded = text.encode("utf-8", "surrogatepass")
    ascii_content = len(encoded.translate(None, _ASCII_NOT_CONTENT))
    if text.isascii():
        return ascii_content
    others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return ascii_content + sum(map(len, _NON_ASCII_CONTENT_RUN_RE.findall(others)))


# (possessive: a text without the n-th character fails in one pass, not two)
_CJK_AT_LEAST = {
    n: re.compile(rf"(?:[^\u3400-\u9fff]*+[\u3400-\u9fff]){{{n}}}") for n in (2, 8, 16)
}
_PUNCT = "，。；：、！？,.;!?"


def _has_cjk(text: str, n: int) -> bool:
    """At least ``n`` Chinese characters (the regex stops at the n-th: no copy of a long text;
    an ASCII text, which Python knows it is, has none: the regex went over the whole of it)."""
    return not text.isascii() and _CJK_AT_LEAST[n].match(text) is not None


# Latin-script prose: words of two letters or more, and sentence punctuation before a space.
# n such words from the start, passing over what is no word (one-letter ones among it): one
# match, where finding every word made a string of each, four times slower on English
@cache
def _latin_words_re(n: int) -> re.Pattern:
    # (a lone letter, never a word's last: words are taken whole)
    no_word = r"(?:[^A-Za-z]++|[A-Za-z](?![A-Za-z]))*+"
    return re.compile(rf"(?:{no_word}[A-Za-z]{{2,}}+){{{n}}}")


_CJK_ANY_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# words of any alphabet but Chinese and Japanese characters (Cyrillic, Greek, Arabic, Hangul…)
# and Latin letters with marks alone (ÓÎÂÖ: GBK bytes read as Windows-1252, not words)
_OTHER_WORD_RE = re.compile(
    r"(?:(?![\u00c0-\u024f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])[^\W\d_]){2,}"
)


def _latin_words(text: str, n: int) -> bool:
    """At least ``n`` words of two letters or more in Latin script (one-letter words, a and I,
    neither count nor break the count), or in another alphabet that sets spaces between words.

    >>> _latin_words("경기도 용인에 자리 잡은 민간 시험인증 전문기업 디지털이엠씨", 8)
    True
    """
    if _latin_words_re(n).match(text, 0, 30 * n) is not None:
        return True
    head = text[: 30 * n]
    # other alphabets only where no Chinese character stands (most short lines of a Chinese
    # page come here: a menu's 首页, a date)
    return (
        not head.isascii()
        and _CJK_ANY_RE.search(head) is None
        and len(_OTHER_WORD_RE.findall(head)) >= n
    )


_LATIN_BYLINE_RE = re.compile(  # By Jane Smith; Posted on March 3, 2024 by Jane Smith
    r"^(?:(?:Posted|Published|Written|Updated)\b.{0,40}?\s)?(?:By|BY|by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\b"
)
# (the stop first and what it ends looked behind: a regex that began with the letter tried
# every letter of a text, five times slower; a space before it: a paragraph's own text lacks
# its links' words, and a sentence may end with a link, "… the Electoral College <a>cast
# their ballots</a>.")
_LATIN_SENTENCE_RE = re.compile(
    r"[.!?؟](?<=(?:[a-z0-9)\"'”’ ]|[^\W\dA-Za-z_])[.!?؟])[\"'”’»)\]]*(?:\s|$)"
)  # (a quote may close after the stop: … in the area.”)


def _has_prose(text: str, n: int) -> bool:
    """At least ``n`` Chinese characters, or ``n`` words of Latin script (an English page).

    >>> _has_prose("Bridges were closed as the storm reached the coast on Monday.", 8)
    True
    >>> _has_prose("Home | News | Sport | Weather", 8)
    False
    >>> _has_prose("WASHINGTON (AP) — The Senate passed a sweeping bill on Tuesday.", 8)
    True
    """
    return _has_cjk(text, n) or _latin_words(text, n)


def _punct_count(text: str) -> int:
    return sum(map(text.count, _PUNCT))


#: What :func:`block_lines`' writers put at a block's start and end, a ``<br>``, a line break
#: of a ``<pre>``: a noncharacter of Unicode (for a program's own use: not a private use
#: area's, which icon fonts show), told apart from the other line breaks of the page's source.
LINE_BREAK = "\ufdd0"


def block_lines(
    node: etree._Element,
    skip: Callable[[etree._Element], bool] | None = None,
    *,
    unwrap: bool = False,
) -> list[str]:
    """The visible text of ``node`` as lines, breaking at block elements and ``<br>``.

    Elements below ``node`` for which ``skip`` is true are left out (their tail text stays).
    Without ``skip`` libxslt writes the text (:data:`_LINES_XSLT`); with it, a walk in Python
    does (:func:`_walked_text`). Both write the same text, tested so. ``unwrap``: English
    prose hard-wrapped in the source comes in whole lines (:func:`_unwrapped`): the article's
    text asks for it, not the page's lines the fields are read from (a cost on every page).
    """
    if node.tag.__class__ is not str or node.tag in HIDDEN_TAGS:
        return []
    if skip is None and next(node.iter("pre"), None) is None:
        try:
            text = str(_LINES_XSLT(node))
        except _NotXMLText:  # a script writes a date with a control character in it
            text = _walked_text(node, None)
    else:  # (and a <pre>'s lines, which the walk keeps: few pages have one)
        text = _walked_text(node, skip)
    # A line break of the source is a line of ours too (old pages part their lines so), but
    # not after a label: 来源：⏎ 中国日报网 is one line as a browser shows it. (The one regex
    # over the text starts at a colon only: one that tried each space of a run of 100 000
    # took seconds; this one is linear, 0.1 s on 200 000 characters of colons.)
    text = _LABEL_AT_BREAK_RE.sub(_label_joined, text)
    text = _BY_AT_BREAK_RE.sub("By ", text)
    if "appeared" in text or "published" in text:  # (most pages' text holds neither)
        text = _CREDIT_AT_BREAK_RE.sub(_credit_joined, text)
    if unwrap:
        text = _unwrapped(text)
    text = text.replace(LINE_BREAK, "\n")
    lines = [" ".join(line.split()) for line in text.split("\n") if line and not line.isspace()]
    return _columns_joined(lines, node)


def _columns_joined(lines: list[str], node: etree._Element) -> list[str]:
    """``lines`` with a field's label alone on its line joined to the value on the next, where
    the markup sets them as a row's two columns, which a browser shows side by side: a table's
    row (<tr><td>来源：</td><td>新华网</td></tr>), a definition list, or an element holding the
    two alone (<div class="form-group"><label>作者：</label><div>焦斌</div></div>). Not a label
    left empty over whatever stands next (a toolbar, a section's link, a photo's credit: a
    review found those read as values), nor a value longer than a field's.

    >>> from crawler.dom import parse_html
    >>> lines = lambda markup: block_lines(parse_html(markup))
    >>> lines("<table><tr><td>来源：</td><td>新华网</td><td>发布时间：</td><td>2019-09-27</td></tr></table>")
    ['来源：新华网', '发布时间：2019-09-27']
    >>> lines("<div><label>作者：</label><div>焦斌</div></div><p>正文。</p>")
    ['作者：焦斌', '正文。']
    >>> lines("<div>来源：</div><div><a href='/n'>国内新闻</a></div><p>正文。</p>")
    ['来源：', '国内新闻', '正文。']
    """
    # (the lines ending with a colon first: most pages have few, an English page's Share:)
    ends = [i for i, line in enumerate(lines) if line[-1] in ":："]
    pairs = [
        i
        for i in ends
        if i + 1 < len(lines)
        and (m := FIELD_START_RE.match(label := lines[i])) is not None
        and m.end() == len(label)
        and len(value := lines[i + 1]) <= COLUMN_VALUE_MAX_CHARS
        and not FIELD_START_RE.match(value)
        and value not in CONTROL_WORDS
        and not _CLAUSE_STOP_RE.search(value)
        and _in_one_row(node, label, value)
    ]
    if not pairs:
        return lines
    joined = list(lines)
    for i in reversed(pairs):
        joined[i : i + 2] = [joined[i] + joined[i + 1]]
    return joined


def _in_one_row(node: etree._Element, label: str, value: str) -> bool:
    """Whether an element below ``node`` shows ``label`` alone and its next sibling ``value``,
    the two a row's columns: cells of a table's row or a definition list, or the only two
    elements their parent holds (a few such pairs on a page: looked for where asked)."""
    for el in node.iter():
        if el.tag.__class__ is not str or el.tag in HIDDEN_TAGS or len(el):
            continue
        if " ".join((el.text or "").split()) != label or (el.tail or "").strip():
            continue
        while (  # (up to the column: <td><b>来源：</b></td>)
            (up := el.getparent()) is not None
            and up is not node
            and up.getnext() is not None
            and " ".join(text_of(up).split()) == label
        ):
            el = up
        after = el.getnext()
        parent = el.getparent()
        if after is None or parent is None or " ".join(text_of(after).split()) != value:
            continue
        if _site_link(after):
            continue  # 来源：<a href="/gzdt/">工作动态</a>: the section's link, no value
        if parent.tag == "tr":
            table = next(parent.iterancestors("table"), None)
            # (a row of the meta line's table; not one of a table's many in the text: a book's
            # 书名 / 作者 / 出版社 rows)
            return table is not None and len(table.findall(".//tr")) <= COLUMN_TABLE_MAX_ROWS
        if parent.tag == "dl" or sum(1 for c in parent if c.tag.__class__ is str) == 2:
            return True
    return False


def _site_link(el: etree._Element) -> bool:
    """``el`` is, or holds, a link within the site (a path without a host: a section's)."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    href = link.get("href", "") if link is not None else ""
    return bool(href) and not href.startswith(("http:", "https:", "//"))


#: The most rows of a table whose two columns are a field's label and value (the meta line's
#: table: one or two rows).
COLUMN_TABLE_MAX_ROWS = 2


#: The longest value read from the column after a field's label alone (a source's name, a
#: day and its time, a writer's names).
COLUMN_VALUE_MAX_CHARS = 30


# (LINE_BREAK, a block's edge, is no space: a label ending a block keeps its line; 博客园's
# posted @⏎ 2023-12-13 07:52 is a label too)
# (one character class to look for: an alternation with a lookbehind tried every position, a
# third of the lines' time on English pages)
# (the label's last character only, 者 of 作者, 源 of 来源, checked in :func:`_label_joined`:
# an alternation of the labels made the regex try every position, 0.24 ms a page of English,
# one class 0.07)
_LABEL_AT_BREAK_RE = re.compile(r"([:：@者源])[^\S\n]*\n\s*")
_TWO_CHARACTER_LABELS = frozenset(("作者", "来源", "來源"))
# a byline's By alone on its line, the name on the next: <h3>By⏎    <a>Jane Doe</a>, a
# template's indent (By first, the line's start looked behind: a regex that began with the
# look behind tried every position, a thirtieth of an English page's time)
# (and By alone in an element of its own: <div>By</div><div>AUDREY McAVOY Associated Press;
# or after a space, the name on the source's next line in the same text: <span>By⏎
# Bryan Walsh</span> set after its <div>'s indent, blank lines of the source between them too:
# By⏎⏎<span class="name">⏎⏎<a>Bryan Walsh</a>, TIME's; not a heading ending in By over a
# byline, Songs to Fall Asleep By⏎By Leo Martin, nor one over a paragraph: a review's probes)
_BY_AT_BREAK_RE = re.compile(
    r"By(?:(?<![^\n\ufdd0]By)[^\S\n]*[\n\ufdd0][\s\ufdd0]*"
    r"|(?<=\sBy)[^\S\n]*\n\s*(?=[^\s\ufdd0]))"
)
# a republishing's credit parted from its outlet by the source's line break (<em>A version of
# the article first appeared on </em>⏎<em><a>AirPR</a></em>)
# (the words first, the word's start checked in :func:`_credit_joined`: a \b first tried every
# position, 0.5 ms a page of English)
_CREDIT_AT_BREAK_RE = re.compile(
    r"(appeared|published|reprinted) (?:on|in|at|by)[^\S\n]*\n[^\S\n]*"
)


def _credit_joined(m: re.Match[str]) -> str:
    """A credit's words and the outlet on the next line joined, where the words are words of
    their own (republished too: not unpublished's).

    >>> [_CREDIT_AT_BREAK_RE.sub(_credit_joined, t) for t in
    ...     ("It first appeared on \\n AirPR", "republished by\\nX", "unpublished by\\nX")]
    ['It first appeared on AirPR', 'republished by X', 'unpublished by\\nX']
    """
    start = m.start() - (m[1] == "published" and m.string.endswith("re", 0, m.start())) * 2
    if start and (m.string[start - 1].isalnum() or m.string[start - 1] == "_"):
        return m[0]
    return m[0].rstrip() + " "


def _unwrapped(text: str) -> str:
    """``text`` (:func:`block_lines`' text, blocks' edges marked) with the source's line breaks
    that a browser shows as spaces inside English prose joined: a paragraph hard-wrapped in
    the source (a line of 30 characters or more, of five words, broken after a word or a
    comma, in a block of prose without a Chinese character). Elsewhere a source's line break
    stays a line: old Chinese pages part their lines so; a byline over a date in one block
    (By Jane Smith⏎March 5, 2021), a link after a sentence's end (a block its style makes
    one: FULL STORY) keep theirs.

    >>> _unwrapped("\\ufdd0Veteran actress Kate Henshaw, who in 2008, won the\\n  Africa Movie "
    ...     "Academy Award, has shared photos of herself on her page.\\ufdd0By Jane Smith\\nJune 3")
    '\\ufdd0Veteran actress Kate Henshaw, who in 2008, won the Africa Movie Academy Award, has shared photos of herself on her page.\\ufdd0By Jane Smith\\nJune 3'
    """
    parts, done = [], 0
    lo = hi = -1  # the block the last break joined stood in
    prose = False  # whether that block is prose (found only for a break that may join)
    for m in _WRAPPED_RE.finditer(text):
        start = m.start()
        last = text[start - 1]  # (most breaks stop at this test: a menu's links)
        if not ("a" <= last <= "z" or "A" <= last <= "Z" or last in ",;"):
            continue  # a sentence's end: what follows may be a block its style makes one
        after = text.rfind("\n", 0, start) + 1  # (the line's start: no further back than that)
        line = text[max(after, text.rfind(LINE_BREAK, after, start) + 1) : start]
        if len(line) < 30 or not _latin_words(line, 5) or _BY_LINE_RE.match(line.lstrip()):
            continue  # (a byline on the source's line above the text's: By Jane Smith and …)
        if start >= hi:  # a new block: its bounds and its kind found once
            lo = text.rfind(LINE_BREAK, 0, start) + 1
            hi = text.find(LINE_BREAK, start)
            hi = len(text) if hi < 0 else hi
            block = text[lo:hi]
            prose = _CJK_ANY_RE.search(block) is None and is_sentence(" ".join(block.split()))
        if prose:
            parts += (text[done:start], " ")
            done = m.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


# a break of the source before a word (the break first: a regex that began with the letter
# before it tried every position of the text; that letter is looked at in Python)
_WRAPPED_RE = re.compile(r"\n[^\S\n\ufdd0]*(?=[A-Za-z0-9(\"“‘'])")


# a label word that may stand with no colon: the next field's, not a value
_LABEL_WORD_RE = re.compile(
    r"(?:标题|標題|作者|来源|來源|发布|發布|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀|编辑|編輯)"
)


def _label_joined(m: re.Match[str]) -> str:
    """A label and the value on the line after it, joined (an @ only after posted; 作者 or
    来源 alone on its line, as 简书's <span class="tag">作者</span>⏎<span class="name">)."""
    if m[1] == "@" and not m.string.endswith("posted ", 0, m.start()):
        return m[0]
    if m[1] in "者源":  # (作者, 来源: alone on their line, not a sentence's 本文作者⏎…)
        text = m.string
        start = m.start() - 1  # (where the label starts: the match holds its last character)
        if start < 0 or text[start : start + 2] not in _TWO_CHARACTER_LABELS:
            return m[0]  # (记者⏎, 资源⏎: no label of ours)
        line_start = max(text.rfind("\n", 0, start), text.rfind(LINE_BREAK, 0, start)) + 1
        if text[line_start:start].strip() or m[0].count("\n") > 1:
            return m[0]  # (nor a label over an empty line)
        after = text[m.end() : m.end() + 12]
        if after[:1] in ":：":
            return m[1]  # <span>来源</span>⏎<span>：市应急管理局</span>
        if not after.strip() or FIELD_START_RE.match(after) or _LABEL_WORD_RE.match(after):
            return m[0]  # a row of labels (标题 作者 发布时间), a field left empty
        return m[1] + "："  # (a labelled field, as 作者：X reads)
    return m[1] + " "


def _walked_text(node: etree._Element, skip: Callable[[etree._Element], bool] | None) -> str:
    """The text :func:`block_lines` cuts in lines, ``\\n`` at each block's start and end."""
    parts: list[str] = []
    append = parts.append
    blocks, skipped, field_start = BLOCK_TAGS, HIDDEN_TAGS, FIELD_START_RE.match
    # libxml2 walks the tree (a page may nest elements 2 000 deep: unclosed <font>s; no
    # recursion here) and tells where each element starts and ends. Each .text and .tail is
    # read once: lxml makes a new string at every read. Comments and processing instructions
    # have no text of their own, but their tails count; so do the tails of elements left out.
    walker = etree.iterwalk(node, events=("start", "end", "comment", "pi"))
    left_out = set()
    parting = set()  # blocks left out that still part the texts before and after them
    short_scripts = None  # the scripts short enough to write a date: a news page's scripts
    # run to megabytes, and lxml makes a string of a text at every read
    in_pre = 0  # inside a <pre>: its text's line breaks are lines as a browser shows them
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag == "pre":
                in_pre += 1
            if tag in skipped or (skip is not None and el is not node and skip(el)):
                walker.skip_subtree()  # (its "end" still comes)
                left_out.add(el)
                if (
                    tag in blocks
                    and tag not in skipped
                    and not _SHOWN_INLINE_RE.search(el.get("style") or "")
                ):
                    parting.add(el)  # as a browser shows it, unless its style hides it or
                    append(LINE_BREAK)  # sets it in the line (an ad in a sentence)
                if tag == "script":
                    if short_scripts is None:
                        short_scripts = set(_SHORT_SCRIPT_XPATH(node))
                    if el in short_scripts and (shown := _written_date(el.text)):
                        append(f" {shown} ")  # <script>showDate("2020/04/17 01:43:09")</script>
                continue
            text = el.text
            if tag in blocks:
                append(LINE_BREAK)
            elif text and field_start(text):
                append(" ")  # <span>来源：X</span><span>时间：Y</span>: two fields
            if text:
                append(text.replace("\n", LINE_BREAK) if in_pre else text)
        elif event == "end":
            if el.tag == "pre":
                in_pre -= 1
            if el in left_out:
                if el in parting:
                    append(LINE_BREAK)
                if tail := el.tail:
                    append(tail.replace("\n", LINE_BREAK) if in_pre else tail)
                continue
            if el.tag in blocks:
                append(LINE_BREAK)
            if el is not node and (tail := el.tail):
                append(tail.replace("\n", LINE_BREAK) if in_pre else tail)
        elif tail := el.tail:  # a comment's, a processing instruction's
            append(tail.replace("\n", LINE_BREAK) if in_pre else tail)
    return "".join(parts)


# an element's own style that takes a block out of the flow of lines
_SHOWN_INLINE_RE = re.compile(r"display\s*:\s*(?:none|inline)", re.IGNORECASE)
# Characters a site slips into its article's sentences against copying, hidden by their own
# style (…记者<span style="display:none">dzwww.com</span>从…): not the text's (see
# :func:`_text_furniture`; the page's lines keep them: a hidden word there may be a field a
# script shows, 来源：<span style="display:none">国家市场监督管理总局</span>, and a test of every
# inline element's style cost libxslt a sixth of its time on English pages). Blocks and longer
# spans stay (a text's rest behind 展开全文): a review's probes.
_HIDING_SPACES = str.maketrans("", "", " \t\n\r")
#: The most characters (spaces collapsed) such a hidden element holds.
HIDDEN_INLINE_MAX_CHARS = 12
_STRING_XPATH = etree.XPath("normalize-space(.)")


def _hidden_inline(el: etree._Element, style: str) -> bool:
    """Whether an inline element's ``style`` hides it (``display:none``, ``DISPLAY: none``)
    and it holds a few characters at most.

    >>> from crawler.dom import parse_html
    >>> spans = list(parse_html("<span>原创</span><span>2024-03-01 09:12</span>").iter("span"))
    >>> [_hidden_inline(el, "Display : None") for el in spans], _hidden_inline(spans[0], "color:red")
    ([True, False], False)
    """
    if "display:none" not in style.translate(_HIDING_SPACES).lower():
        return False
    return len(_STRING_XPATH(el)) <= HIDDEN_INLINE_MAX_CHARS


# A script that writes one date where it stands: showDate("2020/04/17 01:43:09"),
# document.write('2012-01-17'). The page shows that date there.
_WRITES_DATE_RE = re.compile(
    r"\s*(?:document\.write|[A-Za-z_$][\w$]*)\s*\(\s*([\"'])"
    r"(?P<value>(?:19|20)\d\d[-/.年]\d{1,2}[^\"'<>]{0,30})\1\s*\)\s*;?\s*"
)


_WRITTEN_DATE_MAX = 120
# (text()[1] is the script's .text where it has one)
_SHORT_SCRIPT_XPATH = etree.XPath(
    f"descendant::script[string-length(text()[1]) <= {_WRITTEN_DATE_MAX}]"
)


def _written_date(code: str | None) -> str | None:
    if not code or len(code) > _WRITTEN_DATE_MAX:
        return None
    m = _WRITES_DATE_RE.fullmatch(code)
    return m["value"] if m else None


def _starts_field(_context: object, text: str) -> bool:
    return FIELD_START_RE.match(text) is not None


class _NotXMLText(Exception):
    """A text lxml will not give libxslt (see :data:`NOT_XML_RE`)."""


def _script_date(_context: object, code: str) -> str:
    shown = _written_date(code)
    if shown and NOT_XML_RE.search(shown):
        raise _NotXMLText(shown)  # (lxml raises it again from the transform)
    return f" {shown} " if shown else ""


_LINES_NS = "urn:x-crawler:lines"
#: The characters lxml refuses to hand libxslt (XML 1.0 has no such character): its
#: ``ValueError`` stopped the whole transform.
NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: :func:`_walked_text` in libxslt: on newspaper4k's English pages the walk took 2.0 ms a
#: page, libxslt 1.1 (a Python step at each element's start and end). The two tests that
#: need a regex call back into Python (3 µs a call): a label starting an inline element's
#: text, asked only of a text that holds a colon (also asking for a label's first character,
#: with translate(), cost more than the call: libxml2's translate() looks each character up
#: in the list), and a short script writing a date. They are given strings: a text node
#: would cost a Python proxy of it, whose release walks up the tree (slow on a page 2 000
#: elements deep). libxslt recurses once an element deep; libxml2 nests 2 047 deep at most,
#: under libxslt's limit of 3 000.
_LINES_XSLT = etree.XSLT(
    etree.XML(f"""<xsl:stylesheet version="1.0"
        xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:c="{_LINES_NS}">
      <xsl:output method="text" encoding="UTF-8"/>
      <xsl:template match="{"|".join(sorted(BLOCK_TAGS))}">
        <xsl:text>&#xFDD0;</xsl:text><xsl:apply-templates/><xsl:text>&#xFDD0;</xsl:text>
      </xsl:template>
      <xsl:template match="{"|".join(sorted(HIDDEN_TAGS - {"script"}))}"/>
      <xsl:template match="script">
        <xsl:if test="string-length(text()[1]) &lt;= {_WRITTEN_DATE_MAX}">
          <xsl:value-of select="c:script-date(string(text()[1]))"/>
        </xsl:if>
      </xsl:template>
      <xsl:template match="*">
        <xsl:if test="node()[1][self::text()][contains(., ':') or contains(., '：')]">
          <xsl:if test="c:starts-field(string(node()[1]))"><xsl:text> </xsl:text></xsl:if>
        </xsl:if>
        <xsl:apply-templates/>
      </xsl:template>
      <xsl:template match="comment()|processing-instruction()"/>
    </xsl:stylesheet>"""),
    extensions={
        (_LINES_NS, "starts-field"): _starts_field,
        (_LINES_NS, "script-date"): _script_date,
    },
    access_control=etree.XSLTAccessControl.DENY_ALL,
)


def element_names(el: etree._Element) -> str:
    """An element's class and id, as one string to search ("" for most elements, which have
    neither: no string built); the page's own WordPress post's tags and categories are not
    its names (see :func:`_without_taxonomy`).

    >>> element_names(etree.fromstring('<p class="a b" id="c"/>')), element_names(etree.fromstring("<p/>"))
    ('a b c', '')
    """
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:
        return ""
    if cls and ("tag-" in cls or "category-" in cls):  # (most names hold neither)
        cls = _without_taxonomy(el, cls)
    return f"{cls or ''} {ident or ''}".strip()


def _without_taxonomy(el: etree._Element, cls: str) -> str:
    """``cls`` without the ``tag-…`` and ``category-…`` classes WordPress gives a post's
    element after the post's tags and categories (``post_class()``: ``post-<id>`` beside
    them), where the post is the page's own, the one its ``<body>`` names (``body_class()``'s
    ``postid-<id>``): a post tagged ``sidebar-editors-pick`` or ``share-prices`` is no sidebar
    and no share bar. Another post's card (a related box's, printed with its tags) keeps them,
    as does a class list without a post's id (a tag cloud's ``tag-cloud``).

    >>> from crawler.dom import parse_html
    >>> root = parse_html('<body class="single postid-7"><article class="post-7 hentry tag-sidebar">'
    ...                   '<div class="post-9 hentry tag-flood">Card</div></article></body>')
    >>> [_without_taxonomy(el, el.get("class")) for el in root.iter("article", "div")]
    ['post-7 hentry', 'post-9 hentry tag-flood']
    """
    post = _WORDPRESS_POST_RE.search(cls)
    if post is None:
        return cls
    body = el.getroottree().getroot().find("body")
    own = _WORDPRESS_PAGE_POST_RE.search(body.get("class") or "") if body is not None else None
    if own is None or post[1] != own[1]:
        return cls
    return " ".join(name for name in cls.split() if not name.startswith(("tag-", "category-")))


# the id post_class() gives a post's element, and the one body_class() gives the page's <body>
# on a post's own page
_WORDPRESS_POST_RE = re.compile(r"(?<!\S)post-(\d+)(?!\S)")
_WORDPRESS_PAGE_POST_RE = re.compile(r"(?<!\S)postid-(\d+)(?!\S)")


def is_furniture(el: etree._Element) -> bool:
    """Named as a pager, share bar, comment box, sidebar, a picture's caption…, but not the
    page's text named after the page (``page_art_content``: the page's article content, not
    a pager)."""
    if el.tag == "figcaption":
        return True
    attrs = element_names(el)
    if not attrs or attrs not in FURNITURE_NAMES:
        return False
    named = [token for token in attrs.split() if not _CONTENT_NAME_RE.search(token)]
    return bool(named) and " ".join(named) in FURNITURE_NAMES


# an English credit of another part than the writing (never the author's: see crawler.fields)
_OTHER_CREDIT_RE = re.compile(
    r"(?:Edited|Reviewed|Fact[- ]checked|Illustrat(?:ed|ions?)|Photographs?|Photos?|Produced"
    r"|Translated)(?: and [a-z]+)? by:? [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*$"
)


# who took or drew the pictures, credited alone (a part of :data:`_OTHER_CREDIT_RE`'s)
_PICTURES_BY_RE = re.compile(r"(?:Illustrat(?:ed|ions?)|Photographs?|Photos?) by:? [A-Z]")


def _byline_credit(line: str) -> bool:
    """A byline of its own: a reporter's credit or a desk's report, no labelled field
    (时间：… above an event's notice is its text)."""
    if len(line) > 40 or _SENTENCE_END_RE.search(line):
        return False
    return bool(
        _DESK_REPORT_RE.match(line) or (not _LABEL_RE.match(line) and author_from_lines([line]))
    )


def lead_credit(line: str) -> bool:
    """A line that stands above an article's text without being text: a labelled field
    (``来源：新华社``), the headline it first had (``（原标题：…）``), an English byline
    (``By Jane Smith, March 3, 2024``, ``Tuesday 15 October 2019 by Jane Smith``), another
    credit (``Edited by Jane Smith``)."""
    if len(line) < 120 and _LABEL_RE.match(line):
        return True
    if ORIGINAL_TITLE_RE.match(line):
        return not after_original_title(line)
    if len(line) <= 40 and not _SENTENCE_END_RE.search(line) and author_from_lines([line]):
        return True  # 澎湃新闻记者 段彦超 廖艳, 【文/观察者网专栏作者 王文】: a byline
    if len(line) <= 40 and _PICTURE_SOURCE_RE.match(line):
        return True  # 图片来源：图虫创意: where the lead picture came from
    if len(line) <= 30 and _DESK_REPORT_RE.match(line):
        return True  # 社會中心／綜合報導: a desk's or an outlet's report, nobody named
    if len(line) <= 40 and not _SENTENCE_RE.search(line) and _PICTURE_CREDIT_RE.search(line):
        return True  # 数据来源：同花顺 官兵/制图, 新华社记者 张三 摄: a picture's credit
    if len(line) <= 300 and _LATIN_CAPTION_CREDIT_RE.search(line):
        return True  # a picture's caption ending with its credit: … (Scott Heins/Gothamist)
    if len(line) < 120 and author_in_latin_byline([line], dated=True):
        return True  # Tuesday 15 October 2019 by Jane Smith: a dated byline
    if len(line) < 80 and _OTHER_CREDIT_RE.match(line):
        return True  # Edited by Jane Smith: who edited, checked, illustrated the text
    if writer_with_role([line]) or agency_in_byline([line]):
        return True  # Carolyn Said, Chronicle Staff Writer; Reuters: a byline without By
    return len(line) < 80 and _LATIN_BYLINE_RE.match(line) is not None


# a desk or an outlet over its report, and where it was reported (社會中心／綜合報導,
# 中廣新聞／台北報導): a credit naming nobody
_DESK_REPORT_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}\s*[／/╱∕]\s*[\u4e00-\u9fff]{0,6}(?:報導|报道|報道|报导)$"
)
# a request to follow an account: 更多…欢迎关注…微信公众号, 扫描…二维码, 扫码关注
# (one clause: a sentence of the text may ask readers to follow an account too:
# 请广大市民关注“平安北京”官方微博，及时了解…)
_FOLLOW_US_RE = re.compile(
    r"^(?:更多|欢迎|歡迎)[^。，]{0,20}关注[^。，]{0,20}(?:微信|公众号|公眾號|微博)[^，]*$"
    r"|^(?:扫描|掃描|长按|長按)[^。，]{0,12}二维码[^，]*$|^扫码关注[^，]*$"
    # or to like its page on a network, after a clause at most (想生活更精明，请赞好TOPick Facebook;
    # not 請關注天文台Facebook專頁, 請追蹤「尋找陳小明」Facebook專頁: a source's advice, a family's plea)
    r"|^(?:[^。，！？]{0,15}[，,]\s*)?(?:请|請)?(?:赞好|讚好)"
    r"[^。，！？「」“”]{0,20}(?:Facebook|FB|IG|Instagram|YouTube|专页|專頁)\s*[!！]?$"
)
# an outlet's offer of its app after the text, in brackets: (本文来自澎湃新闻，更多原创资讯请下载
# “澎湃新闻”APP)
# (not a service's: （办事群众也可下载“i深圳”APP在线预约）)
_APP_OFFER_RE = re.compile(
    r"^[（(【\[](?=[^（()）]*(?:本文来自|本文來自|更多|精彩))[^（()）]{0,40}下[载載][^（()）]{0,20}"
    r"(?:APP|App|app|客户端|客戶端)[^（()）]{0,20}[）)】\]]$"
)
# a site's notice under the text, about its articles (免责声明：本文来自…自媒体，不代表本网立场。);
# not a notice's own 特别声明, nor a story's quoted one (免责声明：“顾客随身物品请自行保管”)
_SITE_NOTICE_RE = re.compile(
    r"[【\[]?\s*(?:免责|免責|版权|版權)(?:声明|聲明)\s*(?:[】\]]\s*[:：]?|[:：])\s*(?![“\"「『])"
    r"(?=[^“\"「]*(?:本文|本网|本網|本站|文章|观点|觀點|立场|立場|原作者|转载|轉載))"
)
# a link back to the site's home at the end of the text's last paragraph: …仍将持续。返回腾讯网首页>>,
# …表示哀悼。返回搜狐，查看更多
HOME_LINK_RE = re.compile(r"\s*返回[^\s。，！？]{0,10}(?:首[页頁]\s*[>》»]*|[，,]\s*查看更多)$")
# the credits of who made a post, parted by spaces: 药剂科供稿 摄影/张艳 编辑/苏芳, （图/王五 审核：赵六）
_CREDIT_PART = (
    r"(?:(?:摄影|攝影|摄|攝|图|圖|文字?|编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|审校|審校|校对|校對"
    r"|撰稿人?|供稿|供图|供圖|通讯员|通訊員|初审|初審|复审|複審|终审|終審|[一二三]审|[一二三]審|排版|美编|美編"
    r"|制图|製圖|文/图|文／图|图/文|图／文)\s*[/／:：|｜丨︱]\s*[^\s/／:：|｜丨︱（()）]{1,12}"
    r"|[^\s/／:：（()）]{2,20}(?:供稿|供图|供圖|撰稿|报送|報送))"
)
# where the headline's picture came from (题图来自 视觉中国), a request to credit the site when
# reposting (转载请注明出处：快科技, 本文为某某原创，转载请注明出处。): the note alone, not a
# sentence that goes on (转载请注明出处，本是网络传播最起码的规矩…)
# (the headline's picture: 题图, 头图, the words _PICTURE_SOURCE_RE reads before the text too)
_HEAD_PICTURE = r"(?:题图|題圖|头图|頭圖)"
_AFTER_TEXT_NOTE_RE = re.compile(
    rf"[（(【\[]?\s*(?:{_HEAD_PICTURE}\s*(?:来自|來自|[:：])[^，。！？,]{{1,30}}"
    r"|(?:本文(?:为|為|系)[^，。！？,]{1,20}原创[，,]\s*)?(?:如需)?(?:转载|轉載)(?:请|請)"
    r"(?:注明|註明|标明|標明)(?:出处|出處|来源|來源)(?:\s*[:：][^，。！？,]{1,20})?[。.]?"
    # and where a reposted post came from, alone on its line: 本文转自 http://hi.baidu.com/…
    r"|(?:(?:本文|此文|本帖)(?:转自|轉自|转载自|轉載自|转载于|轉載於)\s*[:：]?"
    r"|(?:转自|轉自|转载自|轉載自)\s*[:：])\s*[^\s，。！？,]{0,100})[）)】\]]?$"
)
_CREDITS_LINE_RE = re.compile(rf"^[（(]?{_CREDIT_PART}(?:\s+{_CREDIT_PART})*[）)]?$")
# and an English page's: a line that opens asking (Follow Jane Smith on Twitter, On Twitter:
# Follow …), an author's note that ends asking with an account (…Follow her on Twitter @handle);
# not a last sentence that tells readers where to follow the news (…follow the sheriff on
# Facebook, …urged supporters to follow her on Twitter @handle during the campaign)
_FOLLOW_ON = r"[Ff]ollow\b[^.!?]{0,60}\bon (?:Twitter|Facebook|Instagram|Threads|Bluesky)\b"
_FOLLOW_US_EN_RE = re.compile(
    rf"^(?:{_FOLLOW_ON}|On Twitter:\s*Follow\b)|\b{_FOLLOW_ON}\W*@\w+[.!]?$"
    # a line asking alone: Connect with me @EllynJShook1, Follow us on LinkedIn (not advice in
    # a list: Connect with them on LinkedIn)
    r"|^(?:Connect with|Follow) (?:me|us)\b[^.!?]{0,40}"
    r"(?:@\w+|\b(?:Twitter|LinkedIn|Facebook|Instagram)\b)[.!]?$"
    # a follow button's words alone (Follow @foundersatwork under a WSJ blog's post)
    r"|^Follow\s+@\w{1,30}$"
)
# a promotion asking the reader after the text: a question, then a call to a newsletter, the
# site, its editors (Want more updates from Sam? Sign up for his newsletter; Interested in
# sharing your home? Contact the editors through our form) — not a last piece of advice
# (What should you do? Contact your doctor.)
_CALL_TO_ACTION_EN_RE = re.compile(
    r"^(?:[•·*]\s*)?[A-Z][^.!?]{2,100}\?\s+(?:Sign up|Subscribe|Join|Download|Get|Contact|Click|Tell|Send"
    r"|Submit)\b(?=[^?]*\b(?:newsletters?|podcasts?|our app|editors?|form|inbox|newsroom)\b)[^?]{0,200}$"
)
# a site's promotion of its channels closing the text, as one sentence: For access to exclusive
# gear videos, celebrity interviews, and more, subscribe on YouTube!
_WIRE_CREDITS_RE = re.compile(
    # (Reporting by …; Editing by …): each part a role and "by" at once (not "(Reporting
    # restrictions were lifted by the judge.)")
    r"\(\s*(?:Additional\s+)?(?i:reporting|writing|editing|compiled)(?:\s+and\s+[a-z]+)?\s+by\b[^()]*\)\s*$"
    # Written By Jane Smith, VP of …: a credit's capital By (not a review's "Written by Tom
    # Stoppard, at the Old Vic until May 4"); or the name alone
    r"|(?:Written|Reported) By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}(?:,[^.!?]{0,80})?$"
    r"|(?i:written|reported) by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}$"
)
# a channel's promotion after a wire's story: Latest News and Headlines from Reuters (not a
# live update's "Latest news on the roads: Route 9 reopens")
_MORE_NEWS_RE = re.compile(
    r"(?:Latest|More) (?:News|Headlines|Stories)(?: and (?:News|Headlines|Stories))? from "
    r"[A-Z][\w.&'’ -]{1,30}"
)
_CHANNEL_PROMO_EN_RE = re.compile(
    r"^(?:For|To get|To see|Get|Want)\b[^.!?]{0,150}\b(?i:subscribe|sign up|follow us)\b[^.!?]{0,40}?"
    r"\b(?:YouTube|our (?:YouTube )?channel|newsletters?|podcasts?|Instagram|Facebook|Twitter|TikTok)"
    r"\b[^.!?]{0,40}[.!]?$"
)
# a newsletter's box after the text: its offer (Get Deadline news and alerts FREE to your
# inbox...) and its reassurance (Your information is safe and secure.)
_NEWSLETTER_OFFER_EN_RE = re.compile(
    r"^(?:Get|Receive|Have)\b(?=[^.!?]*\b(?:newsletters?|news|alerts|updates|headlines|stories"
    r"|FREE|free|daily|weekly)\b)[^.!?]{0,80}\b(?:delivered )?(?:straight )?to your inbox\b"
    r"[^.!?]{0,20}[.!…]*$"
)
# (its reassurance, only after the offer: a text's own last line may say so)
_NEWSLETTER_PRIVACY_EN_RE = re.compile(
    r"^(?:Your (?:information|email(?: address)?|data|privacy) is (?:safe|secure|protected)"
    r"|We (?:respect|value) your privacy|We(?: will)? never share your (?:email|information))"
    r"[^.!?]{0,30}[.!]?$"
)
# a views counter's line under a post (WordPress's Post Views Counter: (Visited 1 times, 39
# visits today); Viewed 1,024 times)
_VIEWS_COUNTER_EN_RE = re.compile(
    r"^\(?(?:Visited|Viewed) [\d,]+ times?(?:, [\d,]+ visits? today)?\)?\.?$"
)
# the pictures' credits after the text (Images: Pexels; Hannah Burton, Cora Foxx/Bustle;
# Top image: Getty Images; Photo: AP Photo/J. Scott Applewhite): names only, each word
# capitalised (not a list's last item: Images: JPEG or PNG, up to 20 per listing)
_CREDIT_WORD = r"(?:[A-Z][\w'’.&-]*|via|of|for|and|de|van|von)"  # (J. too)
_PICTURE_CREDITS_EN_RE = re.compile(
    r"^(?:(?:Top|Lead|Header|Featured|Hero|Cover) (?=[a-z]))?(?i:images?|photos?|photographs?"
    r"|pictures?|illustrations?)(?: credits?| courtesy(?: of)?)?\s*:\s*"
    rf"{_CREDIT_WORD}(?:(?:\s+|\s*[/;,]\s*){_CREDIT_WORD}){{0,30}}$"
)
# a label left alone at the end, what it introduced taken out (a video's link: In Video:)
# (or a list's heading: Read more from Jennifer Rubin:, More on this story:)
_LABEL_ALONE_EN_RE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Za-z]+){0,2}:$|^(?:(?:Read|See) more|More) (?:from|by|on|about) [^:.!?]{1,40}:$"
    # (a related box's heading: Related content from GigaOM Pro (sub req’d):)
    r"|^Related (?:content|stories|articles|posts|coverage|links|reading)\b[^.!?]{0,50}:$"
)
#: A republished article's credit after its text: "This article originally appeared on
#: Time.com." (its ``name``: the source).
# how a republished article's credit opens (This article originally appeared, A version of the
# article first appeared, Originally published)
_REPUBLISHED_OPENING = (
    r"^(?:(?:This|The|A version of (?:this|the)) (?:article|story|post|piece|essay|column)"
    r"(?: was)? (?:originally|first) |Originally )(?:appeared|published|ran|posted)"
)
REPUBLISHED_RE = re.compile(
    _REPUBLISHED_OPENING + r"(?: (?:on|in|at|by))? "
    # (not a time nor a language: originally published in May 2015, in German; on Friday, on
    # Sunday's paper, Tuesday and has been updated: a review's probes)
    rf"(?!(?:{'|'.join(sorted(m.title() for m in MONTHS))})\b|\d|(?:English|German|French|Spanish"
    r"|Chinese|Japanese|Russian|Italian|Portuguese|Arabic|Korean|Dutch|print)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight)\b)"
    # (a sentence after the outlet's name: The Conversation. Read the original article.)
    # (not a social network: a rumour that first appeared on Facebook)
    r"(?!(?:Facebook|Twitter|X|Reddit|WhatsApp|Instagram|TikTok|YouTube|Telegram|Weibo|WeChat)\b)"
    r"(?P<name>[A-Z][^,;:]{1,60}?)(?:\.\s+(?:Read|See|View|Republished|Reprinted)\b.*"
    # (and where to read it: and can be read here; another clause tells a story)
    r"|\s+and (?:can|may) be (?:read|found|viewed)\b[^.]*|(?P<clause>\s+and\b[^.]*))?\.?$"
)
# such a credit whose outlet, a link, the text left out (… first appeared on <a>AirPR</a>)
_REPUBLISHED_NAMELESS_RE = re.compile(_REPUBLISHED_OPENING + r" (?:on|in|at|by)\s*\.?$")
# an English caption's credit in brackets at its end: (Scott Heins/Gothamist), (AP Photo/Jane
# Doe), (Photo: John Roe) — a photographer and an outlet, or a word for the picture
_LATIN_CAPTION_CREDIT_RE = re.compile(
    r"\((?:(?:AP |Reuters |AFP )?(?:Photo|Image|Photograph|Credit)s?\s*[:/]\s*[^()]{2,60}"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+/[A-Z][\w.'’& -]{1,40})\)\s*$"
)  # (not (ET/PT), (Credit Suisse), (Photos below))
# a picture's or a chart's credit ends with who took or drew it, set off by a space or a slash
# (not a heading that ends so: 新时代的城市规划与制图, 一、航空摄影)
# and in brackets after a caption: （刘通摄）, (记者 张三 摄), （新华社发 李四摄影）
# (a name before 摄, not a year's: 《开国大典》（1949年摄）)
_CAPTION_CREDIT_RE = re.compile(
    r"[（(][^（()）]{0,16}?[\u4e00-\u9fff]{2,4}\s*[摄攝](?:影)?\s*[）)]\s*$"
)
# or after the caption's sentence, set off by a space (…变湿垃圾为农业肥料。 上海交通大学 供图 摄,
# 图为…。新华社记者 李四 摄): who took or gave the picture, a space before 摄
# (one sentence ending in 。 and a photographer's credit, no title's 《》, no slash's roles: not
# a paragraph closing 保卫处 供图 or 文/张华 图/李强 摄, a contest's 二等奖：《…？》 李娜 摄影);
# or a slash before 摄 alone (…快闪活动。实习生 宋欣然/摄)
_SPACED_CREDIT_RE = re.compile(
    r"^[^。！？!?]{4,100}。\s*[^。！？!?，,；;：:/／《》]{2,24}(?:\s|\s*[/／]\s*)(?:[摄攝]|摄影|攝影)\s*$"
)
# a picture's credit opening with 图 (（圖翻攝自google map）, （图／视觉中国）; not a sentence's
# reference to a figure, （图1）, nor 图/文, who took the pictures and wrote the text)
_PICTURE_CREDIT_END_RE = re.compile(
    r"[（(]\s*(?:图|圖)\s*(?:[／/:：](?!\s*文)|翻[摄攝]|取自|[摄攝])[^（()）]{1,30}[）)]\s*$"
)
# (the credit alone on its line: not 图片来源：视觉中国。今年以来…, a sentence after it)
_PICTURE_SOURCE_RE = re.compile(
    rf"[（(【\[]?\s*(?:图片|圖片|{_HEAD_PICTURE}|配图|配圖)(?:来源|來源|来自|來自)\s*[:：]"
    r"[^，。！？,;；]{1,30}$"
)
_PICTURE_CREDIT_RE = re.compile(r"[\s/／](?:[摄攝]|摄影|攝影|制图|製圖|供图|供圖)\s*$")
_ORIGINAL_TITLE_END_RE = re.compile(
    ORIGINAL_TITLE_RE.pattern + r"[^》）)\]】]{0,100}[》）)\]】]+\s*"
)


def after_original_title(line: str) -> str:
    """What follows a first headline's credit on its line (本文原标题：《…》搭地铁去…: the text
    starts there); empty when the credit is the whole line.

    >>> after_original_title("本文原标题：《定了！》搭地铁去坐邮轮"), after_original_title("（原标题：定了）")
    ('搭地铁去坐邮轮', '')
    """
    m = _ORIGINAL_TITLE_END_RE.match(line)
    return line[m.end() :] if m else ""


_BIO_VERBS = (
    "is", "was", "are", "were", "writes", "write", "covers", "cover", "reports", "report",
    "teaches", "lives", "live", "works", "work", "has been", "have been",
)  # fmt: skip
# what a writer and a partner the page does not credit do (a firm named "X & Surname" is,
# was, is due…: Marks & Spencer, Smith & Wesson)
_PAIR_VERBS = ("write", "writes", "cover", "covers", "report", "reports", "review", "reviews")
_PAIR_RE = re.compile(r"([A-Z][\w'’-]+) (?:&|and) ([A-Z][\w'’-]+) (\w+)")


class _Bio:
    """What opens an author's bio after the text: a credited writer's full name telling who
    the writer is ("Laura E. Adkins is the Forward's contributing network editor."; in
    capitals, the full name in capitals: "LAURIE OAKES IS …"), or two writers' surnames
    ("Grierson & Leitch write about the movies…": both credited, or one credited beside a
    partner who writes, covers or reviews with them). A surname alone is not enough (the
    story may be about another Smith: "Both Garcia and Smith are held…"), nor a firm named
    after one (Johnson & Johnson, Marks & Spencer is…); a bio boxed apart is furniture already.

    The names are looked for at the line's start as strings, not as a pattern made of them:
    compiling one for each page's writers took a millisecond, a twentieth of an English page,
    and a crawl meets a new writer on most pages.

    >>> bio = _Bio(("Steve Gillman",))
    >>> [bio.opens(line) for line in ("Steve Gillman is the author of a book.",
    ...     "Gillman is expected in court on Monday.", "STEVE GILLMAN IS AN AUTHOR")]
    [True, False, True]
    >>> _Bio(("Cathy O'Neil", "Jane Smith")).opens("Cathy O’Neil and Jane Smith write on data.")
    True
    """

    def __init__(self, authors: tuple[str, ...]) -> None:
        names = [name for author in authors for name in author.split(", ")]
        names = [name for name in names if latin_person(name) == name]
        self.surnames = {name.split()[-1] for name in names}
        # longest first, as an alternation of them would try them (a byline's apostrophe is
        # either one: Cathy O'Neil in the byline, Cathy O’Neil in the bio)
        self.names = sorted({_apostrophes_folded(name) for name in names}, key=len, reverse=True)

    def opens(self, line: str) -> bool:
        if not self.names:
            return False
        folded = _apostrophes_folded(line)
        if self._names_then_verb(folded, 0):
            return True
        upper = next((n for n in self.names if folded.startswith(n.upper())), None)
        if upper is not None and _BIO_VERB_CAPS_RE.match(folded, len(upper)):
            return True
        m = _PAIR_RE.match(line)
        if not m or m[1] == m[2]:
            return False
        credited = (m[1] in self.surnames) + (m[2] in self.surnames)
        return (credited == 2 and m[3] in _BIO_VERBS) or (credited == 1 and m[3] in _PAIR_VERBS)

    def _names_then_verb(self, line: str, at: int) -> bool:
        """Whether credited names, joined by commas, "and" or "&", stand at ``at`` in ``line``
        followed by a bio's verb."""
        for name in self.names:
            if not line.startswith(name, at):
                continue
            end = at + len(name)
            if _BIO_VERB_RE.match(line, end):
                return True
            if (joint := _NAMES_JOINT_RE.match(line, end)) and self._names_then_verb(
                line, joint.end()
            ):
                return True
        return False


def _apostrophes_folded(text: str) -> str:
    return text.replace("’", "'") if "’" in text else text


_BIO_VERB_RE = re.compile(rf"\s+(?:{'|'.join(_BIO_VERBS)})\b")
_BIO_VERB_CAPS_RE = re.compile(rf"\s+(?:{'|'.join(_BIO_VERBS).upper()})\b")
_NAMES_JOINT_RE = re.compile(r"\s*(?:,|and|&)\s*")


def _footer_byline(line: str) -> bool:
    """A line that is a byline and nothing more, ending with the names it credits ("Posted on
    … by Jane Smith."), not a sentence that opens so ("By Election Day, turnout is expected
    to top 70 percent.", "Posted to Instagram by Kim Kardashian, the photo drew…")."""
    names = author_in_latin_byline([line])
    if not names:
        return False
    last = names.split(", ")[-1]
    rest = line.rstrip(" .")
    rest = rest[rest.rfind(last) + len(last) :] if last in rest else None
    # (Blogger's and WordPress's: Posted by Jane Smith at 9:11 AM, … on March 3, 2020)
    return rest is not None and (
        not rest.strip()
        or _FOOTER_TIME_RE.fullmatch(rest) is not None
        or _FOLLOW_HANDLE_RE.fullmatch(rest) is not None  # -- By Jane Smith Follow @jsmith
    )


# (This …: the page's own piece, not a report or a series the story is about; Sponsored by and
# capitalised words alone: not "Sponsored by Republicans, the bill…")
# (opening the text: This post is presented by AirPR, a technology platform …)
_PRESENTED_BY_RE = re.compile(
    r"^This (?:post|article|story|series|newsletter|podcast|episode) (?:is|was) (?:presented|"
    r"sponsored|brought to you|underwritten) by [A-Z]"
)
_SPONSOR_NOTE_RE = re.compile(
    r"^This (?:article|story|post|video|content|coverage|piece|podcast|episode|newsletter)"
    r"\b(?:[^.!?]|\.(?=\S)){0,120}?\b(?:(?:is|was) )?(?:brought to you by|sponsored by"
    r"|presented by|paid for by|underwritten by|(?:produced|created) in partnership with)"
    r" (?:[^.!?]|\.(?=\S)){1,80}\.?$"  # (a period inside a name: Beet.TV)
    r"|^(?:Sponsored|Presented|Brought to you) by(?: (?:[A-Z0-9][\w&'’.-]*|of|and|the)){1,8}\.?$"
)


def _sign_off(line: str) -> bool:
    """A writer's sign-off under the text: two hyphens, the name, maybe the column after a
    slash (-- James R. Healey/Drive On). A dash and a name alone (— Mark Twain) is a closing
    quote's attribution, a poem's poet, a letter's signature as often: the text's.

    >>> _sign_off("-- James R. Healey/Drive On"), _sign_off("— Mark Twain"), _sign_off("-- End --")
    (True, False, False)
    """
    m = _SIGN_OFF_RE.match(line)
    return m is not None and latin_person(m["name"].strip()) is not None


_SIGN_OFF_RE = re.compile(r"^--+\s*(?P<name>[A-Z][^/,|\-—–]{2,40})(?:\s*/\s*[^.!?/]{1,40})?$")
_FOLLOW_HANDLE_RE = re.compile(r"\s+(?:Follow\s+)?@\w{1,30}\s*")


# a report's dateline: 新华社石家庄7月31日电, 人民网北京1月12日电, 本报讯, 唐尧网讯
# (an outlet's name before the place: not 根据省防指7月31日电视电话会议, 截至6月30日电网)
_DATELINE_RE = re.compile(
    r"[【\[]?(?:[\u4e00-\u9fff]{1,8}(?:社|网|網|报|報|台|臺)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日"
    r"(?:电|電)(?=[\s（(　]|$)|[\u4e00-\u9fff]{1,8}(?:网|網|报|報|社|台|臺|刊)(?:讯|訊)(?!息))"
)
_CLAUSE_STOP_RE = re.compile(r"[，。；！？,;!?]")


def latin_dateline_at(lines: list[str]) -> int | None:
    """Where among a text's first lines its English dateline stands under lines that hold no
    sentence (Exhibit 99.1 / a press release's headline in capitals / its decks / DUBLIN, July
    2, 2014 — Jazz Pharmaceuticals plc today announced …), not a roundup's first item (its
    other items open with datelines too); the text starts there.

    >>> latin_dateline_at(["Exhibit 99.1", "ACME TO BUY ROADRUNNER, INC.", "NEW YORK, March 3, 2024 — Acme said on Monday it would buy Roadrunner."])
    2
    >>> latin_dateline_at(["It was the coldest night in a decade.", "MINNEAPOLIS, Jan. 15, 2024 — Crews worked."])
    """
    for k, line in enumerate(lines[: DATELINE_AT_MAX + 1]):
        if line[:1].isupper() and latin_dateline(line):
            if (
                k
                and not any(map(_sentence_like, lines[:k]))
                and not any(latin_dateline(later) for later in lines[k + 1 :])
            ):
                return k
            return None
    return None


def _sentence_like(line: str) -> bool:
    """A sentence, or a short one (It was the coldest night in a decade.): not a headline, a
    deck, a label, which end with no stop (a headline in capitals may: …PHARMACEUTICALS, INC.),
    nor hold one but an abbreviation's (AG Ellison sues with Gov. Walz as …).

    >>> _sentence_like("AG Ellison announces lawsuit with Gov. Walz as Minnesota loses 10 years of progress")
    False
    >>> _sentence_like("Crews worked through the night. Schools stayed closed on Tuesday as water fell")
    True
    >>> _sentence_like("Five years ago Sen. Klobuchar's office put out the statement below, which read:")
    True
    """
    if line[-1:].isalnum():  # (a headline's end: a paragraph ending with a colon or … stays one)
        line = _ABBREVIATION_STOP_RE.sub(r"\1", line)
    return is_sentence(line) or (ENDS_SENTENCE_RE.search(line) is not None and not line.isupper())


# the stop of an abbreviation a headline or a deck may hold before a name or a day (Gov. Walz,
# Dr. Smith, St. Paul, Jan. 15): no sentence's end
_ABBREVIATION_STOP_RE = re.compile(
    r"\b(Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|St|Mt|Ft|Jr|Sr|Inc|Corp"
    r"|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec)\.(?= )"
)


#: The most lines above an English dateline that are not yet the text (an exhibit's label, a
#: headline in two lines, two decks, a byline).
DATELINE_AT_MAX = 5


def _video_title(line: str) -> bool:
    """A video's title under its label above the text (视频-陈同佳出狱 鞠躬说“对不起”), not a
    sentence that opens with the label (视频：近日，一段…的视频在网上热传。)."""
    return (
        len(line) <= 60 and VIDEO_TITLE_RE.match(line) is not None and not _CLAUSE_RE.search(line)
    )


_CLAUSE_RE = re.compile(r"[，。；,;]")


#: The fewest lines ending with a photographer's credit one after another that are a list's
#: items (a contest's winners), not pictures' captions.
CAPTION_LIST_MIN = 3


def _in_run(marked: set[int], k: int, least: int) -> bool:
    """Whether ``k`` is in a run of at least ``least`` consecutive numbers of ``marked``."""
    first, last = k, k
    while first - 1 in marked:
        first -= 1
    while last + 1 in marked:
        last += 1
    return last - first + 1 >= least


def _caption(line: str) -> bool:
    """A short line ending with its photographer's credit in brackets: a picture's caption
    (``（刘通摄）``, ``(记者 张三 摄)``; not a year's: ``（1949年摄）``), or with a credit opening
    with 图 after a caption's one clause (a paragraph's clauses before it, 台中市交通局今天宣布，
    下月起…。（圖：交通局提供）, make it a paragraph's end)."""
    if len(line) > 120:
        return False
    if _CAPTION_CREDIT_RE.search(line) or _SPACED_CREDIT_RE.search(line):
        return True
    m = _PICTURE_CREDIT_END_RE.search(line)
    return m is not None and "，" not in line[: m.start()]


#: How far into the text's lines a byline is looked for, and how long its line is at most.
BYLINE_IN_TEXT_LINES = 3
BYLINE_LINE_MAX_CHARS = 80
#: The longest line above such a byline that is a standfirst, not a paragraph of the text,
#: unless it opens as the text does after the byline (a dek repeating the first sentence:
#: its first characters, as many as these, the same).
STANDFIRST_MAX_CHARS = 200
DEK_OPENING_CHARS = 30
_BY_LINE_RE = re.compile(r"(?i:by)\s+\S")


def _posted_stamp(line: str) -> bool:
    """A day and its time alone on a line (``2018-07-31 08:19``)."""
    found = day_alone_date(line) if len(line) <= DAY_LINE_MAX_CHARS else None
    return found is not None and "T" in found[1]


def _footer_date(line: str) -> bool:
    """A line that is a labelled date and nothing more (``Date created : 2015-05-12``,
    ``Last updated: March 3, 2020``), not a sentence that opens so."""
    m = _FOOTER_DATE_RE.fullmatch(line)
    return m is not None and parse_date(m["date"]) is not None


# (a label of the post's own dates: not a bare Published: of a book's box; the date alone after
# it, not a sentence that goes on: Updated March 4, 2020, to include comment…)
_FOOTER_DATE_RE = re.compile(
    r"(?i:Date (?:created|published|modified|updated)|Last (?:updated|modified)|First (?:published|posted)"
    r"|(?:Published|Posted|Updated) on|Posted|Updated)\s*:?\s*"
    rf"(?P<date>\d{{4}}-\d\d-\d\d(?:[ T]\d\d?:\d\d(?::\d\d)?)?|{LATIN_DATE})\.?"
)
_FOOTER_TIME_RE = re.compile(
    r"\s+(?:at|on)\s+(?:\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"(?:,? (?:at )?\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)?)"
)


def signed_off_at(lines: Sequence[str]) -> int | None:
    """The line where the editor in charge signs the text off (责任编辑：X, after
    :data:`IN_CHARGE_AFTER_CHARS` of text), what follows being another's (a next story's
    teaser), as :func:`clean_body_lines` ends the text there; None where nobody does."""
    for i, line in enumerate(lines):
        # (its label's 编 first: most pages have none, and their lines need no counting)
        if (
            ("编" in line or "編" in line)
            and _IN_CHARGE_RE.match(remove_pinyin_brackets(line)[0])
            and sum(map(_text_len, lines[:i])) >= IN_CHARGE_AFTER_CHARS
        ):
            return i
    return None


def _likes_box(lines: list[str], at: int) -> bool:
    """A blog's "Like this:" box at line ``at``: its button or its count under it (WordPress's
    Like, Loading..., Be the first to like this), not a tutorial's "Like this:" before code."""
    return (
        _LIKE_THIS_RE.fullmatch(lines[at]) is not None
        and at + 1 < len(lines)
        and _LIKE_BUTTON_RE.match(lines[at + 1]) is not None
    )


_LIKE_THIS_RE = re.compile(r"(?i:like this):?")
_LIKE_BUTTON_RE = re.compile(
    r"(?i:like$|loading\.*$|be the first to like|\d+ (?:bloggers?|people) like)"
)


def _site_notices(lines: list[str]) -> int:
    """How many of ``lines``' last lines are the site's notices under the text: its
    disclaimer's heading alone over its paragraph about the site's articles (免责声明 ⏎ 本网站
    部分内容转载…; a labelled one is :data:`_SITE_NOTICE_RE`'s), a repost's terms (转载请注明:
    心灵花园网), the last edit's date (最后编辑：2014-05-14), a permalink (本文固定链接: …).

    >>> _site_notices(["正文。", "转载请注明: 心灵花园网", "最后编辑：2014-05-14", "免责声明", "本网站不负任何责任。"])
    2
    >>> _site_notices(["正文。", "最后编辑：2014-05-14"]), _site_notices(["正文。", "免责声明", "他说。"])
    (1, 0)
    """
    last = lines[-1]
    if (
        len(lines) > 2
        and _DISCLAIMER_HEADING_RE.fullmatch(lines[-2])
        and _ABOUT_THE_SITE_RE.search(last)
        and _SITES_TERMS_RE.search(last)
    ):
        return 2
    return 1 if len(last) <= NOTICE_LINE_MAX_CHARS and _NOTICE_LINE_RE.fullmatch(last) else 0


# the site's disclaimer's heading alone (not 版权声明, 特别声明, 郑重声明: a contest's terms, a
# quoted statement, an article's own), over a paragraph about the site's articles and its terms
_DISCLAIMER_HEADING_RE = re.compile(r"\s*[【\[]?\s*(?:免责|免責)(?:声明|聲明)\s*[】\]]?\s*")
_ABOUT_THE_SITE_RE = re.compile(r"本网站|本網站|本站|本网|本網")
_SITES_TERMS_RE = re.compile(r"转载|轉載|删除|刪除|责任|責任|联系|聯繫")
# a notice's labelled field, its value a name, a date or a link (not 最后修改：删去关于…的规定,
# an amendment's; not 转载请注明出处，本是…的规矩, a sentence)
_NOTICE_LINE_RE = re.compile(
    r"\s*(?:(?:转载请注明|轉載請註明)[^，,。；]*"
    r"|(?:最后编辑|最後編輯|最后修改|最後修改|最后更新|最後更新)\s*[:：]\s*(?:[\d\s:：/.\-年月日]+|[^\s，,。；]{1,6})"
    r"|(?:本文固定链接|本文固定鏈接|本文链接|本文鏈接)\s*[:：]\s*https?://\S+)"
)
#: The longest line read as a site's notice under the text (not a paragraph that opens so).
NOTICE_LINE_MAX_CHARS = 80


def _readers_marks(lines: list[str]) -> int:
    """How many of ``lines``' last lines count the readers' marks: 861 Kudos, 12 Comments,
    3.2k Likes, 赞 25, 阅读 10万+; or a count and its word in lines of their own, either first
    (<div class=num>861</div><div class=txt>Kudos</div>, 点赞⏎25). Only at the text's end: a
    count in it may be the text's (a vote's 12,402⏎Votes, a poem's page with its 赞 above).

    >>> _readers_marks(["Text.", "861", "Kudos", "861", "Kudos"]), _readers_marks(["Text.", "12 Comments"])
    (4, 1)
    >>> _readers_marks(["Text.", "点赞", "25"]), _readers_marks(["Text.", "2,500,000 Shares"])
    (2, 0)
    """
    end = len(lines)
    while end > 1:
        last = lines[end - 1]
        if _READERS_COUNT_RE.fullmatch(last):
            end -= 1
        elif end > 2 and (
            (_READERS_WORD_RE.fullmatch(last) and _MARKS_COUNT_RE.fullmatch(lines[end - 2]))
            or (_MARKS_COUNT_RE.fullmatch(last) and _READERS_WORD_RE.fullmatch(lines[end - 2]))
        ):
            end -= 2
        else:
            break
    return len(lines) - end


_MARKS_COUNT = r"\d[\d,.]*[kKmM万]?\+?"
_MARKS_COUNT_RE = re.compile(_MARKS_COUNT)
# (not Shares, Votes: a release's 2,500,000 Shares, a ballot's 12,402 Votes are its text's)
_READERS_WORDS = (
    r"(?:Kudos|Likes?|Comments?|Claps?|Responses?|Retweets?|Views?"
    r"|赞|点赞|點讚|评论|評論|收藏|在看|阅读|閱讀)"
)
_READERS_WORD_RE = re.compile(_READERS_WORDS)
_READERS_COUNT_RE = re.compile(
    rf"{_MARKS_COUNT}\s*{_READERS_WORDS}|{_READERS_WORDS}\s*[:：(（]?\s*{_MARKS_COUNT}[)）]?"
)


def _labelled_day_line(line: str, label: re.Pattern[str] | None = None) -> bool:
    """An English line that is a day's label and the day (Published Thursday, April 20, 2017 |
    2:02 p.m.; Updated on March 3, 2024), not a sentence (``label``: another label's pattern).

    >>> _labelled_day_line("Published Thursday, April 20, 2017 | 2:02 p.m."), _labelled_day_line("Updated March 3")
    (True, False)
    >>> _labelled_day_line("Published March 3, 2024, the report found that rents rose by a third.")
    False
    """
    return (
        len(line) <= LABELLED_DAY_MAX_CHARS
        and (label or _LATIN_DAY_LABEL_RE).match(line) is not None
        and not is_sentence(line)
        and parse_date(line) is not None
    )


def _last_change_line(line: str) -> bool:
    """An English line that is the last change's label and its day (Last updated on Monday,
    Mar. 22, 2010 6:49PM EDT), not a sentence: :func:`_labelled_day_line`'s, another label.

    >>> _last_change_line("Last updated on Monday, Mar. 22, 2010 6:49PM EDT")
    True
    >>> _last_change_line("Last updated on Monday, the plan now covers every district in the city.")
    False
    """
    return _labelled_day_line(line, _LAST_CHANGE_LABEL_RE)


_LAST_CHANGE_LABEL_RE = re.compile(r"Last (?:[Uu]pdated|[Mm]odified)(?: on)?:?\s+")


_LATIN_DAY_LABEL_RE = re.compile(LATIN_DAY_LABEL)
#: The longest line of a day's label and the day (its weekday, its time after a bar).
LABELLED_DAY_MAX_CHARS = 60


def clean_body_lines(
    lines: Iterable[str], *, drop: Iterable[str] = (), authors: Iterable[str] = ()
) -> list[str]:
    """Body lines without furniture.

    The body ends at the share bar, previous/next or related-articles line
    (whatever follows is sidebar), unless sentences follow it (a related box set
    in the text: its links go, the text goes on); leading lines that are labelled fields (a
    meta line split over several elements) go, and so do pager lines and the
    given lines (title, meta line), and an author's bio after the text (see :class:`_Bio`:
    ``authors``, the names credited).
    """
    dropped = {d for d in drop if d}
    bio = _Bio(tuple(authors))
    lines = list(lines)
    # Lines up to the title or meta line are page header (when the container is the page),
    # as long as no prose (a long line, a sentence) came before them: a forum post may show its
    # meta line after the text, a short article its 编辑：X after its short paragraphs.
    start, changes = 0, set()
    for i, line in enumerate(lines[:40]):
        if remove_pinyin_brackets(line)[0] in dropped or _labelled_day_line(line):
            start = i + 1  # (and a story's Published …/Updated … lines in its container)
        elif _last_change_line(line):
            changes.add(i)  # (that line alone: a box of facts, a poem's lines may stand above)
        elif _text_len(line) >= 40 or is_sentence(line):
            break
    kept: list[str] = []
    lines = lines[start:]
    changes = {i - start for i in changes if i >= start}
    boxed = False  # inside a related-articles box set in the text
    for i, line in enumerate(lines):
        if i in changes:
            continue
        plain = remove_pinyin_brackets(line)[0]
        if _IN_CHARGE_RE.match(plain) and _text_len("".join(kept)) >= IN_CHARGE_AFTER_CHARS:
            break  # the editor in charge signs off the text: what follows is another's
        if _AD_LINE_RE.match(plain):
            continue  # Advertisement: the slot alone goes, the text goes on
        if _END_OF_BODY_RE.match(plain) or _likes_box(lines, i):
            if not any(is_sentence(rest) for rest in lines[i + 1 :]):
                break  # nothing but furniture after it: the text has ended
            boxed = True  # 相关阅读 in the middle: its links go, the text goes on
            continue
        if boxed:
            if not is_sentence(line) and not ENDS_SENTENCE_RE.search(line):
                continue  # a link's title; a line that ends a sentence is text again
            boxed = False
        if not kept:
            if lead_credit(plain) or (i + 1 < len(lines) and _video_title(plain)):
                continue
            if control_line(lines, i):
                continue  # a player's or a share bar's buttons above the text (close, Video)
            if (
                len(plain) <= 160
                and (m := REPUBLISHED_RE.match(plain))
                and not m["clause"]
                and i + 1 < len(lines)
            ):
                continue  # This article was originally published on …: a note, above the text too
            if rest := after_original_title(plain):
                line = plain = rest  # the text glued after a first headline's credit
        if (
            line in dropped
            or plain in dropped
            or _BOILERPLATE_LINE_RE.match(plain)
            or not _CONTENT_RE.search(line)
        ):
            continue
        kept.append(line)
    # a headline's lines above a report's dateline (王勇…时强调 / 进一步抓细抓实防汛责任措施 /
    # 新华社石家庄7月31日电 …): the text starts at the dateline
    # (not a roundup's first item: its other items open with datelines too)
    for k, line in enumerate(kept[1:4], 1):
        if _DATELINE_RE.match(line):
            if all(len(h) <= 40 and not _CLAUSE_STOP_RE.search(h) for h in kept[:k]) and not any(
                _DATELINE_RE.match(later) for later in kept[k + 1 :]
            ):
                del kept[:k]
            break
    # and an English one's (Exhibit 99.1 / a press release's headline in capitals / its decks
    # / DUBLIN, July 2, 2014 — Jazz Pharmaceuticals plc today announced …): lines that hold no
    # sentence above the story's dateline, not a roundup's item
    if k := latin_dateline_at(kept):
        del kept[:k]
    # a picture's caption ending with its credit (图为启动仪式现场。（刘通摄）), above the text or
    # in it: not one of a list of such lines (a contest's winners), nor the text's only line
    # (a run of three such lines is a list: two pictures' captions may stand one after another)
    captions = {k for k, line in enumerate(kept) if _caption(line)}
    if captions and len(captions) < len(kept):
        kept = [
            line
            for k, line in enumerate(kept)
            if k not in captions or _in_run(captions, k, CAPTION_LIST_MIN)
        ]
        if 0 in captions:  # a byline under the lead picture's caption gone now (記者林悅／南市報導)
            while len(kept) > 1 and _byline_credit(remove_pinyin_brackets(kept[0])[0]):
                del kept[0]
    # an English byline among the text's first lines (a standfirst above it: When in doubt,
    # rank players… / by Brad Graham / the text): it and what stands above it are no text
    names = [name for author in authors for name in author.split(", ") if name]
    for k, line in enumerate(kept[:BYLINE_IN_TEXT_LINES]):
        if (
            len(line) <= BYLINE_LINE_MAX_CHARS
            # (or the name and the writer's role: Surabhi Dangi-Garimella, PhD)
            and (
                _BY_LINE_RE.match(line) or (", " in line and writer_with_role([line], degree=True))
            )
            and any(name in line for name in names)
            and k + 1 < len(kept)
            and all(
                len(above) <= STANDFIRST_MAX_CHARS
                or (  # (a dek: no longer than the paragraph it sums up)
                    above[:DEK_OPENING_CHARS] == kept[k + 1][:DEK_OPENING_CHARS]
                    and len(above) <= len(kept[k + 1])
                )
                for above in kept[:k]
            )
        ):
            del kept[: k + 1]
            break
    # an editor's notes opening a guest post (Today we bring you a guest post by Jane Smith, …;
    # This post is presented by Acme, …): the writer's and the sponsor's, not the text
    while (
        len(kept) > 1
        and len(kept[0]) <= GUEST_INTRO_MAX_CHARS
        and (GUEST_INTRO_RE.match(kept[0]) or _PRESENTED_BY_RE.match(kept[0]))
    ):
        del kept[0]
    # the time the text was posted, alone above it (under a caption gone now): a stamp, not
    # a letter's or a speech's day (2012年6月24日 heads a spokesman's statement)
    if len(kept) > 1 and _posted_stamp(kept[0]):
        del kept[0]
    # a link back to the site's home closing the text (…仍将持续。返回腾讯网首页>>)
    if kept and (home := HOME_LINK_RE.search(kept[-1])):
        if not home.start():
            kept.pop()
        elif ENDS_SENTENCE_RE.search(kept[-1], 0, home.start()):
            kept[-1] = kept[-1][: home.start()]
    # a control under the text (a vote's 顶一下 under its count, a share bar's words), the
    # readers' marks (Svbtle's 861⏎Kudos, 12 Comments), in any order
    while len(kept) > 1:
        if (marks := _readers_marks(kept)) or (marks := _site_notices(kept)):
            del kept[-marks:]
        elif control_line(kept, len(kept) - 1):
            kept.pop()
            if len(kept) > 1 and _COUNT_RE.fullmatch(kept[-1]):
                kept.pop()
        else:
            break
    # an account's promotion after the text (更多精彩内容欢迎搜索关注微信公众号：…, 扫描二维码)
    while len(kept) > 1 and (
        (len(kept[-1]) <= 120 and _FOLLOW_US_RE.search(kept[-1]))
        or (len(kept[-1]) <= 300 and _FOLLOW_US_EN_RE.search(kept[-1]))
        or (len(kept[-1]) <= 300 and _CALL_TO_ACTION_EN_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 250 and _CHANNEL_PROMO_EN_RE.match(kept[-1]) is not None)
        or _VIEWS_COUNTER_EN_RE.match(kept[-1]) is not None
        or (len(kept[-1]) <= 160 and _NEWSLETTER_OFFER_EN_RE.match(kept[-1]) is not None)
        or (
            len(kept) > 2
            and _NEWSLETTER_PRIVACY_EN_RE.match(kept[-1]) is not None
            and _NEWSLETTER_OFFER_EN_RE.match(kept[-2]) is not None
        )
        or (len(kept[-1]) <= 160 and REPUBLISHED_RE.match(kept[-1]))  # (the loader's source)
        or _REPUBLISHED_NAMELESS_RE.match(kept[-1]) is not None  # (its outlet's link left out)
        # a site's notice (免责声明：本文来自…自媒体，不代表…立场。), an offer of its app
        or (len(kept[-1]) <= 300 and _SITE_NOTICE_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 80 and _APP_OFFER_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 600 and bio.opens(kept[-1]))
        # a post's footer: Posted on Tuesday 15 October 2019 at 09:11 by Jane Smith.
        or (len(kept[-1]) <= 160 and _footer_byline(kept[-1]))
        or (len(kept[-1]) <= 80 and _sign_off(kept[-1]))  # -- James R. Healey/Drive On
        # and its dates: Date created : 2015-05-12, Last updated: March 3, 2020
        or (len(kept[-1]) <= 80 and _footer_date(kept[-1]))
        # who made it, parted by spaces (药剂科供稿 摄影/张艳 编辑/苏芳), notes on the picture and
        # on reposting
        or (len(kept[-1]) <= 60 and _CREDITS_LINE_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 60 and _AFTER_TEXT_NOTE_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 200 and _PICTURE_CREDITS_EN_RE.match(kept[-1]) is not None)
        # (or the pictures' credit alone under the text's last sentence: Photograph by Jake
        # Stangel; not a list's item, an album's, a book's or a film's credits)
        or (
            len(kept[-1]) < 80
            and _PICTURES_BY_RE.match(kept[-1]) is not None
            and is_sentence(kept[-2])
        )
        or _LABEL_ALONE_EN_RE.match(kept[-1]) is not None
        # a wire's credits closing its story ((Reporting by …; Editing by …), Written By …) and
        # the channel's line after them (Latest News and Headlines from Reuters)
        or (len(kept[-1]) <= 400 and _WIRE_CREDITS_RE.match(kept[-1]) is not None)
        or (len(kept[-1]) <= 80 and _MORE_NEWS_RE.fullmatch(kept[-1]) is not None)
        # who paid for it (This video is part of Beet.TV coverage of CES 2016 sponsored by
        # Adobe., This article is brought to you by LeadsCon New York.)
        or (len(kept[-1]) <= 200 and _SPONSOR_NOTE_RE.match(kept[-1]) is not None)
        # the site's copyright line closing the container (© 2011 CNBC.com, 版权所有 ©…)
        or (len(kept[-1]) <= 160 and _COPYRIGHT_LINE_RE.match(kept[-1]) is not None)
    ):
        kept.pop()
    # and the credits at the end: 来源：新闻晨报 / 编辑：山石 (the loader reads them as fields),
    # a label in brackets left empty ([稿源：])
    while kept and (
        (
            len(kept[-1]) <= 40
            and (
                _CREDIT_RE.match(plain := remove_pinyin_brackets(kept[-1])[0])
                or _EMPTY_LABEL_RE.fullmatch(plain)
            )
        )
        # a reposted article's first headline among its credits (原标题：…; not a sentence
        # that tells of it: 原题为《河边的人》的第一稿写于1978年。)
        or (
            len(kept[-1]) <= 80
            and ORIGINAL_TITLE_RE.match(kept[-1]) is not None
            and "。" not in kept[-1]
        )
        # the publisher's rights in brackets (【…未经授权，不得转载、摘编等。】), not a court's
        # finding that a site may not repost
        or (len(kept[-1]) <= 80 and _RIGHTS_RE.search(kept[-1]) is not None)
    ):
        kept.pop()
    # a page's note that the text goes on on the next (（接下一页）, （未完待续）, 下转第3版):
    # a pager's, whose next page the article's other pages join
    if kept and (m := _CONTINUED_RE.search(kept[-1])):
        kept[-1] = kept[-1][: m.start()].rstrip()
        if not kept[-1]:
            kept.pop()
    # a byline after the text (采写：南都记者 余毅菁 向雪妮): the author's credit
    while (
        len(kept) > 1
        and len(kept[-1]) <= 40
        and not _SENTENCE_END_RE.search(kept[-1])
        and author_from_lines([remove_pinyin_brackets(kept[-1])[0]])
    ):
        kept.pop()
    # lines without a letter after the text's last sentence (a like counter's +1, a pager's
    # [1] [2]; a table's last cell stays) and short ones before its first (a gallery's 1/10)
    end = len(kept)
    while end and not _LETTER_RE.search(kept[end - 1]):
        end -= 1
    if end < len(kept) and (not end or ENDS_SENTENCE_RE.search(kept[end - 1])):
        del kept[end:]
    while kept and len(kept[0]) <= 12 and not _LETTER_RE.search(kept[0]):
        kept.pop(0)
    return kept


# Elements that set text inside a line: a container's text held in them is its own text
# (<td>　　<span>第一句。</span><br/>…); links are left out, a list of them is no prose.
_INLINE_TEXT_TAGS = frozenset(
    ("span", "font", "b", "strong", "em", "i", "u", "small", "big", "sub", "sup", "label")
)
# (and links: what :func:`_hidden_inline` asks of, in the text's lines)
_HIDEABLE_INLINE_TAGS = _INLINE_TEXT_TAGS | {"a"}


def _own_text(el: etree._Element) -> str:
    """The text directly inside a container, and inside its inline elements: not its blocks',
    nor the code of a script an inline element holds (a share button's, with its comments)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in _INLINE_TEXT_TAGS:
            parts.append(_paragraph_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


# (smart_strings=False: plain strings, not ones that know their element: a third faster)
# (parent, not ancestor: the HTML parser gives a script or style its code as its one text and
# no element; an ancestor test walked up to the root from every text, 0.4 ms on a news page's
# 4 000-character section)
_TEXT_NOT_CODE_XPATH = etree.XPath(
    ".//text()[not(parent::script) and not(parent::style)]", smart_strings=False
)


def _paragraph_text(el: etree._Element) -> str:
    """A paragraph's text, without the code of a script set in it (spac_writeAd(…))."""
    if next(el.iter("script", "style"), None) is None:
        return text_of(el)
    return "".join(_TEXT_NOT_CODE_XPATH(el))


#: The longest text (characters) a link may wrap and be a teaser card, not an unclosed <a>
#: that swallowed the rest of the page (libxml2 nests what follows it inside it).
TEASER_MAX_CHARS = 400
# a heading linking to another page (an anchor, #u0, is a live blog's or an FAQ's own part)
_LINKED_HEADING_XPATH = etree.XPath(
    "(.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "[.//a[@href and not(contains(@href, '#'))]])[1]"
)
# what may stand between the chunks of one text that a page cuts in several: an ad's label,
# a box of links (its link texts are not counted)
GAP_MAX_CHARS = 200
#: The most chunks one text is cut in; a longer series is a list.
CHUNKS_MAX = 30


# what may hold a text's own lines: paragraphs, and the blocks a text set with <br>s stands in
# directly (an old page's <center>, a quoted text's <blockquote>, an ASP page's <form>)
_PARAGRAPH_TAGS = (
    "p", "div", "td", "th", "section", "article", "main", "body", "pre", "blockquote", "center",
    "dd", "form",
)  # fmt: skip


def _data_text(text: str) -> bool:
    """Whether ``text`` is data a page leaves in an element, not prose: a JSON object or list
    (a script's log, a framework's state in a hidden <div>: {"method":"get","url":…} scored
    as the longest paragraph of a podcast's page, its <body> the text).

    >>> _data_text(' {"method":"get","path":"navigator.mimeTypes"} '), _data_text('[{"a": 1}]')
    (True, True)
    >>> _data_text("{Editor's note: this story was updated.}"), _data_text('"Yes," she said: "no."')
    (False, False)
    """
    if not _DATA_START_RE.match(text):  # (most paragraphs: no copy of the text)
        return False
    text = text.rstrip()
    return text[-1:] in "}]" and ('":' in text or '" :' in text)


_DATA_START_RE = re.compile(r"\s*[{\[]")


def _paragraph_nodes(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    teasers: dict[etree._Element, bool] = {}  # links around text -> whether they are a card

    def in_teaser(el: etree._Element) -> bool:
        # a card a link wraps whole is short: a heading and a line or two; an unclosed <a>
        # that swallowed the page holds its <h1>, its paragraphs or more text than a card
        for a in el.iterancestors("a"):
            if a not in teasers:
                teasers[a] = (
                    bool(a.get("href"))
                    and next(a.iter("h1"), None) is None
                    and len(a.findall(".//p")) < 3
                    and _text_len(text_of(a)) <= TEASER_MAX_CHARS
                )
            if teasers[a]:
                return True
        return False

    cards: dict[etree._Element, bool] = {}  # elements -> whether they are a card of a series
    kinds: dict[etree._Element, Counter] = {}  # parents -> how many children of each tag and class

    def in_card(el: etree._Element) -> bool:
        # a card of a series that a link does not wrap: one of several siblings alike, each
        # a linked heading and a line (<div class=feature><h5><a>…</a></h5>a line</div> ×4)
        for node in (el, el.getparent()):
            if node is None:
                return False
            if node not in cards:
                cls = node.get("class")
                cards[node] = (  # cheapest test first
                    bool(cls)
                    and _alike(node, kinds) >= 3
                    and _text_len(text_of(node)) <= TEASER_MAX_CHARS
                    and bool(_LINKED_HEADING_XPATH(node))
                )
            if cards[node]:
                return True
        return False

    for el in root.iter(*_PARAGRAPH_TAGS):
        # a container's own text: pages that use <br> instead of <p>; a <pre>'s, one block
        # (an old notice set as typed: a court's 公告 in lines of 26 characters)
        text = _paragraph_text(el) if el.tag in ("p", "pre") else _own_text(el)
        # Prose, not a meta line or a copyright notice, nor a teaser a link wraps whole (a
        # card of a feed beside the article: <a href><div>今天 12:06 指数高开…</div></a>).
        if (
            len(text.strip()) >= 8
            and _has_prose(text, 8)
            and "©" not in text
            and not _data_text(text)
            and not (
                ("：" in text or ":" in text)  # labels need a colon: most prose skips the regex
                and may_hold_label(text)
                and len(_LABEL_RE.findall(remove_pinyin_brackets(text)[0])) >= 2
            )
            and not in_teaser(el)
            and not in_card(el)
        ):
            yield el, text


def _cut_with_more_link(el: etree._Element, text: str) -> bool:
    """A teaser's paragraph: its text cut with an ellipsis, a link to the rest closing it
    (…享受国务院政府特殊津贴。...[详细], … the storm … Read more). A sidebar's series of
    such teasers holds more sentences than a short article: they count for no container
    (see :func:`_score_paragraphs`; a teaser alone may be the page's text).

    >>> from lxml import html
    >>> p = html.fromstring('<p>中国著名整形外科专家、主任医师，享受特殊津贴。...<a href="/a/1.html">[详细]</a></p>')
    >>> _cut_with_more_link(p, p.text_content()), _cut_with_more_link(p, "…")
    (True, False)
    >>> p = html.fromstring('<p>会议要求各地认真落实。详见<a href="/a/2.html">通知全文</a></p>')
    >>> _cut_with_more_link(p, p.text_content())
    False
    """
    if not len(el) or (last := el[-1]).tag.__class__ is not str or (last.tail or "").strip():
        return False
    if last.tag != "a" and next(last.iter("a"), None) is None:
        return False  # (<span class="more"><a>[详细]</a></span> wraps one)
    link = " ".join(text_of(last).split())
    if not link or not _MORE_LINK_RE.fullmatch(link):
        return False
    shown = text.rstrip()
    return shown.endswith(link) and shown[: -len(link)].rstrip().endswith(("...", "…", "。。。"))


# a link to the rest of a text: [详细], 更多>>, 阅读全文, Read more »
_MORE_LINK_RE = re.compile(
    r"[\[【(（<«]?\s*(?:详细|詳細|详情|詳情|更多|全文|阅读全文|閱讀全文|查看全文|查看详情|查看詳情|查看更多"
    r"|阅读更多|閱讀更多|[Rr]ead [Mm]ore|[Mm]ore|[Cc]ontinue [Rr]eading)\s*[\]】)）>»]*"
)


def _alike(node: etree._Element, kinds: dict[etree._Element, Counter]) -> int:
    """How many children of ``node``'s parent have its tag and class (itself included);
    ``kinds`` keeps the count of each parent, so a list of 4 000 items is counted once."""
    parent = node.getparent()
    if parent is None:
        return 1
    if parent not in kinds:
        kinds[parent] = Counter((child.tag, child.get("class")) for child in parent)
    return kinds[parent][node.tag, node.get("class")]


def in_other_block(el: etree._Element) -> bool:
    """Inside a comment area, a related list, a sidebar or a footer (by class or id, or tag).
    The page's own <body> and <html> are no such block, whatever their class says
    (``<html class="hidden-sidebar">``)."""
    while el is not None and el.tag not in ("body", "html"):
        if el.tag in ("aside", "footer", "nav", "fieldset"):  # fieldset: a form's (comment rules)
            return True
        if (
            (attrs := element_names(el))
            and attrs in OTHER_BLOCK_NAMES
            and not _layout(el)
            and not _beside_sidebar(attrs)
            and (_short_names_count(el) or attrs in _OTHER_BLOCK_SPELLED)
        ):
            return True
        el = el.getparent()
    return False


def _beside_sidebar(names: str) -> bool:
    """Names of a text's column that tell its place beside the sidebar (Physics World's
    ``the-content equalize-sidebar``, ``content has-sidebar``): a text's name among them and
    no other block's. Not a column named by its place alone (``col-md-4 has-sidebar``,
    ``widget-area with-sidebar``: the sidebar itself, a review's probes).

    >>> [_beside_sidebar(names) for names in (
    ...     "col-md-7 the-content equalize-sidebar", "content has-sidebar", "col-md-4 has-sidebar",
    ...     "widget-area with-sidebar", "comments-area no-sidebar", "the-content")]
    [True, True, False, False, False, False]
    """
    words = names.split()
    rest = " ".join(word for word in words if word.lower() not in _BESIDE_SIDEBAR)
    return (
        len(rest) < len(" ".join(words))
        and _TEXT_NAME_RE.search(rest) is not None
        and rest not in OTHER_BLOCK_NAMES
    )


# a column's place beside the sidebar: as tall as it, a layout's switches
_BESIDE_SIDEBAR = frozenset(
    ("has-sidebar", "with-sidebar", "without-sidebar", "no-sidebar", "equalize-sidebar")
)


def _short_names_count(el: etree._Element) -> bool:
    """Whether the short names of comments (pl, cmt) name ``el`` as such: anywhere but in an
    <article> or <main>, where only a name they open does."""
    return el.tag not in ("article", "main") or bool(_SHORT_NAME_FIRST_RE.search(element_names(el)))


def _layout(el: etree._Element) -> bool:
    """``el`` is named for a sidebar but holds the page's ``<main>`` (WordPress's Genesis
    framework sets ``<main>`` and the sidebar in a ``content-sidebar-wrap`` on every page), or
    half the page's text or more and the headline the page's ``<title>`` shows: the page's
    layout (``<div class="right_sidebar main">`` around the article), not a sidebar. (Comments
    and related boxes may run longer than the article: they keep their names' sense.)"""
    if element_names(el) not in _SIDEBAR_NAMES:
        return False
    if el.find(".//main") is not None:
        return True  # the page's main content inside it (Genesis's content-sidebar-wrap)
    root = el.getroottree().getroot()
    body = root.find("body")
    if body is None or 2 * len(text_of(el)) < len(text_of(body)):
        return False
    # and the article's headline inside it (a sidebar's about box may run longer than a post)
    title = " ".join(document_title(root).split())
    return any(
        len(shown := " ".join(text_of(h).split())) >= 4 and shown in title
        for h in el.iter("h1", "h2", "h3")
    )


_SIDEBAR_NAMES = NameWords("sidebar side aside")


def _link_density(el: etree._Element) -> float:
    """The share of ``el``'s text inside links. A "link" holding more text than a card does is
    an ``<a>`` left open that swallowed the text after it: its text is not linked text."""
    if next(el.iter("a"), None) is None:
        return 0.0
    total = _text_len(text_of(el)) or 1
    linked = _text_len("".join(_LINK_TEXT_XPATH(el)))
    if linked > TEASER_MAX_CHARS:  # (only then: most pages have no such link)
        for a in _LONG_LINK_XPATH(el):
            held = _text_len(text_of(a))
            if held > TEASER_MAX_CHARS and next(a.iterancestors("a"), None) is None:
                linked -= held
    return max(linked, 0) / total


# the links holding more characters than a card (letters and digits are fewer), the element
# asked about among them: libxml2 finds them; asking each link of a forum page's 1 600 in
# Python took 12 ms
_LONG_LINK_XPATH = etree.XPath(f"descendant-or-self::a[string-length(.) > {TEASER_MAX_CHARS}]")


def _score_paragraphs(
    root: etree._Element,
) -> tuple[dict[etree._Element, float], dict[etree._Element, bool]]:
    """Scores of the containers, and the prose elements that gave them (with whether
    they hold a sentence: a pager or a dateline does not)."""
    scores: dict[etree._Element, float] = {}
    prose: dict[etree._Element, bool] = {}
    teasers: list[tuple[etree._Element, str]] = []
    notices: list[tuple[etree._Element, str]] = []
    sentences = False  # (whether a paragraph scored holds a sentence)
    for el, text in _paragraph_nodes(root):
        prose[el] = is_sentence(text)
        if _DISCLAIMER_RE.match(text):
            continue  # the site's notice: part of the text's run, never what makes it the text
        if len(text) <= NOTICE_MAX_CHARS and _NO_ADVICE_RE.match(text):
            notices.append((el, text))  # (unless no other prose is: a note opening so)
            continue
        if _cut_with_more_link(el, text):
            teasers.append((el, text))  # (counted below, unless a series of them)
            continue
        sentences = sentences or prose[el]
        _score_paragraph(el, text, scores)
    # a series of teasers (a sidebar's 40 bios, each cut …[详细]) holds more sentences than a
    # short article and is none of it; a teaser alone may be the page's text (a paywall's)
    if len(teasers) < TEASERS_MIN:
        for el, text in teasers:
            _score_paragraph(el, text, scores)
    if not sentences:  # (a broker's note in one cell: 以下內容僅供參考，不構成任何投資建議，高盛…)
        for el, text in notices:
            _score_paragraph(el, text, scores)
    return scores, prose


#: The fewest teasers cut with a "more" link that make a series, not the article's text.
TEASERS_MIN = 3


def _score_paragraph(el: etree._Element, text: str, scores: dict[etree._Element, float]) -> None:
    """Add a paragraph's score to its container's (and half to the container's parent)."""
    score = 1 + _punct_count(text) + min(_text_len(text[:500]) / 50, 5)
    # a container's own text: an article set with <br>s scores for the container; a <div>
    # without <br> is one paragraph (<div>text</div>) and, like a <p>, scores for its parent
    if el.tag in ("p", "pre") or (el.tag == "div" and el.find("br") is None):
        parent = el.getparent()
    else:
        parent = el
    grandparent = parent.getparent() if parent is not None else None
    for node, share in ((parent, 1.0), (grandparent, 0.5)):
        if node is not None and isinstance(node.tag, str) and node.tag != "html":
            scores[node] = scores.get(node, 0.0) + score * share


def is_sentence(text: str) -> bool:
    """Prose: punctuated and long enough not to be a title with a comma in it."""
    if _has_cjk(text, 16):
        return bool(_SENTENCE_RE.search(text))
    return _latin_words(text, 12) and bool(_LATIN_SENTENCE_RE.search(text))


def _signature(el: etree._Element) -> tuple | None:
    """Tag, class and the tags above: what the entries of a repeated series share."""
    cls = (el.get("class") or "").strip()
    if not cls:
        return None
    tags = []
    node = el
    while node is not None:
        tags.append(node.tag)
        node = node.getparent()
    return (cls, *tags)


def _series(best: etree._Element, scores: dict[etree._Element, float]) -> list[etree._Element]:
    """The containers of ``best``'s series in document order, ``best`` among them: the same
    class at the same depth (see :func:`_signature`), a few sentences at least, few links.

    A blog page lists several posts and a forum thread its replies that way: the page's own
    article is the first of them, not the longest. A page may also cut one text in such
    containers (see :func:`_chunks_of_one_text`).
    """
    sig = _signature(best)
    if sig is None:
        return [best]
    floor = min(0.25 * scores[best], 8.0)  # a post of a few sentences is an article
    return [
        el
        for el in tagged_alike(best)
        if el is best
        or (scores.get(el, 0.0) >= floor and _signature(el) == sig and _link_density(el) < 0.5)
    ]


#: The least share of the best candidate's score the first of a thread's posts has for the
#: posts together to outweigh it (see :func:`_posts_outweighing`).
POST_SHARE = 0.25


def _posts_outweighing(
    best: etree._Element, ranked: list[etree._Element], scores: dict[etree._Element, float]
) -> list[etree._Element] | None:
    """A thread's posts (a series of three or more, see :func:`_series`) that together
    outweigh the one box that scores above each of them: a forum's rules, a notice set above
    the thread's title (the page's first <h1>), the posts under it. Not posts inside the box,
    nor a box inside a post; not in another block (comments, a sidebar), nor an ad's; not
    where the box is under the title (a short article, and its comments or teasers below)."""
    least = POST_SHARE * scores[best]
    # (a series' members all score: a class three candidates share at least, before the walk)
    shared = Counter((el.tag, el.get("class")) for el in scores if el.get("class"))
    for node in ranked:
        if node is best or scores[node] < least or shared[node.tag, node.get("class")] < 3:
            continue
        if in_other_block(node) or _an_ad(node):
            continue
        if _contains(best, node) or _contains(node, best):
            continue
        series = _series(node, scores)
        if len(series) >= 3 and sum(scores[el] for el in series) >= scores[best]:
            return series if _under_title_below(series[0], best) else None
    return None


def _under_title_below(post: etree._Element, box: etree._Element) -> bool:
    """Whether the page's first <h1> stands below ``box`` and above ``post``."""
    root = box.getroottree().getroot()
    heading = next(root.iter("h1"), None)
    if heading is None or _contains(box, heading) or _contains(post, heading):
        return False
    order = {}
    for el in root.iter():
        if el is box or el is heading or el is post:
            order[el] = len(order)
    return order.get(box, 9) < order.get(heading, 9) < order.get(post, 9)


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    return any(el is outer for el in inner.iterancestors())


# a class word that numbers a part of a text: story-body-2, article_part3, para-1 (not a
# layout's col-md-8, span4, f14: their words name no text)
_PART_RE = re.compile(
    r"(?P<stem>\S*(?:body|text|content|story|article|para|part|chunk)\S*?)[-_]?(?P<n>\d{1,2})$",
    re.I,
)


def _part(el: etree._Element) -> tuple | None:
    """What numbers ``el`` as a part of a text: its class with the number out, and the
    number (``story-body story-body-2``: ``("story-body story-body-", 2)``), or None."""
    words = (el.get("class") or "").split()
    numbered = [(i, m) for i, w in enumerate(words) if (m := _PART_RE.fullmatch(w))]
    if len(numbered) != 1:
        return None
    i, m = numbered[0]
    return " ".join([*words[:i], m["stem"], *words[i + 1 :]]), int(m["n"])


def _numbered_parts(
    best: etree._Element, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    """The parts of ``best``'s text a page numbers in their class (``story-body-1``,
    ``story-body-2``…, at one depth), their numbers one after another in document order; or
    []."""
    if (mine := _part(best)) is None:
        return []
    tags = _signature(best)[1:]
    found = [
        (el, part[1])
        for el in tagged_alike(best)
        if el in scores
        and (part := _part(el)) is not None
        and part[0] == mine[0]
        and _signature(el)[1:] == tags
    ]
    numbers = [number for _, number in found]
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return [el for el, _ in found] if consecutive else []


def find_body_parts(
    root: etree._Element,
) -> tuple[etree._Element | None, frozenset[etree._Element]]:
    """The body container and its children that are not the article (see :func:`prose_run`)."""
    scores, prose = _score_paragraphs(root)
    if not scores:
        return None, frozenset()
    # link density is costly on big nodes: weigh it for the best few candidates only, and
    # not for one whose score cannot beat the best weighed so far
    best, best_score = None, -1.0
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    candidates = [
        n for n in ranked[:8] if not in_other_block(n) and not _an_ad(n) and not _in_teasers(n)
    ]
    hiding: dict[etree._Element, bool] = {}  # (the candidates share most of their ancestors)
    if candidates and _hidden(candidates[0], hiding):
        shown = [n for n in candidates if not _hidden(n, hiding)]
        if shown and 2 * scores[shown[0]] >= scores[candidates[0]]:
            candidates = shown  # a hidden box beats the text (not a text a script shows later)
    candidates = candidates[:5] or ranked[:5]
    for node in candidates:
        if scores[node] <= best_score:
            break
        weighed = scores[node] * (1 - _link_density(node))
        if weighed > best_score:
            best, best_score = node, weighed
    series = _series(best, scores)
    if len(series) == 1 and best is not None:
        series = _posts_outweighing(best, ranked[:12], scores) or series
    best = series[0]  # the first post of a blog page or a thread
    chunks = (  # (the parts of a text named alike, else apart: an ad's slot between them)
        _with_short_ends(_chunks_of_one_text(series, prose), prose)
        or (
            len(series) == 1
            and _chunks_of_one_text(_numbered_parts(best, scores), prose, apart=True)
        )
        or _chunks_of_one_text(_wrappers_series(best, scores), prose, apart=True)
        or _paragraphs_beside(best, prose)
    )
    if chunks:
        return _joined(chunks, prose)
    return best, prose_run(best, prose)


def text_outside(root: etree._Element, dialogs: list[etree._Element]) -> bool:
    """Whether the page holds a text of its own outside ``dialogs`` (the site's service
    dialogs it keeps closed: :func:`crawler.dom.closed_dialog`): at least
    :data:`OWN_TEXT_PARAGRAPHS_MIN` paragraphs holding a sentence in one container (a
    footer's line or two is none). Where it holds none, their text is the page's (an FAQ
    page's answers, a contact page's details, a newsletter's web view: a review's probes).

    >>> from crawler.dom import parse_html
    >>> p = "<p>The city council voted on Tuesday to approve a new budget for roads.</p>"
    >>> root = parse_html("<dialog id=faq>" + p + "</dialog><div>" + p * 3 + "</div>")
    >>> text_outside(root, root.findall(".//dialog")), text_outside(root, [root.find(".//div")])
    (True, False)
    """
    inside = {p for dialog in dialogs for p in dialog.iter("p")}
    found: Counter = Counter()
    for p in root.iter("p"):
        if p not in inside and is_sentence(" ".join(text_of(p).split())):
            parent = p.getparent()
            found[parent] += 1
            if found[parent] >= OWN_TEXT_PARAGRAPHS_MIN:
                return True
    return False


#: The fewest paragraphs holding a sentence in one container outside its closed service
#: dialogs that make a page hold a text of its own.
OWN_TEXT_PARAGRAPHS_MIN = 3


#: The fewest list items holding a sentence that make a list's container the text.
LIST_SENTENCES_MIN = 3


def find_list_text(root: etree._Element) -> etree._Element | None:
    """The container of a text written in list items (release notes, a weekly round-up: a
    post of headings and bullets, no paragraph), for a page where no paragraph made a text:
    the element whose lists hold the most items with a sentence (their own, not mostly a
    link's, not a teaser of another page, not in a comment area, a sidebar or a footer), at
    least :data:`LIST_SENTENCES_MIN`.

    >>> from crawler.dom import parse_html
    >>> root = parse_html("<div id=nav><ul><li>Home</li><li>News</li></ul></div><div id=post>"
    ...     + "<h3>Highlights</h3><ul>" + "<li>The new tab page now loads much faster than it did in"
    ...     " the last release of the browser.</li>" * 3
    ...     + "</ul></div>")
    >>> find_list_text(root).get("id")
    'post'
    """
    counts: Counter = Counter()
    for item in root.iter("li"):
        lst = item.getparent()
        holder = lst.getparent() if lst is not None else None
        if holder is None or not is_sentence(" ".join(text_of(item).split())):
            continue
        if _link_density(item) < 0.5 and not _teaser_item(item) and not in_other_block(item):
            counts[holder] += 1
    if not counts:
        return None
    holder, count = counts.most_common(1)[0]
    return holder if count >= LIST_SENTENCES_MIN else None


def _teaser_list(el: etree._Element) -> bool:
    """A list of other pages' teasers: at least :data:`TEASER_LIST_MIN` items, two in three of
    them opening with a link (or a heading holding one), then a summary cut short (…, ...) or a
    day alone (``<li><h2><a>headline</a></h2><p>summary...</p><em>2018-10-20</em></li>``: a
    related box's stories, whose summaries outweigh a text of short lines, a video's script).
    Not a text's own list of linked names or headings, each with its whole paragraph (a
    round-up, a briefing, a Q&A: a review's probes).

    >>> from crawler.dom import parse_html
    >>> def teasers(item):
    ...     return _teaser_list(parse_html(f"<ul>{item * 3}</ul>").find(".//ul"))
    >>> teasers("<li><h2><a href='/n/1'>今日要闻</a></h2><p>各美其美，美人之美，美美与共，天下大同...</p></li>")
    True
    >>> teasers("<li><a href='/n/1'>Storm closes roads</a><span>March 3, 2024</span></li>")
    True
    >>> teasers("<li><a href='/t/1'>Ruff</a> — a linter for Python, fast enough to run on save.</li>")
    False
    >>> teasers("<li><h4>问：如何申报？</h4><p>答：登录网站填写申报表...</p></li>")
    False
    """
    if el.tag not in _LIST_TAGS:
        return False
    items = [item for item in el if item.tag == "li"]
    if len(items) < TEASER_LIST_MIN:
        return False
    return 3 * sum(map(_teaser_with_summary, items)) >= 2 * len(items)


def _teaser_with_summary(item: etree._Element) -> bool:
    """An item opening with a link, then a summary cut short or a day alone (a teaser's)."""
    if not _teaser_item(item) or (link := next(item.iter("a"), None)) is None:
        return False
    if not link.get("href"):
        return False
    return any(
        " ".join(text_of(el).split()).endswith(_CUT_SHORT) or _a_day_alone(el)
        for el in item.iterdescendants()
        if el.tag.__class__ is str and el.tag != "a" and not len(el)
    )


_CUT_SHORT = ("...", "…", "。。。")


def _in_teasers(el: etree._Element) -> bool:
    """``el`` is a list of teasers (:func:`_teaser_list`), or an item of one, or in one."""
    return any(_teaser_list(node) for node in islice(chain((el,), el.iterancestors()), 3))


#: The fewest items of a list of teasers (two may be a text's own links).
TEASER_LIST_MIN = 3


def _teaser_item(item: etree._Element) -> bool:
    """A list item that tells of another page: it opens with a link or a heading (a story's
    headline, a video's picture linked, a topic's title; a live report's entry opens with its
    time, and a release note's with its words)."""
    node = item
    while not (node.text or "").strip() and len(node):
        node = node[0]
        if node.tag.__class__ is not str:
            continue
        if (node.tag == "a" and node.get("href")) or node.tag in _GAP_HEADINGS:
            return True
    return False


def _an_ad(el: etree._Element) -> bool:
    """Named an advertisement by a whole class or id (``class="KikBrf1304 Ad Cf"``: a
    promotion of the site's WeChat account, its sentences longer than a short report's) or one
    that opens with the word (``ad_footerbanner``: a forum's banner of names), and by no name
    of a text (``entry-content ad-inject``, ``advertorial-body`` are texts)."""
    names = element_names(el).lower().split()
    # (or a name that opens with the word: ad_footerbanner, ads-box; not one that ends with
    # it: a head-ad is no ad's)
    return any(_AD_PART_RE.match(name) for name in names) and not any(
        _TEXT_NAME_RE.search(name) for name in names
    )


# (a whole name, or the word before a box's: ad_footerbanner, ads-box, adv_top; not ad-free,
# ad_hoc, ad-sticky-container, whose box may be the text's)
_AD_PART_RE = re.compile(
    r"(?:ad|ads|adv|advert|adverts|advertisement|advertising)(?:$|[-_](?:foot|head|top|bottom"
    r"|banner|box|wrap|slot|side|unit|area|zone|block|bar|left|right|list|\d))"
)


def _hidden(el: etree._Element, known: dict | None = None) -> bool:
    """Hidden by its own class (``class="onee-bar hidden"``: an edition switch's
    text in twelve languages that a script shows to readers abroad), or by an ancestor's
    (``known``: the answers so far, for elements and what holds them)."""
    known = {} if known is None else known
    path, node, hidden = [], el, False
    while node is not None:
        if node in known:
            hidden = known[node]
            break
        path.append(node)
        if _hides(node):
            hidden = True
            break
        node = node.getparent()
    for node in path:
        known[node] = hidden
    return hidden


def _hides(el: etree._Element) -> bool:
    """``el``'s own class hides it (not its style: a script that shows the text once the
    page is ready sets ``display: none`` or ``visibility: hidden`` on it until then)."""
    classes = (el.get("class") or "").split()
    if "modal" in classes:  # a dialog, shown once opened (a picture viewer's: .modal.show)
        return not any(_SHOWING_CLASS_RE.fullmatch(name) for name in classes)
    return bool(_HIDING_CLASSES.intersection(classes))


_HIDING_CLASSES = frozenset(("hidden", "hide", "d-none", "is-hidden", "invisible"))
# what opens a dialog: Bootstrap's show (in), Bulma's is-active, BEM's modal--open
_SHOWING_CLASS_RE = re.compile(r"show|in|(?:is-|[\w-]*--)?(?:active|open|visible|shown)")


def _with_short_ends(
    chunks: list[etree._Element], prose: dict[etree._Element, bool]
) -> list[etree._Element]:
    """``chunks`` (the parts of one text named alike, :func:`_chunks_of_one_text`) with the
    parts named so just before and after them that hold a sentence, too short to count in
    their series (a text's last paragraph set alone after an ad: ``.article-body-text``)."""
    if not chunks:
        return chunks
    sig = _signature(chunks[0])
    cls = sig[0] if sig else None
    alike = [
        el
        for el in tagged_alike(chunks[0])
        if el in chunks
        or (
            (el.get("class") or "").strip() == cls  # (the cheap test first)
            and _signature(el) == sig
            and any(prose.get(n) for n in el.iter())
        )
    ]
    first, last = alike.index(chunks[0]), alike.index(chunks[-1])
    for el in alike[last + 1 :]:
        if not _chunks_of_one_text([*chunks, el], prose):
            break
        chunks = [*chunks, el]
    for el in reversed(alike[:first]):
        if not _chunks_of_one_text([el, *chunks], prose):
            break
        chunks = [el, *chunks]
    return chunks


def _wrappers_series(
    best: etree._Element, scores: dict[etree._Element, float]
) -> list[etree._Element]:
    """The series of the element that wraps ``best`` alone, when ``best`` has no class to
    know a series by (``<div class="text section"><div id="main_text">…``, the next part of
    the text in another ``div.text.section``, its ``<div>`` named otherwise), or []."""
    parent = best.getparent()
    if parent is None or (best.get("class") or "").strip() or parent not in scores:
        return []
    if sum(1 for child in parent if child.tag.__class__ is str) != 1:
        return []
    return _series(parent, scores)


def _paragraphs_beside(best: etree._Element, prose: dict[etree._Element, bool]) -> list:
    """``best`` with the run of paragraphs before it, when a page sets its text's first
    paragraphs in blocks of their own before the container of the rest (``div.firstPar``,
    ``div.secondPar``…, a box of related links, ``div.body``), or []. A run has two blocks at
    least (one paragraph before the text, a summary, stays out) and no time above them (posts
    and comments have). Blocks after the text are not joined: an author's bio, a newsletter's
    promotion, a site's notices and readers' comments stand there."""
    parent = best.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return []
    before = _prose_run_of_siblings(best.itersiblings(preceding=True), prose)
    if not before and _read_more_wrapper(parent, best, prose):
        before = _prose_run_of_siblings(parent.itersiblings(preceding=True), prose)
        if sum(1 for el in before if el.tag == "p") < 2:
            # boxes before the wrapper (a notice, a writer's card), not paragraphs; unless
            # one block holding paragraphs of sentences (a layout's row with the text's lead)
            if len(before) != 1 or _lead_paragraphs(before[0], prose) < 2:
                return []
            if _header_text(before[0], prose).strip() or not _layout_named(before[0], prose):
                return []  # (a box with a heading or a name of its own: a summary, a bio)
            return [before[0], best]
    if len(before) == 1 and (_named_as_text(before[0], best) or _extended_entry(before[0], best)):
        pass  # a first paragraph in a block of its own, named as the text's container is
    elif len(before) < 2 or any(_dated(_header_text(el, prose)) for el in before):
        return []
    return [*reversed(before), best]


def _lead_paragraphs(block: etree._Element, prose: dict[etree._Element, bool]) -> int:
    """The paragraphs of sentences in ``block`` that are a text's, not a picture's caption or
    an aside's (a lead picture's block holds its caption's paragraphs)."""
    return sum(
        1
        for p in block.iter("p")
        if prose.get(p)
        and not any(
            a.tag in ("figure", "figcaption", "aside") or is_furniture(a)
            for a in takewhile(lambda a: a is not block, p.iterancestors())
        )
    )


_LAYOUT_WORD_RE = re.compile(
    r"^(?:row|col|cols|column|columns|container|grid|clearfix|span\d*|wp-block)(?:[-_][\w-]*)?$",
    re.I,
)


def _layout_named(block: etree._Element, prose: dict[etree._Element, bool]) -> bool:
    """``block`` and the elements down to its paragraphs named as a layout's grid or a text
    only (div.row > div.col-md-12), not as a box of their own (a standfirst, a bio)."""
    for p in block.iter("p"):
        if not prose.get(p):
            continue
        for el in chain((p,), takewhile(lambda a: a is not block, p.iterancestors()), (block,)):
            for word in element_names(el).split():
                if not (_LAYOUT_WORD_RE.match(word) or _TEXT_WORD_RE.search(word)):
                    return False
    return True


def _read_more_wrapper(
    parent: etree._Element, best: etree._Element, prose: dict[etree._Element, bool]
) -> bool:
    """``parent`` wraps ``best`` with nothing of a text beside it (a "read more" link, an
    ad's slot): the rest of a text whose first paragraphs stand before the wrapper."""
    if parent.getparent() is None or parent.getparent().tag in ("body", "html"):
        return False
    if len(parent) > READ_MORE_CHILDREN_MAX:
        return False  # (a layout's block, not a wrapper: and its children not walked)
    return all(
        el is best or not any(prose.get(n) for n in el.iter()) for el in parent.iterchildren()
    )


#: The most children a "read more" wrapper has (its link, an ad's slot, the rest of the text).
READ_MORE_CHILDREN_MAX = 5


def _named_as_text(block: etree._Element, best: etree._Element) -> bool:
    """An element of ``block`` shares with ``best`` a class naming a text (``mod-articletext``
    for a first paragraph set apart from ``mod-articletext …-after-first-para``)."""
    names = {name for name in (best.get("class") or "").split() if _TEXT_WORD_RE.search(name)}
    return bool(names) and any(
        names.intersection((el.get("class") or "").split()) for el in block.iter()
    )


def _extended_entry(block: etree._Element, best: etree._Element) -> bool:
    """``block`` is named as a text's body and ``best`` as its part after the fold: a blog
    engine's entry cut at its "more" mark (Movable Type's and TypePad's ``asset-body`` then
    ``div#more.asset-more``, ``entry-body`` then ``entry-more``)."""
    return bool(_TEXT_WORD_RE.search(block.get("class") or "")) and any(
        _MORE_NAME_RE.search(name) for name in (best.get("class") or "", best.get("id") or "")
    )


# a name of the part of an entry after its "more" mark (asset-more, entry-more, #more, extended)
_MORE_NAME_RE = re.compile(r"(?:^|[\s_-])(?:more|extended)(?:$|[\s_-])", re.IGNORECASE)


# (not content alone: an author's box may hold a div.content as the text's container is)
_TEXT_WORD_RE = re.compile(r"text|body|story|article|entry", re.IGNORECASE)
_TEXT_NAME_RE = re.compile(f"{_TEXT_WORD_RE.pattern}|content", re.IGNORECASE)


def _prose_run_of_siblings(siblings: Iterator[etree._Element], prose: dict) -> list:
    """The blocks of prose among ``siblings`` (nearest first), passing over quiet ones (a box
    of links, an ad slot), up to the first block that is neither."""
    run: list[etree._Element] = []
    for el in siblings:
        if el.tag.__class__ is not str or el.tag in HIDDEN_TAGS:
            continue
        sentence = any(prose.get(node) for node in el.iter())
        if sentence and not is_furniture(el) and not in_other_block(el) and _link_density(el) < 0.3:
            run.append(el)
        elif sentence or not (is_furniture(el) or _quiet(el)):
            break  # (a related box named so may show its links' dates)
    return run


def _quiet(el: etree._Element) -> bool:
    """Nothing of a text: links, labels, an ad's slot; no date."""
    own = " ".join(
        t for t in el.xpath(".//text()[not(ancestor::a) and not(ancestor::script)]") if t.strip()
    )
    return _text_len(own) <= GAP_MAX_CHARS and parse_date(own, zone=None) is None


def _chunks_of_one_text(
    series: list[etree._Element], prose: dict[etree._Element, bool], apart: bool = False
) -> list[etree._Element]:
    """The containers of one text split in several (a :func:`_series`), or [].

    Some pages cut an article into containers of the same class at the same depth, with an
    ad or a box of links between them. Posts of a blog, replies of a thread and readers'
    comments have the same shape, but each shows its own date or time, above its text or
    between one and the next; comments stand in a block named so. The chunks of one text have
    nothing but links and slots between them, and no more than ``CHUNKS_MAX`` of them.
    ``apart``: something stands between each part and the next, and no headline (where the
    parts are told by less than a class of their own: a block of a page's layout beside the
    text, a list's next story, is no part).
    """
    if not 2 <= len(series) <= CHUNKS_MAX:
        return []
    if any(in_other_block(el) or _dated(_header_text(el, prose)) for el in series[1:]):
        return []
    common = common_ancestor(series)
    elements = list(common.iter())
    order = {el: i for i, el in enumerate(elements)}
    for before, after in pairwise(series):
        end = order[before] + sum(1 for _ in before.iterdescendants())
        gap = elements[end + 1 : order[after]]
        if apart and (
            all(el in after.iterancestors() for el in gap)  # side by side
            or any(el.tag in _GAP_HEADINGS for el in gap)  # another story's headline between
        ):
            return []
        if not _quiet_gap(gap, after, prose):
            return []
    return series


_GAP_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def common_ancestor(elements: list[etree._Element]) -> etree._Element:
    """The nearest element that holds all of ``elements`` (itself one of them maybe)."""
    above = [elements[0], *elements[0].iterancestors()]
    shared = set(above)
    for el in elements[1:]:
        shared &= {el, *el.iterancestors()}
    return next(node for node in above if node in shared)


# a post's time: 10:21, 昨天, 3 小时前, 2 hours ago (besides the dates parse_date reads)
_DIGIT_RE = re.compile(r"\d")
_TIME_RE = re.compile(
    r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)|昨天|前天|今天|刚刚|剛剛|\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前"
    r"|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b",
    re.I,
)


# a heading over readers' comments: 网友评论, 读者留言, 跟帖, Comments
_COMMENTS_RE = re.compile(r"评论|評論|留言|跟帖|\bcomments?\b|\breplies\b", re.I)


def _dated(text: str) -> bool:
    """A date or a time in ``text``: a post's, a comment's."""
    return bool(text) and (
        _TIME_RE.search(text) is not None or parse_date(text, zone=None) is not None
    )


def _header_text(chunk: etree._Element, prose: dict[etree._Element, bool]) -> str:
    """The text a container shows before its first paragraph (a comment's user and time; not
    a picture's caption, which may date the picture)."""
    found = []
    for el in chunk.iter():
        if prose.get(el):
            break
        if el.tag.__class__ is str and el.tag not in HIDDEN_TAGS and el.text:
            inside = takewhile(lambda node: node is not chunk, chain((el,), el.iterancestors()))
            if not any(node.tag == "figure" or is_furniture(node) for node in inside):
                found.append(el.text)
    return " ".join(found)


def _quiet_gap(
    gap: list[etree._Element], after: etree._Element, prose: dict[etree._Element, bool]
) -> bool:
    """Nothing between two chunks but links, slots and labels: no sentence, no date or time
    (in the text, a link's text, a ``<time>`` or a ``title`` attribute: forums put a post's
    exact time there). A quotation standing alone between them (a magazine's pull quote, a
    ``<blockquote>`` and nothing else that shows a word) is the text's own; not one beside a
    poster's name, a post's headline, a credit (a reply's quote, a blog's quote post)."""
    holds_after = {after, *after.iterancestors()}
    own: list[str] = []
    linked: list[str] = []
    quoted = {q for el in gap if el.tag == "blockquote" for q in el.iter()}
    if quoted and any(
        (el not in quoted and (el.text or "").strip())
        or (el.getparent() not in quoted and (el.tail or "").strip())
        for el in gap
        if el not in holds_after and el.tag.__class__ is str
    ):
        quoted = set()
    for el in gap:
        if el in holds_after or el in quoted or el.tag.__class__ is not str:
            continue
        if prose.get(el) or el.tag == "time" or _dated(el.get("title") or ""):
            return False  # another post's paragraph, or its time
        if el.text and el.tag not in HIDDEN_TAGS:
            inside_link = el.tag == "a" or next(el.iterancestors("a"), None) is not None
            (linked if inside_link else own).append(el.text)
    text = " ".join(own)
    return (
        _text_len(text) <= GAP_MAX_CHARS
        and not _dated(text)
        and not _dated(" ".join(linked))
        and not _COMMENTS_RE.search(text)
    )


def _joined(
    chunks: list[etree._Element], prose: dict[etree._Element, bool]
) -> tuple[etree._Element, frozenset[etree._Element]]:
    """The chunks' common container, less everything in it that is not a chunk."""
    common = common_ancestor(chunks)
    keep = set()
    for chunk in chunks:
        for el in chain((chunk,), chunk.iterancestors()):
            if el is common:
                break
            keep.add(el)
    outside = set()
    for el in (common, *keep):
        if el in chunks:
            continue
        outside.update(child for child in el if child not in keep)
    for chunk in chunks:
        outside |= prose_run(chunk, prose)
    return common, frozenset(outside)


def _box_heading(el: etree._Element) -> bool:
    """A heading that opens a box of other pages: Related Slideshow: …, 相关阅读, More from …"""
    return el.tag in _HEADING_ELEMENTS and _BOX_HEADING_RE.match(text_of(el).strip()) is not None


_HEADING_ELEMENTS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _a_box(after: list[etree._Element]) -> bool:
    """What follows a box's heading is a box of other pages: links to two pages or more (the
    teasers' titles), or a series of items alike (a slideshow's slides: three or more children
    of one tag and class), not paragraphs of the text going on (a promo's one link under
    "Related" mid-text, the article's own "More from the hearing")."""
    pages = {a.get("href") for el in after for a in el.iter("a") if a.get("href")}
    if len(pages) >= 2:
        return True
    kinds = Counter(
        (child.tag, cls)
        for el in after
        for node in el.iter()
        if len(node) >= 3
        for child in node
        if (cls := child.get("class"))
    )
    return any(n >= 3 for n in kinds.values())


# (a box's nouns after Related, not a post's own part: Related work, Related research)
_BOX_HEADING_RE = re.compile(
    r"(?i:related(?: (?:articles?|stor(?:y|ies)|posts?|news|links?|content|coverage|reading"
    r"|slideshows?|galler(?:y|ies)|videos?|podcasts?|topics))?\s*(?::|$)"
    r"|more (?:from|on|stories|news)\b|you (?:may|might) also like\b"
    r"|recommended (?:for you|reading|stories|articles|posts|videos?)\b|read (?:more|next)\s*:?\s*$)"
    r"|(?:相关|相關)(?:阅读|閱讀|新闻|新聞|文章|链接|鏈接|报道|報導|推荐|推薦|专题|專題|视频|視頻|图集|圖集|稿件)"
    r"|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡"
)


def prose_run(node: etree._Element, prose: dict[etree._Element, bool]) -> frozenset:
    """The children of ``node`` outside its run of prose: what comes before the first
    and after the last child that holds a paragraph (a title table, a byline, then
    related links, share bars, pagers and ads in the same table cell).
    """
    children = [c for c in node if isinstance(c.tag, str)]
    if len(children) < 2:
        return frozenset()
    holds = set()
    for el in (el for el, sentence in prose.items() if sentence):
        while el is not None and el is not node:
            parent = el.getparent()
            if parent is node:
                holds.add(el)
                break
            el = parent
    for child in children:  # pages that put their text after <br>s, outside any element
        if child.tail and is_sentence(child.tail):
            holds.add(child)
        elif child.tag in _INLINE_TEXT_TAGS and is_sentence(_own_text(child)):
            holds.add(child)  # …or in an inline element left open: <strong>…<br>text<br>text
    marks = [i for i, c in enumerate(children) if c in holds and _link_density(c) < 0.5]
    if not marks:
        return frozenset()
    boxed = next(
        (
            i
            for i in range(marks[0] + 1, marks[-1])
            if _box_heading(children[i]) and _a_box(children[i + 1 :])
        ),
        None,
    )
    if boxed is not None:  # a related box's heading after the text: what follows is the box's
        marks = [i for i in marks if i < boxed]
    first = marks[0]
    inner: set | None = None  # the shapes of the run's children, asked for when needed
    # paragraphs and pictures just before the first sentence are the article's lead: a column
    # name, a byline, a leading photo
    in_sentence = False  # walking back inside the first sentence: its links and words alone
    while first > 0:
        before = children[first - 1]
        if in_sentence:
            if not _inside_sentence(before):
                break  # the sentence starts after what stands before it (a promotion's <p>)
            first -= 1
            continue
        if _inside_sentence(before) or (
            before.tag == "br"  # (paragraphs parted by <br><br>: an empty one between)
            and not (before.tail or "").strip()
            and first > 1
            and _inside_sentence(children[first - 2])
        ):
            first -= 1 if before.tag != "br" else 2
            in_sentence = True
            continue
        if before.tag == "p" and not _centred(before) and _a_day_alone(before):
            break  # the text's date above it (<p class="date">March 3, 2024</p>): no text
            # (a centred one is a transcript's or a document's: 2012年6月24日 under a picture)
        if (
            (before.tag == "p" and _link_density(before) < 0.5)
            or _bare_picture(before)
            or _inline_lead(before)
        ):
            first -= 1
        elif _shape(before) in (
            inner := inner or {_shape(c) for c in children[first : marks[-1]]}
        ) and _bold_only(before):
            first -= 1  # a subheading of the text's own form: <div><b>1.…</b></div>, as 2.…
        elif (
            before.tag in ("b", "strong")
            and len(before) == 0
            and first > 1
            and _bare_picture(children[first - 2])  # (the picture's <div> that broke its <p>)
            and _subheading_words(before.text or "")
            and any(
                _shape(c)[2] == (before.tag,) and _bold_only(c) for c in children[first : marks[-1]]
            )
        ):
            first -= 1  # the same bold alone, its <p> broken by a picture's <div> the parser
            # closed it at: <p><div><img></div><strong>Subheading</strong></p>
        elif before.tag == "br" and first > 1 and _inline_lead(children[first - 2]):
            first -= 2  # <u>【编前语】…。</u><br>text
        elif (
            first > 1
            and children[first - 2].tag == "p"
            and _link_density(children[first - 2]) < 0.5
            and ENDS_SENTENCE_RE.search(text_of(children[first - 2]).strip())
            and before.tag != "br"
            and next(before.iter("img", "a", "iframe"), None) is None
            and not block_lines(before)
        ):
            first -= 2  # <p>lead</p><div class="ad"></div><p>text: an ad's empty slot
        else:
            break
    last = marks[-1]
    # pictures right after the last sentence are the article's, as long as they link nowhere,
    # and so is a post's code (a <pre>), after an empty paragraph maybe
    while last + 1 < len(children) and (boxed is None or last + 1 < boxed):
        after = children[last + 1]
        if _bare_picture(after) or _more_text(after) or _code_block(after):
            last += 1
        elif (
            _bare_embed(after)
            and last + 2 < len(children)
            and _more_text(children[last + 2])
            and ENDS_SENTENCE_RE.search(text_of(children[last + 2]))
        ):
            last += 2  # a video and the sentence after it (not a line of its credit, a box's)
        elif _spacer(after) and (
            (
                past := next(
                    (i for i in range(last + 2, len(children)) if not _spacer(children[i])), None
                )
            )
            is not None
            and (
                _continues_past_spacers(children[first : last + 1], children[past])
                or _past_ad_slots(children[last], children[last + 1 : past], children[past])
            )
        ):
            last = past  # empty paragraphs inside the text (<p>&nbsp;</p>)
        elif (
            last + 2 < len(children)
            and after.tag in ("p", "div", "br")  # (not an <hr>: a signature's rule)
            and _code_block(children[last + 2])
            and not text_of(after).strip()
            and next(after.iter("img"), None) is None
        ):
            last += 2
        elif after.tag in _LIST_TAGS and _announces(children[last]):
            last += 1  # the list of links the text's last sentence announces (详见以下清单。)
        elif (signed := _signature_after(children, last, boxed)) is not None:
            last = signed  # a notice's issuer and its day, set right under it: its end
            break
        else:
            break
    while last > marks[-1] and last + 1 < len(children) and _box_label(children[last]):
        last -= 1  # a box's heading over what is left out after the text (Further reading)
    captions = [
        child
        for before, child, after in zip(
            children[first:], children[first + 1 : marks[0]], children[first + 2 :], strict=False
        )
        if _bare_picture(before) and _centred_caption(child) and not _centred(after)
    ]
    return frozenset(children[:first] + captions + children[last + 1 :])


_LIST_TAGS = frozenset(("ul", "ol"))


def _announces(el: etree._Element) -> bool:
    """A sentence that announces what follows it: a notice's 详见以下清单。, 名单如下：, 现将有关
    文件转发给你们：, a report's "The consultation documents are listed below." (what follows is
    the text's, links as it may be: the documents it is about); not a label alone (延伸阅读：,
    Further reading:, a box's heading over the site's links).

    >>> from crawler.dom import parse_html
    >>> [_announces(parse_html(f"<p>{text}</p>").find(".//p")) for text in (
    ...     "本次清理后继续有效的文件详见以下清单。", "经研究，现将获奖名单公布如下：",
    ...     "The consultation documents are listed below.", "The commission published three reports:",
    ...     "经清理，决定废止文件5件。", "The reports were published on Monday.", "延伸阅读：",
    ...     "Further reading:", "More on this story:")]
    [True, True, True, True, False, False, False, False, False]
    """
    text = " ".join(text_of(el).split())
    return _ANNOUNCES_RE.search(text[-40:]) is not None and not _box_label(el, text)


def _box_label(el: etree._Element, text: str | None = None) -> bool:
    """A box's heading or label: a heading or a line ending with a colon, a few words that are
    no sentence, with no digit or bracket (延伸阅读：, Further reading, More on this story:; not
    a signature's day, a closing line set as a heading, （此件公开发布）).

    >>> from crawler.dom import parse_html
    >>> [_box_label(parse_html(markup).find(".//body")[0]) for markup in (
    ...     "<h2>Further reading</h2>", "<p>延伸阅读：</p>", "<p><b>More on this story:</b></p>",
    ...     "<h3>The council says the work will be finished by the end of next year.</h3>",
    ...     "<h4>某市人民政府办公室 2024年3月15日</h4>", "<h5>（此件公开发布）</h5>", "<p>延伸阅读</p>")]
    [True, True, True, False, False, False, False]
    """
    text = " ".join(text_of(el).split()) if text is None else text
    longest = BOX_LABEL_MAX_CHARS if _CJK_ANY_RE.search(text) else BOX_LABEL_MAX_LATIN
    return (
        (el.tag in _GAP_HEADINGS or text[-1:] in (":", "："))
        and 0 < len(text) <= longest
        and not _latin_words(text, BOX_LABEL_MAX_WORDS + 1)
        and not _BOX_LABEL_NOT_RE.search(text)
        and not is_sentence(text)
    )


#: The longest box's heading or label after a text: in characters of a Chinese one (更多精彩
#: 内容推荐), in characters and in words of a Latin one (You may also like).
BOX_LABEL_MAX_CHARS = 12
BOX_LABEL_MAX_LATIN = 32
BOX_LABEL_MAX_WORDS = 4
# (a digit, a bracket: a day's, a note's; a clause's comma: a sentence's)
_BOX_LABEL_NOT_RE = re.compile(r"[\d()（）\[\]【】，,、；;]")


# a colon closing the line; 如下, 以下/下列 and a few characters; below, as follows, the following
_ANNOUNCES_RE = re.compile(
    r"(?:[:：]|(?:如下|(?:以下|下列)[^\W\d_]{0,6})[。.]|\b(?:below|as follows|the following)\s*[.:])$"
)


def _signature_after(children: list[etree._Element], last: int, stop: int | None) -> int | None:
    """Where a notice's closing signature ends after the text's last child (``children[last]``):
    its issuer and then its day set right, as official notices sign (教务处、经济学院 ⏎
    2026年3月26日), under empty paragraphs and a 附件： line maybe; None when no such lines
    follow. A day alone, or with its time, is a stamp's, no signature's (a review's probes);
    a line with a label, a bracket or a slash is a credit's (（编辑：王丽）, 文/张华, （完））.
    """
    end = len(children) if stop is None else stop
    at = last + 1
    while at < end and (_spacer(children[at]) or _attachment_line(children[at])):
        at += 1
    issuer = False
    while at < end and (_spacer(children[at]) or _signature_line(children[at])):
        if not _spacer(children[at]):
            if _a_day_alone(children[at]):
                return at if issuer and not _TIME_MARK_RE.search(text_of(children[at])) else None
            issuer = True
        at += 1
    return None


def _signature_line(el: etree._Element) -> bool:
    """A short line set right that holds no label, bracket or slash (an issuer's, a day)."""
    if not _aligned(el, "right"):
        return False
    text = " ".join(text_of(el).split())
    return (
        0 < len(text) <= SIGNATURE_LINE_MAX_CHARS
        and not _NO_SIGNATURE_RE.search(text)
        and _link_density(el) < 0.5
    )


# what no issuer's name nor day holds: a label's colon, a bracket, a slash
_NO_SIGNATURE_RE = re.compile(r"[:：()（）\[\]【】/／]")
_TIME_MARK_RE = re.compile(r"\d[:：]\d|[时時]\d|\d\s*[时時点點]")


#: The longest line of a notice's signature (中共上海市闵行区七宝第三中学支部委员会: 19).
SIGNATURE_LINE_MAX_CHARS = 40


def _attachment_line(el: etree._Element) -> bool:
    """A line naming the notice's attachment (附件：名单.docx, 附件1：…), a link to it mostly."""
    text = text_of(el).strip()
    return len(text) <= ATTACHMENT_LINE_MAX_CHARS and _ATTACHMENT_LINE_RE.match(text) is not None


_ATTACHMENT_LINE_RE = re.compile(r"附\s*件\s*\d*\s*[:：]")
ATTACHMENT_LINE_MAX_CHARS = 120


def _spacer(el: etree._Element) -> bool:
    """An empty paragraph or a line break: space between a text's paragraphs, no part."""
    return (
        el.tag in ("p", "br", "div")
        and not (el.tail or "").strip()
        and not _text_len(text_of(el))
        and next(el.iter("img", "iframe", "video", "embed", "object", "table"), None) is None
    )


def _code_block(el: etree._Element) -> bool:
    """A <pre>, or a box holding one alone (博客园's ``div.cnblogs_code``): a post's code, few
    links in it."""
    pre = el if el.tag == "pre" else None
    if pre is None and len(el) == 1 and el[0].tag == "pre" and not (el.text or "").strip():
        pre = el[0]
    return pre is not None and _link_density(pre) < 0.5


def _centred_caption(el: etree._Element) -> bool:
    """A short centred line in Chinese that is no sentence, under a picture above the text
    (which is not centred: a poem's lines are): the picture's caption (``<p
    align=center><img></p><p align=center>GDP增速一览</p>``), no line of the text. Not in bold
    (a section's heading: 一、全年工作完成情况), nor a day (a transcript's: 2012年6月24日)."""
    if el.tag != "p" or not _centred(el) or next(el.iter("b", "strong"), None) is not None:
        return False
    text = text_of(el).strip()
    return (
        0 < _text_len(text) <= CAPTION_MAX_CHARS
        and _has_cjk(text, 2)
        and not _SENTENCE_END_RE.search(text)
        and not _dated(text)
        and not _HEADING_OR_DOCUMENT_RE.search(text)
    )


# a section's number opening a heading (一、 （二） 3. 第一部分), or the kind of an official
# document closing its title (…关于…的通知) under the state's emblem: no caption
_HEADING_OR_DOCUMENT_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+[章节部篇])"
    r"|(?:通知|通报|决定|意见|办法|报告|批复|公告|通告|规定|方案|决议|纪要|细则|规划|函)\s*$"
)


def _continues_past_spacers(run: list[etree._Element], after: etree._Element) -> bool:
    """Whether ``after``, past empty paragraphs, goes on with the text whose children so far
    are ``run``: a numbered part's lines under its heading, the next numbered part of a text
    that numbers its parts (二、 after 一、), the first one or a table where the text's last
    line announces it (成交结果如下：).
    Anything else past the empty paragraphs (a numbered list of links, a footer, an ad) is not
    the text's."""
    announced = text_of(run[-1]).rstrip().endswith((":", "："))
    if _section_heading(run[-1]) is not None and _more_text(after):
        return True  # a numbered part's heading, then its lines (五、…：⏎ 工期要求：…)
    if (number := _section_heading(after)) is not None:
        if number == 1:
            return announced or _parts_follow(after)
        numbers = [n for child in run if (n := _section_heading(child)) is not None]
        return bool(numbers) and numbers[-1] + 1 == number
    return announced and _data_table(after)  # (not a picture: a QR code under 欢迎关注…：)


def _past_ad_slots(last: etree._Element, gap: list[etree._Element], after: etree._Element) -> bool:
    """Whether the text's list goes on in ``after`` past ``gap``, empty elements one of which at
    least is a slot named for furniture (``<div class="adsense-slot">``, an ad a script fills:
    About.com's between a list's items): the text's ``last`` element a list, ``after`` a list
    too that holds a sentence of its own, few links, and is named for no furniture. (Not any
    box past a slot: a review's probes found comments, card grids, related lists, a QR code's
    heading taken so.)
    """
    if last.tag not in _LIST_TAGS or after.tag != last.tag or is_furniture(after):
        return False
    if not any(el.tag == "div" and is_furniture(el) for el in gap):
        return False
    text = " ".join(text_of(after).split())
    return is_sentence(text) and _link_density(after) < 0.3


def _parts_follow(first: etree._Element) -> bool:
    """Whether the heading of part 1 (``first``) opens parts of a text: lines of its own under
    it, then the heading of part 2 (not a numbered list of headlines, one after another)."""
    lines = 0
    for sibling in islice(first.itersiblings(), PARTS_LOOKAHEAD):
        if not isinstance(sibling.tag, str) or _spacer(sibling):
            continue
        if (number := _section_heading(sibling)) is not None:
            return number == 2 and lines > 0
        if not _more_text(sibling):
            return False
        lines += 1
    return False


#: How many elements after a part's heading are looked at for the next part's.
PARTS_LOOKAHEAD = 30


def _data_table(el: etree._Element) -> bool:
    """A table of data, not of links nor a layout's (two rows at least)."""
    return (
        el.tag == "table"
        and len(el.findall(".//tr")) >= 2
        and _link_density(el) < 0.5
        and not is_furniture(el)
    )


def _section_heading(el: etree._Element) -> int | None:
    """The number of a short heading that opens with it (二、采购单位信息 is 2, （三）工作要求 3,
    4. Results 4), no link, no sentence; None for any other element."""
    text = text_of(el).strip()
    if not (0 < _text_len(text) <= CAPTION_MAX_CHARS) or not (m := _SECTION_HEADING_RE.match(text)):
        return None
    if _SENTENCE_END_RE.search(text) or _link_density(el) >= 0.5 or is_furniture(el):
        return None
    number = m["arabic"] or m["chinese"]
    return int(number) if number.isdigit() else _chinese_number(number)


# a part's number and the letters of its heading right after it (not 3.2万次阅读, 2023.05.01)
_SECTION_HEADING_RE = re.compile(
    r"\s*(?:(?P<open>[（(])\s*)?(?:第)?"
    r"(?:(?P<chinese>[一二三四五六七八九十]{1,3})|(?P<arabic>\d{1,2})(?!\d))"
    r"(?(open)\s*[)）]|(?:、|[.．](?!\d)|[章节部篇]))\s*(?=[^\W\d_])"
)


def _chinese_number(numeral: str) -> int | None:
    """一 to 九十九 as a number.

    >>> [_chinese_number(n) for n in ("三", "十", "十二", "二十", "二十一", "十十")]
    [3, 10, 12, 20, 21, None]
    """
    digits = "一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral) + 1 if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if (tens and tens not in digits) or (ones and ones not in digits) or len(tens + ones) > 2:
        return None
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def _centred(el: etree._Element) -> bool:
    return _aligned(el, "center")


def _aligned(el: etree._Element, side: str) -> bool:
    """Whether ``el`` sets its lines to ``side`` (center, right): its align or its style."""
    return (el.get("align") or "").lower() == side or bool(
        _ALIGNED_RES[side].search(el.get("style") or "")
    )


_ALIGNED_RES = {
    side: re.compile(rf"text-align\s*:\s*{side}", re.IGNORECASE) for side in ("center", "right")
}
#: The longest caption under a picture above the text, in letters and digits.
CAPTION_MAX_CHARS = 40


def _a_day_alone(el: etree._Element) -> bool:
    """A day (and its time, a weekday) and nothing else: a date line, not a line of text."""
    text = " ".join(text_of(el).split())
    return 0 < len(text) <= DAY_LINE_MAX_CHARS and day_alone(text)


#: The longest line that may be a day alone (Wednesday, September 18, 2024 11:44 AM EDT).
DAY_LINE_MAX_CHARS = 60


def _shape(el: etree._Element) -> tuple:
    """Tag, class and the tags of the children: the form of a text's subheadings."""
    return el.tag, el.get("class"), tuple(c.tag for c in el if c.tag.__class__ is str)


def _subheading_words(text: str) -> bool:
    """Words a subheading may be: three or more, not in capitals alone (a kicker: EXCLUSIVE,
    BREAKING NEWS), no label (WATCH:), no picture's credit, no person's name alone."""
    text = " ".join(text.split())
    return (
        len(text.split()) >= 3
        and not text.isupper()
        and not _LABEL_COLON_RE.search(text)
        and not _PICTURE_CREDIT_WORDS_RE.match(text)
        and latin_person(text) is None
    )


_PICTURE_CREDIT_WORDS_RE = re.compile(r"(?i:photos?|images?|pictures?|video|courtesy|credit)\b")


def _bold_only(el: etree._Element) -> bool:
    """Text in bold alone, a heading's: <div><b>1.…</b></div>, no picture, no link, no label
    (``Editor's pick:``, ``WATCH:`` open a box's line, not a heading of the text)."""
    tags = _shape(el)[2]
    return (
        bool(tags)
        and all(tag in ("b", "strong") for tag in tags)
        and next(el.iter("img", "a"), None) is None
        and not _LABEL_COLON_RE.search(text_of(el))
    )


_LABEL_COLON_RE = re.compile(r"[:：|｜]")  # (WATCH | …: a bar sets a label off too)


def _inline_lead(el: etree._Element) -> bool:
    """A sentence set in an inline element before the text: <u>【编前语】…。</u><br>…"""
    return (
        el.tag in _INLINE_TEXT_TAGS and is_sentence(_paragraph_text(el)) and _link_density(el) < 0.5
    )


def _inside_sentence(el: etree._Element) -> bool:
    """A link or an inline element standing inside a sentence of its parent's own text (a
    topic's link: …the visiting Pakistan PM <a>Imran Khan</a>, China on Tuesday…), words
    before it and after it on its line: a word of the sentence, not a link before the text."""
    if el.tag != "a" and el.tag not in _INLINE_TEXT_TAGS:
        return False
    prev = el.getprevious()
    before = (el.getparent().text if prev is None else prev.tail) or ""
    after = el.tail or ""
    return (
        bool(before.strip())
        and not before.rstrip().endswith(_NO_SENTENCE_BEFORE)
        and bool(after.strip())
        and (after[:1].isspace() or after.lstrip()[:1] in _WORD_GOES_ON)
        and _has_prose(before + text_of(el) + after, 8)
    )


# what ends what stands before a link (a crumb's separator, a label's colon, a sentence's end)
_NO_SENTENCE_BEFORE = (">", "»", "|", "/", ":", "：", "。", ".", "!", "?", "！", "？")
_WORD_GOES_ON = frozenset(",，、;；.。)）’”'\"")


def _more_text(el: etree._Element) -> bool:
    text = text_of(el).strip()
    return (
        _text_len(text) > 0
        and not is_furniture(el)
        and _link_density(el) < 0.5
        and not _END_OF_BODY_RE.match(text)
    )


def _bare_picture(el: etree._Element) -> bool:
    """An element that shows pictures and nothing else: no text, no link."""
    if el.tag != "img" and next(el.iter("img"), None) is None:
        return False
    return not _text_len(text_of(el)) and next(el.iter("a"), None) is None


def _bare_embed(el: etree._Element) -> bool:
    """An element that holds a video or a sound's player (<video>, an <iframe> of a video
    site) and nothing else: no text, no link; the text may go on after it as after a
    picture. An ad's slot, a map are no part of the text."""
    players = [node for node in el.iter(*_EMBED_TAGS)]
    if el.tag in _EMBED_TAGS:
        players.insert(0, el)
    return (
        bool(players)
        and all(
            node.tag in ("video", "audio") or _VIDEO_SITE_RE.search(node.get("src") or "")
            for node in players
        )
        and not _text_len(text_of(el))
        and next(el.iter("a"), None) is None
    )


_EMBED_TAGS = ("iframe", "video", "audio", "embed", "object")
_VIDEO_SITE_RE = re.compile(
    r"(?i)youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|brightcove|jwplayer"
    r"|jwplatform|players?\.|/video|video\.|v\.qq\.com|bilibili\.com|youku\.com|soundcloud\.com"
)


def body_images(node: etree._Element, base_url: str, outside: frozenset = frozenset()) -> list[str]:
    """Absolute URLs of the images in the article's text (furniture left out), in order.

    >>> from lxml import html
    >>> body_images(html.fromstring('<div><p><img src="/a.jpg"></p><div class="share"><img src="s.png"></div>'
    ...     '<img data-original="b.jpg" src="data:,"></div>'), "http://x/n/1.html")
    ['http://x/a.jpg', 'http://x/n/b.jpg']
    """
    found: list[str] = []
    stack = [iter(node)]  # no recursion: elements may nest thousands deep
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child in outside or is_furniture(child):
            continue
        if child.tag == "img" and not _file_icon(child):
            for attr in ("data-original", "data-src", "src"):
                src = (child.get(attr) or "").strip()
                if src and not src.startswith("data:"):
                    url = absolute_url(base_url, src)
                    if url and url not in found:
                        found.append(url)
                    break
        stack.append(iter(child))
    return found


def _file_icon(img: etree._Element) -> bool:
    """A document's icon right before or in its link (<img src=icon_doc.gif><a href=名单.docx>),
    an editor's mark of an attachment's type, no picture of the text: an icon by its name or
    its size (a poster before its form's link, a photo before 详见附件： are pictures)."""
    beside = document_link(img.getparent()) or (
        not (img.tail or "").strip() and document_link(img.getnext())
    )
    return beside and _icon_like(img)


def _icon_like(img: etree._Element) -> bool:
    if _ICON_SRC_RE.search(img.get("src") or ""):
        return True
    sizes = [img.get("width") or "", img.get("height") or ""]
    return any(size.isdigit() and int(size) <= ICON_MAX_PIXELS for size in sizes)


_ICON_SRC_RE = re.compile(r"icon|ico_|file_?type", re.IGNORECASE)
#: The widest or tallest picture that is an icon.
ICON_MAX_PIXELS = 32


def body_from_node(node: etree._Element, outside: frozenset = frozenset()) -> list[str]:
    """Body lines of a container (less the children ``outside`` the article). A gallery
    whose text is its pictures' captions (a slideshow: each slide's ``<figcaption>`` tells
    its part, the container holding no other sentence) keeps them."""
    if outside:
        lines = block_lines(node, skip=lambda el: el in outside or _text_furniture(el), unwrap=True)
    else:
        lines = block_lines(node, skip=_text_furniture, unwrap=True)
    if any(map(is_sentence, lines)) or next(node.iter("figcaption"), None) is None:
        return _without_alt_captions(node, lines)
    captions = block_lines(
        node, skip=lambda el: el in outside or _caption_kept_furniture(el), unwrap=True
    )
    if sum(map(is_sentence, captions)) < GALLERY_CAPTIONS_MIN:
        return lines
    # (the captions are the text where what else the container holds is the slides' titles,
    # a few words: not a poem's lines, a brief's, a notice's beside captioned photos)
    own, shown = _text_len("".join(lines)), _text_len("".join(captions))
    return captions if own * GALLERY_OWN_SHARE <= shown - own else lines


def unindexed(
    root: etree._Element, comments: list[etree._Element] | None = None
) -> frozenset[etree._Element]:
    """The blocks a page asks search engines not to index: those that start after a
    ``<!--googleoff: index-->`` (or ``all``) and before the next ``<!--googleon: …-->`` (the
    Google Search Appliance's comments, which sites set around their menus, a feed's
    disclaimer, a gallery's captions), to the page's end where none follows. Not the inline
    elements (a link in a sentence: the sentence is read whole).

    >>> from crawler.dom import parse_html
    >>> root = parse_html("<p>a</p><!--googleoff: index--><p>b <a>c</a></p><!--googleon: index--><p>d</p>")
    >>> [el.text for el in unindexed(root)]
    ['b ']

    ``comments``: the page's comments (:func:`crawler.dom.page_comments`), when the caller
    has them.
    """
    # (the comments alone first: libxml2 walks to them in a tenth of a millisecond on a page of
    # 2.6 MB, where a search of its bytes for the word took two)
    comments = page_comments(root) if comments is None else comments
    if not any("googleoff" in (comment.text or "") for comment in comments):
        return frozenset()
    top = root.getroottree().getroot()
    found: list[etree._Element] = []
    off = False
    kept: etree._Element | None = None  # a quote, a table, a list the region holds whole
    for node in top.iter():
        if node.tag is etree.Comment:
            if m := _GOOGLE_SWITCH_RE.match(node.text or ""):
                parent = node.getparent()
                if m[1].lower() == "googleon":
                    off = False
                elif m[1] == "googleoff" and (parent is None or parent.tag not in _IN_TEXT_TAGS):
                    off = True  # (not one inside a paragraph: a share link's, not the layout's)
        elif off and node.tag.__class__ is str and node.tag not in _HIDEABLE_INLINE_TAGS:
            if kept is not None and any(up is kept for up in node.iterancestors()):
                continue
            if node.tag in _TEXT_FORMS:
                kept = node  # (the text's own forms: a statement quoted, a list of points)
                continue
            found.append(node)
    return frozenset(found)


# where a switch stands inside the text's lines
_IN_TEXT_TAGS = _HIDEABLE_INLINE_TAGS | {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
# what a text holds as its own, never left out for a switch around it
_TEXT_FORMS = frozenset(("blockquote", "table", "ul", "ol", "dl"))


# (snippet and anchor keep the text indexed: only index and all take it out; a region is
# opened in lower case only, as the convention writes it, and closed in any: a missed close
# would take the rest of the page; GOOGLEOFF in capitals neither opens nor closes one)
_GOOGLE_SWITCH_RE = re.compile(r"\s*(google(?:on|off))\s*:\s*(?:index|all)\b", re.IGNORECASE)


def summary_box(node: etree._Element, lines: list[str]) -> etree._Element | None:
    """A box the markup names the text's summary (导语: ``class="introduction"``, a summary,
    an abstract) over the text, whose sentence one of its paragraphs says again word for word:
    the copy is no text. Not a first paragraph the text repeats in plain paragraphs (a
    speech ending where it began, a question read again, a refrain), nor a summary said once.

    ``lines``: the container's text lines, the summary's among them."""
    if len(set(lines)) == len(lines):  # (most texts say no line twice)
        return None
    opening = lines[:SUMMARY_LINE_AT_MOST]
    repeated = {
        line
        for line in opening
        if len(line) >= SUMMARY_MIN_CHARS and is_sentence(line) and lines.count(line) == 2
    }
    if not repeated or lines[-1] in repeated:
        return None  # (a copy closing the text: a speech ending where it began, key points)
    for el in node.iter():
        names = element_names(el) if el.tag.__class__ is str else ""
        if names and _SUMMARY_NAME_RE.search(names) and " ".join(text_of(el).split()) in repeated:
            return el
    return None


#: The shortest summary taken for one where the text repeats it (a greeting may open and
#: close a speech).
SUMMARY_MIN_CHARS = 30
#: The summary stands among the text's first lines (a byline, a picture may come first).
SUMMARY_LINE_AT_MOST = 3
# what a summary's box is named (introduction, summary, abstract, digest, and Tencent News'
# titdd-Article, its 导读); not a lead or an intro, which style the text's first paragraph
# itself (Bootstrap's p.lead)
_SUMMARY_NAME_RE = re.compile(
    r"(?<![a-z])(?:introduction|summary|abstract|digest|standfirst|titdd)(?![a-z])",
    re.IGNORECASE,
)


def trimmed_unindexed(lines: list[str], kept: list[str]) -> bool:
    """Whether ``kept``, the text's ``lines`` less what the page asks not to index, is the
    text trimmed at its ends only, by a minority of its characters (a disclaimer, a menu
    above or under it): never a passage from its middle, nor most of it (a page that wrapped
    its text itself so, its standfirst left out)."""
    if not kept or not any(map(is_sentence, kept)) or kept[-1][-1] in ":：":
        return False  # (nor what a colon announces: the statement quoted after "X said:")
    try:
        start = lines.index(kept[0])
    except ValueError:
        return False
    return lines[start : start + len(kept)] == kept and 2 * sum(map(len, kept)) >= sum(
        map(len, lines)
    )


def _without_alt_captions(node: etree._Element, lines: list[str]) -> list[str]:
    """``lines`` less the pictures' captions that repeat a picture's ``alt`` word for word, set
    as captions are: the text right after the picture, in its own element (<img alt=X><br>X)
    or in the next one centred or all in an inline style (<div align=center><font>X</font>).
    A paragraph of the text that a CMS copied into the alt stands in a plain <p>; a picture's
    line that no such caption follows is not taken; a gallery whose captions hold as much
    text as the rest keeps them: they are its text."""
    found: Counter = Counter()
    for img in node.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if (
            CAPTION_ALT_MIN_CHARS <= len(alt) <= CAPTION_ALT_MAX_CHARS
            and _caption_after(img) == alt
        ):
            found[alt] += 1
    if not found:
        return lines
    kept, shown = [], 0
    for line in lines:
        if found.get(line):
            found[line] -= 1
            shown += len(line)
        else:
            kept.append(line)
    return kept if shown < sum(map(len, kept)) else lines


def _caption_after(img: etree._Element) -> str | None:
    """The caption set right after ``img`` (a <br> and empty elements between), or None: its
    tail or an ancestor's inside the picture's block, or the next element's text where that
    element is centred or all in an inline style, not a plain paragraph."""
    el = img
    for _ in range(CAPTION_CLIMB_MAX):
        if tail := " ".join((el.tail or "").split()):
            return tail
        after = el.getnext()
        while after is not None:
            if isinstance(after.tag, str):
                if text := " ".join(text_of(after).split()):
                    return _set_as_caption(after, text)
                if (after.tail or "").strip():
                    return " ".join(after.tail.split())  # <br>X
            after = after.getnext()  # a <br>, an empty <font>, a comment
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            return None
    return None


def _set_as_caption(el: etree._Element, text: str) -> str | None:
    """``el``'s ``text`` where it is set as a caption is: centred, or all in an inline style."""
    if el.tag in _INLINE_TEXT_TAGS or _centred(el):
        return text
    children = [c for c in el if isinstance(c.tag, str)]
    if (
        len(children) == 1
        and children[0].tag in _INLINE_TEXT_TAGS
        and not (el.text or "").strip()
        and not (children[0].tail or "").strip()
    ):
        return text  # <p><em>X</em></p>, <div><font>X</font></div>
    return None


#: How many elements up from a picture its caption is looked for (<center><font><strong><img>).
CAPTION_CLIMB_MAX = 4
#: How long a picture's ``alt`` is, in characters, for a line repeating it to be its caption:
#: a caption's length (a shorter one, 图片, may be any line's; a longer one a paragraph's).
CAPTION_ALT_MIN_CHARS = 4
CAPTION_ALT_MAX_CHARS = 120
#: The fewest captions holding a sentence that make a gallery's text (one is a picture's).
GALLERY_CAPTIONS_MIN = 2
#: How many times the container's own text the captions hold, at least, to be its text.
GALLERY_OWN_SHARE = 3


def _caption_kept_furniture(el: etree._Element) -> bool:
    return el.tag != "figcaption" and _text_furniture(el)


def _text_furniture(el: etree._Element) -> bool:
    """Furniture in the text (see :func:`is_furniture`), unless a sentence runs through it:
    a link named as a tag's (``<a id="auto-tag_boeing">Boeing</a>``) between words of a line
    is a word of the sentence; a tag box, a share bar, a related link are furniture."""
    if el.tag in _HIDEABLE_INLINE_TAGS and (style := el.get("style")) and _hidden_inline(el, style):
        return True  # (characters slipped in against copying, hidden: …dzwww.com同比…)
    return is_furniture(el) and not _tag_in_sentence(el)


_TAG_NAMES = NameWords("tag tags keyword keywords")


def _tag_in_sentence(el: etree._Element) -> bool:
    """A link named as a tag's with words of its line before or after it."""
    if el.tag != "a" or element_names(el) not in _TAG_NAMES:
        return False
    before = el.getprevious()
    around = [el.tail, before.tail if before is not None else el.getparent().text]
    return any(text and _WORD_RE.search(text) for text in around)


_WORD_RE = re.compile(r"[^\W\d_]{2}")  # (two letters: a word, not a bar or a comma)


_SITE_NAME_XPATH = etree.XPath(
    "/html/head/meta[@property='og:site_name' or @name='application-name' or @name='og:site_name'"
    " or @name='SiteName']"  # (a government CMS's: 中华人民共和国生态环境部)
    "/@content",
    smart_strings=False,
)


def title_like(line: str) -> bool:
    """A line that could be a title: short, Chinese, not a labelled field, date, pager or sentence.

    >>> title_like("《清洁》：东方式内敛与摇滚现实绘"), title_like("发布日期：2005-07-05"), title_like("分享到")
    (True, False, False)
    >>> title_like("计量 measures were discussed.")  # a sentence's full stop, a Latin one too
    False
    >>> title_like("11 小时前"), title_like("3 小時前"), title_like("昨天 12:30")  # a post's time
    (False, False, False)
    >>> title_like("昨天今天")  # an essay's
    True
    >>> title_like("查看60"), title_like("阅读（1,024）"), title_like("60次浏览"), title_like("查看大图")
    (False, False, False, True)
    >>> title_like("阅读1984"), title_like("阅读 1984")  # a headline; a count set apart
    (True, False)
    >>> title_like("6 关注 31990 粉丝 27754 微博"), title_like("2024年计量工作要点")
    (False, True)
    """
    plain = remove_pinyin_brackets(line)[0]
    return (
        4 <= len(plain) <= 60
        and _has_cjk(plain, 2)
        and not plain.endswith(("。", ".", ":", "：", "…"))
        and not _LABEL_RE.search(colonize(plain))
        and not _BOILERPLATE_LINE_RE.match(plain)
        and not _END_OF_BODY_RE.match(plain)
        and parse_date(plain) is None
        and not (_DIGIT_RE.search(plain) and not _TIME_RE.sub("", plain).strip())  # 11 小时前
        and len(_NAV_SEP_RE.findall(plain)) < 2  # 第一章│第二章│第三章: a menu
        and not plain.startswith("点击")  # 点击看大图, 点击阅读更多
        and not _COUNTER_LINE_RE.match(plain)  # 查看60, 阅读(60), 60次浏览: a count
        and not _COUNTS_LINE_RE.match(plain)  # 6 关注 31990 粉丝: a profile's counts
    )


# counts with their words, two or more (6 关注 31990 粉丝 27754 微博, 关注：6 粉丝：31990)
_COUNTS_LINE_RE = re.compile(
    r"(?:\d[\d,.]*\s*[\u4e00-\u9fff]{1,3}\s*){2,}$|(?:[\u4e00-\u9fff]{1,3}\s*[:：]?\s*\d[\d,.]*\s*){2,}$"
)
# a count the page shows of its readers (a board's <span>查看</span><span>60</span>): no title
_COUNTER_LINE_RE = re.compile(
    rf"(?:(?:{COUNT_WORD}|人气|人氣|热度|熱度)(?:次数|次數|数|數|量|人次|次)?"
    r"(?:(?:\s*[:：]\s*|\s+)[(（]?\s*|\s*[(（]\s*|(?!(?:19|20)\d\d\b))\d[\d,]*\s*[)）]?\s*(?:次|人次)?"
    rf"|\d[\d,]*\s*(?:次|人次)?\s*{COUNT_WORD})$"
)


#: The longest ``<title>`` read: a longer one is a page swallowed by an unclosed ``<title>``
#: (or made to slow the title's rules down), not a title.
TITLE_TAG_MAX_CHARS = 500


def document_title(root: etree._Element) -> str:
    """The page's ``<title>``: the first one, as browsers take it (a page may carry a second,
    the site's, further down), whitespace squashed; "" when there is none.

    >>> from crawler.dom import parse_html
    >>> document_title(parse_html("<title>苹果败诉</title><body><title>经济参考网</title></body>"))
    '苹果败诉'
    """
    first = next(root.iter("title"), None)
    title = text_of(first) if first is not None else ""
    if "</" in title:  # a CMS's markup written into the text: 公告<font color='#2ac36e'>[…]</font>
        title = _TAG_PAIR_TEXT_RE.sub(r"\g<inner>", title)
    title = " ".join(title.split())
    return title if len(title) <= TITLE_TAG_MAX_CHARS else ""


# an element written as text, its start and end tags around its text (a <title> holds text
# only: the tab shows the tags as typed); a tag's name alone is a word of the title (Using the
# <dialog> element)
_TAG_PAIR_TEXT_RE = re.compile(
    r"<(?P<tag>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]{0,200})?>(?P<inner>[^<>]{0,200})</(?P=tag)\s*>"
)


#: Lines above the text within which a title stands; a ``<title>`` shown only higher up is
#: the site's name in its header.
TITLE_ABOVE_TEXT = 8


def _header_start(page_lines: Sequence[str], text_at: int | None) -> int:
    """Where the lines end that stand within :data:`TITLE_ABOVE_TEXT` of the text: a share
    bar's buttons (Share, Tweet, Email) are not counted (a menu's words are)."""
    if text_at is None:
        return 0
    counted, at = 0, text_at
    while at > 0 and counted < TITLE_ABOVE_TEXT:
        at -= 1
        counted += _SHARE_BUTTON_RE.fullmatch(page_lines[at]) is None
    return at


_SHARE_BUTTON_RE = re.compile(
    r"(?i:share(?: (?:on|via) [\w+ ]{2,20})?|tweet|e-?mail|print|linkedin|facebook|twitter|"
    r"pinterest|whatsapp|reddit|tumblr|flipboard|google\+|more options|copy link|comments?|save)"
)


def find_title(
    sel: Selector,
    near_text: Sequence[str] = (),
    page_lines: Sequence[str] = (),
    marked: Marked | None = None,
    text_at: int | None = None,
) -> str | None:
    """The article's title: a heading that agrees with ``<title>``, else ``<title>`` minus site names.

    ``<title>`` is often ``article_section_site`` (or ``site--article``): the longest
    leading or trailing part of it that the page also shows as a text of its own is the title. When ``<title>``
    agrees with no heading and is not shown as a line of its own, the title is the
    first title-like line of ``near_text``: the article's short first lines,
    then the lines above its text, nearest first. ``marked``: the page's
    :func:`~crawler.dom.marked_elements`, when the caller has them. ``text_at``: the page
    line where the text starts; a ``<title>`` shown only far above it (in the header, as
    the site's name: 中國廣播公司全球資訊網) is not the article's.
    """
    root = sel.root
    marked = marked or marked_elements(root)
    page_title = document_title(root)
    og = next(
        (
            content
            for meta in page_elements(root, "meta")
            # (property only: a template's <meta name="og:title"> may hold the site's name)
            if meta.get("property") == "og:title" and (content := meta.get("content")) is not None
        ),
        None,
    )
    og = og if og and len(og) <= TITLE_TAG_MAX_CHARS else None
    suffix = _site_suffix(page_title) if page_title else None
    stem = page_title[: suffix.start()] if suffix else page_title or ""
    # (less a gallery's picture counter after the headline: 标题(1/22))
    shown = [(h, _uncounted(" ".join(text_of(h).split()), page_title)) for h in marked.headings]
    # a heading in the site's masthead is its name; one in a share box, a menu, a pager… (see
    # is_furniture) is no title either
    in_masthead, in_furniture = _Near(_named_masthead), _Near(is_furniture)
    hiding: dict[etree._Element, bool] = {}
    headings = [  # (the cheap test first: most elements named *title* hold no title)
        text
        for h, text in shown
        if (_heading_size(text) or (text and text == stem))
        and not in_masthead(h)
        and not _KICKER_NAME_RE.search(element_names(h))
        and not _home_link(h, text)
        and not _hidden(h, hiding)  # (a picture viewer's dialog showing <title> whole)
    ]
    furniture = _Lazy(  # texts of headings in a share box, a menu; asked for on a few pages
        lambda: {text for h, text in shown if in_furniture(h) and not in_masthead(h)}
    )
    # the headings a page marks as its title: by their class or id (news-title)
    titled = {text for h, text in shown if "title" in element_names(h).casefold()}
    # a heading that is <title> less its last part (the site name), or one of its parts, or
    # holds it with furniture (in any letter case: Help to Iran, Help To Iran)
    segments = title_parts(page_title)
    folded_stem = _folded(stem)
    folded_title, sites = page_title.casefold(), site_names(root)
    if (last := title_parts(page_title)[-1]) != page_title and _SITE_WORDS_RE.search(last):
        sites = sites | {last.strip().casefold()}  # …-全现在官方网站: a site's name by its words
    if og and " ".join(og.split()).casefold() in sites:
        og = None  # og:title the site's name (a template's default, not the article's)
    agreeing = [
        c
        for c in (og, *headings)
        if c and stem and c.casefold() not in sites and (  # (a logo's heading: the site's name)
            (c in segments and c is not og)  # a part of <title> shown, wherever it stands (网站-标题)
            or ((folded := _folded(c)) in folded_stem and (
                2 * len(c) >= len(stem)
                or folded_stem.startswith(folded) or folded_stem.endswith(folded)
            ))  # not a word from its middle: About
        )
    ]  # fmt: skip
    for c in (og, *headings):
        if len(stem) >= 4 and c and folded_stem in c.casefold():
            # <title> with furniture around it; a heading showing the whole <title> shows no
            # site name (两会观察｜代表委员热议高质量发展), unless the site names itself so
            whole = c is not og and c not in furniture and c.casefold() in folded_title
            if (
                c is not og
                and c == og
                and _folded(c).startswith(folded_stem)
                and _strip_site(c, sites) == c  # (all three ending with the site's name)
            ):
                agreeing.append(c)  # <title> cut short, the heading and og:title whole
                continue
            agreeing.append(c if whole and _strip_site(c, sites) == c else stem)
    seps = title_separators(page_title)
    parts = [page_title[: m.start()] for m in seps] + [page_title[m.end() :] for m in seps]
    site = sites | {p.casefold() for p in parts} | {folded_title}  # <title>: 新华网
    # (and the parts that end it alone: a headline opening <title> is no site's name)
    site_ends = sites | {page_title[m.end() :].casefold() for m in seps} | {folded_title}
    header = _header_start(page_lines, text_at)
    near_start = (header, text_at)  # (where a title set over several lines may stand)
    h1s = _h1_texts(root)
    mastheads = _Lazy(lambda: _masthead_texts(root))  # (a walk of the page: asked on few)
    if agreeing:
        # the longest; of two as long, the one the page shows (og:title's straight quotes
        # where the heading has curly ones)
        best = max(agreeing, key=lambda c: (len(c), c is not og))
        tied = {c for c in agreeing if len(c) == len(best) and c is not og}
        if len(tied) > 1:
            # two parts of <title> as long, both shown as headings (The Film Gang » Blog
            # Archive » Stand Up Guys: the blog's name in its header, the post's over its
            # text): the one linking to the page itself, else the one of two not linking up to
            # a home or a folder above the page (the blog's, a section's)
            best = _linked_here_or_not_up(tied, shown, root.base) or best
        if best not in headings and _squashed(best) not in {_squashed(h) for h in headings}:
            # og:title or <title> adding a column's label in brackets to the heading the page
            # shows ([연재] 제목, 【专题】标题), the label shown with it nowhere: the headline as
            # shown
            best = next((h for h in headings if h in agreeing and _labelled(best, h)), best)
        if text_at is not None and best not in page_lines[:text_at] and best not in h1s:
            # shown only below the text's start (a sidebar's about box: the blog's name, the
            # part of <title> before its headline), not as the page's <h1> (under a video's
            # caption the text was taken to start at): another part the page shows above it
            above = [c for c in agreeing if c in headings and c in page_lines[:text_at]]
            best = max(above, key=len) if above else best
        near_text_top = text_at is not None and best in page_lines[header:text_at]
        if (
            not near_text_top
            and len(segments) == 1
            and len(best.split()) <= 4
            and not h1s
            and (latin := _latin_headline_near(near_text, headings, page_lines, header))
        ):
            # <title> a name alone (Digitalisation World: the site's, a menu's heading far
            # above the text), a heading of the page in Latin words just above the text
            return latin
        if (
            not any(best in line for line in page_lines)
            and _squashed(best) not in _squashed("".join(page_lines))  # (parted by a <br>)
            and len(shown_h1 := _shown_h1s(h1s, page_lines, header, text_at, site_ends)) == 1
        ):
            # <title> and og:title agree on a headline the page does not show (with its
            # sections and keywords after it: 标题_中国共产党_哀悼): the one it shows
            return shown_h1.pop()
        if best in segments[1:]:
            # a heading that is a later part of <title> is its section or its subtitle (标题 |
            # 即时新闻 | 报名, 标题——副题_网站): a longer part before it that the page shows, in
            # a menu or not just above the text, or just above the text itself, is the article's
            longer = [
                p
                for p in _shown_parts(root, parts, page_lines, sites, near_start)
                if len(p) > len(best)
                and best not in p
                and page_title.find(p) < page_title.find(best)
            ]
            above = (
                text_at is not None
                and best not in h1s  # (the page's <h1> under a banner with the site's name)
                and any(
                    _beside(p, best, page_lines, text_at) and p not in mastheads for p in longer
                )
            )  # (a headline over its subtitle or under its section's banner: the site's name
            # in its masthead is not the title)
            if longer and (best in furniture or not near_text_top or above):
                return max(longer, key=len)
            if best in furniture or not near_text_top:
                # og:title shown on the page (in a sticky header), the <title>'s part a section's
                return og if og and og.casefold() not in site and og in page_lines else best
        folded_best = _folded(best)
        if (
            best not in h1s
            and best != og
            and any(_folded(part) == folded_best for part in segments)  # (Sport, SPORT)
            and all(
                _text_len(best) < _text_len(other)
                for other in segments
                if _folded(other) != folded_best
            )
            and len(shown_h1 := _shown_h1s(h1s, page_lines, header, text_at, site_ends)) == 1
            and _text_len(h1 := next(iter(shown_h1))) > _text_len(best)
            and (
                _shown_over(best, h1, page_lines, text_at)  # (a banner over the headline)
                # (a sidebar's box below; not the text's own first lines: a release's headline
                # opening its container under a banner's <h1>)
                or (text_at is not None and best not in page_lines[: text_at + TEXT_HEAD_LINES])
            )
            and h1 not in mastheads
        ):
            # a part of <title> shorter than its others (工作动态_某某市人民政府, Blog | Acme
            # Widgets) shown in a banner, or only below the text's start (a box's heading:
            # SPORT), and the one <h1> of the page just above the text, not a part of <title>:
            # the section's name, not the article's headline
            return h1
        if (
            best in headings
            and _text_len(best) <= SECTION_MAX_CHARS
            and all(
                _text_len(best) < _text_len(other)
                for other in segments
                if _folded(other) != folded_best
            )
            and (under := _heading_under(best, headings, h1s, page_lines, text_at))
            and _text_len(under) > _text_len(best)
            and not _PART_HEADING_RE.match(under)
            and best in _Lazy(lambda: _menu_texts(root))
        ):
            # <title> a section's name and the site's (工作动态 - 某某市市场监督管理局), shown as
            # the heading of the section a menu links to, the headline a heading under it
            return under
        return best
    # og:title that a heading of the page repeats, when <title> says another thing: two say it
    # (unless og:title is the site's name, as a logo repeats it)
    og_stem = og and _folded(_strip_site(og, site))
    shown_og = [h for h in headings if og_stem and og_stem not in site and _folded(h) == og_stem]
    if not shown_og and og_stem and og_stem not in site:
        # og:title holding a heading whole with furniture around it, the heading most of it
        # (成報新聞(标题 ) over <td class=news_title>标题</td>, <title> the site's name alone)
        held = {
            h for h in headings if len(h) >= 4 and (f := _folded(h)) in og_stem and f not in site
        }
        # (what stands around it names the site: 成報新聞(…), not a section, 專題：2024施政報告)
        names = sites | set(page_title.casefold().split()[:1])
        if (
            len(held) == 1
            and 2 * len(h := next(iter(held))) >= len(og_stem)
            and any(len(n) >= 2 and n in og_stem.replace(_folded(h), " ", 1) for n in names)
        ):
            shown_og = [h]
        elif len(held) > 1:  # (a kicker over the headline, both in og:title: the <h1> of them)
            shown_og = [h for h in h1s if h in held][:1]
    if shown_og:
        return shown_og[0]
    shown_parts = _shown_parts(root, parts, page_lines, sites, near_start) if page_title else []
    longest = max(map(len, segments), default=0)
    # the longest part of <title> that the page shows (a site name may stand first:
    # 明日股市预测--最新出炉联合国贸发报告…)
    crumbs = _Lazy(lambda: set(find_breadcrumb(sel, marked, page_lines)))
    if article_parts := [p for p in shown_parts if len(p) >= longest]:
        part = max(article_parts, key=len)
        # unless it is the section's name, the breadcrumb's crumb or a line no heading shows,
        # with a heading between it and the text (工作进展情况_某某区管委会; <title>新闻动态 shown
        # in a <div class="new"> over the <div class="news-title">): the heading is the article's
        return (
            _section_over_heading(part, crumbs, headings, titled, h1s, page_lines, text_at) or part
        )
    # the one <h1> of the page, shown just above the text, when <title> says another thing
    # (not a part of <title>, the site's name)
    if len(h1s) == 1 and _shown_h1s(h1s, page_lines, header, text_at, site) == {h1s[0]}:
        return h1s[0]
    near = [" ".join(line.split()) for line in near_text]
    stem_shown = stem and (stem in page_lines[header:] or stem in near)
    if not stem_shown and stem and _set_over_lines_as_headline(stem, page_lines, *near_start):
        return stem  # <title> whole, set over lines (a notice's heading parted by <br>s)
    if (
        not stem_shown
        and len(h1s) == 1
        and (h1 := h1s[0]) in page_lines
        and _heading_size(h1)
        and (_latin_words(h1, HEADLINE_H1_WORDS) or _has_cjk(h1, HEADLINE_H1_WORDS * 2))
        and h1.casefold() not in site
        and not (og and og in page_lines)
        # (nor where another heading shows <title>'s headline otherwise: its case, its
        # punctuation, a <br> in it; the <h1> a section's name, Local News)
        and not any(_folded(h) == folded_stem for h in headings if h != h1)
    ):
        # <title> (and og:title) a headline the page does not show (the web's, where the page
        # shows the print edition's), its one <h1> another: the one it shows, not a shorter
        # part of <title> (the site's name in the masthead)
        return h1
    if shown_parts:  # a shorter part the page shows (its logo may show the site's name)
        part = max(shown_parts, key=len)
        return (
            _section_over_heading(part, crumbs, headings, titled, h1s, page_lines, text_at) or part
        )
    if not stem_shown:
        # <title> the site's name alone: the one heading its class names a title just above
        # the text (<div class="title">), else the first line there shaped like a title (not
        # the source's name in the meta line under it: 第一财经 ⏎ 2021-12-24 21:04)
        # (within the lines above the text that a title stands in: a board's title over its
        # date, uploader and count, 标题 ⏎ 2024-10-17 ⏎ 上传者管理者 ⏎ 查看60, stands four up)
        # a box's or a section's name (新闻详情, 工作动态) stands so too: further up than the
        # nearest lines, only a headline's length)
        window = set() if text_at is None else set(page_lines[header:text_at])
        named = {
            text
            for h, text in shown
            if text in headings
            and (
                text in near
                or (text in window and _text_len(text) > SECTION_MAX_CHARS and title_like(text))
            )
            and "title" in (names := element_names(h).casefold())
            and not _OTHER_TITLE_NAME_RE.search(names)
        }
        if len(named) == 1:
            return named.pop()
        if _title_shown_further_up(stem, page_lines, text_at, sites, mastheads):
            return stem
        found = next((line for line in near if title_like(line)), None)
        if found:
            return found
    if og:
        og = _strip_site(og, site)
    if (
        stem_shown
        and (not og or og == stem)
        # <title> the section's name alone (新闻动态), shown over the headline's heading
        and (
            under := _section_over_heading(stem, crumbs, headings, titled, h1s, page_lines, text_at)
        )
    ):
        return under
    return og or stem or (headings[0] if headings else None)


def _title_shown_further_up(
    stem: str, page_lines: Sequence[str], text_at: int | None, sites: set[str], mastheads: _Lazy
) -> bool:
    """Whether ``stem``, the whole of <title> (no site's name in it), stands as a line of its
    own above the text further up than a title's nearest lines, a headline's length and shape,
    over its meta line (:func:`_over_meta_line`): a box of links set between the meta line and
    the text (财经时评's five headlines) pushes the headline up, and with no heading or class
    to name it, <title> showing it whole over its fields is the evidence. Not the page's first
    line nor its masthead's text, nor a line no labelled field follows: <title> the site's
    name alone, shown as its logo (中國廣播公司全球資訊網) or over its menu or its clock
    (2024年3月12日 星期二), a column's name over its list, a topic's banner over its dates
    (two reviews' probes)."""
    if (
        not stem
        or text_at is None
        or stem not in page_lines[1:text_at]
        or _text_len(stem) <= SECTION_MAX_CHARS
        or not title_like(stem)
        or stem.casefold() in sites
        or stem in mastheads
    ):
        return False
    at = text_at - 1 - page_lines[text_at - 1 : 0 : -1].index(stem)  # (the last showing)
    return _over_meta_line(page_lines, at + 1)


def _over_meta_line(page_lines: Sequence[str], below: int) -> bool:
    """Whether a line of labelled fields (作者：…, 来源：…, 发布时间：…) stands at line ``below``
    or within :data:`TITLE_META_LINES` lines under it: what stands under a headline, not under
    a site's name (a clock, 今天是：…, a weather line) or a topic's banner (its dates)."""
    return any(parse_meta(line).labels for line in page_lines[below : below + TITLE_META_LINES])


#: The lines under a headline its meta line stands within (a byline first, then the source).
TITLE_META_LINES = 3


#: The text's first lines, where a part of <title> shown is the text's headline, not a box's.
TEXT_HEAD_LINES = 3

#: The fewest words (twice as many Chinese characters) of an <h1> that beats a <title> the
#: page does not show: a headline's, not a section's name (Local News, Breaking News).
HEADLINE_H1_WORDS = 4


def _latin_headline_near(
    near_text: Sequence[str], headings: Sequence[str], page_lines: Sequence[str], header: int
) -> str | None:
    """The page's one heading over a date (in four Latin words or more, among the lines just
    above the text), its first heading below the page's header: a headline over the day it was
    published. Not where two headings stand over dates (a blog's front page, its teasers), nor
    after another heading (a "Read next" card or a video's title near the text, the headline
    above them), nor where the page has an <h1>."""
    near = {" ".join(line.split()) for line in near_text}
    below_header = page_lines[header:]
    shown = [h for h in dict.fromkeys(headings) if h in below_header]
    dated = [h for h in shown if _over_a_date(h, page_lines)]
    if len(dated) != 1 or dated[0] != shown[0]:
        return None
    h = dated[0]
    return h if h in near and _latin_words(h, 4) else None


def _over_a_date(heading: str, page_lines: Sequence[str]) -> bool:
    i = page_lines.index(heading)
    return any(
        parse_date(line) for line in page_lines[i + 1 : i + 2] if len(line) <= DAY_LINE_MAX_CHARS
    )


def _section_over_heading(
    part: str,
    crumbs: _Lazy,
    headings: list[str],
    titled: set[str],
    h1s: list[str],
    page_lines: Sequence[str],
    text_at: int | None,
) -> str | None:
    """The headline under ``part`` of <title>, where ``part`` names the section: a crumb of
    the breadcrumb, or a line the page shows in no heading (a heading showing <title> over
    another is the headline over its subtitle), a heading between it and the text. Under a
    line that is no crumb, only a headline's heading: the page's <h1>, or one its class names
    a title (<div class="news-title">), not a subtitle (——写在…之际) nor a part's number
    (一、总体要求): a short headline shown plainly stands over those (a review's probes)."""
    if part in crumbs:
        return _heading_under(part, headings, h1s, page_lines, text_at)
    if part in headings:
        return None
    under = _heading_under(part, headings, h1s, page_lines, text_at)
    if under is None or _PART_HEADING_RE.match(under):
        return None
    return under if under in h1s or under in titled else None


# a subtitle's dash, a part's number opening a heading: no headline's
_PART_HEADING_RE = re.compile(r"[—－-]{1,2}|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]\s*\D")


def _heading_under(
    part: str, headings: list[str], h1s: list[str], page_lines: Sequence[str], text_at: int | None
) -> str | None:
    """The headline shown between ``part``, a section's short name, and the text: an <h1>
    there (``h1s``), else the first heading under it that reads as a title (not a subtitle
    after it, nor a label: 阅读次数)."""
    if text_at is None or _text_len(part) > SECTION_MAX_CHARS:
        return None
    if (at := _last_above(part, page_lines, text_at)) is None:
        return None
    under = [
        line
        for line in page_lines[at + 1 : text_at]
        if line in headings and title_like(line) and not _LABEL_WORD_RE.match(line)
    ]
    return next((line for line in under if line in h1s), None) or next(iter(under), None)


#: The longest section's name (letters and digits) a <title> part may be and give way to the
#: heading under it: a longer one is a headline (关于开展…的通知, also the last crumb).
SECTION_MAX_CHARS = 10


def _uncounted(text: str, page_title: str) -> str:
    """A heading without the picture counter a gallery sets after it (``标题(1/22)``), where
    ``<title>`` gives it without: a counter it gives too is the headline's own (a series'
    part, a score, a date: 我的扶贫日记（2/5）)."""
    if not text.endswith((")", "）")) or text in page_title:
        return text
    bare = _PICTURE_COUNTER_RE.sub("", text)
    return bare if bare != text and bare in page_title else text


_PICTURE_COUNTER_RE = re.compile(r"\s*[(（]\s*\d{1,3}\s*/\s*\d{1,3}\s*[)）]$")


def _h1_texts(root: etree._Element) -> list[str]:
    """The texts of the page's ``<h1>``s, whitespace squashed."""
    return [" ".join(text_of(h).split()) for h in root.iter("h1")]


def _shown_h1s(
    h1s: list[str], page_lines: Sequence[str], header: int, text_at: int | None, site: set
) -> set[str]:
    """The ``<h1>`` texts (``h1s``) of a page shown as lines just above the text (from line
    ``header`` to ``text_at``), heading-sized, not the site's name nor a part of ``<title>``
    (``site``). One such text (a page may write it twice, for phones and for screens) is the
    headline as the page shows it."""
    if text_at is None:
        return set()
    above = page_lines[header:text_at]
    return {
        text
        for text in h1s
        if _heading_size(text) and text.casefold() not in site and text in above
    }


# a label in brackets: a column's, a series' ([연재], 【专题】, 〔评论〕)
_BRACKETED_LABEL_RE = re.compile(r"[\[【〔［][^\[\]【】〔〕［］]{1,30}[\]】〕］]")


def _squashed(text: str) -> str:
    return "".join(text.split())


def _labelled(title: str, heading: str) -> bool:
    """``title`` is ``heading`` with a label in brackets before or after it.

    >>> _labelled("【专题】计量新规发布", "计量新规发布"), _labelled("计量新规发布（图）", "计量新规发布")
    (True, False)
    """
    if not heading or heading == title:
        return False
    if title.startswith(heading):
        rest = title[len(heading) :]
    elif title.endswith(heading):
        rest = title[: -len(heading)]
    else:
        return False
    return _BRACKETED_LABEL_RE.fullmatch(rest.strip()) is not None


# typographic quotes as the plain ones a <title> or og:title often has instead
_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


def _folded(text: str) -> str:
    """``text`` case folded, its typographic quotes plain: how two titles are compared."""
    return text.translate(_PLAIN_QUOTES).casefold()


def _menu_texts(root: etree._Element) -> set[str]:
    """The texts of the page's links to other pages (a menu's sections, a list's items)."""
    here = root.base
    return {
        " ".join(text_of(a).split())
        for a in root.iter("a")
        if (href := a.get("href")) and not dead_href(href) and href != here
    }


class _Lazy:
    """A set made the first time something is looked up in it."""

    def __init__(self, make: Callable[[], set[str]]) -> None:
        self._make, self._set = make, None

    def __contains__(self, value: object) -> bool:
        if self._set is None:
            self._set = self._make()
        return value in self._set


_MASTHEAD_RE = re.compile(r"logo|masthead|brand|site-?name|sitename|site-?title", re.I)


def _near(el: etree._Element, test: Callable[[etree._Element], bool], levels: int = 6) -> bool:
    """``el`` or one of its few nearest ancestors (``levels``, below ``<body>``) passes ``test``."""
    # (a lazy walk: a page may nest a thousand elements above each of a thousand headings)
    for node in islice(chain((el,), el.iterancestors()), levels):
        if node.tag in ("body", "html"):
            return False
        if test(node):
            return True
    return False


def in_furniture(el: etree._Element) -> bool:
    """``el`` stands in the page's furniture: it or one of its nearest ancestors (four
    levels: a layout's wrapper further up may be named page-wrapper) is named so
    (:func:`is_furniture`: a related box, a share bar, a pager)."""
    return _near(el, is_furniture, levels=4)


# a heading's kicker above the headline, named so (The Economist's h2.fly-title "Cigarettes in
# films" over "Smoked out"; an eyebrow, an overline, a German Dachzeile): no headline
_KICKER_NAME_RE = re.compile(
    r"kicker|eyebrow|fly-?title|overline|super-?title|pre-?title|dachzeile", re.IGNORECASE
)


# the names of a title that is not the article's (a channel's, a section's, a video's, a
# subtitle: channel-title, sub-title, video-title)
_OTHER_TITLE_NAME_RE = re.compile(r"sub|channel|column|section|video|pic|img|share|tag|list")
# the words a site's name ends with in <title> (全现在官方网站, 某某官网, 某某门户网站)
_SITE_WORDS_RE = re.compile(r"(?:官方网站|官方網站|官网|官網|门户网站|門戶網站)\s*$")


def _linked_here_or_not_up(
    tied: set[str], shown: list[tuple[etree._Element, str]], page_url: str | None
) -> str | None:
    """Of headings as long (their texts ``tied``), the one whose link is the page's own URL;
    else, of two, the one not linking to the site's home or a folder above the page; else None.

    >>> from lxml import html
    >>> h1, h2 = html.fromstring('<h1><a href="/films/">Film Gang</a></h1>'), html.fromstring('<h2>Stand Up!</h2>')
    >>> shown = [(h1, "Film Gang"), (h2, "Stand Up!")]
    >>> _linked_here_or_not_up({"Film Gang", "Stand Up!"}, shown, "https://b.example/films/2013/p/")
    'Stand Up!'
    >>> _linked_here_or_not_up({"Film Gang", "Stand Up!"}, shown, "https://b.example/p.html") is None
    True
    """
    if not page_url:
        return None
    here = urlsplit(page_url)
    folder = here.path if here.path.endswith("/") else here.path.rsplit("/", 1)[0] + "/"
    links: dict[str, str] = {}
    for h, text in shown:
        if text in tied and text not in links:
            link = h if h.tag == "a" else next(h.iter("a"), None)
            href = (link.get("href") or "").strip() if link is not None else ""
            links[text] = urljoin(page_url, href).split("#")[0] if href else ""
    own = [
        t
        for t, url in links.items()
        if url and url.rstrip("/") == page_url.split("#")[0].rstrip("/")
    ]
    if len(own) == 1:
        return own[0]
    up = set()
    for text, url in links.items():
        parts = urlsplit(url) if url else None
        if (
            parts
            and parts.netloc == here.netloc
            and not parts.query
            and (
                parts.path.lower() in _HOME_PATHS
                or (parts.path.endswith("/") and folder.startswith(parts.path))
            )
        ):
            up.add(text)
    rest = [t for t in links if t not in up]
    return rest[0] if up and len(rest) == 1 else None


def _home_link(heading: etree._Element, text: str) -> bool:
    """A heading that is a link to a site's home page and nothing else: the site's name (a
    logo, a menu's first item: <div class="boxTitle"><a href="http://site/">財訊快報</a>)."""
    if heading.tag == "a":
        link = heading
    else:
        links = heading.iter("a")
        if (link := next(links, None)) is None or next(links, None) is not None:
            return False  # (most headings hold no link, or several)
    return _home_href(link) and " ".join(text_of(link).split()) == text


def _home_href(link: etree._Element | None) -> bool:
    """A link to a site's home page: its path "/", an index page, no query."""
    href = (link.get("href") or "").strip() if link is not None else ""
    if not href or href.startswith(("#", "javascript:")):
        return False
    parts = urlsplit(href)
    return not parts.query and parts.path.lower() in _HOME_PATHS


_HOME_PATHS = frozenset(
    ("", "/", "/index.html", "/index.htm", "/index.shtml", "/index.php", "/index.asp",
     "/index.aspx", "/default.aspx", "/default.asp", "/default.htm")
)  # fmt: skip


def _last_above(line: str, page_lines: Sequence[str], text_at: int) -> int | None:
    """Where ``line`` is last shown above the text (line ``text_at``), or None."""
    return next((i for i in range(text_at - 1, -1, -1) if page_lines[i] == line), None)


def _beside(line: str, other: str, page_lines: Sequence[str], text_at: int | None) -> bool:
    """``line`` shown on the line right over or under ``other``, above the text."""
    if text_at is None or (at := _last_above(other, page_lines, text_at)) is None:
        return False
    return (at > 0 and page_lines[at - 1] == line) or (
        at + 1 < text_at and page_lines[at + 1] == line
    )


def _shown_over(upper: str, lower: str, page_lines: Sequence[str], text_at: int | None) -> bool:
    """``upper`` shown above ``lower``, both above the text."""
    if text_at is None:
        return False
    over, under = _last_above(upper, page_lines, text_at), _last_above(lower, page_lines, text_at)
    return over is not None and under is not None and over < under


def _masthead_texts(root: etree._Element) -> set[str]:
    """The texts of the elements named as the site's masthead (logo, brand, site-name)."""
    return {
        " ".join(text_of(el).split())
        for el in root.iter()
        if isinstance(el.tag, str) and (el.get("class") or el.get("id")) and _named_masthead(el)
    }


def _named_masthead(node: etree._Element) -> bool:
    """Named as the site's masthead: its logo (``<div class="logo"><h1>某某新闻网</h1>``)."""
    return _MASTHEAD_RE.search(element_names(node)) is not None


class _Near:
    """Whether an element or one of its few nearest ancestors passes ``test`` (see
    :func:`_near`), each element tested once: the headings of a list share their ancestors (a
    page listing 80 linked headings asked 480, most of them the same few: the masthead test
    took 3.3 ms under the profiler on such a page, 1.8 so)."""

    def __init__(self, test: Callable[[etree._Element], bool]) -> None:
        self._test, self._known = test, {}

    def __call__(self, el: etree._Element) -> bool:
        return _near(el, self._tested)

    def _tested(self, node: etree._Element) -> bool:
        passes = self._known.get(node)
        if passes is None:
            passes = self._known[node] = self._test(node)
        return passes


def site_names(root: etree._Element) -> set[str]:
    """The site's names its meta tags give (og:site_name, application-name, SiteName), case
    folded."""
    return {" ".join(name.split()).casefold() for name in _SITE_NAME_XPATH(root)}


def _strip_site(title: str, site: set[str]) -> str:
    """``title`` less a last part that is the site's name (``… | CNN Politics``); a last part
    that is not (``COVID-19: What you need to know``, ``Man charged in hit-and-run``) stays.

    >>> _strip_site("Storm closes roads | CNN Politics", {"cnn politics"}), _strip_site("A - B", set())
    ('Storm closes roads', 'A - B')
    """
    m = _site_suffix(title)
    if m and m["site"].strip().casefold() in site and title[: m.start()].strip():
        return title[: m.start()]
    return title


def _shown_parts(
    root: etree._Element,
    parts: list[str],
    page_lines: Sequence[str],
    sites: set[str],
    near: tuple[int, int | None] = (0, None),
) -> list[str]:
    """The parts of ``<title>`` that the page shows as lines of their own (with other spaces
    or marks too: 》标题, 标题 今被起诉), or set over several lines as a headline is (a
    notice's heading parted by <br>s: see :func:`_set_over_lines_as_headline`; ``near``: the
    page's header's end and the text's start), but not the site's name (``sites``, case
    folded: :func:`site_names`)."""
    texts = set(page_lines) or {" ".join(t.split()) for t in root.itertext()}
    candidates = [p for p in parts if len(p) >= 4 and p.casefold() not in sites]
    shown = [p for p in candidates if p in texts]
    if len(shown) < len(candidates):
        folded = {_NOT_CONTENT_RE.sub("", t) for t in texts}
        shown += [p for p in candidates if p not in texts and _NOT_CONTENT_RE.sub("", p) in folded]
    if len(shown) < len(candidates):
        shown += [
            p
            for p in candidates
            if p not in shown and _set_over_lines_as_headline(p, page_lines, *near)
        ]
    return shown


def _set_over_lines_as_headline(
    part: str, page_lines: Sequence[str], header: int, text_at: int | None
) -> bool:
    """Whether ``part`` of <title> is set over several lines (:func:`title_set_over_lines`)
    as a headline is: opening the text (a notice's heading inside its container), just over
    it, or over its meta line (:func:`_over_meta_line`), below the page's header. Not a logo's
    name in two lines over a menu or a clock (two reviews' probes: Massachusetts Institute ⏎
    of Technology). None where the page has no text (``text_at`` None)."""
    if text_at is None:
        return False
    near = page_lines[header : text_at + TITLE_LINES_MAX]
    for i, n in title_set_over_lines(near, part):
        at = header + i
        if text_at in (at, at + n) or _over_meta_line(page_lines, at + n):
            return True
    return False


def _heading_size(text: str) -> bool:
    """Long enough for a title, short enough not to be a paragraph (English titles run
    longer than Chinese ones)."""
    return 4 <= len(text) <= (120 if _has_cjk(text, 2) else 250)


_POSITION_TEXT_XPATH = etree.XPath("//body//text()[contains(., '位')]")
_HERE_RE = re.compile(r"(?:当前|當前|现在|現在|您的|所在)\s*(?:的)?\s*位置")


def find_breadcrumb(
    sel: Selector, marked: Marked | None = None, lines: Sequence[str] | None = None
) -> list[str]:
    """Crumbs of the "您当前的位置" line the page shows, or of an element named like a
    breadcrumb (``marked``: the page's :func:`~crawler.dom.marked_elements`, ``lines``: its
    :func:`block_lines` without pinyin, when the caller has them: the page's text is searched
    only when its lines read so, and a page without one, an English page's, has its megabytes
    of script left alone). A script's code is no crumb: one that writes the line gave crumbs
    ending in its quote and bracket."""
    root = sel.root
    shown = "\n".join(lines) if lines is not None else None  # (a text may break inside it)
    search = shown is None or ("位" in shown and _HERE_RE.search(shown) is not None)
    for text in _POSITION_TEXT_XPATH(root) if search else ():  # text nodes holding 位, in C
        if _HERE_RE.search(remove_pinyin_brackets(text)[0]):
            el = text.getparent()
            if text.is_tail or not isinstance(el.tag, str):  # a tail: the parent holds it
                el = el.getparent()
            if el is None or any(
                node.tag in HIDDEN_TAGS for node in chain((el,), el.iterancestors())
            ):
                continue  # code, a form's options: not shown
            if crumbs := _crumbs_in(el):
                return crumbs
    for node in (marked or marked_elements(root)).crumbs:
        if crumbs := _crumbs_in(node) or _listed_crumbs(node):
            return crumbs
    return []


def _listed_crumbs(el: etree._Element) -> list[str]:
    """The crumbs of a breadcrumb set as a list whose separators its style draws
    (``<ol class="breadcrumb"><li>…``, ``<div class="breadcrumb">当前位置：<ul><li>``): the
    items of its first list, each less a list it holds (a dropdown), home first; only in an
    element named for crumbs (a ``position-relative`` box's list is a menu)."""
    if "crumb" not in element_names(el).lower():
        return []
    listed = el if el.tag in ("ol", "ul") else next(el.iter("ol", "ul"), None)
    if listed is None:
        return []
    lis = [li for li in listed if li.tag == "li"]
    items = [" ".join(_item_text(li).split()) for li in lis]
    crumbs = parse_breadcrumb(" > ".join(item for item in items if item))
    if not crumbs or not (_HOME_CRUMB_RE.fullmatch(crumbs[0]) or _links_home(lis[0])):
        return []  # (a menu's items: Football, Cricket)
    if _THIS_PAGE_CRUMB_RE.fullmatch(crumbs[-1]) and next(lis[-1].iter("a"), None) is None:
        crumbs.pop()  # 资讯正文, 文章详情, Article unlinked: the page itself (a linked one: a section)
    if len(crumbs) < 2 or len(crumbs[-1]) > LAST_CRUMB_MAX_CHARS:
        return []
    return crumbs if all(len(crumb) <= CRUMB_MAX_CHARS for crumb in crumbs[:-1]) else []


def _links_home(li: etree._Element) -> bool:
    """A list item whose link goes to a site's home page (a home icon, the site's name)."""
    return _home_href(next(li.iter("a"), None))


def _item_text(li: etree._Element) -> str:
    """A list item's text less the lists it holds (a crumb's dropdown of sections)."""
    parts = [li.text or ""]
    for child in li:
        if child.tag not in ("ul", "ol") and isinstance(child.tag, str):
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


# the first crumb of a breadcrumb: the home page's
_HOME_CRUMB_RE = re.compile(
    r"(?i:home(?: ?page)?)|首页|首頁|主页|主頁|网站首页|網站首頁|主站首页|主站首頁|返回首页"
)
# a last crumb naming the page itself, not a section
_THIS_PAGE_CRUMB_RE = re.compile(
    r"\S{0,4}正文|文章详情|文章詳情|详情|詳情|详细内容|詳細內容|正文内容|内容|內容|"
    r"(?i:article|details?|story|post|content)"
)


#: The longest crumb above the last (a section's name); the last may be the article's title.
CRUMB_MAX_CHARS = 40
LAST_CRUMB_MAX_CHARS = 120


# what every separator parse_breadcrumb splits at holds
_CRUMB_SEPARATOR_RE = re.compile(r"[>＞»›→/]|-&gt;")


def _crumbs_in(el: etree._Element) -> list[str]:
    """The crumbs of an element's text (not its scripts' code), or [] where they are fewer
    than two or read as no breadcrumb: a crumb of a sentence, or a list's text that a ``>``
    happened to cut (an element named ``marketplace``, a quote of "24 > 7")."""
    if _CRUMB_SEPARATOR_RE.search(text_of(el)) is None:
        return []  # one crumb at most (an element named ``inline-placeholder``: a paragraph)
    crumbs = parse_breadcrumb(" ".join(_TEXT_NOT_CODE_XPATH(el)))
    if len(crumbs) < 2 or len(crumbs[-1]) > LAST_CRUMB_MAX_CHARS:
        return []
    return crumbs if all(len(crumb) <= CRUMB_MAX_CHARS for crumb in crumbs[:-1]) else []


def find_meta_line(
    lines: list[str],
    title: str | None,
    region: tuple[int, int] | None = None,
    *,
    text_at: int | None = None,
) -> str | None:
    """The meta line: the first line near the title that reads as labelled fields (a date, or
    two labels; else a line with one label, such as ``2022-02-13 09:57 来源：中国政府网``):
    the lines under the title first, then the two above it.

    With ``region`` (line numbers, end excluded), the lines there are searched instead of the
    title's: the article's own lines, where a forum post shows its post info after the text.
    Other lines (sidebars, footers: 网站更新时间：…) are never the article's meta line.
    A page that shows its title more than once above its text (line ``text_at``: a share
    box's copy above the article, a mobile header) is searched under each, in order; a copy
    after the text's start is a related list's, whose lines are another article's.
    """
    if region is not None or not title:
        return _meta_line_near(lines, title, 0, region)
    first = next((i for i, line in enumerate(lines) if title in line), None)
    if first is None:  # set over lines (<br>s): from the first of them (its 2 above too)
        over = title_set_over_lines(lines, title)
        first = over[0][0] if over else 0
    # (then only lines that are the title: one that holds it among other words is a
    # forum's post header naming the site, or a list's)
    again = (i for i in range(first + 1, text_at or 0) if lines[i] == title)
    for start in [first, *islice(again, TITLES_SEARCHED - 1)]:
        if (line := _meta_line_near(lines, title, start, None, text_at)) is not None:
            return line
    return None


#: How many of the lines showing the title :func:`find_meta_line` searches under.
TITLES_SEARCHED = 3

#: What a control shows on a line of its own (the font size's 【字号 大 中 小】, a share bar's
#: links, a like and its count), which the windows of lines near the title or the text do not
#: count: a page parts its controls in more lines or fewer as its markup happens to put spaces
#: between their elements. (Not every short line: a table's cells, a verse's, tags are text.)
CONTROL_WORDS = frozenset(
    ["大", "中", "小", "字号", "字號", "字体", "字體", "默认", "默認", "放大", "缩小", "縮小", "A+",
     "A-", "赏", "賞", "赞", "讚", "踩", "顶", "頂", "顶一下", "頂一下", "踩一下", "赞一下", "讚一下",
     "分享", "分享到", "收藏", "打印", "关闭", "關閉", "选择字号", "選擇字號",
     "更多", "微信", "微博", "QQ", "QQ空间", "空间", "豆瓣", "人人", "开心", "评论", "評論", "查看评论",
     "举报", "纠错", "复制链接", "複製連結", "阅读", "閱讀", "字級", "列印", "转发", "轉發", "转寄", "轉寄",
     "脸书", "臉書", "推特", "Facebook", "LINE", "Line", "Twitter", "Plurk", "WhatsApp", "Telegram",
     "Email", "E-mail", "Print", "Share", "Tweet", "close", "Close", "Video",
     "图集", "圖集"]  # (a gallery's tab, its pictures not in the page: 新华网's under the text)
)  # fmt: skip
# (what parts a line's controls: spaces, brackets, a count, a colon: 分享到： 微信 微博)
_CONTROL_PARTS_RE = re.compile(r"[\s\d【】\[\]()（）:：|]+")
#: The controls of one character, which a table's cells or a list may show too (大 中 小: a
#: size): a control's only beside a line of another control (【字号, A+, 分享).
_ONE_CHARACTER_CONTROLS = frozenset("大中小赏賞赞讚踩顶頂")


# a control's count on a line of its own (0, (12), [3])
_COUNT_RE = re.compile(r"[(（\[]?\d+[)）\]]?")

#: The longest line of controls (分享到： 微信 微博 QQ空间 豆瓣 人人网).
CONTROL_LINE_MAX_CHARS = 30


@lru_cache(maxsize=4096)  # (a page's short lines are asked about again: a menu's, a neighbour's)
def _control_words(line: str) -> tuple[str, ...] | None:
    """The words of a line made of :data:`CONTROL_WORDS` only, else None."""
    if len(line) > CONTROL_LINE_MAX_CHARS:
        return None
    words = tuple(w for w in _CONTROL_PARTS_RE.split(line) if w)
    return words if words and all(w in CONTROL_WORDS for w in words) else None


def control_line(lines: Sequence[str], at: int) -> bool:
    """Whether line ``at`` of ``lines`` is a control's (:data:`CONTROL_WORDS`, with brackets
    and counts); a one-character control only beside another control's line.

    >>> lines = ["【字号", "大", "中", "小】", "分享到： 微信 微博", "正文。", "规格", "单价", "大", "中", "小"]
    >>> [control_line(lines, i) for i in range(len(lines))]
    [True, True, True, True, True, False, False, False, False, False, False]
    """
    if len(lines[at]) > CONTROL_LINE_MAX_CHARS:  # (most lines: asked first)
        return False
    words = _control_words(lines[at])
    if not words:
        return False
    return _plain_control(words) or any(
        _plain_control(_control_words(line)) for line in lines[max(0, at - 3) : at + 4]
    )


def _plain_control(words: tuple[str, ...] | None) -> bool:
    """Control words that are a control's wherever they stand (not 大 alone: a size)."""
    return bool(words) and (len(words) > 1 or words[0] not in _ONE_CHARACTER_CONTROLS)


def lines_reach(lines: Sequence[str], start: int, count: int) -> int:
    """The index after ``count`` lines from line ``start`` on, a control's lines not counted.

    >>> lines_reach(["标题", "【字号", "大", "中", "小】", "2005-01-01", "正文"], 0, 3)
    7
    """
    at = start
    while at < len(lines) and count > 0:
        count -= not control_line(lines, at)
        at += 1
    return at


def lines_back(lines: Sequence[str], start: int, count: int) -> int:
    """The index of the line ``count`` lines above line ``start``, a control's lines not
    counted (作者：黄辛 来源：科学网 ⏎ 选择字号：小 中 ⏎ 大 ⏎ the title: the meta line two above).

    >>> lines_back(["作者：黄辛", "选择字号：小 中", "大", "标题"], 3, 1)
    0
    """
    at = start
    while at > 0 and count > 0:
        at -= 1
        count -= not control_line(lines, at)
    return at


def _meta_line_near(
    lines: list[str],
    title: str | None,
    start: int,
    region: tuple[int, int] | None,
    text_at: int | None = None,
) -> str | None:
    """:func:`find_meta_line` under the title's line ``start``, or in ``region``.

    A line with one label alone between the title and the text (line ``text_at``) is read
    with a dated line found further down: a government page's 来源：… under its title and
    its 发布日期：… under the text are one meta line parted.

    >>> _meta_line_near(["标题", "来源于：东区办事处", "正文。", "发布日期：2019-03-06"], "标题", 0, None, 2)
    '来源于：东区办事处 发布日期：2019-03-06'
    """
    lo, hi = (
        region
        if region is not None
        else (lines_back(lines, start, 2), lines_reach(lines, start, 12))
    )
    # the lines holding a label, found in one pass over the text of the lines searched
    region_lines = lines[lo:hi]
    starts = list(accumulate((len(line) + 1 for line in region_lines[:-1]), initial=0))
    text = "\n".join(region_lines)
    found = HAS_LABEL_RE.finditer(text) if may_hold_label(text) else ()
    hits = sorted({lo + bisect_right(starts, m.start()) - 1 for m in found})
    if region is None:  # under the title first: a related article's line may stand above it
        order = [i for i in hits if start <= i < hi] + [i for i in hits if lo <= i < start]
    else:
        order = [i for i in hits if lo <= i < hi]
    single = None
    for i in order:
        meta = parse_meta(lines[i])
        if region is None and i < start - 2 and len(meta.labels) < 2:
            continue  # past a control's lines over the title, a line of fields only (日期：… alone
            # there is a header's today, a review's probe)
        if not meta.published_at and i + 1 < len(lines) and _ENDS_WITH_LABEL_RE.search(lines[i]):
            # the value on the next line: 发布日期：<br>7/5/2005 9:23:57 PM
            joined = f"{lines[i]} {lines[i + 1]}"
            if parse_meta(joined).published_at:
                return joined
        if meta.published_at or len(meta.labels) >= 2:
            found = _meta_block(lines, i, start if region is None and title else None)
            if (
                single is not None
                and text_at is not None
                and start < single <= start + PARTED_META_REACH
                and single < text_at < i
            ):
                return f"{_meta_block(lines, single, start, one_label=True)} {found}"
            return found
        if (
            single is None
            and meta.labels
            and (meta.labels != ("views",) or meta.views is not None)  # (阅读次数: 次: a
            # count a script fills, empty: no line of the article's fields alone)
            and region is None
            and len(lines[i]) <= 80
            and not _SENTENCE_RE.search(lines[i])  # a field line, not prose quoting a 来源：
        ):
            single = i
    if single is None:
        return None
    return _meta_block(lines, single, start if title else None, one_label=True)


#: How far under the title a one-label line (来源：…) stands to join a dated line found under
#: the text: right under it (a table's note further down is the table's).
PARTED_META_REACH = 3


def _meta_block(lines: list[str], i: int, title: int | None, *, one_label: bool = False) -> str:
    """Line ``i`` with the field lines next to it: a meta line split over several elements
    (来源：腾讯 / 时间：2012-01-17 19:58 / 作者：…), each a short line starting with a label.

    The lines below a line with a date or two labels always join it. The lines above it join
    only when they run up to the title (line ``title``; None: no title, none join): the
    fields standing right under it. A line with one label (``one_label``) gets the lines below
    it only then too: elsewhere it may be a comment's, a pager's (来自：北京网友 / 发表时间：…).

    >>> _meta_block(["标题", "来源：腾讯", "时间：2012-01-17", "作者：王攀", "正文。"], 2, 0)
    '来源：腾讯 时间：2012-01-17 作者：王攀'
    >>> _meta_block(["标题", "正文。", "编辑：张三", "来自：网友", "正文。"], 2, 0, one_label=True)
    '编辑：张三'
    """

    first = i
    if title is not None and i > title:
        top = i
        while top - 1 > title and top > i - 5 and is_field_line(lines[top - 1]):
            top -= 1
        if top == title + 1:
            first = top
    last = i
    if not one_label or (title is not None and first == title + 1):
        while last + 1 < min(len(lines), i + 6) and is_field_line(lines[last + 1]):
            last += 1
    return " ".join(lines[first : last + 1])


def find_counter_url(sel: Selector, base_url: str) -> str | None:
    """The view-counter script URL (DedeCMS, EmpireCMS, PHPCMS style), absolute."""
    for src in sel.xpath("//script/@src").getall():
        if _COUNTER_SRC_RE.search(src):
            return absolute_url(base_url, src)
    return None


def find_part_urls(sel: Selector, url: str, text: str = "") -> dict[int, str]:
    """The other pages of the same split article, by page number: its links to them, or
    a TRS script pager in the page's source ``text``."""
    key = article_key(url)
    if key is None:
        return {}
    marker = key[0].rsplit("/", 1)[-1]
    parts = {}
    pager = script_pager(text) if "createPageHTML" in text else None
    if pager is not None and pager.prefix == marker:
        parts = {n + 1: pager.url(n, url) for n in range(pager.count) if n + 1 != key[1]}
    for a in sel.root.iter("a"):
        href = a.get("href") or ""
        if marker not in href:
            continue
        target = absolute_url(url, href)
        other = article_key(target) if target else None
        if other and other[0] == key[0] and other[1] != key[1]:
            parts[other[1]] = target.split("#")[0]
    return parts
