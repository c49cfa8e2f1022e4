"""The project's commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import ROOT, run_scrapy

GOLDEN = Path(__file__).parent / "golden"


def _scrapy(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return run_scrapy(*args, stdin=stdin)


def test_extract_prints_one_utf8_json_object():
    page = GOLDEN / "sample_traditional" / "page.html"
    proc = _scrapy(
        "extract", str(page), "--url", "http://www.chinajl.com.cn/redianjujiao/1087.html"
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"\\u" not in proc.stdout
    item = json.loads(proc.stdout)
    assert item["title"] == "质检总局计量司联系点工作探索新模式"
    assert item["views"] == 1377511


def test_extract_site_names_the_profile_for_a_page_saved_without_its_url():
    page = GOLDEN / "sample_traditional" / "page.html"
    proc = _scrapy("extract", str(page), "--site", "chinajl")
    assert proc.returncode == 0, proc.stderr.decode()
    item = json.loads(proc.stdout)
    assert item["url"].startswith("file://")
    assert item["title"] == "质检总局计量司联系点工作探索新模式"
    assert not (ROOT / "chinajl").exists()  # Scrapy's own --profile writes its stats there


def test_extract_reads_stdin():
    page = (GOLDEN / "dede2008_inline" / "page.html").read_bytes()
    proc = _scrapy("extract", "-", "--url", "http://x/difangjiliang/1002.html", stdin=page)
    assert json.loads(proc.stdout)["url"] == "http://x/difangjiliang/1002.html"


def test_extract_list_survives_a_bad_page(tmp_path):
    (tmp_path / "ok.html").write_bytes((GOLDEN / "cms2015_source_first" / "page.html").read_bytes())
    lines = [
        {
            "id": "a",
            "file": "ok.html",
            "url": "http://x/jiliangshihua/1101.html",
            "charset": "gb2312",
        },
        {"id": "b", "file": "missing.html"},
        {"id": "c", "file": "ok.html"},
    ]
    listing = tmp_path / "pages.jsonl"
    listing.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    proc = _scrapy("extract", "--list", str(listing))
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[0]["source"] and "error" in out[1] and out[2]["title"] == out[0]["title"]
    assert proc.returncode == 1  # the batch finished, and says something failed


def test_demo_crawls_the_replica_and_summarizes(tmp_path):
    proc = _scrapy("demo", "--articles", "60", "--out", str(tmp_path / "demo"))
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()[-2000:]
    assert "articles stored: 60" in out
    assert "ground truth: 60/60 articles right on every field, 0 missing, 0 extra" in out
    assert (tmp_path / "demo" / "portal.sqlite").exists()
