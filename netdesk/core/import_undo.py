"""An import as one undoable step.

Undo removes exactly the contacts the import created (with the tags and companies only they
used) and puts the contacts it merged into back as they were: their fields, e-mails, phones,
addresses, links, tags and referrer, from a copy taken in the import's own transaction. Redo puts
both back as the import left them, with the same ids, so later undo steps still find them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from netdesk.core.contacts import DeletedContacts, delete_contacts, restore_contacts
from netdesk.core.importing import Choice, ImportPlan, ImportSummary, apply_import
from netdesk.models import database

_PARTS = ("contact_email", "contact_phone", "contact_address", "contact_link", "contact_tag")
_DERIVED = frozenset({"org_sort", "referrer_sort", "primary_email", "primary_phone"})
"""Contact columns kept up to date by triggers (migration 2): never written back."""
_CHUNK = 500


@dataclass(frozen=True)
class _Rows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class ContactRows:
    """Contacts as they were at one moment: their row, their parts and who referred them."""

    ids: tuple[int, ...]
    tables: tuple[_Rows, ...]


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _select(conn: sqlite3.Connection, table: str, column: str, ids: Sequence[int]) -> _Rows:
    columns: tuple[str, ...] = ()
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(ids):
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {column} IN ({_marks(chunk)})", chunk)
        columns = tuple(d[0] for d in cursor.description)
        rows.extend(cursor.fetchall())
    if not columns:
        columns = tuple(d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description)
    return _Rows(table, columns, tuple(rows))


def capture_contacts(ids: Iterable[int]) -> ContactRows:
    conn: sqlite3.Connection = database.connection()
    wanted = sorted({int(i) for i in ids})
    tables = [_select(conn, "contact", "id", wanted)]
    tables += [_select(conn, table, "contact_id", wanted) for table in _PARTS]
    tables.append(_select(conn, "referral", "referred_id", wanted))
    return ContactRows(tuple(wanted), tuple(tables))


def _insert(conn: sqlite3.Connection, rows: _Rows, verb: str = "INSERT") -> None:
    if rows.rows:
        conn.executemany(
            f"{verb} INTO {rows.table} ({', '.join(rows.columns)}) VALUES ({_marks(rows.columns)})",
            rows.rows,
        )


def restore_contacts_rows(snapshot: ContactRows) -> None:
    """Put the (still existing) contacts of ``snapshot`` back as it holds them."""
    conn: sqlite3.Connection = database.connection()
    by_table = {rows.table: rows for rows in snapshot.tables}
    with database.atomic():
        for chunk in _chunks(snapshot.ids):
            for table in _PARTS:
                conn.execute(f"DELETE FROM {table} WHERE contact_id IN ({_marks(chunk)})", chunk)
            conn.execute(f"DELETE FROM referral WHERE referred_id IN ({_marks(chunk)})", chunk)
        contacts = by_table["contact"]
        keep = [i for i, c in enumerate(contacts.columns) if c != "id" and c not in _DERIVED]
        sets = ", ".join(f"{contacts.columns[i]} = ?" for i in keep)
        conn.executemany(
            f"UPDATE contact SET {sets} WHERE id = ?",
            [(*(row[i] for i in keep), row[0]) for row in contacts.rows],
        )
        for table in _PARTS:
            _insert(conn, by_table[table])
        _insert(conn, by_table["referral"], "INSERT OR REPLACE")


def _max_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


@dataclass
class ImportChange:
    """An import already written, with what undoing and redoing it needs."""

    created: list[int]
    merged_before: ContactRows
    last_tag: int
    last_company: int
    merged_after: ContactRows | None = None
    created_rows: DeletedContacts | None = None
    new_lookups: list[_Rows] = field(default_factory=list)

    def undo(self) -> None:
        conn: sqlite3.Connection = database.connection()
        with database.atomic():
            self.merged_after = capture_contacts(self.merged_before.ids)
            self.new_lookups = [
                _select(conn, "company", "id", self._new_ids(conn, "company", self.last_company)),
                _select(conn, "tag", "id", self._new_ids(conn, "tag", self.last_tag)),
            ]
            self.created_rows = delete_contacts(self.created)
            restore_contacts_rows(self.merged_before)
            conn.execute(
                "DELETE FROM company WHERE id > ? AND id NOT IN "
                "(SELECT company_id FROM contact WHERE company_id IS NOT NULL) AND id NOT IN "
                "(SELECT company_id FROM job_posting)",
                (self.last_company,),
            )
            conn.execute(
                "DELETE FROM tag WHERE id > ? AND id NOT IN (SELECT tag_id FROM contact_tag)",
                (self.last_tag,),
            )

    def redo(self) -> None:
        assert self.created_rows is not None and self.merged_after is not None
        conn: sqlite3.Connection = database.connection()
        with database.atomic():
            for rows in self.new_lookups:
                _insert(conn, rows, "INSERT OR IGNORE")
            restore_contacts(self.created_rows)
            restore_contacts_rows(self.merged_after)

    @staticmethod
    def _new_ids(conn: sqlite3.Connection, table: str, last: int) -> list[int]:
        return [int(r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE id > ?", (last,))]


def import_with_undo(
    plan: ImportPlan, *, choices: Mapping[int, Choice | str] | None = None, **options: Any
) -> tuple[ImportSummary, ImportChange]:
    """:func:`apply_import` in one transaction, also returning the change so it can be undone."""
    conn: sqlite3.Connection = database.connection()
    with database.atomic():
        first_new = _max_id(conn, "contact") + 1
        last_tag, last_company = _max_id(conn, "tag"), _max_id(conn, "company")
        candidates = {item.match_id for item in plan.items if item.match_id is not None}
        before = capture_contacts(candidates)
        summary = apply_import(plan, choices=choices, **options)
        touched = set(summary.contact_ids)
        created = sorted(i for i in touched if i >= first_new)
        merged = {i for i in before.ids if i in touched}
        before = ContactRows(
            tuple(sorted(merged)),
            tuple(
                _Rows(rows.table, rows.columns,
                      tuple(row for row in rows.rows if _owner(rows, row) in merged))
                for rows in before.tables
            ),
        )  # fmt: skip
    return summary, ImportChange(created, before, last_tag, last_company)


def _owner(rows: _Rows, row: tuple[Any, ...]) -> int:
    column = {"contact": "id", "referral": "referred_id"}.get(rows.table, "contact_id")
    return int(row[rows.columns.index(column)])
