"""What a crawl stored, read back from the SQLite file, and how it compares to a ground truth."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from crawler.items import MAIN_FIELDS as FIELDS

COMPARED = (
    *FIELDS, "text_damaged", "pages", "images", "attachments", "doc_number", "index_number",
)  # fmt: skip


def field_counts(db_path: str | Path) -> tuple[int, dict[str, int]]:
    """Number of articles, and how many have each field (not NULL, not empty)."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        counts = {
            name: db.execute(
                f"SELECT count(*) FROM articles WHERE {name} IS NOT NULL AND {name} != ''"
            ).fetchone()[0]
            for name in FIELDS
        }
    finally:
        db.close()
    return total, counts


def compare_with_truth(db_path: str | Path, truth: Iterable[dict]) -> dict[str, object]:
    """Articles stored vs expected: missing, extra, and per-field mismatches."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        rows = {row["url"]: dict(row) for row in db.execute("SELECT * FROM articles")}
        for row in rows.values():
            row["images"] = json.loads(row["images"] or "[]")
            row["attachments"] = json.loads(row.get("attachments") or "[]")
    finally:
        db.close()
    expected = {record["url"]: record for record in truth}
    mismatches: dict[str, list[str]] = {}
    exact = 0
    for url, record in expected.items():
        row = rows.get(url)
        if row is None:
            continue
        wrong = [name for name in COMPARED if name in record and row.get(name) != record[name]]
        for name in wrong:
            mismatches.setdefault(name, []).append(url)
        exact += not wrong
    return {
        "expected": len(expected),
        "stored": len(rows),
        "missing": sorted(set(expected) - set(rows)),
        "extra": sorted(set(rows) - set(expected)),
        "exact": exact,
        "mismatches": mismatches,
    }


def print_summary(db_path: str | Path, truth: list[dict], *, aside: str = "") -> dict[str, object]:
    """Print what a crawl stored and how it compares with the truth (the demos' summary;
    ``aside`` goes after the count); returns the comparison."""
    total, counts = field_counts(db_path)
    report = compare_with_truth(db_path, truth)
    print(f"articles stored: {total}{aside}")
    for name, count in counts.items():
        print(f"  with {name:<13} {count:>6}  ({count / max(total, 1):.0%})")
    print(
        f"ground truth: {report['exact']}/{report['expected']} articles right on every field, "
        f"{len(report['missing'])} missing, {len(report['extra'])} extra"
    )
    for name, urls in report["mismatches"].items():
        print(f"  {name} differs on {len(urls)}, e.g. {urls[0]}")
    return report
