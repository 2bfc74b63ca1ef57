"""The contact table's SQL: sorted, filtered id lists, first pages, rows, counts and tags.

Everything runs in SQLite: FTS5 for search, one index per sortable column (status by its place
in the campaign, through an index on that expression). Blank values always
sort last, in both directions, by asking for the filled and the blank part separately (two index
scans instead of one sort of the whole table). ``netdesk.core.query`` says what the filters and
sort orders mean and turns the rows into records; this module only asks the database.

A query run for the table on a worker can be stopped from the GUI thread (:class:`Interrupt`):
the one running stops where it is, instead of finishing for a result nobody wants.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import threading
import time
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

import peewee

from netdesk.models.db import database
from netdesk.models.enums import Status
from netdesk.models.errors import DatabaseDamagedError
from netdesk.models.rhythms import SORT_KEY as KEEP_IN_TOUCH_KEY
from netdesk.models.rhythms import due_condition
from netdesk.models.sql import select_in
from netdesk.models.week import follow_up_due_condition


@dataclass(frozen=True)
class Criteria:
    """Which contacts, in the database's terms (empty fields do not filter)."""

    match: str = ""
    """An FTS5 MATCH expression over ``contact_fts``; "" for no search."""
    status: str | None = None
    relationship: str | None = None
    lead: str | None = None
    tag: str | None = None
    follow_up_due_by: date | None = None
    keep_in_touch_due_by: date | None = None


@dataclass(frozen=True)
class Order:
    column: str = "name"
    """A key of :data:`SORT_KEYS`."""
    descending: bool = False


def _campaign_rank() -> str:
    """Status as its place in the campaign (:class:`Status` is in that order), the expression
    of the ``contact_by_campaign_order`` index (migration 7): SQLite walks an index on an
    expression only for that very expression."""
    ranks = " ".join(f"WHEN '{status.value}' THEN {n:d}" for n, status in enumerate(Status))
    return f"CASE c.status {ranks} ELSE {len(Status):d} END"


STATUS_RANK = _campaign_rank()

# column -> (sort key expression, predicate for "blank" or None when never blank)
SORT_KEYS: dict[str, tuple[str, str | None]] = {
    "name": ("c.sort_name", None),
    "organization": ("c.org_sort", "c.org_sort = ''"),
    "title": ("c.title COLLATE NOCASE", "c.title COLLATE NOCASE = ''"),
    "relationship": ("c.relationship", None),
    "lead": ("c.lead", None),
    "status": (STATUS_RANK, None),
    "referred_by": ("c.referrer_sort", "c.referrer_sort = ''"),
    "last_contact": ("c.last_contact", "c.last_contact IS NULL"),
    "next_follow_up": ("c.next_follow_up", "c.next_follow_up IS NULL"),
    "email": ("c.primary_email COLLATE NOCASE", "c.primary_email COLLATE NOCASE = ''"),
    "phone": ("c.primary_phone", "c.primary_phone = ''"),
    "date_added": ("c.date_added", None),
    "keep_in_touch": KEEP_IN_TOUCH_KEY,
}


class QueryInterrupted(Exception):
    """The query was stopped through its :class:`Interrupt`: its result is not wanted."""


PROGRESS_STEPS = 4000
"""SQLite virtual-machine steps between two looks at an interrupt or a time budget (about a
quarter of a millisecond of work at 100,000 contacts)."""


class Interrupt:
    """Stops the queries of one request from another thread: a newer request replaced it.

    :meth:`request` interrupts the statement running now (``sqlite3.Connection.interrupt`` is
    safe to call from any thread) and every statement after it: SQLite's progress handler looks
    at the flag every :data:`PROGRESS_STEPS`, which also covers a request that arrives just
    before a statement starts (an ``interrupt()`` then would be lost). Interrupted queries raise
    :class:`QueryInterrupted`.
    """

    def __init__(self) -> None:
        self._requested = threading.Event()
        self._lock = threading.Lock()
        self._running: list[sqlite3.Connection] = []

    @property
    def requested(self) -> bool:
        return self._requested.is_set()

    def request(self) -> None:
        self._requested.set()
        with self._lock:  # a connection is only interrupted while it runs one of ours
            for conn in self._running:
                with contextlib.suppress(sqlite3.Error):
                    conn.interrupt()

    def check(self) -> None:
        if self.requested:
            raise QueryInterrupted

    @contextlib.contextmanager
    def running(self, conn: sqlite3.Connection) -> Iterator[None]:
        with self._lock:
            self._running.append(conn)
        try:
            yield
        finally:
            with self._lock:
                self._running.remove(conn)


