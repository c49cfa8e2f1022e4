"""Research archives: WARC capture and offline re-extraction, search, exports, report, Datasette."""

from __future__ import annotations

import asyncio
import csv
import gzip
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.dev.replica.process import ReplicaProcess
from tests.conftest import ROOT, run_crawl, run_scrapy


def _scrapy(*args: str) -> subprocess.CompletedProcess:
    return run_scrapy(*args, text=True)


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    """A crawl of the replica with WARC on, then a re-extraction of the WARC alone (server stopped)."""
    root = tmp_path_factory.mktemp("archive")
    with ReplicaProcess(articles=80, seed=11) as replica:
        crawl = run_crawl(
            root / "crawl",
            replica.url,
            "-s",
            f"WARC_PATH={root / 'warc'}",
            "-s",
            "WARC_MAX_SIZE=200000",
        )
        truth = list(replica.truth())
    replay = root / "replay"
    replay.mkdir()
    proc = _scrapy(
        "reextract", str(root / "warc"),
        "-s", f"SQLITE_PATH={replay / 'portal.sqlite'}", "-s", f"JSONL_PATH={replay / 'articles.jsonl'}",
        "-s", f"STATS_JSON_PATH={replay / 'stats.json'}",
    )  # fmt: skip
    return {"root": root, "crawl": crawl, "truth": truth, "replay": replay, "proc": proc}


