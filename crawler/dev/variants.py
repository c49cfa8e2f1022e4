"""Saved pages served again as other sites serve theirs, and the fields we read from each
compared with those of the page as saved: ``python -m crawler.dev.variants --pages DIR
[--variants minify,big5] [--list]``.

A page's fields should follow what the page shows, not how its markup is spaced, which
encoding or script it is in, or how its tags are written; a field that changes under such a
variant reads something no reader sees, and will read it wrong on a site that serves its
pages that way. The variants (each made from the page's decoded text):

- ``gbk``: the page in GB18030, declared so; ``big5``: in traditional script (OpenCC's
  s2t) and Big5, a character Big5 lacks written as a reference;
- ``minify``: no whitespace between tags (a minified page: inline elements run together, as
  a browser shows them); ``pretty``: a line break and an indent before each tag but an
  inline one;
- ``upper``: tag names in capitals (old pages' ``<P>``, ``<TD>``); ``crlf``: lines ending in
  CR LF (pages saved on Windows);
- ``entities``: every character outside ASCII written as a reference (``&#35745;``), but in
  scripts and styles (old pages' editors wrote them so);
- ``names``: every class and id replaced by a hash (a CSS-modules build): not a reader's
  change, but how far a field rests on the markup's names;
- ``nometa``: no ``<meta>``, no JSON-LD: what the page itself shows, alone.

Printed for each variant: how many pages changed each field (title, date as its day, author,
source; the body where its characters' F1 against the saved page's falls under
:data:`BODY_SAME_F1`), and with ``--list`` each change. Compared in simplified script, so that
``big5`` changes no value by its script alone. ``--out DIR`` keeps the variant pages.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from crawler.dev.evaluate import body_scores, load_pages
from crawler.pages import extract_page, page_text
from crawler.text import to_simplified

__all__ = ["VARIANTS", "compare", "main", "saved"]

URL = "http://example.invalid/a.html"
#: The F1 of the characters of a variant's body against the saved page's under which the
#: body changed (a line's space more or less is no change).
BODY_SAME_F1 = 0.98
FIELDS = ("title", "published_at", "author", "source", "body")

_CHARSET_META_RE = re.compile(r"<meta[^>]+charset[^>]*>", re.I)
_HEAD_RE = re.compile(r"<head\b[^>]*>", re.I)
_BETWEEN_TAGS_RE = re.compile(r">\s+<")
_INLINE = "a|abbr|b|big|em|font|i|img|small|span|strong|sub|sup|u"
_BEFORE_TAG_RE = re.compile(rf">\s*<(?!/?(?:{_INLINE})\b)", re.I)
_TAG_NAME_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])")
_NAMES_RE = re.compile(r"""\b(class|id)\s*=\s*(["'])(.*?)\2""", re.I | re.S)
_META_RE = re.compile(r"<meta\b[^>]*>", re.I)
_JSON_LD_RE = re.compile(r"<script[^>]*ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_CODE_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def _declared(text: str, charset: str) -> str:
    """``text`` declaring ``charset`` only: its other charset declarations gone."""
    text = _CHARSET_META_RE.sub("", text)
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if _HEAD_RE.search(text):
        return _HEAD_RE.sub(lambda m: m[0] + meta, text, count=1)
    return meta + text


def _entities(text: str) -> bytes:
    """``text`` in ASCII, its other characters as references, but in scripts and styles
    (whose text is not HTML: a reference there stays as written)."""
    parts, last = [], 0
    for m in _CODE_RE.finditer(text):
        parts += [text[last : m.start()].encode("ascii", "xmlcharrefreplace").decode(), m[0]]
        last = m.end()
    parts.append(text[last:].encode("ascii", "xmlcharrefreplace").decode())
    return _declared("".join(parts), "utf-8").encode()


def _big5(text: str) -> bytes:
    from crawler.text import _converter

    traditional = _converter("s2t").convert(text)
    return _declared(traditional, "big5").encode("big5", "xmlcharrefreplace")


def _hashed(m: re.Match[str]) -> str:
    words = (hashlib.md5(w.encode()).hexdigest()[:7] for w in m[3].split())
    return f'{m[1]}="{" ".join("c" + w for w in words)}"'


#: The variants: a function from the page's text to the variant's bytes.
VARIANTS: dict[str, Callable[[str], bytes]] = {
    "gbk": lambda text: _declared(text, "gbk").encode("gb18030", "xmlcharrefreplace"),
    "big5": _big5,
    "minify": lambda text: _BETWEEN_TAGS_RE.sub("><", text).encode(),
    "pretty": lambda text: _BEFORE_TAG_RE.sub(">\n    <", text).encode(),
    "upper": lambda text: _TAG_NAME_RE.sub(lambda m: f"<{m[1]}{m[2].upper()}", text).encode(),
    "crlf": lambda text: text.replace("\r\n", "\n").replace("\n", "\r\n").encode(),
    "entities": _entities,
    "names": lambda text: _NAMES_RE.sub(_hashed, text).encode(),
    "nometa": lambda text: _JSON_LD_RE.sub("", _META_RE.sub("", text)).encode(),
}


def saved(folder: Path) -> Iterator[tuple[str, bytes, str]]:
    """Each page of ``folder`` (id, bytes, URL): those its ``manifest.jsonl`` lists (``id``,
    ``html``, ``url``), else every ``*.html`` below it, named by its path."""
    if (folder / "manifest.jsonl").exists():
        for page in load_pages(folder):  # (without a corpus's own first line)
            yield page["id"], page["raw"], page["url"]
        return
    for path in sorted(folder.rglob("*.html")):
        yield str(path.relative_to(folder).with_suffix("")), path.read_bytes(), URL


def _fields(body: bytes, url: str) -> dict[str, str | None]:
    item = extract_page(body, url)
    found = {name: getattr(item, name) for name in FIELDS}
    found["published_at"] = (found["published_at"] or "")[:10] or None
    return {name: value and to_simplified(value) for name, value in found.items()}


def changed(before: dict, after: dict) -> list[str]:
    """The fields that differ between two pages' :func:`_fields`."""
    names = [name for name in FIELDS[:-1] if before[name] != after[name]]
    if before["body"] != after["body"] and (
        not before["body"] or body_scores(after["body"], before["body"])[2] < BODY_SAME_F1
    ):
        names.append("body")
    return names


def compare(folder: Path, variants: list[str], out: Path | None = None) -> dict[str, list]:
    """Per variant, the changes: ``(page id, field, saved page's value, variant's)``."""
    changes: dict[str, list] = {name: [] for name in variants}
    for page_id, body, url in saved(folder):
        text = page_text(body, url)
        before = _fields(body, url)
        for name in variants:
            variant = VARIANTS[name](text)
            if out is not None:
                path = out / name / f"{page_id}.html"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(variant)
            after = _fields(variant, url)
            changes[name] += [(page_id, f, before[f], after[f]) for f in changed(before, after)]
    return changes


def table(changes: dict[str, list], pages: int) -> str:
    head = ["variant", "pages", "title", "date", "author", "source", "body"]
    rows = [" ".join(f"{h:>8}" for h in head)]
    for name, found in changes.items():
        counts = [sum(1 for c in found if c[1] == field) for field in FIELDS]
        rows.append(" ".join(f"{v:>8}" for v in [name, pages, *counts]))
    return "\n".join(rows)


def _short(value: str | None) -> str:
    return "None" if value is None else repr(value if len(value) <= 60 else value[:57] + "...")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.dev.variants", description=__doc__)
    parser.add_argument("--pages", required=True, help="a folder of saved pages")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated")
    parser.add_argument("--list", action="store_true", help="also list each change")
    parser.add_argument("--out", help="keep the variant pages here, a folder per variant")
    args = parser.parse_args(argv)
    folder = Path(args.pages)
    wanted = [v for v in args.variants.split(",") if v]
    if unknown := [v for v in wanted if v not in VARIANTS]:
        sys.exit(f"variants: no variant {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    if not folder.is_dir():
        sys.exit(f"variants: {folder} is not a folder of saved pages")
    pages = sum(1 for _ in saved(folder))
    changes = compare(folder, wanted, Path(args.out) if args.out else None)
    print(table(changes, pages))
    if args.list:
        for name, found in changes.items():
            for page_id, field, was, now in found:
                print(f"{name} {page_id} {field}: {_short(was)} -> {_short(now)}")


if __name__ == "__main__":
    main()
