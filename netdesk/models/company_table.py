"""The Companies list's SQL: every company with what you know there, searched and sorted here.

Each row carries the people you know there (warm and cold), the postings still open (no answer,
acceptance, refusal or withdrawal has ended them yet), the last interaction with anyone there
(the latest ``last_contact`` of its people: the date a logged call, e-mail or held meeting moves
on) and the next step (the open task of anyone there due first). The figures are kept per
company in ``company_figures`` by triggers (migration 12: every write by any process keeps
them), so no order counts over the contacts, postings or tasks: the name order's first page
walks the ``company_sort_name`` index, and an order by a figure sorts one row per company. The
UI still asks on a worker.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from netdesk.models.query import Interrupt, _watched
from netdesk.models.sql import connection

__all__ = ["CompanyOrder", "CompanySort", "Interrupt", "company_rows", "count_companies"]


class CompanySort(StrEnum):
    NAME = "name"
    WARM = "warm"
    COLD = "cold"
    OPEN_POSTINGS = "open_postings"
    LAST_INTERACTION = "last_interaction"
    NEXT_STEP = "next_step"


@dataclass(frozen=True)
class CompanyOrder:
    column: CompanySort = CompanySort.NAME
    descending: bool = False


_FIGURES = """
SELECT co.id AS id, co.name AS name, co.sort_name AS sort_name, f.warm AS warm, f.cold AS cold,
  f.open_postings AS open_postings, f.last_interaction AS last_interaction,
  f.next_task AS next_task
FROM company co CROSS JOIN company_figures f ON f.company_id = co.id
"""
"""Every company with its figures, as the triggers of migration 12 keep them (one row each in
``company_figures``): the name order's first page walks the ``company_sort_name`` index, and an
order by a figure reads and sorts the two small tables (about 10 ms at 10,000 companies)."""

_KEYS: dict[CompanySort, tuple[str, bool]] = {
    CompanySort.NAME: ("", False),
    CompanySort.WARM: ("f.warm", False),
    CompanySort.COLD: ("f.cold", False),
    CompanySort.OPEN_POSTINGS: ("f.open_postings", False),
    CompanySort.LAST_INTERACTION: ("f.last_interaction", True),
    CompanySort.NEXT_STEP: ("t.due", True),
}
"""The sort key of each order, and whether it can be blank (blanks come last either way)."""

ROW_COLUMNS = (
    "id",
    "name",
    "warm",
    "cold",
    "open_postings",
    "last_interaction",
    "next_step_due",
    "next_step",
    "next_step_contact_id",
)
"""The values of each tuple :func:`company_rows` returns, in order."""


def _search(key: str) -> tuple[str, list[Any]]:
    if not key:
        return "", []
    return "WHERE instr(co.sort_name, ?) > 0", [key]


def company_rows(
    key: str,
    order: CompanyOrder,
    *,
    limit: int | None = None,
    interrupt: Interrupt | None = None,
) -> list[tuple[Any, ...]]:
    """The companies whose folded name contains ``key`` (all for ""), in ``order`` (ties by
    folded name, then id), as :data:`ROW_COLUMNS` tuples; the first ``limit`` only if given.

    Dates are ISO text as stored. With ``interrupt``, a request from another thread stops the
    query (:class:`~netdesk.models.query.QueryInterrupted`).
    """
    where, params = _search(key)
    direction = "DESC" if order.descending else "ASC"
    column, can_be_blank = _KEYS[order.column]
    tail = f"f.sort_name {direction}, f.id {direction}"
    if not column:
        ordering = tail
    elif can_be_blank:
        ordering = f"{column} IS NULL, {column} {direction}, {tail}"
    else:
        ordering = f"{column} {direction}, {tail}"
    sql = (
        "SELECT f.id, f.name, f.warm, f.cold, f.open_postings, f.last_interaction, "
        "t.due, t.title, t.contact_id "
        f"FROM ({_FIGURES} {where}) f LEFT JOIN task t ON t.id = f.next_task "
        f"ORDER BY {ordering}"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit):d}"
    conn: sqlite3.Connection = connection()
    with _watched(conn, interrupt):
        return conn.execute(sql, params).fetchall()  # tuples: no row factory


def count_companies(key: str = "") -> int:
    """How many companies :func:`company_rows` lists for ``key`` (one pass over the names)."""
    where, params = _search(key)
    row = connection().execute(f"SELECT count(*) FROM company co {where}", params).fetchone()
    return int(row[0])
