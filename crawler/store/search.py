"""Full-text search of the store: pure query building and snippets (``scrapy search``).

Terms of three characters or more use the FTS5 trigram index (ranked by
bm25); shorter terms, common in Chinese (计量, 检定), cannot use a trigram
index and are matched with LIKE (ranked by how often they occur).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass


@dataclass
class Hit:
    url: str
    title: str
    published_at: str | None
    section: str | None
    snippet: str
    score: float


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def filters(
    *, since=None, until=None, section=None, reprints: bool = True, table: str = ""
) -> tuple[list[str], list]:
    """SQL conditions and their parameters for the filters users give (``table``: ``a.``).

    >>> filters(since="2024-01-01", section="news", reprints=False)
    (['published_at >= ?', '(section = ? OR url LIKE ?)', 'reprint_of IS NULL'], ['2024-01-01', 'news', '%/news/%'])
    """
    where: list[str] = []
    params: list = []
    if since:
        where.append(f"{table}published_at >= ?")
        params.append(since)
    if until:
        where.append(f"substr({table}published_at, 1, 10) <= ?")
        params.append(until)
    if section:
        where.append(f"({table}section = ? OR {table}url LIKE ?)")
        params += [section, f"%/{section}/%"]
    if not reprints:
        where.append(f"{table}reprint_of IS NULL")
    return where, params


def search(
    db: sqlite3.Connection,
    query: str,
    *,
    since: str | None = None,
    section: str | None = None,
    limit: int = 10,
    mark: tuple[str, str] = ("【", "】"),
    reprints: bool = True,
) -> list[Hit]:
    """Articles holding every term of ``query``, best first (``reprints=False``: originals only)."""
    terms = [t for t in query.split() if t]
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    joins, where, params, order = [], [], [], []
    if long_terms:
        joins.append("JOIN articles_fts ON articles_fts.rowid = a.rowid")
        where.append("articles_fts MATCH ?")
        params.append(" AND ".join(_fts_phrase(t) for t in long_terms))
        order.append("bm25(articles_fts)")
    occurrences = []
    for term in short_terms:
        where.append("(a.title LIKE ? OR a.body LIKE ?)")
        params += [f"%{term}%", f"%{term}%"]
        occurrences.append(
            "((length(a.body) - length(replace(a.body, ?, ''))) / length(?)"
            " + 10 * (instr(a.title, ?) > 0))"
        )
    score = " + ".join(occurrences) or "0"
    score_params = [p for term in short_terms for p in (term, term, term)]
    more, more_params = filters(since=since, section=section, reprints=reprints, table="a.")
    where += more
    params += more_params
    if occurrences:
        order.append(f"-({score})")
    order.append("a.published_at DESC")
    sql = (
        f"SELECT a.url, a.title, a.published_at, a.section, a.body, ({score}) AS score FROM articles a "
        + " ".join(joins)
        + " WHERE "
        + " AND ".join(where)
        + " ORDER BY "
        + ", ".join(order)
        + " LIMIT ?"
    )
    order_params = score_params if occurrences else []
    rows = db.execute(sql, [*score_params, *params, *order_params, limit]).fetchall()
    return [
        Hit(url, title or "", published, sect, snippet(body or "", terms, mark=mark), float(s or 0))
        for url, title, published, sect, body, s in rows
    ]


def snippet(
    text: str, terms: list[str], *, width: int = 30, mark: tuple[str, str] = ("【", "】")
) -> str:
    """The text around the first term found, every term marked.

    >>> snippet("国家市场监管总局近日召开计量工作座谈会", ["计量"], width=4)
    '…近日召开【计量】工作座谈…'
    """
    positions = [i for i in (text.find(t) for t in terms) if i >= 0]
    start = max(0, min(positions, default=0) - width)
    end = min(len(text), start + 2 * width + max(map(len, terms)))
    piece = text[start:end].replace("\n", " ")
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    piece = pattern.sub(lambda m: f"{mark[0]}{m[0]}{mark[1]}", piece)
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
