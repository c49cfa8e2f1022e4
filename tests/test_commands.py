"""The project's commands, run as a user runs them."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_scrapy

GOLDEN = Path(__file__).parent / "golden"


def _scrapy(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return run_scrapy(*args, stdin=stdin)


def test_extract_prints_one_utf8_json_object():
    page = GOLDEN / "sample_traditional" / "page.html"
    proc = _scrapy(
        "extract", str(page), "--url", "http://www.chinajl.com.cn/redianjujiao/1087.html"
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"\\u" not in proc.stdout
    item = json.loads(proc.stdout)
    assert item["title"] == "质检总局计量司联系点工作探索新模式"
    assert item["views"] == 1377511


def test_extract_site_names_the_profile_for_a_page_saved_without_its_url():
    page = GOLDEN / "sample_traditional" / "page.html"
    proc = _scrapy("extract", str(page), "--site", "chinajl")
    assert proc.returncode == 0, proc.stderr.decode()
    item = json.loads(proc.stdout)
    assert item["url"].startswith("file://")
    assert item["title"] == "质检总局计量司联系点工作探索新模式"
    assert not (ROOT / "chinajl").exists()  # Scrapy's own --profile writes its stats there


def test_extract_reads_stdin():
    page = (GOLDEN / "dede2008_inline" / "page.html").read_bytes()
    proc = _scrapy("extract", "-", "--url", "http://x/difangjiliang/1002.html", stdin=page)
    assert json.loads(proc.stdout)["url"] == "http://x/difangjiliang/1002.html"


def test_extract_list_survives_a_bad_page(tmp_path):
    (tmp_path / "ok.html").write_bytes((GOLDEN / "cms2015_source_first" / "page.html").read_bytes())
    lines = [
        {
            "id": "a",
            "file": "ok.html",
            "url": "http://x/jiliangshihua/1101.html",
            "charset": "gb2312",
        },
        {"id": "b", "file": "missing.html"},
        {"id": "c", "file": "ok.html"},
    ]
    listing = tmp_path / "pages.jsonl"
    listing.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    proc = _scrapy("extract", "--list", str(listing))
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[0]["source"] and "error" in out[1] and out[2]["title"] == out[0]["title"]
    assert proc.returncode == 1  # the batch finished, and says something failed


def test_demo_crawls_the_replica_and_summarizes(tmp_path):
    proc = _scrapy("demo", "--articles", "60", "--out", str(tmp_path / "demo"))
    out = proc.stdout.decode()
    assert proc.returncode == 0, out + proc.stderr.decode()[-2000:]
    assert "articles stored: 60" in out
    assert "ground truth: 60/60 articles right on every field, 0 missing, 0 extra" in out
    assert (tmp_path / "demo" / "portal.sqlite").exists()


@pytest.mark.parametrize(
    "argument, says",
    [
        ("mode=fast", "-a mode must be incremental or full"),
        ("since=yesterday", "-a since must be a date as YYYY-MM-DD"),
        ("max_pages=abc", "-a max_pages must be a whole number of 1 or more"),
        ("max_pages=0", "-a max_pages must be a whole number of 1 or more"),
        ("profile=nosuch", "-a profile: no profile 'nosuch'"),
        ("start_url=ftp://example.com/", "-a start_url must be an http(s) URL"),
        ("sections=a/b", "-a sections must be comma-separated section folders"),
        ("maxpages=2", "unknown spider argument maxpages"),
    ],
)
def test_a_wrong_spider_argument_is_one_line_and_exit_2(tmp_path, argument, says):
    proc = run_scrapy(
        "crawl", "portal", "-a", argument, "-s", f"SQLITE_PATH={tmp_path / 'p.sqlite'}", text=True
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]  # one line
    assert says in proc.stderr
    assert not (tmp_path / "p.sqlite").exists()  # nothing started


def test_a_start_url_that_refuses_connections_says_so_in_one_line(tmp_path):
    proc = run_scrapy(
        "crawl", "portal", "-a", "start_url=http://127.0.0.1:9/",
        "-s", "RETRY_TIMES=0", "-s", "ROBOTSTXT_OBEY=False",
        "-s", f"SQLITE_PATH={tmp_path / 'p.sqlite'}", "-s", f"JSONL_PATH={tmp_path / 'a.jsonl'}",
        "-s", f"STATE_DIR={tmp_path / 'state'}", text=True,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "the start page http://127.0.0.1:9/ cannot be fetched" in proc.stderr
    assert proc.stderr.rstrip().endswith("Connection refused.")  # the last line says why


@pytest.mark.parametrize(
    "make, flags, status, says",
    [
        (None, (), 2, "no such file"),
        ("folder", (), 2, "is a folder, not a saved page"),
        (b"", (), 1, "is no HTML page: empty answer"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), (), 1, "binary answer"),
        (b"<html><body><div>menu</div></body></html>", (), 1, "no article found"),
        (b"<html><body><h1>t</h1></body></html>", ("--charset", "nosuch"), 2, "--charset 'nosuch'"),
        (b"<html><body><h1>t</h1></body></html>", ("--site", "nosuch"), 2, "--site: no profile"),
    ],
)
def test_extract_refuses_what_is_not_a_page_in_one_line(tmp_path, make, flags, status, says):
    page = tmp_path / "page.html"
    if make == "folder":
        page.mkdir()
    elif make is not None:
        page.write_bytes(make)
    proc = run_scrapy("extract", str(page), *flags, text=True)
    assert proc.returncode == status, proc.stderr
    assert proc.stdout == ""  # no all-null record
    assert proc.stderr.count("\n") == 1 and says in proc.stderr


def test_crawl_help_lists_the_spider_arguments_settings_and_exit_statuses():
    proc = run_scrapy("crawl", "portal", "-h", text=True)
    assert proc.returncode == 0
    for word in ("start_url", "max_pages", "since", "mode", "SQLITE_PATH", "PAGINATION_MAX_PAGES"):
        assert word in proc.stdout
    for status in range(6):
        assert f"\n  {status}  " in proc.stdout


def test_every_option_of_every_project_command_is_described():
    for command in ("demo", "runs", "search", "export", "report", "extract", "reextract"):
        proc = run_scrapy(command, "-h", text=True)
        assert proc.returncode == 0, proc.stderr
        options = proc.stdout.split("Options\n=======", 1)[1].split("Global Options", 1)[0]
        lines = [*options.splitlines(), ""]
        for line, after in itertools.pairwise(lines):
            described = "  " in line.strip() or after.startswith(" " * 10)
            if line.startswith("  -") and not described:
                pytest.fail(f"scrapy {command}: an option without a description: {line.strip()}")
        assert "-O FILE" not in proc.stdout or command != "reextract"


def test_demo_on_a_terminal_shows_a_progress_bar_with_log_lines_above_it(tmp_path):
    import fcntl
    import os
    import pty
    import select
    import struct
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "demo", "--articles", "40", "--out", str(tmp_path / "demo")],
        stdout=slave, stderr=slave, cwd=ROOT,
    )  # fmt: skip
    os.close(slave)
    out = b""
    while select.select([master], [], [], 120)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    assert proc.wait(timeout=60) == 0
    text = out.decode("utf-8", "replace").replace("\r\n", "\n")
    assert "articles stored: 40 [" in text  # the bar, at its end
    warnings = [line for line in text.split("\n") if " WARNING: " in line]
    assert warnings, "the replica's dead link is logged at WARNING"
    for line in warnings:  # each log line printed whole, after the bar was cleared
        assert line.split("\r")[-1].startswith("20"), repr(line)
    assert "crawl stats:\n  portal/" in text  # the summary is a table, not a JSON line
