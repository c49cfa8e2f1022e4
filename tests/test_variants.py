"""``python -m crawler.dev.variants``: saved pages served again as other sites serve theirs."""

from __future__ import annotations

import pytest

from crawler.dev.variants import VARIANTS, compare, main

PARAS = [
    "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。",
    "会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。",
    "各地市场监管部门要加大对集贸市场、加油站在用计量器具的监督检查力度，确保量值准确可靠。",
]
NEWS = (
    '<html><head><meta charset="utf-8"><title>计量工作座谈会召开_新闻_某某网</title></head><body>\n'
    '  <div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>\n'
    '  <h1 class="title">计量工作座谈会召开</h1>\n'
    '  <div class="info"><span>发布时间：2020-09-01 22:12</span> <span>来源：市场监管总局</span>'
    " <span>作者：张伟</span></div>\n"
    '  <div class="content">\n' + "".join(f"    <p>{p}</p>\n" for p in PARAS) + "  </div>\n"
    "</body></html>"
)
# an author shown only as an element named so: the "names" variant takes the name away
ACCOUNT = (
    '<html><head><meta charset="utf-8"><title>计量工作座谈会召开</title></head><body>'
    '<h1>计量工作座谈会召开</h1><div><span class="author">李明</span> 2020-09-01 22:12</div>'
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "</body></html>"
)


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    (folder / "site").mkdir(parents=True)
    (folder / "site" / "news.html").write_text(NEWS, encoding="utf-8")
    (folder / "site" / "account.html").write_text(ACCOUNT, encoding="utf-8")
    return folder


def test_what_a_reader_reads_does_not_change_with_encoding_spacing_or_tag_case(pages):
    found = compare(
        pages, ["gbk", "big5", "minify", "pretty", "upper", "crlf", "entities", "nometa"]
    )
    assert found == {name: [] for name in found}, found  # every change named at once


def test_a_field_read_from_the_markups_names_alone_is_counted(pages):
    assert compare(pages, ["names"])["names"] == [("site/account", "author", "李明", None)]


def test_the_variants_say_what_they_are_when_written(pages, tmp_path):
    out = tmp_path / "out"
    compare(pages, ["gbk", "minify", "big5", "entities"], out)
    gbk = (out / "gbk" / "site" / "news.html").read_bytes()
    assert b"charset=gbk" in gbk and "计量工作座谈会召开".encode("gb18030") in gbk
    assert "\n" not in (out / "minify" / "site" / "news.html").read_text(encoding="utf-8")
    assert "計量工作座談會召開".encode("big5") in (out / "big5" / "site" / "news.html").read_bytes()
    assert (out / "entities" / "site" / "news.html").read_bytes().isascii()


def test_the_table_and_the_list(pages, capsys):
    main(["--pages", str(pages), "--variants", "minify,names", "--list"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["variant", "pages", "title", "date", "author", "source", "body"]
    assert out[1].split() == ["minify", "2", "0", "0", "0", "0", "0"]
    assert out[2].split() == ["names", "2", "0", "0", "1", "0", "0"]
    assert out[3] == "names site/account author: '李明' -> None"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--variants", "minify,shout"], "no variant shout"),
        (["--variants", "minify"], "is not a folder of saved pages"),
    ],
)
def test_a_users_mistake_is_one_line(tmp_path, argv, message):
    with pytest.raises(SystemExit) as exit_:
        main(["--pages", str(tmp_path / "missing"), *argv])
    assert message in str(exit_.value) and "\n" not in str(exit_.value)


def test_every_variant_is_documented():
    from crawler.dev import variants

    assert all(f"``{name}``" in variants.__doc__ for name in VARIANTS)
