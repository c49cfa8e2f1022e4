"""``StoreCommand``: the base of the commands that read the SQLite store (runs, search, export, report)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError


class StoreCommand(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict] = {"LOG_ENABLED": False}

    def store_path(self) -> str:
        """``SQLITE_PATH``, which must exist."""
        path = self.settings.get("SQLITE_PATH")
        if not path or not Path(path).exists():
            raise UsageError(f"no store at {path!r} (SQLITE_PATH)")
        return path
