"""The network map's queries: everyone at once for the layout, one person for the hover card.

:func:`map_people` reads every contact with their referrer, status, lead, company and the day
they came into the network, in name order, into a :class:`MapPeople` (plain columns: 100,000
people cost lists, not objects), reading each table straight through once, never a query per
person; ``core.network_map`` places them. The path up to someone
you knew uses the one walk up the chains of :mod:`netdesk.models.referrals`.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from netdesk.models.referrals import path_rows
from netdesk.models.sql import Row, connection

ORDINAL_OFFSET = 1721424.5
"""``julianday(d) - ORDINAL_OFFSET`` is ``date.toordinal()`` of ``d`` (0001-01-01 is day 1)."""

_DAY = f"CAST(julianday({{}}) - {ORDINAL_OFFSET} AS INTEGER)"
"""The ordinal of a date column; NULL for a day that cannot be read."""

_ORDER = "SELECT id FROM contact ORDER BY sort_name, id"
_CONTACTS = (
    f"SELECT id, display_name, status, lead = 'warm', company_id, "
    f"coalesce({_DAY.format('date_added')}, :today) FROM contact"
)
_REFERRALS = (
    f"SELECT referred_id, referrer_id, coalesce({_DAY.format('referred_on')}, :never) FROM referral"
)
_COMPANIES = "SELECT id, name FROM company"


@dataclass(frozen=True)
class MapPeople:
    """Everyone the map shows, index ``i`` in every list, in name order (:func:`map_people`).

    Defined here, beside the query that fills it, and used through ``core.network_map``.
    """

    ids: list[int]
    """Contact ids."""
    names: list[str]
    """Display names."""
    referrer: array[int]
    """Index of the person's referrer in these lists, or -1 for someone you knew directly (or
    whose referrer is not among them)."""
    status: list[str]
    """``ContactStatus`` values (the colour)."""
    warm: list[bool]
    """A warm lead (the mark)."""
    company_id: list[int | None]
    company: list[str]
    """The company's name, "" without one."""
    added_on: array[int]
    """The day the person came into the network (``date.toordinal()`` of the date added, or of
    the referral where that is earlier): the time slider shows who was there by a week."""
    index: dict[int, int] = field(default_factory=dict)
    """Position by contact id (``ids[index[c]] == c``); empty when not filled in."""


@contextmanager
def _one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """The queries inside read one state of the database: a deferred read transaction (no
    write lock, fine on a read-only file), or the transaction already open."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def _texts_fast(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[Row]:
    """The rows of ``sql``, text decoded by SQLite's own UTF-8 decoder: the connection's
    lenient decoder (``errors.lenient_text``) is a Python call per value, a third of the time
    at 100,000 contacts. Where a value is not UTF-8 (a damaged database) the rows are read
    again with the lenient one, replacement characters and all."""
    lenient = conn.text_factory
    conn.text_factory = str
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # "Could not decode to UTF-8 column ..."
        conn.text_factory = lenient
        return conn.execute(sql, params).fetchall()
    finally:
        conn.text_factory = lenient


def map_people(today: date | None = None) -> MapPeople:
    """Everyone, in name order (``sort_name``, id): children listed in this order are in name
    order too. A day that cannot be read counts as ``today``.

    Four passes, each straight through one table or index, in one read transaction: the order
    (the name index alone), the contacts in storage order (reading them in name order would
    jump about the table), the referrals, the companies' names; joined here by id, column by
    column with ``map`` and slices (a loop over 100,000 rows in Python costs more than the
    queries).
    """
    day = (today or date.today()).toordinal()
    conn = connection()
    with _one_snapshot(conn):
        order: list[int] = list(chain.from_iterable(conn.execute(_ORDER)))
        rows = _texts_fast(conn, _CONTACTS, {"today": day})
        links = conn.execute(_REFERRALS, {"never": date.max.toordinal()}).fetchall()
        companies: dict[int | None, str] = dict(_texts_fast(conn, _COMPANIES, {}))
    count = len(order)
    if not count:
        return MapPeople([], [], array("i"), [], [], [], [], array("i"))
    by_id = dict(zip(map(itemgetter(0), rows), rows, strict=True))
    named = list(chain.from_iterable(map(by_id.__getitem__, order)))
    names, status, warm, company_id, added = (named[k :: len(rows[0])] for k in range(1, 6))
    index = {contact_id: i for i, contact_id in enumerate(order)}
    flat = list(chain.from_iterable(links))
    at = list(map(index.get, flat[0::3]))  # None only where foreign keys were off (damaged)
    referrer_of = dict(zip(at, map(index.get, flat[1::3], repeat(-1)), strict=True))
    referred_on = dict(zip(at, flat[2::3], strict=True))
    places = range(count)
    return MapPeople(
        ids=order,
        names=names,
        referrer=array("i", map(referrer_of.get, places, repeat(-1))),
        status=status,
        warm=list(map(bool, warm)),
        company_id=company_id,
        company=list(map(companies.get, company_id, repeat(""))),
        added_on=array("i", map(min, added, map(referred_on.get, places, added))),
        index=index,
    )


class MapPerson(NamedTuple):
    """One person as the map's hover card shows them."""

    id: int
    name: str
    status: str
    warm: bool
    company: str
    path: list[tuple[int, str]]
    """(id, name) from the person you knew down to this one, this one last."""


def map_person(contact_id: int) -> MapPerson | None:
    """Name, status, lead, company and path up of ``contact_id``; None when it does not exist."""
    row = (
        connection()
        .execute(
            "SELECT c.display_name, c.status, c.lead = 'warm', coalesce(co.name, '') "
            "FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE c.id = ?",
            (contact_id,),
        )
        .fetchone()
    )
    if row is None:
        return None
    path = [(i, name) for i, name, _reason, _ahead in path_rows(contact_id)]
    return MapPerson(int(contact_id), str(row[0]), str(row[1]), bool(row[2]), str(row[3]), path)
