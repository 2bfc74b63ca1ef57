"""Contacts in the core: validation, round trips, referrals, the delete rule and its undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.contacts import (
    create_contact,
    delete_contacts,
    load_contact,
    restore_contacts,
    set_referrer,
    update_contact,
)
from netdesk.core.errors import ReferralCycleError, ValidationError
from netdesk.core.referrals import describe_path, opening_line, path_to_me, referrer_of
from netdesk.models import Lead, Relationship, Status, database
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo


def person(name: str, **kw: object) -> ContactData:
    given, _, family = name.partition(" ")
    return ContactData(given_name=given, family_name=family, **kw)  # type: ignore[arg-type]


def dump() -> dict[str, list[tuple[object, ...]]]:
    conn = database.connection()
    tables = [
        "contact", "contact_email", "contact_phone", "contact_tag", "meeting", "referral",
        "task", "interaction", "favour",
    ]  # fmt: skip
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


def test_round_trip_keeps_every_field(db: Path) -> None:
    data = ContactData(
        display_name="Dr. Sara Smith",
        given_name="Sara",
        family_name="Smith",
        organization="Globex",
        title="Engineering Manager",
        emails=[Email("sara@globex.example", "work"), Email("sara@home.example", "home")],
        phones=[Phone("+1 555 010 2000", "mobile")],
        addresses=[Address("work", "1 Main St", "Springfield", "IL", "62701", "USA")],
        links=[Link("https://www.linkedin.com/in/sarasmith", "linkedin")],
        notes="Knows everyone in town.\nPrefers mornings.",
        photo=b"\x89PNG fake",
        photo_mime="image/png",
        tags=["priority", "tech"],
        relationship=Relationship.NEIGHBOUR,
        lead=Lead.WARM,
        status=Status.MET,
        how_met="Neighbours on Elm Street",
        date_added=date(2026, 1, 5),
        last_contact=date(2026, 11, 2),
        next_follow_up=date(2026, 11, 25),
    )
    contact_id = create_contact(data)
    loaded = load_contact(contact_id)
    assert loaded.uid
    data.uid = loaded.uid
    assert loaded == data
    assert loaded.links[0].is_linkedin


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (ContactData(), "display_name", "needs a name"),
        (ContactData(display_name="   "), "display_name", "needs a name"),
        (
            ContactData(display_name="A", emails=[Email("not-an-address")]),
            "emails[0]",
            "is not an e-mail address",
        ),
        (
            ContactData(display_name="A", emails=[Email("a@b.c"), Email("x@y")]),
            "emails[1]",
            "is not an e-mail address",
        ),
    ],
)
def test_validation_names_the_field(db: Path, data: ContactData, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        create_contact(data)
    assert message in (raised.value.for_field(field) or "")
    assert database.connection().execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_name_falls_back_to_given_and_family(db: Path) -> None:
    contact_id = create_contact(person("Anna Müller"))
    assert load_contact(contact_id).display_name == "Anna Müller"


def test_markup_and_control_characters_are_stored_as_given(db: Path) -> None:
    name = '<b>Bold</b> <img src="x.png"> \u202eevil\x00end'
    contact_id = create_contact(ContactData(display_name=name, notes="<i>notes</i>"))
    loaded = load_contact(contact_id)
    assert loaded.display_name == name
    assert loaded.notes == "<i>notes</i>"


def test_referral_cycles_are_refused(db: Path) -> None:
    a = create_contact(person("Sara Smith"))
    b = create_contact(person("John Public", referral=ReferralInfo(a, reason="knows everyone")))
    c = create_contact(person("Anna Müller", referral=ReferralInfo(b)))
    with pytest.raises(ReferralCycleError, match="already part of the chain"):
        set_referrer(a, c)
    with pytest.raises(ReferralCycleError):
        set_referrer(a, a)
    data = load_contact(a)
    data.referral = ReferralInfo(b)
    with pytest.raises(ReferralCycleError):
        update_contact(a, data)
    assert referrer_of(a) is None
    # moving within the tree is fine
    assert set_referrer(c, a) == b
    assert referrer_of(c) == a


def test_path_to_me_and_opening_line(db: Path) -> None:
    sara = create_contact(person("Sara Smith"))
    john = create_contact(person("John Public", referral=ReferralInfo(sara)))
    anna = create_contact(person("Anna Müller", referral=ReferralInfo(john)))
    chain = path_to_me(anna)
    assert [link.display_name for link in chain] == ["Sara Smith", "John Public", "Anna Müller"]
    assert describe_path(chain) == (
        "You know Sara Smith -> who introduced John Public -> who introduced Anna Müller"
    )
    assert opening_line(anna) == "John Public suggested I give you a call."
    assert opening_line(sara) is None


def test_deep_chain_has_no_recursion_limit(db: Path) -> None:
    conn = database.connection()
    previous = None
    with database.atomic():
        for i in range(3000):
            current = create_contact(ContactData(display_name=f"Person {i}"))
            if previous is not None:
                conn.execute(
                    "INSERT INTO referral (referred_id, referrer_id) VALUES (?, ?)",
                    (current, previous),
                )
            previous = current
    assert previous is not None
    assert len(path_to_me(previous)) == 3000
    first = path_to_me(previous)[0].id
    with pytest.raises(ReferralCycleError):
        set_referrer(first, previous)


def test_delete_moves_referred_people_up_to_the_referrer(db: Path) -> None:
    sara = create_contact(person("Sara Smith"))
    john = create_contact(person("John Public", referral=ReferralInfo(sara)))
    kids = [create_contact(person(f"Kid {i}", referral=ReferralInfo(john))) for i in range(3)]
    delete_contacts([john])
    assert all(referrer_of(k) == sara for k in kids)


def test_delete_of_a_root_makes_their_referrals_roots(db: Path) -> None:
    sara = create_contact(person("Sara Smith"))
    john = create_contact(person("John Public", referral=ReferralInfo(sara)))
    delete_contacts([sara])
    assert referrer_of(john) is None


def test_deleting_a_whole_chain_at_once_keeps_the_rest_connected(db: Path) -> None:
    a = create_contact(person("A One"))
    b = create_contact(person("B Two", referral=ReferralInfo(a)))
    c = create_contact(person("C Three", referral=ReferralInfo(b)))
    d = create_contact(person("D Four", referral=ReferralInfo(c)))
    delete_contacts([c, b])
    assert referrer_of(d) == a


def test_undo_of_delete_restores_everything(db: Path) -> None:
    from datetime import datetime

    from netdesk.models import Favour, Interaction, Meeting, Task

    sara = create_contact(person("Sara Smith", tags=["priority"], emails=[Email("s@x.org")]))
    john = create_contact(person("John Public", referral=ReferralInfo(sara)))
    meeting = Meeting.create(contact=sara, starts_at=datetime(2026, 11, 20, 9, 30))
    anna = create_contact(
        person("Anna Müller", referral=ReferralInfo(sara, meeting_id=int(meeting.id)))
    )
    Task.create(contact=sara, meeting=meeting, title="Thank Sara", due=date(2026, 11, 22))
    Interaction.create(contact=sara, kind="call", happened_at=datetime(2026, 11, 1, 10))
    Favour.create(contact=sara, direction="given", description="Lead", happened_on=date.today())
    before = dump()
    deleted = delete_contacts([sara])
    assert referrer_of(john) is None and referrer_of(anna) is None
    restore_contacts(deleted)
    assert dump() == before
    from netdesk.core.query import ContactFilter, contact_ids

    assert contact_ids(ContactFilter(search="priority")) == [sara]


def test_contacts_added_by_hand_start_warm(db: Path) -> None:
    """Typed in from the user's own life: a warm acquaintance; referred: warm, not known yet;
    a contact made without saying how (an import's card) keeps the cold default."""
    from netdesk.core.contacts import new_contact_defaults

    typed = new_contact_defaults()
    assert (typed.lead, typed.relationship) == (Lead.WARM, Relationship.ACQUAINTANCE)
    assert typed.relationship.is_warm
    referred = new_contact_defaults(referred=True)
    assert (referred.lead, referred.relationship) == (Lead.WARM, Relationship.OTHER)
    assert ContactData().lead == Lead.COLD
    stored = load_contact(create_contact(replace(typed, display_name="Lena Berg")))
    assert stored.lead == Lead.WARM and stored.status == Status.TO_CONTACT


def test_past_employers_are_kept_once_each_and_a_name_that_folds_to_nothing_is_none(
    db: Path,
) -> None:
    """A past employer "¯" (a macron folds to nothing) raised KeyError on save."""
    from netdesk.core.contacts import create_contact, load_contact

    contact_id = create_contact(
        ContactData(
            display_name="Ann",
            past_employers=["  Globex   Corp ", "GLOBEX CORP", "¯", " ", "Initech"],
        )
    )
    assert load_contact(contact_id).past_employers == ["Globex Corp", "Initech"]
