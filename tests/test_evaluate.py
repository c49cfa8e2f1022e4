"""make eval's scoring, on a labelled set built here (the real set stays outside the project)."""

from __future__ import annotations

import json

import pytest

from crawler.dev.evaluate import author_right, date_right, load_pages, misses

PAGE = (
    "<html><head><meta charset='utf-8'><title>计量检定工作启动_新闻</title></head><body>"
    "<h1>计量检定工作启动</h1><div>发布时间：2022-02-13 09:57 作者：王明</div>"
    "<div><p>国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。</p>"
    "<p>会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。</p></div>"
    "</body></html>"
)


def _set(tmp_path, labels: dict) -> list[dict]:
    (tmp_path / "original").mkdir()
    (tmp_path / "cleaned").mkdir()
    (tmp_path / "original" / "a.html").write_bytes(b"<text id='x'>\n" + PAGE.encode())
    (tmp_path / "cleaned" / "a.txt").write_text(
        "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。\n"
        "会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。",
        encoding="utf-8",
    )
    entry = {"id": "a", "html": "original/a.html", "url": None, "gt_body": "cleaned/a.txt"}
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({**entry, **labels}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return load_pages(tmp_path)


def test_a_page_read_right_is_not_listed(tmp_path):
    pages = _set(tmp_path, {"gt_date": "2022-2-13 09:57", "gt_author": "王明"})
    assert not pages[0]["raw"].startswith(b"<text")  # the corpus's own line is cut
    assert misses(pages) == []


def test_wrong_labels_are_listed_with_what_we_read(tmp_path):
    pages = _set(tmp_path, {"gt_date": "UNKNOWN", "gt_author": "李四"})
    (line,) = misses(pages)
    assert "date 2022-02-13T09:57:00 (label 'UNKNOWN')" in line
    assert "author 王明 (label '李四')" in line


def test_scoring_rules():
    assert date_right(None, "UNKNOWN") == (True, None)  # nothing shown, nothing returned
    assert date_right("2005-03-21T11:21:00+08:00", "2005-3-21 11:21") == (True, True)
    assert date_right("2005-03-21", "2005-3-21 11:21") == (True, False)
    assert author_right("王建宏 张文攀", "张文攀  王建宏") is True
    assert author_right(None, "UNKNOWN") is None


def test_a_name_in_capitals_is_the_same_name():
    """A byline sets names in capitals (PATRICK HEALY): the extractor writes them as names
    are written; the reader copied them as shown. Other letters still count."""
    from crawler.dev.labels import _same

    assert _same("author", "Patrick Healy, Alexander Burns", "PATRICK HEALY, ALEXANDER BURNS")
    assert not _same("author", "Patrick Healy", "PATRICK HEALEY")
    assert not _same("title", "Storm Closes Roads", "STORM CLOSES ROADS")
    # a name's suffix with its comma or without (the writers are joined by commas)
    assert _same("author", "Denny Bulcao Jr.", "Denny Bulcao, Jr.")
    assert not _same("author", "Denny Bulcao", "Denny Bulcao, Jr.")


def test_several_chinese_names_are_the_same_names_whatever_parts_them():
    """Our items part Chinese names with spaces (as cn-dev's labels do), readers may with
    commas or 、: the same names (it scored 韩婷 邬晓芳 周红星 against 韩婷, 邬晓芳, 周红星 wrong)."""
    from crawler.dev.labels import _same

    assert _same("author", "韩婷 邬晓芳 周红星", "韩婷, 邬晓芳, 周红星")
    assert _same("author", "韩婷 邬晓芳", "韩婷、邬晓芳")
    assert not _same("author", "韩婷 邬晓芳", "韩婷, 邬晓芳, 周红星")


def test_labels_are_scored_with_precision_beside_accuracy(tmp_path):
    from crawler.dev.labels import score_labels

    pages = tmp_path / "pages" / "site"
    pages.mkdir(parents=True)
    text = (
        "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。"
    )
    (pages / "1.html").write_text(
        "<html><head><meta charset='utf-8'><title>座谈会召开</title></head><body><h1>座谈会召开</h1>"
        f"<div>发布时间：2024-06-19 作者：张三</div><div><p>{text}</p><p>{text}</p></div></body></html>",
        encoding="utf-8",
    )
    labels = tmp_path / "labels.jsonl"
    label = {"id": "site/1", "title": "座谈会召开", "date_iso": "2024-06-19", "author": "李四",
             "source": None, "body_start": text[:20], "body_end": text[-20:]}  # fmt: skip
    labels.write_text(json.dumps(label, ensure_ascii=False) + "\n", encoding="utf-8")
    results, misses = score_labels(labels, tmp_path / "pages")
    assert results["title"]["accuracy"] == 1.0 and results["date"]["precision"] == 1.0
    assert results["author"] == {
        "pages": 1,
        "accuracy": 0.0,
        "precision": 0.0,
        "returned": 1,
        "labelled": 1,
        "kinds": {"meta_line": [1, 0]},  # returned once, from the meta line, right never
    }
    assert results["source"]["accuracy"] == 1.0 and results["source"]["precision"] is None
    assert results["body"]["accuracy"] == 1.0
    assert misses == ["site/1: author '张三' (label '李四')"]
    assert "views" not in results or results["views"]["pages"] == 0  # a set labelling none


def test_views_are_scored_where_a_set_labels_them(tmp_path):
    from crawler.dev.labels import score_labels

    pages = tmp_path / "pages"
    pages.mkdir()
    text = (
        "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。"
    )
    for n, count in enumerate(("浏览次数：1,234", "点击：9"), start=1):
        (pages / f"{n}.html").write_text(
            "<html><head><meta charset='utf-8'><title>座谈会召开</title></head><body><h1>座谈会召开</h1>"
            f"<div>发布时间：2024-06-19 {count}</div><div><p>{text}</p><p>{text}</p></div></body></html>",
            encoding="utf-8",
        )
    labels = tmp_path / "labels.jsonl"
    rows = [{"id": "1", "views": 1234}, {"id": "2", "views": 90}]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    results, misses = score_labels(labels, pages)
    assert (results["views"]["accuracy"], results["views"]["precision"]) == (0.5, 0.5)
    assert misses == ["2: views 9 (label 90)"]


def test_a_label_without_a_title_scores_no_title_and_gives_the_pages_url(tmp_path):
    """A set labelled for its text (unseen19-en-news) gives no title, and the page's own URL:
    the title is not scored, and a date in the URL may be read (a day shown without its year)."""
    from crawler.dev.labels import score_labels

    pages = tmp_path / "pages"
    pages.mkdir()
    text = "Heavy rain closed dozens of roads across the region on Monday, officials said today."
    (pages / "wapo.html").write_text(
        "<html><head><title>Storm closes roads</title></head><body><h1>Storm closes roads</h1>"
        f"<div>By Jane Smith</div><div>March 18 at 12:22 PM</div><div><p>{text}</p><p>{text}</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    label = {"id": "wapo", "url": "https://news.example.com/2015/03/18/a_story.html",
             "date_iso": "2015-03-18T12:22", "author": "Jane Smith"}  # fmt: skip
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label) + "\n", encoding="utf-8")
    results, misses = score_labels(labels, pages)
    assert results["title"]["pages"] == 0
    assert (results["date"]["accuracy"], results["author"]["accuracy"], misses) == (1.0, 1.0, [])


