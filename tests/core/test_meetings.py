"""Meetings: save and load every field, referrals obtained, tasks kept in step, the timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.dates import Week
from netdesk.core.errors import ValidationError
from netdesk.core.meetings import (
    ConfirmationNeeded,
    MeetingData,
    ReferralEntry,
    add_favour,
    default_thank_you_due,
    delete_meeting,
    load_meeting,
    log_interaction,
    save_meeting,
    timeline,
)
from netdesk.core.tree import network_numbers
from netdesk.core.week_plan import build_week_plan, complete_task, mark_thank_you_sent
from netdesk.models import (
    Contact,
    FavourDirection,
    InteractionKind,
    MeetingKind,
    Referral,
    Status,
    Task,
    Topic,
)
from netdesk.models.records import ContactData, ReferralInfo
from tests.helpers.changes import recorded, reported

NOW = datetime(2026, 11, 25, 17, 0)
HELD = datetime(2026, 11, 24, 10, 30)


def full_meeting(contact_id: int, **changes: object) -> MeetingData:
    data = MeetingData(
        contact_id=contact_id,
        starts_at=HELD,
        kind=MeetingKind.LEARN_ABOUT,
        purpose="Learn how the data team hires",
        agenda="Who I am\nAsk for two names",
        planned_minutes=20,
        actual_minutes=25,
        notes="They use dbt.\nHiring in spring.",
        outcome="Two names, and a coffee in January",
        help_information=True,
        help_contacts=False,
        help_connections=True,
        help_referrals=True,
        thank_you_due=date(2026, 11, 26),
        thank_you_sent=None,
        follow_up=date(2026, 12, 15),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def planned_meeting(contact_id: int, **changes: object) -> MeetingData:
    """A meeting as planned: nothing yet about what came of it."""
    return full_meeting(
        contact_id,
        **{
            "actual_minutes": None,
            "outcome": "",
            "help_information": False,
            "help_connections": False,
            "help_referrals": False,
            **changes,
        },
    )


def test_every_field_round_trips(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    data = full_meeting(sara)
    result = save_meeting(data, now=NOW)
    assert load_meeting(result.meeting_id) == data
    changed = full_meeting(
        sara,
        kind=MeetingKind.EVENT,
        actual_minutes=None,
        thank_you_sent=date(2026, 11, 25),
        help_contacts=True,
        notes="",
    )
    save_meeting(changed, result.meeting_id, now=NOW)
    assert load_meeting(result.meeting_id) == changed


def test_referrals_link_new_and_existing_contacts_to_the_meeting(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob Known"))
    data = full_meeting(
        sara,
        referrals=[
            ReferralEntry(name="  Nina New ", reason="runs the analytics guild", calls_ahead=True),
            ReferralEntry(contact_id=bob, reason="hiring manager"),
        ],
    )
    result = save_meeting(data, now=NOW)
    assert len(result.created_contact_ids) == 1
    nina = result.created_contact_ids[0]
    new = load_contact(nina)
    assert new.display_name == "Nina New"
    assert new.status == Status.TO_CONTACT
    assert new.referral == ReferralInfo(
        referrer_id=sara,
        referred_on=HELD.date(),
        reason="runs the analytics guild",
        calls_ahead=True,
        meeting_id=result.meeting_id,
    )
    link = Referral.get(Referral.referred == bob)
    assert (link.referrer_id, link.meeting_id, link.reason) == (
        sara,
        result.meeting_id,
        "hiring manager",
    )
    loaded = load_meeting(result.meeting_id)
    assert [(r.name, r.contact_id) for r in loaded.referrals] == [
        ("Nina New", nina),
        ("Bob Known", bob),
    ]

    # Saving the loaded data again creates nobody new; removing Bob unlinks him but keeps him.
    loaded.referrals = loaded.referrals[:1]
    assert save_meeting(loaded, result.meeting_id, now=NOW).created_contact_ids == []
    assert Referral.get_or_none(Referral.referred == bob) is None
    assert Contact.get_by_id(bob).display_name == "Bob Known"
    assert Contact.select().count() == 3

    # The pending referral shows up among this week's calls, with the right opening line.
    calls = {c.name: c for c in build_week_plan(Week.containing(NOW.date()), NOW.date()).calls}
    assert calls["Nina New"].opening_line == "Sara Smith suggested I give you a call."
    assert calls["Nina New"].calls_ahead


def test_referral_that_would_close_a_loop_is_refused_and_nothing_is_written(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(ContactData(display_name="John", referral=ReferralInfo(sara)))
    data = full_meeting(
        john,
        referrals=[ReferralEntry(name="Someone New"), ReferralEntry(contact_id=sara)],
    )
    with pytest.raises(ValidationError) as exc:
        save_meeting(data, now=NOW)
    assert "chain" in (exc.value.for_field("referrals.1") or "")
    assert Contact.select().count() == 2
    assert Task.select().count() == 0


def test_replacing_an_existing_referrer_asks_first(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    ann = create_contact(ContactData(display_name="Ann"))
    bob = create_contact(ContactData(display_name="Bob", referral=ReferralInfo(ann)))
    data = full_meeting(sara, referrals=[ReferralEntry(contact_id=bob)])
    with pytest.raises(ConfirmationNeeded) as exc:
        save_meeting(data, now=NOW)
    assert "Ann" in str(exc.value)
    save_meeting(data, confirmed=True, now=NOW)
    assert Referral.get(Referral.referred == bob).referrer_id == sara


def test_validation_names_each_field(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bad = full_meeting(
        sara,
        actual_minutes=-5,
        planned_minutes=0,
        thank_you_due=date(2026, 11, 1),
        referrals=[ReferralEntry(name="  ")],
    )
    with pytest.raises(ValidationError) as exc:
        save_meeting(bad, now=NOW)
    fields = {e.field for e in exc.value.errors}
    assert fields == {"actual_minutes", "planned_minutes", "thank_you_due", "referrals.0"}
    with pytest.raises(ValidationError) as exc:
        save_meeting(MeetingData(starts_at=HELD), now=NOW)
    assert exc.value.for_field("contact") == "Choose who you are meeting."


def test_a_date_years_away_needs_confirmation(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    typo = planned_meeting(
        sara, starts_at=datetime(2062, 11, 24, 10), thank_you_due=None, follow_up=None
    )
    with pytest.raises(ConfirmationNeeded) as exc:
        save_meeting(typo, now=NOW)
    assert [q.field for q in exc.value.questions] == ["starts_at"]
    assert Contact.get_by_id(sara).status == Status.TO_CONTACT
    meeting_id = save_meeting(typo, confirmed=True, now=NOW).meeting_id
    assert load_meeting(meeting_id).starts_at == datetime(2062, 11, 24, 10)


def test_tasks_follow_the_meeting_and_close_when_done(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    data = full_meeting(sara, thank_you_due=default_thank_you_due(HELD))
    assert data.thank_you_due == date(2026, 11, 26)
    meeting_id = save_meeting(data, now=NOW).meeting_id

    def tasks() -> dict[str, tuple[date, bool]]:
        return {
            t.kind: (t.due, bool(t.done)) for t in Task.select().where(Task.meeting == meeting_id)
        }

    assert tasks() == {
        "thank_you": (date(2026, 11, 26), False),
        "follow_up": (date(2026, 12, 15), False),
    }
    assert Task.get(Task.kind == "thank_you").title == "Send a thank-you note to Sara Smith"

    data.follow_up = date(2026, 12, 20)
    data.thank_you_due = date(2026, 11, 27)
    save_meeting(data, meeting_id, now=NOW)
    assert tasks() == {
        "thank_you": (date(2026, 11, 27), False),
        "follow_up": (date(2026, 12, 20), False),
    }

    # Sent from the week view: the form loads it as sent, and saving keeps it closed.
    mark_thank_you_sent(meeting_id, date(2026, 11, 26))
    assert tasks()["thank_you"] == (date(2026, 11, 27), True)
    reloaded = load_meeting(meeting_id)
    assert reloaded.thank_you_sent == date(2026, 11, 26)
    save_meeting(reloaded, meeting_id, now=NOW)
    assert tasks()["thank_you"] == (date(2026, 11, 27), True)

    # A follow-up checked off stays done until its date changes.
    follow_up = Task.get((Task.meeting == meeting_id) & (Task.kind == "follow_up"))
    complete_task(int(follow_up.id), date(2026, 12, 20))
    save_meeting(reloaded, meeting_id, now=NOW)
    assert tasks()["follow_up"] == (date(2026, 12, 20), True)
    reloaded.follow_up = date(2027, 1, 10)
    save_meeting(reloaded, meeting_id, now=NOW)
    assert tasks()["follow_up"] == (date(2027, 1, 10), False)

    reloaded.follow_up = None
    save_meeting(reloaded, meeting_id, now=NOW)
    assert set(tasks()) == {"thank_you"}

    delete_meeting(meeting_id)
    assert Task.select().count() == 0


def test_contact_moves_along_the_pipeline(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    ahead = planned_meeting(
        sara, starts_at=datetime(2026, 12, 2, 9), thank_you_due=None, follow_up=None
    )
    meeting_id = save_meeting(ahead, now=NOW).meeting_id
    contact = Contact.get_by_id(sara)
    assert (contact.status, contact.last_contact) == (Status.MEETING_SET, None)
    save_meeting(full_meeting(sara), meeting_id, now=NOW)
    contact = Contact.get_by_id(sara)
    assert (contact.status, contact.last_contact) == (Status.MET, HELD.date())


@pytest.mark.parametrize(
    "outcome",
    [
        {"actual_minutes": 20},
        {"outcome": "Two names"},
        {"help_information": True},
        {"referrals": [ReferralEntry(name="Nina New")]},
    ],
)
def test_a_meeting_logged_right_after_it_happened_is_held(
    db: Path, outcome: dict[str, object]
) -> None:
    """The form's When is the next quarter hour; what came of it says the meeting took place."""
    sara = create_contact(ContactData(display_name="Sara Smith"))
    next_quarter = datetime(2026, 11, 25, 17, 15)  # NOW is 17:00
    data = planned_meeting(sara, starts_at=next_quarter, planned_minutes=15, **outcome)
    meeting_id = save_meeting(data, now=NOW).meeting_id
    started = load_meeting(meeting_id).starts_at
    assert started is not None and started <= NOW
    minutes = data.actual_minutes or data.planned_minutes
    assert started == datetime(2026, 11, 25, 17, 0) - timedelta(minutes=minutes)
    contact = Contact.get_by_id(sara)
    assert (contact.status, contact.last_contact) == (Status.MET, NOW.date())
    numbers = network_numbers(NOW)
    assert numbers.meetings_held == 1  # not "No meetings held yet"
    plan = build_week_plan(Week.containing(NOW.date()), NOW.date())
    assert plan.last_week is not None
    assert [t.meeting_id for t in plan.thank_yous] == [meeting_id]  # a note is owed now


