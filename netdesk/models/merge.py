"""Merging a group of contacts into one, as rows: what moves, what goes, and the copy undo needs.

Core's merge rules decide the survivor's values and which e-mails, phones, addresses and links
stay (``core.merge``); :func:`merge_group` writes that in one transaction and returns a copy of
every row it changed or removed, taken before, which :func:`undo_merge` puts back with the same
ids.

Tables that point at a contact are found in the schema (``PRAGMA foreign_key_list``), so rows of
tables added later move with the person too instead of being deleted with a removed member.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netdesk.models.contacts import DERIVED
from netdesk.models.db import database
from netdesk.models.errors import DatabaseError
from netdesk.models.sql import (
    TableRows,
    connection,
    marks,
    quoted,
    restore_rows,
    select_in,
    snapshot_rows,
)
from netdesk.models.store import Topic, store

PARTS = ("contact_email", "contact_phone", "contact_link", "contact_address")
"""The parts a merge keeps once each (the survivor's first)."""
_SPECIAL = {"referral", "contact_tag", "not_duplicate"}
"""Tables pointing at contacts that the merge handles row by row, not by moving them."""
_MOVED_TOPICS = {
    "posting_person": Topic.POSTINGS,
    "meeting": Topic.MEETINGS,
    "task": Topic.TASKS,
    "interaction": Topic.INTERACTIONS,
    "favour": Topic.INTERACTIONS,
}


# Reading ----------------------------------------------------------------------------------------


def contact_rows(ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Every column of each contact of ``ids`` that exists, by id."""
    rows = snapshot_rows(connection(), "contact", "id IN ({marks})", ids=ids)
    return {int(r["id"]): r for r in rows.records()}


def part_counts(ids: Sequence[int]) -> dict[int, int]:
    """How many e-mails, phones, addresses, links, tags, meetings and interactions each has."""
    conn = connection()
    counts = dict.fromkeys(ids, 0)
    for table in ("contact_email", "contact_phone", "contact_address", "contact_link",
                  "contact_tag", "meeting", "interaction"):  # fmt: skip
        for contact_id, count in select_in(
            conn,
            f"SELECT contact_id, count(*) FROM {table} WHERE contact_id IN ({{marks}}) "
            "GROUP BY contact_id",
            ids,
        ):
            counts[contact_id] += count
    return counts


def part_rows(table: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The rows of one of :data:`PARTS` that belong to ``ids``."""
    if table not in PARTS:
        raise ValueError(f"{table} is not a part of a contact")
    return snapshot_rows(connection(), table, "contact_id IN ({marks})", ids=ids).records()


def moved_counts(others: Sequence[int], members: Sequence[int]) -> dict[str, int]:
    """How many meetings, interactions, tasks and favours of ``others`` move to the survivor,
    and how many people outside the group they referred (``referred``)."""
    conn = connection()
    moved = {
        table: sum(
            int(n)
            for (n,) in select_in(
                conn, f"SELECT count(*) FROM {table} WHERE contact_id IN ({{marks}})", others
            )
        )
        for table in ("meeting", "interaction", "task", "favour")
    }
    moved["referred"] = int(
        conn.execute(
            f"SELECT count(*) FROM referral WHERE referrer_id IN ({marks(len(others))}) "
            f"AND referred_id NOT IN ({marks(len(members))})",
            [*others, *members],
        ).fetchone()[0]
    )
    return moved


def tag_names(ids: Sequence[int]) -> list[str]:
    """Every tag of ``ids`` once, by name."""
    rows = connection().execute(
        f"SELECT DISTINCT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"WHERE ct.contact_id IN ({marks(len(ids))}) ORDER BY t.name COLLATE NOCASE",
        list(ids),
    )
    return [str(name) for (name,) in rows]


def existing(ids: Iterable[int]) -> set[int]:
    return {
        int(i)
        for (i,) in select_in(connection(), "SELECT id FROM contact WHERE id IN ({marks})", ids)
    }


# Merging ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergedRows:
    """Every row :func:`merge_group` changed or removed, as it was before."""

    removed: tuple[int, ...]
    contacts: TableRows
    moved: tuple[tuple[TableRows, str], ...]
    """Rows of other tables that belonged to removed members, with their key column."""
    tags: TableRows
    referrals: TableRows
    not_duplicates: TableRows
    added_pairs: tuple[tuple[int, int], ...]


def _referencing(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``contact``, from the schema itself."""
    found = []
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for (table,) in tables:
        for row in conn.execute(f"PRAGMA foreign_key_list({quoted(table)})"):
            if row[2] == "contact":
                found.append((table, row[3]))
    return found


def _key_column(conn: sqlite3.Connection, table: str) -> str:
    """The INTEGER PRIMARY KEY of ``table`` (its rowid), or "rowid"."""
    info = conn.execute(f"PRAGMA table_info({quoted(table)})").fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
        return str(keys[0][1])
    without_rowid = conn.execute(
        "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    if without_rowid:
        raise DatabaseError(f"Contacts cannot be merged: NetDesk does not know table {table}.")
    return "rowid"


def merge_group(
    keep: int,
    others: Sequence[int],
    values: Mapping[str, Any],
    parts: Mapping[str, tuple[Sequence[tuple[int, int]], Sequence[int]]],
    referrer: int | None,
) -> MergedRows:
    """Merge ``others`` into ``keep`` in one transaction: the survivor's changed columns become
    ``values``; of each table of :data:`PARTS`, ``parts[table]`` holds the rows of removed
    members that become the survivor's, as (row id, position), and the rows that go (repeats of
    one kept); the survivor's own rows stay as they are; tags are combined; every other
    row pointing at a removed member moves to the survivor, and so do the people they referred;
    ``referrer`` (None: nobody) refers the survivor; "not duplicates" said of a removed member
    holds for the survivor. Returns the rows as they were."""
    conn = connection()
    members = [keep, *others]
    everyone, rest = marks(len(members)), marks(len(others))
    with database.atomic():
        tables = [(t, c) for t, c in _referencing(conn) if t not in _SPECIAL]
        moved = []
        for table, column in tables:
            key = _key_column(conn, table)
            rows = snapshot_rows(
                conn, table, f"{quoted(column)} IN ({rest})", others, rowid=key == "rowid"
            )
            moved.append((rows, key))
        referred = [
            int(i)
            for (i,) in conn.execute(
                f"SELECT referred_id FROM referral WHERE referrer_id IN ({everyone})", members
            )
        ]
        snapshot = MergedRows(
            removed=tuple(others),
            contacts=snapshot_rows(conn, "contact", f"id IN ({everyone})", members),
            moved=tuple(moved),
            tags=snapshot_rows(conn, "contact_tag", f"contact_id IN ({everyone})", members),
            referrals=snapshot_rows(
                conn,
                "referral",
                f"referred_id IN ({everyone}) OR referrer_id IN ({everyone})",
                members * 2,
            ),
            not_duplicates=snapshot_rows(
                conn,
                "not_duplicate",
                f"contact_a IN ({everyone}) OR contact_b IN ({everyone})",
                members * 2,
            ),
            added_pairs=(),
        )
        if values:
            sets = ", ".join(f"{quoted(c)} = ?" for c in values)
            conn.execute(f"UPDATE contact SET {sets} WHERE id = ?", (*values.values(), keep))
        for table in PARTS:
            taken, dropped = parts.get(table, ((), ()))
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in dropped])
            conn.executemany(
                f"UPDATE {table} SET contact_id = ?, position = ? WHERE id = ?",
                [(keep, position, row_id) for row_id, position in taken],
            )
        conn.execute(
            f"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
            f"SELECT ?, tag_id FROM contact_tag WHERE contact_id IN ({rest})",
            [keep, *others],
        )
        for table, column in tables:
            if table not in PARTS:
                # OR IGNORE: a row the survivor has already (the same role on one posting)
                # stays with the removed member and goes with it; undo puts it back.
                conn.execute(
                    f"UPDATE OR IGNORE {quoted(table)} SET {quoted(column)} = ? "
                    f"WHERE {quoted(column)} IN ({rest})",
                    [keep, *others],
                )
        _merge_referrals(conn, keep, members, others, referrer)
        added = _carry_dismissals(conn, keep, members, others)
        conn.execute(f"DELETE FROM contact WHERE id IN ({rest})", others)
        snapshot = MergedRows(**{**snapshot.__dict__, "added_pairs": tuple(added)})
        _changed(snapshot, [*members, *referred])
    return snapshot


def _changed(rows: MergedRows, people: Sequence[int]) -> None:
    store.changed(Topic.CONTACTS, people)
    store.changed(Topic.REFERRALS, people)
    store.changed(Topic.DUPLICATES, rows.contacts.values("id"))
    for moved, _ in rows.moved:
        topic = _MOVED_TOPICS.get(moved.table)
        if topic is not None and moved:
            about = "posting_id" if moved.table == "posting_person" else "id"
            store.changed(topic, moved.values(about))


def _merge_referrals(
    conn: sqlite3.Connection,
    keep: int,
    members: Sequence[int],
    others: Sequence[int],
    referrer: int | None,
) -> None:
    members, others = list(members), list(others)
    everyone, rest = marks(len(members)), marks(len(others))
    # The people they referred: now referred by the survivor. Links inside the group go.
    conn.execute(
        f"DELETE FROM referral WHERE referrer_id IN ({everyone}) AND referred_id IN ({everyone})",
        members * 2,
    )
    conn.execute(
        f"UPDATE referral SET referrer_id = ? WHERE referrer_id IN ({rest})", [keep, *others]
    )
    own = conn.execute("SELECT id, referrer_id FROM referral WHERE referred_id = ?", (keep,))
    current = own.fetchone()
    if referrer is None:
        conn.execute("DELETE FROM referral WHERE referred_id = ?", (keep,))
        return
    if current is not None and current[1] == referrer:
        return
    source = conn.execute(
        f"SELECT id, referred_on, reason, calls_ahead, meeting_id FROM referral "
        f"WHERE referrer_id = ? AND referred_id IN ({rest}) ORDER BY id LIMIT 1",
        [referrer, *others],
    ).fetchone()
    details = tuple(source[1:]) if source is not None else (None, "", 0, None)
    if current is not None:
        conn.execute(
            "UPDATE referral SET referrer_id = ?, referred_on = ?, reason = ?, calls_ahead = ?, "
            "meeting_id = ? WHERE id = ?",
            (referrer, *details, current[0]),
        )
    elif source is not None:
        conn.execute("UPDATE referral SET referred_id = ? WHERE id = ?", (keep, source[0]))
    else:
        conn.execute(
            "INSERT INTO referral (referred_id, referrer_id, referred_on, reason, calls_ahead, "
            "meeting_id) VALUES (?, ?, ?, ?, ?, ?)",
            (keep, referrer, *details),
        )


def _carry_dismissals(
    conn: sqlite3.Connection, keep: int, members: Sequence[int], others: Sequence[int]
) -> list[tuple[int, int]]:
    """ "Not duplicates" said of a removed member holds for the merged contact."""
    others = list(others)
    rest = marks(len(others))
    pairs = conn.execute(
        f"SELECT contact_a, contact_b FROM not_duplicate "
        f"WHERE contact_a IN ({rest}) OR contact_b IN ({rest})",
        others * 2,
    ).fetchall()
    added = []
    for a, b in pairs:
        other = b if a in others else a
        if other in members:
            continue
        pair = (min(keep, other), max(keep, other))
        cursor = conn.execute(
            "INSERT OR IGNORE INTO not_duplicate (contact_a, contact_b) VALUES (?, ?)", pair
        )
        if cursor.rowcount:
            added.append(pair)
    return added


# Undo ------------------------------------------------------------------------------------------


def undo_merge(snapshot: MergedRows) -> None:
    """Put back every row :func:`merge_group` changed or removed, with the same ids."""
    conn = connection()
    members = [int(i) for i in snapshot.contacts.values("id")]
    everyone = marks(len(members))
    columns = snapshot.contacts.columns
    with database.atomic():
        restore_rows(conn, snapshot.contacts.keep(lambda r: r["id"] in snapshot.removed))
        for row in snapshot.contacts.rows:
            if row[0] not in snapshot.removed:
                pairs = [(c, v) for c, v in zip(columns, row, strict=True)
                         if c != "id" and c not in DERIVED]  # fmt: skip
                sets = ", ".join(f"{quoted(c)} = ?" for c, _ in pairs)
                conn.execute(
                    f"UPDATE contact SET {sets} WHERE id = ?", (*(v for _, v in pairs), row[0])
                )
        for rows, key in snapshot.moved:
            _put_back(conn, rows, key)
        conn.execute(f"DELETE FROM contact_tag WHERE contact_id IN ({everyone})", members)
        restore_rows(conn, snapshot.tags)
        ids = snapshot.referrals.values("id")
        referred = {int(r["referred_id"]) for r in snapshot.referrals.records()}
        conn.execute(
            f"DELETE FROM referral WHERE referred_id IN ({everyone}) "
            f"OR referrer_id IN ({everyone}) OR id IN ({marks(len(ids))})",
            [*members, *members, *ids],
        )
        restore_rows(conn, snapshot.referrals)
        conn.executemany(
            "DELETE FROM not_duplicate WHERE contact_a = ? AND contact_b = ?",
            snapshot.added_pairs,
        )
        restore_rows(conn, snapshot.not_duplicates, "INSERT OR IGNORE")
        _changed(snapshot, sorted({*members, *referred}))


def _put_back(conn: sqlite3.Connection, rows: TableRows, key: str) -> None:
    """Each row as it was: updated where it still exists (moved), inserted where not (a
    repeated e-mail or phone the merge dropped)."""
    if not rows.rows:
        return
    at = rows.columns.index(key)
    others = [(n, c) for n, c in enumerate(rows.columns) if n != at and c != key]
    sets = ", ".join(f"{quoted(c)} = ?" for _, c in others)
    for row in rows.rows:
        cursor = conn.execute(
            f"UPDATE {quoted(rows.table)} SET {sets} WHERE {quoted(key)} = ?",
            (*(row[n] for n, _ in others), row[at]),
        )
        if cursor.rowcount == 0:
            values = (row[at], *(row[n] for n, _ in others))
            cols = ", ".join(quoted(c) for c in (key, *(c for _, c in others)))
            conn.execute(
                f"INSERT INTO {quoted(rows.table)} ({cols}) VALUES ({marks(len(values))})", values
            )
