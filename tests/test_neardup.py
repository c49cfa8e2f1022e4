"""Aliases folded, reprints linked: the dedupe pipeline on texts that differ a little."""

from __future__ import annotations

import random

import pytest
from scrapy.exceptions import DropItem
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler

from crawler import signals
from crawler.items import Article
from pipelines.dedupe import DedupePipeline
from pipelines.normalize import content_hash
from tests.conftest import project_crawler

SENTENCES = [
    "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况。",
    "会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。",
    "各地计量技术机构要加强能力建设，提升检定校准服务水平，更好服务企业和群众。",
    "活动期间，技术人员走进社区，为居民免费校准血压计和家用电子秤，受到欢迎。",
    "此次抽查共检查加油机一千二百余台，发现问题计量器具十六台，已责令整改。",
    "下一步，将继续推进计量服务中小企业行动，助力企业提质增效和转型升级。",
]
TEXT = "\n".join(SENTENCES * 2)
OTHER = "\n".join(
    "第二篇文章讲的是标准化工作：团体标准的制定、企业标准自我声明公开和标准实施监督。"
    for _ in range(8)
)


def _damaged(text: str, share: float, seed: int = 1) -> str:
    """``text`` with ``share`` of its characters replaced (as an inexact t2s does)."""
    rng = random.Random(seed)
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    for i in rng.sample(spots, round(len(chars) * share)):
        chars[i] = "甲"
    return "".join(chars)


def _article(url: str, body: str) -> Article:
    return Article(
        url=url, title="计量工作座谈会召开", body=body, content_hash=content_hash("t", body)
    )


@pytest.fixture
def pipeline(tmp_path):
    def make():
        crawler = project_crawler(Spider, SQLITE_PATH=str(tmp_path / "p.sqlite"))
        found = []
        crawler.signals.connect(
            lambda url, canonical_url, how: found.append((url, canonical_url, how)),
            signal=signals.alias_found,
            weak=False,
        )
        pipe = build_from_crawler(DedupePipeline, crawler)
        pipe.open_spider()
        return pipe, found

    return make


def test_a_mirror_differing_in_two_percent_of_its_characters_folds_into_its_original(pipeline):
    pipe, aliases = pipeline()
    pipe.process_item(_article("http://www.chinajl.com.cn/redianjujiao/57604.html", TEXT))
    mirror = _article(
        "http://www.chinajl.com.cn/big5/redianjujiao/57604.html", _damaged(TEXT, 0.02)
    )
    with pytest.raises(DropItem, match="the same article as"):
        pipe.process_item(mirror)
    assert aliases == [(mirror.url, "http://www.chinajl.com.cn/redianjujiao/57604.html", "content")]


def _store(tmp_path, *items: Article) -> None:
    """What the SQLite pipeline does with the items the dedupe pipeline let through."""
    from crawler.store import Store

    store = Store(tmp_path / "p.sqlite")
    for item in items:
        store.articles.upsert(item)
    store.commit()
    store.close()


def test_the_fold_holds_across_runs(pipeline, tmp_path):
    first, _ = pipeline()
    original = first.process_item(
        _article("http://www.chinajl.com.cn/redianjujiao/57604.html", TEXT)
    )
    _store(tmp_path, original)
    first.close_spider()
    second, aliases = pipeline()  # a later run, a new process: the index is on disk
    with pytest.raises(DropItem):
        second.process_item(
            _article("http://www.chinajl.com.cn/big5/redianjujiao/57604.html", _damaged(TEXT, 0.02))
        )
    assert len(aliases) == 1


def test_a_reprint_on_another_site_is_linked_not_folded(pipeline):
    pipe, aliases = pipeline()
    original = pipe.process_item(
        _article("http://www.chinajl.com.cn/redianjujiao/57604.html", TEXT)
    )
    assert original.reprint_of is None
    reprint = pipe.process_item(
        _article(
            "http://www.samr.gov.cn/xw/zj/202001/t20200101_123.html", "来源：中国计量网\n" + TEXT
        )
    )
    assert reprint.reprint_of == original.url
    again = pipe.process_item(
        _article("http://news.example.cn/a/9.html", _damaged(TEXT, 0.01, seed=5))
    )
    assert again.reprint_of == original.url  # the earliest copy, not the reprint it resembles
    assert aliases == []


def test_the_same_text_under_another_id_of_the_same_site_is_a_reprint(pipeline):
    pipe, _ = pipeline()
    pipe.process_item(_article("http://www.chinajl.com.cn/redianjujiao/1.html", TEXT))
    other = pipe.process_item(_article("http://www.chinajl.com.cn/difangjiliang/2.html", TEXT))
    assert other.reprint_of == "http://www.chinajl.com.cn/redianjujiao/1.html"


def test_different_articles_are_neither(pipeline):
    pipe, aliases = pipeline()
    pipe.process_item(_article("http://www.chinajl.com.cn/redianjujiao/1.html", TEXT))
    other = pipe.process_item(_article("http://www.chinajl.com.cn/redianjujiao/2.html", OTHER))
    assert other.reprint_of is None and aliases == []
    # a third of the text changed: a different article, whatever its id
    changed = pipe.process_item(
        _article("http://www.chinajl.com.cn/big5/redianjujiao/2.html", _damaged(TEXT, 0.3))
    )
    assert changed.reprint_of is None


def test_an_article_read_again_keeps_what_it_was_found_to_be(pipeline, tmp_path):
    first, _ = pipeline()
    _store(
        tmp_path,
        first.process_item(_article("http://www.chinajl.com.cn/redianjujiao/1.html", TEXT)),
        first.process_item(_article("http://news.example.cn/a/9.html", TEXT)),
    )
    first.close_spider()
    second, _ = (
        pipeline()
    )  # a refresh run reads the original again: it is no reprint of its reprint
    assert (
        second.process_item(
            _article("http://www.chinajl.com.cn/redianjujiao/1.html", TEXT)
        ).reprint_of
        is None
    )


def test_the_index_forgets_what_the_store_does_not_hold(pipeline, tmp_path):
    from crawler.store import Store

    first, _ = pipeline()
    first.process_item(_article("http://www.chinajl.com.cn/redianjujiao/57604.html", TEXT))
    first.close_spider()  # the store never got the row (a kill, a full disk, a deleted store)
    Store(tmp_path / "p.sqlite").close()  # a store without it
    second, aliases = pipeline()
    mirror = _article("http://www.chinajl.com.cn/big5/redianjujiao/57604.html", TEXT)
    assert second.process_item(mirror).reprint_of is None and aliases == []
