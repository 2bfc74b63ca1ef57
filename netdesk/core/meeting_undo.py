"""Undo and redo for meeting saves and deletes, as before/after snapshots of the rows involved.

A meeting save touches the meeting, its tasks, the referral links it records, contacts it creates
and the met contact's status and last contact. :func:`capture` copies exactly those rows;
:func:`restore` puts a snapshot back, deleting what the other state added. Row ids are kept, so
later undo steps that refer to a contact created by a meeting still find it after a redo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import peewee

from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import (
    MeetingData,
    SaveResult,
    delete_meeting,
    load_meeting,
    save_meeting,
)
from netdesk.models import database


@dataclass(frozen=True)
class Rows:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class MeetingState:
    """The rows a meeting save can change, as they were at one moment."""

    meeting_id: int
    contact_ids: frozenset[int]
    meeting: Rows
    tasks: Rows
    referrals: Rows
    contacts: Rows


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _select(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> Rows:
    cursor = conn.execute(sql, tuple(params))
    return Rows(tuple(d[0] for d in cursor.description), tuple(cursor.fetchall()))


def capture(meeting_id: int, contact_ids: Iterable[int]) -> MeetingState:
    """Snapshot meeting ``meeting_id`` and the given contacts (met, referred, created)."""
    ids = sorted({int(i) for i in contact_ids})
    conn: sqlite3.Connection = database.connection()
    marks = _marks(ids)
    return MeetingState(
        meeting_id=meeting_id,
        contact_ids=frozenset(ids),
        meeting=_select(conn, "SELECT * FROM meeting WHERE id = ?", (meeting_id,)),
        tasks=_select(conn, "SELECT * FROM task WHERE meeting_id = ?", (meeting_id,)),
        referrals=_select(
            conn,
            f"SELECT * FROM referral WHERE meeting_id = ? OR referred_id IN ({marks})",
            (meeting_id, *ids),
        ),
        contacts=_select(conn, f"SELECT * FROM contact WHERE id IN ({marks})", ids),
    )


def _insert(conn: sqlite3.Connection, table: str, rows: Rows) -> None:
    if not rows.rows:
        return
    cols = ", ".join(rows.columns)
    conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({_marks(rows.columns)})", rows.rows)


def _update(conn: sqlite3.Connection, table: str, columns: Sequence[str], row: Sequence[Any]
            ) -> None:  # fmt: skip
    sets = ", ".join(f"{c} = ?" for c in columns[1:])
    conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*row[1:], row[0]))


# Kept up to date by triggers (migration 2): never written back.
_DERIVED = {"org_sort", "referrer_sort", "primary_email", "primary_phone"}


def restore(target: MeetingState, scope: Iterable[int] = ()) -> None:
    """Make the database hold ``target``'s rows for its meeting and the contacts in ``scope``.

    Contacts in ``scope`` but absent from ``target`` (created by the other state) are deleted.
    """
    conn: sqlite3.Connection = database.connection()
    ids = sorted(set(target.contact_ids) | {int(i) for i in scope})
    marks = _marks(ids)
    mid = target.meeting_id
    with database.atomic():
        conn.execute(
            f"DELETE FROM referral WHERE meeting_id = ? OR referred_id IN ({marks})", (mid, *ids)
        )
        conn.execute("DELETE FROM task WHERE meeting_id = ?", (mid,))
        wanted = {int(row[0]): row for row in target.contacts.rows}
        present = {
            int(r[0]) for r in conn.execute(f"SELECT id FROM contact WHERE id IN ({marks})", ids)
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
                subset = Rows(tuple(columns[i] for i in keep), (tuple(row[i] for i in keep),))
                _insert(conn, "contact", subset)
        exists = conn.execute("SELECT 1 FROM meeting WHERE id = ?", (mid,)).fetchone()
        if not target.meeting.rows:
            conn.execute("DELETE FROM meeting WHERE id = ?", (mid,))
        elif exists:
            _update(conn, "meeting", target.meeting.columns, target.meeting.rows[0])
        else:
            _insert(conn, "meeting", target.meeting)
        _insert(conn, "task", target.tasks)
        _insert(conn, "referral", target.referrals)


@dataclass(frozen=True)
class MeetingChange:
    """A save or delete that already happened, with what undoing and redoing it needs."""

    before: MeetingState
    after: MeetingState

    def undo(self) -> None:
        _restore_or_explain(self.before, self.after.contact_ids)

    def redo(self) -> None:
        _restore_or_explain(self.after, self.before.contact_ids)


def _restore_or_explain(target: MeetingState, scope: Iterable[int]) -> None:
    try:
        restore(target, scope)
    except (sqlite3.IntegrityError, peewee.IntegrityError) as exc:
        raise NetDeskError(
            f"The meeting could not be put back as it was: the database changed since ({exc})."
        ) from exc


def _involved(data: MeetingData) -> set[int]:
    ids = {e.contact_id for e in data.referrals if e.contact_id is not None}
    if data.contact_id is not None:
        ids.add(data.contact_id)
    return ids


def save_with_undo(
    data: MeetingData,
    meeting_id: int | None = None,
    *,
    confirmed: bool = False,
    now: datetime | None = None,
) -> tuple[SaveResult, MeetingChange]:
    """:func:`save_meeting`, also returning the change so that it can be undone."""
    involved = _involved(data)
    if meeting_id is not None:
        involved.add(load_meeting(meeting_id).contact_id or 0)
    with database.atomic():
        before = capture(meeting_id if meeting_id is not None else -1, involved)
        result = save_meeting(data, meeting_id, confirmed=confirmed, now=now)
        involved.update(result.created_contact_ids)
        after = capture(result.meeting_id, involved)
    return result, MeetingChange(replace(before, meeting_id=result.meeting_id), after)


def delete_with_undo(meeting_id: int) -> MeetingChange:
    """:func:`delete_meeting`, returning the change so that it can be undone."""
    with database.atomic():
        data = load_meeting(meeting_id)
        involved = _involved(data)
        before = capture(meeting_id, involved)
        delete_meeting(meeting_id)
        after = capture(meeting_id, involved)
    return MeetingChange(before, after)
