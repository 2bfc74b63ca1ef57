"""Copies of the rows a change touches, taken before and after it, and putting one back: what
undo and redo of the small changes (a call logged, an item ticked off) and of meeting saves are
made of. The rules of which rows a change touches are the core's (``netdesk.core.row_undo``,
``netdesk.core.meeting_undo``); this module reads and writes exactly the rows it is given, as
the one row snapshot (:class:`netdesk.models.sql.TableRows`) every undo uses.

Restoring says what it changed, by table: contacts (and their past employers) as
:data:`Topic.CONTACTS`, meetings as :data:`Topic.MEETINGS`, tasks as :data:`Topic.TASKS`,
interactions and favours as :data:`Topic.INTERACTIONS`, companies and their aliases as
:data:`Topic.COMPANIES`, postings with their history and people as :data:`Topic.POSTINGS`,
referral links as :data:`Topic.REFERRALS` (with the referred people as contacts too).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from netdesk.models.contacts import DERIVED
from netdesk.models.db import database
from netdesk.models.sql import TableRows, marks, restore_rows, snapshot_rows
from netdesk.models.store import Topic, store

_DERIVED = DERIVED
"""Contact columns kept up to date by triggers (migrations 2 and 11): never written back."""

_TOPICS: dict[str, tuple[Topic, str]] = {
    "company": (Topic.COMPANIES, "id"),
    "company_alias": (Topic.COMPANIES, "company_id"),
    "contact": (Topic.CONTACTS, "id"),
    "contact_past_employer": (Topic.CONTACTS, "contact_id"),
    "job_posting": (Topic.POSTINGS, "id"),
    "posting_stage": (Topic.POSTINGS, "posting_id"),
    "posting_person": (Topic.POSTINGS, "posting_id"),
    "meeting": (Topic.MEETINGS, "id"),
    "task": (Topic.TASKS, "id"),
    "interaction": (Topic.INTERACTIONS, "id"),
    "favour": (Topic.INTERACTIONS, "id"),
}
"""What a restored row is reported as: its topic, and the column holding the id it is about
(a posting's history row is news about the posting)."""


class RestoreRefused(Exception):
    """A copy cannot be put back as it was; the message says why, for the person using NetDesk.
    Nothing was written."""


class RestoreConflict(Exception):
    """The database changed since the copy was taken so that it no longer fits (a constraint
    failed: ``str()`` is SQLite's message). Nothing was written."""


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = database.connection()
    return conn


def _marks(values: Sequence[object]) -> str:
    return marks(len(values))


def _update(conn: sqlite3.Connection, table: str, columns: Sequence[str], row: Sequence[Any]
            ) -> None:  # fmt: skip
    """Write ``row`` (its id first, then ``columns[1:]``) over the row with that id."""
    sets = ", ".join(f"{c} = ?" for c in columns[1:])
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*row[1:], row[0]))


# Rows by id: the small changes ----------------------------------------------------------------

TABLES = (
    "company",
    "company_alias",
    "contact",
    "contact_past_employer",
    "job_posting",
    "posting_stage",
    "posting_person",
    "meeting",
    "task",
    "interaction",
    "favour",
)
"""What may be copied, parents before children (inserted in this order, deleted in reverse)."""

_NOT_RECREATED = frozenset({"contact", "meeting"})


@dataclass(frozen=True)
class TableCopy:
    """The rows of one table with the given ids, as they were."""

    ids: frozenset[int]
    """Every id this copy speaks for; an id without a row stands for "absent"."""
    copied: TableRows

    @property
    def table(self) -> str:
        return self.copied.table


@dataclass(frozen=True)
class RowsState:
    tables: tuple[TableCopy, ...]

    def ids(self, table: str) -> frozenset[int]:
        return frozenset().union(*(t.ids for t in self.tables if t.table == table))


