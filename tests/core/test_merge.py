"""Merging duplicates: every e-mail, phone, note, meeting and referral kept, loops refused, undo
exact."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from netdesk.core.contacts import create_contact, load_contact, set_referrer
from netdesk.core.duplicates import dismiss, dismissed_pairs
from netdesk.core.errors import ReferralCycleError
from netdesk.core.merge import MergePlan, merge_contacts, prepare_merge, undo_merge
from netdesk.core.referrals import referred_by, referrer_of
from netdesk.models import Favour, Interaction, Lead, Meeting, Relationship, Status, Task, database
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo

COUNTS_ONLY_UP = {"sync_mark"}
"""Tables an undo does not take back by design: each contact's change count for the sync
(``0013_sync_marks.sql``) only ever grows, so that an undone merge goes to the server too."""


def dump() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, the full-text index included (not the counts that only go
    up, :data:`COUNTS_ONLY_UP`)."""
    conn = database.connection()
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'contact_fts_%' ORDER BY name"
        )
    ]
    result = {
        table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in tables
        if table != "contact_fts" and table not in COUNTS_ONLY_UP
    }
    # The index's own words, compared as sets: their order within a column does not matter.
    fts = conn.execute(
        "SELECT rowid, names, organization, title, emails, phones, notes, tags FROM contact_fts"
    ).fetchall()
    result["contact_fts"] = sorted(
        (row[0], *(tuple(sorted(str(col).split())) for col in row[1:])) for row in fts
    )
    return result


def person(name: str, **kw: Any) -> int:
    return create_contact(ContactData(display_name=name, **kw))


@pytest.fixture
def pair(db: Path) -> dict[str, int]:
    """Two records of Sara Smith, with everything that can belong to a contact, and her
    referrers and the people she referred."""
    paula = person("Paula Root")
    quinn = person("Quinn Root")
    sara = person(
        "Sara Smith",
        organization="Globex",
        title="Engineering Manager",
        emails=[Email("sara@globex.example", "work"), Email("sara@home.example", "home")],
        phones=[Phone("+1 415 555 0134", "mobile")],
        addresses=[Address("work", "1 Main St", "Springfield", "IL", "62701", "USA")],
        links=[Link("https://www.linkedin.com/in/sarasmith", "LinkedIn")],
        notes="Knows everyone in town.",
        tags=["priority"],
        relationship=Relationship.FORMER_COWORKER,
        lead=Lead.WARM,
        status=Status.MET,
        date_added=date(2026, 3, 1),
        last_contact=date(2026, 10, 1),
        referral=ReferralInfo(paula, date(2026, 2, 1), "she knows her"),
    )
    smith = person(
        "S. Smith",
        emails=[Email("SARA@globex.example"), Email("s.smith@gmail.example")],
        phones=[Phone("(415) 555-0134"), Phone("+1 415 555 0199", "home")],
        addresses=[Address("home", "9 Elm St", "Springfield", "IL", "62702", "USA")],
        links=[Link("linkedin.com/in/SaraSmith/"), Link("https://sara.example", "blog")],
        notes="Met at the 2025 meetup; plays chess.",
        photo=b"\x89PNG smith",
        photo_mime="image/png",
        tags=["Priority", "chess"],
        date_added=date(2026, 1, 15),
        last_contact=date(2026, 11, 2),
        next_follow_up=date(2026, 11, 30),
        referral=ReferralInfo(quinn, date(2026, 1, 10), "chess club"),
    )
    xavier = person("Xavier Referred", referral=ReferralInfo(smith, reason="ask about data"))
    yara = person("Yara Referred", referral=ReferralInfo(sara))
    for contact, when in ((sara, datetime(2026, 9, 1, 10)), (smith, datetime(2026, 11, 2, 9))):
        meeting = Meeting.create(contact=contact, starts_at=when, notes=f"meeting {contact}")
        Task.create(contact=contact, meeting=meeting, title="Thank you", due=date(2026, 11, 4))
        Interaction.create(contact=contact, kind="call", happened_at=when, summary="call")
        Favour.create(contact=contact, direction="given", description="intro", happened_on=when)
    Task.create(contact=smith, title="Send CV", due=date(2026, 12, 1))
    return {
        "paula": paula,
        "quinn": quinn,
        "sara": sara,
        "smith": smith,
        "xavier": xavier,
        "yara": yara,
    }


