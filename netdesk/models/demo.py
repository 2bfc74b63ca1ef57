"""Bulk writers for the demo network (``core.demo``): companies, meetings, follow-ups,
referrals and history, each in one statement per table (see :mod:`netdesk.models.bulk`).

The contacts themselves go through the one contact writer (:mod:`netdesk.models.contacts`).
Each function runs inside the caller's transaction (:func:`netdesk.models.sql.bulk_transaction`)
and says what it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netdesk.models.bulk import bulk_insert
from netdesk.models.contacts import company_ids, tag_ids
from netdesk.models.sql import connection
from netdesk.models.store import Topic, store

Rows = Sequence[tuple[Any, ...]]

DEMO_UID_PREFIX = "de30de30-"
"""How every demo contact's UID begins (still a UUID): the demo's people are told apart from the
user's own by it (a random UUID begins so once in four billion)."""


def has_contacts() -> bool:
    """Whether the open database holds anyone (without counting them)."""
    return bool(connection().execute("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()[0])


def has_contacts_not_from_demo() -> bool:
    """Whether anyone in the open database was not made by the demo (typed in, imported)."""
    row = (
        connection()
        .execute(
            "SELECT EXISTS (SELECT 1 FROM contact WHERE substr(uid, 1, ?) <> ?)",
            (len(DEMO_UID_PREFIX), DEMO_UID_PREFIX),
        )
        .fetchone()
    )
    return bool(row[0])


def next_id(table: str) -> int:
    if table not in ("company", "contact", "meeting"):
        raise ValueError(f"no ids are planned for {table}")
    row = connection().execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])


def add_companies(companies: Sequence[tuple[str, str]]) -> list[int]:
    """(name, folded name) of companies, each once; returns their ids, in order. Those there
    already (a second demo network, the user's own Globex) are used, not made again."""
    found = company_ids(connection(), companies)
    return [found[key] for _name, key in companies]


def add_tags(names: Sequence[str]) -> None:
    """The tags the demo hands out, in this order, whether anyone gets them or not."""
    tag_ids(connection(), names)


MEETING_COLUMNS = (
    "id",
    "contact_id",
    "starts_at",
    "kind",
    "purpose",
    "agenda",
    "planned_minutes",
    "actual_minutes",
    "notes",
    "help_information",
    "help_contacts",
    "help_connections",
    "help_referrals",
    "thank_you_due",
    "thank_you_sent",
    "follow_up",
)


def add_meetings(rows: Rows) -> None:
    """Rows of :data:`MEETING_COLUMNS`, ids planned with :func:`next_id`."""
    bulk_insert(connection(), "meeting", MEETING_COLUMNS, rows)
    store.changed(Topic.MEETINGS, [int(r[0]) for r in rows])


def add_tasks(rows: Rows) -> None:
    """(contact, meeting or None, kind, title, due)."""
    bulk_insert(connection(), "task", ["contact_id", "meeting_id", "kind", "title", "due"], rows)
    store.changed(Topic.TASKS, None)


def add_referrals(rows: Rows) -> None:
    """(referred, referrer, referred on, meeting or None, reason, calls ahead)."""
    bulk_insert(
        connection(),
        "referral",
        ["referred_id", "referrer_id", "referred_on", "meeting_id", "reason", "calls_ahead"],
        rows,
    )
    people = {int(r[0]) for r in rows} | {int(r[1]) for r in rows}
    store.changed(Topic.REFERRALS, people)
    store.changed(Topic.CONTACTS, people)


def add_interactions(rows: Rows) -> None:
    """(contact, kind, happened at, summary)."""
    bulk_insert(connection(), "interaction", ["contact_id", "kind", "happened_at", "summary"], rows)
    store.changed(Topic.INTERACTIONS, None)


def add_favours(rows: Rows) -> None:
    """(contact, direction, description, happened on)."""
    bulk_insert(
        connection(), "favour", ["contact_id", "direction", "description", "happened_on"], rows
    )
    store.changed(Topic.INTERACTIONS, None)
