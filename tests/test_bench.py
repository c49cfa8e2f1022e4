"""The paired timing of two extractors (no timing is asserted: speed is make bench's)."""

from __future__ import annotations

import json

import pytest

from crawler.dev.bench.paired import compare

PAGE = (
    "<html><head><title>计量新闻_中国计量网</title></head><body><h1>计量新闻</h1>{}</body></html>"
)


def _folder(tmp_path, n=3):
    with open(tmp_path / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for i in range(n):
            text = "".join(f"<p>第{i}篇文章的第{j}段，计量工作稳步推进。</p>" for j in range(4))
            (tmp_path / f"{i}.html").write_text(PAGE.format(text), encoding="utf-8")
            manifest.write(json.dumps({"html": f"{i}.html", "url": f"http://x/{i}.html"}) + "\n")
    return tmp_path


def test_two_checkouts_are_timed_on_every_page_in_processes_of_their_own(tmp_path):
    result = compare(".", ".", [_folder(tmp_path)], best_of=1, rounds=2)
    assert result["pages"] == 3
    assert result["a_ms"] > 0 and result["b_ms"] > 0 and result["b_over_a"] > 0
    assert len(result["rounds_b_over_a"]) == 2 and min(result["rounds_b_over_a"]) > 0


def test_a_folder_that_is_no_checkout_is_refused_before_anything_runs(tmp_path):
    with pytest.raises(SystemExit, match=r"holds no crawler/pages\.py"):
        compare(".", str(tmp_path), [_folder(tmp_path)], best_of=1, rounds=1)


def test_extractors_warm_up_on_pages_of_their_own_not_on_the_set_timed():
    from crawler.dev.bench.paired import warm_up
    from crawler.pages import extract_page

    read = []
    warm_up(lambda body, url: read.append(url) or extract_page(body, url))
    assert len(read) == 101 and len(set(read)) == 101  # its own page and the replica's 100
    assert all(url.startswith("http://example.invalid/") for url in read)  # (the generic path)
