"""Portals of other CMS families (the replica's ``--family trs|phpcms``) crawled completely
from a profile holding only a start URL, or one ``scrapy profile draft`` wrote."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.dev.replica.process import ReplicaProcess
from crawler.dev.summary import compare_with_truth
from tests.conftest import run_crawl, run_scrapy


@pytest.fixture(params=["trs", "phpcms"])
def family(request):
    with ReplicaProcess(articles=30, family=request.param) as replica:
        yield request.param, replica.url, list(replica.truth())


def test_a_start_url_alone_crawls_the_family_right_on_every_field(family, tmp_path):
    # TRS: script pagers for lists and split articles, index tables, attachments;
    # PHPCMS: pseudo-static root URLs with small ids, a pager of bare numbers, GBK, its counter
    name, url, truth = family
    profile = tmp_path / f"{name}.toml"
    profile.write_text(f'name = "{name}"\nstart_url = "{url}"\n', encoding="utf-8")
    result = run_crawl(tmp_path, url, "-a", f"profile={profile}")
    assert result.stats["finish_reason"] == "finished", result.log[-3000:]
    report = compare_with_truth(result.sqlite, truth)
    assert (report["missing"], report["extra"]) == ([], [])
    assert report["exact"] == len(truth), report["mismatches"]
    assert any(record["pages"] > 1 for record in truth)  # split articles were joined
    if name == "trs":
        assert any(record["attachments"] for record in truth)
        assert any(record["doc_number"] for record in truth)


def _draft(url: str, out) -> str:
    proc = run_scrapy(
        "profile", "draft", url, "-o", str(out),
        "-s", "ROBOTSTXT_OBEY=False", "-s", "DOWNLOAD_DELAY=0", text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


def _stored(result) -> list[str]:
    db = sqlite3.connect(result.sqlite)
    try:
        return sorted(u for (u,) in db.execute("SELECT url FROM articles"))
    finally:
        db.close()


def test_a_drafted_profile_crawls_its_family_completely(family, tmp_path):
    name, url, truth = family
    text = _draft(url, tmp_path / "draft.toml")
    assert f'extends = "{name}"' in text and "body 3/3" in text
    result = run_crawl(tmp_path, url, "-a", f"profile={tmp_path / 'draft.toml'}")
    assert _stored(result) == sorted(record["url"] for record in truth)


def test_a_drafted_profile_crawls_the_dedecms_replica_completely(tmp_path):
    # a replica of its own: the session's is kept for the counters' first answers
    with ReplicaProcess(articles=60, seed=5) as replica:
        truth = [record["url"] for record in replica.truth()]
        text = _draft(replica.url, tmp_path / "draft.toml")
        assert 'extends = "dedecms"' in text
        result = run_crawl(tmp_path, replica.url, "-a", f"profile={tmp_path / 'draft.toml'}")
    assert _stored(result) == sorted(truth)


def test_attachments_are_downloaded_with_files_store(tmp_path):
    with ReplicaProcess(articles=12, family="trs") as replica:
        profile = tmp_path / "trs.toml"
        profile.write_text(f'name = "trs"\nstart_url = "{replica.url}"\n', encoding="utf-8")
        files = tmp_path / "files"
        result = run_crawl(
            tmp_path, replica.url, "-a", f"profile={profile}", "-s", f"FILES_STORE={files}"
        )
    db = sqlite3.connect(result.sqlite)
    stored = [json.loads(a) for (a,) in db.execute("SELECT attachments FROM articles")]
    db.close()
    downloaded = [a for attachments in stored for a in attachments]
    assert downloaded and result.stats["portal/attachments/downloaded"] == len(downloaded)
    for attachment in downloaded:
        assert (files / attachment["path"]).read_bytes().startswith(b"%PDF")
        assert len(attachment["checksum"]) == 32


@pytest.mark.parametrize("name", ["trs", "phpcms"])
def test_scrapy_demo_crawls_a_family_replica_right_on_every_field(name, tmp_path):
    proc = run_scrapy(
        "demo", "--family", name, "--articles", "30", "--out", str(tmp_path), text=True
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "ground truth: 30/30 articles right on every field, 0 missing, 0 extra" in proc.stdout
