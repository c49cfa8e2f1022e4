"""EncodingFixMiddleware on responses whose declared charset is wrong or missing."""

from __future__ import annotations

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler

from crawler.middlewares import EncodingFixMiddleware, decodes
from crawler.pages import extract_page
from tests.conftest import project_crawler

PAGE = "<html><head>{meta}</head><body><h1>中国计量网：计量行业门户网站</h1></body></html>"


def _run(body: bytes, content_type: str | None):
    crawler = project_crawler(Spider)
    mw = build_from_crawler(EncodingFixMiddleware, crawler)
    headers = {"Content-Type": content_type} if content_type else {}
    response = HtmlResponse("http://x/a.html", body=body, headers=headers)
    return mw.process_response(Request(response.url), response), crawler.stats


def test_correct_declaration_is_kept():
    out, stats = _run(
        PAGE.format(meta='<meta charset="gb2312">').encode("gbk"), "text/html; charset=gb2312"
    )
    assert out.encoding == "gb18030" and "中国计量网" in out.text
    assert stats.get_value("portal/encoding/fixed") is None


def test_utf8_page_declared_gb2312_is_mended():
    out, stats = _run(
        PAGE.format(meta='<meta charset="gb2312">').encode("utf-8"), "text/html; charset=gb2312"
    )
    assert out.encoding == "utf-8" and "中国计量网" in out.text
    assert stats.get_value("portal/encoding/fixed") == 1


def test_gbk_page_without_any_declaration_is_not_read_as_western():
    out, _ = _run(PAGE.format(meta="").encode("gbk"), "text/html")
    assert "中国计量网" in out.text


def test_gbk_page_declared_latin1_is_mended():
    out, _ = _run(PAGE.format(meta="").encode("gbk"), "text/html; charset=iso-8859-1")
    assert "中国计量网" in out.text


def test_an_english_page_in_windows_1252_without_declaration_stays_western():
    """Curly quotes and accents alone among ASCII bytes: single-byte western text, which
    GB18030 would "decode" into Chinese characters (“o became 搊)."""
    page = "<html><body><p>“Officials said” the café stays open.</p></body></html>"
    out, _ = _run(page.encode("cp1252"), "text/html")
    assert "“Officials said” the café" in out.text
    gbk_declared_western = PAGE.format(meta="").encode("gbk")  # pairs of high bytes: Chinese
    out, _ = _run(gbk_declared_western, "text/html; charset=windows-1252")
    assert "中国计量网" in out.text


def test_bytes_no_encoding_reads_decode_the_same_in_a_crawl_and_from_a_saved_page():
    """Bytes no candidate decodes and no guess reads: the crawl keeps Scrapy's last resort
    ("ascii", every byte above ASCII a U+FFFD, counted as damage); a saved page the same, not
    read as Windows-1252 (which a response told "ascii" would do) with no damage counted."""
    from crawler.pages import extract_page

    body = b"<title>\xa9\xff\xd1\xc6\x8c\xb2\x87\xc1\x96\xff\xa1e\x9e</title>"
    crawled, _ = _run(body, "text/html")
    saved = extract_page(body, "http://example.invalid/a.html")
    assert crawled.text.count("\ufffd") == 12
    assert saved.title == "\ufffd" * 11 + "e\ufffd" and saved.text_damaged == 12


def test_a_saved_page_of_ascii_bytes_gets_the_encoding_and_text_scrapy_infers():
    """A saved page of ASCII bytes that declares no set is told the set Scrapy would infer
    (``response_from_bytes`` skips the guess, which decodes the whole page): set and text as
    Scrapy's for pages that declare one early, late (past what is read of the head) or none."""
    import random

    from scrapy.http import HtmlResponse

    from crawler.pages import response_from_bytes

    pieces = [
        b"<p>", b"</p>", b" ", b"\n", b"a", b"&#35745;", b"<meta charset=gbk>",
        b'<meta http-equiv="Content-Type" content="text/html; charset=big5">', b"x" * 5000,
        b"<meta charset=utf-8>", b"<?xml version='1.0' encoding='latin-1'?>", b"\x00",
    ]  # fmt: skip
    rng = random.Random(5)
    for _ in range(400):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for charset in (None, "utf-8", "cp1252"):
            ours = response_from_bytes(body, "http://example.invalid/a.html", charset)
            header = {"Content-Type": f"text/html; charset={charset}" if charset else "text/html"}
            scrapys = HtmlResponse("http://example.invalid/a.html", body=body, headers=header)
            assert (ours.encoding, ours.text) == (scrapys.encoding, scrapys.text), (body, charset)


