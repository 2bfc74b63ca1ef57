"""The contact reader and writer: every field both ways, bulk as single, delete and undo exact."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netdesk.models import (
    Changes,
    Lead,
    Relationship,
    Status,
    Topic,
    close_db,
    contact_undo,
    init_db,
    store,
)
from netdesk.models import contacts as contacts_data
from netdesk.models.contacts import FIELDS, Additions, Keys, NewContact
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.models.referrals import set_referral
from netdesk.models.sql import connection

TABLES = (
    "company",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_address",
    "contact_link",
    "tag",
    "contact_tag",
    "contact_past_employer",
    "referral",
)


@pytest.fixture
def events() -> Iterator[list[Changes]]:
    seen: list[Changes] = []
    unsubscribe = store.changes.subscribe(seen.append)
    yield seen
    unsubscribe()


def everything(n: int = 0) -> tuple[ContactData, Keys]:
    """A contact with every field of ContactData set to something other than its default."""
    data = ContactData(
        display_name=f"Dr. Sara Smith {n}",
        given_name="Sara",
        family_name=f"Smith {n}",
        organization=f"Globex {n % 3}",
        title="Engineering Manager",
        emails=[Email(f"sara{n}@globex.example", "work"), Email(f"s{n}@home.example", "home")],
        phones=[Phone(f"+1 555 010 {2000 + n}", "mobile"), Phone("not a number", "fax")],
        addresses=[Address("work", "1 Main St", "Springfield", "IL", "62701", "USA")],
        links=[Link(f"https://www.linkedin.com/in/sara{n}", "linkedin")],
        notes="Knows everyone in town.\nPrefers mornings.",
        photo=b"\x89PNG fake" + bytes([n % 256]),
        photo_mime="image/png",
        tags=["priority", f"tech {n % 2}"],
        relationship=Relationship.NEIGHBOUR,
        lead=Lead.WARM,
        status=Status.MET,
        how_met="Neighbours on Elm Street",
        date_added=date(2026, 1, 5),
        last_contact=date(2026, 11, 2),
        next_follow_up=date(2026, 11, 25),
        uid=f"uid-{n}",
        nickname="Sal",
        department="Research",
        birthday="--04-15",
        past_employers=[f"Initech {n % 2}", "Hooli"],
        good_at="carrier contracts",
        needs="a warehouse manager",
        rhythm_days=21,
    )
    keys = Keys(
        sort_name=f"dr. sara smith {n}",
        company=(data.organization, data.organization.lower()),
        phone_keys=[f"+1555010{2000 + n}", "-"],
        past_companies=[(name, name.lower()) for name in data.past_employers],
    )
    return data, keys


def dump() -> dict[str, list[tuple[Any, ...]]]:
    conn = connection()
    found = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    found["contact_fts"] = conn.execute("SELECT rowid, * FROM contact_fts ORDER BY 1").fetchall()
    return found


def test_every_field_is_written_and_read_back(db: Path) -> None:
    data, keys = everything()
    for item in dataclasses.fields(ContactData):
        if item.name != "referral":  # written by the referral writer, read back below
            assert getattr(data, item.name) != getattr(ContactData(), item.name), item.name
    contact_id = contacts_data.save_contact(data, keys, uid=data.uid)
    assert contact_id is not None
    referrer = contacts_data.save_contact(ContactData(display_name="Ann"), Keys("ann"), uid="a")
    assert referrer is not None
    data.referral = ReferralInfo(referrer, date(2026, 3, 1), "hires for the data team", True)
    set_referral(contact_id, data.referral)
    assert contacts_data.read_contact(contact_id) == data
    assert contacts_data.read_contacts([contact_id, 999])[contact_id] == data
    assert contacts_data.read_contact(999) is None


def test_every_contact_column_is_in_the_one_column_list(db: Path) -> None:
    columns = {r[1] for r in connection().execute("PRAGMA table_info(contact)")}
    written = {f.column for f in FIELDS} | contacts_data.DERIVED
    assert columns - written == {"id", "sort_name", "company_id"}
    attributes = {f.name for f in dataclasses.fields(ContactData)}
    assert {f.column for f in FIELDS} <= attributes


def test_an_update_replaces_every_field_and_part(db: Path) -> None:
    first, keys = everything(1)
    contact_id = contacts_data.save_contact(first, keys, uid=first.uid)
    assert contact_id is not None
    other, other_keys = everything(2)
    other.date_added = None  # keeps the date added it had
    assert contacts_data.save_contact(other, other_keys, contact_id=contact_id) == contact_id
    stored = contacts_data.read_contact(contact_id)
    assert stored == dataclasses.replace(other, uid=first.uid, date_added=first.date_added)
    assert contacts_data.save_contact(other, other_keys, contact_id=999) is None


def test_the_bulk_writer_stores_what_the_single_writer_stores(tmp_path: Path) -> None:
    people = [everything(n) for n in range(120)]  # more than bulk.SMALL: staged
    dumps = []
    for name, write in (
        ("single", lambda: [contacts_data.save_contact(d, k, uid=d.uid) for d, k in people]),
        (
            "bulk",
            lambda: contacts_data.insert_contacts([NewContact(d, k, d.uid) for d, k in people]),
        ),
    ):
        init_db(tmp_path / f"{name}.sqlite")
        try:
            write()
            dumps.append(dump())
        finally:
            close_db()
    single, bulk = dumps
    assert len(single["contact"]) == 120 and len(single["company"]) == 6  # 3 now, 3 before
    assert single == bulk


def test_writers_say_what_they_changed(db: Path, events: list[Changes]) -> None:
    data, keys = everything()
    (contact_id,) = contacts_data.insert_contacts([NewContact(data, keys, data.uid)])
    assert events[-1].ids(Topic.CONTACTS) == {contact_id}
    assert Topic.COMPANIES in events[-1]  # Globex 0 is new
    contacts_data.save_contact(data, keys, contact_id=contact_id)
    assert events[-1].ids(Topic.CONTACTS) == {contact_id} and Topic.COMPANIES not in events[-1]
    contacts_data.add_to_contacts([Additions(contact_id, {"notes": ""})])
    assert events[-1].ids(Topic.CONTACTS) == {contact_id}
    deleted = contact_undo.delete_contacts([contact_id])
    assert events[-1].ids(Topic.CONTACTS) == {contact_id}
    assert Topic.REFERRALS in events[-1]
    contact_undo.restore_contacts(deleted)
    assert events[-1].ids(Topic.CONTACTS) == {contact_id}


def test_additions_fill_fields_and_append_parts_after_those_there(db: Path) -> None:
    data, keys = everything()
    data.title = ""
    contact_id = contacts_data.save_contact(data, keys, uid=data.uid)
    assert contact_id is not None
    more = ContactData(
        emails=[Email("new@x.org")],
        phones=[Phone("+1 555 999 0000")],
        links=[Link("https://example.org")],
        tags=["priority", "new"],
    )
    contacts_data.add_to_contacts(
        [Additions(contact_id, {"title": "CTO"}, parts=more, phone_keys=["+15559990000"])]
    )
    stored = contacts_data.read_contact(contact_id)
    assert stored is not None and stored.title == "CTO"
    assert [e.address for e in stored.emails][-1] == "new@x.org"
    assert [p.number for p in stored.phones][-1] == "+1 555 999 0000"
    assert sorted(stored.tags) == ["new", "priority", "tech 0"]
    positions = connection().execute(
        "SELECT position FROM contact_email WHERE contact_id = ? ORDER BY position", (contact_id,)
    )
    assert [p for (p,) in positions] == [0, 1, 2]
    with pytest.raises(ValueError):
        contacts_data.add_to_contacts([Additions(contact_id, {"uid": "stolen"})])


def test_delete_and_restore_put_back_exactly_what_was_there(db: Path) -> None:
    people = [everything(n) for n in range(700)]  # more than one chunk of ids
    ids = contacts_data.insert_contacts([NewContact(d, k, d.uid) for d, k in people])
    for child, parent in zip(ids[1:], ids, strict=False):
        set_referral(child, ReferralInfo(parent, reason=f"knows {parent}"))
    before = dump()
    deleted = contact_undo.delete_contacts(ids[100:650])
    after = dump()
    assert len(after["contact"]) == 150
    # The delete rule: the first one left below the gap is now referred by the last above it.
    referrer = {r[1]: r[2] for r in after["referral"]}
    assert referrer[ids[650]] == ids[99]
    contact_undo.restore_contacts(deleted)
    assert dump() == before
