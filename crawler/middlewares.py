"""Downloader middlewares.

``EncodingFixMiddleware`` mends what a page's declared (or missing) charset
gets wrong for Chinese text: a declaration that does not decode the bytes
(a page declared gb2312 that is UTF-8), or no declaration at all, where a
western fallback would turn GBK into mojibake. Candidates come from the
``PORTAL_ENCODINGS`` setting (default: utf-8, gb18030, big5). Stats:
``portal/encoding/fixed`` and ``portal/encoding/undecodable``.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable

from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

logger = logging.getLogger(__name__)

_WESTERN = {"cp1252", "latin-1", "iso8859-1", "ascii"}
_HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")


def _western(body: bytes) -> bool:
    """Bytes above ASCII mostly alone between ASCII ones (“Wait…” : a run of two at most
    here and there): a single-byte western charset. Chinese in GBK or Big5 comes in pairs,
    a character's two bytes, runs of them for a phrase."""
    runs = [len(run) for run in _HIGH_RUN_RE.findall(body)]
    return bool(runs) and sum(n == 1 for n in runs) * 2 >= len(runs) and max(runs) <= 4


# the Chinese character sets a page declares (w3lib reads gbk and gb2312 as gb18030)
_CHINESE = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "hz"})
_CJK_RE = re.compile("[\u3400-\u9fff]+")
# the single-byte western charsets a page in a Chinese one is mistaken for, in that order
_MISTAKEN_FOR = ("iso8859-15", "cp1252", "latin-1")
_LONG_RUN_RE = re.compile("[^\x00-\x7f]{4,}")
#: The fewest distinct Chinese characters a restored page must show: a run of one repeated
#: symbol (nbsp×4, ————, ••••) decodes as a GBK character or two too.
RESTORED_MIN_CHARACTERS = 20


def undo_double_decoding(body: bytes, declared: str | None) -> tuple[bytes, str] | None:
    """The bytes of a page in a Chinese character set before someone decoded them as a western
    one and saved the text as UTF-8 (GBK read as ISO-8859-15: 船长 became Ž¬³€), with that
    character set; else None: no repair rather than a wrong one.

    Only for a page that declares a Chinese set, whose UTF-8 holds no Chinese character and
    whose other characters come mostly in runs, as Chinese phrases do (a western text's accents
    stand alone or in pairs: ação, Straße). The bytes got back must decode strictly in the
    declared set, not as UTF-8 (a UTF-8 page read twice), and show many distinct Chinese
    characters. ISO-8859-15 is tried first: its text may encode in Windows-1252 too (€, Š,
    Ž… at other bytes), while a Chinese page read as Windows-1252 shows ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ (bytes
    frequent in GBK), which ISO-8859-15 lacks; the distinct characters asked for keep the
    few short texts that could be either out.

    >>> page = "<meta charset=gbk><p>船长“人为失误”导致游轮在意大利附近海域搁浅，公司首席执行官认定责任</p>"
    >>> saved = page.encode("gbk").decode("iso8859-15").encode("utf-8")
    >>> raw, charset = undo_double_decoding(saved, "gbk")
    >>> raw.decode(charset) == page, charset
    (True, 'gbk')
    >>> undo_double_decoding(page.encode("utf-8"), "gbk"), undo_double_decoding("<p>café</p>".encode(), "gbk")
    (None, None)
    """
    if not declared or body.isascii() or canonical_encoding(declared) not in _CHINESE:
        return None
    try:  # (most pages of this kind are UTF-8 Chinese misdeclared: seen in their first bytes)
        head = codecs.getincrementaldecoder("utf-8")().decode(body[:_PIECE], final=False)
    except UnicodeDecodeError:
        return None
    if _CJK_RE.search(head):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    high = len(text) - len(text.encode("ascii", "ignore"))
    if sum(map(len, _LONG_RUN_RE.findall(text))) * 2 < high or _CJK_RE.search(text):
        return None
    for western in _MISTAKEN_FOR:
        try:
            raw = text.encode(western)
        except UnicodeEncodeError:
            continue
        try:
            restored = raw.decode(declared)
        except UnicodeError:
            continue
        if not decodes(raw, "utf-8"):
            shown = "".join(_CJK_RE.findall(restored))
            if len(set(shown)) >= RESTORED_MIN_CHARACTERS:
                return raw, canonical_encoding(declared)
    return None


