"""Pure text-normalization functions for Chinese portal text.

Each function takes and returns ``str`` (or a count) and holds no state beyond
cached converters, so pipelines, loaders and tests share one implementation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = [
    "collapse_whitespace",
    "count_damage",
    "fold_fullwidth_alnum",
    "is_traditional",
    "mend_mojibake",
    "normalize_text",
    "remove_pinyin_brackets",
    "to_simplified",
]

# A bracketed run of lowercase letters that may be a tone-marked pinyin syllable:
# "計(jì)", "網（wǎng）". Whether it *is* a reading is decided per character. (The bracket
# first and the character looked behind: a regex that began with the character tried every
# character of a text, four times slower on an English article's.)
_BRACKET_RE = re.compile(
    r"[(（](?<=[\u3400-\u9fff\uf900-\ufaff][(（])(?P<syl>[a-zü\u00e0-\u01dc]{1,7})[)）]"
)

_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# "?" wedged inside Chinese text: a CJK neighbour on one side, no space on either
# side. Real question marks in Chinese are full-width (？) and end a clause.
# (The "?" first: the regex engine then looks for "?"s, not at every character's neighbours.)
_WEDGED_QMARK_RE = re.compile(rf"\?(?:(?<=[{_CJK}]\?)(?=\S)|(?<=\S\?)(?=[{_CJK}]))")

_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# where _SPACE_RE and str.split() disagree inside a line: zero-width spaces are spaces to one,
# U+001F and U+1680 to the other (the line breaks they also differ on end a line first)
_SPACES_NOT_SPLIT = "\u200b\ufeff\u001f\u1680"
_FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_UTF8_RE = re.compile(rb"\xef(?:\xbc[\x90-\x99\xa1-\xba]|\xbd[\x81-\x9a])")  # the same
_FULLWIDTH_ALNUM = {
    cp: unicodedata.normalize("NFKC", chr(cp))
    for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}


@cache
def _readings(char: str) -> frozenset[str]:
    """Every reading of ``char``, tone-marked and plain (``们``: ``men``; ``绿``: ``lǜ``, ``lü``)."""
    from pypinyin import Style, pinyin

    found = set()
    for style in (Style.TONE, Style.NORMAL):
        for group in pinyin(char, style=style, heteronym=True, errors="ignore"):
            found.update(group)
    found.update([r.replace("v", "ü") for r in found])
    return frozenset(found)


def remove_pinyin_brackets(text: str) -> tuple[str, int]:
    """Remove ``(pīnyīn)`` after a character when it is a reading of that character.

    Returns the text and the number of brackets removed. A reading with or
    without a tone mark goes (neutral-tone syllables carry none: ``们(men)``,
    ``的(de)``); brackets that are not a reading of the character before them stay.

    >>> remove_pinyin_brackets("中國計(jì)量網(wǎng)")
    ('中國計量網', 2)
    >>> remove_pinyin_brackets("我們(men)的(de)什麼(me)")
    ('我們的什麼', 3)
    >>> remove_pinyin_brackets("计量(metrology)、(2011)、(ISO)、量(jì)、男(men)")
    ('计量(metrology)、(2011)、(ISO)、量(jì)、男(men)', 0)
    """
    if text.isascii() or ("(" not in text and "（" not in text):  # most texts: no call
        return text, 0
    if not _bracket_after_chinese(text):
        return text, 0
    removed = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal removed
        if m["syl"] not in _readings(text[m.start() - 1]):
            return m[0]
        removed += 1
        return ""

    return _BRACKET_RE.sub(repl, text), removed


def _bracket_after_chinese(text: str) -> bool:
    """Whether a bracket opens right after a Chinese character: each bracket is found by
    ``str.find`` (a regex's search tried every character of an English article, 7 ns each)."""
    for bracket in "(（":
        at = text.find(bracket, 1)
        while at > 0:
            if "\u3400" <= text[at - 1] <= "\u9fff" or "\uf900" <= text[at - 1] <= "\ufaff":
                return True
            at = text.find(bracket, at + 1)
    return False


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str, config: str = "t2s") -> str:
    """Convert traditional script to simplified with OpenCC.

    >>> to_simplified("發布時間 瀏覽 來源")
    '发布时间 浏览 来源'
    """
    return _converter(config).convert(text)


TRADITIONAL_SHARE = 0.05  # of a text's Chinese characters that conversion changes


