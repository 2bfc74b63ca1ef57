"""Who referred whom: the one walk up and the one walk down the chains, and the referral writers.

Each contact has at most one referrer (``referral.referred_id`` is unique), so the referrals form
a forest. :func:`ancestors_cte` and :func:`descendants_cte` are the only recursive queries over
it, beside :func:`generations_cte` (each generation's people, for the dashboard): every question
about chains (is this a loop, the path back to someone you knew, the tree's counts, the import's
links) is asked through them. All are iterative in SQLite, so a chain thousands of levels deep
costs what a list of that length costs; the first two are ``UNION`` walks that visit each
(origin, contact) once, so they end even in a damaged database whose referrals run in a circle,
and the third starts only from roots, which no circle hangs from.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from netdesk.models.bulk import bulk_insert
from netdesk.models.columns import as_date_or_none
from netdesk.models.db import database
from netdesk.models.records import ReferralInfo
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store

EACH = "SELECT value, value FROM json_each(?)"
"""Start rows for a walk from each id of a JSON list on its own (``origin`` is the id)."""
TOGETHER = "SELECT 0, value FROM json_each(?)"
"""Start rows for one walk from all ids of a JSON list (``origin`` 0: each contact once)."""


def ancestors_cte(start: str = TOGETHER) -> str:
    """``up(origin, id)``: the rows of ``start`` (``origin, id``) and everyone above each id,
    with the origin it was reached from. Goes after ``WITH RECURSIVE``."""
    return f"""up(origin, id) AS (
        {start}
        UNION
        SELECT up.origin, r.referrer_id FROM referral r JOIN up ON r.referred_id = up.id
    )"""


def descendants_cte(start: str = EACH) -> str:
    """``down(origin, id)``: the rows of ``start`` and everyone below each id (referred by it,
    by those, ...), with the origin it was reached from. Goes after ``WITH RECURSIVE``."""
    return f"""down(origin, id) AS (
        {start}
        UNION
        SELECT down.origin, r.referred_id FROM referral r JOIN down ON r.referrer_id = down.id
    )"""


def generations_cte(deepest: str = ":deepest") -> str:
    """``gen(id, g, day)``: everyone someone referred, walked down from the people nobody
    referred, with their generation (2 for those your direct contacts referred, then 3...,
    ``deepest`` and beyond counted as ``deepest``) and the day of their referral. Goes after
    ``WITH RECURSIVE``. A ``UNION ALL`` walk that ends: each contact has one referrer, so a
    circle of referrals hangs from no root and is never entered."""
    return f"""gen(id, g, day) AS (
        SELECT r.referred_id, min(2, {deepest}), r.referred_on FROM referral r
        WHERE r.referrer_id NOT IN (SELECT referred_id FROM referral)
        UNION ALL
        SELECT r.referred_id, min(gen.g + 1, {deepest}), r.referred_on FROM gen
        JOIN referral r ON r.referrer_id = gen.id
    )"""


def ids_json(ids: Iterable[int]) -> str:
    return json.dumps([int(i) for i in ids])


# Walking ----------------------------------------------------------------------------------------


def ancestors(ids: Iterable[int]) -> dict[int, int | None]:
    """Every existing contact among ``ids`` and on the chains above them, with its referrer
    (None for someone you knew directly)."""
    rows = connection().execute(
        f"WITH RECURSIVE {ancestors_cte()} "
        "SELECT up.id, r.referrer_id FROM up JOIN contact c ON c.id = up.id "
        "LEFT JOIN referral r ON r.referred_id = up.id",
        (ids_json(ids),),
    )
    return {int(i): (int(p) if p is not None else None) for i, p in rows}


def ancestors_named(ids: Iterable[int]) -> dict[int, tuple[int | None, str]]:
    """As :func:`ancestors`, with each one's name: (referrer, display name) by id, for the
    paths of many people from one walk."""
    rows = connection().execute(
        f"WITH RECURSIVE {ancestors_cte()} "
        "SELECT up.id, r.referrer_id, c.display_name FROM up JOIN contact c ON c.id = up.id "
        "LEFT JOIN referral r ON r.referred_id = up.id",
        (ids_json(ids),),
    )
    return {int(i): (int(p) if p is not None else None, str(n)) for i, p, n in rows}


def walk_up(start: int, parents: dict[int, int | None]) -> list[int]:
    """``start`` and its referrers up to the root, nearest first, from ``parents`` (as
    :func:`ancestors` gives them); stops before a contact seen already (a damaged circle)."""
    chain: list[int] = []
    seen: set[int] = set()
    node: int | None = start if start in parents else None
    while node is not None and node not in seen:
        chain.append(node)
        seen.add(node)
        node = parents.get(node)
    return chain


def chain_up(contact_id: int) -> list[int]:
    """``contact_id`` and everyone up its chain of referrers, nearest first; empty when it
    does not exist."""
    return walk_up(int(contact_id), ancestors([contact_id]))


def path_rows(contact_id: int) -> list[tuple[int, str, str, bool]]:
    """(id, name, reason, calls ahead) from the root down to ``contact_id``: how each one was
    referred to the next."""
    rows = (
        connection()
        .execute(
            f"WITH RECURSIVE {ancestors_cte()} "
            "SELECT c.id, r.referrer_id, c.display_name, coalesce(r.reason, ''), "
            "coalesce(r.calls_ahead, 0) FROM up JOIN contact c ON c.id = up.id "
            "LEFT JOIN referral r ON r.referred_id = c.id",
            (ids_json([contact_id]),),
        )
        .fetchall()
    )
    parents = {int(r[0]): (int(r[1]) if r[1] is not None else None) for r in rows}
    details = {int(r[0]): (str(r[2]), str(r[3]), bool(r[4])) for r in rows}
    return [(i, *details[i]) for i in reversed(walk_up(int(contact_id), parents))]


def generation_sizes() -> list[int]:
    """How many people each generation holds: [people you knew, their referrals, ...].

    The generations are the levels of one walk down from everyone nobody referred; each
    contact is counted once (people in a damaged circle hang from no root and are left out).
    """
    conn = connection()
    children: dict[int, list[int]] = {}
    for referred, referrer in conn.execute("SELECT referred_id, referrer_id FROM referral"):
        children.setdefault(int(referrer), []).append(int(referred))
    level = [
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM contact WHERE id NOT IN (SELECT referred_id FROM referral)"
        )
    ]
    sizes: list[int] = []
    while level:
        sizes.append(len(level))
        level = [kid for node in level for kid in children.get(node, ())]
    return sizes


# Reading one link -------------------------------------------------------------------------------


def referral_of(contact_id: int) -> ReferralInfo | None:
    """Who referred ``contact_id`` and how, or None for someone you knew directly."""
    row = (
        connection()
        .execute(
            "SELECT referrer_id, referred_on, reason, calls_ahead, meeting_id FROM referral "
            "WHERE referred_id = ?",
            (contact_id,),
        )
        .fetchone()
    )
    if row is None:
        return None
    return ReferralInfo(int(row[0]), as_date_or_none(row[1]), str(row[2]), bool(row[3]), row[4])


def referrer_of(contact_id: int) -> int | None:
    row = (
        connection()
        .execute("SELECT referrer_id FROM referral WHERE referred_id = ?", (contact_id,))
        .fetchone()
    )
    return int(row[0]) if row else None


def referrer_name(contact_id: int) -> str | None:
    """The name of whoever referred ``contact_id``."""
    row = (
        connection()
        .execute(
            "SELECT p.display_name FROM referral r JOIN contact p ON p.id = r.referrer_id "
            "WHERE r.referred_id = ?",
            (contact_id,),
        )
        .fetchone()
    )
    return str(row[0]) if row else None


def referred_by(contact_id: int) -> list[int]:
    """Ids of the people ``contact_id`` referred, by name."""
    rows = connection().execute(
        "SELECT c.id FROM referral r JOIN contact c ON c.id = r.referred_id "
        "WHERE r.referrer_id = ? ORDER BY c.sort_name, c.id",
        (contact_id,),
    )
    return [int(r[0]) for r in rows]


# Writing ----------------------------------------------------------------------------------------


def _changed(*ids: int | None) -> None:
    people = [i for i in ids if i is not None]
    store.changed(Topic.REFERRALS, people)
    store.changed(Topic.CONTACTS, people)


def set_referral(contact_id: int, info: ReferralInfo) -> None:
    """Record who referred ``contact_id`` (replacing the link they had). Core checks first
    that it closes no loop."""
    conn = connection()
    with database.atomic():
        old = referrer_of(contact_id)
        values = (
            info.referrer_id,
            info.referred_on.isoformat() if info.referred_on else None,
            info.reason,
            bool(info.calls_ahead),
            info.meeting_id,
        )
        updated = conn.execute(
            "UPDATE referral SET referrer_id = ?, referred_on = ?, reason = ?, calls_ahead = ?, "
            "meeting_id = ? WHERE referred_id = ?",
            (*values, contact_id),
        ).rowcount
        if not updated:
            conn.execute(
                "INSERT INTO referral (referrer_id, referred_on, reason, calls_ahead, meeting_id, "
                "referred_id) VALUES (?, ?, ?, ?, ?, ?)",
                (*values, contact_id),
            )
        _changed(contact_id, info.referrer_id, old)


def remove_referral(contact_id: int) -> None:
    """``contact_id`` is someone you knew directly now."""
    conn = connection()
    with database.atomic():
        old = referrer_of(contact_id)
        if old is not None:
            conn.execute("DELETE FROM referral WHERE referred_id = ?", (contact_id,))
            _changed(contact_id, old)


def set_referrer(contact_id: int, referrer_id: int | None) -> int | None:
    """Move a contact under another referrer, keeping what the link said (date, reason, calls
    ahead, meeting), or make them a root (None); returns the old referrer. Core checks first
    that it closes no loop."""
    with database.atomic():
        existing = referral_of(contact_id)
        old = existing.referrer_id if existing is not None else None
        if referrer_id is None:
            remove_referral(contact_id)
        elif existing is None:
            set_referral(contact_id, ReferralInfo(referrer_id=referrer_id))
        elif old != referrer_id:
            existing.referrer_id = referrer_id
            set_referral(contact_id, existing)
    return old


def insert_referrals(edges: Sequence[tuple[int, int, str | None, str, bool]]) -> None:
    """Many new links at once: (referred, referrer, referred on, reason, calls ahead), for
    contacts that have no referrer yet."""
    if not edges:
        return
    conn = connection()
    with database.atomic():
        bulk_insert(
            conn,
            "referral",
            ["referred_id", "referrer_id", "referred_on", "reason", "calls_ahead"],
            edges,
        )
        people = {e[0] for e in edges} | {e[1] for e in edges}
        store.changed(Topic.REFERRALS, people)
        store.changed(Topic.CONTACTS, people)


def apply_delete_rule(conn: sqlite3.Connection, ids: Sequence[int]) -> list[int]:
    """Before ``ids`` are deleted: the people they referred move up to the deleted contact's own
    referrer, keeping the chain intact, or become roots when it had none. Contact after contact,
    so that deleting several links of one chain moves everyone to the nearest one left. Returns
    the people moved who are not deleted themselves."""
    gone = set(ids)
    moved = {
        int(r[0])
        for r in select_in(
            conn, "SELECT referred_id FROM referral WHERE referrer_id IN ({marks})", ids
        )
    }
    for contact_id in ids:
        row = conn.execute(
            "SELECT referrer_id FROM referral WHERE referred_id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            conn.execute("DELETE FROM referral WHERE referrer_id = ?", (contact_id,))
        else:
            conn.execute(
                "UPDATE referral SET referrer_id = ? WHERE referrer_id = ?", (row[0], contact_id)
            )
    return sorted(moved - gone)


def referral_rows(contact_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(referred, referrer, referrer's name) for the referrals of ``contact_ids``."""
    return list(
        select_in(
            connection(),
            "SELECT r.referred_id, r.referrer_id, c.display_name FROM referral r "
            "JOIN contact c ON c.id = r.referrer_id WHERE r.referred_id IN ({marks})",
            contact_ids,
        )
    )
