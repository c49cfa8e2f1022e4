"""Near-duplicate texts: MinHash signatures over character shingles, an LSH index kept on disk.

The same article comes back with small differences: a traditional mirror converted back
to simplified (OpenCC's t2s is no exact inverse of the converter that made it), a reprint
on another site with its own header line. An exact content hash cannot see these as the
same text; the estimated Jaccard similarity of their character trigrams can.
``datasketch`` computes the MinHash signatures and answers the LSH queries (its
``MinHashLSH``); the signatures are kept in a small SQLite file beside the store, so
every run (after a kill, after faults, in ``scrapy reextract``) compares with the whole
archive, and the in-memory index is rebuilt from it when a run opens.

Texts too short for shingles to mean much are compared by exact content hash only.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = ["Match", "NearDuplicateIndex", "signature", "similarity"]

SHINGLE = 3  # characters: a 2% change of characters keeps ~0.89 of the trigrams
NUM_PERM = 64
SCHEME = "affine64"  # datasketch 2's hashing; stored signatures are only comparable under one
THRESHOLD = 0.8  # estimated Jaccard similarity from which two texts are one
MIN_CHARS = 50  # shorter texts: exact content hash only
_KEEP_RE = re.compile(r"[\W_]+")  # whitespace and punctuation do not count


def _shingles(text: str) -> set[bytes]:
    flat = _KEEP_RE.sub("", text.lower())
    return {flat[i : i + SHINGLE].encode() for i in range(len(flat) - SHINGLE + 1)}


def signature(text: str | None) -> MinHash | None:
    """The text's MinHash, or None for a text too short to compare this way."""
    if not text or len(_KEEP_RE.sub("", text)) < MIN_CHARS:
        return None
    sig = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    sig.update_batch(list(_shingles(text)))
    return sig


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' trigrams (0 when either is too short).

    >>> text = "国家市场监管总局近日召开计量工作座谈会，总结上一年度计量监督检查情况，部署今年的重点任务。" * 3
    >>> similarity(text, text)
    1.0
    >>> similarity(text, "会议指出，计量是国家质量基础设施的重要组成部分，关系到经济社会发展的方方面面。" * 3) < 0.2
    True
    """
    sa, sb = signature(a), signature(b)
    return sa.jaccard(sb) if sa is not None and sb is not None else 0.0


@dataclass(frozen=True)
class Match:
    url: str
    """The stored article the text matches."""
    origin: str
    """The earliest copy: ``url``, or what ``url`` is itself a reprint of."""
    score: float


class NearDuplicateIndex:
    """Signatures of stored articles (``path``: a SQLite file; None: this run only).

    The index describes the store it stands beside (``store``): when it opens, signatures
    of URLs the store does not hold are dropped (a batch a kill or a full disk lost, a store
    deleted to start afresh), so a text is never folded into an article that is not there.
    """

    def __init__(self, path: str | Path | None, *, store: str | Path | None = None) -> None:
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path) if path else ":memory:", uri=True)  # ATTACH by URI
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS signatures (url TEXT PRIMARY KEY, content_hash TEXT,"
            " origin TEXT, hashvalues BLOB)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS signatures_hash ON signatures (content_hash)")
        if path:
            self._keep_only_stored(store)
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        for url, blob in self.db.execute(
            "SELECT url, hashvalues FROM signatures WHERE hashvalues IS NOT NULL"
        ):
            self.lsh.insert(url, self._minhash(blob), check_duplication=False)
        self.pending = 0

    def _keep_only_stored(self, store: str | Path | None) -> None:
        if store is None or not Path(store).exists():
            self.db.execute("DELETE FROM signatures")
        else:
            uri = Path(store).resolve().as_uri() + "?mode=ro"
            self.db.execute("ATTACH DATABASE ? AS store", (uri,))
            self.db.execute(
                "DELETE FROM signatures WHERE url NOT IN (SELECT url FROM store.articles)"
            )
            self.db.commit()
            self.db.execute("DETACH DATABASE store")
        self.db.commit()

    @staticmethod
    def _minhash(blob: bytes) -> MinHash:
        hashvalues = np.frombuffer(blob, dtype=np.uint64)
        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hashvalues, scheme=SCHEME)

    def stored(self, url: str) -> tuple[bool, str | None]:
        """Whether ``url`` is indexed already, and the origin it was found a reprint of."""
        row = self.db.execute("SELECT origin FROM signatures WHERE url = ?", (url,)).fetchone()
        return (row is not None, row[0] if row else None)

    def match(self, url: str, content_hash: str | None, sig: MinHash | None) -> Match | None:
        """The stored article whose text is (nearly) the same, the most similar first."""
        best: tuple[float, str, str] | None = None
        if content_hash:
            for other, origin in self.db.execute(
                "SELECT url, origin FROM signatures WHERE content_hash = ? AND url != ? LIMIT 1",
                (content_hash, url),
            ):
                best = (1.0, other, origin or other)
        if best is None and sig is not None:
            for other in self.lsh.query(sig):
                if other == url:
                    continue
                row = self.db.execute(
                    "SELECT origin, hashvalues FROM signatures WHERE url = ?", (other,)
                ).fetchone()
                score = sig.jaccard(self._minhash(row[1]))
                if score >= THRESHOLD and (best is None or (score, other) > best[:2]):
                    best = (score, other, row[0] or other)
        return Match(best[1], best[2], best[0]) if best else None

    def add(
        self, url: str, content_hash: str | None, sig: MinHash | None, origin: str | None
    ) -> None:
        blob = sig.hashvalues.astype(np.uint64).tobytes() if sig is not None else None
        if url in self.lsh:  # a text changed since it was stored
            self.lsh.remove(url)
        self.db.execute(
            "INSERT OR REPLACE INTO signatures (url, content_hash, origin, hashvalues) VALUES (?, ?, ?, ?)",
            (url, content_hash, origin, blob),
        )
        if sig is not None:
            self.lsh.insert(url, sig, check_duplication=False)
        self.pending += 1
        if self.pending >= 200:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self.pending = 0

    def close(self) -> None:
        self.commit()
        self.db.close()