def is_traditional(text: str, config: str = "t2s") -> bool:
    """Written in traditional script: converting it changes a share of its characters.

    A simplified text has a few characters OpenCC still converts (昇 in a name becomes 升);
    a traditional one has a fifth or more.

    >>> text = "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况。"
    >>> is_traditional(to_simplified(text, "s2t")), is_traditional("刘昇说：" + text)
    (True, False)
    >>> is_traditional("同じ物を持っていても、人が持っている物の方が良く見え、欲張ると損をするというお話しです。")
    False
    """
    if text.isascii():
        return False  # (no Chinese character: Python knows it without reading the text)
    # a text's script is the same throughout: its first 2 000 Chinese characters tell
    chinese = "".join(_CJK_RUN_RE.findall(text, 0, 8000))[:2000]
    if not chinese:
        return False
    kana = len(_KANA_RE.findall(text, 0, 8000))
    if kana >= 10 and kana >= JAPANESE_KANA_SHARE * (kana + len(chinese)):
        return False  # Japanese: its kanji are no traditional script to convert (欲張る, 損)
    if len(chinese) >= 200 and _COMMON_TRADITIONAL.isdisjoint(chinese):
        return False  # a long text without 們這為國會… at all: simplified, nothing converted
    converted = to_simplified(chinese, config)
    changed = sum(map(str.__ne__, chinese, converted))
    return changed / len(chinese) >= TRADITIONAL_SHARE


_CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]+")
_KANA_RE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")  # hiragana, katakana
#: The share of kana among a text's kana and Chinese characters from which it is Japanese
#: (a Japanese text a third or more, a quarter with a list of figures in kanji; a Chinese
#: one a brand's の, a Taiwanese story on anime the titles it quotes: a tenth).
JAPANESE_KANA_SHARE = 0.15
# Traditional forms of the commonest characters: a traditional text of 200 characters holds some
_COMMON_TRADITIONAL = frozenset(
    "們個這來時說會對開關於與為國學經發實動機進過還從當後現樣點問題體頭長車東門見間話電無義產業區"
    "報導語請讓網頁擊閱覽後復應該將隨據處變難聽總統記區歲幾萬億專員議廣價錢場兒氣陽陰衛"
)


def fold_fullwidth_alnum(text: str) -> str:
    """Fold full-width letters and digits to ASCII; keep Chinese punctuation.

    >>> fold_fullwidth_alnum("ＩＳＯ９０００，计量：")
    'ISO9000，计量：'
    """
    # (str.translate with a dict is slow on long texts; so is a regex's search of a text's
    # characters, 7-10 ns each: one over its UTF-8 looks at the bytes EF alone)
    if text.isascii():
        return text
    data = _utf8(text)
    found = _FULLWIDTH_ALNUM_RE.search(text) if data is None else _FULLWIDTH_UTF8_RE.search(data)
    return text.translate(_FULLWIDTH_ALNUM) if found else text


def collapse_whitespace(text: str) -> str:
    """Collapse spaces (including U+3000 and nbsp) and trim every line; drop empty lines.

    >>> collapse_whitespace("\\u3000\\u3000第一段 \\xa0 文字\\n\\n  第二段 ")
    '第一段 文字\\n第二段'
    """
    if any(space in text for space in _SPACES_NOT_SPLIT):
        lines = (_SPACE_RE.sub(" ", line).strip() for line in text.splitlines())
    else:  # (the regex replaced every space between two words: two and a half times slower)
        lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def count_damage(text: str) -> int:
    """Count damaged spots: U+FFFD and ``?`` wedged inside Chinese text.

    >>> count_damage("水电燃?xì)獗?、可燃")
    2
    >>> count_damage("是吗? 是的？\\ufffd")
    1
    """
    return text.count("\ufffd") + len(_WEDGED_QMARK_RE.findall(text))


def normalize_text(
    text: str, *, simplify: bool = True, config: str = "t2s"
) -> tuple[str, int, int]:
    """Apply every normalization step to one text.

    Returns ``(text, pinyin_removed, damaged_spots)``. Damage is counted after
    the pinyin brackets are gone (so ``當(dāng)?`` counts) and is never "repaired".
    """
    text, removed = remove_pinyin_brackets(shown_characters(text))
    if simplify:
        text = to_simplified(text, config)
    text = collapse_whitespace(fold_fullwidth_alnum(text))
    return text, removed, count_damage(text)


