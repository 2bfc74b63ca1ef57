"""Finding duplicates already in the database: each reason, transitive groups, what is not one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.core.duplicates import (
    SHARED_KEY_LIMIT,
    DuplicateGroup,
    dismiss,
    find_duplicates,
    name_form,
    undismiss,
)
from netdesk.models import database
from netdesk.models.records import ContactData, Email, Link, Phone


def add(
    name: str,
    org: str = "",
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    links: Sequence[str] = (),
) -> int:
    return create_contact(
        ContactData(
            display_name=name,
            organization=org,
            emails=[Email(e) for e in emails],
            phones=[Phone(p) for p in phones],
            links=[Link(u) for u in links],
        )
    )


def groups() -> dict[frozenset[int], DuplicateGroup]:
    return {frozenset(g.contact_ids): g for g in find_duplicates(region="US")}


def group_of(contact_id: int) -> DuplicateGroup | None:
    return next((g for g in find_duplicates(region="US") if contact_id in g.contact_ids), None)


def test_same_email_in_any_case_is_one_person(db: Path) -> None:
    a = add("Sara Smith", emails=["Sara.Smith@Globex.example"])
    b = add("Sara Jones", emails=["other@x.example", "sara.smith@globex.example"])
    add("Sara Brown", emails=["sara.brown@globex.example"])
    found = groups()
    assert set(found) == {frozenset({a, b})}
    group = found[frozenset({a, b})]
    assert group.reasons == ["email"]
    assert group.display_names == ["Sara Smith", "Sara Jones"]
    assert ("email", "sara.smith@globex.example") in group.evidence


def test_email_with_non_ascii_letters_in_another_case(db: Path) -> None:
    a = add("Jörg Ärger", emails=["JÖRG@Ärger.de"])
    b = add("J. Aerger", emails=["jörg@ärger.de"])
    assert set(groups()) == {frozenset({a, b})}


def test_same_phone_number_written_differently(db: Path) -> None:
    a = add("Anna Key", phones=["+1 (415) 555-0134"])
    b = add("Annie K", phones=["+1 415 555 0134", "+1 415 555 9999"])
    c = add("Old Row", phones=["+14155550134"])
    # A number written by an older NetDesk, never normalised: filled in before grouping.
    database.connection().execute("UPDATE contact_phone SET e164 = '' WHERE contact_id = ?", (c,))
    found = groups()
    assert set(found) == {frozenset({a, b, c})}
    assert found[frozenset({a, b, c})].reasons == ["phone"]


def test_same_linkedin_profile_whatever_the_url(db: Path) -> None:
    a = add("Anna Kowalska", links=["https://www.linkedin.com/in/anna-k/"])
    b = add("Anna K.", links=["linkedin.com/in/Anna-K?trk=people"])
    add("Other", links=["https://www.linkedin.com/in/someone-else"])
    found = groups()
    assert set(found) == {frozenset({a, b})}
    assert found[frozenset({a, b})].reasons == ["linkedin"]


def test_same_name_in_any_order_accents_and_titles(db: Path) -> None:
    a = add("Jürgen Müller", "Globex")
    b = add("Muller, Jurgen", "globex")
    c = add("Dr. Jürgen Müller")  # no organization: joins, as everyone named so is at Globex
    found = groups()
    assert set(found) == {frozenset({a, b, c})}
    assert found[frozenset({a, b, c})].reasons == ["name"]


def test_same_name_at_different_organizations_is_not_one_person(db: Path) -> None:
    add("John Smith", "Globex")
    add("John Smith", "Initech")
    alone = add("John Smith")  # could be either of them: joins neither
    add("John", "Globex")
    add("John", "Globex")  # a first name alone never matches
    assert groups() == {}
    assert group_of(alone) is None


def test_initial_and_shortened_names_at_the_same_place(db: Path) -> None:
    a = add("J. Smith", "Acme")
    b = add("John Smith", "Acme")
    c = add("Anna Maria Schulz", "Acme")
    d = add("Anna Schulz", "ACME")
    # The same e-mail domain is a place too; a public mail provider's is not.
    e = add("A. Kowalski", emails=["ak@kowalski-bau.pl"])
    f = add("Adam Kowalski", emails=["adam@Kowalski-Bau.pl"])
    add("B. Nowak", emails=["bn@gmail.com"])
    add("Bartek Nowak", emails=["bartek@gmail.com"])
    # An initial beside two names it could stand for joins neither.
    add("J. Doe", "Initech")
    add("John Doe", "Initech")
    add("Jane Doe", "Initech")
    # An initial with nobody at the same place: nothing.
    add("P. Green", "Umbrella")
    add("Paul Green", "Stark")
    found = groups()
    assert set(found) == {frozenset({a, b}), frozenset({c, d}), frozenset({e, f})}
    assert all(g.reasons == ["name"] for g in found.values())
    assert ("name", "J. Smith ~ John Smith") in found[frozenset({a, b})].evidence


def test_names_written_without_spaces(db: Path) -> None:
    a = add("山田太郎")
    b = add("山田 太郎")
    add("山田花子")
    assert set(groups()) == {frozenset({a, b})}
    assert name_form("健") is None  # one character: not enough to tell anyone apart


def test_groups_are_transitive_and_list_every_reason(db: Path) -> None:
    a = add("Sara Smith", emails=["sara@globex.example"])
    b = add("SS Office", emails=["sara@globex.example"], phones=["+1 415 555 0100"])
    c = add("Sara at home", phones=["+1-415-555-0100"], links=["linkedin.com/in/sara"])
    d = add("Sara S.", links=["https://linkedin.com/in/sara/"])
    add("Someone else", emails=["else@globex.example"])
    found = groups()
    assert set(found) == {frozenset({a, b, c, d})}
    assert found[frozenset({a, b, c, d})].reasons == ["email", "phone", "linkedin"]
    assert found[frozenset({a, b, c, d})].contact_ids == sorted([a, b, c, d])


def test_a_key_shared_by_many_is_not_a_person(db: Path) -> None:
    switchboard = [
        add(f"Person {n} Globex", phones=["+1 212 555 0000"]) for n in range(SHARED_KEY_LIMIT + 1)
    ]
    team = [add(f"Teammate {n} X", emails=["team@x.example"]) for n in range(SHARED_KEY_LIMIT)]
    assert set(groups()) == {frozenset(team)}
    assert not any(i in g.contact_ids for g in find_duplicates() for i in switchboard)


def test_not_duplicates_are_remembered_and_can_be_taken_back(db: Path) -> None:
    a = add("Kim Lee", emails=["kim@x.example"])
    b = add("Kim Lee", emails=["kim@x.example"])
    c = add("Kim Lee", phones=["+1 415 555 0177"])
    d = add("K. Lee", phones=["+1 415 555 0177"])
    added = dismiss([a, b])
    assert added == [(a, b)]
    assert dismiss([b, a]) == []  # already known
    found = groups()
    # a and b are still linked to c by name, so c's group holds them, but never as one pair.
    assert set(found) == {frozenset({a, b, c, d})}
    dismiss([a, b, c, d])
    assert groups() == {}
    undismiss(added)
    assert set(groups()) == {frozenset({a, b})}


def test_nothing_to_find_in_an_empty_database(db: Path) -> None:
    steps: list[tuple[int, int]] = []
    assert find_duplicates(progress=lambda done, total: steps.append((done, total))) == []
    assert steps[-1][0] == steps[-1][1]
