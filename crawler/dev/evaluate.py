"""``make eval``: accuracy of the extractor on labelled real pages, beside its peers, in one run.

``python -m crawler.dev.evaluate [--pages DIR]`` (default ``../shared/realpages/cn-dev``):
a folder with ``manifest.jsonl`` (id, html, url, gt_date, gt_author, gt_body)
as that set has. For ours, trafilatura, GNE and readability-lxml (body only),
on the same pages in the same process:

* date accuracy: Y-M-D right; and to the minute where the label has a time.
  A page labelled ``UNKNOWN`` (or nothing) counts as right only when the
  extractor returns no date;
* author accuracy on pages whose label names one (names compared without
  spaces, in any order);
* body precision / recall / F1 over the multiset of CJK characters, letters
  and digits (whitespace and punctuation ignored, full-width letters and digits
  counted as their ASCII forms), averaged over pages; over the multiset of words
  where the label is mostly in Latin script (an English page);
* pages per second: the time in the extractor alone (decoding included, as a crawl
  would), each page read once, after a warm-up page (:func:`crawler.dev.bench.paired.warm_up`).
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from crawler.dev.bench.paired import warm_up
from crawler.pages import extract_page, page_text
from crawler.parsing import parse_date
from crawler.text import to_simplified

ROOT = Path(__file__).resolve().parents[2]  # the project
_CHARS = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_WORDS = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]")
_CORPUS_LINE = re.compile(rb"^\s*<text [^>]*>\s*", re.I)


def chars(text: str | None) -> Counter:
    """The counted characters, width folded (ＩＳＯ１４ and ISO14 are the same letters and digits)
    and script folded to simplified (a traditional page's label and our simplified text agree).

    >>> sorted(chars("１４岁, 14歲").items())
    [('1', 2), ('4', 2), ('岁', 2)]
    """
    return Counter(_CHARS.findall(to_simplified(unicodedata.normalize("NFKC", text or ""))))


def title_right(got: str | None, want: str) -> bool:
    """The same title, letters and digits compared (spaces, punctuation, width and script
    folded).

    >>> title_right("春季计量 检定工作", "春季计量检定工作"), title_right("春季_某某网", "春季")
    (True, False)
    """
    return bool(got) and "".join(_CHARS.findall(to_simplified(unicodedata.normalize(
        "NFKC", got)))) == "".join(_CHARS.findall(to_simplified(unicodedata.normalize("NFKC", want))))  # fmt: skip


def words(text: str | None) -> Counter:
    """The words (runs of letters and digits), width folded.

    >>> sorted(words("The ＩＳＯ 9001 rule, the rule.").items())
    [('9001', 1), ('ISO', 1), ('The', 1), ('rule', 2), ('the', 1)]
    """
    return Counter(_WORDS.findall(unicodedata.normalize("NFKC", text or "")))


def latin(text: str) -> bool:
    """Mostly Latin letters: a label to score word by word.

    >>> latin("Federal drug officials"), latin("计量 ISO 9001 检定"), latin("دمشق، سوريا (CNN)")
    (True, False, False)
    """
    letters = _LETTERS.findall(text[:5000])
    return sum(c.isascii() for c in letters) > 2 * len(letters) / 3


def body_scores(got: str | None, want: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of the character multisets (of the word multisets for a label in
    Latin script).

    >>> body_scores("计量检定", "计量")
    (0.5, 1.0, 0.6666666666666666)
    >>> body_scores("Federal drug officials", "Federal officials")
    (0.6666666666666666, 1.0, 0.8)
    """
    count = words if latin(want) else chars
    g, w = count(got), count(want)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _label_date(raw: str) -> tuple[str, str | None] | None:
    """(Y-M-D, HH:MM or None) of a label; None for UNKNOWN or empty."""
    found = parse_date(raw or "")
    if not found:
        return None
    iso = found[1]
    return iso[:10], (iso[11:16] if "T" in iso else None)


def date_right(got: str | None, label: str) -> tuple[bool, bool | None]:
    """(Y-M-D right, minute right or None when the label has no time)."""
    want = _label_date(label)
    if want is None:
        return got is None, None
    if not got:
        return False, False if want[1] else None
    day_ok = got[:10] == want[0]
    if want[1] is None:
        return day_ok, None
    return day_ok, day_ok and "T" in got and got[11:16] == want[1]


def _names(text: str | None) -> str:
    return "".join(sorted(re.split(r"[\s,，、]+", (text or "").strip())))


def author_right(got: str | None, label: str) -> bool | None:
    """None when the label names nobody (not counted)."""
    if not label or label.strip().upper() in ("UNKNOWN", "UNKNWON"):
        return None
    return _names(got) == _names(label)


def _to_iso(value) -> str | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    found = parse_date(str(value))
    return found[1] if found else None


def load_pages(folder: Path) -> list[dict]:
    pages = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        raw = (folder / entry["html"]).read_bytes()
        raw = _CORPUS_LINE.sub(
            b"", raw, count=1
        )  # the corpus's own <text ...> line, not the page's
        body = (
            (folder / entry["gt_body"]).read_text(encoding="utf-8") if entry.get("gt_body") else ""
        )
        pages.append(
            {
                **entry,
                "raw": raw,
                "body": body,
                "url": entry.get("url") or "http://example.invalid/a.html",
            }
        )
    return pages


def extractors(only: str | None = None) -> dict[str, Callable[[bytes, str], dict]]:
    def ours(raw, url):
        kinds: dict[str, str] = {}
        item = extract_page(raw, url, provenance=kinds)
        return {"date": item.published_at, "author": item.author, "body": item.body,
                "title": item.title, "kinds": kinds}  # fmt: skip

    found = {"ours": ours}
    if only == "ours":
        return found
    try:
        import trafilatura

        def traf(raw, url):
            text = page_text(raw, url)
            doc = trafilatura.bare_extraction(text, url=url, with_metadata=True)
            doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
            return {
                "date": _to_iso(doc.get("date")),
                "author": doc.get("author"),
                "body": doc.get("text"),
                "title": doc.get("title"),
            }

        found["trafilatura"] = traf
    except ImportError:
        pass
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()

        def gne_extract(raw, url):
            doc = gne.extract(page_text(raw, url))
            return {
                "date": _to_iso(doc.get("publish_time")),
                "author": doc.get("author"),
                "body": doc.get("content"),
                "title": doc.get("title"),
            }

        found["GNE"] = gne_extract
    except ImportError:
        pass
    try:
        from lxml import html as lxml_html
        from readability import Document

        def readability(raw, url):
            document = Document(page_text(raw, url))
            summary = document.summary(html_partial=True)
            return {
                "title": document.short_title(),
                "date": None,
                "author": None,
                "body": lxml_html.fromstring(summary).text_content(),
            }

        found["readability-lxml"] = readability
    except ImportError:
        pass
    return found


def misses(pages: list[dict]) -> list[str]:
    """Our pages that miss: a wrong title, date or author, or a body F1 under 0.9, one line
    each."""
    lines = []
    ours = extractors(only="ours")["ours"]
    for page in pages:
        got = ours(page["raw"], page["url"])
        day = date_right(got["date"], page["gt_date"] or "")[0] if "gt_date" in page else True
        author = author_right(got["author"], page.get("gt_author", ""))
        f1 = body_scores(got["body"], page["body"])[2] if page["body"] else 1.0
        wrong = []
        if page.get("gt_title") and not title_right(got.get("title"), page["gt_title"]):
            wrong.append(f"title {got.get('title')!r} (label {page['gt_title']!r})")
        if not day:
            wrong.append(f"date {got['date']} (label {page.get('gt_date') or 'none'!r})")
        if author is False:
            wrong.append(f"author {got['author']} (label {page['gt_author']!r})")
        if f1 < 0.9:
            wrong.append(f"body F1 {f1:.2f}")
        if wrong:
            lines.append(f"{page['id']}: " + "; ".join(wrong))
    return lines


def evaluate(pages: list[dict]) -> dict[str, dict]:
    results = {}
    for name, extract in extractors().items():
        day = day_n = minute = minute_n = author = author_n = title = title_n = 0
        returned = {"date": [0, 0], "author": [0, 0]}  # [returned, right among them]
        kinds: dict[str, Counter] = {"date": Counter(), "author": Counter()}
        f1s, ps, rs = [], [], []
        failures = 0
        warm_up(extract)  # (imports and dictionaries: not the set's time)
        spent = 0.0  # in the extractor alone: not the scoring below, the same for every one
        for page in pages:
            started = time.perf_counter()
            try:
                got = extract(page["raw"], page["url"])
            except Exception:
                failures += 1
                got = {"date": None, "author": None, "body": None}
            spent += time.perf_counter() - started
            if "gt_date" in page:  # a set labelled for dates (zh-body-dev is not)
                d_ok, m_ok = date_right(got["date"], page["gt_date"] or "")
                day += d_ok
                day_n += 1
                if got["date"]:
                    returned["date"][0] += 1
                    returned["date"][1] += d_ok
                    kind = got.get("kinds", {}).get("published_at", "?")
                    kinds["date"][kind, d_ok] += 1
                if m_ok is not None:
                    minute_n += 1
                    minute += m_ok
            a_ok = author_right(got["author"], page.get("gt_author", ""))
            if a_ok is not None:
                author_n += 1
                author += a_ok
            if "gt_author" in page and got["author"]:  # a name where the label has none: wrong
                right = bool(a_ok)
                returned["author"][0] += 1
                returned["author"][1] += right
                kinds["author"][got.get("kinds", {}).get("author", "?"), right] += 1
            if page.get("gt_title"):
                title_n += 1
                title += title_right(got.get("title"), page["gt_title"])
            if page["body"]:  # a set labelled for bodies (zh-dates-dev is not)
                p, r, f = body_scores(got["body"], page["body"])
                ps.append(p)
                rs.append(r)
                f1s.append(f)
        n = len(pages)
        dates_apply = name != "readability-lxml"
        results[name] = {
            "date_ymd": round(day / day_n, 3) if dates_apply and day_n else None,
            "date_minute": round(minute / minute_n, 3) if dates_apply and minute_n else None,
            "author": round(author / author_n, 3) if dates_apply and author_n else None,
            "title": round(title / title_n, 3) if title_n else None,
            "date_precision": _share(returned["date"]) if dates_apply else None,
            "author_precision": _share(returned["author"]) if dates_apply else None,
            "kinds": {f: _kinds(c) for f, c in kinds.items() if c},
            "body_precision": round(sum(ps) / len(ps), 3) if ps else None,
            "body_recall": round(sum(rs) / len(rs), 3) if rs else None,
            "body_f1": round(sum(f1s) / len(f1s), 3) if f1s else None,
            "pages_per_s": round(n / spent, 1) if spent else None,
            "failures": failures,
        }
    return results


def _share(counts: list[int]) -> float | None:
    return round(counts[1] / counts[0], 3) if counts[0] else None


def _kinds(counts: Counter) -> dict[str, list[int]]:
    """kind -> [returned, right]."""
    found: dict[str, list[int]] = {}
    for (kind, right), n in counts.items():
        entry = found.setdefault(kind, [0, 0])
        entry[0] += n
        entry[1] += n if right else 0
    return dict(sorted(found.items(), key=lambda kv: -kv[1][0]))


def table(results: dict[str, dict], n: int) -> str:
    head = f"{'extractor':<18} {'title':>6} {'date Y-M-D':>10} {'prec':>6} {'minute':>7} {'author':>7} {'prec':>6} {'body P':>7} {'body R':>7} {'body F1':>8} {'pages/s':>8}"
    lines = [f"{n} labelled pages", head]

    def fmt(v):
        return "-" if v is None else f"{v:.1%}" if isinstance(v, float) and v <= 1 else str(v)

    for name, r in results.items():
        lines.append(
            f"{name:<18} {fmt(r['title']):>6} {fmt(r['date_ymd']):>10} {fmt(r['date_precision']):>6} {fmt(r['date_minute']):>7} "
            f"{fmt(r['author']):>7} {fmt(r['author_precision']):>6} "
            f"{fmt(r['body_precision']):>7} {fmt(r['body_recall']):>7} {fmt(r['body_f1']):>8} {r['pages_per_s']:>8}"
        )
    for field, by_kind in results.get("ours", {}).get("kinds", {}).items():
        won = ", ".join(f"{kind} {n} ({right} right)" for kind, (n, right) in by_kind.items())
        lines.append(f"ours, {field} returned from: {won}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.evaluate", description=__doc__)
    parser.add_argument("--pages", default=str(ROOT.parent / "shared" / "realpages" / "cn-dev"))
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument(
        "--misses", action="store_true", help="also list our pages that miss, and how"
    )
    parser.add_argument(
        "--labels",
        help="a reader's labels (tests/realpages/gne-labels.jsonl) of the pages under --pages: "
        "accuracy and precision of ours, field by field",
    )
    args = parser.parse_args(argv)
    if args.labels:
        from crawler.dev.labels import score_labels
        from crawler.dev.labels import table as labels_table

        results, missed = score_labels(Path(args.labels), Path(args.pages))
        print(labels_table(results))
        if args.misses:
            print("\n".join(["", "our misses:", *missed]))
        return
    pages = load_pages(Path(args.pages))
    results = evaluate(pages)
    print(table(results, len(pages)))
    if args.misses:
        print("\n".join(["", "our misses:", *misses(pages)]))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