def decodes(body: bytes, encoding: str) -> bool:
    """Whether ``body.decode(encoding)`` succeeds, checked 16 KiB at a time: a page decoded
    whole is one more copy of it, of four bytes a character once a single one lies outside
    the BMP (an emoji in a page of 2.6 MB: 6 ms, against 0.4 ms in pieces).

    >>> decodes("计量".encode(), "utf-8"), decodes("计量".encode()[:-1], "utf-8")
    (True, False)
    >>> decodes("计量".encode("utf-16-le"), "utf-16"), decodes(b"eA==", "base64")
    (True, False)
    """
    if not body:
        return True  # (as bytes.decode has it, whatever the name)
    if (codec := _text_codec(encoding)) is None:
        return False  # no codec, or base64, zlib…: bytes.decode refuses them
    try:
        decoder = codec.incrementaldecoder()
        view = memoryview(body)
        for start in range(0, len(body), _PIECE):
            decoder.decode(view[start : start + _PIECE])
        decoder.decode(b"", final=True)
        return True
    except UnicodeError:  # (the "undefined" codec raises a plain UnicodeError)
        pass
    try:  # a whole decoding may take what pieces refuse: UTF-16 without a byte-order mark
        body.decode(encoding)
    except UnicodeError:
        return False
    return True


_PIECE = 16384


# Python's codecs that decode text but are no character set a page is written in: escape
# notations (a page's own backslashes would become characters), UTF-7 (which browsers refuse),
# the codecs of host names
_NOT_WEB = frozenset(
    {"unicode-escape", "raw-unicode-escape", "utf-7", "punycode", "idna", "undefined"}
)


def _web_encoding(name: str) -> bool:
    """A character set a page may be written in (not base64, rot-13, zlib, unicode-escape…).

    >>> [_web_encoding(n) for n in ("gb18030", "cp1252", "base64", "unicode-escape", "undefined")]
    [True, True, False, False, False]
    """
    codec = _text_codec(name)
    return codec is not None and codec.name not in _NOT_WEB


def _text_codec(name: str) -> codecs.CodecInfo | None:
    """Python's codec of that name if it decodes bytes to text (not base64, rot-13, zlib)."""
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    return codec if getattr(codec, "_is_text_encoding", True) else None


def canonical_encoding(encoding: str) -> str:
    """Python's name of a character set (``gb2312`` for ``GB2312``, ``utf-8`` for ``utf8``),
    or the name as given when Python knows none by it.

    >>> canonical_encoding("UTF8"), canonical_encoding("x-unknown"), canonical_encoding("gbk\\x00")
    ('utf-8', 'x-unknown', 'gbk\\x00')
    """
    try:
        return codecs.lookup(encoding).name
    except (LookupError, ValueError):  # (a name with a NUL in it raises ValueError)
        return encoding


# the Big5 sets: HKSCS is the Encoding Standard's Big5 (① at C6A1, as browsers show it)
_BIG5_FAMILY = ("big5hkscs", "cp950", "big5")


def _cp950_kana(body: bytes) -> bool:
    """Whether the first pair Big5-HKSCS cannot read is a kana of code page 950 (C6A1-C7FC)."""
    try:
        body.decode("big5hkscs")
    except UnicodeDecodeError as error:
        lead, trail = body[error.start : error.start + 2].ljust(2, b"\0")
        return (lead == 0xC6 and trail >= 0xA1) or (lead == 0xC7 and trail <= 0xFC)
    return False