EN_TEXT = (
    "Heavy rain closed dozens of roads across the region on Monday, officials said, as the"
    " storm moved slowly toward the coast and rivers kept rising through the night."
)
EN_PAGE = (
    "<html><head><title>Storm closes roads</title></head><body><h1>Storm closes roads</h1>"
    f"<div class='text'><p>{EN_TEXT}</p><p>{EN_TEXT}</p></div></body></html>"
)


def test_newspaper_fixtures_become_a_set_of_pages_in_latin_script(tmp_path):
    from crawler.dev.evaluate import body_scores
    from crawler.dev.fixtures import newspaper

    src = tmp_path / "data"
    for sub in ("html", "txt", "metadata"):
        (src / sub).mkdir(parents=True)
    for name, html, text in (("en", EN_PAGE, f"{EN_TEXT}\n\n{EN_TEXT}"), ("ar", EN_PAGE, "دمشق، سوريا أكدت جهات سورية")):  # fmt: skip
        (src / "html" / f"{name}.html").write_text(html, encoding="utf-8")
        (src / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")
        (src / "metadata" / f"{name}.json").write_text(json.dumps({"url": "https://x.example/1", "title": "Storm closes roads"}))  # fmt: skip
    assert newspaper(src, tmp_path / "out") == 1  # the Arabic page is not in Latin script
    (page,) = load_pages(tmp_path / "out")
    assert (page["id"], page["gt_title"]) == ("en", "Storm closes roads")
    assert body_scores(EN_TEXT, page["body"]) == (1.0, 0.5, 2 / 3)  # word by word


def test_mercury_fixtures_the_labels_score_become_pages_with_their_meta_tags_back(tmp_path, capsys):
    """Mercury saved ``<meta name="og:title" value=…>``: the page gets ``property`` and
    ``content`` back (what the extractor reads), under the label's id; a label whose fixture
    the checkout lacks is one line and a non-zero exit."""
    from crawler.dev.fixtures import main

    src = tmp_path / "parser"
    (src / "fixtures" / "news.example.com").mkdir(parents=True)
    page = EN_PAGE.replace("<head>", "<head><meta name='og:title' value='Storm closes roads'>")
    (src / "fixtures" / "news.example.com" / "1.html").write_text(page, encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    label = {"id": "news.example.com", "path": "fixtures/news.example.com/1.html"}
    labels.write_text(json.dumps(label) + "\n", encoding="utf-8")
    main(["mercury", str(src), str(labels), str(tmp_path / "out")])
    written = (tmp_path / "out" / "news.example.com.html").read_text(encoding="utf-8")
    assert "<meta property='og:title' content='Storm closes roads'>" in written
    labels.write_text(json.dumps({**label, "path": "fixtures/gone/1.html"}) + "\n")
    with pytest.raises(SystemExit) as exit_:
        main(["mercury", str(src), str(labels), str(tmp_path / "out")])
    assert exit_.value.code != 0
    assert "gone/1.html: not in the checkout" in capsys.readouterr().err


def test_readability_test_pages_the_labels_score_are_copied_byte_for_byte(tmp_path, capsys):
    """Readability's test pages are saved as they were served (here in GBK): copied, not
    re-encoded, under the label's id; a checkout without test/test-pages is one line and a
    non-zero exit."""
    from crawler.dev.fixtures import main

    src = tmp_path / "readability"
    (src / "test" / "test-pages" / "qq").mkdir(parents=True)
    page = "<html><head><meta charset='gbk'></head><body><p>计量</p></body></html>".encode("gbk")
    (src / "test" / "test-pages" / "qq" / "source.html").write_bytes(page)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "qq", "path": "test/test-pages/qq/source.html"}) + "\n")
    main(["readability", str(src), str(labels), str(tmp_path / "out")])
    assert (tmp_path / "out" / "qq.html").read_bytes() == page
    with pytest.raises(SystemExit) as exit_:
        main(["readability", str(tmp_path), str(labels), str(tmp_path / "out")])
    assert exit_.value.code != 0
    assert "no test/test-pages/ folder" in capsys.readouterr().err


def test_openings_say_where_the_labelled_opening_stands(tmp_path):
    from crawler.dev.fixtures import openings

    for name, opening in (
        ("right", EN_TEXT[:60]),
        ("elsewhere", "Nothing of the kind was said by anyone at all"),
    ):
        (tmp_path / f"{name}.html").write_text(EN_PAGE, encoding="utf-8")
        expected = {"cleaned_text": opening, "title": "Storm closes roads"}
        (tmp_path / f"{name}.json").write_text(json.dumps({"expected": expected}))
    counts, missed = openings(tmp_path)
    assert (counts["pages"], counts["start"], counts["missing"], counts["titles right"]) == (
        2,
        1,
        1,
        2,
    )
    assert missed == ["elsewhere: opening missing"]
