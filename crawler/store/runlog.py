"""The run log: one row per run (``runs``), opened when it starts and closed with its outcome."""

from __future__ import annotations

import json
import sqlite3

from crawler.store.articles import now_iso

__all__ = ["RunLog"]


class RunLog:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def start(self, mode: str, arguments: dict) -> int:
        # a run still "running" was killed: the run lock guarantees nobody else is running
        self.db.execute("UPDATE runs SET status = 'killed' WHERE status = 'running'")
        cursor = self.db.execute(
            "INSERT INTO runs (started_at, mode, arguments, status) VALUES (?, ?, ?, 'running')",
            (now_iso(), mode, json.dumps(arguments, ensure_ascii=False, sort_keys=True)),
        )
        self.db.commit()
        return cursor.lastrowid

    def finish(
        self, run_id: int, *, counts: dict, finish_reason: str, status: str, checks: list[dict]
    ) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, counts = ?, finish_reason = ?, status = ?, checks = ? WHERE id = ?",
            (
                now_iso(),
                json.dumps(counts, ensure_ascii=False, sort_keys=True),
                finish_reason,
                status,
                json.dumps(checks, ensure_ascii=False),
                run_id,
            ),
        )
        self.db.commit()

    def all(self) -> list[tuple[int, str, str, str | None]]:
        """``(id, started_at, status, counts)`` of every run, oldest first."""
        return self.db.execute(
            "SELECT id, started_at, status, counts FROM runs ORDER BY id"
        ).fetchall()

    def latest(self, limit: int = 10) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        try:
            return self.db.execute(
                "SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        finally:
            self.db.row_factory = None
