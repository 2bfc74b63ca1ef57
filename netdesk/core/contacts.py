"""Create, read, update and delete contacts: the rules around the contact reader and writer.

What a contact may hold (a name, e-mail addresses that are addresses, a birthday that is a date,
no referrer that closes a loop) is checked here; what is stored is then written by
:mod:`netdesk.models.contacts`, the one writer the import, the demo and undo use too.

Delete rule: deleting a contact never orphans the people they referred. Those people move up to
the deleted contact's own referrer, keeping the chain of introductions intact; when the deleted
contact had no referrer (someone you already knew), the people they referred become roots
(people you now know directly).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from netdesk.core.birthdays import parse_birthday
from netdesk.core.errors import FieldError, NotFoundError, ReferralCycleError, ValidationError
from netdesk.core.phones import phone_key
from netdesk.core.text import fold
from netdesk.models import contact_undo
from netdesk.models import contacts as contacts_data
from netdesk.models import referrals as referrals_data
from netdesk.models.contact_undo import DeletedContacts
from netdesk.models.contacts import Keys
from netdesk.models.enums import Lead, Relationship
from netdesk.models.records import ContactData, Email, Link, Phone, ReferralInfo
from netdesk.models.rhythms import MAX_RHYTHM_DAYS as RHYTHM_DAYS_MAX
from netdesk.models.store import store

__all__ = [
    "DeletedContacts",
    "contact_exists",
    "create_contact",
    "delete_contacts",
    "display_names",
    "find_by_name",
    "get_or_create_company",
    "load_contact",
    "new_contact_defaults",
    "restore_contacts",
    "set_referral",
    "set_referrer",
    "update_contact",
    "validate",
    "would_create_cycle",
]


def new_contact_defaults(*, referred: bool = False) -> ContactData:
    """What a contact the user adds by hand starts as, by the way they came.

    Someone typed in from the user's own life is a warm acquaintance (a stranger would be the
    exception, and choosing their relationship makes them cold). Someone a contact referred the
    user to is not known yet (relationship Other) but comes warm, through the introduction. An
    import keeps what its file says (``ContactData``'s own defaults) unless the user marks the
    batch warm.
    """
    if referred:
        return ContactData(relationship=Relationship.OTHER, lead=Lead.WARM)
    return ContactData(relationship=Relationship.ACQUAINTANCE, lead=Lead.WARM)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def validate(data: ContactData, contact_id: int | None = None) -> list[FieldError]:
    """Everything wrong with ``data``; empty when it can be saved."""
    errors: list[FieldError] = []
    if not data.name:
        errors.append(FieldError("display_name", "A contact needs a name."))
    for index, email in enumerate(data.emails):
        address = email.address.strip()
        if address and not _EMAIL.match(address):
            errors.append(FieldError(f"emails[{index}]", f"“{address}” is not an e-mail address."))
    if data.birthday.strip() and parse_birthday(data.birthday) is None:
        errors.append(
            FieldError(
                "birthday",
                f"“{data.birthday.strip()}” is not a date: write it as 1985-04-15, "
                "or --04-15 without the year.",
            )
        )
    if data.referral is not None and data.referral.referrer_id == contact_id:
        errors.append(FieldError("referrer", "A contact cannot be their own referrer."))
    if data.rhythm_days is not None and not 1 <= data.rhythm_days <= RHYTHM_DAYS_MAX:
        errors.append(
            FieldError(
                "rhythm_days",
                f"Keep in touch every 1 to {RHYTHM_DAYS_MAX:,} days, or leave it to the defaults.",
            )
        )
    return errors


def _check(data: ContactData, contact_id: int | None) -> None:
    errors = validate(data, contact_id)
    if errors:
        raise ValidationError(errors)


def company_key(name: str) -> tuple[str, str] | None:
    """The organization as the editor stores it (runs of spaces made one) and its folded key."""
    name = " ".join(name.split())
    return (name, fold(name)) if name else None


def past_employers(names: Iterable[str]) -> list[tuple[str, str]]:
    """Each past employer once (by folded name), as stored and with its key, in order; a name
    that folds to nothing ("¯") is none."""
    found: dict[str, str] = {}
    for raw in names:
        company = company_key(raw)
        if company is not None and company[1]:
            found.setdefault(company[1], company[0])
    return [(name, key) for key, name in found.items()]


def _tags(names: Iterable[str]) -> list[str]:
    """Each tag once (ignoring case), with runs of spaces made one."""
    tags: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            tags.append(name)
    return tags


def _stored(data: ContactData) -> tuple[ContactData, Keys]:
    """``data`` as the editor saves it (trimmed, empty parts left out, the birthday in ISO
    form) and its keys."""
    phones = [Phone(p.number.strip(), p.label) for p in data.phones if p.number.strip()]
    past = past_employers(data.past_employers)
    stored = replace(
        data,
        display_name=data.name,
        given_name=data.given_name.strip(),
        family_name=data.family_name.strip(),
        title=data.title.strip(),
        nickname=data.nickname.strip(),
        department=data.department.strip(),
        good_at=data.good_at.strip(),
        needs=data.needs.strip(),
        birthday=parse_birthday(data.birthday) or "",
        emails=[Email(e.address.strip(), e.label) for e in data.emails if e.address.strip()],
        phones=phones,
        addresses=[a for a in data.addresses if not a.is_empty()],
        links=[Link(lk.url.strip(), lk.label) for lk in data.links if lk.url.strip()],
        tags=_tags(data.tags),
        past_employers=[name for name, _ in past],
    )
    keys = Keys(
        sort_name=fold(stored.display_name),
        company=company_key(data.organization),
        phone_keys=[phone_key(p.number) for p in phones],
        past_companies=past,
    )
    return stored, keys


def create_contact(data: ContactData, *, today: date | None = None) -> int:
    """Insert a contact with all its parts in one transaction; returns the new id."""
    _check(data, None)
    stored, keys = _stored(data)
    with store.transaction():
        contact_id = contacts_data.save_contact(
            stored, keys, uid=data.uid or str(uuid.uuid4()), today=today
        )
        assert contact_id is not None
        if data.referral is not None:
            set_referral(contact_id, data.referral)
    return contact_id


def update_contact(contact_id: int, data: ContactData) -> None:
    """Replace every editable field of a contact in one transaction."""
    _check(data, contact_id)
    stored, keys = _stored(data)
    with store.transaction():
        if contacts_data.save_contact(stored, keys, contact_id=contact_id) is None:
            raise NotFoundError(f"Contact {contact_id} no longer exists.")
        if data.referral is None:
            referrals_data.remove_referral(contact_id)
        else:
            set_referral(contact_id, data.referral)


def load_contact(contact_id: int) -> ContactData:
    data = contacts_data.read_contact(contact_id)
    if data is None:
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    return data


def get_or_create_company(name: str) -> int | None:
    """The id of the company called ``name`` (ignoring case and accents), created if needed."""
    key = company_key(name)
    return contacts_data.company_id(*key) if key is not None else None


# Referrals ---------------------------------------------------------------------------------------


def would_create_cycle(contact_id: int, referrer_id: int) -> bool:
    """True when ``contact_id`` is ``referrer_id`` or one of its ancestors in the forest."""
    return contact_id == referrer_id or contact_id in referrals_data.chain_up(referrer_id)


def _check_referrer(contact_id: int, referrer_id: int) -> None:
    names = contacts_data.display_names([contact_id, referrer_id])
    if referrer_id not in names:
        raise ValidationError([FieldError("referrer", "The chosen referrer no longer exists.")])
    if would_create_cycle(contact_id, referrer_id):
        me, referrer = names.get(contact_id, ""), names[referrer_id]
        raise ReferralCycleError(
            f"{referrer} cannot be {me}'s referrer: "
            f"{me} is already part of the chain that led to {referrer}."
        )


def set_referral(contact_id: int, info: ReferralInfo) -> None:
    """Record who referred ``contact_id``, refusing anything that would close a loop."""
    with store.transaction():
        _check_referrer(contact_id, info.referrer_id)
        referrals_data.set_referral(contact_id, info)


def set_referrer(contact_id: int, referrer_id: int | None) -> int | None:
    """Move a contact under another referrer (or make them a root); returns the old referrer."""
    with store.transaction():
        old = referrals_data.referrer_of(contact_id)
        if referrer_id is not None and referrer_id != old:
            _check_referrer(contact_id, referrer_id)
        referrals_data.set_referrer(contact_id, referrer_id)
    return old


# Delete with undo --------------------------------------------------------------------------------


def delete_contacts(ids: Sequence[int]) -> DeletedContacts:
    """Delete contacts and what belongs to them in one transaction, applying the delete rule."""
    return contact_undo.delete_contacts(ids)


def restore_contacts(deleted: DeletedContacts) -> None:
    """Undo :func:`delete_contacts`: the same ids, parts, meetings and referral links."""
    contact_undo.restore_contacts(deleted)


def contact_exists(contact_id: int) -> bool:
    return contacts_data.contact_exists(contact_id)


def display_names(ids: Iterable[int]) -> dict[int, str]:
    return contacts_data.display_names(ids)


def find_by_name(text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, display name, organization) of contacts whose folded name starts with ``text``.

    Used by completers (the referrer field); prefix range on the sort-name index.
    """
    key = fold(text)
    if not key:
        return []
    return contacts_data.find_by_name(key, limit)
