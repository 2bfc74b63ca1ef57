"""Contacts as the command line's ``list --json`` and the vCard and CSV writers need them.

Both read through the one contact reader (:func:`netdesk.models.contacts.read_contacts`), so an
export holds what the editor shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netdesk.core.formats.vcard import ExportCard
from netdesk.models import contacts as contacts_data
from netdesk.models.records import ContactData


def _record(contact_id: int, data: ContactData) -> dict[str, Any]:
    return {
        "id": contact_id,
        "display_name": data.display_name,
        "given_name": data.given_name,
        "family_name": data.family_name,
        "organization": data.organization,
        "title": data.title,
        "nickname": data.nickname,
        "department": data.department,
        "birthday": data.birthday,
        "emails": [e.address for e in data.emails],
        "phones": [p.number for p in data.phones],
        "referred_by": data.referral.referrer_id if data.referral is not None else None,
        "relationship": data.relationship.value,
        "lead": data.lead.value,
        "status": data.status.value,
        "next_follow_up": (
            data.next_follow_up.isoformat() if data.next_follow_up is not None else None
        ),
        "tags": list(data.tags),
    }


def contact_records(ids: Sequence[int]) -> list[dict[str, Any]]:
    """One dict per id, in the order given, with the fields ``netdesk list --json`` promises."""
    found = contacts_data.read_contacts(ids, photos=False)
    return [_record(i, found[i]) for i in ids if i in found]


def export_cards(ids: Sequence[int] | None = None) -> list[ExportCard]:
    """Contacts (all, in name order, or ``ids`` in that order) with their referrer."""
    ids = list(ids) if ids is not None else contacts_data.all_ids_by_name()
    found = contacts_data.read_contacts(ids)
    referrers = contacts_data.names_and_uids(
        d.referral.referrer_id for d in found.values() if d.referral is not None
    )
    cards = []
    for contact_id in ids:
        data = found.get(contact_id)
        if data is None:
            continue
        name, uid = ("", "")
        if data.referral is not None:
            data.referral.meeting_id = None  # an export says who, not in which meeting
            name, uid = referrers.get(data.referral.referrer_id, ("", ""))
        cards.append(ExportCard(data, data.uid, uid, name))
    return cards
