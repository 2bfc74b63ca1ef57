"""Settling a sync conflict: the user keeps this computer's value or takes the server's.

A sync that meets a field changed differently on both sides keeps the local value, sends it up
and writes the conflict down with both values: a contact's as the user reads them
(``merge.shown``), a task's or meeting's as the calendar sync compares them (``ical.Fields``).
Keeping the local value only forgets the conflict. Taking the server's writes that value into
the contact, task or meeting, so the next sync sends it up again. A contact's is read back from
its shown text, and only where that text says it exactly (the text of the value read back is
the same text); a postal address or a photo cannot be read back from its text, so those are
changed in the editor. A task's or meeting's is always taken as the sync would have taken it.
Settling can be undone: `settle` says what it changed, `unsettle` puts that back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
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
        "good_at",
        "needs",
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
_REFERRAL_NAMES: Final = {"referral_reason": "reason"}
"""The `ReferralInfo` field of a referral field, where it has another name."""


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
    if field == "rhythm_days":
        return int(text) if text else None
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
    name = _REFERRAL_NAMES.get(field, field)
    values = {f: getattr(referral, f) for f in ReferralInfo.__dataclass_fields__}
    values[name] = value
    data.referral = ReferralInfo(**values)


def _get(data: ContactData, field: str) -> Any:
    if field not in _REFERRAL:
        return getattr(data, field)
    if data.referral is None:
        raise CannotTakeRemote(field)
    return getattr(data.referral, _REFERRAL_NAMES.get(field, field))


def take_remote(conflict_id: int) -> bool:
    """Write the server's value into the contact, task or meeting (the next sync sends it up)
    and forget the conflict; False when it was settled already or what it was about is gone.
    Call it inside one transaction (the window's writer runs it in one)."""
    settled = settle(conflict_id, remote=True)
    return settled is not None and settled.took_remote


# Undoing --------------------------------------------------------------------------------------


class ConflictNotReopened(NetDeskError):
    """A settled conflict cannot be written down again (its settling undone)."""


@dataclass(frozen=True)
class Settled:
    """A conflict as it was before it was settled, and what settling it changed: what
    `unsettle` needs to undo it."""

    conflict: OpenConflict
    took_remote: bool
    """The server's value was written into the contact, task or meeting."""
    before: Any = None
    """The contact's value of the field before that (a task's or meeting's is the conflict's
    local value, in the calendar sync's text)."""


def settle(conflict_id: int, *, remote: bool) -> Settled | None:
    """`keep_local` (``remote`` False) or `take_remote`, telling what was done; None when the
    conflict was settled already. The server's value is taken only while the contact, task or
    meeting exists (a conflict of one deleted since is only forgotten). Inside one transaction."""
    conflict = sync_conflicts.open_conflict(conflict_id)
    if conflict is None:
        return None
    settled = Settled(conflict, took_remote=False)
    if remote and conflict.kind != CONTACT:
        if not conflict.gone:
            take_server_value(
                conflict.kind, conflict.item_id, conflict.field, conflict.remote_value
            )
            settled = Settled(conflict, took_remote=True, before=conflict.local_value)
    elif remote and conflict.contact_name and not conflict.gone:
        value = remote_value(conflict)
        data = load_contact(conflict.contact_id)
        settled = Settled(conflict, took_remote=True, before=_get(data, conflict.field))
        _set(data, conflict.field, value)
        update_contact(conflict.contact_id, data)
    sync_conflicts.settle_conflict(conflict_id)
    return settled


def unsettle(settled: Settled) -> Settled:
    """Undo `settle`: the contact's value of the field back (when the server's was taken;
    the rest of the contact as it is now) and the conflict open again. Returns it as written
    down now (another id), for settling it again; `ConflictNotReopened` when its account was
    removed or a sync has found the field in conflict since. Inside one transaction."""
    conflict = settled.conflict
    if settled.took_remote and conflict.kind != CONTACT:
        take_server_value(conflict.kind, conflict.item_id, conflict.field, settled.before)
    elif settled.took_remote:
        data = load_contact(conflict.contact_id)
        _set(data, conflict.field, settled.before)
        update_contact(conflict.contact_id, data)
    reopened = sync_conflicts.reopen_conflict(conflict)
    if reopened is None:
        raise ConflictNotReopened(
            "This conflict cannot be opened again: its sync account was removed, or a sync "
            "has found the field in conflict again since."
        )
    return replace(settled, conflict=replace(conflict, id=reopened))


def settle_again(settled: Settled) -> Settled:
    """Redo `settle` on a conflict `unsettle` opened again."""
    again = settle(settled.conflict.id, remote=settled.took_remote)
    if again is None:
        raise ConflictNotReopened("This conflict was settled meanwhile (in another window).")
    return again
