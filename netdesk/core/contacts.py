"""Create, read, update and delete contacts, with validation and an undoable delete.

Delete rule: deleting a contact never orphans the people they referred. Those people move up to
the deleted contact's own referrer, keeping the chain of introductions intact; when the deleted
contact had no referrer (someone you already knew), the people they referred become roots
(people you now know directly).
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import peewee

from netdesk.core.birthdays import parse_birthday
from netdesk.core.errors import FieldError, NotFoundError, ReferralCycleError, ValidationError
from netdesk.core.phones import phone_key
from netdesk.core.text import display_name_from, fold
from netdesk.models import (
    Company,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactTag,
    Lead,
    Referral,
    Relationship,
    Status,
    Tag,
    database,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass
class Email:
    address: str
    label: str = ""


@dataclass
class Phone:
    number: str
    label: str = ""


@dataclass
class Address:
    label: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any(
            s.strip()
            for s in (self.street, self.locality, self.region, self.postal_code, self.country)
        )

    def one_line(self) -> str:
        parts = (self.street, self.postal_code, self.locality, self.region, self.country)
        return ", ".join(" ".join(p.split()) for p in parts if p.strip())


@dataclass
class Link:
    url: str
    label: str = ""

    @property
    def is_linkedin(self) -> bool:
        return "linkedin.com/" in self.url.casefold() or self.label.casefold() == "linkedin"


@dataclass
class ReferralInfo:
    """Who suggested you meet this contact, and what they said."""

    referrer_id: int
    referred_on: date | None = None
    reason: str = ""
    calls_ahead: bool = False
    meeting_id: int | None = None


@dataclass
class ContactData:
    """Everything the editor shows for one contact: the unit of create, load and update."""

    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: str = ""
    photo: bytes | None = None
    photo_mime: str = ""
    tags: list[str] = field(default_factory=list)
    relationship: Relationship = Relationship.OTHER
    lead: Lead = Lead.COLD
    status: Status = Status.TO_CONTACT
    how_met: str = ""
    date_added: date | None = None
    last_contact: date | None = None
    next_follow_up: date | None = None
    referral: ReferralInfo | None = None
    uid: str = ""
    nickname: str = ""
    department: str = ""
    birthday: str = ""
    """ISO text: "1985-04-15", or "--04-15" when the year is not known (see core.birthdays)."""

    @property
    def name(self) -> str:
        return self.display_name.strip() or display_name_from(self.given_name, self.family_name)


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
    return errors


def _check(data: ContactData, contact_id: int | None) -> None:
    errors = validate(data, contact_id)
    if errors:
        raise ValidationError(errors)


def get_or_create_company(name: str) -> Company | None:
    name = " ".join(name.split())
    if not name:
        return None
    key = fold(name)
    company: Company | None = Company.get_or_none(Company.sort_name == key)
    if company is None:
        company = Company.create(name=name, sort_name=key)
    return company


def _ensure_tags(names: Iterable[str]) -> list[Tag]:
    tags: list[Tag] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        tag = Tag.get_or_none(Tag.name == name)  # the column is COLLATE NOCASE
        tags.append(tag if tag is not None else Tag.create(name=name))
    return tags


def _write_children(contact_id: int, data: ContactData) -> None:
    for model in (ContactEmail, ContactPhone, ContactAddress, ContactLink):
        model.delete().where(model.contact == contact_id).execute()
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    emails = [e for e in data.emails if e.address.strip()]
    for pos, email in enumerate(emails):
        ContactEmail.create(
            contact=contact_id, address=email.address.strip(), label=email.label, position=pos
        )
    phones = [p for p in data.phones if p.number.strip()]
    for pos, phone in enumerate(phones):
        ContactPhone.create(
            contact=contact_id,
            number=phone.number.strip(),
            label=phone.label,
            position=pos,
            e164=phone_key(phone.number),
        )
    for pos, addr in enumerate(a for a in data.addresses if not a.is_empty()):
        ContactAddress.create(
            contact=contact_id,
            label=addr.label,
            street=addr.street,
            locality=addr.locality,
            region=addr.region,
            postal_code=addr.postal_code,
            country=addr.country,
            position=pos,
        )
    for pos, link in enumerate(lk for lk in data.links if lk.url.strip()):
        ContactLink.create(contact=contact_id, url=link.url.strip(), label=link.label, position=pos)
    for tag in _ensure_tags(data.tags):
        ContactTag.create(contact=contact_id, tag=tag)


def _fields(data: ContactData) -> dict[str, Any]:
    company = get_or_create_company(data.organization)
    name = data.name
    return {
        "display_name": name,
        "given_name": data.given_name.strip(),
        "family_name": data.family_name.strip(),
        "sort_name": fold(name),
        "company": company,
        "title": data.title.strip(),
        "nickname": data.nickname.strip(),
        "department": data.department.strip(),
        "birthday": parse_birthday(data.birthday) or "",
        "notes": data.notes,
        "photo": data.photo,
        "photo_mime": data.photo_mime if data.photo else "",
        "relationship": Relationship(data.relationship).value,
        "lead": Lead(data.lead).value,
        "status": Status(data.status).value,
        "how_met": data.how_met,
        "last_contact": data.last_contact,
        "next_follow_up": data.next_follow_up,
    }


def create_contact(data: ContactData, *, today: date | None = None) -> int:
    """Insert a contact with all its parts in one transaction; returns the new id."""
    _check(data, None)
    with database.atomic():
        contact = Contact.create(
            uid=data.uid or str(uuid.uuid4()),
            date_added=data.date_added or today or date.today(),
            **_fields(data),
        )
        contact_id = int(contact.id)
        _write_children(contact_id, data)
        if data.referral is not None:
            set_referral(contact_id, data.referral)
    return contact_id


def update_contact(contact_id: int, data: ContactData) -> None:
    """Replace every editable field of a contact in one transaction."""
    _check(data, contact_id)
    with database.atomic():
        fields = _fields(data)
        if data.date_added is not None:
            fields["date_added"] = data.date_added
        updated = Contact.update(**fields).where(Contact.id == contact_id).execute()
        if not updated:
            raise NotFoundError(f"Contact {contact_id} no longer exists.")
        _write_children(contact_id, data)
        if data.referral is None:
            Referral.delete().where(Referral.referred == contact_id).execute()
        else:
            set_referral(contact_id, data.referral)


def load_contact(contact_id: int) -> ContactData:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    referral = Referral.get_or_none(Referral.referred == contact_id)
    return ContactData(
        display_name=contact.display_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        organization=contact.company.name if contact.company_id else "",
        title=contact.title,
        emails=[
            Email(e.address, e.label)
            for e in contact.emails.order_by(ContactEmail.position, ContactEmail.id)
        ],
        phones=[
            Phone(p.number, p.label)
            for p in contact.phones.order_by(ContactPhone.position, ContactPhone.id)
        ],
        addresses=[
            Address(a.label, a.street, a.locality, a.region, a.postal_code, a.country)
            for a in contact.addresses.order_by(ContactAddress.position, ContactAddress.id)
        ],
        links=[
            Link(lk.url, lk.label)
            for lk in contact.links.order_by(ContactLink.position, ContactLink.id)
        ],
        notes=contact.notes,
        photo=bytes(contact.photo) if contact.photo is not None else None,
        photo_mime=contact.photo_mime,
        tags=[
            t.name
            for t in Tag.select()
            .join(ContactTag)
            .where(ContactTag.contact == contact_id)
            .order_by(Tag.name)
        ],
        relationship=Relationship(contact.relationship),
        lead=Lead(contact.lead),
        status=Status(contact.status),
        how_met=contact.how_met,
        date_added=contact.date_added,
        last_contact=contact.last_contact,
        next_follow_up=contact.next_follow_up,
        referral=(
            ReferralInfo(
                referrer_id=referral.referrer_id,
                referred_on=referral.referred_on,
                reason=referral.reason,
                calls_ahead=bool(referral.calls_ahead),
                meeting_id=referral.meeting_id,
            )
            if referral is not None
            else None
        ),
        uid=contact.uid,
        nickname=contact.nickname,
        department=contact.department,
        birthday=contact.birthday,
    )


# Referrals ---------------------------------------------------------------------------------------


def would_create_cycle(contact_id: int, referrer_id: int) -> bool:
    """True when ``contact_id`` is ``referrer_id`` or one of its ancestors in the forest."""
    if contact_id == referrer_id:
        return True
    row = database.execute_sql(
        """
        WITH RECURSIVE up(id) AS (
            SELECT ?
            UNION ALL
            SELECT r.referrer_id FROM referral r JOIN up ON r.referred_id = up.id
        )
        SELECT 1 FROM up WHERE id = ? LIMIT 1
        """,
        (referrer_id, contact_id),
    ).fetchone()
    return row is not None


def set_referral(contact_id: int, info: ReferralInfo) -> None:
    """Record who referred ``contact_id``, refusing anything that would close a loop."""
    with database.atomic():
        referrer = Contact.get_or_none(Contact.id == info.referrer_id)
        if referrer is None:
            raise ValidationError([FieldError("referrer", "The chosen referrer no longer exists.")])
        if would_create_cycle(contact_id, info.referrer_id):
            me = Contact.get_by_id(contact_id).display_name
            raise ReferralCycleError(
                f"{referrer.display_name} cannot be {me}'s referrer: "
                f"{me} is already part of the chain that led to {referrer.display_name}."
            )
        fields = {
            "referrer": info.referrer_id,
            "referred_on": info.referred_on,
            "reason": info.reason,
            "calls_ahead": info.calls_ahead,
            "meeting": info.meeting_id,
        }
        existing = Referral.get_or_none(Referral.referred == contact_id)
        if existing is None:
            Referral.create(referred=contact_id, **fields)
        else:
            Referral.update(**fields).where(Referral.id == existing.id).execute()


def set_referrer(contact_id: int, referrer_id: int | None) -> int | None:
    """Move a contact under another referrer (or make them a root); returns the old referrer."""
    with database.atomic():
        existing = Referral.get_or_none(Referral.referred == contact_id)
        old = int(existing.referrer_id) if existing is not None else None
        if referrer_id is None:
            if existing is not None:
                existing.delete_instance()
        elif existing is None:
            set_referral(contact_id, ReferralInfo(referrer_id=referrer_id))
        elif old != referrer_id:
            set_referral(
                contact_id,
                ReferralInfo(
                    referrer_id=referrer_id,
                    referred_on=existing.referred_on,
                    reason=existing.reason,
                    calls_ahead=bool(existing.calls_ahead),
                    meeting_id=existing.meeting_id,
                ),
            )
    return old


# Delete with undo --------------------------------------------------------------------------------

# Tables holding rows that belong to a contact, in the order they are restored.
_OWNED = (
    ("contact_email", "contact_id"),
    ("contact_phone", "contact_id"),
    ("contact_address", "contact_id"),
    ("contact_link", "contact_id"),
    ("contact_tag", "contact_id"),
    ("meeting", "contact_id"),
    ("interaction", "contact_id"),
    ("favour", "contact_id"),
)


@dataclass
class TableRows:
    table: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass
class DeletedContacts:
    """Every row a delete removed or changed, so that undo restores the exact previous state."""

    contact_ids: list[int]
    tables: list[TableRows]
    referrals: TableRows  # referrals to, from, or obtained in a meeting of the deleted contacts


def _select(conn: sqlite3.Connection, table: str, where: str, params: Sequence[Any]) -> TableRows:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(params))
    columns = [d[0] for d in cursor.description]
    return TableRows(table, columns, cursor.fetchall())


def _in(ids: Sequence[int]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")"


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def delete_contacts(ids: Sequence[int]) -> DeletedContacts:
    """Delete contacts and what belongs to them in one transaction, applying the delete rule."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    conn: sqlite3.Connection = database.connection()
    tables: list[TableRows] = []
    referral_rows = TableRows("referral", [], [])
    with database.atomic():
        for chunk in _chunks(ids):
            marks = _in(chunk)
            tables.append(_select(conn, "contact", f"id IN {marks}", chunk))
            for table, column in _OWNED:
                tables.append(_select(conn, table, f"{column} IN {marks}", chunk))
            tables.append(
                _select(
                    conn,
                    "task",
                    f"contact_id IN {marks} OR meeting_id IN "
                    f"(SELECT id FROM meeting WHERE contact_id IN {marks})",
                    chunk + chunk,
                )
            )
            refs = _select(
                conn,
                "referral",
                f"referred_id IN {marks} OR referrer_id IN {marks} OR meeting_id IN "
                f"(SELECT id FROM meeting WHERE contact_id IN {marks})",
                chunk * 3,
            )
            referral_rows.columns = refs.columns
            referral_rows.rows.extend(refs.rows)
        for contact_id in ids:
            _delete_one(conn, contact_id)
    return DeletedContacts(ids, tables, referral_rows)


