"""Site profiles: the chinajl profile, and a profile holding only a start URL."""

from __future__ import annotations

import sqlite3

import pytest

from crawler.dev.replica.process import ReplicaProcess
from crawler.profiles import load_profile
from tests.conftest import run_crawl


def test_chinajl_profile_is_complete():
    profile = load_profile("chinajl")
    assert profile.start_url == "http://www.chinajl.com.cn/"
    assert profile.is_article("http://www.chinajl.com.cn/jiliangwenhuayanjiu/57604.html")
    assert profile.is_index("http://www.chinajl.com.cn/redianjujiao/list_11_2.html")
    assert set(profile.selectors) == {"title", "meta", "breadcrumb", "body"}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("name = 'x'", "no start_url"),
        ("start_url = 'http://x/'\n[selectors]\nheadline = ['h1']", "unknown selector"),
        ("start_url = 'http://x/'\n[selectors]\ntitle = ['.title >']", "title selector"),
        ("start_url = 'http://x/'\n[selectors]\nbody = ['svg|rect']", "body selector"),
        # U+0001 escaped: no XPath string can hold it (cssselect 1.6 reads \0 as U+FFFD)
        ("start_url = 'http://x/'\n[selectors]\nmeta = ['.a\\1 b']", "meta selector"),
        ("start_url = 'http://x/'\n[selectors]\nbody = ['" + "div " * 600 + "']", "body selector"),
    ],
)
def test_bad_profiles_say_what_is_wrong(tmp_path, text, error):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_profile(str(path))


def test_unknown_profile_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="chinajl"):
        load_profile("nosuchportal")


def test_a_profile_with_only_a_start_url_crawls_the_replica(tmp_path):
    with ReplicaProcess(articles=150, seed=12) as replica:  # its own: counters count up
        profile = tmp_path / "bare.toml"
        profile.write_text(f'start_url = "{replica.url}"\n', encoding="utf-8")
        result = run_crawl(tmp_path / "out", replica.url, "-a", f"profile={profile}")
        truth = {record["url"]: record for record in replica.truth()}
    assert result.returncode == 0, result.log[-2000:]
    db = sqlite3.connect(result.sqlite)
    rows = {r[0]: r for r in db.execute("SELECT url, title, published_at, body FROM articles")}
    assert set(rows) == set(truth)
    for field, index in (("title", 1), ("published_at", 2), ("body", 3)):
        wrong = [u for u, r in rows.items() if r[index] != truth[u][field]]
        assert len(wrong) <= 0.01 * len(truth), (field, wrong[:3])
