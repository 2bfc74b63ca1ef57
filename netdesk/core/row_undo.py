"""Undo for small changes, as before/after copies of the few rows they touch.

Logging a call adds an interaction and moves the contact's status and last contact on; ticking an
item off closes a task, dates a thank-you note or clears a follow-up date. :func:`capture` copies
exactly those rows; :func:`restore` makes the database hold a copy again. Columns are written back
only where they differ, so an undo never overwrites what else changed in the contact; a row the
copy lacks is deleted, and a row it has that is gone is inserted again with its old id (a contact
or meeting that is gone is refused instead: undoing would bring back half of it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netdesk.core.errors import NetDeskError
from netdesk.models import database

TABLES = ("contact", "meeting", "task", "interaction", "favour")
"""What may be copied, parents before children (inserted in this order, deleted in reverse)."""

_NOT_RECREATED = frozenset({"contact", "meeting"})
_DERIVED = frozenset({"org_sort", "referrer_sort", "primary_email", "primary_phone"})
"""Contact columns kept up to date by triggers (migration 2): never written back."""


@dataclass(frozen=True)
class TableRows:
    table: str
    ids: frozenset[int]
    """Every id this copy speaks for; an id without a row stands for "absent"."""
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class RowsState:
    tables: tuple[TableRows, ...]

    def ids(self, table: str) -> frozenset[int]:
        return frozenset().union(*(t.ids for t in self.tables if t.table == table))


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def capture(rows: Mapping[str, Iterable[int]]) -> RowsState:
    """Copy the rows with the given ids (``{"contact": [3], "task": [7, 8]}``)."""
    conn: sqlite3.Connection = database.connection()
    tables = []
    for table in TABLES:
        if table not in rows:
            continue
        ids = sorted({int(i) for i in rows[table]})
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN ({_marks(ids)})", ids)
        columns = tuple(d[0] for d in cursor.description)
        tables.append(TableRows(table, frozenset(ids), columns, tuple(cursor.fetchall())))
    unknown = set(rows) - set(TABLES)
    if unknown:
        raise ValueError(f"cannot copy rows of {sorted(unknown)}")
    return RowsState(tuple(tables))


def restore(target: RowsState, scope: RowsState | None = None) -> None:
    """Make the rows ``target`` (and ``scope``: the other state of a change) speaks for hold
    what ``target`` copied."""
    conn: sqlite3.Connection = database.connection()
    with database.atomic():
        wanted: dict[str, dict[int, tuple[Any, ...]]] = {t: {} for t in TABLES}
        columns: dict[str, tuple[str, ...]] = {}
        for rows in target.tables:
            columns[rows.table] = rows.columns
            wanted[rows.table].update({int(row[0]): row for row in rows.rows})
        covered = {t: target.ids(t) | (scope.ids(t) if scope else frozenset()) for t in TABLES}
        for table in reversed(TABLES):
            gone = sorted(covered[table] - set(wanted[table]))
            if gone:
                conn.execute(f"DELETE FROM {table} WHERE id IN ({_marks(gone)})", gone)
        for table in TABLES:
            for row_id, row in sorted(wanted[table].items()):
                _put(conn, table, columns[table], row_id, row)


def _put(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row_id: int,
         row: tuple[Any, ...]) -> None:  # fmt: skip
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    current = cursor.fetchone()
    if current is None:
        if table in _NOT_RECREATED:
            raise NetDeskError(f"This {table} no longer exists: it was deleted since.")
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(columns)})", row)
        return
    now = dict(zip((d[0] for d in cursor.description), current, strict=True))
    changed = [
        (column, value)
        for column, value in zip(columns, row, strict=True)
        if column != "id" and column not in _DERIVED and column in now and now[column] != value
    ]
    if changed:
        sets = ", ".join(f"{column} = ?" for column, _ in changed)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*(v for _, v in changed), row_id))


@dataclass(frozen=True)
class RowsChange:
    """A change already written, with the rows as they were before and after it."""

    before: RowsState
    after: RowsState

    def undo(self) -> None:
        restore(self.before, self.after)

    def redo(self) -> None:
        restore(self.after, self.before)
