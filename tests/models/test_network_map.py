"""The network map's reads: everyone in one go for the layout, one person for the hover card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.models import Lead, Status, close_db, database, init_db
from netdesk.models.network_map import map_people, map_person
from netdesk.models.records import ContactData, ReferralInfo
from tests.helpers.file_conditions import read_only_file

TODAY = date(2026, 12, 2)


def person(name: str, **values: object) -> int:
    return create_contact(ContactData(display_name=name, **values))  # type: ignore[arg-type]


def test_everyone_comes_in_name_order_with_their_referrer_as_an_index(db: Path) -> None:
    zoe = person("Zoé Moreau", lead=Lead.WARM, date_added=date(2026, 3, 2))
    anna = person(
        "anna Árvai",
        organization="Acme",
        status=Status.MET,
        date_added=date(2026, 5, 4),
        referral=ReferralInfo(zoe, date(2026, 4, 20)),
    )
    bob = person(
        "Bob Brown",
        organization="Globex",
        date_added=date(2026, 5, 1),
        referral=ReferralInfo(anna, date(2026, 6, 1)),
    )
    people = map_people(TODAY)

    assert people.names == ["anna Árvai", "Bob Brown", "Zoé Moreau"]  # accents, case ignored
    assert people.ids == [anna, bob, zoe]
    assert list(people.referrer) == [2, 0, -1]
    assert people.status == ["met", "to_contact", "to_contact"]
    assert people.warm == [False, False, True]
    assert people.company == ["Acme", "Globex", ""]
    assert people.company_id[2] is None and people.company_id[0] != people.company_id[1]
    # The day they came in: the referral where it is earlier than the day added.
    assert [date.fromordinal(d) for d in people.added_on] == [
        date(2026, 4, 20),
        date(2026, 5, 1),
        date(2026, 3, 2),
    ]
    assert people.index == {anna: 0, bob: 1, zoe: 2}


def test_an_empty_database_has_nobody_on_the_map(db: Path) -> None:
    people = map_people(TODAY)
    assert people.ids == [] and len(people.referrer) == 0 and len(people.added_on) == 0


def test_a_damaged_database_still_gives_everyone(db: Path) -> None:
    """Referrals to contacts that are gone (foreign keys were off), a name that is not UTF-8,
    a date that cannot be read: the map shows everyone, as best it can."""
    gone = person("Gone Away")
    sara = person("Sara Smith", date_added=date(2026, 1, 5), referral=ReferralInfo(gone))
    john = person("John Public", date_added=date(2026, 1, 6))
    ghost = person("Ghost", referral=ReferralInfo(john))
    conn = database.connection()
    conn.execute("PRAGMA foreign_keys = OFF")  # deleted without the cascades
    conn.execute("DELETE FROM contact WHERE id IN (?, ?)", (gone, ghost))
    assert conn.execute("SELECT count(*) FROM referral").fetchone()[0] == 2
    conn.execute("UPDATE contact SET date_added = 'soon' WHERE id = ?", (john,))
    conn.execute(
        "UPDATE contact SET display_name = CAST(x'4a6f686e20ff' AS TEXT) WHERE id = ?", (john,)
    )
    conn.execute("PRAGMA foreign_keys = ON")

    people = map_people(TODAY)
    assert people.ids == [john, sara]
    assert people.names == ["John \ufffd", "Sara Smith"]
    assert list(people.referrer) == [-1, -1]
    assert list(people.added_on) == [TODAY.toordinal(), date(2026, 1, 5).toordinal()]


def test_a_read_only_database_is_read(db_path: Path) -> None:
    init_db(db_path)
    person("Sara Smith")
    close_db()
    with read_only_file(db_path):
        init_db(db_path)
        try:
            assert map_people(TODAY).names == ["Sara Smith"]
        finally:
            close_db()


def test_one_person_with_the_path_from_the_one_you_knew(db: Path) -> None:
    sara = person("Sara Smith", lead=Lead.WARM)
    john = person("John Public", referral=ReferralInfo(sara))
    anna = person("Anna Árvai", organization="Acme", status=Status.MET, referral=ReferralInfo(john))
    shown = map_person(anna)
    assert shown is not None
    assert (shown.name, shown.status, shown.warm, shown.company) == (
        "Anna Árvai",
        "met",
        False,
        "Acme",
    )
    assert shown.path == [(sara, "Sara Smith"), (john, "John Public"), (anna, "Anna Árvai")]
    root = map_person(sara)
    assert root is not None and root.warm and root.path == [(sara, "Sara Smith")]
    assert map_person(4242) is None