def test_bytes_decode_in_pieces_as_they_decode_whole():
    """``decodes`` checks a page 16 KiB at a time: a character cut by a piece's end, a broken
    one there, a stateful codec, a truncated end, UTF-16 without a byte-order mark, a codec of
    bytes (base64) must all be judged as ``bytes.decode`` judges them."""
    import random

    texts = ["计量检定" * 3, "a", "😀", "\u3000", "é"]
    written = {"utf-16": "utf-16-le", "utf-32": "utf-32-le"}  # no byte-order mark
    rng = random.Random(4)
    for _ in range(300):
        text = "".join(rng.choice(texts) for _ in range(rng.randint(0, 9000)))
        for encoding in ("utf-8", "gb18030", "big5", "utf-16", "utf-32", "iso2022_jp", "cp1252"):
            body = text.encode(written.get(encoding, encoding), errors="ignore")
            cut = rng.randint(0, len(body))  # a byte dropped, anywhere
            for candidate in (body, body[:cut] + body[cut + 1 :], body[:cut]):
                for codec in (encoding, "base64", "rot13"):
                    try:
                        whole = bool(candidate.decode(codec)) or True
                    except (UnicodeError, LookupError):
                        whole = False
                    assert decodes(candidate, codec) == whole, (codec, cut)


# A page in GBK that someone decoded as a western charset and saved as UTF-8 (a real news page
# of zh-body-dev came so: 船长 as Ž¬³€, its text unreadable, no body found).
ARTICLE = (
    '<html><head><meta charset="gbk"><title>船长被游轮公司认定责任</title></head><body>'
    "<h1>船长被游轮公司认定责任</h1><p>游轮公司首席执行官16日认定，船长“人为失误”导致游轮搁浅。"
    "他说，航线正确，游轮偏离既定路线的唯一原因是船长在公司不知情的情形下自作主张。</p></body></html>"
)


@pytest.mark.parametrize("western", ["iso8859-15", "cp1252", "latin-1"])
def test_a_chinese_page_decoded_as_western_and_saved_as_utf8_gets_its_bytes_back(western):
    saved = ARTICLE.encode("gbk").decode(western).encode("utf-8")
    out, stats = _run(saved, "text/html")
    assert out.body == ARTICLE.encode("gbk") and "人为失误" in out.text
    assert stats.get_value("portal/encoding/double_decoded") == 1
    item = extract_page(saved, "http://news.example.cn/a/1.html")
    assert item.title == "船长被游轮公司认定责任" and "人为失误" in item.body


@pytest.mark.parametrize(
    "page",
    [
        ARTICLE,  # UTF-8 Chinese that declares GBK: UTF-8, as it is
        ARTICLE.replace("<body>", "<body><p>Café, crème brûlée — “déjà vu” à 5 €.</p>"),
        "<html><head><meta charset=gbk></head><body><p>Café, crème brûlée — “déjà vu” à 5 €. "
        "Naïve façade, jalapeño piñata, Zürich Straße.</p></body></html>",  # western text
        "<html><head><meta charset=gbk></head><body><p>As ações da informação e a educação: "
        "são questões de produção.</p></body></html>",  # accents in pairs: çã, ões decode as GBK
        # (a review's:) runs of one symbol, which decode as a GBK character or two
        "<html><head><meta charset=gb2312></head><body><p>\xa0\xa0\xa0\xa0The office will be "
        "closed on Monday.</p><p>\xa0\xa0\xa0\xa0Chapter 1 ········ 5</p><p>————</p>"
        "<p>Password: ••••••••</p><p>Home »» News »» Sports »»»» Football</p></body></html>",
        # a UTF-8 page read as Latin-1 and saved as UTF-8: its bytes back are UTF-8, not GBK
        "<html><head><meta charset=gbk></head><body><p>"
        + "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας.".encode().decode(
            "latin-1"
        )
        + "</p></body></html>",
    ],
)
def test_utf8_pages_that_declare_gbk_are_left_as_utf8(page):
    out, stats = _run(page.encode("utf-8"), "text/html")
    assert (
        out.body == page.encode("utf-8")
        and stats.get_value("portal/encoding/double_decoded") is None
    )
    assert extract_page(page.encode("utf-8"), "http://news.example.cn/a/1.html").encoding == "utf-8"


def test_a_charset_name_with_a_nul_is_no_crash():
    """(A review's:) a saved page's charset option naming no codec Python can look up."""
    assert extract_page(b"<p>x</p>", "http://news.example.cn/a/1.html", charset="gbk\x00").url
