"""Pipelines as components: built from a crawler's settings, called without a crawl."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler

from crawler.items import Article
from pipelines.dedupe import DedupePipeline
from pipelines.jsonl import JsonLinesPipeline
from pipelines.normalize import NormalizePipeline
from pipelines.sqlite import SQLitePipeline
from pipelines.validate import ValidatePipeline
from tests.conftest import project_crawler

URL = "http://www.chinajl.com.cn/redianjujiao/1.html"


def _crawler(**settings):
    return project_crawler(Spider, **settings)


def _article(**fields) -> Article:
    base = {"url": URL, "title": "计量工作会议", "body": "第一段。\n第二段。", "views": 5}
    return Article(**{**base, **fields})


def test_normalize_converts_traditional_and_strips_pinyin():
    crawler = _crawler()
    pipe = build_from_crawler(NormalizePipeline, crawler)
    out = pipe.process_item(
        _article(
            title="中國計(jì)量網(wǎng)", body="\u3000\u3000發(fā)布 ＩＳＯ９０００", source=""
        )
    )
    assert out.title == "中国计量网"
    assert out.body == "发布 ISO9000"
    assert out.source is None  # never ""
    assert crawler.stats.get_value("portal/repaired/pinyin") == 3


def test_normalize_setting_keeps_traditional():
    pipe = build_from_crawler(NormalizePipeline, _crawler(NORMALIZE_SIMPLIFIED=False))
    assert pipe.process_item(_article(title="中國計(jì)量網")).title == "中國計量網"


def test_normalize_counts_damage_and_hashes_content():
    crawler = _crawler()
    pipe = build_from_crawler(NormalizePipeline, crawler)
    damaged = pipe.process_item(_article(body="燃?xì)獗?、可燃"))
    assert damaged.text_damaged == 2
    assert crawler.stats.get_value("portal/damaged/items") == 1
    a = pipe.process_item(_article(title="計(jì)量", body="內容"))
    b = pipe.process_item(_article(title="计量", body="内容", url=URL + "?x"))
    assert a.content_hash == b.content_hash


@pytest.mark.parametrize("missing", ["title", "body"])
def test_validate_drops_items_without_required_field(missing):
    crawler = _crawler()
    pipe = build_from_crawler(ValidatePipeline, crawler)
    with pytest.raises(DropItem, match=f"missing {missing}: {URL}"):
        pipe.process_item(_article(**{missing: None}))
    assert crawler.stats.get_value(f"portal/dropped/no_{missing}") == 1


def test_validate_rejects_unknown_field_names():
    with pytest.raises(NotConfigured):
        build_from_crawler(ValidatePipeline, _crawler(VALIDATE_REQUIRED_FIELDS=["titel"]))


def test_dedupe_drops_mirror_and_tracking_url(tmp_path):
    crawler = _crawler(SQLITE_PATH=str(tmp_path / "p.sqlite"))
    norm = build_from_crawler(NormalizePipeline, crawler)
    pipe = build_from_crawler(DedupePipeline, crawler)
    pipe.open_spider()
    pipe.process_item(norm.process_item(_article()))
    mirror = norm.process_item(
        _article(url="http://www.chinajl.com.cn/big5/redianjujiao/1.html", title="計(jì)量工作會議")
    )
    with pytest.raises(DropItem, match="the same article as " + URL):
        pipe.process_item(mirror)
    with pytest.raises(DropItem, match="duplicate"):
        pipe.process_item(
            norm.process_item(_article(url=URL + "?utm_source=wx", body="改过的正文"))
        )
    assert crawler.stats.get_value("portal/dropped/duplicate") == 1
    assert crawler.stats.get_value("portal/aliases/content") == 1
    assert pipe.process_item(
        norm.process_item(_article(url=URL.replace("1.html", "2.html"), body="另一篇"))
    )


def test_jsonl_writes_whole_utf8_lines(tmp_path):
    path = tmp_path / "out" / "a.jsonl"
    pipe = build_from_crawler(JsonLinesPipeline, _crawler(JSONL_PATH=str(path)))
    pipe.open_spider()
    pipe.process_item(_article(title="计量"))
    # flushed per item: readable before the spider closes
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "计量"
    pipe.process_item(_article(title="第二", url=URL + "2"))
    pipe.close_spider()
    raw = path.read_bytes()
    assert b"\\u" not in raw and raw.endswith(b"\n")
    assert [json.loads(line)["title"] for line in raw.decode().splitlines()] == ["计量", "第二"]


@pytest.mark.parametrize("pipeline", [JsonLinesPipeline, SQLitePipeline])
def test_empty_path_switches_a_store_off(pipeline):
    with pytest.raises(NotConfigured):
        build_from_crawler(pipeline, _crawler(JSONL_PATH="", SQLITE_PATH=""))


def test_sqlite_upserts_one_row_per_url_with_types(tmp_path):
    path = tmp_path / "p.sqlite"
    crawler = _crawler(SQLITE_PATH=str(path), SQLITE_BATCH_SIZE=2)
    pipe = build_from_crawler(SQLitePipeline, crawler)
    pipe.open_spider()
    pipe.process_item(_article(views=5, breadcrumb="首页 > 新闻 > 热点聚焦"))
    pipe.process_item(_article(views=9, breadcrumb="首页 > 新闻 > 热点聚焦"))
    pipe.process_item(_article(url=URL + "x", views=1))
    pipe.close_spider()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute(
        "SELECT views, typeof(views), breadcrumb FROM articles WHERE url = ?", (URL,)
    ).fetchall() == [(9, "integer", "首页 > 新闻 > 热点聚焦")]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert crawler.stats.get_value("portal/stored/sqlite") == 3


def test_sqlite_error_is_loud_and_counted(tmp_path, caplog):
    path = tmp_path / "p.sqlite"
    crawler = _crawler(SQLITE_PATH=str(path))
    pipe = build_from_crawler(SQLitePipeline, crawler)
    pipe.open_spider()
    pipe.store.db.execute("DROP TABLE articles")
    with pytest.raises(DropItem, match="SQLite failed"):
        pipe.process_item(_article())
    assert crawler.stats.get_value("portal/errors/sqlite") == 1
    assert "no such table" in crawler.stats.get_value("portal/storage/failed")  # the run fails
    assert URL in caplog.text
    with pytest.raises(DropItem, match="storage failed earlier"):  # nothing more is stored
        pipe.process_item(_article(url=URL + "?2"))


def test_default_settings_are_polite():
    from crawler import settings

    assert settings.ROBOTSTXT_OBEY and settings.AUTOTHROTTLE_ENABLED
    assert settings.DOWNLOAD_DELAY >= 1 and settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert "portal-crawler" in settings.USER_AGENT


def test_jsonl_writes_an_article_once_across_runs_and_cuts_a_torn_tail(tmp_path):
    path = tmp_path / "a.jsonl"
    for title in ("first", "second"):
        crawler = _crawler(JSONL_PATH=str(path))
        pipe = build_from_crawler(JsonLinesPipeline, crawler)
        pipe.open_spider()
        pipe.process_item(_article(title=title))
        pipe.close_spider()
        with path.open("ab") as f:
            f.write(b'{"url": "http://torn')  # a line cut by power loss
    crawler = _crawler(JSONL_PATH=str(path))
    pipe = build_from_crawler(JsonLinesPipeline, crawler)
    pipe.open_spider()
    pipe.close_spider()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["first"]
    assert crawler.stats.get_value("portal/repaired/jsonl_tail") == 1


def test_the_store_and_dedupe_work_without_the_normalize_pipeline_before_them(tmp_path):
    # content_hash is computed where it is needed, not assumed from an earlier component
    crawler = _crawler(SQLITE_PATH=str(tmp_path / "p.sqlite"), ITEM_PIPELINES={})
    dedupe = build_from_crawler(DedupePipeline, crawler)
    store = build_from_crawler(SQLitePipeline, crawler)
    dedupe.open_spider()
    store.open_spider()
    store.process_item(dedupe.process_item(_article()))
    changed = _article(body="第一段。\n改过的第二段。")
    changed = dedupe.process_item(replace(changed, url=URL + "?a=1"))
    store.process_item(replace(changed, url=URL))
    store.close_spider()
    assert crawler.stats.get_value("portal/articles/updated") == 1
