"""Portals of other CMS families crawled completely from a profile holding only a start URL."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import ROOT, run_crawl, run_scrapy


@pytest.fixture(params=["trs", "phpcms"])
def family(request):
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.families", "--family", request.param],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    url = proc.stdout.readline().strip()
    with urllib.request.urlopen(url + "__truth__", timeout=10) as answer:
        truth = json.load(answer)
    yield request.param, url, truth
    proc.stdin.close()
    proc.wait(timeout=10)


def test_a_start_url_alone_finds_every_article_and_joins_split_ones(family, tmp_path):
    name, url, truth = family
    profile = tmp_path / f"{name}.toml"
    profile.write_text(f'name = "{name}"\nstart_url = "{url}"\n', encoding="utf-8")
    result = run_crawl(tmp_path, url, "-a", f"profile={profile}")
    assert result.stats["finish_reason"] == "finished", result.log[-3000:]
    db = sqlite3.connect(result.sqlite)
    db.row_factory = sqlite3.Row
    stored = {row["url"]: row for row in db.execute("SELECT * FROM articles")}
    db.close()
    rows = {u: (r["title"], r["pages"], r["body"]) for u, r in stored.items()}
    want = {url.rstrip("/") + record["url"]: record for record in truth}
    assert sorted(rows) == sorted(want), "not every article exactly once"
    for article_url, record in want.items():
        title, pages, body = rows[article_url]
        assert (title, pages) == (record["title"], record["pages"]), article_url
        for page in range(1, record["pages"] + 1):
            assert f"第{page}页第0段" in body, f"page {page} of {article_url} not joined"
    root = url.rstrip("/")
    for record in truth:  # the government notice's index table, metadata and attachments
        row = stored[root + record["url"]]
        for name in ("published_at", "source", "doc_number", "index_number"):
            if name in record:
                assert row[name] == record[name], (name, row[name])
        if "attachments" in record:
            want = [{**a, "url": root + a["url"]} for a in record["attachments"]]
            assert json.loads(row["attachments"]) == want


def _draft(url: str, out) -> str:
    proc = run_scrapy(
        "profile", "draft", url, "-o", str(out),
        "-s", "ROBOTSTXT_OBEY=False", "-s", "DOWNLOAD_DELAY=0", text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


def test_a_drafted_profile_crawls_its_family_completely(family, tmp_path):
    name, url, truth = family
    text = _draft(url, tmp_path / "draft.toml")
    assert f'extends = "{name}"' in text and "body 3/3" in text
    result = run_crawl(tmp_path, url, "-a", f"profile={tmp_path / 'draft.toml'}")
    db = sqlite3.connect(result.sqlite)
    urls = sorted(u for (u,) in db.execute("SELECT url FROM articles"))
    db.close()
    assert urls == sorted(url.rstrip("/") + record["url"] for record in truth)


def test_a_drafted_profile_crawls_the_dedecms_replica_completely(replica, truth, tmp_path):
    text = _draft(replica.url, tmp_path / "draft.toml")
    assert 'extends = "dedecms"' in text
    result = run_crawl(tmp_path, replica.url, "-a", f"profile={tmp_path / 'draft.toml'}")
    db = sqlite3.connect(result.sqlite)
    urls = sorted(u for (u,) in db.execute("SELECT url FROM articles"))
    db.close()
    assert urls == sorted(truth)


def test_attachments_are_downloaded_with_files_store(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.families", "--family", "trs"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    url = proc.stdout.readline().strip()
    try:
        profile = tmp_path / "trs.toml"
        profile.write_text(
            f'name = "trs"\nstart_url = "{url}"\nextends = "trs"\n', encoding="utf-8"
        )
        files = tmp_path / "files"
        result = run_crawl(tmp_path, url, "-a", f"profile={profile}", "-s", f"FILES_STORE={files}")
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    assert result.stats["portal/attachments/downloaded"] == 2, result.log[-2000:]
    db = sqlite3.connect(result.sqlite)
    (stored,) = [
        json.loads(a)
        for (a,) in db.execute("SELECT attachments FROM articles WHERE attachments != '[]'")
    ]
    db.close()
    for attachment in stored:
        assert (files / attachment["path"]).read_bytes()[:2] in (b"%P", b"PK")
        assert len(attachment["checksum"]) == 32
