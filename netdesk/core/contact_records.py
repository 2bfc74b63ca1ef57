"""Contacts as the command line's ``list --json`` and the vCard and CSV writers need them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from netdesk.core.contacts import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.core.formats.vcard import ExportCard
from netdesk.models import Lead, Relationship, Status, database

_E = TypeVar("_E", Relationship, Lead, Status)


def contact_records(ids: Sequence[int]) -> list[dict[str, Any]]:
    """One dict per id, in the order given, with the fields ``netdesk list --json`` promises."""
    records: dict[int, dict[str, Any]] = {}
    conn = database.connection()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"""
            SELECT c.id, c.display_name, c.given_name, c.family_name, coalesce(co.name, ''),
                   c.title, r.referrer_id, c.relationship, c.lead, c.status, c.next_follow_up,
                   c.nickname, c.department, c.birthday
            FROM contact c
            LEFT JOIN company co ON co.id = c.company_id
            LEFT JOIN referral r ON r.referred_id = c.id
            WHERE c.id IN ({marks})
            """,
            chunk,
        ):
            records[row[0]] = {
                "id": row[0],
                "display_name": row[1],
                "given_name": row[2],
                "family_name": row[3],
                "organization": row[4],
                "title": row[5],
                "nickname": row[11],
                "department": row[12],
                "birthday": row[13],
                "emails": [],
                "phones": [],
                "referred_by": row[6],
                "relationship": row[7],
                "lead": row[8],
                "status": row[9],
                "next_follow_up": row[10],
                "tags": [],
            }
        for table, column, key in (
            ("contact_email", "address", "emails"),
            ("contact_phone", "number", "phones"),
        ):
            for contact_id, value in conn.execute(
                f"SELECT contact_id, {column} FROM {table} WHERE contact_id IN ({marks}) "
                "ORDER BY contact_id, position, id",
                chunk,
            ):
                records[contact_id][key].append(value)
        for contact_id, name in conn.execute(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name",
            chunk,
        ):
            records[contact_id]["tags"].append(name)
    return [records[i] for i in ids if i in records]


def export_cards(ids: Sequence[int] | None = None) -> list[ExportCard]:
    """Contacts (all, in name order, or ``ids`` in that order) with their referrer."""
    conn: sqlite3.Connection = database.connection()
    if ids is None:
        ids = [row[0] for row in conn.execute("SELECT id FROM contact ORDER BY sort_name, id")]
    ids = list(ids)
    cards: dict[int, ExportCard] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        params = list(chunk)
        for row in conn.execute(
            f"""
            SELECT c.id, c.uid, c.display_name, c.given_name, c.family_name,
                   coalesce(co.name, ''), c.title, c.notes, c.photo, c.photo_mime,
                   coalesce(p.uid, ''), coalesce(p.display_name, ''),
                   c.relationship, c.lead, c.status, c.how_met, c.date_added, c.last_contact,
                   c.next_follow_up, r.referrer_id, r.referred_on, r.reason, r.calls_ahead,
                   c.nickname, c.department, c.birthday
            FROM contact c
            LEFT JOIN company co ON co.id = c.company_id
            LEFT JOIN referral r ON r.referred_id = c.id
            LEFT JOIN contact p ON p.id = r.referrer_id
            WHERE c.id IN ({marks})
            """,
            params,
        ):
            data = ContactData(
                display_name=row[2],
                given_name=row[3],
                family_name=row[4],
                organization=row[5],
                title=row[6],
                notes=row[7],
                photo=bytes(row[8]) if row[8] is not None else None,
                photo_mime=row[9],
                uid=row[1],
                relationship=_known(Relationship, row[12], Relationship.OTHER),
                lead=_known(Lead, row[13], Lead.COLD),
                status=_known(Status, row[14], Status.TO_CONTACT),
                how_met=row[15],
                date_added=_day(row[16]),
                last_contact=_day(row[17]),
                next_follow_up=_day(row[18]),
                nickname=row[23],
                department=row[24],
                birthday=row[25],
            )
            if row[19] is not None:
                data.referral = ReferralInfo(row[19], _day(row[20]), row[21], bool(row[22]))
            cards[row[0]] = ExportCard(data, row[1], row[10], row[11])
        for cid, address, label in conn.execute(
            f"SELECT contact_id, address, label FROM contact_email WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id",
            params,
        ):
            cards[cid].data.emails.append(Email(address, label))
        for cid, number, label in conn.execute(
            f"SELECT contact_id, number, label FROM contact_phone WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id",
            params,
        ):
            cards[cid].data.phones.append(Phone(number, label))
        for cid, url, label in conn.execute(
            f"SELECT contact_id, url, label FROM contact_link WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position, id",
            params,
        ):
            cards[cid].data.links.append(Link(url, label))
        for row in conn.execute(
            "SELECT contact_id, label, street, locality, region, postal_code, country "
            f"FROM contact_address WHERE contact_id IN ({marks}) ORDER BY contact_id, position",
            params,
        ):
            cards[row[0]].data.addresses.append(Address(*row[1:]))
        for cid, name in conn.execute(
            f"SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY t.name",
            params,
        ):
            cards[cid].data.tags.append(name)
    return [cards[i] for i in ids if i in cards]


def _known(kind: type[_E], value: object, default: _E) -> _E:
    """A stored vocabulary value, or ``default`` for a damaged one (the export still runs)."""
    found = kind._value2member_map_.get(value)  # the enum's own lookup, without its overhead
    return found if isinstance(found, kind) else default


def _day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
