"""Typed exports of the ``articles`` table: CSV, Parquet (pyarrow) and JSON Lines.

``published_at`` becomes a timestamp with time zone (Asia/Shanghai; a date
without a time is midnight), ``crawled_at`` a UTC timestamp, counts int64,
``images`` a list of strings (JSON text in CSV). Every field of the record is exported.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from crawler.parsing import CHINA_TZ
from crawler.store.schema import COLUMNS, LIST_COLUMNS

INTEGERS = {"views", "text_damaged", "pages"}
LISTS = set(LIST_COLUMNS)  # JSON text in SQLite and CSV; lists in JSON Lines and Parquet


def parse_time(value: str | None) -> datetime | None:
    """An ISO date or date-time as an aware datetime (a bare date: midnight, China time).

    >>> parse_time("2011-12-30").isoformat()
    '2011-12-30T00:00:00+08:00'
    """
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TZ)


def write_jsonl(rows: Iterator[dict], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for n, row in enumerate(rows, 1):  # noqa: B007
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n


def write_csv(rows: Iterator[dict], path: Path, *, bom: bool = False) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for n, row in enumerate(rows, 1):  # noqa: B007
            writer.writerow(
                {k: json.dumps(v, ensure_ascii=False) if k in LISTS else v for k, v in row.items()}
            )
    return n


def arrow_schema():
    import pyarrow as pa

    fields = []
    for name in COLUMNS:
        if name in INTEGERS:
            kind = pa.int64()
        elif name == "published_at":
            kind = pa.timestamp("s", tz="Asia/Shanghai")
        elif name == "crawled_at":
            kind = pa.timestamp("s", tz="UTC")
        elif name == "attachments":
            parts = ("url", "text", "path", "checksum", "error")  # the last three when downloaded
            kind = pa.list_(pa.struct([(part, pa.string()) for part in parts]))
        elif name in LISTS:
            kind = pa.list_(pa.string())
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def write_parquet(rows: Iterator[dict], path: Path, *, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        chunk: list[dict] = []
        for row in rows:
            row["published_at"] = parse_time(row["published_at"])
            row["crawled_at"] = parse_time(row["crawled_at"])
            chunk.append(row)
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
        n += len(chunk)
    return n


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
