"""The Postings page's SQL: the postings matching a search and a set of stages, sorted here.

The list view asks for the sorted ids (:func:`posting_ids`) and then only the rows it paints
(:func:`posting_rows`, by id); the board asks for every matching card at once, column by column
(:func:`board_rows`), which at a few thousand postings is one quick pass. A search matches the
title, the company or the location ignoring case and accents: the company through its folded
``sort_name``, the title and location through the folding function the caller gives (the core's
``fold``), registered on the connection as ``netdesk_fold``, so that SQLite both filters and
sorts and no posting is folded in Python outside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from netdesk.models.enums import PostingStage
from netdesk.models.postings import STAGE_ORDER
from netdesk.models.query import Interrupt, _watched
from netdesk.models.sql import connection, select_in

__all__ = [
    "ROW_COLUMNS",
    "Interrupt",
    "PostingOrder",
    "PostingSort",
    "board_rows",
    "count_postings",
    "posting_ids",
    "posting_rows",
]

Fold = Callable[[str], str]


class PostingSort(StrEnum):
    TITLE = "title"
    COMPANY = "company"
    STAGE = "stage"
    LOCATION = "location"
    DATE_SEEN = "date_seen"
    DEADLINE = "deadline"
    LAST_STEP = "last_step"
    PEOPLE = "people"


@dataclass(frozen=True)
class PostingOrder:
    column: PostingSort = PostingSort.DATE_SEEN
    descending: bool = True


_LAST_STEP = "(SELECT max(s.changed_on) FROM posting_stage s WHERE s.posting_id = p.id)"
_PEOPLE = "(SELECT count(*) FROM posting_person pp WHERE pp.posting_id = p.id)"

ROW_COLUMNS = (
    "id",
    "title",
    "company_id",
    "company",
    "stage",
    "location",
    "url",
    "date_seen",
    "deadline",
    "last_step",
    "people",
)
"""The values of each tuple :func:`posting_rows` and :func:`board_rows` return, in order."""

_ROW = (
    "SELECT p.id, p.title, p.company_id, co.name, p.stage, p.location, p.url, p.date_seen, "
    f"p.deadline, {_LAST_STEP}, {_PEOPLE} "
    "FROM job_posting p JOIN company co ON co.id = p.company_id"
)

_KEYS: dict[PostingSort, tuple[str, bool]] = {
    PostingSort.TITLE: ("netdesk_fold(p.title)", False),
    PostingSort.COMPANY: ("co.sort_name", False),
    PostingSort.STAGE: (STAGE_ORDER, False),
    PostingSort.LOCATION: ("nullif(netdesk_fold(p.location), '')", True),
    PostingSort.DATE_SEEN: ("p.date_seen", False),
    PostingSort.DEADLINE: ("p.deadline", True),
    PostingSort.LAST_STEP: (_LAST_STEP, True),
    PostingSort.PEOPLE: (_PEOPLE, False),
}
"""The sort key of each order, and whether it can be blank (blanks come last either way)."""


def _prepared(fold: Fold) -> sqlite3.Connection:
    conn = connection()
    conn.create_function("netdesk_fold", 1, lambda text: fold(str(text or "")), deterministic=True)
    return conn


def _where(key: str, stages: Collection[PostingStage] | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if key:
        clauses.append(
            "(instr(netdesk_fold(p.title), ?) > 0 OR instr(co.sort_name, ?) > 0 "
            "OR instr(netdesk_fold(p.location), ?) > 0)"
        )
        params += [key, key, key]
    if stages is not None:
        wanted = sorted(PostingStage(stage).value for stage in stages)
        if not wanted:
            clauses.append("0")
        else:
            clauses.append(f"p.stage IN ({', '.join('?' for _ in wanted)})")
            params += wanted
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def posting_ids(
    key: str,
    stages: Collection[PostingStage] | None,
    order: PostingOrder,
    fold: Fold,
    *,
    interrupt: Interrupt | None = None,
) -> list[int]:
    """The ids of the postings whose folded title, company or location contains ``key`` (all
    for "") at one of ``stages`` (any for None), in ``order``: ties by folded title, then id,
    in the same direction."""
    where, params = _where(key, stages)
    direction = "DESC" if order.descending else "ASC"
    column, can_be_blank = _KEYS[order.column]
    tail = f"netdesk_fold(p.title) {direction}, p.id {direction}"
    if column.startswith("netdesk_fold(p.title)"):
        ordering = tail
    elif can_be_blank:
        ordering = f"{column} IS NULL, {column} {direction}, {tail}"
    else:
        ordering = f"{column} {direction}, {tail}"
    sql = (
        "SELECT p.id FROM job_posting p JOIN company co ON co.id = p.company_id"
        f"{where} ORDER BY {ordering}"
    )
    conn = _prepared(fold)
    with _watched(conn, interrupt):
        return [int(row[0]) for row in conn.execute(sql, params)]


def count_postings(key: str, stages: Collection[PostingStage] | None, fold: Fold) -> int:
    """How many postings :func:`posting_ids` lists."""
    where, params = _where(key, stages)
    sql = f"SELECT count(*) FROM job_posting p JOIN company co ON co.id = p.company_id{where}"
    return int(_prepared(fold).execute(sql, params).fetchone()[0])


def posting_rows(ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """The :data:`ROW_COLUMNS` of the postings with these ids that exist, by id (dates as ISO
    text, as stored)."""
    rows = select_in(connection(), _ROW + " WHERE p.id IN ({marks})", ids)
    return {int(row[0]): tuple(row) for row in rows}


def board_rows(
    key: str,
    stages: Collection[PostingStage] | None,
    fold: Fold,
    *,
    interrupt: Interrupt | None = None,
) -> list[tuple[Any, ...]]:
    """Every matching posting as :data:`ROW_COLUMNS`, column by column (stages in order), the
    most recently moved first in each, then the newest."""
    where, params = _where(key, stages)
    conn = _prepared(fold)
    sql = f"{_ROW}{where} ORDER BY {STAGE_ORDER}, 10 DESC, p.id DESC"
    with _watched(conn, interrupt):
        return [tuple(row) for row in conn.execute(sql, params)]
