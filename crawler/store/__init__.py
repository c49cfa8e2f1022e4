"""The SQLite store, as components over one connection.

* :mod:`crawler.store.schema`: tables, migrations, :func:`~crawler.store.schema.open_db`;
* :class:`~crawler.store.articles.Articles`: what stores an article (upsert, versions,
  views history, full-text index);
* :class:`~crawler.store.state.CrawlState`: errors, walked sections, aliases;
* :class:`~crawler.store.runlog.RunLog`: one row per run.

``Store(path)`` opens the connection and holds the three; WAL lets readers run beside
the writer.
"""

from __future__ import annotations

from pathlib import Path

from crawler.store.articles import Articles, now_iso, url_digest
from crawler.store.runlog import RunLog
from crawler.store.schema import COLUMNS, open_db
from crawler.store.state import CrawlState

__all__ = ["COLUMNS", "Articles", "CrawlState", "RunLog", "Store", "now_iso", "url_digest"]


class Store:
    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.db = open_db(self.path, readonly=readonly)
        self.articles = Articles(self.db)
        self.state = CrawlState(self.db)
        self.runs = RunLog(self.db)

    def commit(self) -> None:
        """Commit what was written, the full-text index of new rows with it."""
        self.articles.sync_fts()
        self.db.commit()

    def close(self) -> None:
        self.db.close()