# What was UTF-8 read as Windows-1252 (or Latin-1) and written again as UTF-8, as a page's
# template or database does to a part of it now and then (todayâ€™s for today’s, â€” for —): a
# lead byte read as a letter (Â to ô) before a continuation byte read as a C1 control (Latin-1's
# reading: never text), Â or Ã before a Latin-1 symbol or letter (Â©, Ã©: no language writes
# them so), or â before € (the quotes and dashes: â€™, â€œ, â€”). Not Ã or Ð before Windows-1252's
# other characters or a no-break space, which Portuguese and Icelandic write (“AMANHÃ”,
# „GUÐ“, IRMÃ&nbsp;): a review found ftfy "mending" those. A sign to look closer only.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u009f]|[\u00c2\u00c3][\u00a1-\u00bf]|\u00e2\u20ac"
)
#: :data:`_MOJIBAKE_RE` over the UTF-8 bytes of a page: whether any text of it needs a look.
MOJIBAKE_UTF8_RE = re.compile(
    rb"\xc3[\x82-\xb4]\xc2[\x80-\x9f]|\xc3[\x82\x83]\xc2[\xa1-\xbf]|\xc3\xa2\xe2\x82\xac"
)


def shows_mojibake(text: str) -> bool:
    """Whether ``text`` shows the sign of UTF-8 read as Windows-1252 (see :func:`mend_mojibake`)."""
    return not text.isascii() and _MOJIBAKE_RE.search(text) is not None


def mend_mojibake(text: str) -> str:
    """``text`` with what was UTF-8 read as Windows-1252 or Latin-1 read as UTF-8 again (by
    ftfy's ``fix_encoding``, which leaves text that only looks so); only its lines that show
    the sign (:func:`shows_mojibake`) are given to ftfy, which reads a megabyte in seconds.

    >>> mend_mojibake("December 4, 2019 (SAINT PAUL) \u00e2\u0080\u0094 Minnesota")
    'December 4, 2019 (SAINT PAUL) — Minnesota'
    >>> mend_mojibake("计量检定\\ntodayâ€™s news"), mend_mojibake("«no lo sé», dijo")
    ('计量检定\\ntoday’s news', '«no lo sé», dijo')
    """
    if not shows_mojibake(text):
        return text
    import ftfy  # (84 ms to import: only for a page that shows the sign)

    if "\n" not in text:
        return ftfy.fix_encoding(text)
    return "\n".join(
        ftfy.fix_encoding(line) if shows_mojibake(line) else line for line in text.split("\n")
    )


# half of a UTF-16 pair, alone: a JSON-LD "\ud800" escape or an escape codec makes one, and no
# file can hold it
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# what a page shows nothing for and XML refuses: C0 controls (a JSON-LD "\u0000"), DEL, the
# non-characters U+FFFE and U+FFFF; vertical tab and form feed are spaces
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def encodable(text: str) -> str:
    """``text`` with each half of a UTF-16 pair standing alone as U+FFFD (damage, counted).

    >>> encodable("a\\ud800b") == "a\\ufffdb"
    True
    """
    if _utf8(text) is not None:  # (encoding checks a text six times as fast as a regex)
        return text
    return _LONE_SURROGATE_RE.sub("\ufffd", text)


def shown_characters(text: str) -> str:
    """``text`` as a reader sees it and a file or lxml can hold it (see :func:`encodable`):
    controls out, vertical tab and form feed as spaces.

    >>> shown_characters("a\\x00b\\x0cc\\x7fd\\ud800e") == "ab cd\\ufffde"
    True
    """
    data = _utf8(text)
    if data is not None and not _holds_hidden(data):
        return text  # (most texts: their bytes tell, faster than the regex's search)
    return _CONTROL_RE.sub("", encodable(text)).replace("\x0b", " ").replace("\x0c", " ")


# the ASCII characters _CONTROL_RE takes out, vertical tab and form feed
_HIDDEN_ASCII = bytes((*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_NONCHARACTERS_UTF8 = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF


def _utf8(text: str) -> bytes | None:
    """``text`` in UTF-8, or None where it holds half a UTF-16 pair."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _holds_hidden(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a character :func:`shown_characters` takes out or changes."""
    return len(data.translate(None, _HIDDEN_ASCII)) != len(data) or any(
        nonchar in data for nonchar in _NONCHARACTERS_UTF8
    )
