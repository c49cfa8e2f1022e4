"""A crawl on Redis: two workers and the writer against the replica, with a real
``redis-server`` on a free port (Debian's package: ``make redis`` installs it).

What must hold: every article stored exactly once with every field right, every process
exiting 0; a worker or the writer killed with SIGKILL mid-crawl loses nothing once the
same commands run again; the request rate to a host stays the configured one however
many workers share it; the crawl's keys leave Redis when it is finished.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import threading
import time
from collections import Counter

import pytest
import redis
from scrapy.http import Request
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from crawler.cluster import Keys
from crawler.dev.cluster import LocalCluster, RedisServer, wait_all
from crawler.dev.replica.process import ReplicaProcess
from crawler.dev.summary import compare_with_truth
from crawler.warc import read_warcinfo
from tests.conftest import run_scrapy

ARTICLES = 120


@pytest.fixture
def site():
    """A replica of its own per test: its view counters count the test's hits only."""
    with ReplicaProcess(articles=ARTICLES, seed=7) as server:
        yield server, list(server.truth())


@pytest.fixture
def redis_server():
    with RedisServer() as server:
        yield server


def keys_of(replica) -> Keys:
    return Keys(f"portal:{replica.url.split('/')[2]}")


def stored(cluster: LocalCluster) -> tuple[list[str], list[str]]:
    """The URLs in SQLite, and in JSON Lines (each as often as it is there)."""
    with sqlite3.connect(cluster.sqlite) as db:
        rows = [url for (url,) in db.execute("SELECT url FROM articles")]
    lines = cluster.jsonl.read_text(encoding="utf-8").splitlines()
    return rows, [json.loads(line)["url"] for line in lines]


def assert_every_article_once(
    cluster: LocalCluster, truth: list[dict], *, refetched: bool = False
) -> None:
    """Every article stored once, every field right. ``refetched``: a killed process's pages
    were fetched again, so a view counter may have counted that visit too (never fewer)."""
    rows, lines = stored(cluster)
    twice = [url for url, n in Counter(lines).items() if n > 1]
    assert not twice, f"stored twice in JSON Lines: {twice[:3]}"
    lost = sorted({a["url"] for a in truth} - set(rows))
    assert not lost, f"{len(lost)} articles lost: {lost[:3]}"
    assert len(rows) == len(set(rows)) == len(truth)
    report = compare_with_truth(cluster.sqlite, truth)
    assert not report["missing"], f"articles lost: {report['missing'][:3]}"
    mismatches = dict(report["mismatches"])
    if refetched and "views" in mismatches:
        want = {a["url"]: a["views"] for a in truth}
        with sqlite3.connect(cluster.sqlite) as db:
            got = dict(db.execute("SELECT url, views FROM articles"))
        assert all(got[url] > want[url] for url in mismatches.pop("views"))
    assert not mismatches, mismatches