def test_the_draft_defaults_to_the_most_complete_values(pair: dict[str, int]) -> None:
    draft = prepare_merge([pair["smith"], pair["sara"]])
    sara, smith = pair["sara"], pair["smith"]
    assert draft.order == [sara, smith]  # more filled in
    plan = draft.plan
    assert plan.keep == sara
    assert plan.choices["name"] == sara and plan.choices["title"] == sara
    assert plan.choices["photo"] == smith  # only she has one
    assert plan.choices["last_contact"] == smith  # the latest
    assert plan.choices["date_added"] == smith  # the earliest
    assert plan.choices["next_follow_up"] == smith
    assert plan.referrer == pair["paula"]
    assert [r.contact_id for r in draft.referrers] == [pair["paula"], pair["quinn"]]
    assert draft.emails == ["sara@globex.example", "sara@home.example", "s.smith@gmail.example"]
    assert draft.phones == ["+1 415 555 0134", "+1 415 555 0199"]
    assert len(draft.addresses) == 2 and len(draft.links) == 2
    assert draft.tags == ["chess", "priority"]
    assert draft.combined_notes == (
        "Knows everyone in town.\n\nMet at the 2025 meetup; plays chess."
    )
    assert draft.moved == {
        "meeting": 1, "interaction": 1, "task": 2, "favour": 1, "referred": 1,
    }  # fmt: skip


