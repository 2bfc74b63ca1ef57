"""Settling a sync conflict: the user keeps this computer's value or takes the server's.

A sync that meets a field changed differently on both sides keeps the local value, sends it up
and writes the conflict down with both values: a contact's as the user reads them
(``merge.shown``), a task's or meeting's as the calendar sync compares them (``ical.Fields``).
Keeping the local value only forgets the conflict. Taking the server's writes that value into
the contact, task or meeting, so the next sync sends it up again. A contact's is read back from
its shown text, and only where that text says it exactly (the text of the value read back is
the same text); a postal address or a photo cannot be read back from its text, so those are
changed in the editor. A task's or meeting's is always taken as the sync would have taken it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from netdesk.core.contacts import load_contact, update_contact
from netdesk.core.errors import NetDeskError
from netdesk.models import sync_conflicts
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.records import ContactData, Email, Link, Phone, ReferralInfo
from netdesk.models.sync_conflicts import OpenConflict as OpenConflict
from netdesk.models.sync_state import CONTACT as CONTACT

from .calendar import take_server_value
from .merge import shown

_TEXT: Final = frozenset(
    {
        "display_name",
        "given_name",
        "family_name",
        "nickname",
        "organization",
        "department",
        "title",
        "birthday",
        "notes",
        "how_met",
    }
)
_DATES: Final = frozenset({"date_added", "last_contact", "next_follow_up"})
_ENUMS: Final[dict[str, Callable[[str], Any]]] = {
    "status": Status,
    "relationship": Relationship,
    "lead": Lead,
}
_LISTS: Final = frozenset({"tags", "past_employers"})
_PAIRS: Final[dict[str, Callable[[str, str], Any]]] = {
    "emails": Email,
    "phones": Phone,
    "links": Link,
}
_REFERRAL: Final = frozenset({"referral_reason", "referred_on", "calls_ahead"})


class CannotTakeRemote(NetDeskError):
    """The server's value of this field cannot be read back from its text (a postal address,
    a photo, who referred them): it is changed in the contact's editor."""


def _read(field: str, text: str) -> Any:
    """The value ``text`` shows for ``field``; `CannotTakeRemote` when it cannot be known."""
    if field in _TEXT:
        return text
    if field in _DATES or field == "referred_on":
        return date.fromisoformat(text) if text else None
    if field in _ENUMS:
        return _ENUMS[field](text)
    if field in _LISTS:
        return text.split("; ") if text else []
    if field in _PAIRS:
        make = _PAIRS[field]
        items = []
        for part in text.split("; ") if text else []:
            first, _comma, label = part.partition(", ")
            items.append(make(first, label))
        return items
    if field == "referral_reason":
        return text
    if field == "calls_ahead":
        return text == "True"
    raise CannotTakeRemote(field)


def remote_value(conflict: OpenConflict) -> Any:
    """The server's value, read back from its text; `CannotTakeRemote` when it cannot be."""
    try:
        value = _read(conflict.field, conflict.remote_value)
    except ValueError:
        raise CannotTakeRemote(conflict.field) from None
    if shown(value) != conflict.remote_value:
        raise CannotTakeRemote(conflict.field)
    return value


def can_take_remote(conflict: OpenConflict) -> bool:
    if conflict.gone:
        return False
    if conflict.kind != CONTACT:
        return True
    try:
        remote_value(conflict)
    except CannotTakeRemote:
        return False
    return True


def open_conflicts() -> list[OpenConflict]:
    return sync_conflicts.open_conflicts()


def conflict_count() -> int:
    return sync_conflicts.conflict_count()


def keep_local(conflict_id: int) -> bool:
    """The local value stays (it is on the server already); False when already settled."""
    return sync_conflicts.settle_conflict(conflict_id)


def _set(data: ContactData, field: str, value: Any) -> None:
    if field not in _REFERRAL:
        setattr(data, field, value)
        return
    referral = data.referral
    if referral is None:
        raise CannotTakeRemote(field)
    name = {"referral_reason": "reason", "referred_on": "referred_on"}.get(field, field)
    values = {f: getattr(referral, f) for f in ReferralInfo.__dataclass_fields__}
    values[name] = value
    data.referral = ReferralInfo(**values)


def take_remote(conflict_id: int) -> bool:
    """Write the server's value into the contact, task or meeting (the next sync sends it up)
    and forget the conflict; False when it was settled already or what it was about is gone.
    Call it inside one transaction (the window's writer runs it in one)."""
    conflict = sync_conflicts.open_conflict(conflict_id)
    if conflict is None:
        return False
    if conflict.gone:
        sync_conflicts.settle_conflict(conflict_id)
        return False
    if conflict.kind != CONTACT:
        take_server_value(conflict.kind, conflict.item_id, conflict.field, conflict.remote_value)
        return sync_conflicts.settle_conflict(conflict_id)
    value = remote_value(conflict)
    data = load_contact(conflict.contact_id)
    _set(data, conflict.field, value)
    update_contact(conflict.contact_id, data)
    return sync_conflicts.settle_conflict(conflict_id)
