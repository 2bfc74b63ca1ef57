"""The sorted, filtered list of contact ids the table pages through, and the rows it shows.

Everything here runs in SQLite: FTS5 for search, one index per sortable column. Blank values
always sort last, in both directions, by asking for the filled and the blank part separately (two
index scans instead of one sort of the whole table).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum, StrEnum
from typing import Any, TypeVar

from netdesk.core.dates import Week
from netdesk.core.text import fts_query
from netdesk.core.week_plan import follow_up_counts, follow_up_due_condition
from netdesk.models import Lead, Relationship, Status, database


class SortColumn(StrEnum):
    NAME = "name"
    ORGANIZATION = "organization"
    TITLE = "title"
    RELATIONSHIP = "relationship"
    LEAD = "lead"
    STATUS = "status"
    REFERRED_BY = "referred_by"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"
    EMAIL = "email"
    PHONE = "phone"
    DATE_ADDED = "date_added"


# column -> (sort key expression, predicate for "blank" or None when never blank)
_SORT_KEYS: dict[SortColumn, tuple[str, str | None]] = {
    SortColumn.NAME: ("c.sort_name", None),
    SortColumn.ORGANIZATION: ("c.org_sort", "c.org_sort = ''"),
    SortColumn.TITLE: ("c.title COLLATE NOCASE", "c.title COLLATE NOCASE = ''"),
    SortColumn.RELATIONSHIP: ("c.relationship", None),
    SortColumn.LEAD: ("c.lead", None),
    SortColumn.STATUS: ("c.status", None),
    SortColumn.REFERRED_BY: ("c.referrer_sort", "c.referrer_sort = ''"),
    SortColumn.LAST_CONTACT: ("c.last_contact", "c.last_contact IS NULL"),
    SortColumn.NEXT_FOLLOW_UP: ("c.next_follow_up", "c.next_follow_up IS NULL"),
    SortColumn.EMAIL: ("c.primary_email COLLATE NOCASE", "c.primary_email COLLATE NOCASE = ''"),
    SortColumn.PHONE: ("c.primary_phone", "c.primary_phone = ''"),
    SortColumn.DATE_ADDED: ("c.date_added", None),
}


@dataclass(frozen=True)
class Sort:
    column: SortColumn = SortColumn.NAME
    descending: bool = False


@dataclass(frozen=True)
class ContactFilter:
    """What the search box and the quick filters ask for; empty fields do not filter."""

    search: str = ""
    status: Status | None = None
    relationship: Relationship | None = None
    lead: Lead | None = None
    tag: str | None = None
    follow_up_due_by: date | None = None
    """Contacts with a follow-up (task or date) on or before this day, overdue ones included."""

    def is_empty(self) -> bool:
        return self == ContactFilter()


def _where(flt: ContactFilter, *, probe: bool = False) -> tuple[list[str], list[Any]]:
    """SQL conditions for ``flt``; with ``probe`` the search tests each row through ``f``.

    The usual form collects every FTS hit first, which costs time in proportion to the hits.
    The probe form needs ``contact_fts f`` joined on ``f.rowid = c.id`` and checks rows one by
    one in sort order, which is much cheaper for a first page when most rows match anyway.
    """
    clauses: list[str] = []
    params: list[Any] = []
    match = fts_query(flt.search)
    if match:
        if probe:
            clauses.append("f.contact_fts MATCH ?")
        else:
            clauses.append("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        params.append(match)
    if flt.status is not None:
        clauses.append("c.status = ?")
        params.append(Status(flt.status).value)
    if flt.relationship is not None:
        clauses.append("c.relationship = ?")
        params.append(Relationship(flt.relationship).value)
    if flt.lead is not None:
        clauses.append("c.lead = ?")
        params.append(Lead(flt.lead).value)
    if flt.tag:
        clauses.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(flt.tag)
    if flt.follow_up_due_by is not None:
        condition, values = follow_up_due_condition(flt.follow_up_due_by)
        clauses.append(condition)
        params.extend(values)
    return clauses, params


class _Plan(Enum):
    """How a first page of a search is found; the cheapest depends on how many rows match."""

    COLLECT = "collect"  # gather every FTS hit, then sort them: cheap when hits are few
    PROBE = "probe"  # walk the sort order, asking FTS about each row: cheap when most match
    SIEVE = "sieve"  # walk the sort order against a set of the hits: the middle ground


def _plan(conn: sqlite3.Connection, search: str) -> tuple[_Plan, str]:
    """Pick the plan for a first page from the number of FTS hits (counting them is cheap).

    Measured at 100,000 contacts: collecting 56,000 hits costs ~30 ms, probing when one row in
    six matches ~100 ms, sieving either case ~3-5 ms; with under 2 % matching, collecting wins.
    """
    match = fts_query(search)
    if not match:
        return _Plan.COLLECT, match
    hits = conn.execute(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (match,)
    ).fetchone()[0]
    total = conn.execute("SELECT max(id) FROM contact").fetchone()[0] or 0
    if hits * 4 >= total:
        return _Plan.PROBE, match
    if hits * 50 >= total:
        return _Plan.SIEVE, match
    return _Plan.COLLECT, match


def _ids(
    conn: sqlite3.Connection,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int | None = None,
    probe: bool = False,
) -> list[int]:
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    source = "contact c CROSS JOIN contact_fts f ON f.rowid = c.id" if probe else "contact c"
    sql = f"SELECT c.id FROM {source} {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit):d}"
        return [row[0] for row in conn.execute(sql, params)]
    # A long list comes back as one JSON array: SQLite builds it without holding Python's GIL,
    # instead of handing over 100,000 rows one by one (which starves the GUI thread while a
    # worker runs this). An aggregate consumes an ordered subquery in order (SQLite never
    # flattens that case), and a test compares both forms.
    packed = conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()[0]
    ids: list[int] = json.loads(packed)
    return ids


FIRST_PAGE_BUDGET_S = 0.012
"""How long walking the sort order may take before a first page is collected the usual way.