class _OverBudget(Exception):
    pass


class _Watch:
    """One call's progress handler: stops SQLite on an interrupt, or past a probe's budget
    (``deadline``, in the thread's CPU time: a busy machine does not change the plan)."""

    def __init__(self, interrupt: Interrupt | None) -> None:
        self.interrupt = interrupt
        self.deadline: float | None = None

    def __call__(self) -> int:
        if self.interrupt is not None and self.interrupt.requested:
            return 1
        return int(self.deadline is not None and time.thread_time() > self.deadline)

    def check(self) -> None:
        if self.interrupt is not None:
            self.interrupt.check()

    def stopped(self, exc: sqlite3.OperationalError) -> Exception:
        """What an "interrupted" error means here; ``exc`` itself when it was something else."""
        if self.interrupt is not None and self.interrupt.requested:
            return QueryInterrupted()
        if self.deadline is not None and time.thread_time() > self.deadline:
            return _OverBudget()
        return exc


@contextlib.contextmanager
def _watched(conn: sqlite3.Connection, interrupt: Interrupt | None) -> Iterator[_Watch]:
    watch = _Watch(interrupt)
    with contextlib.ExitStack() as stack:
        if interrupt is not None:
            interrupt.check()
            stack.enter_context(interrupt.running(conn))
        conn.set_progress_handler(watch, PROGRESS_STEPS)
        try:
            yield watch
        except sqlite3.OperationalError as exc:
            stopped = watch.stopped(exc)
            if stopped is exc:
                raise
            raise stopped from exc
        finally:
            conn.set_progress_handler(None, 0)


class _Plan(Enum):
    """How a first page of a search is found; the cheapest depends on how many rows match."""

    COLLECT = "collect"  # gather every FTS hit, then sort them: cheap when hits are few
    WALK = "walk"  # walk the sort order's index against a set of the hits, built in SQLite
    PROBE = "probe"  # walk the sort order, asking FTS about each row: cheap when most match


COLLECT_HITS = 2000
"""Up to this many hits, a first page sorts all of them (about 2 ms at 2,000)."""


