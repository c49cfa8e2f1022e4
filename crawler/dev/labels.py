"""Our extractor against a reader's labels (``tests/realpages/gne-labels.jsonl``), field by field.

For title, date (year-month-day), author, source and views (where a set labels them):
**accuracy**, the share of pages
where our value is the label's (no value where the label has none counts as right), and
**precision**, the share of the values we returned that are right. For the text: the
share of labelled pages whose text we start and end where the reader did.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from crawler.pages import extract_page
from crawler.text import to_simplified

__all__ = ["score_labels"]

FIELDS = ("title", "date", "author", "source", "views")


def _norm(value: str | None) -> str | None:
    if not value:
        return None
    return to_simplified("".join(value.split()))


_SUFFIX_COMMA_RE = re.compile(r",\s*(jr\.?|sr\.?|ii|iii|iv)(?=$|[\s,])")


def _same(field: str, got: str | int | None, want: str | int | None) -> bool:
    if field == "views":
        return str(got) == str(want).replace(",", "")
    if field == "date":
        return (got or "")[:10] == (want or "")[:10]
    if field == "author":  # (names in capitals are a byline's type: PATRICK HEALY)
        got, want = got and got.casefold(), want and want.casefold()
        # (a name's suffix with its comma or without: Denny Bulcao, Jr. is Denny Bulcao Jr.)
        got, want = (value and _SUFFIX_COMMA_RE.sub(r" \1", value) for value in (got, want))
        # (several names in any order, parted by spaces or commas: 韩婷 邬晓芳 is 韩婷, 邬晓芳)
        return _name_words(got) == _name_words(want) or (_norm(got) == _norm(want))
    return _norm(got) == _norm(want)


def _name_words(value: str | None) -> list[str]:
    """The words of a credit's names, sorted, whatever parts them (spaces, commas, 、).

    >>> _name_words("韩婷 邬晓芳 周红星") == _name_words("韩婷, 邬晓芳, 周红星"), _name_words(None)
    (True, [])
    """
    return sorted(_norm(word) for word in _NAME_SEPARATORS_RE.split(value or "") if word.strip())


_NAME_SEPARATORS_RE = re.compile(r"[\s,，、;；]+")


def score_labels(labels_path: Path, pages_dir: Path) -> tuple[dict[str, dict], list[str]]:
    """Per field: accuracy, precision, counts; and the misses, one line each."""
    counts: dict[str, Counter] = {f: Counter() for f in (*FIELDS, "body")}
    kinds: dict[str, Counter] = {f: Counter() for f in FIELDS}  # (kind, right) -> pages
    misses = []
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        page = pages_dir / f"{label['id']}.html"
        if not page.exists():
            continue
        found: dict[str, str] = {}
        # (the page's own URL where the label gives it: a date in it may be read)
        url = label.get("url") or f"http://{label['id'].split('/')[0]}.example/"
        item = extract_page(page.read_bytes(), url, provenance=found)
        found["date"] = found.pop("published_at", None)
        got = {
            "title": item.title,
            "date": item.published_at,
            "author": item.author,
            "source": item.source,
            "views": item.views,
        }
        want = {
            "title": label.get("title"),
            "date": label.get("date_iso"),
            "author": label.get("author"),
            "source": label.get("source"),
            "views": label.get("views"),
        }
        no_year = bool(label.get("date")) and not label.get("date_iso")  # 09-07 10:26, 昨天
        for field in FIELDS:
            if field == "date" and no_year:
                continue  # a date shown without its year is not scored
            if field not in label and not (field == "date" and "date_iso" in label):
                continue  # a set that labels no titles (one labelled for its text)
            c = counts[field]
            c["pages"] += 1
            c["labelled"] += want[field] is not None
            c["returned"] += got[field] is not None
            labelled = want[field] not in (None, "")  # (a count of 0 is labelled)
            right = _same(field, got[field], want[field]) if labelled else got[field] is None
            c["right"] += right
            c["right_returned"] += right and got[field] is not None
            if got[field] is not None and field in found:
                kinds[field][found[field], right] += 1
            if not right:
                misses.append(f"{label['id']}: {field} {got[field]!r} (label {want[field]!r})")
        if label.get("body_start") and label.get("body_end"):
            body = _norm(item.body) or ""
            start, end = _norm(label["body_start"]), _norm(label["body_end"])
            counts["body"]["pages"] += 1
            counts["body"]["labelled"] += 1
            counts["body"]["right"] += body.startswith(start[:10]) and body.endswith(end[-10:])
            counts["body"]["found"] += start[:10] in body and end[-10:] in body
    results = {}
    for field, c in counts.items():
        results[field] = {
            "pages": c["pages"],
            "accuracy": round(c["right"] / c["pages"], 3) if c["pages"] else None,
            "precision": round(c["right_returned"] / c["returned"], 3) if c["returned"] else None,
            "returned": c["returned"],
            "labelled": c["labelled"],
        }
        if field in kinds:
            results[field]["kinds"] = {
                kind: [sum(n for (k, _), n in kinds[field].items() if k == kind),
                       kinds[field][kind, True]]
                for kind in sorted({k for k, _ in kinds[field]})
            }  # fmt: skip
        if field == "body":
            results[field]["holds_both_ends"] = (
                round(c["found"] / c["pages"], 3) if c["pages"] else None
            )
    return results, misses


def table(results: dict[str, dict]) -> str:
    lines = [
        f"{'field':<8} {'pages':>5} {'labelled':>8} {'returned':>8} {'accuracy':>8} {'precision':>9}"
    ]
    for field, r in results.items():
        fmt = lambda v: "-" if v is None else f"{v:.1%}"  # noqa: E731
        lines.append(
            f"{field:<8} {r['pages']:>5} {r['labelled']:>8} {r['returned']:>8} "
            f"{fmt(r['accuracy']):>8} {fmt(r['precision']):>9}"
        )
    for field, r in results.items():
        if r.get("kinds"):
            won = ", ".join(f"{k} {n} ({right} right)" for k, (n, right) in r["kinds"].items())
            lines.append(f"{field} returned from: {won}")
    body = results.get("body", {})
    if body.get("pages"):
        lines.append(
            f"text: starts and ends where the reader's does on {body['accuracy']:.1%} of "
            f"{body['pages']} pages; holds both ends on {body['holds_both_ends']:.1%}"
        )
    return "\n".join(lines)