def test_a_meeting_only_planned_stays_ahead(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    data = planned_meeting(sara, starts_at=datetime(2026, 11, 25, 17, 15))
    meeting_id = save_meeting(data, now=NOW).meeting_id
    assert load_meeting(meeting_id).starts_at == datetime(2026, 11, 25, 17, 15)
    assert Contact.get_by_id(sara).status == Status.MEETING_SET


def test_timeline_is_newest_first_and_logging_counts_as_contact(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    save_meeting(full_meeting(sara), now=NOW)
    log_interaction(sara, InteractionKind.CALL, "Booked the coffee", datetime(2026, 11, 20, 9))
    log_interaction(sara, InteractionKind.EMAIL, "Thanks!", datetime(2026, 11, 25, 8))
    add_favour(sara, FavourDirection.GIVEN, "Sent her the article", date(2026, 11, 24))
    entries = timeline(sara)
    assert [(e.source, e.kind) for e in entries] == [
        ("interaction", "email"),
        ("favour", "given"),
        ("meeting", "learn_about"),
        ("interaction", "call"),
    ]
    assert Contact.get_by_id(sara).last_contact == date(2026, 11, 25)

    quiet = create_contact(ContactData(display_name="Quiet One"))
    log_interaction(quiet, InteractionKind.NOTE, "Met at the fair?", datetime(2026, 11, 1, 9))
    assert Contact.get_by_id(quiet).status == Status.TO_CONTACT
    log_interaction(quiet, InteractionKind.CALL, "Left a message", datetime(2026, 11, 2, 9))
    assert Contact.get_by_id(quiet).status == Status.CONTACTED


def test_a_new_name_already_in_the_contacts_asks_before_adding_a_second(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    create_contact(ContactData(display_name="Bob Known"))
    data = full_meeting(sara, referrals=[ReferralEntry(name="bob known")])
    with pytest.raises(ConfirmationNeeded) as exc:
        save_meeting(data, now=NOW)
    assert [q.field for q in exc.value.questions] == ["referrals.0"]
    assert "already in your contacts" in str(exc.value)
    assert len(save_meeting(data, confirmed=True, now=NOW).created_contact_ids) == 1
    # A name that is only the start of someone else's is not a duplicate.
    other = full_meeting(sara, referrals=[ReferralEntry(name="Bob")])
    assert len(save_meeting(other, now=NOW).created_contact_ids) == 1


def test_saving_and_deleting_a_meeting_report_what_they_changed(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob Known"))
    data = full_meeting(sara, referrals=[ReferralEntry(contact_id=bob)])
    with recorded() as seen:
        meeting_id = save_meeting(data, now=NOW).meeting_id
    topics = reported(seen)
    tasks = {int(t.id) for t in Task.select().where(Task.meeting == meeting_id)}
    assert len(tasks) == 2
    assert topics[Topic.MEETINGS] == {meeting_id} and topics[Topic.TASKS] == tasks
    assert topics[Topic.CONTACTS] >= {sara, bob}  # Sara is "met" now; Bob has a referrer
    assert topics[Topic.REFERRALS] >= {bob}
    assert Topic.INTERACTIONS not in topics

    with recorded() as seen:
        delete_meeting(meeting_id)
    topics = reported(seen)
    assert topics[Topic.MEETINGS] == {meeting_id} and topics[Topic.TASKS] == tasks
    assert topics[Topic.REFERRALS] == {bob}  # still referred by Sara, no longer by a meeting


def test_logging_a_call_reports_the_interaction_and_the_contact(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    with recorded() as seen:
        call = log_interaction(sara, InteractionKind.CALL, "Booked the coffee", NOW)
    assert reported(seen) == {
        Topic.INTERACTIONS: frozenset({call}),
        Topic.CONTACTS: frozenset({sara}),  # contacted, and the last contact
    }
    with recorded() as seen:
        note = log_interaction(sara, InteractionKind.NOTE, "Likes dbt", NOW)
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({note})}  # a note moves nothing
    with recorded() as seen:
        favour = add_favour(sara, FavourDirection.RECEIVED, "Introduced me to Bob")
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({favour})}
