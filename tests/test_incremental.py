"""Scheduled runs against the replica over HTTP: incremental, resumable, locked, healthy or loud."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from crawler.dev.replica.process import ReplicaProcess
from crawler.lock import RunLock
from tests.conftest import ENV, ROOT, crawl_command, run_crawl


def _rows(db_path, sql, *args):
    db = sqlite3.connect(db_path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def _stored_urls(result) -> list[str]:
    return [url for (url,) in _rows(result.sqlite, "SELECT url FROM articles")]


def _jsonl_urls(result) -> list[str]:
    return [
        json.loads(line)["url"] for line in result.jsonl.read_text(encoding="utf-8").splitlines()
    ]


def test_second_run_is_a_handful_of_requests_and_new_articles_are_picked_up(tmp_path):
    with ReplicaProcess(articles=120, seed=5) as replica:
        first = run_crawl(tmp_path, replica.url, run="first")
        assert first.returncode == 0, first.log[-2000:]
        assert first.stats["portal/articles/new"] == 120

        second = run_crawl(tmp_path, replica.url, run="second")
        assert second.returncode == 0, second.log[-2000:]
        refreshed = second.stats.get("portal/refresh/requested", 0)
        index_pages = 1 + 3 + 7  # home, channels, first list page of each section
        assert (
            second.stats["portal/index_pages"] <= index_pages + 7
        )  # at most one overlap page each
        assert (
            second.stats["downloader/request_count"]
            <= second.stats["portal/index_pages"] + 3 * refreshed
        )
        assert second.stats.get("portal/articles/new", 0) == 0
        assert second.stats["portal/pagination/stopped/known"] >= 1

        new_ids = replica.publish(6)
        third = run_crawl(tmp_path, replica.url, run="third")
        assert third.returncode == 0, third.log[-2000:]
        truth = {record["url"] for record in replica.truth()}
    assert third.stats["portal/articles/new"] == len(new_ids)
    assert sorted(_stored_urls(third)) == sorted(truth)
    jsonl = _jsonl_urls(third)
    assert sorted(jsonl) == sorted(truth) and len(jsonl) == len(set(jsonl))


def test_killed_run_then_normal_run_gives_the_full_set_exactly_once(tmp_path):
    with ReplicaProcess(articles=300, seed=6) as replica:
        cmd = crawl_command(tmp_path, replica.url, "-s", "CONCURRENT_REQUESTS=4", run="killed")
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        jsonl = tmp_path / "articles.jsonl"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if jsonl.exists() and jsonl.read_bytes().count(b"\n") >= 60:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_lines = jsonl.read_bytes().count(b"\n")
        assert 60 <= killed_lines < 300

        after = run_crawl(tmp_path, replica.url, run="after")
        truth = {record["url"] for record in replica.truth()}
    assert after.returncode == 0, after.log[-2000:]
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    urls = [json.loads(line)["url"] for line in lines]  # every line is valid JSON
    assert Counter(urls).most_common(1)[0][1] == 1
    assert set(urls) == truth
    assert sorted(_stored_urls(after)) == sorted(truth)
    assert _rows(after.sqlite, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(after.sqlite, "SELECT status FROM runs ORDER BY id") == [("killed",), ("ok",)]


def test_under_faults_every_article_is_stored_within_two_runs(tmp_path):
    fast = ("-s", "DOWNLOAD_TIMEOUT=1.5", "-s", "RETRY_BACKOFF_BASE=0.05")
    with ReplicaProcess(articles=150, seed=7, faults=0.1, hang=2.5) as replica:
        first = run_crawl(tmp_path, replica.url, *fast, run="first")
        second = run_crawl(tmp_path, replica.url, *fast, run="second")
        truth = {record["url"]: record for record in replica.truth()}
    for result in (first, second):
        assert result.stats["finish_reason"] == "finished", result.log[-2000:]
    assert sorted(_stored_urls(second)) == sorted(truth)
    errors = _rows(second.sqlite, "SELECT url, kind, reason, run_id FROM errors WHERE run_id = 1")
    recorded = sum(v for k, v in first.stats.items() if k.startswith("portal/errors/"))
    assert len(errors) == recorded > 0  # every failure for good is in the errors table
    assert all(reason for _, _, reason, _ in errors)
    still_open = _rows(
        second.sqlite, "SELECT url FROM errors WHERE resolved_run IS NULL AND kind = 'article'"
    )
    assert still_open == []
    rows = dict(_rows(second.sqlite, "SELECT url, body FROM articles"))
    assert all(rows[url] == record["body"] for url, record in truth.items())


def test_a_template_change_fails_the_run_and_names_the_field(tmp_path):
    with ReplicaProcess(articles=60, seed=8) as replica:
        assert run_crawl(tmp_path, replica.url, run="first").returncode == 0
        replica.publish(12, meta=False)  # the site drops the meta line from new articles
        broken = run_crawl(tmp_path, replica.url, run="broken")
    assert broken.returncode == 4
    assert "health check coverage/published_at failed" in broken.log
    (status, checks), *_ = _rows(broken.sqlite, "SELECT status, checks FROM runs ORDER BY id DESC")
    assert status == "failed"
    failed = {check["name"]: check for check in json.loads(checks)}
    assert "coverage/published_at" in failed and "coverage/views" in failed
    assert failed["coverage/published_at"]["samples"]
    runs = subprocess.run(
        [sys.executable, "-m", "scrapy", "runs", "-s", f"SQLITE_PATH={broken.sqlite}"],
        cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert runs.returncode == 0
    assert "failed" in runs.stdout and "coverage/published_at failed" in runs.stdout


def test_recent_articles_grow_a_views_history_and_keep_edited_versions(tmp_path):
    with ReplicaProcess(articles=40, seed=9) as replica:
        fresh = replica.publish(4)
        run_crawl(tmp_path, replica.url, run="first")
        replica.edit(fresh[0])
        second = run_crawl(tmp_path, replica.url, run="second")
    assert second.returncode == 0, second.log[-2000:]
    history = _rows(
        second.sqlite,
        "SELECT url, count(*) FROM views_history WHERE url LIKE ? GROUP BY url",
        f"%/{fresh[1]}.html",
    )
    assert history and history[0][1] == 2
    assert second.stats["portal/articles/updated"] == 1
    (old_body,), *_ = _rows(
        second.sqlite, "SELECT body FROM article_versions WHERE url LIKE ?", f"%/{fresh[0]}.html"
    )
    (new_body,), *_ = _rows(
        second.sqlite, "SELECT body FROM articles WHERE url LIKE ?", f"%/{fresh[0]}.html"
    )
    assert new_body.startswith(old_body) and new_body.endswith("（本文已于发布后更新。）")


def test_a_second_run_on_the_same_store_exits_at_once(tmp_path, replica):
    with RunLock(tmp_path / "portal.sqlite.lock"):
        started = time.monotonic()
        result = run_crawl(tmp_path, replica.url, run="second")
    assert result.returncode == 3
    assert "another run holds" in result.log
    assert time.monotonic() - started < 30
    assert not (tmp_path / "portal.sqlite").exists()


def test_a_killed_holder_does_not_leave_the_lock_stuck(tmp_path):
    lock = tmp_path / "x.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from crawler.lock import RunLock; RunLock({str(lock)!r}).acquire(); print(1, flush=True); input()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "1"
    with pytest.raises(RunLock.Locked):
        RunLock(lock).acquire()
    holder.kill()
    holder.wait()
    RunLock(lock).acquire().release()


def test_a_repair_run_on_an_up_to_date_store_succeeds(tmp_path):
    # mode=full finds nothing new where everything is stored: it re-read every article, its job
    with ReplicaProcess(articles=40, seed=2) as replica:
        first = run_crawl(tmp_path, replica.url, run="first")
        repair = run_crawl(tmp_path, replica.url, "-a", "mode=full", run="repair")
    assert first.returncode == 0, first.log[-2000:]
    assert repair.returncode == 0, repair.log[-2000:]
    assert repair.stats["portal/articles/unchanged"] == 40
    statuses = [s for (s,) in _rows(repair.sqlite, "SELECT status FROM runs ORDER BY id")]
    assert statuses == ["ok", "ok"]