def capture(rows: Mapping[str, Iterable[int]]) -> RowsState:
    """Copy the rows with the given ids (``{"contact": [3], "task": [7, 8]}``)."""
    unknown = set(rows) - set(TABLES)
    if unknown:
        raise ValueError(f"cannot copy rows of {sorted(unknown)}")
    conn = _conn()
    tables = []
    for table in TABLES:
        if table not in rows:
            continue
        ids = sorted({int(i) for i in rows[table]})
        copied = snapshot_rows(conn, table, f"id IN ({_marks(ids)})", ids)
        tables.append(TableCopy(frozenset(ids), copied))
    return RowsState(tuple(tables))


def restore(target: RowsState, scope: RowsState | None = None) -> None:
    """Make the rows ``target`` (and ``scope``: the other state of a change) speaks for hold
    what ``target`` copied.

    Columns are written back only where they differ, so that what else changed in a row since
    stays; a row the copy lacks is deleted, and one it has that is gone is inserted again with
    its old id. A contact or meeting that is gone raises :class:`RestoreRefused` instead:
    bringing it back would bring back half of it.
    """
    conn = _conn()
    with database.atomic():
        wanted: dict[str, dict[int, tuple[Any, ...]]] = {t: {} for t in TABLES}
        columns: dict[str, tuple[str, ...]] = {}
        for copy in target.tables:
            columns[copy.table] = copy.copied.columns
            wanted[copy.table].update({int(row[0]): row for row in copy.copied.rows})
        covered = {t: target.ids(t) | (scope.ids(t) if scope else frozenset()) for t in TABLES}
        for table in reversed(TABLES):
            gone = sorted(covered[table] - set(wanted[table]))
            if gone:
                conn.execute(f"DELETE FROM {table} WHERE id IN ({_marks(gone)})", gone)
        for table in TABLES:
            for row_id, row in sorted(wanted[table].items()):
                _put(conn, table, columns[table], row_id, row)
            if covered[table]:
                topic, column = _TOPICS[table]
                store.changed(topic, _about(table, column, covered[table], target, scope))


def _about(table: str, column: str, ids: frozenset[int], *states: RowsState | None) -> set[int]:
    """The ids the restored rows of ``table`` are about: their own, or their parents' (from
    the copies on either side of the change)."""
    if column == "id":
        return set(ids)
    found: set[int] = set()
    for state in states:
        for copy in state.tables if state is not None else ():
            if copy.table == table and copy.copied:
                found.update(int(v) for v in copy.copied.values(column) if v is not None)
    return found


def _put(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], row_id: int,
         row: tuple[Any, ...]) -> None:  # fmt: skip
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    current = cursor.fetchone()
    if current is None:
        if table in _NOT_RECREATED:
            raise RestoreRefused(f"This {table} no longer exists: it was deleted since.")
        restore_rows(conn, TableRows(table, columns, (row,)))
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


# A meeting with what its save touches -----------------------------------------------------------


@dataclass(frozen=True)
class MeetingState:
    """The rows a meeting save can change, as they were at one moment."""

    meeting_id: int
    contact_ids: frozenset[int]
    meeting: TableRows
    tasks: TableRows
    referrals: TableRows
    contacts: TableRows
    attendees: TableRows


def capture_meeting(meeting_id: int, contact_ids: Iterable[int]) -> MeetingState:
    """Copy meeting ``meeting_id`` (nothing when there is none), its attendees and tasks, the
    referral links from it or to the given contacts, and those contacts."""
    ids = sorted({int(i) for i in contact_ids})
    conn = _conn()
    in_ids = _marks(ids)
    return MeetingState(
        meeting_id=meeting_id,
        contact_ids=frozenset(ids),
        meeting=snapshot_rows(conn, "meeting", "id = ?", (meeting_id,)),
        tasks=snapshot_rows(conn, "task", "meeting_id = ?", (meeting_id,)),
        referrals=snapshot_rows(
            conn, "referral", f"meeting_id = ? OR referred_id IN ({in_ids})", (meeting_id, *ids)
        ),
        contacts=snapshot_rows(conn, "contact", f"id IN ({in_ids})", ids),
        attendees=snapshot_rows(conn, "meeting_attendee", "meeting_id = ?", (meeting_id,)),
    )