def choose_encoding(
    body: bytes, current: str | Callable[[], str], declared: str | None, candidates: list[str]
) -> str:
    """The encoding to decode ``body`` with: ``current`` unless it is wrong for the bytes.

    Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares (GBK text
    is almost never valid UTF-8, while UTF-8 bytes often "decode" as GB18030).
    ``current`` may be a function that gives it: a response that declares no encoding
    infers one by decoding its body several times (15 ms for a page of 2.5 MB), and most
    pages are UTF-8, which needs no such guess.

    >>> choose_encoding("计量".encode(), "gb18030", "gb2312", ["utf-8", "gb18030"])
    'utf-8'
    >>> choose_encoding("计量".encode("gbk"), "cp1252", None, ["utf-8", "gb18030"])
    'gb18030'
    >>> choose_encoding("计量".encode("gbk"), "gb18030", "gb2312", ["utf-8", "gb18030"])
    'gb18030'
    >>> choose_encoding("计量网".encode("gbk")[:-1] + "站".encode("gbk"), "cp1252", None, ["utf-8", "gb18030"])
    'gb18030'
    >>> choose_encoding("“officials said” at the café".encode("cp1252"), "cp1252", None, ["utf-8", "gb18030"])
    'cp1252'
    >>> choose_encoding("“Wait…” — ação".encode("cp1252"), "cp1252", None, ["utf-8", "gb18030"])
    'cp1252'
    >>> choose_encoding("中国计量网，计量行业门户".encode("gbk"), "cp1252", None, ["utf-8", "gb18030"])
    'gb18030'
    >>> choose_encoding("台灣にぎやか".encode("cp950"), "big5hkscs", "big5hkscs", ["utf-8", "gb18030"])
    'cp950'
    >>> choose_encoding("①台灣の計量".encode("big5hkscs"), "big5hkscs", "big5hkscs", ["utf-8", "gb18030"])
    'big5hkscs'
    >>> choose_encoding("佢哋嘅計量".encode("big5hkscs"), "big5hkscs", "big5hkscs", ["utf-8", "gb18030"])
    'big5hkscs'
    >>> hk = "①".encode("big5hkscs") + "€30".encode("cp950")  # (Big5-HKSCS has no €)
    >>> choose_encoding(hk, "big5hkscs", "big5hkscs", ["utf-8", "gb18030"])
    'big5hkscs'
    """
    if not body.isascii() and decodes(body, "utf-8"):
        return "utf-8"
    current = canonical_encoding(current if isinstance(current, str) else current())
    if not _web_encoding(current):
        current = "utf-8"  # <meta charset="base64">: no character set; decoding with it raised
    if body.isascii():
        return current
    if declared and current not in _WESTERN and decodes(body, current):
        return current
    if current in _BIG5_FAMILY:
        # a page in Big5 that the web's Big5 (HKSCS, as browsers read it) fails on: one
        # written as Windows' code page 950 writes its kana (に) is that; another keeps the
        # web's Big5, its few failing pairs (€) lost, not GB18030's garbage
        return "cp950" if _cp950_kana(body) and decodes(body, "cp950") else current
    if _western(body):
        # single-byte western text (an English page's “quotes” in Windows-1252), which
        # GB18030 would turn into Chinese characters
        return "cp1252" if decodes(body, "cp1252") else "latin-1"
    for candidate in candidates:
        if decodes(body, candidate):
            return canonical_encoding(candidate)
    # Cut-apart bytes are common on old Chinese pages: a candidate that fails on a
    # handful of bytes is still the page's encoding (the damage becomes U+FFFD).
    errors = {c: body.decode(c, errors="replace").count("\ufffd") for c in candidates}
    best = min(candidates, key=errors.__getitem__, default=None)
    if best and errors[best] <= max(3, len(body) // 1000):
        return canonical_encoding(best)
    return current


class EncodingFixMiddleware:
    def __init__(self, candidates: list[str], crawler: Crawler) -> None:
        self.candidates = candidates
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EncodingFixMiddleware:
        candidates = crawler.settings.getlist("PORTAL_ENCODINGS")
        return cls(candidates, crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        body = response.body
        declared = (
            read_bom(body)[0]
            or http_content_type_encoding(
                response.headers.get("Content-Type", b"").decode("latin-1")
            )
            or html_body_declared_encoding(body)
        )
        if restored := undo_double_decoding(body, declared):
            raw, charset = restored
            self._inc("portal/encoding/double_decoded")
            logger.info(
                "%s is %s decoded as a western charset: its bytes restored", response.url, declared
            )
            return response.replace(body=raw, encoding=charset)
        chosen = choose_encoding(body, response.encoding, declared, self.candidates)
        if chosen == canonical_encoding(response.encoding):
            if not decodes(body, chosen):
                self._inc("portal/encoding/undecodable")
                logger.warning(
                    "%s does not decode as %s; damaged bytes kept as U+FFFD", response.url, chosen
                )
            return response
        self._inc("portal/encoding/fixed")
        logger.info("%s declared %s, decoded as %s", response.url, declared or "nothing", chosen)
        return response.replace(encoding=chosen)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(key)


class CompressedBodyEncodingMiddleware:
    """Spare Scrapy a charset detection on gzip bytes.

    ``HttpCompressionMiddleware`` builds the decompressed response with
    ``response.replace(..., encoding=None)``, and ``replace`` still evaluates the
    old response's ``encoding`` first: for a compressed page without a charset in
    its header, that runs charset detection over compressed bytes, ~10% of a
    crawl's CPU in our profile. Placed just before it (591), this marks such a
    response with a placeholder encoding; the decompressed response's encoding is
    worked out from scratch as usual.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, TextResponse) and response.headers.get(b"Content-Encoding"):
            response._encoding = "latin-1"  # never used to decode: replaced on decompression
        return response
