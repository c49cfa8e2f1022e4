"""Scratch state of a run: one folder per process under ``STATE_DIR``, gone when the run ends.

The disk-backed sets of a crawl (request fingerprints, dedupe keys, URLs seen
on list pages, the JSON Lines file's URLs) live in ``STATE_DIR/run-<pid>/``.
The ``ScratchCleanup`` extension removes that folder when the engine stops,
and, as a run starts, the folders of runs whose process is gone (a killed run
cannot clean up after itself). Folders of live processes are left alone, so
two runs on different stores may share ``STATE_DIR``.

Settings: ``STATE_DIR`` (default ``data/state``).
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

__all__ = ["ScratchCleanup", "scratch_dir", "sweep"]

_PREFIX = "run-"
_LEGACY = ("dedupe-", "jsonl-known-", "requests-seen-")


def scratch_dir(settings: BaseSettings) -> Path:
    """This process's scratch folder (made on first use)."""
    folder = Path(settings.get("STATE_DIR")) / f"{_PREFIX}{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def sweep(state_dir: str | Path) -> list[Path]:
    """Remove the scratch folders of processes that are gone; returns what was removed."""
    removed = []
    root = Path(state_dir)
    if not root.is_dir():
        return removed
    for folder in root.glob(f"{_PREFIX}*"):
        pid = folder.name.removeprefix(_PREFIX)
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    for loose in root.glob("*-*.sqlite"):  # scratch files of versions before run folders
        if loose.name.startswith(_LEGACY):
            loose.unlink(missing_ok=True)
            removed.append(loose)
    return removed


class ScratchCleanup:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScratchCleanup:
        ext = cls(crawler)
        for folder in sweep(crawler.settings.get("STATE_DIR")):
            logger.info("removed the scratch folder of a run that is gone: %s", folder)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_stopped(self) -> None:
        folder = Path(self.crawler.settings.get("STATE_DIR")) / f"{_PREFIX}{os.getpid()}"
        shutil.rmtree(folder, ignore_errors=True)
