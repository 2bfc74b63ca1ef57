"""What the Companies page lists and the one write of its own, without Qt or SQL.

:func:`company_rows` reads the list (searched by folded name, sorted by SQLite: see
:mod:`netdesk.models.company_table`); :func:`ask_for_introduction` adds the follow-up task
"ask this person for an introduction", returning what an undo needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from netdesk.core.contacts import contact_exists
from netdesk.core.errors import NotFoundError
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.text import fold
from netdesk.models import company_table as table
from netdesk.models import tasks as tasks_data
from netdesk.models.company_table import CompanyOrder, CompanySort
from netdesk.models.enums import TaskKind
from netdesk.models.query import Interrupt, QueryInterrupted
from netdesk.models.store import store

__all__ = [
    "CompanyOrder",
    "CompanyRow",
    "CompanySort",
    "Interrupt",
    "QueryInterrupted",
    "ask_for_introduction",
    "company_rows",
    "count_companies",
]


@dataclass(slots=True)
class CompanyRow:
    """One company of the list, as it was read. Not frozen: a frozen dataclass is built ten
    times slower, and a sort builds one per company (10,000 on a large network)."""

    id: int
    name: str
    warm: int
    cold: int
    open_postings: int
    last_interaction: date | None
    next_step_due: date | None
    next_step: str
    """The title of the open task due first of anyone there ("" when none)."""
    next_step_contact_id: int | None

    @property
    def known(self) -> int:
        return self.warm + self.cold


def _days() -> Callable[[Any], date | None]:
    """A reader of stored days (ISO text, "" or None for none), each text parsed once: the
    companies of a list share few days."""
    seen: dict[Any, date | None] = {None: None, "": None}

    def day(value: Any) -> date | None:
        if value not in seen:
            seen[value] = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return seen[value]

    return day


def company_rows(
    search: str,
    order: CompanyOrder,
    *,
    limit: int | None = None,
    interrupt: Interrupt | None = None,
) -> list[CompanyRow]:
    """Companies whose name contains ``search`` (ignoring case and accents), in ``order``."""
    values = table.company_rows(fold(search), order, limit=limit, interrupt=interrupt)
    day = _days()
    # SQLite gives ints and str already (company_figures' columns are INTEGER NOT NULL).
    return [
        CompanyRow(cid, name, warm, cold, postings, day(last), day(due), title or "", person)
        for cid, name, warm, cold, postings, last, due, title, person in values
    ]


def count_companies(search: str = "") -> int:
    return table.count_companies(fold(search))


def ask_for_introduction(contact_id: int, title: str, due: date) -> RowsChange:
    """Add the follow-up task ``title`` (asking the contact for an introduction) due ``due``."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("An introduction request needs a title.")
    with store.transaction():
        if not contact_exists(contact_id):
            raise NotFoundError(f"Contact {contact_id} no longer exists.")
        before = capture({"task": []})
        task_id = tasks_data.add_task(
            contact_id=contact_id,
            meeting_id=None,
            kind=TaskKind.FOLLOW_UP.value,
            title=title,
            due=due,
        )
        after = capture({"task": [task_id]})
    return RowsChange(before, after)
