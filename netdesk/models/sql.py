"""The two helpers every query module shares: ``IN (...)`` lists of any length, and row snapshots.

SQLite limits how many ``?`` one statement may hold, so a list of ids is sent in chunks of
:data:`CHUNK` (:func:`select_in`, :func:`execute_in`). Undo keeps the rows a change removed or
altered as :class:`TableRows` (:func:`snapshot_rows`) and writes them back with their own ids
(:func:`restore_rows`), so that an undone delete, merge or import leaves the database exactly as
it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from netdesk.models.db import bulk_cache, database, full_check_first, refuse_if_damaged

CHUNK = 500
"""Values per ``IN (...)`` list: far below SQLite's limit on parameters (32,766 since 3.32)."""

T = TypeVar("T")
Row = tuple[Any, ...]


@contextlib.contextmanager
def bulk_transaction(*, check_integrity: bool = True) -> Iterator[sqlite3.Connection]:
    """One transaction for a large write (an import, the demo), with a larger page cache; with
    ``check_integrity``, SQLite's full check runs first and a damaged database is refused before
    anything is written to it."""
    conn = connection()
    checked = full_check_first() if check_integrity else contextlib.nullcontext()
    with bulk_cache(conn), checked, database.atomic():
        if check_integrity:
            refuse_if_damaged(conn)
        yield conn


def connection() -> sqlite3.Connection:
    """This thread's connection to the open database."""
    conn: sqlite3.Connection = database.connection()
    return conn


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``values`` in lists of at most ``size``, in order."""
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def marks(n: int) -> str:
    """``"?,?,?"`` for ``n`` values."""
    return ",".join("?" * n)


def _statements(
    sql: str, values: Iterable[Any], before: Sequence[Any], after: Sequence[Any], size: int
) -> Iterator[tuple[str, list[Any]]]:
    """``sql`` with ``{marks}`` filled in, and its parameters, for each chunk of ``values``.

    Every ``{marks}`` of ``sql`` stands for the same chunk (``a IN ({marks}) OR b IN ({marks})``);
    repeated values are sent once, which changes nothing for ``IN``.
    """
    repeat = sql.count("{marks}")
    if repeat == 0:
        raise ValueError("the statement has no {marks} for the values")
    for chunk in chunks(dict.fromkeys(values), size):
        yield sql.replace("{marks}", marks(len(chunk))), [*before, *chunk * repeat, *after]


def select_in(
    conn: sqlite3.Connection,
    sql: str,
    values: Iterable[Any],
    params_before: Sequence[Any] = (),
    params_after: Sequence[Any] = (),
    *,
    size: int = CHUNK,
) -> Iterator[Row]:
    """The rows of ``sql`` (holding ``{marks}`` where the values go; it is replaced as it is,
    not by ``str.format``) for every chunk of ``values``, chunk after chunk. An ORDER BY orders
    each chunk, not the whole result."""
    for statement, params in _statements(sql, values, params_before, params_after, size):
        yield from conn.execute(statement, params)


def execute_in(
    conn: sqlite3.Connection,
    sql: str,
    values: Iterable[Any],
    params_before: Sequence[Any] = (),
    params_after: Sequence[Any] = (),
    *,
    size: int = CHUNK,
) -> int:
    """Run an UPDATE or DELETE holding ``{marks}`` for every chunk; returns the rows changed."""
    changed = 0
    for statement, params in _statements(sql, values, params_before, params_after, size):
        changed += conn.execute(statement, params).rowcount
    return changed


def quoted(name: str) -> str:
    """A table or column name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableRows:
    """Rows of one table as they were, every column included, in the order they were read."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def values(self, column: str) -> list[Any]:
        at = self.columns.index(column)
        return [row[at] for row in self.rows]

    def records(self) -> list[dict[str, Any]]:
        """Each row as ``{column: value}``."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def keep(self, wanted: Callable[[dict[str, Any]], bool]) -> TableRows:
        """The rows for which ``wanted(record)`` holds."""
        return TableRows(
            self.table,
            self.columns,
            tuple(row for row in self.rows if wanted(dict(zip(self.columns, row, strict=True)))),
        )

    def plus(self, other: TableRows) -> TableRows:
        """These rows followed by ``other``'s (the same table)."""
        if other.table != self.table:
            raise ValueError(f"rows of {other.table} cannot join rows of {self.table}")
        if not self.rows:
            return other
        if not other.rows:
            return self
        if other.columns != self.columns:
            raise ValueError(f"rows of {self.table} with other columns")
        return TableRows(self.table, self.columns, self.rows + other.rows)


def _columns(conn: sqlite3.Connection, table: str, rowid: bool) -> tuple[str, ...]:
    cursor = conn.execute(f"SELECT {'rowid, ' if rowid else ''}* FROM {quoted(table)} LIMIT 0")
    return tuple(d[0] for d in cursor.description)


def snapshot_rows(
    conn: sqlite3.Connection,
    table: str,
    where: str = "1",
    params: Sequence[Any] = (),
    *,
    ids: Iterable[Any] | None = None,
    rowid: bool = False,
) -> TableRows:
    """Every column of the rows of ``table`` matching ``where``.

    With ``ids``, ``where`` holds ``{marks}`` (like :func:`select_in`) and ``params`` go before
    the values; a row that more than one chunk matches is copied once. ``rowid`` also copies the
    rowid of a table without an INTEGER PRIMARY KEY.
    """
    select = f"SELECT {'rowid, ' if rowid else ''}* FROM {quoted(table)} WHERE {where}"
    columns = _columns(conn, table, rowid)
    if ids is None:
        rows = tuple(conn.execute(select, tuple(params)))
    else:
        rows = tuple(dict.fromkeys(select_in(conn, select, ids, params)))
    return TableRows(table, columns, rows)


def restore_rows(conn: sqlite3.Connection, rows: TableRows, verb: str = "INSERT") -> None:
    """Write ``rows`` back as they were copied, ids included (``verb``: ``INSERT``,
    ``INSERT OR REPLACE``, ``INSERT OR IGNORE``)."""
    if verb not in ("INSERT", "INSERT OR REPLACE", "INSERT OR IGNORE"):
        raise ValueError(f"cannot restore rows with {verb!r}")
    if not rows.rows:
        return
    columns = ", ".join(quoted(c) for c in rows.columns)
    conn.executemany(
        f"{verb} INTO {quoted(rows.table)} ({columns}) VALUES ({marks(len(rows.columns))})",
        rows.rows,
    )
