"""Shared fixtures: a replica server on a free port and a real ``scrapy crawl`` in a subprocess."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings_module
from crawler.dev.replica.process import ReplicaProcess

ROOT = Path(__file__).resolve().parent.parent
LOCAL = [
    a for k, v in project_settings_module.LOCAL_REPLICA_SETTINGS.items() for a in ("-s", f"{k}={v}")
]


# Components built in a test read the project's defaults, as in a crawl; their scratch
# files go to a folder of the test session, never into the repository.
PROJECT_SETTINGS = {
    name: getattr(project_settings_module, name)
    for name in dir(project_settings_module)
    if name.isupper()
}
_SCRATCH = Path(tempfile.mkdtemp(prefix="portal-test-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
PROJECT_SETTINGS.update(
    STATE_DIR=str(_SCRATCH / "state"),
    SQLITE_PATH=str(_SCRATCH / "portal.sqlite"),
    JSONL_PATH=str(_SCRATCH / "articles.jsonl"),
)


def project_crawler(spidercls, **settings):
    """A crawler with the project's settings (and ``settings`` over them), stats open."""
    crawler = get_crawler(spidercls, {**PROJECT_SETTINGS, **settings})
    crawler.stats.open_spider()
    return crawler


@dataclass
class CrawlResult:
    returncode: int
    log: str
    stats: dict
    jsonl: Path
    sqlite: Path

    def items(self) -> list[dict]:
        with self.jsonl.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f]


def crawl_command(
    out: Path, start_url: str, *args: str, run: str = "crawl", logs: Path | None = None
) -> list[str]:
    """The ``scrapy crawl portal`` command line: politeness off, output in ``out``
    (its log and stats in ``logs``, default ``out``)."""
    logs = logs or out
    return [
        sys.executable, "-m", "scrapy", "crawl", "portal",
        "-a", f"start_url={start_url}", *args, *LOCAL,
        "-s", f"JSONL_PATH={out / 'articles.jsonl'}",
        "-s", f"SQLITE_PATH={out / 'portal.sqlite'}",
        "-s", f"STATE_DIR={out / 'state'}",
        "-s", f"STATS_JSON_PATH={logs / f'{run}.stats.json'}",
        "-s", f"LOG_FILE={logs / f'{run}.log'}",
    ]  # fmt: skip


ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def run_scrapy(
    *args: str, stdin: bytes | None = None, text: bool = False
) -> subprocess.CompletedProcess:
    """A ``scrapy`` command of the project, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT, env=ENV, input=stdin, capture_output=True, text=text, timeout=300,
    )  # fmt: skip


def run_crawl(
    out: Path, start_url: str, *args: str, run: str = "crawl", logs: Path | None = None
) -> CrawlResult:
    """Run ``scrapy crawl portal`` to its end; ``run`` names its log and stats files."""
    out.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        crawl_command(out, start_url, *args, run=run, logs=logs),
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    logs = logs or out
    log_path, stats_path = logs / f"{run}.log", logs / f"{run}.stats.json"
    log = log_path.read_text(encoding="utf-8") if log_path.exists() else ""
    stats = json.loads(stats_path.read_text(encoding="utf-8")) if stats_path.exists() else {}
    return CrawlResult(
        proc.returncode, log + proc.stderr, stats, out / "articles.jsonl", out / "portal.sqlite"
    )


# Tests that run the project's processes (a crawl, a server, a scrapy command): `make test`
# runs them; `pytest -m "not e2e"` leaves them out while editing.
E2E_MODULES = {
    "test_archive", "test_cluster", "test_commands", "test_crawl", "test_families", "test_hostile",
    "test_incremental", "test_storage_failure",
}  # fmt: skip
E2E_FIXTURES = {"replica", "truth", "full_crawl"}


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        module = getattr(getattr(item, "module", None), "__name__", "").rsplit(".", 1)[-1]
        if module in E2E_MODULES or E2E_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def replica():
    with ReplicaProcess(articles=300, seed=1) as server:
        yield server


@pytest.fixture(scope="session")
def truth(replica) -> dict[str, dict]:
    return {record["url"]: record for record in replica.truth()}


@pytest.fixture(scope="session")
def full_crawl(replica, tmp_path_factory) -> CrawlResult:
    """One complete crawl of the replica, shared by the end-to-end tests."""
    return run_crawl(tmp_path_factory.mktemp("full"), replica.url)