def test_merge_keeps_everything(pair: dict[str, int]) -> None:
    sara, smith = pair["sara"], pair["smith"]
    plan = prepare_merge([sara, smith]).plan
    plan.choices["name"] = smith  # the user prefers the other spelling
    plan.referrer = pair["quinn"]
    merge_contacts(plan)
    conn = database.connection()
    assert conn.execute("SELECT count(*) FROM contact WHERE id = ?", (smith,)).fetchone()[0] == 0
    merged = load_contact(sara)
    assert merged.display_name == "S. Smith"
    assert merged.title == "Engineering Manager" and merged.organization == "Globex"
    assert [e.address for e in merged.emails] == [
        "sara@globex.example", "sara@home.example", "s.smith@gmail.example",
    ]  # fmt: skip
    assert [p.number for p in merged.phones] == ["+1 415 555 0134", "+1 415 555 0199"]
    assert {a.street for a in merged.addresses} == {"1 Main St", "9 Elm St"}
    assert [lk.url for lk in merged.links] == [
        "https://www.linkedin.com/in/sarasmith", "https://sara.example",
    ]  # fmt: skip
    assert merged.tags == ["chess", "priority"]
    assert "Knows everyone in town." in merged.notes and "plays chess" in merged.notes
    assert merged.photo == b"\x89PNG smith"
    assert merged.relationship == Relationship.FORMER_COWORKER and merged.status == Status.MET
    assert merged.last_contact == date(2026, 11, 2) and merged.date_added == date(2026, 1, 15)
    assert merged.next_follow_up == date(2026, 11, 30)
    for model in (Meeting, Interaction, Favour):
        assert model.select().where(model.contact == sara).count() == 2
    assert Task.select().where(Task.contact == sara).count() == 3
    # Both the people they referred are now referred by the merged contact...
    assert sorted(referred_by(sara)) == sorted([pair["xavier"], pair["yara"]])
    # ...and the merged contact's referrer, with what was said, is the chosen one.
    assert referrer_of(sara) == pair["quinn"]
    assert merged.referral is not None and merged.referral.reason == "chess club"
    # Search finds the merged contact by what only the removed one had.
    hits = conn.execute(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"chess\"*'"
    ).fetchall()
    assert hits == [(sara,)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_nickname_department_and_birthday_are_picked_like_any_field(db: Path) -> None:
    ann = person(
        "Ann Lee",
        organization="Globex",
        title="CTO",
        nickname="Annie",
        birthday="--04-15",
        emails=[Email("ann@globex.example")],
    )
    lee = person(
        "A. Lee",
        nickname="Lee",
        department="Research",
        birthday="1985-04-15",
        emails=[Email("ANN@globex.example")],
    )
    before = dump()
    plan = prepare_merge([lee, ann]).plan
    assert plan.keep == ann
    # The kept contact's own values, or the other's where it has none.
    assert (plan.choices["nickname"], plan.choices["department"], plan.choices["birthday"]) == (
        ann,
        lee,
        ann,
    )
    plan.choices["nickname"] = lee  # the user knows her as Lee
    plan.choices["birthday"] = lee  # and knows the year
    snapshot = merge_contacts(plan)
    merged = load_contact(ann)
    assert (merged.nickname, merged.department, merged.birthday) == (
        "Lee",
        "Research",
        "1985-04-15",
    )
    undo_merge(snapshot)
    assert dump() == before


def test_undo_restores_every_row_exactly_and_redo_merges_again(pair: dict[str, int]) -> None:
    dismiss([pair["smith"], pair["paula"]])
    before = dump()
    plan = prepare_merge([pair["sara"], pair["smith"]]).plan
    plan.referrer = pair["quinn"]
    plan.choices["photo"] = pair["smith"]
    snapshot = merge_contacts(plan)
    merged = dump()
    assert merged != before
    # "Not duplicates" said of the removed record holds for the merged contact.
    assert (pair["paula"], pair["sara"]) in dismissed_pairs()
    undo_merge(snapshot)
    assert dump() == before
    again = merge_contacts(plan)
    assert dump() == merged
    undo_merge(again)
    assert dump() == before


def test_a_referral_between_two_merged_records_disappears(db: Path) -> None:
    root = person("Root Person")
    anna = person("Anna Berg", referral=ReferralInfo(root))
    other = person("Anna Berg", emails=[Email("anna@berg.example")])
    set_referrer(other, anna)  # the first record "referred" the second one
    child = person("Child Person", referral=ReferralInfo(other))
    draft = prepare_merge([anna, other])
    assert [r.contact_id for r in draft.referrers] == [root]
    snapshot = merge_contacts(draft.plan)
    survivor = draft.plan.keep
    assert referrer_of(survivor) == root
    assert referred_by(survivor) == [child]
    assert database.connection().execute(
        "SELECT count(*) FROM referral WHERE referred_id = referrer_id"
    ).fetchone() == (0,)
    undo_merge(snapshot)
    assert referrer_of(other) == anna and referrer_of(child) == other


def test_a_referrer_who_came_through_a_member_is_refused(db: Path) -> None:
    anna = person("Anna Berg", title="CTO", notes="first record")
    xavier = person("Xavier Mid", referral=ReferralInfo(anna))
    other = person("Anna Berg", referral=ReferralInfo(xavier))
    draft = prepare_merge([anna, other])
    (option,) = draft.referrers
    assert option.contact_id == xavier
    assert "Xavier Mid" in option.loop and "Anna Berg" in option.loop
    assert draft.plan.referrer is None  # the default never makes a loop
    before = dump()
    plan = draft.plan
    plan.referrer = xavier
    with pytest.raises(ReferralCycleError) as refused:
        merge_contacts(plan)
    message = str(refused.value)
    assert "Xavier Mid cannot be the referrer" in message and "through Anna Berg" in message
    assert dump() == before
    plan.referrer = None
    merge_contacts(plan)
    assert referrer_of(anna) is None and referred_by(anna) == [xavier]


def test_rows_of_a_table_added_later_move_and_come_back(pair: dict[str, int]) -> None:
    conn = database.connection()
    conn.execute(
        "CREATE TABLE contact_date (id INTEGER PRIMARY KEY, "
        "contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE, label TEXT)"
    )
    conn.execute(
        "INSERT INTO contact_date (contact_id, label) VALUES (?, 'birthday')", (pair["smith"],)
    )
    before = dump()
    snapshot = merge_contacts(prepare_merge([pair["sara"], pair["smith"]]).plan)
    assert conn.execute("SELECT contact_id FROM contact_date").fetchall() == [(pair["sara"],)]
    undo_merge(snapshot)
    assert dump() == before


def test_a_contact_deleted_meanwhile_stops_the_merge(pair: dict[str, int]) -> None:
    from netdesk.core.contacts import delete_contacts
    from netdesk.core.errors import NotFoundError

    plan = prepare_merge([pair["sara"], pair["smith"]]).plan
    delete_contacts([pair["smith"]])
    before = dump()
    with pytest.raises(NotFoundError):
        merge_contacts(plan)
    assert dump() == before


def test_notes_are_chosen_or_combined(pair: dict[str, int]) -> None:
    plan = MergePlan(
        [pair["sara"], pair["smith"]],
        keep=pair["smith"],
        choices={"notes": pair["smith"]},
        combine_notes=False,
    )
    merge_contacts(plan)
    merged = load_contact(pair["smith"])
    assert merged.notes == "Met at the 2025 meetup; plays chess."
    assert merged.display_name == "S. Smith"  # not chosen: the survivor's own
    assert referrer_of(pair["smith"]) is None  # plan.referrer None: someone you knew directly
