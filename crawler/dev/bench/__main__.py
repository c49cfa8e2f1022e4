"""``make bench``: ``python -m crawler.dev.bench [--sizes 20000,100000] [--realpages DIR]...``.

Four measurements, each as ratios inside one run on this machine:

1. crawl throughput: the ``portal`` spider and a bare spider following the same
   links, one after the other against the same replica server (a separate
   process whose CPU share is reported), politeness off;
2. extraction: pages/s of building an item from a response, beside
   trafilatura, GNE and lxml parsing alone, on the same pages in this process, each page
   read once by each;
3. memory: peak RSS of the crawler process at each replica size;
4. storage: items/s into SQLite and into JSON Lines alone;
5. a crawl on Redis: one process without Redis, then one worker and two workers (each
   with the writer) against the same replica, wall time and articles/s.

Prints one table and writes JSON to ``data/bench/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import scrapy

from crawler.dev.bench.paired import ROOT, replica_pages, saved_pages, warm_up
from crawler.dev.replica.process import ReplicaProcess
from crawler.settings import LOCAL_REPLICA_SETTINGS

LOCAL = {**LOCAL_REPLICA_SETTINGS, "LOG_LEVEL": "WARNING", "VIEWS_REFRESH_DAYS": 0}


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _PeakRss(threading.Thread):
    """The child's own high-water mark (VmHWM), read until it exits.

    ``ru_maxrss`` of a forked child counts the parent's pages before ``exec``,
    so a big benchmark process would inflate every crawl's figure.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.kb = 0
        self.running = True
        self.start()

    def run(self) -> None:
        while self.running:
            try:
                for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.kb = max(self.kb, int(line.split()[1]))
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass
            time.sleep(0.2)

    def stop(self) -> None:
        self.running = False


