"""Two extractors timed against each other page by page, each in a process of its own.

``python -m crawler.dev.bench.paired --pages DIR --a . --b ../other-checkout`` times this
checkout's extractor against another checkout's (``--b trafilatura``: against trafilatura,
given the page's text as ``make bench`` gives it). The two processes take turns run by run,
each page timed ``--best-of`` times by each (once against trafilatura, whose caches read a page
faster the second time: see :func:`warm_up`), its best kept: on a machine whose speed drifts
between minutes (a shared one) both sides meet the same spells, and neither process's memory
(its garbage collector's generations, its caches) is the other's, as they are when ``make
bench`` runs every extractor in one process. Each of the ``--rounds`` rounds starts two new
processes: one process may run a few percent faster or slower than the next for its life
(where its memory lies, its hash seed), so one pair is not enough. Four rounds put the
same two checkouts within 4 % of each other from run to run on this project's machine.

It prints each side's milliseconds a page (the sum of the best times over the pages) and
B/A, above 1 when A is faster, and the lowest and highest B/A of a round taken alone (how
much the rounds disagree: a difference smaller than that is not shown by one run). A
checkout is given by its root (the folder that holds ``crawler/``), run with it first on
``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the project
PEER = "trafilatura"

WARM_UP_URL = "http://example.invalid/a/1.html"

# a small article in both scripts, with a pinyin bracket, a meta line and English prose
WARM_UP_PAGE = """<html><head><meta charset="utf-8"><title>計量網的標準 - 示例</title></head>
<body><h1>計量網的標準</h1><div>发布时间：2020-05-06 10:20 来源：新华社 作者：张三</div>
<div class="content"><p>中國計(jì)量網(wǎng)發佈了新的國家標準，各地計量機構將按照要求開展檢定工作。</p>
<p>市场监管总局表示，计量是经济社会发展的重要技术基础，将继续推进计量体系建设。</p>
<p>The new standards take effect next year, officials said on Tuesday in Beijing.</p>
</div></body></html>""".encode()


def warm_up(extract: Callable[[bytes, str], object], count: int = 100) -> None:
    """Call ``extract``, untimed, on a page of its own and ``count`` pages of the replica
    (as another site's: the generic extractor's), before it is timed on a set's pages.

    An extractor's first calls pay what later ones do not: imports, dictionaries' loads (ours
    reads pinyin's at the first bracket after a Chinese character: 0.2 s, cn-dev's whole
    time warm), and trafilatura's date parser loads each language's data the first time a
    page asks for it: cold, it read cn-dev at 12 pages/s; after 100 of the replica's pages
    at 29, as after 135 other real pages (25): what a crawl of any length sees. Not the set's
    own pages: a page read a second time is read faster again (trafilatura keeps its lines
    in caches: 31 pages/s on cn-dev read twice), which a crawl, reading each page once, does
    not see. (Here, not in a module of its own: a worker runs this file beside another
    checkout's ``crawler``, which may have no such module.)
    """
    pages = [(WARM_UP_PAGE, WARM_UP_URL)]
    with contextlib.suppress(ImportError):  # (an older checkout's replica)
        pages += replica_pages(count, host="example.invalid", seed=7)
    for body, url in pages:
        with contextlib.suppress(Exception):  # (a page of a set is counted where timed)
            extract(body, url)


def replica_pages(count: int, host: str = "www.chinajl.com.cn", seed: int = 2) -> list:
    """``count`` article pages of the bundled replica, as served (GB18030), with their URLs."""
    from crawler.dev.replica.content import Site
    from crawler.dev.replica.render import article_page

    site = Site(count, seed=seed)
    return [
        (
            article_page(site, site.article(i)).encode("gb18030"),
            f"http://{host}{site.article(i).path}",
        )
        for i in site.ids
    ]


def saved_pages(folders: list[Path]) -> list[tuple[bytes, str]]:
    """The pages of each folder: those its ``manifest.jsonl`` lists, else every ``*.html``."""
    pages = []
    for folder in folders:
        manifest = folder / "manifest.jsonl"
        if not manifest.exists():
            pages += [(p.read_bytes(), "http://example.invalid/a.html")
                      for p in sorted(folder.rglob("*.html"))]  # fmt: skip
            continue
        for line in manifest.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            url = entry.get("url") or "http://example.invalid/a.html"
            pages.append(((folder / entry["html"]).read_bytes(), url))
    return pages


def worker(kind: str, folders: list[Path]) -> None:
    """Answer "INDEX RUNS" lines on stdin with the page's best time in seconds."""
    from crawler.pages import extract_page

    if kind == PEER:
        import trafilatura

        from crawler.pages import page_text

        def extract(body, url):
            return trafilatura.extract(page_text(body, url), url=url, with_metadata=True)
    else:
        extract = extract_page
    pages = saved_pages(folders)
    warm_up(extract)  # (imports, dictionaries: not on the set's pages, read faster twice)
    print(len(pages), flush=True)
    for line in sys.stdin:
        index, runs = map(int, line.split())
        body, url = pages[index]
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            extract(body, url)
            best = min(best, time.perf_counter() - started)
        print(best, flush=True)


def _root(side: str) -> Path:
    root = ROOT if side in (".", PEER) else Path(side).resolve()
    if not (root / "crawler" / "pages.py").is_file():
        raise SystemExit(f"paired: {side} holds no crawler/pages.py (give a checkout's root)")
    return root


class Side:
    """One worker process: this checkout's extractor, another checkout's, or the peer's."""

    def __init__(self, side: str, folders: list[Path]) -> None:
        root = _root(side)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
        kind = PEER if side == PEER else "ours"
        args = [sys.executable, __file__, "--worker", kind, *(f"--pages={f}" for f in folders)]
        self.process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
        self.pages = int(self.process.stdout.readline() or 0)

    def best(self, index: int, runs: int) -> float:
        self.process.stdin.write(f"{index} {runs}\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def compare(a: str, b: str, folders: list[Path], best_of: int, rounds: int) -> dict:
    _root(a), _root(b)  # (both checked before either process starts)
    if PEER in (a, b):
        # a page once a process: trafilatura's caches read a page faster the second time
        # (see warm_up), so its best of several runs is no crawl's time; rounds repeat instead
        best_of = 1
    best: list[list[float]] = []
    ratios = []  # each round's B/A, on that round's best times: how far rounds disagree
    for round_ in range(rounds):
        # new processes each round: a process's speed depends on where its memory lies and
        # on its hash seed (the same two checkouts read 0.96x to 1.13x, one process each)
        sides = Side(a, folders), Side(b, folders)
        try:
            n = sides[0].pages
            if not n or sides[1].pages != n:
                raise SystemExit("paired: no pages to time (or a side failed to start)")
            best = best or [[float("inf")] * n, [float("inf")] * n]
            this_round = [[float("inf")] * n, [float("inf")] * n]
            for i in range(n):
                # who goes first changes from page to page and round to round; the sides
                # take turns run by run
                order = (0, 1) if (i + round_) % 2 == 0 else (1, 0)
                for _ in range(best_of):
                    for s in order:
                        this_round[s][i] = min(this_round[s][i], sides[s].best(i, 1))
            for s in (0, 1):
                best[s] = list(map(min, best[s], this_round[s]))
            ratios.append(sum(this_round[1]) / sum(this_round[0]))
        finally:
            for side in sides:
                side.close()
    a_ms, b_ms = (1000 * sum(times) / n for times in best)
    return {
        "pages": n,
        "a_ms": round(a_ms, 2),
        "b_ms": round(b_ms, 2),
        "b_over_a": round(b_ms / a_ms, 3),
        "rounds_b_over_a": [round(r, 3) for r in ratios],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.bench.paired", description=__doc__)
    parser.add_argument("--pages", action="append", required=True, help="a folder of saved pages")
    parser.add_argument("--a", default=".", help="'.', another checkout's root, or trafilatura")
    parser.add_argument("--b", default=PEER, help="'.', another checkout's root, or trafilatura")
    parser.add_argument(
        "--best-of", type=int, default=3, help="runs of each page by each side, each round"
    )
    parser.add_argument(
        "--rounds", type=int, default=4, help="passes over the pages, each with new processes"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folders = [Path(f) for f in args.pages]
    if args.worker:
        worker(args.worker, folders)
        return
    result = compare(args.a, args.b, folders, args.best_of, args.rounds)
    print(
        f"{result['pages']} pages: A ({args.a}) {result['a_ms']} ms a page, "
        f"B ({args.b}) {result['b_ms']} ms a page, B/A {result['b_over_a']} "
        f"(rounds alone: {min(result['rounds_b_over_a'])} to {max(result['rounds_b_over_a'])})"
    )


if __name__ == "__main__":
    main()
