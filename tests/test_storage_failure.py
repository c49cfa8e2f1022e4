"""A write that fails fails the run: a real full disk (a 2 MB tmpfs) under a crawl of the replica.

Needs root and ``mount`` (CI runs as root); skipped with the reason elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.conftest import run_crawl

EXIT_STORAGE_FAILED = 5


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs at ``tmp_path/disk``, unmounted after the test."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    disk = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    disk.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def _stored(out: Path) -> tuple[list[str], list[str]]:
    """URLs in SQLite and in JSON Lines."""
    db = sqlite3.connect(out / "portal.sqlite")
    try:
        rows = [url for (url,) in db.execute("SELECT url FROM articles")]
    finally:
        db.close()
    jsonl = out / "articles.jsonl"
    text = jsonl.read_text(encoding="utf-8") if jsonl.exists() else ""
    return rows, [json.loads(line)["url"] for line in text.splitlines()]


def _runs(out: Path) -> list[str]:
    db = sqlite3.connect(out / "portal.sqlite")
    try:
        return [status for (status,) in db.execute("SELECT status FROM runs ORDER BY id")]
    finally:
        db.close()


@pytest.mark.parametrize("batch", ["500", "50"])
def test_a_full_disk_fails_the_run_and_a_healthy_disk_finishes_the_work(
    small_disk, tmp_path, replica, truth, batch
):
    args = ("-s", f"SQLITE_BATCH_SIZE={batch}")
    logs = tmp_path / "logs"  # an operator's logs go elsewhere (journald): not on the full disk
    logs.mkdir()
    full = run_crawl(small_disk, replica.url, *args, run="full", logs=logs)
    assert full.returncode == EXIT_STORAGE_FAILED, full.log[-3000:]
    assert "storage failed" in full.log
    rows, lines = _stored(small_disk)
    assert sorted(rows) == sorted(lines), "SQLite and JSON Lines disagree on what was stored"
    assert len(rows) < len(truth)
    assert "ok" not in _runs(small_disk)

    again = run_crawl(small_disk, replica.url, *args, run="again", logs=logs)  # still full
    assert again.returncode == EXIT_STORAGE_FAILED, again.log[-3000:]
    assert "Traceback" not in again.log, again.log[-3000:]

    healthy = tmp_path / "healthy"
    shutil.copytree(small_disk, healthy, ignore=shutil.ignore_patterns("*.lock"))
    done = run_crawl(healthy, replica.url, *args, run="healthy")
    assert done.returncode == 0, done.log[-3000:]
    rows, lines = _stored(healthy)
    assert sorted(rows) == sorted(truth)
    assert sorted(lines) == sorted(truth), "JSON Lines lost or doubled an article"