def run_crawl(args: list[str], settings: dict[str, str], server_pid: int) -> dict:
    """Run a crawl in a child process; its stats, CPU, peak RSS, and the server's CPU meanwhile."""
    with tempfile.TemporaryDirectory() as tmp:
        stats_path = Path(tmp) / "stats.json"
        cmd = [sys.executable, "-m", "scrapy", *args]
        for key, value in {**LOCAL, **settings, "STATS_JSON_PATH": str(stats_path)}.items():
            cmd += ["-s", f"{key}={value}"]
        server_cpu = _cpu_seconds(server_pid)
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak = _PeakRss(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        peak.stop()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if not stats_path.exists():
            raise RuntimeError(f"crawl failed ({proc.returncode}): {err[-2000:]}")
        stats = json.loads(stats_path.read_text(encoding="utf-8"))
    responses = stats.get("response_received_count", 0)
    elapsed = stats.get("elapsed_time_seconds", wall)
    cpu = usage.ru_utime + usage.ru_stime
    return {
        "exit": proc.returncode,
        "wall_s": round(wall, 1),
        "elapsed_s": round(elapsed, 1),
        "responses": responses,
        "items": stats.get("item_scraped_count", 0),
        "responses_per_s": round(responses / elapsed, 1),
        "items_per_s": round(stats.get("item_scraped_count", 0) / elapsed, 1),
        "cpu_s_per_1000_pages": round(1000 * cpu / max(responses, 1), 2),
        "peak_rss_mb": round(peak.kb / 1024, 1),
        "server_cpu_share": round((_cpu_seconds(server_pid) - server_cpu) / wall, 2),
    }


def bench_crawl(size: int, out: Path, *, with_bare: bool) -> dict:
    with ReplicaProcess(articles=size, seed=1) as replica:
        pid = replica.proc.pid
        store = {
            "JSONL_PATH": str(out / f"crawl-{size}.jsonl"),
            "SQLITE_PATH": str(out / f"crawl-{size}.sqlite"),
        }
        for path in store.values():
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(path + suffix).unlink(missing_ok=True)
        result = {
            "portal": run_crawl(["crawl", "portal", "-a", f"start_url={replica.url}"], store, pid)
        }
        if with_bare:
            bare = [
                "runspider",
                str(Path(__file__).with_name("bare.py")),
                "-a",
                f"start_url={replica.url}",
            ]
            result["bare"] = run_crawl(
                bare, {"SQLITE_PATH": "", "JSONL_PATH": "", "ITEM_PIPELINES": "{}"}, pid
            )
            result["ratio"] = round(
                result["portal"]["responses_per_s"] / result["bare"]["responses_per_s"], 2
            )
    return result


def _real_pages(folder: Path) -> list[tuple[bytes, str]]:
    """A folder's saved pages: those its ``manifest.jsonl`` lists (with their URLs), else
    every ``*.html`` below it."""
    return saved_pages([folder])


def _pages(realpages: list[Path], count: int) -> dict[str, list[tuple[bytes, str]]]:
    sets = {"replica": replica_pages(count)}
    for folder in realpages:
        if pages := _real_pages(folder) if folder.is_dir() else []:
            name = folder.name if folder.name != "pages" else folder.parent.name
            sets[name] = pages
    return sets


def bench_extraction(realpages: list[Path], count: int) -> dict:
    from lxml import html as lxml_html

    from crawler.pages import extract_page, page_text

    def ours(body, url):
        extract_page(body, url)

    def lxml_only(body, url):
        lxml_html.fromstring(body)

    def text_of(body, url):  # what the peers are given: decoded text, as a crawl would
        return page_text(body, url)

    extractors = {"ours (item + normalize)": ours, "lxml parse only": lxml_only}
    try:
        import trafilatura

        extractors["trafilatura"] = lambda b, u: trafilatura.extract(
            text_of(b, u), url=u, with_metadata=True
        )
    except ImportError:
        pass
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()
        extractors["GNE"] = lambda b, u: gne.extract(text_of(b, u))
    except ImportError:
        pass
    results = {}
    for func in extractors.values():
        warm_up(func)  # (imports, dictionaries)
    for name, pages in _pages(realpages, count).items():
        results[name] = {"pages": len(pages)}
        # Each page read once by each extractor, taking turns page by page, so a slower or
        # faster spell of the machine falls on every extractor alike; not rounds over the same
        # pages, which a peer's caches read faster the second time (see warm_up)
        spent = dict.fromkeys(extractors, 0.0)
        for body, url in pages:
            for label, func in extractors.items():
                if label in results[name]:
                    continue  # (failed)
                started = time.perf_counter()
                try:
                    func(body, url)
                except Exception as exc:  # a peer failing on a page is reported, not fatal
                    results[name][label] = f"failed: {type(exc).__name__}"
                spent[label] += time.perf_counter() - started
        for label in extractors:
            results[name].setdefault(label, round(len(pages) / spent[label], 1))
    return results


def bench_storage(count: int, out: Path) -> dict:
    from dataclasses import replace

    from scrapy.utils.misc import build_from_crawler
    from scrapy.utils.test import get_crawler

    from crawler import settings as settings_module
    from crawler.dev.replica.content import Site
    from crawler.dev.replica.truth import truth_records
    from crawler.items import Article
    from pipelines.jsonl import JsonLinesPipeline
    from pipelines.normalize import content_hash
    from pipelines.sqlite import SQLitePipeline

    site = Site(2000, seed=3)
    fields = set(Article.__dataclass_fields__)
    base = [
        Article(**{k: v for k, v in r.items() if k in fields})
        for r in truth_records(site, "http://x")
    ]
    items = [
        replace(
            base[i % len(base)],
            url=f"http://x/s/{i}.html",
            content_hash=content_hash(str(i), base[i % len(base)].body),
        )
        for i in range(count)
    ]
    results = {}
    for label, cls, setting in (
        ("sqlite", SQLitePipeline, "SQLITE_PATH"),
        ("jsonl", JsonLinesPipeline, "JSONL_PATH"),
    ):
        path = out / f"storage.{label}"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        project = {k: getattr(settings_module, k) for k in dir(settings_module) if k.isupper()}
        crawler = get_crawler(
            scrapy.Spider, {**project, setting: str(path), "STATE_DIR": str(out / "state")}
        )
        crawler.stats.open_spider()
        pipe = build_from_crawler(cls, crawler)
        pipe.open_spider()
        started = time.perf_counter()
        for item in items:
            pipe.process_item(item)
        pipe.close_spider()
        results[f"{label}_items_per_s"] = round(count / (time.perf_counter() - started))
    return results


def bench_cluster(size: int, out: Path) -> dict:
    """One process, then 1 and 2 workers (with the writer) on a local redis-server."""
    from crawler.dev.cluster import LocalCluster, RedisServer, wait_all

    result: dict = {"articles": size}
    with RedisServer() as redis_server, ReplicaProcess(articles=size) as replica:
        for name, workers in (("single process", 0), ("1 worker", 1), ("2 workers", 2)):
            folder = Path(tempfile.mkdtemp(dir=out))
            cluster = LocalCluster(redis_server.url, replica.url, folder, **{
                k: str(v) for k, v in LOCAL.items()})  # fmt: skip
            started = time.monotonic()
            if workers:
                procs = [cluster.writer()] + [cluster.worker() for _ in range(workers)]
            else:  # the same settings without Redis, stored by the crawl itself
                procs = [cluster.worker(REDIS_URL="", SQLITE_PATH=str(cluster.sqlite),
                                        JSONL_PATH=str(cluster.jsonl))]  # fmt: skip
            codes = wait_all(procs, timeout=3600)
            seconds = time.monotonic() - started
            stored = sum(1 for _ in cluster.jsonl.open(encoding="utf-8"))
            result[name] = {"seconds": round(seconds, 1), "articles": stored,
                            "articles_per_s": round(stored / seconds, 1), "exit": codes}  # fmt: skip
    base = result["single process"]["articles_per_s"]
    for name in ("1 worker", "2 workers"):
        result[name]["vs_single"] = round(result[name]["articles_per_s"] / base, 2)
    return result


def machine() -> dict:
    return {
        "cores": os.cpu_count(),
        "cpu": next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if "model name" in line
            ),
            platform.processor(),
        ),
        "python": platform.python_version(),
        "scrapy": scrapy.__version__,
    }


