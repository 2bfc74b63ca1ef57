"""NetDesk's own fields in a vCard, as ``X-NETDESK-*`` properties.

Status, relationship, warm or cold, follow-up, the referral's details, the employers a
contact used to work for (one ``X-NETDESK-PAST-ORG`` each, most recent first), what they are good
at and what they need, and how often to keep in touch with them have no place in RFC 6350.
Written as extended properties (which other programs keep or ignore), they come back when
NetDesk reads the file again, so an export is a complete copy of the network. What is read
is checked: a value NetDesk does not know is reported and the default kept, never stored as is.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from netdesk.core.formats.cards import ParsedCard
from netdesk.models import Lead, Relationship, Status
from netdesk.models.records import ContactData
from netdesk.models.rhythms import MAX_RHYTHM_DAYS

STATUS = "X-NETDESK-STATUS"
RELATIONSHIP = "X-NETDESK-RELATIONSHIP"
LEAD = "X-NETDESK-LEAD"
HOW_MET = "X-NETDESK-HOW-MET"
DATE_ADDED = "X-NETDESK-DATE-ADDED"
LAST_CONTACT = "X-NETDESK-LAST-CONTACT"
NEXT_FOLLOW_UP = "X-NETDESK-NEXT-FOLLOW-UP"
REFERRAL_REASON = "X-NETDESK-REFERRAL-REASON"
REFERRED_ON = "X-NETDESK-REFERRED-ON"
CALLS_AHEAD = "X-NETDESK-CALLS-AHEAD"
PAST_ORG = "X-NETDESK-PAST-ORG"
GOOD_AT = "X-NETDESK-GOOD-AT"
NEEDS = "X-NETDESK-NEEDS"
RHYTHM = "X-NETDESK-RHYTHM-DAYS"
"""How often to keep in touch, in days, when set on the contact itself."""
RHYTHM_DAYS = range(1, MAX_RHYTHM_DAYS + 1)
"""The rhythms a contact can have: a day to ten years (the schema's CHECK)."""

_YES = {"true", "yes", "1"}
_NO = {"false", "no", "0"}


def netdesk_properties(data: ContactData) -> list[tuple[str, str]]:
    """(property name, plain text value) of each NetDesk field of ``data`` to write."""
    props = [
        (STATUS, str(data.status)),
        (RELATIONSHIP, str(data.relationship)),
        (LEAD, str(data.lead)),
    ]
    if data.how_met:
        props.append((HOW_MET, data.how_met))
    for name, day in (
        (DATE_ADDED, data.date_added),
        (LAST_CONTACT, data.last_contact),
        (NEXT_FOLLOW_UP, data.next_follow_up),
    ):
        if day is not None:
            props.append((name, day.isoformat()))
    referral = data.referral
    if referral is not None:
        if referral.reason:
            props.append((REFERRAL_REASON, referral.reason))
        if referral.referred_on is not None:
            props.append((REFERRED_ON, referral.referred_on.isoformat()))
        if referral.calls_ahead:
            props.append((CALLS_AHEAD, "TRUE"))
    props.extend((PAST_ORG, name) for name in data.past_employers)
    if data.good_at:
        props.append((GOOD_AT, data.good_at))
    if data.needs:
        props.append((NEEDS, data.needs))
    if data.rhythm_days is not None:
        props.append((RHYTHM, str(data.rhythm_days)))
    return props


# Property -> (ContactData attribute, its vocabulary, what a person calls it).
_ENUMS: dict[str, tuple[str, type[StrEnum], str]] = {
    STATUS: ("status", Status, "status"),
    RELATIONSHIP: ("relationship", Relationship, "relationship"),
    LEAD: ("lead", Lead, "warm or cold mark"),
}
_DATES = {
    DATE_ADDED: "date_added",
    LAST_CONTACT: "last_contact",
    NEXT_FOLLOW_UP: "next_follow_up",
    REFERRED_ON: "referred_on",
}


def read_netdesk_property(name: str, value: str, card: ParsedCard) -> str | None:
    """Set what the property ``name`` says on ``card``; the reason of a problem, or None."""
    value = value.strip()
    shown = repr(value[:40])
    if name in _ENUMS:
        attribute, kind, what = _ENUMS[name]
        try:
            setattr(card.data, attribute, kind(value.lower()))
        except ValueError:
            default = getattr(ContactData(), attribute)
            return f"unknown {what} {shown}: {default.label} kept"
    elif name in _DATES:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return f"{name} {shown} is not a date such as 2026-11-23: ignored"
        setattr(card if name == REFERRED_ON else card.data, _DATES[name], day)
    elif name == HOW_MET:
        card.data.how_met = value
    elif name == GOOD_AT:
        card.data.good_at = value
    elif name == NEEDS:
        card.data.needs = value
    elif name == RHYTHM:
        if not value.isdecimal() or int(value) not in RHYTHM_DAYS:
            return f"{name} {shown} is not a number of days from 1 to 3650: ignored"
        card.data.rhythm_days = int(value)
    elif name == PAST_ORG:
        if value and value not in card.data.past_employers:
            card.data.past_employers.append(value)
    elif name == REFERRAL_REASON:
        card.referral_reason = value
    elif name == CALLS_AHEAD:
        if value.lower() not in _YES | _NO:
            return f"{name} {shown} is neither TRUE nor FALSE: ignored"
        card.calls_ahead = value.lower() in _YES
    return None