def restore_meeting(target: MeetingState, scope: Iterable[int] = ()) -> None:
    """Make the database hold ``target``'s rows for its meeting and the contacts in ``scope``.

    Contacts in ``scope`` but absent from ``target`` (created by the other state) are deleted.
    :class:`RestoreConflict` when the database changed since so that the rows no longer fit.
    """
    try:
        _restore_meeting(target, scope)
    except (sqlite3.IntegrityError, peewee.IntegrityError) as exc:
        raise RestoreConflict(str(exc)) from exc


def _restore_meeting(target: MeetingState, scope: Iterable[int]) -> None:
    conn = _conn()
    ids = sorted(set(target.contact_ids) | {int(i) for i in scope})
    in_ids = _marks(ids)
    mid = target.meeting_id
    with database.atomic():
        old_links = conn.execute(
            f"SELECT referred_id FROM referral WHERE meeting_id = ? OR referred_id IN ({in_ids})",
            (mid, *ids),
        ).fetchall()
        old_tasks = conn.execute("SELECT id FROM task WHERE meeting_id = ?", (mid,)).fetchall()
        conn.execute(
            f"DELETE FROM referral WHERE meeting_id = ? OR referred_id IN ({in_ids})", (mid, *ids)
        )
        conn.execute("DELETE FROM task WHERE meeting_id = ?", (mid,))
        wanted = {int(row[0]): row for row in target.contacts.rows}
        present = {
            int(r[0]) for r in conn.execute(f"SELECT id FROM contact WHERE id IN ({in_ids})", ids)
        }
        columns = list(target.contacts.columns)
        keep = [i for i, c in enumerate(columns) if c not in _DERIVED]
        for contact_id in ids:
            if contact_id not in wanted:
                if contact_id in present:
                    conn.execute("DELETE FROM contact WHERE id = ?", (contact_id,))
                continue
            row = wanted[contact_id]
            if contact_id in present:
                _update(conn, "contact", [columns[i] for i in keep], [row[i] for i in keep])
            else:
                subset = TableRows(
                    "contact", tuple(columns[i] for i in keep), (tuple(row[i] for i in keep),)
                )
                restore_rows(conn, subset)
        exists = conn.execute("SELECT 1 FROM meeting WHERE id = ?", (mid,)).fetchone()
        if not target.meeting.rows:
            conn.execute("DELETE FROM meeting WHERE id = ?", (mid,))
        elif exists:
            _update(conn, "meeting", target.meeting.columns, target.meeting.rows[0])
        else:
            restore_rows(conn, target.meeting)
        if target.meeting.rows:  # the attendees as they were (a new meeting's first: by trigger)
            conn.execute("DELETE FROM meeting_attendee WHERE meeting_id = ?", (mid,))
            restore_rows(conn, target.attendees)
        restore_rows(conn, target.tasks)
        restore_rows(conn, target.referrals)
        _declare_meeting_restored(target, ids, old_links, old_tasks)


def _declare_meeting_restored(
    target: MeetingState,
    contact_ids: list[int],
    old_links: Iterable[Sequence[Any]],
    old_tasks: Iterable[Sequence[Any]],
) -> None:
    referred = {int(r[0]) for r in old_links}
    if target.referrals.rows:
        column = target.referrals.columns.index("referred_id")
        referred |= {int(row[column]) for row in target.referrals.rows}
    tasks = {int(r[0]) for r in old_tasks} | {int(row[0]) for row in target.tasks.rows}
    store.changed(Topic.MEETINGS, [target.meeting_id])
    if tasks:
        store.changed(Topic.TASKS, tasks)
    if referred:
        store.changed(Topic.REFERRALS, referred)
    if contact_ids or referred:
        store.changed(Topic.CONTACTS, {*contact_ids, *referred})