def table(report: dict) -> str:
    lines = [f"machine: {report['machine']['cores']} cores, {report['machine']['cpu']}, "
             f"Python {report['machine']['python']}, Scrapy {report['machine']['scrapy']}"]  # fmt: skip
    crawl = report.get("crawl", {})
    if crawl:
        lines.append(
            "\ncrawl (politeness off)      resp/s  items/s  CPU s/1000 pages  peak RSS MB  server CPU"
        )
        for size, result in crawl.items():
            for name in ("portal", "bare"):
                if name in result:
                    r = result[name]
                    lines.append(
                        f"  {name:<6} {size:>7} articles {r['responses_per_s']:>7} {r['items_per_s']:>8} "
                        f"{r['cpu_s_per_1000_pages']:>17} {r['peak_rss_mb']:>12} {r['server_cpu_share']:>11.0%}"
                    )
            if "ratio" in result:
                lines.append(f"  portal / bare responses/s: {result['ratio']}")
        sizes = sorted(crawl, key=int)
        if len(sizes) > 1:
            low, high = (
                crawl[sizes[0]]["portal"]["peak_rss_mb"],
                crawl[sizes[-1]]["portal"]["peak_rss_mb"],
            )
            lines.append(f"  peak RSS {sizes[-1]} vs {sizes[0]} articles: {high / low:.2f}x")
    for name, result in report.get("extraction", {}).items():
        lines.append(f"\nextraction, {name} ({result['pages']} pages): pages/s")
        ours = result.get("ours (item + normalize)")
        for label, value in result.items():
            if label == "pages":
                continue
            ratio = (
                f"  (ours is {ours / value:.1f}x)"
                if isinstance(value, float)
                and isinstance(ours, float)
                and label not in ("ours (item + normalize)", "lxml parse only")
                else ""
            )
            lines.append(f"  {label:<26} {value}{ratio}")
    if "cluster" in report:
        c = report["cluster"]
        lines.append(f"\ncrawl on Redis, {c['articles']} articles (politeness off, {report['machine']['cores']} cores "
                     "for the replica, Redis, the writer and the workers)")  # fmt: skip
        for name in ("single process", "1 worker", "2 workers"):
            r = c[name]
            ratio = f"  ({r['vs_single']}x one process)" if "vs_single" in r else ""
            lines.append(f"  {name:<15} {r['seconds']:>7} s {r['articles']:>7} stored "
                         f"{r['articles_per_s']:>8} articles/s{ratio}  exit {r['exit']}")  # fmt: skip
    if "storage" in report:
        s = report["storage"]
        lines.append(
            f"\nstorage: SQLite {s['sqlite_items_per_s']} items/s, JSON Lines {s['jsonl_items_per_s']} items/s"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.bench", description=__doc__)
    parser.add_argument(
        "--sizes", default="20000,100000", help="replica sizes to crawl (first one also runs bare)"
    )
    parser.add_argument(
        "--realpages",
        action="append",
        help="a folder of saved pages to time extraction on (a manifest.jsonl's, or every "
        "*.html below it); give it again for more sets (default: ../shared/realpages/cn-dev)",
    )
    parser.add_argument(
        "--pages", type=int, default=500, help="replica pages for the extraction benchmark"
    )
    parser.add_argument("--items", type=int, default=20000, help="items for the storage benchmark")
    parser.add_argument("--out", default=str(ROOT / "data" / "bench"))
    parser.add_argument(
        "--skip", default="", help="comma-separated parts to skip: crawl,extraction,storage,cluster"
    )
    parser.add_argument(
        "--cluster-size", type=int, default=3000, help="replica size for the crawl on Redis"
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    report: dict = {
        "machine": machine(),
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if "extraction" not in skip:
        folders = args.realpages or [str(ROOT.parent / "shared" / "realpages" / "cn-dev")]
        report["extraction"] = bench_extraction([Path(f) for f in folders], args.pages)
    if "storage" not in skip:
        report["storage"] = bench_storage(args.items, out)
    if "cluster" not in skip:
        report["cluster"] = bench_cluster(args.cluster_size, out)
    if "crawl" not in skip:
        sizes = [int(s) for s in args.sizes.split(",") if s]
        report["crawl"] = {
            str(size): bench_crawl(size, out, with_bare=n == 0 and "bare" not in skip)
            for n, size in enumerate(sizes)
        }
    report["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    text = table(report)
    print(text)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    for name in (f"bench-{stamp}.json", "latest.json"):
        (out / name).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwritten: {out / f'bench-{stamp}.json'}")


if __name__ == "__main__":
    main()