def _delete_one(conn: sqlite3.Connection, contact_id: int) -> None:
    row = conn.execute(
        "SELECT referrer_id FROM referral WHERE referred_id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        conn.execute("DELETE FROM referral WHERE referrer_id = ?", (contact_id,))
    else:
        conn.execute(
            "UPDATE referral SET referrer_id = ? WHERE referrer_id = ?", (row[0], contact_id)
        )
    conn.execute("DELETE FROM contact WHERE id = ?", (contact_id,))


def restore_contacts(deleted: DeletedContacts) -> None:
    """Undo :func:`delete_contacts`: the same ids, parts, meetings and referral links."""
    conn: sqlite3.Connection = database.connection()
    with database.atomic():
        ordered = sorted(deleted.tables, key=lambda t: t.table != "contact")
        ordered = sorted(ordered, key=lambda t: t.table == "task")
        for rows in ordered:
            if rows.rows:
                _insert(conn, rows, "INSERT")
        if deleted.referrals.rows:
            _insert(conn, deleted.referrals, "INSERT OR REPLACE")


def _insert(conn: sqlite3.Connection, rows: TableRows, verb: str) -> None:
    cols = ", ".join(rows.columns)
    marks = ", ".join("?" * len(rows.columns))
    conn.executemany(f"{verb} INTO {rows.table} ({cols}) VALUES ({marks})", rows.rows)


def contact_exists(contact_id: int) -> bool:
    return bool(Contact.select().where(Contact.id == contact_id).exists())


def display_names(ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        query = Contact.select(Contact.id, Contact.display_name).where(Contact.id.in_(chunk))
        names.update({c.id: c.display_name for c in query})
    return names


def find_by_name(text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, display name, organization) of contacts whose folded name starts with ``text``.

    Used by completers (the referrer field); prefix range on the sort-name index.
    """
    key = fold(text)
    if not key:
        return []
    query = (
        Contact.select(Contact.id, Contact.display_name, Company.name)
        .join(Company, peewee.JOIN.LEFT_OUTER)
        .where((Contact.sort_name >= key) & (Contact.sort_name < key + "\U0010ffff"))
        .order_by(Contact.sort_name)
        .limit(limit)
        .tuples()
    )
    return [(int(i), str(n), str(o or "")) for i, n, o in query]
