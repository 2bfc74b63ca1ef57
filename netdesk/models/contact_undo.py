"""Contacts as they were: deleting with undo, and copies of contacts an import merged into.

A delete copies every row it removes or changes (:class:`DeletedContacts`): the contacts, their
parts, the meetings they attended with their attendees, history, tasks and roles in postings,
and the referrals to, from and obtained through them; undo writes exactly those rows back with
their ids. (A meeting others attended too stays theirs when its contact is deleted: the next
attendee becomes its contact, by trigger; undo makes it the deleted contact's again.) An
import's undo copies the contacts it merges into (:class:`ContactRows`) and the companies and
tags it created (:class:`Lookups`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netdesk.models.contacts import DERIVED, PARTS
from netdesk.models.db import database
from netdesk.models.referrals import apply_delete_rule
from netdesk.models.sql import (
    TableRows,
    connection,
    execute_in,
    restore_rows,
    snapshot_rows,
)
from netdesk.models.store import Topic, store

_OWNED = (
    ("contact_email", "contact_id"),
    ("contact_phone", "contact_id"),
    ("contact_address", "contact_id"),
    ("contact_link", "contact_id"),
    ("contact_tag", "contact_id"),
    ("contact_past_employer", "contact_id"),
    ("posting_person", "contact_id"),
    ("interaction", "contact_id"),
    ("favour", "contact_id"),
)
"""Tables holding rows that belong to a contact, in the order they are restored."""
_MEETINGS_OF = "(SELECT meeting_id FROM meeting_attendee WHERE contact_id IN ({marks}))"
"""The meetings the contacts attended (their contact's included: always its first attendee)."""
_UPSERTED = frozenset({"meeting", "meeting_attendee", "task"})
"""Tables whose copied rows may still be there at undo (a meeting others attended, its other
attendees and tasks): written over rather than inserted."""


@dataclass(frozen=True)
class DeletedContacts:
    """Every row a delete removed or changed, so that undo restores the exact previous state."""

    contact_ids: tuple[int, ...]
    tables: tuple[TableRows, ...]
    referrals: TableRows
    """Referrals to, from, or obtained in a meeting of the deleted contacts."""
    moved: tuple[int, ...] = ()
    """The people they had referred (now referred by the deleted contacts' referrers)."""


def delete_contacts(ids: Sequence[int]) -> DeletedContacts:
    """Delete contacts and what belongs to them in one transaction, applying the delete rule of
    :func:`netdesk.models.referrals.apply_delete_rule`."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    conn = connection()
    with database.atomic():
        tables = [snapshot_rows(conn, "contact", "id IN ({marks})", ids=ids)]
        tables += [
            snapshot_rows(conn, table, f"{column} IN ({{marks}})", ids=ids)
            for table, column in _OWNED
        ]
        tables.append(snapshot_rows(conn, "meeting", f"id IN {_MEETINGS_OF}", ids=ids))
        tables.append(
            snapshot_rows(conn, "meeting_attendee", f"meeting_id IN {_MEETINGS_OF}", ids=ids)
        )
        tables.append(
            snapshot_rows(
                conn, "task", f"contact_id IN ({{marks}}) OR meeting_id IN {_MEETINGS_OF}", ids=ids
            )
        )
        referrals = snapshot_rows(
            conn,
            "referral",
            f"referred_id IN ({{marks}}) OR referrer_id IN ({{marks}}) OR meeting_id IN "
            f"{_MEETINGS_OF}",
            ids=ids,
        )
        moved = apply_delete_rule(conn, ids)
        execute_in(conn, "DELETE FROM contact WHERE id IN ({marks})", ids)
        deleted = DeletedContacts(tuple(ids), tuple(tables), referrals, tuple(moved))
        _changed(deleted)
    return deleted


def restore_contacts(deleted: DeletedContacts) -> None:
    """Undo :func:`delete_contacts`: the same ids, parts, meetings and referral links."""
    conn = connection()
    order = ("contact", "meeting", "meeting_attendee")
    with database.atomic():
        ordered = sorted(
            deleted.tables,
            key=lambda t: (t.table == "task", order.index(t.table) if t.table in order else 3),
        )
        for rows in ordered:
            if rows.table == "meeting":
                _upsert(conn, rows)
            elif rows.table in _UPSERTED:  # nothing points at these: replacing is safe
                restore_rows(conn, rows, "INSERT OR REPLACE")
            else:
                restore_rows(conn, rows)
        restore_rows(conn, deleted.referrals, "INSERT OR REPLACE")
        _changed(deleted)


def _upsert(conn: sqlite3.Connection, rows: TableRows) -> None:
    """Write ``rows`` back by id: over the row where it is still there (updated in place, so
    that nothing pointing at it cascades, as a REPLACE would), inserted where it is gone."""
    if not rows.rows:
        return
    names = ", ".join(rows.columns)
    sets = ", ".join(f"{c} = excluded.{c}" for c in rows.columns if c != "id")
    conn.executemany(
        f"INSERT INTO {rows.table} ({names}) VALUES ({', '.join('?' * len(rows.columns))}) "
        f"ON CONFLICT (id) DO UPDATE SET {sets}",
        rows.rows,
    )


def _changed(deleted: DeletedContacts) -> None:
    store.changed(Topic.CONTACTS, [*deleted.contact_ids, *deleted.moved])
    store.changed(Topic.REFERRALS, [*deleted.contact_ids, *deleted.moved])
    present = {rows.table for rows in deleted.tables if rows}
    for table, topic in (
        ("meeting", Topic.MEETINGS),
        ("task", Topic.TASKS),
        ("interaction", Topic.INTERACTIONS),
        ("favour", Topic.INTERACTIONS),
    ):
        if table in present:
            store.changed(topic, _table(deleted, table).values("id"))
    store.changed(Topic.DUPLICATES, deleted.contact_ids)


def _table(deleted: DeletedContacts, table: str) -> TableRows:
    return next(rows for rows in deleted.tables if rows.table == table)


# Contacts as they were (undo of an import's merges) ---------------------------------------------


@dataclass(frozen=True)
class ContactRows:
    """Contacts as they were at one moment: their row, their parts and who referred them."""

    ids: tuple[int, ...]
    tables: tuple[TableRows, ...]

    def only(self, ids: Iterable[int]) -> ContactRows:
        """The copy of those of ``ids`` it holds."""
        wanted = set(ids)

        def owned(rows: TableRows) -> TableRows:
            column = {"contact": "id", "referral": "referred_id"}.get(rows.table, "contact_id")
            return rows.keep(lambda record: record[column] in wanted)

        return ContactRows(
            tuple(i for i in self.ids if i in wanted), tuple(owned(t) for t in self.tables)
        )


def snapshot_contacts(ids: Iterable[int]) -> ContactRows:
    """Copy contacts with their parts and referral (who referred them)."""
    conn = connection()
    wanted = sorted({int(i) for i in ids})
    tables = [snapshot_rows(conn, "contact", "id IN ({marks})", ids=wanted)]
    tables += [snapshot_rows(conn, t, "contact_id IN ({marks})", ids=wanted) for t in PARTS]
    tables.append(snapshot_rows(conn, "referral", "referred_id IN ({marks})", ids=wanted))
    return ContactRows(tuple(wanted), tuple(tables))


def restore_snapshot(snapshot: ContactRows) -> None:
    """Put the (still existing) contacts of ``snapshot`` back as it holds them."""
    conn = connection()
    by_table = {rows.table: rows for rows in snapshot.tables}
    with database.atomic():
        for table in PARTS:
            execute_in(conn, f"DELETE FROM {table} WHERE contact_id IN ({{marks}})", snapshot.ids)
        execute_in(conn, "DELETE FROM referral WHERE referred_id IN ({marks})", snapshot.ids)
        contacts = by_table["contact"]
        keep = [i for i, c in enumerate(contacts.columns) if c != "id" and c not in DERIVED]
        sets = ", ".join(f"{contacts.columns[i]} = ?" for i in keep)
        conn.executemany(
            f"UPDATE contact SET {sets} WHERE id = ?",
            [(*(row[i] for i in keep), row[0]) for row in contacts.rows],
        )
        for table in PARTS:
            restore_rows(conn, by_table[table])
        restore_rows(conn, by_table["referral"], "INSERT OR REPLACE")
        store.changed(Topic.CONTACTS, snapshot.ids)
        store.changed(Topic.REFERRALS, snapshot.ids)


@dataclass(frozen=True)
class Lookups:
    """The last company and tag ids at one moment: what an import creates comes after."""

    company: int
    tag: int


def lookups_now() -> Lookups:
    conn = connection()
    company = conn.execute("SELECT coalesce(max(id), 0) FROM company").fetchone()[0]
    tag = conn.execute("SELECT coalesce(max(id), 0) FROM tag").fetchone()[0]
    return Lookups(int(company), int(tag))


def lookups_since(before: Lookups) -> tuple[TableRows, TableRows]:
    """The companies and tags created since ``before``."""
    conn = connection()
    return (
        snapshot_rows(conn, "company", "id > ?", (before.company,)),
        snapshot_rows(conn, "tag", "id > ?", (before.tag,)),
    )


def drop_unused_lookups(before: Lookups) -> None:
    """Delete the companies and tags created since ``before`` that nothing uses any more."""
    conn = connection()
    with database.atomic():
        unused = (
            "FROM company WHERE id > ? AND id NOT IN "
            "(SELECT company_id FROM contact WHERE company_id IS NOT NULL) AND id NOT IN "
            "(SELECT company_id FROM job_posting) AND id NOT IN "
            "(SELECT company_id FROM contact_past_employer)"
        )
        gone = conn.execute(f"SELECT id {unused}", (before.company,)).fetchall()
        conn.execute(f"DELETE {unused}", (before.company,))
        conn.execute(
            "DELETE FROM tag WHERE id > ? AND id NOT IN (SELECT tag_id FROM contact_tag)",
            (before.tag,),
        )
        if gone:
            store.changed(Topic.COMPANIES, [int(r[0]) for r in gone])


def restore_lookups(rows: Iterable[TableRows]) -> None:
    """Put companies and tags back (those still there are kept)."""
    conn = connection()
    with database.atomic():
        for table in rows:
            restore_rows(conn, table, "INSERT OR IGNORE")
            if table.table == "company" and table:
                store.changed(Topic.COMPANIES, table.values("id"))
