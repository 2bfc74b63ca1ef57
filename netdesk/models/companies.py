"""Companies: the completer's names, finding one by its name or an alias, who you know there
(the three rings), aliases and the merge of two companies.

The rules (folding a name into its keys, which ring comes first, the opening line) are in
:mod:`netdesk.core.companies`; this module stores and reads what it is given. Writers say what
they changed (:meth:`~netdesk.models.store.Store.changed`) inside their transaction. Postings
are :mod:`netdesk.models.postings`'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store

_LAST = "\U0010ffff"
"""Sorts after every folded name that starts with a given prefix."""


def names_starting(key: str, limit: int) -> list[str]:
    """The names of the companies whose folded name starts with ``key`` (all for ""), by
    folded name: a range on the unique sort-name index, however many companies there are."""
    if not key:
        rows = connection().execute("SELECT name FROM company ORDER BY sort_name LIMIT ?", (limit,))
    else:
        rows = connection().execute(
            "SELECT name FROM company WHERE sort_name >= ? AND sort_name < ? "
            "ORDER BY sort_name LIMIT ?",
            (key, key + _LAST, limit),
        )
    return [str(name) for (name,) in rows]


def companies_starting(key: str, limit: int) -> list[tuple[int, str]]:
    """(id, name) of the companies whose folded name starts with ``key`` (a range on the
    unique sort-name index), by folded name."""
    rows = connection().execute(
        "SELECT id, name FROM company WHERE sort_name >= ? AND sort_name < ? "
        "ORDER BY sort_name LIMIT ?",
        (key, key + _LAST, limit),
    )
    return [(int(i), str(n)) for i, n in rows]


def people_at(company_key: str) -> list[tuple[int, str, str, str, str]]:
    """(id, name, title, lead, status) of everyone at the company with this folded name, warm
    leads first, by name."""
    rows = connection().execute(
        "SELECT c.id, c.display_name, c.title, c.lead, c.status "
        "FROM contact c JOIN company co ON co.id = c.company_id WHERE co.sort_name = ? "
        "ORDER BY c.lead = 'cold', c.sort_name",
        (company_key,),
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def contact_count(company_id: int) -> int:
    """How many contacts work at the company."""
    row = (
        connection()
        .execute("SELECT count(*) FROM contact WHERE company_id = ?", (company_id,))
        .fetchone()
    )
    return int(row[0])


def find_company(sort_key: str, match_key: str) -> int | None:
    """The company a name stands for: its folded name (``sort_key``) is a company's or an
    alias's, or else its looser key (``match_key``, legal form dropped) is an alias's or a
    company's folded name. Each step is one lookup on a unique or plain index."""
    conn = connection()
    steps = (
        ("SELECT id FROM company WHERE sort_name = ?", sort_key),
        ("SELECT company_id FROM company_alias WHERE sort_name = ?", sort_key),
        ("SELECT company_id FROM company_alias WHERE match_key = ? ORDER BY id LIMIT 1", match_key),
        ("SELECT id FROM company WHERE sort_name = ?", match_key),
    )
    for sql, key in steps:
        if key:
            row = conn.execute(sql, (key,)).fetchone()
            if row is not None:
                return int(row[0])
    return None


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    sort_name: str
    website: str
    notes: str


def company_rows(ids: Iterable[int]) -> dict[int, CompanyRow]:
    return {
        int(r[0]): CompanyRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in select_in(
            connection(),
            "SELECT id, name, sort_name, website, notes FROM company WHERE id IN ({marks})",
            ids,
        )
    }


def aliases_of(company_id: int) -> list[tuple[int, str]]:
    """(id, name) of the company's aliases, by name."""
    rows = connection().execute(
        "SELECT id, name FROM company_alias WHERE company_id = ? ORDER BY sort_name",
        (company_id,),
    )
    return [(int(i), str(n)) for i, n in rows]


def add_alias(company_id: int, name: str, sort_name: str, match_key: str) -> int:
    """Another name for the company; returns the alias's id."""
    with store.transaction():
        cursor = connection().execute(
            "INSERT INTO company_alias (company_id, name, sort_name, match_key) "
            "VALUES (?, ?, ?, ?)",
            (company_id, name, sort_name, match_key),
        )
        store.changed(Topic.COMPANIES, [company_id])
    return int(cursor.lastrowid or 0)


def remove_alias(alias_id: int) -> None:
    with store.transaction():
        row = (
            connection()
            .execute("DELETE FROM company_alias WHERE id = ? RETURNING company_id", (alias_id,))
            .fetchone()
        )
        if row is not None:
            store.changed(Topic.COMPANIES, [int(row[0])])


def alias_owner(sort_name: str) -> int | None:
    """The company that has this folded name, as its own or as an alias."""
    row = (
        connection()
        .execute(
            "SELECT id FROM company WHERE sort_name = ? "
            "UNION ALL SELECT company_id FROM company_alias WHERE sort_name = ? LIMIT 1",
            (sort_name, sort_name),
        )
        .fetchone()
    )
    return int(row[0]) if row is not None else None


