"""``scrapy datasette [-- DATASETTE OPTIONS]``: browse the store in Datasette, facets and search wired.

Datasette keys its table settings by database name, which is the store file's stem: the
bundled ``crawler/datasette.json`` is written for ``portal``. This command re-keys it to
the store at ``SQLITE_PATH`` (``data/demo/portal.sqlite``, ``archive-2026.sqlite``…) and
runs ``datasette serve`` on it; options after ``--`` go to Datasette (``--port 8002``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from crawler.arguments import ArgumentError
from crawler.storecmd import StoreCommand


def metadata_for(store: str | Path) -> dict:
    """The bundled Datasette metadata, keyed by the database name of ``store``.

    >>> sorted(metadata_for("data/archive-2026.sqlite")["databases"])
    ['archive-2026']
    """
    bundled = json.loads(resources.files("crawler").joinpath("datasette.json").read_text("utf-8"))
    (settings,) = bundled["databases"].values()
    return {**bundled, "databases": {Path(store).stem: settings}}


class Command(StoreCommand):
    def syntax(self) -> str:
        return "[-- DATASETTE OPTIONS]"

    def short_desc(self) -> str:
        return "Browse the store in Datasette (facets, full-text search, a search for short words)"

    def run_store(self, args: list[str], opts) -> None:
        path = self.store_path()
        datasette = shutil.which(
            "datasette", path=str(Path(sys.executable).parent)
        ) or shutil.which("datasette")
        if datasette is None:
            raise ArgumentError("Datasette is not installed: pip install -e '.[datasette]'")
        folder = tempfile.mkdtemp(prefix="portal-datasette-")
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(metadata_for(path), ensure_ascii=False), encoding="utf-8")
        os.execv(datasette, [datasette, "serve", path, "-m", str(metadata), *args])
