"""Rows for the data layer's tests, written straight through the peewee entities: no core rules,
no change events (they are written outside a transaction)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from netdesk.models import Contact, ContactEmail, ContactPhone, Meeting, Referral, Task


def contact(name: str, *, phone: str = "", email: str = "", **fields: Any) -> int:
    """A contact (its primary phone and e-mail, when given, as the triggers keep them)."""
    values: dict[str, Any] = {"date_added": date(2026, 11, 1), **fields}
    new = int(
        Contact.create(uid=f"uid-{name}", display_name=name, sort_name=name.casefold(), **values).id
    )
    if phone:
        ContactPhone.create(contact=new, number=phone)
    if email:
        ContactEmail.create(contact=new, address=email)
    return new


def meeting(contact_id: int, starts_at: datetime, **fields: Any) -> int:
    return int(Meeting.create(contact=contact_id, starts_at=starts_at, **fields).id)


def task(contact_id: int | None, due: date, **fields: Any) -> int:
    values: dict[str, Any] = {"title": "Follow up", "kind": "follow_up", **fields}
    return int(Task.create(contact=contact_id, due=due, **values).id)


def referral(referred: int, referrer: int, **fields: Any) -> int:
    return int(Referral.create(referred=referred, referrer=referrer, **fields).id)
