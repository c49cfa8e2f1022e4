"""A write that fails, fails the run: one way for every component to say storage broke.

Any component that writes (the SQLite and JSON Lines pipelines, the dedupe
keys, the request dupe filter, the run recorder) calls :func:`fail_storage`
when a write raises (disk full, I/O error, a constraint, a read-only file).
It records the first reason in the stats (``portal/storage/failed``), logs it
at ERROR, sends the ``storage_failed`` signal (the JSON Lines pipeline then
cuts its file back to what SQLite committed, so the two never disagree) and
closes the spider with reason ``storage_failed``. ``scrapy crawl`` exits 5 and
the run is recorded ``failed`` wherever the store can still take it.

:func:`preflight` is asked before a crawl starts: a store or scratch folder
that cannot be written gives one line and exit 5, not a traceback.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.utils.defer import deferred_from_coro

from crawler import signals

logger = logging.getLogger(__name__)

__all__ = ["STORAGE_ERRORS", "fail_storage", "failed", "preflight"]

STORAGE_ERRORS = (OSError, sqlite3.Error)
STAT = "portal/storage/failed"
PROBE_BYTES = 256 * 1024  # free space a run needs at least to start


def failed(crawler: Crawler | None) -> str | None:
    """The reason storage failed in this run, if it did."""
    return crawler.stats.get_value(STAT) if crawler and crawler.stats else None


def fail_storage(crawler: Crawler | None, where: str, exc: BaseException) -> None:
    """Storage broke at ``where``: record it once, tell the writers, close the spider."""
    reason = f"{where}: {type(exc).__name__}: {exc}"[:500]
    if crawler is None or crawler.stats is None:
        logger.error("storage failed, %s", reason)
        return
    if failed(crawler):
        logger.error("storage failed again, %s", reason)
        return
    crawler.stats.set_value(STAT, reason)
    logger.error("storage failed, %s; the run stops and is recorded failed", reason)
    crawler.signals.send_catch_log(signal=signals.storage_failed, reason=reason)
    if crawler.crawling and crawler.engine is not None and crawler.engine.running:
        deferred_from_coro(crawler.engine.close_spider_async(reason="storage_failed"))


def _probe(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f".probe-{os.getpid()}"
    try:
        with open(probe, "wb") as f:
            f.write(b"\0" * PROBE_BYTES)
            f.flush()
            os.fsync(f.fileno())
    finally:
        probe.unlink(missing_ok=True)


def preflight(settings: BaseSettings) -> str | None:
    """Why the run's storage cannot be written (one line), or None when it can."""
    from crawler.store import Store  # the store's schema is created here, as a run would

    paths = [settings.get("STATE_DIR")]
    paths += [
        Path(p).parent for p in (settings.get("SQLITE_PATH"), settings.get("JSONL_PATH")) if p
    ]
    try:
        for folder in dict.fromkeys(str(p) for p in paths if p):
            _probe(Path(folder))
        if settings.get("SQLITE_PATH"):
            Store(settings.get("SQLITE_PATH")).close()
    except STORAGE_ERRORS as exc:
        return f"{type(exc).__name__}: {exc}"
    return None