# Who you know there -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RingRow:
    """A contact close to a company: works there (ring 1), used to (2), or referred or was
    referred by someone who does or did (3, through ``via``)."""

    id: int
    ring: int
    via: int | None
    display_name: str
    title: str
    lead: str
    status: str
    sort_name: str
    via_ring: int | None = None
    """Ring 3: the ring (1 or 2) of the person they are close to the company through."""


_MEMBERS = """
    inner_ring(id, ring, cold, sort_name) AS MATERIALIZED (
        SELECT id, 1, lead != 'warm', sort_name FROM contact WHERE company_id = :company
        UNION ALL
        SELECT c.id, 2, c.lead != 'warm', c.sort_name
        FROM (SELECT DISTINCT contact_id AS id FROM contact_past_employer
              WHERE company_id = :company) p
        CROSS JOIN contact c ON c.id = p.id
        WHERE c.company_id IS NOT :company
    ),
    near(id, via, rank) AS (
        SELECT r.referrer_id, i.id, i.ring * 2 + i.cold FROM inner_ring i
        CROSS JOIN referral r INDEXED BY referral_referred ON r.referred_id = i.id
        UNION ALL
        SELECT r.referred_id, i.id, i.ring * 2 + i.cold FROM inner_ring i
        CROSS JOIN referral r INDEXED BY referral_referrer ON r.referrer_id = +i.id
    ),
    best_near(id, k) AS (
        SELECT id, min((rank << 40) | via) FROM near
        WHERE id NOT IN (SELECT id FROM inner_ring) GROUP BY id
    ),
    members(id, ring, via, via_ring, cold, sort_name) AS MATERIALIZED (
        SELECT id, ring, NULL, NULL, cold, sort_name FROM inner_ring
        UNION ALL
        SELECT b.id, 3, b.k & 1099511627775, b.k >> 41, c.lead != 'warm', c.sort_name
        FROM best_near b CROSS JOIN contact c INDEXED BY contact_ring ON c.id = b.id
    )
"""
"""``members``: everyone close to ``:company``, once, in their nearest ring, with what they
sort by (cold after warm, then folded name); for ring 3 the one person of ring 1 or 2 that
counts (``via``: someone who works there now before someone who used to, warm before cold, then
the lowest id; ``k`` packs that rank above the id, ids being below 2**40). Joins are forced to
start from the company's people (CROSS JOIN) and ``+i.id`` keeps SQLite from building a Bloom
filter over the whole referral table. Every step reads an index that holds what it needs
(migration 12): the first ring ``contact_company``, the referrals both ways
``referral_referred`` and ``referral_referrer``, lead and name of the third ring
``contact_ring``; named, as SQLite without statistics would read the rows instead. A small
company then costs a fraction of a millisecond, and a 7,000-person employer about 15."""

_PEOPLE = """
    SELECT p.id, p.ring, p.via, c.display_name, c.title, c.lead, c.status, c.sort_name,
           p.via_ring
    FROM ({page}) p CROSS JOIN contact c ON c.id = p.id
"""


def _ring_row(r: tuple[Any, ...]) -> RingRow:
    return RingRow(
        id=int(r[0]),
        ring=int(r[1]),
        via=int(r[2]) if r[2] is not None else None,
        display_name=str(r[3]),
        title=str(r[4]),
        lead=str(r[5]),
        status=str(r[6]),
        sort_name=str(r[7]),
        via_ring=int(r[8]) if r[8] is not None else None,
    )


def ring_rows(
    company_id: int, offset: int = 0, limit: int | None = None, ring: int | None = None
) -> list[RingRow]:
    """The people in the three rings around a company (or in ``ring`` alone), each once in
    their nearest ring, ring by ring, warm leads first, then by name, paged in SQL."""
    page = (
        "SELECT id, ring, via, via_ring, cold, sort_name FROM members "
        "WHERE :ring IS NULL OR ring = :ring "
        "ORDER BY ring, cold, sort_name, id LIMIT :limit OFFSET :offset"
    )
    rows = connection().execute(
        f"WITH {_MEMBERS} {_PEOPLE.format(page=page)} ORDER BY p.ring, p.cold, p.sort_name, p.id",
        {
            "company": company_id,
            "ring": ring,
            "limit": -1 if limit is None else max(0, limit),
            "offset": max(0, offset),
        },
    )
    return [_ring_row(r) for r in rows]


