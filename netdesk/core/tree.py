"""The referral forest as a tree view needs it: pages of roots and children, counts, paths, filters.

Everything is iterative: recursive CTEs in SQLite, loops in Python. A chain of introductions 5,000
people deep is walked like a list, never with Python recursion.

Descendant counts are computed for the rows being shown, never for the whole forest. Siblings
have disjoint subtrees, so counting under one page of siblings costs at most the size of those
subtrees. For a set of nested nodes (a path from a root down to a contact, or the ancestors
revealed by a filter) :func:`closed_descendant_counts` counts each subtree hanging off the set
once and adds the results up the set in Python, which keeps a 5,000-deep path linear instead of
quadratic.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from netdesk.core.contacts import ReferralInfo, set_referral
from netdesk.core.text import fts_query
from netdesk.core.week_plan import REFERRALS_PER_MEETING_GOAL
from netdesk.models import Referral, database

ROOTS_PAGE = 300
CHILDREN_PAGE = 1000


class NodeRow(NamedTuple):
    """One person as the tree shows them (a tuple: thousands are built per path or page)."""

    id: int
    name: str
    organization: str
    status: str
    lead: str
    sort_key: str
    direct: int
    """How many people they referred."""

    @property
    def key(self) -> tuple[str, int]:
        """Position among siblings: by name, then id (keyset paging)."""
        return (self.sort_key, self.id)


_COLUMNS = """
    c.id, c.display_name, coalesce(co.name, ''), c.status, c.lead, c.sort_name,
    (SELECT count(*) FROM referral k WHERE k.referrer_id = c.id)
