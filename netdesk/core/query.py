"""The contact table's rules: what its filters and sort orders mean, and its rows as records.

The SQL is in :mod:`netdesk.models.query`; this module turns a :class:`ContactFilter` and a
:class:`Sort` into its terms, and stored values into :class:`ContactRow` (a stored value no
NetDesk writes shows a neutral value and says so, instead of stopping the table).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from netdesk.core.dates import Week
from netdesk.core.text import fts_query
from netdesk.core.week_plan import follow_up_counts
from netdesk.models import Lead, Relationship, Status
from netdesk.models import query as sql
from netdesk.models.query import Interrupt, QueryInterrupted

__all__ = [
    "ContactFilter",
    "ContactRow",
    "Counts",
    "Interrupt",
    "QueryInterrupted",
    "Sort",
    "SortColumn",
    "all_tags",
    "contact_id_array",
    "contact_ids",
    "count_contacts",
    "counts",
    "fetch_rows",
    "table_size_bound",
]


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
    KEEP_IN_TOUCH = "keep_in_touch"
    """The day the contact is due to keep in touch (see ``core.rhythms``); none last."""


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
    keep_in_touch_due_by: date | None = None
    """Contacts due to keep in touch by this day, overdue ones included ("Due to keep in
    touch": ``core.rhythms.keep_in_touch_due`` lists the same people)."""

    def is_empty(self) -> bool:
        return self == ContactFilter()


def _criteria(flt: ContactFilter) -> sql.Criteria:
    return sql.Criteria(
        match=fts_query(flt.search),
        status=None if flt.status is None else Status(flt.status).value,
        relationship=None if flt.relationship is None else Relationship(flt.relationship).value,
        lead=None if flt.lead is None else Lead(flt.lead).value,
        tag=flt.tag or None,
        follow_up_due_by=flt.follow_up_due_by,
        keep_in_touch_due_by=flt.keep_in_touch_due_by,
    )


def _order(sort: Sort) -> sql.Order:
    return sql.Order(SortColumn(sort.column).value, sort.descending)


def contact_ids(
    flt: ContactFilter | None = None,
    sort: Sort | None = None,
    *,
    limit: int | None = None,
    interrupt: Interrupt | None = None,
) -> list[int]:
    """Ids of the contacts matching ``flt``, in ``sort`` order (ties broken by name, then id).

    With ``limit``, only the first ``limit`` ids of that same order: the table asks for a first
    screenful this way so it can paint at once. With ``interrupt``, another thread can stop it
    (:class:`QueryInterrupted`).
    """
    flt = flt or ContactFilter()
    return sql.contact_ids(_criteria(flt), _order(sort or Sort()), limit=limit, interrupt=interrupt)


def contact_id_array(
    flt: ContactFilter | None = None,
    sort: Sort | None = None,
    *,
    interrupt: Interrupt | None = None,
) -> array[int]:
    """The full :func:`contact_ids` as an ``array('q')``, made holding Python's GIL briefly: for
    a worker while the GUI thread paints."""
    return sql.contact_id_array(
        _criteria(flt or ContactFilter()), _order(sort or Sort()), interrupt=interrupt
    )


def count_contacts(flt: ContactFilter | None = None) -> int:
    return sql.count_contacts(_criteria(flt or ContactFilter()))


def table_size_bound() -> int:
    """At least the number of contacts, found in constant time (not by counting them)."""
    return sql.contact_id_bound()


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
    keep_in_touch_due: date | None = None
    """The day the contact is due to keep in touch (None: no rhythm)."""

    def follow_up_overdue(self, today: date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up < today


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
    """The table rows for ``ids`` (missing ids are simply absent).

    A stored value no NetDesk writes (a damaged file: ``'wirm'`` for a lead) does not stop the
    rest: the row comes with ``damaged`` saying what is wrong, and a neutral value instead.
    """
    rows: dict[int, ContactRow] = {}
    for r in sql.row_values(ids):
        problems: dict[str, str] = {}
        rows[r[0]] = ContactRow(
            id=r[0],
            display_name=_text(r[1]),
            organization=_text(r[2]),
            title=_text(r[3]),
            relationship=_member(Relationship, r[4], "relationship", Relationship.OTHER, problems),
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
            keep_in_touch_due=_date(r[13], "keep_in_touch_due", {}),
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
    return Counts(sql.contact_total(), follow_ups.due_this_week, follow_ups.overdue)


def all_tags() -> list[str]:
    return sql.all_tags()
