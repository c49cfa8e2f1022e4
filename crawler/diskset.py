"""``DiskSet``: a set of short keys kept in a SQLite file, for state that grows with an archive.

A crawl of 100 000 articles sees some 200 000 request fingerprints, URLs and
content hashes; in Python sets they cost ~60 bytes each and memory grows with
the archive. Here they cost a page cache of fixed size, at a few microseconds
per lookup. The file is a scratch file: removed when the set is closed.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path


class DiskSet:
    def __init__(
        self, folder: str | Path | None = None, *, name: str = "set", cache_kb: int = 4096
    ) -> None:
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        fd, self.path = tempfile.mkstemp(prefix=f"{name}-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute(f"PRAGMA cache_size=-{cache_kb}")
        self.db.execute("CREATE TABLE keys (key BLOB PRIMARY KEY) WITHOUT ROWID")
        self.pending = 0
        self.size = 0

    def add(self, key: bytes | str) -> bool:
        """Add ``key``; True when it was not there yet."""
        added = self.db.execute("INSERT OR IGNORE INTO keys VALUES (?)", (key,)).rowcount == 1
        if added:
            self.size += 1
            self.pending += 1
            if self.pending >= 10_000:
                self.db.commit()
                self.pending = 0
        return added

    def __contains__(self, key: object) -> bool:
        return self.db.execute("SELECT 1 FROM keys WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self.size

    def close(self) -> None:
        self.db.close()
        Path(self.path).unlink(missing_ok=True)
