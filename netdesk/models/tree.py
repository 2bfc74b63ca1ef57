"""The referral tree's queries: pages of roots and children, counts below people, filters.

Each person comes back as one tuple of :data:`NODE` values (id, name, organization, status, lead,
sort key, how many people they referred), which ``core.tree`` turns into its rows. Pages are
keyset pages in name order, ``(sort_name, id)``. Walks along chains use the one pair of recursive
queries of :mod:`netdesk.models.referrals`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from netdesk.models.referrals import (
    EACH,
    TOGETHER,
    ancestors_cte,
    descendants_cte,
    ids_json,
)
from netdesk.models.sql import connection

Node = tuple[Any, ...]

NODE = """
    c.id, c.display_name, coalesce(co.name, ''), c.status, c.lead, c.sort_name,
    (SELECT count(*) FROM referral k WHERE k.referrer_id = c.id)
"""
"""What the tree shows of a person (``c``: contact, ``co``: company)."""

_ROOTS = (
    "contact c LEFT JOIN company co ON co.id = c.company_id "
    "WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.referred_id = c.id)"
)
_CHILDREN = (
    "referral r JOIN contact c ON c.id = r.referred_id "
    "LEFT JOIN company co ON co.id = c.company_id WHERE r.referrer_id = ?"
)

Key = tuple[str, int]


def root_count() -> int:
    """People nobody referred: every contact has at most one referral row."""
    row = (
        connection()
        .execute("SELECT (SELECT count(*) FROM contact) - (SELECT count(*) FROM referral)")
        .fetchone()
    )
    return int(row[0])


def _page(
    base: str, params: list[object], after: Key | None, limit: int, upto: Key | None
) -> list[Node]:
    """Rows of ``base`` in name order after ``after``: ``limit`` of them, or all up to ``upto``
    (and at least ``limit``)."""
    conn = connection()
    query = (
        f"SELECT {NODE} FROM {base} AND (c.sort_name, c.id) > (?, ?) "
        "ORDER BY c.sort_name, c.id LIMIT ?"
    )
    start = after if after is not None else ("", 0)
    if upto is None:
        return list(conn.execute(query, (*params, *start, limit)))
    rows = list(
        conn.execute(
            f"SELECT {NODE} FROM {base} AND (c.sort_name, c.id) > (?, ?) "
            "AND (c.sort_name, c.id) <= (?, ?) ORDER BY c.sort_name, c.id",
            (*params, *start, *upto),
        )
    )
    if len(rows) < limit:
        last = (rows[-1][5], rows[-1][0]) if rows else start
        rows.extend(conn.execute(query, (*params, *last, limit - len(rows))))
    return rows


def roots(after: Key | None, limit: int, upto: Key | None) -> list[Node]:
    """People you knew directly, by name (see :func:`_page`)."""
    return _page(_ROOTS, [], after, limit, upto)


def children(parent_id: int, after: Key | None, limit: int, upto: Key | None) -> list[Node]:
    """The people ``parent_id`` referred, by name (see :func:`_page`)."""
    return _page(_CHILDREN, [parent_id], after, limit, upto)


def children_of(parents: Iterable[int]) -> Iterator[tuple[int, Node]]:
    """(parent, child) for every child of each of ``parents``, by parent, then name: one query
    for any number of parents."""
    rows = connection().execute(
        f"""
        SELECT r.referrer_id, {NODE}
        FROM json_each(?) p JOIN referral r ON r.referrer_id = p.value
        JOIN contact c ON c.id = r.referred_id LEFT JOIN company co ON co.id = c.company_id
        ORDER BY r.referrer_id, c.sort_name, c.id
        """,
        (ids_json(parents),),
    )
    for values in rows:
        yield int(values[0]), values[1:]


def direct_count(contact_id: int) -> int:
    row = (
        connection()
        .execute("SELECT count(*) FROM referral WHERE referrer_id = ?", (contact_id,))
        .fetchone()
    )
    return int(row[0])


def descendant_counts(ids: Iterable[int]) -> dict[int, int]:
    """Everyone below each of ``ids``; the cost is the total size of their subtrees."""
    rows = connection().execute(
        f"WITH RECURSIVE {descendants_cte(EACH)} SELECT origin, count(*) - 1 FROM down "
        "GROUP BY origin",
        (ids_json(ids),),
    )
    return {int(top): int(n) for top, n in rows}


def subtrees_off(inside: Iterable[int]) -> list[tuple[int, int, int]]:
    """(child, its referrer, size of its subtree with it) for every child of ``inside`` that is
    not in ``inside`` itself: each subtree hanging off the set, counted once."""
    members = ids_json(inside)
    rows = connection().execute(
        f"""
        WITH RECURSIVE inside(id) AS (SELECT value FROM json_each(?)),
        {
            descendants_cte(
                "SELECT r.referred_id, r.referred_id FROM referral r "
                "WHERE r.referrer_id IN inside AND r.referred_id NOT IN inside"
            )
        }
        SELECT down.origin, r.referrer_id, count(*) FROM down
        JOIN referral r ON r.referred_id = down.origin GROUP BY down.origin
        """,
        (members,),
    )
    return [(int(top), int(parent), int(size)) for top, parent, size in rows]


def rows_for(ids: Iterable[int]) -> list[Node]:
    return list(
        connection().execute(
            f"SELECT {NODE} FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.id IN (SELECT value FROM json_each(?))",
            (ids_json(ids),),
        )
    )


def search(match: str, limit: int) -> tuple[int, list[int]]:
    """How many people an FTS5 query matches, and the first ``limit`` of them by name."""
    conn = connection()
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
    return total, hits


def with_ancestors(ids: Iterable[int]) -> Iterator[tuple[int | None, Node]]:
    """(referrer, person) for ``ids`` and everyone on their paths back to someone you knew,
    in name order."""
    rows = connection().execute(
        f"""
        WITH RECURSIVE {ancestors_cte(TOGETHER)}
        SELECT r.referrer_id, {NODE}
        FROM up JOIN contact c ON c.id = up.id
        LEFT JOIN company co ON co.id = c.company_id
        LEFT JOIN referral r ON r.referred_id = c.id
        ORDER BY c.sort_name, c.id
        """,
        (ids_json(ids),),
    )
    for values in rows:
        yield (int(values[0]) if values[0] is not None else None), values[1:]


def meeting_numbers(now: datetime) -> tuple[int, int]:
    """Meetings held by ``now``, and the referrals obtained in them."""
    moment = now.isoformat(sep=" ", timespec="seconds")
    held, obtained = (
        connection()
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
    return int(held), int(obtained)
