"""Run the replica in a child process: ``with ReplicaProcess(articles=300) as replica: replica.url``."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator


class ReplicaProcess:
    """The replica server in a subprocess on a free port of 127.0.0.1."""

    def __init__(
        self, *, articles: int = 300, seed: int = 1, faults: float = 0.0, hang: float = 3.0,
        startup_timeout: float = 30, family: str | None = None,
    ) -> None:  # fmt: skip
        self.args = [
            "--articles",
            str(articles),
            "--seed",
            str(seed),
            "--faults",
            str(faults),
            "--hang",
            str(hang),
            *(["--family", family] if family else []),
        ]
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self) -> ReplicaProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.dev.replica", "--port", "0", *self.args],
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline().strip()
        if not line.startswith("http://"):
            self.stop()
            raise RuntimeError(f"the replica did not start (it printed {line!r})")
        self.url = line
        return self

    def truth(self) -> Iterator[dict]:
        """The ground truth of every article, streamed from the server."""
        with urllib.request.urlopen(self.url + "__replica__/truth.jsonl", timeout=60) as answer:
            for line in answer:
                yield json.loads(line)

    def arrivals(self) -> list[float]:
        """When the server's requests came (Unix time), the last 100 000 of them."""
        with urllib.request.urlopen(self.url + "__replica__/arrivals.json", timeout=30) as answer:
            return json.load(answer)

    def publish(self, count: int, *, meta: bool = True) -> list[int]:
        """Publish ``count`` new articles (``meta=False``: a template without the meta line)."""
        return self._post(f"__replica__/publish?count={count}&meta={int(meta)}")["ids"]

    def edit(self, article_id: int) -> None:
        self._post(f"__replica__/edit?id={article_id}")

    def _post(self, path: str) -> dict:
        request = urllib.request.Request(self.url + path, data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.load(answer)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()

    def __enter__(self) -> ReplicaProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
