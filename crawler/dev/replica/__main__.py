"""``python -m crawler.dev.replica --port 0 [--articles N] [--seed S] [--truth FILE] [--family F]``.

``--family trs`` or ``--family phpcms`` serves a portal of that CMS family instead of the
DedeCMS-style 中国计量网 (:mod:`crawler.dev.replica.families`).

The first line printed is the server's URL; the server runs until killed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from crawler.dev.replica import Site, make_server
from crawler.dev.replica.families import FAMILIES, FamilySite, make_family_server
from crawler.dev.replica.server import Faults
from crawler.dev.replica.truth import truth_records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.replica", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--truth", help="also write the ground truth as JSON Lines to this file")
    parser.add_argument(
        "--faults",
        type=float,
        default=0.0,
        help="share of requests that misbehave (500/503, timeout, reset, ...)",
    )
    parser.add_argument("--hang", type=float, default=3.0, help="seconds a 'timeout' fault hangs")
    parser.add_argument("--family", choices=FAMILIES, help="a portal of another CMS family")
    args = parser.parse_args(argv)
    if args.family:
        site = FamilySite(args.family, args.articles)
        server = make_family_server(site, host=args.host, port=args.port)
        serve(server, site.truth(server.url), args.truth)
        return
    site = Site(args.articles, args.seed)
    faults = Faults(args.faults, seed=args.seed, hang=args.hang) if args.faults > 0 else None
    server = make_server(site, host=args.host, port=args.port, faults=faults)
    serve(server, truth_records(site, server.url.rstrip("/")), args.truth)
    sys.exit(0)


def serve(server, truth: Iterable[dict], truth_path: str | None) -> None:
    """Write the truth if asked, print the URL (the first line), serve until killed."""
    if truth_path:
        with open(truth_path, "w", encoding="utf-8") as f:
            for record in truth:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
