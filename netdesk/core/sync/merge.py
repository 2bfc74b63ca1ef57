"""Field-by-field three-way merge of a contact edited on both sides since the last sync.

Each side is compared with the card as last synced (the base): a field only one side changed
takes that side's value; a field both changed to the same value is that value; a field both
changed differently is a conflict, which keeps the local value and is reported with both. With
no base (the same UID met on both sides for the first time), a field empty on one side takes
the other's and differing ones are conflicts.

The three sides are compared as the vCard reader gives them (the local contact written by the
export's writer and read back), so that only what a card can carry is compared, in one form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from netdesk.core.formats.cards import ParsedCard

DATA_FIELDS: Final = (
    "display_name",
    "given_name",
    "family_name",
    "nickname",
    "organization",
    "department",
    "title",
    "birthday",
    "emails",
    "phones",
    "addresses",
    "links",
    "notes",
    "photo",
    "tags",
    "status",
    "relationship",
    "lead",
    "how_met",
    "date_added",
    "last_contact",
    "next_follow_up",
    "past_employers",
    "good_at",
    "needs",
    "rhythm_days",
)
CARD_FIELDS: Final = ("related_uid", "referrer_name", "referral_reason", "referred_on")
"""The referral's parts, which the reader keeps on the card rather than on the contact."""
CALLS_AHEAD: Final = "calls_ahead"
FIELDS: Final = (*DATA_FIELDS, *CARD_FIELDS, CALLS_AHEAD)


def value_of(card: ParsedCard, name: str) -> Any:
    if name in DATA_FIELDS:
        return getattr(card.data, name)
    return getattr(card, name)


def set_value(card: ParsedCard, name: str, value: Any) -> None:
    if name in DATA_FIELDS:
        setattr(card.data, name, value)
    else:
        setattr(card, name, value)


def shown(value: Any) -> str:
    """A field's value as the user reads it in a conflict."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bytes):
        return f"a photo of {len(value) // 1024 + 1} KB"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(shown(item) for item in value)
    if hasattr(value, "__dataclass_fields__"):
        parts = (getattr(value, name) for name in value.__dataclass_fields__)
        return ", ".join(str(part) for part in parts if part)
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


@dataclass(frozen=True)
class Conflict:
    field: str
    local: str
    remote: str


@dataclass
class Merged:
    card: ParsedCard
    """The local card with the merged values in place."""
    changed_locally: list[str] = field(default_factory=list)
    """The fields where the merge differs from the local contact (to write here)."""
    changed_remotely: list[str] = field(default_factory=list)
    """The fields where it differs from the server's card (to upload)."""
    conflicts: list[Conflict] = field(default_factory=list)


def merge(base: ParsedCard | None, local: ParsedCard, remote: ParsedCard) -> Merged:
    """Merge ``remote`` into (a card with the values of) ``local`` against ``base``."""
    result = Merged(local)
    for name in FIELDS:
        mine = value_of(local, name)
        theirs = value_of(remote, name)
        if mine == theirs:
            continue
        old = value_of(base, name) if base is not None else None
        if base is not None and mine == old:
            chosen = theirs
        elif base is not None and theirs == old:
            chosen = mine
        elif base is None and _empty(mine):
            chosen = theirs
        elif base is None and _empty(theirs):
            chosen = mine
        else:
            result.conflicts.append(Conflict(name, shown(mine), shown(theirs)))
            chosen = mine
        if chosen is theirs:
            set_value(local, name, theirs)
            result.changed_locally.append(name)
        else:
            result.changed_remotely.append(name)
    return result
