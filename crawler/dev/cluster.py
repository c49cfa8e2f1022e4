"""A crawl on Redis on this machine: a ``redis-server``, the replica, workers and the writer.

``python -m crawler.dev.cluster [--workers 2] [--articles 300]`` (``make demo-cluster``)
starts them all, waits until every process has exited, and prints the demo's summary
against the replica's truth. Tests and ``make bench`` use :class:`RedisServer` and
:class:`LocalCluster`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from crawler.dev.replica.process import ReplicaProcess
from crawler.dev.summary import print_summary

#: What the replica needs: no politeness against our own server.
REPLICA = {
    "ROBOTSTXT_OBEY": "False", "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
}  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """Debian's ``redis-server`` on a free port of 127.0.0.1, nothing saved to disk."""

    def __init__(self) -> None:
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise RuntimeError("redis-server is not installed: make redis (Debian's package)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> RedisServer:
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        import redis

        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


class LocalCluster:
    """Workers and a writer of one crawl, as ``scrapy`` subprocesses, logs in ``folder``."""

    def __init__(self, redis_url: str, start_url: str, folder: Path, **settings: str) -> None:
        self.redis_url = redis_url
        self.start_url = start_url
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.settings = {"REDIS_URL": redis_url, **REPLICA, **settings}
        self.sqlite = self.folder / "portal.sqlite"
        self.jsonl = self.folder / "articles.jsonl"
        self.started = 0

    def _scrapy(self, args: list[str], name: str, **settings: str) -> subprocess.Popen:
        options = [f"-s{k}={v}" for k, v in {**self.settings, **settings}.items()]
        log = (self.folder / f"{name}.log").open("a")
        return subprocess.Popen(
            [sys.executable, "-m", "scrapy.cmdline", *args, *options],
            stdout=log, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parents[2],
        )  # fmt: skip

    def worker(self, **settings: str) -> subprocess.Popen:
        self.started += 1
        n = self.started
        state = str(self.folder / f"state-{n}")
        args = ["crawl", "portal", "-a", f"start_url={self.start_url}"]
        return self._scrapy(args, f"worker-{n}", STATE_DIR=state, **settings)

    def writer(self, **settings: str) -> subprocess.Popen:
        return self._scrapy(
            ["writer"], "writer", SQLITE_PATH=str(self.sqlite), JSONL_PATH=str(self.jsonl),
            STATE_DIR=str(self.folder / "state-writer"), **settings,
        )  # fmt: skip


def wait_all(procs: list[subprocess.Popen], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return [proc.returncode for proc in procs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.cluster", description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--out", default="data/demo-cluster")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    out = Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    with RedisServer() as redis_server, ReplicaProcess(articles=args.articles) as replica:
        print(f"redis-server at {redis_server.url}; replica of 中国计量网 with "
              f"{args.articles} articles at {replica.url}")  # fmt: skip
        cluster = LocalCluster(redis_server.url, replica.url, out)
        procs = [cluster.writer()] + [cluster.worker() for _ in range(args.workers)]
        print(f"a writer and {args.workers} workers started (logs in {out}/)")
        codes = wait_all(procs, args.timeout)
        truth = list(replica.truth())
    print("exit statuses: writer", codes[0], "workers", " ".join(map(str, codes[1:])))
    report = print_summary(cluster.sqlite, truth)
    print(f"runs: {sys.executable} -m scrapy.cmdline runs -s SQLITE_PATH={cluster.sqlite}")
    return 0 if not any(codes) and not report["missing"] else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
