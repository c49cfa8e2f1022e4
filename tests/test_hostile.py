"""End to end against a hostile server (:mod:`tests.hostile`): nothing read that should not be,
nothing lost silently, resources bounded.

One crawl of the hostile site and one incremental run after it, shared by the tests.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_crawl
from tests.hostile import PARAGRAPH

SECRET = "424242424242"


class HostileServer:
    def __init__(self, secret: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.hostile", "--port", "0", "--secret", str(secret)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = self.proc.stdout.readline().strip()
        assert self.url.startswith("http://"), "the hostile server did not start"

    def hits(self) -> dict:
        with urllib.request.urlopen(self.url + "__hits__", timeout=10) as answer:
            return json.load(answer)

    def stop(self) -> None:
        self.proc.stdin.close()  # the server ends with its stdin
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    secret = tmp_path_factory.mktemp("secret") / "secret.txt"
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    server = HostileServer(secret)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def crawls(hostile, tmp_path_factory):
    """The first run, the hits after it, then an incremental run (with a dead run's scratch
    folder left in STATE_DIR) and the hits after that."""
    out = tmp_path_factory.mktemp("hostile")
    args = ("-s", "PAGINATION_MAX_PAGES=8", "-s", f"WARC_PATH={out / 'warc'}")
    first = run_crawl(out, hostile.url, *args, run="first")
    hits_first = hostile.hits()
    (out / "state" / "run-999999999").mkdir(parents=True)  # no such process
    second = run_crawl(out, hostile.url, *args, run="second")
    return out, first, hits_first, second, hostile.hits()


def _errors(db_path: Path) -> dict[str, str]:
    db = sqlite3.connect(db_path)
    try:
        return {url: kind for url, kind in db.execute("SELECT url, kind FROM errors")}
    finally:
        db.close()


def _articles(db_path: Path) -> dict[str, sqlite3.Row]:
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    try:
        return {row["url"]: row for row in db.execute("SELECT * FROM articles")}
    finally:
        db.close()


def test_the_crawl_finishes_and_logs_no_traceback(crawls):
    _, first, _, second, _ = crawls
    for run in (first, second):
        assert run.stats["finish_reason"] == "finished", run.log[-3000:]
        assert "Traceback" not in run.log, run.log[-3000:]


def test_no_local_file_is_read_and_no_other_host_is_asked(crawls, hostile):
    out, first, hits, _, _ = crawls
    assert hits["bystander"] == [], "another host was contacted"
    assert hits["hosts"] == [], "a request went out under another host name"
    stored = first.jsonl.read_bytes() + first.sqlite.read_bytes()
    warcs = b"".join(gzip.decompress(p.read_bytes()) for p in (out / "warc").glob("*.warc.gz"))
    assert warcs, "WARC capture wrote nothing"
    for name, data in (
        ("JSON Lines", first.jsonl.read_bytes()),
        ("SQLite", stored),
        ("WARC", warcs),
    ):
        assert SECRET.encode() not in data, f"the local file reached the {name} output"
    errors = _errors(first.sqlite)
    assert any(url.startswith("file://") and kind == "bad_scheme" for url, kind in errors.items())
    assert first.stats["portal/refused/bad_scheme"] >= 1
    assert first.stats["portal/refused/offsite"] >= 1


@pytest.mark.parametrize(
    "path, kind",
    [
        ("traps/13.html", "offsite_redirect"),  # an article redirected to another host
        ("traps/14.html", "offsite_redirect"),  # a split article whose page 2 does
        ("plus/count.php?view=yes&aid=12", "offsite_redirect"),  # an on-site counter does
        ("traps/29.html", "offsite_redirect"),  # to http://[x]/: no host to read
        ("traps/15.html", "redirect_loop"),
        ("traps/16.html", "redirect_loop"),
        ("traps/17.html", "not_article"),  # redirected to a list page
        ("traps/18.html", "not_html"),  # PNG
        ("traps/19.html", "not_html"),  # PDF
        ("traps/20.html", "not_html"),  # empty
        ("traps/21.html", "not_html"),  # NUL bytes
        ("traps/22.html", "too_large"),  # gzip bomb
        ("traps/23.html", "too_large"),  # 20 MB page
        ("traps/24.html", "too_large"),  # 3 MB article text
        ("traps/27.html", "too_large"),  # streamed without a length, never ending
    ],
)
def test_a_page_that_gives_no_article_is_recorded_with_its_kind(crawls, hostile, path, kind):
    first = crawls[1]
    errors = _errors(first.sqlite)
    assert errors.get(hostile.url + path) == kind, {u: k for u, k in errors.items() if path in u}


def test_an_article_naming_hosts_no_parser_reads_is_stored_without_them(crawls, hostile):
    """<img src="http://[x]/a.jpg">, <a href="http://[x]/a.pdf">: urljoin raises on them; the
    article is stored, with neither the picture nor the attachment."""
    row = _articles(crawls[1].sqlite)[f"{hostile.url}traps/28.html"]
    assert row["body"].count(PARAGRAPH) == 2
    assert "[x]" not in (row["images"] or "") + (row["attachments"] or "")


def test_a_page_naming_a_codec_that_is_no_character_set_is_read(crawls, hostile):
    """charset=base64 in the header, rot13 in <meta>: decoding with either raised; the page
    is ASCII, read as UTF-8."""
    row = _articles(crawls[1].sqlite)[f"{hostile.url}traps/30.html"]
    assert row["title"] == "Trap thirty, in plain ASCII" and "council met" in row["body"]


def test_refused_counters_leave_the_article_without_views(crawls, hostile):
    first = crawls[1]
    articles = _articles(first.sqlite)
    for n in (10, 11, 12):
        row = articles[f"{hostile.url}traps/{n}.html"]
        assert row["views"] is None and row["title"] == f"第{n}号测试文章"


def test_values_no_store_can_hold_become_no_value(crawls, hostile):
    first = crawls[1]
    articles = _articles(first.sqlite)
    assert articles[hostile.url + "good/4.html"]["views"] is None  # 99999999999999999999
    assert articles[hostile.url + "good/5.html"]["views"] == 999_999_999_999_990_000  # exact
    assert articles[hostile.url + "good/6.html"]["published_at"] is None  # the year 9999
    assert first.stats["portal/invalid/views"] == 1


def test_sqlite_and_json_lines_hold_the_same_articles(crawls):
    _, first, _, second, _ = crawls
    lines = [
        json.loads(line)["url"] for line in first.jsonl.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) == len(set(lines))
    assert sorted(lines) == sorted(_articles(second.sqlite))


def test_an_article_moved_to_a_list_page_has_the_list_walked(crawls, hostile):
    articles = _articles(crawls[1].sqlite)
    assert {hostile.url + "moved/30.html", hostile.url + "moved/31.html"} <= set(articles)


def test_pagers_stop_by_themselves(crawls):
    _, first, hits, _, _ = crawls
    endless = [p for p in hits["paths"] if p.startswith("/endless/list_")]
    assert len(endless) <= 4, sorted(endless)  # three pages in a row with nothing new
    assert first.stats["portal/pagination/stopped/stale"] == 1
    deep = [p for p in hits["paths"] if p.startswith("/deep/list_")]
    assert len(deep) == 7, sorted(deep)  # PAGINATION_MAX_PAGES=8, the first page included
    assert first.stats["portal/pagination/stopped/cap"] == 1
    assert "PAGINATION_MAX_PAGES (8) list pages walked" in first.log


def test_memory_stays_bounded_under_a_gzip_bomb_and_a_huge_page(crawls):
    first = crawls[1]
    assert first.stats["memusage/max"] < 500 * 1024 * 1024


def test_a_second_run_does_not_fetch_again_what_gave_no_article(crawls):
    _, _, before, second, after = crawls
    for n in (13, 15, 17, 18, 19, 20, 21, 22, 23, 24, 27):
        path = f"/traps/{n}.html"
        assert after["paths"].get(path) == before["paths"].get(path), path
    assert after["bystander"] == []
    assert second.stats["finish_reason"] == "finished"


def test_scratch_folders_are_removed_and_a_dead_runs_swept(crawls):
    out = crawls[0]
    assert list((out / "state").iterdir()) == []


def test_jobdir_runs_and_resumes(hostile, tmp_path):
    # the spider's store handle is not Scrapy's ``spider.state``, which JOBDIR pickles
    args = ("-s", f"JOBDIR={tmp_path / 'job'}", "-a", "sections=good")
    for run in ("first", "second"):
        result = run_crawl(tmp_path, hostile.url, *args, run=run)
        assert result.stats["finish_reason"] == "finished", result.log[-3000:]
        for sign in ("cannot pickle", "EOFError", "Traceback"):
            assert sign not in result.log, result.log[-3000:]
    assert (tmp_path / "job" / "spider.state").exists()


def test_sweep_leaves_live_runs_alone(tmp_path):
    from crawler.scratch import sweep

    live = [tmp_path / f"run-{os.getpid()}", tmp_path / "run-1"]  # this process, and init
    dead = tmp_path / "run-999999999"
    for folder in (*live, dead):
        folder.mkdir()
    (tmp_path / "dedupe-abc123.sqlite").write_bytes(b"")  # left by an older version
    removed = sweep(tmp_path)
    assert sorted(p.name for p in removed) == ["dedupe-abc123.sqlite", "run-999999999"]
    assert all(folder.exists() for folder in live)