def _where(criteria: Criteria, plan: _Plan = _Plan.COLLECT) -> tuple[list[str], list[Any]]:
    """SQL conditions for ``criteria``, the search in the form ``plan`` needs.

    COLLECT lets SQLite start from the FTS hits (cost in proportion to the hits); WALK's ``+``
    keeps SQLite from starting there, so it walks the sort order's index and looks each row up
    in the hits; PROBE needs ``contact_fts f`` joined on ``f.rowid = c.id`` and asks FTS about
    each row in sort order.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if criteria.match:
        if plan is _Plan.PROBE:
            clauses.append("f.contact_fts MATCH ?")
        elif plan is _Plan.WALK:
            clauses.append("+c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        else:
            clauses.append("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        params.append(criteria.match)
    for column, value in (
        ("status", criteria.status),
        ("relationship", criteria.relationship),
        ("lead", criteria.lead),
    ):
        if value is not None:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if criteria.tag:
        clauses.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(criteria.tag)
    if criteria.follow_up_due_by is not None:
        condition, values = follow_up_due_condition(criteria.follow_up_due_by)
        clauses.append(condition)
        params.extend(values)
    if criteria.keep_in_touch_due_by is not None:
        condition, values = due_condition(criteria.keep_in_touch_due_by)
        clauses.append(condition)
        params.extend(values)
    return clauses, params


def _plans(conn: sqlite3.Connection, match: str) -> list[tuple[_Plan, float | None]]:
    """The plans to try for a first page, cheapest first, each with its CPU-time budget (None:
    the last, which always finishes), chosen from the number of FTS hits (counting them is
    cheap: about 1.5 ms for 45,000 hits at 100,000 contacts).

    Measured there (CPU time): sorting 2,000 hits costs ~2 ms and 45,000 ~28 ms; walking the
    index against the hits ~2 ms for 10,000 hits and ~6 ms for 45,000 (building the set of
    hits is most of it); probing row by row ~2-5 ms when half or more of the rows match. Both
    walks cost far more when the hits are a block at the far end of the order (names starting
    with "zo", in name order): their budget then hands over to the next plan.
    """
    if not match:
        return [(_Plan.COLLECT, None)]
    hits = conn.execute(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (match,)
    ).fetchone()[0]
    if hits <= COLLECT_HITS:
        return [(_Plan.COLLECT, None)]
    walk = (_Plan.WALK, WALK_BUDGET_S + hits * WALK_BUDGET_PER_HIT_S)
    total = conn.execute("SELECT max(id) FROM contact").fetchone()[0] or 0
    if hits * 2 >= total:
        return [(_Plan.PROBE, PROBE_BUDGET_S), walk, (_Plan.COLLECT, None)]
    return [walk, (_Plan.COLLECT, None)]


class _Packing(Enum):
    ROWS = "rows"  # row by row (a first page)
    JSON = "json"  # one JSON array, made into a list: the fastest way to a Python list
    HEX = "hex"  # one string of fixed-width hex numbers, made into an array without a loop


def _ids(
    conn: sqlite3.Connection,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int | None,
    packing: _Packing,
    probe: bool = False,
) -> Sequence[int]:
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    source = "contact c CROSS JOIN contact_fts f ON f.rowid = c.id" if probe else "contact c"
    sql = f"SELECT c.id FROM {source} {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit):d}"
    if packing is _Packing.ROWS:
        return [row[0] for row in conn.execute(sql, params)]
    # A long list comes back as one value: SQLite builds it without holding Python's GIL,
    # instead of handing over 100,000 rows one by one (which starves the GUI thread while a
    # worker runs this). An aggregate consumes an ordered subquery in order (SQLite never
    # flattens that case), and a test compares every form.
    if packing is _Packing.JSON:
        packed = conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()[0]
        ids: list[int] = json.loads(packed)
        return ids
    # json.loads holds the GIL for ~10 ms per 100,000 ids; this decoding for ~1 ms.
    hexed = conn.execute(
        f"SELECT group_concat(printf('%016x', id), '') FROM ({sql})", params
    ).fetchone()[0]
    numbers = array("q", bytes.fromhex(hexed or ""))
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers


PROBE_BUDGET_S = 0.005
"""CPU time probing row by row may take before a first page walks the index instead."""
WALK_BUDGET_S = 0.004
WALK_BUDGET_PER_HIT_S = 0.15e-6
"""CPU time walking the index may take (beside building the set of hits) before a first page
sorts the hits instead."""


def contact_ids(
    criteria: Criteria,
    order: Order,
    *,
    limit: int | None = None,
    interrupt: Interrupt | None = None,
) -> list[int]:
    """Ids of the contacts matching ``criteria``, in ``order`` (ties broken by name, then id).

    With ``limit``, only the first ``limit`` ids of that same order, found by the cheapest plan
    for how many contacts match.
    """
    conn: sqlite3.Connection = database.connection()
    with _watched(conn, interrupt) as watch:
        if limit is None:
            ids = _contact_ids(
                conn, watch, criteria, order, None, _Plan.COLLECT, packing=_Packing.JSON
            )
            assert isinstance(ids, list)
            return ids
        for plan, budget in _plans(conn, criteria.match):
            watch.check()
            try:
                return list(_contact_ids(conn, watch, criteria, order, limit, plan, budget))
            except _OverBudget:
                continue  # the next plan always finishes
        raise AssertionError("the last plan has no budget")


def contact_id_array(
    criteria: Criteria, order: Order, *, interrupt: Interrupt | None = None
) -> array[int]:
    """:func:`contact_ids` as an ``array('q')``: the table's full list, made on a worker.

    It costs SQLite a little more than a list but holds Python's GIL far less (the GUI thread
    waits for the GIL whenever a worker holds it).
    """
    conn: sqlite3.Connection = database.connection()
    with _watched(conn, interrupt) as watch:
        ids = _contact_ids(conn, watch, criteria, order, None, _Plan.COLLECT, packing=_Packing.HEX)
    assert isinstance(ids, array)
    return ids


def _contact_ids(
    conn: sqlite3.Connection,
    watch: _Watch,
    criteria: Criteria,
    order: Order,
    limit: int | None,
    plan: _Plan,
    budget: float | None = None,
    packing: _Packing = _Packing.ROWS,
) -> Sequence[int]:
    clauses, params = _where(criteria, plan)
    key, blank = SORT_KEYS[order.column]
    direction = "DESC" if order.descending else "ASC"
    tail = f"c.sort_name {direction}, c.id {direction}"
    # Repeating sort_name would make SQLite sort again instead of walking the index.
    ordering = tail if key == "c.sort_name" else f"{key} {direction}, {tail}"
    deadline = None if budget is None else time.thread_time() + budget
    probe = plan is _Plan.PROBE

    def part(extra: list[str], part_order: str, part_limit: int | None) -> Sequence[int]:
        watch.check()
        where = [*clauses, *extra]
        how = _Packing.ROWS if part_limit is not None else packing
        if deadline is None:
            return _ids(conn, where, params, part_order, part_limit, how, probe=probe)
        watch.deadline = deadline
        try:
            return _ids(conn, where, params, part_order, part_limit, how, probe=probe)
        except sqlite3.OperationalError as exc:
            stopped = watch.stopped(exc)
            if stopped is exc:
                raise
            raise stopped from exc
        finally:
            watch.deadline = None

    if blank is None:
        return part([], ordering, limit)
    filled_test = blank.replace(" IS NULL", " IS NOT NULL").replace(" = ''", " > ''")
    filled = part([filled_test], ordering, limit)
    if limit is not None and len(filled) >= limit:
        return filled
    rest = None if limit is None else limit - len(filled)
    blanks = part([blank], tail, rest)
    if isinstance(filled, array):
        assert isinstance(blanks, array)
        return filled + blanks
    return [*filled, *blanks]


def count_contacts(criteria: Criteria) -> int:
    clauses, params = _where(criteria)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    row = database.execute_sql(f"SELECT count(*) FROM contact c {where}", params).fetchone()
    return int(row[0])


def contact_total() -> int:
    return int(database.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def contact_id_bound() -> int:
    """An upper bound of the number of contacts (the highest id), found without counting."""
    return int(database.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0])


ROW_COLUMNS = (
    "id",
    "display_name",
    "organization",
    "title",
    "relationship",
    "lead",
    "status",
    "referrer_id",
    "referred_by",
    "last_contact",
    "next_follow_up",
    "email",
    "phone",
    "keep_in_touch_due",
)
"""The values of each tuple :func:`row_values` returns, in order."""

_ROW_SQL = """
SELECT c.id, c.display_name, coalesce(co.name, ''), c.title, c.relationship, c.lead, c.status,
       r.referrer_id, coalesce(p.display_name, ''), c.last_contact, c.next_follow_up,
       c.primary_email, c.primary_phone, c.keep_in_touch_due
FROM contact c
LEFT JOIN company co ON co.id = c.company_id
LEFT JOIN referral r ON r.referred_id = c.id
LEFT JOIN contact p ON p.id = r.referrer_id
WHERE c.id IN ({marks})
"""


def row_values(ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """The table's columns (:data:`ROW_COLUMNS`) of ``ids``, as stored; missing ids are absent.

    Raises :class:`DatabaseDamagedError` when SQLite cannot read them (a damaged page, text
    that is not UTF-8), so that the table can show them as damaged and go on.
    """
    try:
        conn: sqlite3.Connection = database.connection()
        rows: list[tuple[Any, ...]] = list(select_in(conn, _ROW_SQL, ids))
    except (sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseDamagedError(str(exc)) from exc
    return rows


def all_tags() -> list[str]:
    return [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]
