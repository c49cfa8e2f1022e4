"""Golden pages: saved replica pages (GBK bytes) against expected JSON, one assertion per field."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from crawler.pages import extract_page

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected.json").exists())
FIELDS = [
    "url", "title", "published_at", "published_raw", "author", "source",
    "views", "body", "breadcrumb", "section", "text_damaged", "images",
]  # fmt: skip


def _extract(case: str) -> dict:
    folder = GOLDEN / case
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return asdict(
        extract_page((folder / "page.html").read_bytes(), meta["url"], charset=meta["charset"])
    )


def _expected(case: str) -> dict:
    return json.loads((GOLDEN / case / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("case", "field"),
    [(case, field) for case in CASES for field in FIELDS if field in _expected(case)],
)
def test_golden_field(case, field):
    assert _extract(case)[field] == _expected(case)[field]


def test_golden_pages_are_gbk_bytes_declaring_gb2312():
    for case in CASES:
        raw = (GOLDEN / case / "page.html").read_bytes()
        assert b"charset=gb2312" in raw or b'charset="gb2312"' in raw
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")


def test_sample_page_as_portal_md_says():
    """PORTAL.md: what the crawl must produce for the sample page."""
    item = _extract("sample_traditional")
    assert item["title"] == "质检总局计量司联系点工作探索新模式"
    assert item["published_at"] == "2011-12-30"
    assert item["author"] is None and item["source"] is None
    assert item["views"] == 1377511
    assert item["breadcrumb"] == "首页 > 新闻 > 热点聚焦"
    assert item["body"].startswith("“博罗局全力争取国家、省、市局在经费")
    assert item["body"].endswith("成为遂宁市第一个通过该项认证的县级局。")
    for furniture in ("中国计量网", "发布时间", "分享到", "会员注册", "找回密码", "(jì)"):
        assert furniture not in item["body"]
    assert "燃?" in item["body"]  # damage stays visible ...
    assert item["text_damaged"] > 0  # ... and is recorded
