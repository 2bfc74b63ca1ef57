"""Fast bulk inserts that still fire every trigger.

FTS5 flushes its pending terms at every statement boundary inside a transaction, so inserting
100,000 rows with ``executemany`` (one statement per row) writes 100,000 tiny index segments.
Staging the rows in a temporary table and copying them with one ``INSERT ... SELECT`` lets the
triggers run inside a single statement: about six times faster, with the same result.

Children before parents: inside a transaction with ``PRAGMA defer_foreign_keys = ON`` a loader may
insert e-mails, phones and tags first and the contacts last, supplying ``org_sort``,
``primary_email`` and ``primary_phone`` itself. The child triggers then find no contact to update,
and the contact's insert trigger builds its full-text row once, from the children already there.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

_counter = itertools.count()
SMALL = 50
"""Fewer rows than this go in directly: staging them would cost more than it saves."""


def bulk_insert(
    conn: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    verb: str = "INSERT",
) -> int:
    """Insert ``rows`` into ``table`` in one statement; the caller owns the transaction."""
    rows = rows if isinstance(rows, Sequence) else list(rows)
    if not rows:
        return 0
    cols = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    if len(rows) < SMALL:
        return conn.executemany(
            f"{verb} INTO main.{table} ({cols}) VALUES ({marks})", rows
        ).rowcount
    stage = f"stage_{table}_{next(_counter)}"
    conn.execute(f"CREATE TEMP TABLE {stage} ({cols})")
    try:
        conn.executemany(f"INSERT INTO temp.{stage} ({cols}) VALUES ({marks})", rows)
        cursor = conn.execute(
            f"{verb} INTO main.{table} ({cols}) SELECT {cols} FROM temp.{stage} ORDER BY rowid"
        )
        return cursor.rowcount
    finally:
        conn.execute(f"DROP TABLE temp.{stage}")