Walking is fast when matches are spread through the order, but a search that matches a block
of it (names starting with "zo", in name order) would walk nearly every row.
"""


class _OverBudget(Exception):
    pass


def _sieved_ids(
    conn: sqlite3.Connection,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int,
    hits: set[int],
    deadline: float,
) -> list[int]:
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = conn.execute(f"SELECT c.id FROM contact c {where} ORDER BY {order}", params)
    found: list[int] = []
    try:
        while len(found) < limit:
            rows = cursor.fetchmany(512)
            if not rows:
                break
            found.extend(row[0] for row in rows if row[0] in hits)
            if len(found) < limit and time.perf_counter() > deadline:
                raise _OverBudget
    finally:
        cursor.close()
    return found[:limit]


def _probed_ids(
    conn: sqlite3.Connection,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int,
    deadline: float,
) -> list[int]:
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
    try:
        return _ids(conn, clauses, params, order, limit, probe=True)
    except sqlite3.OperationalError as exc:
        if time.perf_counter() > deadline:
            raise _OverBudget from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def contact_ids(
    flt: ContactFilter | None = None, sort: Sort | None = None, *, limit: int | None = None
) -> list[int]:
    """Ids of the contacts matching ``flt``, in ``sort`` order (ties broken by name, then id).

    With ``limit``, only the first ``limit`` ids of that same order: the table asks for a first
    screenful this way so it can paint at once, and fetches the full list off the GUI thread.
    """
    flt = flt or ContactFilter()
    sort = sort or Sort()
    conn: sqlite3.Connection = database.connection()
    if limit is None:
        return _contact_ids(conn, flt, sort, None, _Plan.COLLECT, "")
    plan, match = _plan(conn, flt.search)
    if plan is not _Plan.COLLECT:
        try:
            return _contact_ids(conn, flt, sort, limit, plan, match)
        except _OverBudget:
            pass
    return _contact_ids(conn, flt, sort, limit, _Plan.COLLECT, match)


def _contact_ids(
    conn: sqlite3.Connection,
    flt: ContactFilter,
    sort: Sort,
    limit: int | None,
    plan: _Plan,
    match: str,
) -> list[int]:
    deadline = time.perf_counter() + FIRST_PAGE_BUDGET_S
    hits: set[int] = set()
    if plan is _Plan.SIEVE:
        packed = conn.execute(
            "SELECT json_group_array(rowid) FROM contact_fts WHERE contact_fts MATCH ?", (match,)
        ).fetchone()[0]
        hits = set(json.loads(packed))
        clauses, params = _where(replace(flt, search=""))
    else:
        clauses, params = _where(flt, probe=plan is _Plan.PROBE)
    key, blank = _SORT_KEYS[sort.column]
    direction = "DESC" if sort.descending else "ASC"
    tail = f"c.sort_name {direction}, c.id {direction}"
    # Repeating sort_name would make SQLite sort again instead of walking the index.
    order = tail if key == "c.sort_name" else f"{key} {direction}, {tail}"

    def part(extra: list[str], part_order: str, part_limit: int | None) -> list[int]:
        where = [*clauses, *extra]
        if part_limit is not None and plan is _Plan.SIEVE:
            return _sieved_ids(conn, where, params, part_order, part_limit, hits, deadline)
        if part_limit is not None and plan is _Plan.PROBE:
            return _probed_ids(conn, where, params, part_order, part_limit, deadline)
        return _ids(conn, where, params, part_order, part_limit)

    if blank is None:
        return part([], order, limit)
    filled_test = blank.replace(" IS NULL", " IS NOT NULL").replace(" = ''", " > ''")
    filled = part([filled_test], order, limit)
    if limit is not None and len(filled) >= limit:
        return filled
    rest = None if limit is None else limit - len(filled)
    return filled + part([blank], tail, rest)


def count_contacts(flt: ContactFilter | None = None) -> int:
    clauses, params = _where(flt or ContactFilter())
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    row = database.execute_sql(f"SELECT count(*) FROM contact c {where}", params).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact table."""

    id: int
    display_name: str
    organization: str
    title: str
    relationship: Relationship
    lead: Lead
    status: Status
    referrer_id: int | None
    referred_by: str
    last_contact: date | None
    next_follow_up: date | None
    email: str
    phone: str
    damage: str = ""
    """What is wrong with the stored row (a value no NetDesk writes: a flipped bit), or ""."""
    damaged_fields: tuple[str, ...] = ()
    """Which of ``relationship``, ``lead``, ``status``, ``last_contact``, ``next_follow_up`` hold
    such a value (each shows a neutral one instead)."""

    def follow_up_overdue(self, today: date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up < today


_ROW_SQL = """
SELECT c.id, c.display_name, coalesce(co.name, ''), c.title, c.relationship, c.lead, c.status,
       r.referrer_id, coalesce(p.display_name, ''), c.last_contact, c.next_follow_up,
       c.primary_email, c.primary_phone
FROM contact c
LEFT JOIN company co ON co.id = c.company_id
LEFT JOIN referral r ON r.referred_id = c.id
LEFT JOIN contact p ON p.id = r.referrer_id
WHERE c.id IN ({marks})
"""


_E = TypeVar("_E", bound=StrEnum)


def _date(value: object, field: str, problems: dict[str, str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems[field] = str(value)[:40]
        return None


def _member(
    kind: type[_E], value: object, field: str, fallback: _E, problems: dict[str, str]
) -> _E:
    try:
        return kind(str(value))
    except ValueError:
        problems[field] = str(value)[:40]
        return fallback


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def fetch_rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The table rows for ``ids`` (missing ids are simply absent), one query per 500 ids.

    A stored value no NetDesk writes (a damaged file: ``'wirm'`` for a lead) does not stop the
    rest: the row comes with ``damaged`` saying what is wrong, and a neutral value instead.
    """
    rows: dict[int, ContactRow] = {}
    conn: sqlite3.Connection = database.connection()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        sql = _ROW_SQL.format(marks=",".join("?" * len(chunk)))
        for r in conn.execute(sql, chunk):
            problems: dict[str, str] = {}
            rows[r[0]] = ContactRow(
                id=r[0],
                display_name=_text(r[1]),
                organization=_text(r[2]),
                title=_text(r[3]),
                relationship=_member(
                    Relationship, r[4], "relationship", Relationship.OTHER, problems
                ),
                lead=_member(Lead, r[5], "lead", Lead.COLD, problems),
                status=_member(Status, r[6], "status", Status.TO_CONTACT, problems),
                referrer_id=r[7],
                referred_by=_text(r[8]),
                last_contact=_date(r[9], "last_contact", problems),
                next_follow_up=_date(r[10], "next_follow_up", problems),
                email=_text(r[11]),
                phone=_text(r[12]),
                damage="; ".join(f"{k.replace('_', ' ')} holds {v!r}" for k, v in problems.items()),
                damaged_fields=tuple(problems),
            )
    return rows


@dataclass(frozen=True)
class Counts:
    contacts: int
    follow_ups_due_this_week: int
    follow_ups_overdue: int = 0


def counts(today: date | None = None) -> Counts:
    """The status bar's numbers: all contacts, and the people the This week panel lists under
    "Follow-ups due" and as overdue follow-ups (one definition: ``week_plan.FOLLOW_UPS_DUE``).

    The window counts the follow-ups on a worker; this is the same, in one call.
    """
    follow_ups = follow_up_counts(Week.containing(today or date.today()))
    total = database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    return Counts(int(total), follow_ups.due_this_week, follow_ups.overdue)


def all_tags() -> list[str]:
    return [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]