def first_rows(company_id: int, limit: int) -> tuple[dict[int, int], list[RingRow]]:
    """How many people each ring holds, and the first ``limit`` of each ring (in
    :func:`ring_rows`' order), from one pass over the rings: each ring's page is a top-N
    sort, not a sort of everyone."""

    def page(ring: int) -> str:
        return (
            "SELECT * FROM (SELECT id, ring, via, via_ring, cold, sort_name FROM members "
            f"WHERE ring = {ring} ORDER BY cold, sort_name, id LIMIT :limit)"
        )

    pages = " UNION ALL ".join(page(ring) for ring in (1, 2, 3))
    rows = connection().execute(
        f"WITH {_MEMBERS} {_PEOPLE.format(page=pages)} UNION ALL "
        "SELECT NULL, ring, count(*), NULL, NULL, NULL, NULL, NULL, NULL FROM members "
        "GROUP BY ring",
        {"company": company_id, "limit": max(0, limit)},
    )
    counts: dict[int, int] = {}
    people = []
    for r in rows:
        if r[0] is None:
            counts[int(r[1])] = int(r[2])
        else:
            people.append(_ring_row(r))
    people.sort(key=lambda p: (p.ring, p.lead != "warm", p.sort_name, p.id))
    return counts, people


def ring_counts(company_id: int) -> dict[int, int]:
    """How many people each ring around the company holds (rings without anyone left out)."""
    rows = connection().execute(
        f"WITH {_MEMBERS} SELECT ring, count(*) FROM members GROUP BY ring",
        {"company": company_id},
    )
    return {int(ring): int(n) for ring, n in rows}


# Merging two companies --------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeRows:
    """The ids of every row a merge of ``other`` into ``keep`` changes or removes."""

    companies: tuple[int, ...]
    contacts: tuple[int, ...]
    postings: tuple[int, ...]
    past_employers: tuple[int, ...]
    aliases: tuple[int, ...]


def merge_rows(keep: int, other: int) -> MergeRows:
    conn = connection()

    def ids(sql: str, *params: int) -> tuple[int, ...]:
        return tuple(int(r[0]) for r in conn.execute(sql, params))

    return MergeRows(
        companies=(keep, other),
        contacts=ids("SELECT id FROM contact WHERE company_id = ?", other),
        postings=ids("SELECT id FROM job_posting WHERE company_id = ?", other),
        past_employers=ids(
            "SELECT id FROM contact_past_employer WHERE company_id IN (?, ?)", keep, other
        ),
        aliases=ids("SELECT id FROM company_alias WHERE company_id IN (?, ?)", keep, other),
    )


def merge_companies(
    keep: int, other: int, alias: tuple[str, str, str], fill: dict[str, str]
) -> int:
    """Move everything of ``other`` to ``keep`` and delete it: its people, former staff,
    postings and aliases go to ``keep``; its name becomes an alias of ``keep`` (``alias``:
    name, folded name, match key); ``fill`` sets ``keep``'s empty website or notes. A person
    who used to work for both keeps one past employer. Returns the new alias's id."""
    conn = connection()
    with store.transaction():
        moved = [
            int(r[0])
            for r in conn.execute(
                "UPDATE contact SET company_id = ? WHERE company_id = ? RETURNING id",
                (keep, other),
            )
        ]
        former = [
            int(r[0])
            for r in conn.execute(
                "SELECT contact_id FROM contact_past_employer WHERE company_id = ?", (other,)
            )
        ]
        conn.execute(
            "DELETE FROM contact_past_employer WHERE company_id = ? AND contact_id IN "
            "(SELECT contact_id FROM contact_past_employer WHERE company_id = ?)",
            (other, keep),
        )
        conn.execute(
            "UPDATE contact_past_employer SET company_id = ? WHERE company_id = ?", (keep, other)
        )
        postings = [
            int(r[0])
            for r in conn.execute(
                "UPDATE job_posting SET company_id = ? WHERE company_id = ? RETURNING id",
                (keep, other),
            )
        ]
        conn.execute("UPDATE company_alias SET company_id = ? WHERE company_id = ?", (keep, other))
        conn.execute("DELETE FROM company WHERE id = ?", (other,))
        if fill:
            sets = ", ".join(f"{column} = ?" for column in fill)
            conn.execute(f"UPDATE company SET {sets} WHERE id = ?", (*fill.values(), keep))
        cursor = conn.execute(
            "INSERT INTO company_alias (company_id, name, sort_name, match_key) "
            "VALUES (?, ?, ?, ?)",
            (keep, *alias),
        )
        store.changed(Topic.COMPANIES, [keep, other])
        if moved or former:
            store.changed(Topic.CONTACTS, {*moved, *former})
        if postings:
            store.changed(Topic.POSTINGS, postings)
    return int(cursor.lastrowid or 0)


def merge_counts(other: int) -> tuple[int, int, int, int]:
    """What a merge of ``other`` moves: (people who work there, people who used to, postings,
    aliases), each one count on an index."""
    row = (
        connection()
        .execute(
            "SELECT (SELECT count(*) FROM contact WHERE company_id = :c), "
            "(SELECT count(*) FROM contact_past_employer WHERE company_id = :c), "
            "(SELECT count(*) FROM job_posting WHERE company_id = :c), "
            "(SELECT count(*) FROM company_alias WHERE company_id = :c)",
            {"c": other},
        )
        .fetchone()
    )
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def company_exists(company_id: int) -> bool:
    row = connection().execute("SELECT 1 FROM company WHERE id = ?", (company_id,)).fetchone()
    return row is not None