def _items(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {row["url"]: {k: v for k, v in row.items() if k != "crawled_at"} for row in rows}


def test_warc_files_rotate_and_pass_warcio_check(archived):
    files = sorted((archived["root"] / "warc").glob("*.warc.gz"))
    assert len(files) > 1  # rotated at WARC_MAX_SIZE
    check = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_warc_keeps_the_servers_bytes(archived):
    kinds, compressed, counters = set(), 0, 0
    for path in sorted((archived["root"] / "warc").glob("*.warc.gz")):
        with path.open("rb") as f:
            for record in ArchiveIterator(f):
                kinds.add(record.rec_type)
                if record.rec_type != "response":
                    continue
                assert record.rec_headers.get_header("WARC-Payload-Digest")
                assert record.rec_headers.get_header("WARC-Date")
                raw = record.raw_stream.read()
                if record.http_headers.get_header("Content-Encoding") == "gzip":
                    assert raw[:2] == b"\x1f\x8b"  # compressed as the server sent it
                    gzip.decompress(raw)
                    compressed += 1
                counters += "count.php" in record.rec_headers.get_header("WARC-Target-URI")
    assert kinds == {"warcinfo", "request", "response"}
    assert compressed > 0 and counters > 0


def test_reextract_offline_gives_the_same_items(archived):
    assert archived["proc"].returncode == 0, archived["proc"].stderr[-3000:]
    stats = json.loads((archived["replay"] / "stats.json").read_text(encoding="utf-8"))
    assert stats.get("portal/replay/missing", 0) == 0
    crawled, replayed = (
        _items(archived["crawl"].jsonl),
        _items(archived["replay"] / "articles.jsonl"),
    )
    assert len(crawled) == len(archived["truth"])
    assert replayed == crawled


def test_search_finds_a_phrase_from_a_known_body(archived):
    record = next(r for r in archived["truth"] if "秦始皇统一度量衡" in r["body"])
    proc = _scrapy(
        "search",
        "秦始皇统一度量衡",
        "-s",
        f"SQLITE_PATH={archived['crawl'].sqlite}",
        "--limit",
        "100",
    )
    assert proc.returncode == 0, proc.stderr
    assert record["url"] in proc.stdout and "【秦始皇统一度量衡】" in proc.stdout
    short = _scrapy(
        "search",
        "计量",
        "检定",
        "--section",
        record["section"],
        "-s",
        f"SQLITE_PATH={archived['crawl'].sqlite}",
    )
    assert short.returncode == 0 and "【计量】" in short.stdout


def test_search_index_follows_updates(tmp_path):
    from crawler.items import Article
    from crawler.store import Store
    from crawler.store.search import search

    store = Store(tmp_path / "s.sqlite")
    store.articles.upsert(
        Article(url="http://x/1.html", title="旧标题", body="原来的正文内容", content_hash="a")
    )
    store.articles.upsert(
        Article(url="http://x/1.html", title="新标题", body="修改后的正文内容", content_hash="b")
    )
    store.commit()
    assert [h.url for h in search(store.db, "修改后的")] == ["http://x/1.html"]
    assert search(store.db, "原来的正文") == []


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_exports_round_trip_rows_and_types(archived, tmp_path, fmt):
    out = tmp_path / f"articles.{fmt}"
    proc = _scrapy(
        "export",
        "--format",
        fmt,
        "-o",
        str(out),
        "-s",
        f"SQLITE_PATH={archived['crawl'].sqlite}",
        "--bom",
    )
    assert proc.returncode == 0, proc.stderr
    (count,) = (
        sqlite3.connect(archived["crawl"].sqlite)
        .execute("SELECT count(*) FROM articles")
        .fetchone()
    )
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == count
        assert pa.types.is_timestamp(table.schema.field("published_at").type)
        assert table.schema.field("published_at").type.tz == "Asia/Shanghai"
        assert table.schema.field("views").type == pa.int64()
    elif fmt == "csv":
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # --bom, for spreadsheets
        rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        assert len(rows) == count and "计量" in "".join(r["title"] for r in rows)
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == count and all(isinstance(r["views"], int | None) for r in rows)


def test_export_filters(archived, tmp_path):
    out = tmp_path / "since.jsonl"
    proc = _scrapy(
        "export", "--format", "jsonl", "-o", str(out), "--since", "2020-01-01", "--until", "2024-12-31",
        "--section", "redianjujiao", "-s", f"SQLITE_PATH={archived['crawl'].sqlite}",
    )  # fmt: skip
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert proc.returncode == 0 and rows
    assert all(
        "2020" <= r["published_at"][:4] <= "2024" and "/redianjujiao/" in r["url"] for r in rows
    )


def test_report_is_self_contained_with_every_chart(archived, tmp_path):
    out = tmp_path / "report.html"
    proc = _scrapy("report", "-o", str(out), "-s", f"SQLITE_PATH={archived['crawl'].sqlite}")
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('class="plotly-graph-div"') == 5
    assert "<script src=" not in page and "<link" not in page  # nothing fetched to view it


@pytest.mark.skipif(
    not shutil.which("chromium"), reason="Debian's chromium is not installed (see README)"
)
def test_report_renders_in_headless_chromium(archived, tmp_path):
    out = tmp_path / "report.html"
    _scrapy("report", "-o", str(out), "-s", f"SQLITE_PATH={archived['crawl'].sqlite}")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000"]  # fmt: skip
    dom = subprocess.run(
        ["chromium", *flags, "--dump-dom", out.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dom.stdout.count('class="main-svg"') >= 5  # every chart drawn by Plotly
    shot = tmp_path / "report.png"
    subprocess.run(["chromium", *flags, "--window-size=1200,2400", f"--screenshot={shot}", out.as_uri()],
                   capture_output=True, timeout=120)  # fmt: skip
    assert shot.stat().st_size > 10_000


def test_datasette_serves_the_store_with_search_and_facets(archived):
    from datasette.app import Datasette

    metadata = json.loads((ROOT / "crawler" / "datasette.json").read_text(encoding="utf-8"))
    path = archived["root"] / "portal.sqlite"
    shutil.copy(archived["crawl"].sqlite, path)

    async def get():
        ds = Datasette([str(path)], metadata=metadata)
        return (
            await ds.client.get("/portal/articles.json?_search=秦始皇统一度量衡&_shape=objects")
        ).json()

    data = asyncio.run(get())
    assert data["rows"] and all("秦始皇统一度量衡" in row["body"] for row in data["rows"])
    facets = data["facet_results"]
    assert set(facets.get("results", facets)) >= {"section", "source", "published_year"}


def test_search_and_export_leave_reprints_out_on_request(tmp_path):
    from crawler.items import Article
    from crawler.store import Store

    path = tmp_path / "s.sqlite"
    store = Store(path)
    body = "国家市场监管总局召开计量工作座谈会，部署今年的重点任务。"
    store.articles.upsert(
        Article(url="http://a/1.html", title="座谈会", body=body, content_hash="a")
    )
    store.articles.upsert(
        Article(
            url="http://b/9.html",
            title="座谈会",
            body=body,
            content_hash="a",
            reprint_of="http://a/1.html",
        )
    )
    store.commit()
    store.close()
    for flags, want in (((), 2), (("--no-reprints",), 1)):
        proc = _scrapy("search", "座谈会", *flags, "-s", f"SQLITE_PATH={path}")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.count("座谈会  (") == want
        out = tmp_path / f"export{len(flags)}.jsonl"
        proc = _scrapy(
            "export", "--format", "jsonl", "-o", str(out), *flags, "-s", f"SQLITE_PATH={path}"
        )
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert proc.returncode == 0 and len(rows) == want
    assert {r["url"]: r["reprint_of"] for r in rows} == {"http://a/1.html": None}


@pytest.mark.parametrize(
    "command, says",
    [
        (
            ("export", "--format", "jsonl", "-o", "{tmp}/e.jsonl", "--since", "2024/13/01"),
            "--since must be a date as YYYY-MM-DD",
        ),
        (
            ("export", "--format", "jsonl", "-o", "{tmp}/e.jsonl", "--until", "last week"),
            "--until must be a date",
        ),
        (("search", "计量", "--since", "yesterday"), "--since must be a date"),
        (
            ("export", "--format", "csv", "-o", "/proc/no/such/e.csv"),
            "cannot write /proc/no/such/e.csv",
        ),
    ],
)
def test_store_commands_refuse_a_users_mistake_in_one_line(archived, tmp_path, command, says):
    args = [a.format(tmp=tmp_path) for a in command]
    proc = _scrapy(*args, "-s", f"SQLITE_PATH={archived['crawl'].sqlite}")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and says in proc.stderr


def test_a_search_in_traditional_script_finds_simplified_text(archived):
    simplified = _scrapy("search", "计量", "-s", f"SQLITE_PATH={archived['crawl'].sqlite}")
    traditional = _scrapy("search", "計量", "-s", f"SQLITE_PATH={archived['crawl'].sqlite}")
    assert traditional.returncode == 0 and traditional.stdout == simplified.stdout


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_exports_hold_every_field_images_as_a_list(archived, tmp_path, fmt):
    from dataclasses import fields

    from crawler.items import Article

    out = tmp_path / f"all.{fmt}"
    proc = _scrapy(
        "export", "--format", fmt, "-o", str(out), "-s", f"SQLITE_PATH={archived['crawl'].sqlite}"
    )
    assert proc.returncode == 0, proc.stderr
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    elif fmt == "csv":
        import csv

        with out.open(encoding="utf-8", newline="") as f:
            rows = [{**r, "images": json.loads(r["images"])} for r in csv.DictReader(f)]
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(rows[0]) == {f.name for f in fields(Article)}
    assert all(isinstance(r["images"], list) for r in rows)
    assert any(r["images"] for r in rows)


def test_datasette_keeps_facets_for_any_store_name_and_finds_two_character_words(
    archived, tmp_path
):
    from datasette.app import Datasette

    from crawler.commands.datasette import metadata_for

    path = tmp_path / "archive-2026.sqlite"
    shutil.copy(archived["crawl"].sqlite, path)

    async def get(url):
        return (await Datasette([str(path)], metadata=metadata_for(path)).client.get(url)).json()

    table = asyncio.run(get("/archive-2026/articles.json?_shape=objects"))
    facets = table["facet_results"]
    assert set(facets.get("results", facets)) >= {"section", "source", "published_year"}
    found = asyncio.run(get("/archive-2026/search.json?q=计量&_shape=objects"))
    assert found["rows"] and all(
        "计量" in row["title"] or "计量" in _body(path, row["url"]) for row in found["rows"]
    )


def _body(path, url) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT body FROM articles WHERE url = ?", (url,)).fetchone()[0]
    finally:
        db.close()


def test_a_second_reextraction_into_the_same_store_succeeds(archived):
    # a repair that finds the store up to date did its job: exit 0, the run recorded ok
    replay = archived["replay"]
    proc = _scrapy(
        "reextract", str(archived["root"] / "warc"),
        "-s", f"SQLITE_PATH={replay / 'portal.sqlite'}", "-s", f"JSONL_PATH={replay / 'articles.jsonl'}",
    )  # fmt: skip
    assert archived["proc"].returncode == 0 and proc.returncode == 0, proc.stderr[-2000:]
    db = sqlite3.connect(replay / "portal.sqlite")
    statuses = [s for (s,) in db.execute("SELECT status FROM runs ORDER BY id")]
    rows = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    assert statuses == ["ok", "ok"] and rows == len(archived["truth"])