"""


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = database.connection()
    return conn


_row = NodeRow._make
"""A NodeRow from the values of :data:`_COLUMNS`, as SQLite returns them (ints and strings)."""


def root_count() -> int:
    """People nobody referred: every contact has at most one referral row."""
    row = (
        _conn()
        .execute("SELECT (SELECT count(*) FROM contact) - (SELECT count(*) FROM referral)")
        .fetchone()
    )
    return int(row[0])


def _page(
    base: str,
    params: list[object],
    after: tuple[str, int] | None,
    limit: int,
    upto: tuple[str, int] | None,
) -> list[NodeRow]:
    """Rows of ``base`` in name order after ``after``: ``limit`` of them, or all up to ``upto``."""
    conn = _conn()
    query = (
        f"SELECT {_COLUMNS} FROM {base} AND (c.sort_name, c.id) > (?, ?) "
        "ORDER BY c.sort_name, c.id LIMIT ?"
    )
    start = after if after is not None else ("", 0)
    if upto is None:
        return [_row(r) for r in conn.execute(query, (*params, *start, limit))]
    rows = [
        _row(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM {base} AND (c.sort_name, c.id) > (?, ?) "
            "AND (c.sort_name, c.id) <= (?, ?) ORDER BY c.sort_name, c.id",
            (*params, *start, *upto),
        )
    ]
    if len(rows) < limit:
        last = rows[-1].key if rows else start
        rows.extend(_row(r) for r in conn.execute(query, (*params, *last, limit - len(rows))))
    return rows


def roots(
    after: tuple[str, int] | None = None,
    limit: int = ROOTS_PAGE,
    upto: tuple[str, int] | None = None,
) -> list[NodeRow]:
    """People you knew directly, by name, after ``after`` (a :attr:`NodeRow.key`).

    ``limit`` of them, or with ``upto`` every one up to that key (and at least ``limit``).
    """
    base = (
        "contact c LEFT JOIN company co ON co.id = c.company_id "
        "WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.referred_id = c.id)"
    )
    return _page(base, [], after, limit, upto)


def children(
    parent_id: int,
    after: tuple[str, int] | None = None,
    limit: int = CHILDREN_PAGE,
    upto: tuple[str, int] | None = None,
) -> list[NodeRow]:
    """The people ``parent_id`` referred, by name; paged like :func:`roots`."""
    base = (
        "referral r JOIN contact c ON c.id = r.referred_id "
        "LEFT JOIN company co ON co.id = c.company_id WHERE r.referrer_id = ?"
    )
    return _page(base, [parent_id], after, limit, upto)


def children_through(
    wanted: Iterable[tuple[int, int | None]], at_least: int = CHILDREN_PAGE
) -> dict[int, list[NodeRow]]:
    """For many parents at once: each parent's first children, far enough to hold the wanted ones.

    ``wanted`` holds ``(parent, child)`` pairs (child None: just the first page). Each parent gets
    at least ``at_least`` children, more when a wanted child comes later. One query for any
    number of parents, nested or not: how a path thousands of levels deep loads at once.
    """
    pairs = list(wanted)
    if not pairs:
        return {}
    waiting: dict[int, set[int]] = {}
    for parent, child in pairs:
        waiting.setdefault(parent, set())
        if child is not None:
            waiting[parent].add(child)
    rows = _conn().execute(
        f"""
        SELECT r.referrer_id, {_COLUMNS}
        FROM json_each(?) p JOIN referral r ON r.referrer_id = p.value
        JOIN contact c ON c.id = r.referred_id LEFT JOIN company co ON co.id = c.company_id
        ORDER BY r.referrer_id, c.sort_name, c.id
        """,
        (json.dumps(list(waiting)),),
    )
    result: dict[int, list[NodeRow]] = {}
    for values in rows:
        parent = int(values[0])
        kids = result.setdefault(parent, [])
        pending = waiting[parent]
        if len(kids) < at_least or pending:
            kids.append(_row(values[1:]))
            pending.discard(kids[-1].id)
    return result


def direct_count(contact_id: int) -> int:
    row = (
        _conn()
        .execute("SELECT count(*) FROM referral WHERE referrer_id = ?", (contact_id,))
        .fetchone()
    )
    return int(row[0])


def descendant_counts(ids: Iterable[int]) -> dict[int, int]:
    """Everyone below each of ``ids`` (referred by them, by those, ...).

    Meant for siblings (disjoint subtrees): the cost is the total size of those subtrees. For
    nested ids use :func:`closed_descendant_counts`.
    """
    ids = list(ids)
    if not ids:
        return {}
    rows = _conn().execute(
        """
        WITH RECURSIVE sub(top, id) AS (
            SELECT value, value FROM json_each(?)
            UNION ALL
            SELECT sub.top, r.referred_id FROM sub JOIN referral r ON r.referrer_id = sub.id
        )
        SELECT top, count(*) - 1 FROM sub GROUP BY top
        """,
        (json.dumps(ids),),
    )
    return {int(top): int(n) for top, n in rows}


def closed_descendant_counts(parents: dict[int, int | None]) -> dict[int, int]:
    """Descendant counts for a set closed under "referrer of" and for its children outside it.

    ``parents`` maps each id of the set to its referrer (None for a root; every referrer that is
    not None must be in the set too). Each subtree hanging off the set is counted once in SQLite;
    the totals are then added up the set from the deepest node, without recursion.
    """
    if not parents:
        return {}
    rows = _conn().execute(
        """
        WITH RECURSIVE inside(id) AS (SELECT value FROM json_each(?)),
        sub(top, parent, id) AS (
            SELECT r.referred_id, r.referrer_id, r.referred_id FROM referral r
            WHERE r.referrer_id IN inside AND r.referred_id NOT IN inside
            UNION ALL
            SELECT sub.top, sub.parent, r.referred_id
            FROM sub JOIN referral r ON r.referrer_id = sub.id
        )
        SELECT top, parent, count(*) FROM sub GROUP BY top
        """,
        (json.dumps(list(parents)),),
    )
    counts: dict[int, int] = dict.fromkeys(parents, 0)
    for top, parent, size in rows:
        counts[int(top)] = int(size) - 1
        counts[int(parent)] += int(size)
    # Add each member into its referrer, deepest first: a member is ready once all of its
    # children inside the set have been added into it.
    waiting: dict[int, int] = dict.fromkeys(parents, 0)
    for parent in parents.values():
        if parent is not None:
            waiting[parent] += 1
    ready = [node for node, n in waiting.items() if n == 0]
    while ready:
        node = ready.pop()
        parent = parents[node]
        if parent is None:
            continue
        counts[parent] += counts[node] + 1
        waiting[parent] -= 1
        if waiting[parent] == 0:
            ready.append(parent)
    return counts


def ancestors(contact_id: int) -> list[int]:
    """The ids from a root down to ``contact_id`` (included); empty when it does not exist."""
    rows = _conn().execute(
        """
        WITH RECURSIVE up(id, depth) AS (
            SELECT id, 0 FROM contact WHERE id = ?
            UNION ALL
            SELECT r.referrer_id, up.depth + 1 FROM referral r JOIN up ON r.referred_id = up.id
        )
        SELECT id FROM up ORDER BY depth DESC
        """,
        (contact_id,),
    )
    return [int(r[0]) for r in rows]


def rows_for(ids: Iterable[int]) -> dict[int, NodeRow]:
    ids = list(ids)
    if not ids:
        return {}
    rows = _conn().execute(
        f"SELECT {_COLUMNS} FROM contact c LEFT JOIN company co ON co.id = c.company_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    return {r.id: r for r in map(_row, rows)}


# Filtering ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilteredForest:
    """The people matching a search, with everyone on their paths back to someone you knew."""

    matches: frozenset[int]
    total_matches: int
    """All matches, of which only the first ``len(matches)`` (by name) are shown."""
    parents: dict[int, int | None]
    """Every shown id with its referrer (None for roots)."""
    children: dict[int, list[NodeRow]]
    """Shown children by parent id, 0 for the roots, in name order."""
    descendants: dict[int, int]


MATCH_LIMIT = 500


def filter_forest(text: str, limit: int = MATCH_LIMIT) -> FilteredForest | None:
    """The first ``limit`` people (by name) matching ``text`` plus their ancestors.

    None when ``text`` holds nothing to search for.
    """
    match = fts_query(text)
    if not match:
        return None
    conn = _conn()
    total = int(
        conn.execute(
            "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (match,)
        ).fetchone()[0]
    )
    hits = [
        int(r[0])
        for r in conn.execute(
            "SELECT c.id FROM contact c WHERE c.id IN "
            "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?) "
            "ORDER BY c.sort_name, c.id LIMIT ?",
            (match, limit),
        )
    ]
    rows = conn.execute(
        f"""
        WITH RECURSIVE up(id) AS (
            SELECT value FROM json_each(?)
            UNION
            SELECT r.referrer_id FROM referral r JOIN up ON r.referred_id = up.id
        )
        SELECT r.referrer_id, {_COLUMNS}
        FROM up JOIN contact c ON c.id = up.id
        LEFT JOIN company co ON co.id = c.company_id
        LEFT JOIN referral r ON r.referred_id = c.id
        ORDER BY c.sort_name, c.id
        """,
        (json.dumps(hits),),
    )
    parents: dict[int, int | None] = {}
    kids: dict[int, list[NodeRow]] = {}
    for values in rows:
        node = _row(values[1:])
        parent = int(values[0]) if values[0] is not None else None
        parents[node.id] = parent
        kids.setdefault(parent or 0, []).append(node)
    return FilteredForest(
        matches=frozenset(hits),
        total_matches=total,
        parents=parents,
        children=kids,
        descendants=closed_descendant_counts(parents),
    )


# Re-parenting ------------------------------------------------------------------------------------


def referral_of(contact_id: int) -> ReferralInfo | None:
    """Who referred ``contact_id`` and how, or None for someone you knew directly."""
    referral = Referral.get_or_none(Referral.referred == contact_id)
    if referral is None:
        return None
    return ReferralInfo(
        referrer_id=int(referral.referrer_id),
        referred_on=referral.referred_on,
        reason=referral.reason,
        calls_ahead=bool(referral.calls_ahead),
        meeting_id=referral.meeting_id,
    )


def restore_referral(contact_id: int, info: ReferralInfo | None) -> None:
    """Put back a referral exactly as :func:`referral_of` described it (undo of a move)."""
    with database.atomic():
        if info is None:
            Referral.delete().where(Referral.referred == contact_id).execute()
        else:
            set_referral(contact_id, info)


# Network numbers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkNumbers:
    meetings_held: int
    referrals_from_meetings: int
    generations: list[int]
    """How many people each generation holds: people you knew, their referrals, ..."""
    goal: int = REFERRALS_PER_MEETING_GOAL

    @property
    def referrals_per_meeting(self) -> float | None:
        if not self.meetings_held:
            return None
        return self.referrals_from_meetings / self.meetings_held

    @property
    def depth(self) -> int:
        """Generations below the people you knew (0: nobody referred anyone yet)."""
        return max(0, len(self.generations) - 1)


def network_numbers(now: datetime | None = None) -> NetworkNumbers:
    """Referrals obtained per meeting held (the goal is two), and the size of each generation."""
    from netdesk.core.referrals import generation_sizes

    moment = (now or datetime.now()).isoformat(sep=" ", timespec="seconds")
    held, obtained = (
        _conn()
        .execute(
            """
        SELECT (SELECT count(*) FROM meeting WHERE starts_at <= ?),
               (SELECT count(*) FROM referral r JOIN meeting m ON m.id = r.meeting_id
                WHERE m.starts_at <= ?)
        """,
            (moment, moment),
        )
        .fetchone()
    )
    return NetworkNumbers(int(held), int(obtained), generation_sizes())
