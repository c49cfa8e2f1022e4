"""Choose a threshold site-out: ``python -m crawler.dev.siteout --param MODULE:NAME --values
8,12,16 --labels tests/realpages/gne-labels.jsonl --pages DIR [--field author]``.

For each site of the labelled pages, the value is chosen on the *other* sites (most pages
right, then fewest wrong values returned), and the site is scored with it. Printed: the
scores of each value on all sites (what tuning on everything would pick), and the site-out
score of the procedure, with the value each site got. Nothing here changes the project's
setting: the chosen value is written in the module by hand.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections import Counter
from pathlib import Path

from crawler.dev.labels import _same
from crawler.pages import extract_page

FIELDS = {"author": "author", "date": "published_at", "source": "source", "title": "title"}


def site_of(page_id: str) -> str:
    """The site a labelled page is of: the folder of ``<site>/<n>`` ids, the host of
    ``original/<date>_<host>_<hash>`` ones (zh-body-dev's file names).

    >>> site_of("163/1"), site_of("original/20111209_entertainment.dbw.cn_8fa5bd")
    ('163', 'entertainment.dbw.cn')
    """
    folder, _, name = page_id.partition("/")
    parts = name.split("_")
    if len(parts) >= 3 and parts[0].isdigit() and "." in parts[1]:
        return parts[1]
    return folder


def per_site(labels: list[dict], pages: Path, field: str) -> dict[str, Counter]:
    """Per site: pages, right, returned, right among returned."""
    counts: dict[str, Counter] = {}
    for label in labels:
        page = pages / f"{label['id']}.html"
        if not page.exists():
            continue
        site = site_of(label["id"])
        item = extract_page(page.read_bytes(), f"http://{site}.example/")
        got = getattr(item, FIELDS[field])
        want = label.get("date_iso") if field == "date" else label.get(field)
        right = _same(field, got, want) if want else got is None
        c = counts.setdefault(site, Counter())
        c["pages"] += 1
        c["right"] += right
        c["returned"] += got is not None
        c["right_returned"] += right and got is not None
    return counts


def _merit(c: Counter) -> tuple[int, int]:
    return c["right"], -(c["returned"] - c["right_returned"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.siteout", description=__doc__)
    parser.add_argument(
        "--param", required=True, help="module:NAME, e.g. crawler.fields.authors:ACCOUNT_MAX_CHARS"
    )
    parser.add_argument("--values", required=True, help="comma-separated values to try")
    parser.add_argument("--labels", required=True)
    parser.add_argument("--pages", required=True)
    parser.add_argument("--field", default="author", choices=sorted(FIELDS))
    args = parser.parse_args(argv)
    module_name, name = args.param.split(":")
    module = importlib.import_module(module_name)
    kept = getattr(module, name)
    labels = [
        json.loads(line) for line in Path(args.labels).read_text(encoding="utf-8").splitlines()
    ]
    scores = {}
    try:
        for raw in args.values.split(","):
            value = type(kept)(raw)
            setattr(module, name, value)
            scores[value] = per_site(labels, Path(args.pages), args.field)
    finally:
        setattr(module, name, kept)
    sites = sorted({s for by_site in scores.values() for s in by_site})
    print(f"{args.field}, {len(sites)} sites; {name} on all sites:")
    for value, by_site in scores.items():
        total = sum(by_site.values(), Counter())
        precision = total["right_returned"] / total["returned"] if total["returned"] else 0
        print(f"  {value!s:>6}: right {total['right']}/{total['pages']}, precision {precision:.1%}")
    out, chosen = Counter(), Counter()
    for site in sites:
        others = {v: sum((c for s, c in by_site.items() if s != site), Counter())
                  for v, by_site in scores.items()}  # fmt: skip
        best = max(others, key=lambda v: _merit(others[v]))
        chosen[best] += 1
        out += scores[best].get(site, Counter())
    precision = out["right_returned"] / out["returned"] if out["returned"] else 0
    print(f"site-out: right {out['right']}/{out['pages']}, precision {precision:.1%}; "
          f"value chosen: {dict(chosen)}")  # fmt: skip


if __name__ == "__main__":
    main()
