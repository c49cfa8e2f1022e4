"""End to end: ``scrapy crawl portal`` over HTTP against the replica, compared with its truth."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from crawler.dev.summary import COMPARED
from tests.conftest import run_crawl


def test_crawl_finishes_cleanly(full_crawl):
    assert full_crawl.returncode == 0, full_crawl.log[-3000:]
    assert full_crawl.stats["finish_reason"] == "finished"
    assert "log_count/ERROR" not in full_crawl.stats, full_crawl.log[-3000:]
    assert " ERROR: " not in full_crawl.log


def test_every_article_exactly_once_in_jsonl(full_crawl, truth):
    urls = Counter(item["url"] for item in full_crawl.items())
    assert set(urls) == set(truth)
    assert max(urls.values()) == 1


def test_every_article_exactly_once_in_sqlite(full_crawl, truth):
    db = sqlite3.connect(full_crawl.sqlite)
    urls = [url for (url,) in db.execute("SELECT url FROM articles")]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert sorted(urls) == sorted(truth)


@pytest.mark.parametrize("field", COMPARED)
def test_every_field_matches_truth(full_crawl, truth, field):
    db = sqlite3.connect(full_crawl.sqlite)
    db.row_factory = sqlite3.Row
    rows = {row["url"]: row for row in db.execute("SELECT * FROM articles")}
    db.close()

    def got(url):  # images are stored as JSON text
        if field in ("images", "attachments"):  # lists are stored as JSON text
            return json.loads(rows[url][field] or "[]")
        return rows[url][field]

    wrong = [(url, got(url), want[field]) for url, want in truth.items() if got(url) != want[field]]
    assert not wrong, f"{len(wrong)} articles have a wrong {field}, e.g. {wrong[:2]}"


def test_jsonl_is_readable_utf8_with_every_field(full_crawl):
    raw = full_crawl.jsonl.read_bytes()
    assert b"\\u" not in raw  # Chinese written as UTF-8, not escaped
    items = full_crawl.items()
    assert set(items[0]) >= {
        "url",
        "title",
        "published_at",
        "views",
        "body",
        "breadcrumb",
        "content_hash",
    }


def test_traps_are_counted_not_followed(full_crawl):
    stats = full_crawl.stats
    assert stats["portal/links/skipped/offsite"] > 0
    assert stats["portal/links/skipped/javascript"] > 0
    assert stats["portal/links/dead/http_404"] == 1
    assert "offsite/filtered" not in stats  # nothing off-site ever reached the scheduler


def test_mirrors_are_recorded_as_aliases_never_fetched_and_counters_read(full_crawl, truth):
    mirrors = {record["mirror_url"]: url for url, record in truth.items() if record["mirror_url"]}
    db = sqlite3.connect(full_crawl.sqlite)
    aliases = {url: (canonical, how) for url, canonical, how in db.execute(
        "SELECT url, canonical_url, how FROM aliases")}  # fmt: skip
    db.close()
    assert aliases == {mirror: (url, "mirror_link") for mirror, url in mirrors.items()}
    assert "/big5/" not in full_crawl.log  # the mirrors' text is never asked for
    counters = sum(1 for record in truth.values() if record["views_mode"] == "counter")
    assert full_crawl.stats["portal/views/counter"] == counters
    assert "portal/dropped/duplicate" not in full_crawl.stats


def test_sections_and_max_pages_limit_the_crawl(replica, truth, tmp_path):
    result = run_crawl(tmp_path, replica.url, "-a", "sections=redianjujiao", "-a", "max_pages=2")
    assert result.returncode == 0
    urls = {item["url"] for item in result.items()}
    assert urls and all("/redianjujiao/" in url for url in urls)
    assert result.stats["portal/index_pages"] == 2
    assert result.stats["portal/pagination/stopped/max_pages"] == 1
    section = sorted(
        (u for u in truth if "/redianjujiao/" in u),
        key=lambda u: truth[u]["published_at"],
        reverse=True,
    )
    assert urls == set(section[:20])


def test_since_stops_pagination_at_older_pages(replica, truth, tmp_path):
    result = run_crawl(
        tmp_path, replica.url, "-a", "sections=hangyedongtai", "-a", "since=2024-01-01"
    )
    assert result.returncode == 0
    urls = {item["url"] for item in result.items()}
    want = {
        u
        for u, r in truth.items()
        if "/hangyedongtai/" in u and r["published_at"][:10] >= "2024-01-01"
    }
    assert urls == want
    assert result.stats["portal/pagination/stopped/since"] == 1