def wait_for(condition, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def requests_sent(client: redis.Redis, keys: Keys, worker_log_hint: str = "") -> int:
    return sum(
        json.loads(raw).get("downloader/request_count", 0) for raw in client.hvals(keys.stats)
    )


def test_two_workers_and_the_writer_store_every_article_once_and_exit_0(
    site, redis_server, tmp_path
):
    replica, truth = site
    cluster = LocalCluster(redis_server.url, replica.url, tmp_path)
    warc = tmp_path / "warc"  # one folder for both workers
    procs = [
        cluster.writer(),
        cluster.worker(WARC_PATH=str(warc)),
        cluster.worker(WARC_PATH=str(warc)),
    ]
    assert wait_all(procs, timeout=240) == [0, 0, 0], (tmp_path / "writer.log").read_text()
    assert_every_article_once(cluster, truth)
    # each worker its own WARC files, named after it, together holding every article
    files = sorted(warc.glob("*.warc.gz"))
    assert len(files) == 2 and len({read_warcinfo(f)["worker"] for f in files}) == 2
    assert all(read_warcinfo(f)["worker"] in f.name for f in files)
    archived = set()
    for f in files:
        with f.open("rb") as stream:
            archived |= {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                         if r.rec_type == "response"}  # fmt: skip
    assert {a["url"] for a in truth} <= archived
    # one run, with each worker's part
    with sqlite3.connect(cluster.sqlite) as db:
        [(status, counts)] = db.execute("SELECT status, counts FROM runs").fetchall()
    counts = json.loads(counts)
    assert status == "ok"
    workers = counts["workers"]
    assert len(workers) == 2 and all(w["requests"] > 0 for w in workers.values())
    assert counts["requests"] == sum(w["requests"] for w in workers.values())
    assert counts["articles_new"] == len(truth)
    runs = run_scrapy("runs", "-s", f"SQLITE_PATH={cluster.sqlite}", text=True)
    assert runs.stdout.count(": worker ") == 2, runs.stdout
    # the finished crawl leaves nothing in Redis: the next run is a new crawl
    assert redis.Redis.from_url(redis_server.url).keys(keys_of(replica).prefix + "*") == []


def test_a_worker_killed_mid_crawl_loses_nothing(site, redis_server, tmp_path):
    replica, truth = site
    fast = {"CLUSTER_HEARTBEAT": "0.3", "CLUSTER_HEARTBEAT_TTL": "2", "DOWNLOAD_DELAY": "0.01"}
    cluster = LocalCluster(redis_server.url, replica.url, tmp_path, **fast)
    client, keys = redis.Redis.from_url(redis_server.url), keys_of(replica)
    writer, doomed, survivor = cluster.writer(), cluster.worker(), cluster.worker()
    wait_for(lambda: requests_sent(client, keys) >= 40, what="40 requests")
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    # what the dead worker held, read before its heartbeat expires (CLUSTER_HEARTBEAT_TTL)
    name = re.search(r"worker (\S+) joined", (tmp_path / "worker-1.log").read_text())[1]
    held = client.hlen(keys.lease(name))
    assert wait_all([writer, survivor], timeout=240) == [0, 0], (
        tmp_path / "writer.log"
    ).read_text()
    logs = "".join(p.read_text() for p in tmp_path.glob("*.log"))
    assert held == 0 or "stopped answering" in logs
    assert_every_article_once(cluster, truth, refetched=True)


def test_the_writer_killed_mid_crawl_then_started_again_loses_nothing(site, redis_server, tmp_path):
    replica, truth = site
    cluster = LocalCluster(redis_server.url, replica.url, tmp_path, DOWNLOAD_DELAY="0.01",
                           SQLITE_BATCH_SIZE="7")  # fmt: skip
    client, keys = redis.Redis.from_url(redis_server.url), keys_of(replica)
    writer, workers = cluster.writer(), [cluster.worker(), cluster.worker()]
    wait_for(lambda: cluster.sqlite.exists() and _count(cluster) >= 20, what="20 stored")
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert wait_all(workers, timeout=240) == [0, 0]
    assert client.llen(keys.items) + client.llen(keys.processing) > 0  # waiting for a writer
    assert wait_all([cluster.writer()], timeout=240) == [0], (tmp_path / "writer.log").read_text()
    assert_every_article_once(cluster, truth)


def _count(cluster: LocalCluster) -> int:
    try:
        with sqlite3.connect(cluster.sqlite, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_two_workers_keep_one_rate_per_host(redis_server, tmp_path):
    with ReplicaProcess(articles=40, seed=3) as replica:  # both workers busy at once
        delay = 0.1
        cluster = LocalCluster(redis_server.url, replica.url, tmp_path, DOWNLOAD_DELAY=str(delay),
                               RANDOMIZE_DOWNLOAD_DELAY="False")  # fmt: skip
        procs = [cluster.writer(), cluster.worker(), cluster.worker()]
        assert wait_all(procs, timeout=240) == [0, 0, 0]
        arrivals = sorted(replica.arrivals())
    assert len(arrivals) > 20
    # any 11 requests in a row span at least 1 s, less 5% for the server's own jitter
    spans = [arrivals[i + 10] - arrivals[i] for i in range(len(arrivals) - 10)]
    assert min(spans) >= 10 * delay * 0.95, f"{11} requests within {min(spans):.3f} s"


def test_fingerprints_are_scrapys_own():
    """The shared dupe filter keys requests as the rest of Scrapy does (not scrapy-redis's
    hash), so a request's fingerprint is the same in every component."""
    from crawler.cluster.frontier import FingerprintDupeFilter

    crawler = get_crawler()
    dupefilter = FingerprintDupeFilter(None, "seen", crawler=crawler)
    request = Request("http://example.com/a.html?b=1&a=2")
    assert (
        dupefilter.request_fingerprint(request)
        == crawler.request_fingerprinter.fingerprint(request).hex()
    )


def test_a_request_is_taken_for_seen_only_once_it_is_queued(redis_server):
    """Marking a request seen and queueing it are one step: a request that could not be
    queued (here its callback arguments cannot be encoded; elsewhere its worker was killed
    in between) is not taken for seen, so it is found and queued again."""
    from scrapy import Spider

    from crawler.cluster.frontier import LeasingScheduler

    crawler = get_crawler(Spider, {
        "REDIS_URL": redis_server.url, "CLUSTER_WORKER_ID": "w1", "CLUSTER_HEARTBEAT_TTL": 10,
        "DUPEFILTER_CLASS": "crawler.cluster.frontier.FingerprintDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue", "SCHEDULER_PERSIST": True,
    })  # fmt: skip
    crawler.spider = Spider.from_crawler(crawler, name="t", start_url="http://example.com/")
    scheduler = LeasingScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    url = "http://example.com/a.html"
    with pytest.raises(TypeError):
        scheduler.enqueue_request(Request(url, cb_kwargs={"lock": threading.Lock()}))
    assert scheduler.enqueue_request(Request(url))
    assert not scheduler.enqueue_request(Request(url))  # now it is seen
    assert scheduler.enqueue_request(Request(url, dont_filter=True))
    assert scheduler.queue.server.zcard(scheduler.queue_key) == 2
    assert scheduler.next_request().url == url


def test_a_redis_that_does_not_answer_is_one_line_and_exit_1():
    from crawler.dev.cluster import free_port

    url = f"redis://127.0.0.1:{free_port()}/0"
    worker = run_scrapy("crawl", "portal", "-a", "start_url=http://127.0.0.1:9/",
                        "-s", f"REDIS_URL={url}", text=True)  # fmt: skip
    writer = run_scrapy("writer", "-s", f"REDIS_URL={url}", text=True)
    for proc in (worker, writer):
        assert proc.returncode == 1
        assert proc.stderr.strip().splitlines()[-1].startswith(f"not started: Redis at {url}")
        assert "Traceback" not in proc.stderr
    no_redis = run_scrapy("writer", text=True)
    assert no_redis.returncode == 2 and "REDIS_URL" in no_redis.stderr


def test_the_next_crawl_on_redis_is_incremental(site, redis_server, tmp_path):
    """The writer publishes what its store knows: a second crawl fetches only what is new."""
    replica, _ = site
    cluster = LocalCluster(redis_server.url, replica.url, tmp_path, VIEWS_REFRESH_DAYS="0")
    assert wait_all([cluster.writer(), cluster.worker(), cluster.worker()], timeout=240) == [0] * 3
    new = replica.publish(3)
    assert wait_all([cluster.writer(), cluster.worker(), cluster.worker()], timeout=240) == [0] * 3
    with sqlite3.connect(cluster.sqlite) as db:
        runs = [json.loads(c) for (c,) in db.execute("SELECT counts FROM runs ORDER BY id")]
        stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert stored == ARTICLES + len(new)
    assert runs[1]["articles_new"] == len(new)
    assert runs[1]["requests"] < runs[0]["requests"] / 3, runs[1]


def test_every_worker_killed_then_started_again_finishes_the_crawl(site, redis_server, tmp_path):
    """All workers SIGKILLed mid-crawl: the writer waits; the same command started again
    takes the queue and the dead workers' leases, and the crawl finishes, nothing lost."""
    replica, truth = site
    fast = {"CLUSTER_HEARTBEAT": "0.3", "CLUSTER_HEARTBEAT_TTL": "2", "DOWNLOAD_DELAY": "0.01"}
    cluster = LocalCluster(redis_server.url, replica.url, tmp_path, **fast)
    client, keys = redis.Redis.from_url(redis_server.url), keys_of(replica)
    writer, workers = cluster.writer(), [cluster.worker(), cluster.worker()]
    wait_for(lambda: requests_sent(client, keys) >= 40, what="40 requests")
    for worker in workers:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    assert writer.poll() is None  # the crawl is not done: the writer waits
    again = [cluster.worker(), cluster.worker()]
    assert wait_all([writer, *again], timeout=240) == [0, 0, 0], (
        tmp_path / "writer.log"
    ).read_text()
    assert_every_article_once(cluster, truth, refetched=True)
