"""Meeting rows and the referral links a meeting records: writers report what they changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.models import Contact, Meeting, Referral, Task, Topic
from netdesk.models import meetings as stored
from tests.helpers import rows
from tests.helpers.changes import recorded, reported

START = datetime(2026, 11, 24, 10, 30)


def test_a_meeting_round_trips_and_its_writes_report_it(db: Path) -> None:
    ann = rows.contact("Ann")
    record = stored.MeetingRecord(
        contact_id=ann,
        starts_at=START,
        kind="learn_about",
        purpose="Learn how the data team hires",
        agenda="Who I am\nAsk for two names",
        planned_minutes=20,
        actual_minutes=25,
        notes="They use dbt.",
        outcome="Two names",
        help_information=True,
        help_referrals=True,
        thank_you_due=date(2026, 11, 26),
        follow_up=date(2026, 12, 15),
    )
    with recorded() as seen:
        mid = stored.add_meeting(record)
    assert reported(seen) == {Topic.MEETINGS: frozenset({mid})}
    assert stored.read_meeting(mid) == record
    changed = replace(record, actual_minutes=None, thank_you_sent=date(2026, 11, 25))
    with recorded() as seen:
        assert stored.update_meeting(mid, changed)
        assert not stored.update_meeting(mid + 1, changed)  # gone: nothing written
    assert reported(seen) == {Topic.MEETINGS: frozenset({mid})}
    assert stored.read_meeting(mid) == changed
    assert stored.read_meeting(mid + 1) is None
    assert stored.meetings_with(ann) == [(mid, changed)]

    with recorded() as seen:
        stored.set_thank_you_sent(mid, None)
    assert reported(seen) == {Topic.MEETINGS: frozenset({mid})}
    assert Meeting.get_by_id(mid).thank_you_sent is None


def test_a_contacts_meetings_newest_first(db: Path) -> None:
    ann = rows.contact("Ann")
    old = rows.meeting(ann, datetime(2026, 10, 1, 9))
    new = rows.meeting(ann, datetime(2026, 11, 1, 9))
    rows.meeting(rows.contact("Bob"), datetime(2026, 11, 2, 9))
    assert stored.meetings_of(ann) == [new, old]


def test_keeping_a_meetings_referrals_drops_the_others_and_reports_everyone(db: Path) -> None:
    ann, bob, cem, dan = (rows.contact(n) for n in ("Ann", "Bob", "Cem", "Dan"))
    mid = rows.meeting(ann, START)
    rows.referral(bob, ann, meeting=mid, reason="hiring manager", calls_ahead=True)
    rows.referral(cem, ann, meeting=mid)
    rows.referral(dan, ann, referred_on=date(2026, 1, 5))  # not from this meeting
    assert stored.referrals_from(mid) == [
        stored.MeetingReferral(bob, "hiring manager", True, ann),
        stored.MeetingReferral(cem, "", False, ann),
    ]
    assert stored.current_referral(dan) == stored.CurrentReferral(ann, date(2026, 1, 5))
    assert stored.current_referral(ann) is None

    with recorded() as seen:
        stored.keep_referrals(mid, [bob])
    assert reported(seen) == {
        Topic.REFERRALS: frozenset({bob, cem}),
        Topic.CONTACTS: frozenset({bob, cem}),
    }
    assert {int(r.referred_id) for r in Referral.select()} == {bob, dan}


def test_deleting_a_meeting_takes_its_tasks_and_unlinks_its_referrals(db: Path) -> None:
    ann, bob = rows.contact("Ann"), rows.contact("Bob")
    mid = rows.meeting(ann, START)
    note = rows.task(ann, date(2026, 11, 26), meeting=mid, kind="thank_you")
    rows.referral(bob, ann, meeting=mid)
    with recorded() as seen:
        stored.delete_meeting(mid)
    assert reported(seen) == {
        Topic.MEETINGS: frozenset({mid}),
        Topic.TASKS: frozenset({note}),
        Topic.REFERRALS: frozenset({bob}),
        Topic.CONTACTS: frozenset({bob}),
    }
    assert Meeting.select().count() == 0 and Task.select().count() == 0
    link = Referral.get(Referral.referred == bob)
    assert (link.referrer_id, link.meeting_id) == (ann, None)


def test_the_calendar_reads_meetings_from_a_day_on(db: Path) -> None:
    ann = rows.contact("Ann", phone="+1 555 0100", email="ann@example.com")
    rows.meeting(ann, datetime(2026, 11, 20, 9))
    later = rows.meeting(ann, datetime(2026, 12, 2, 9), purpose="Coffee", planned_minutes=30)
    first = rows.meeting(ann, datetime(2026, 11, 30, 14), actual_minutes=45, kind="event")
    found = stored.meetings_from(date(2026, 11, 25))
    assert [(m.id, m.starts_at, m.kind) for m in found] == [
        (first, datetime(2026, 11, 30, 14), "event"),
        (later, datetime(2026, 12, 2, 9), "look_for_leads"),
    ]
    assert found[0] == stored.CalendarMeeting(
        first, "uid-Ann", "Ann", "+1 555 0100", "ann@example.com",
        datetime(2026, 11, 30, 14), "event", "", "", 15, 45,
    )  # fmt: skip
    assert (found[1].purpose, found[1].planned_minutes, found[1].actual_minutes) == (
        "Coffee",
        30,
        None,
    )
    assert len(stored.meetings_from(None)) == 3


# Attendees (migration 11) -----------------------------------------------------------------------


def test_a_meeting_has_its_contact_first_then_the_others_it_was_given(db: Path) -> None:
    ann, bob, cem = (rows.contact(n) for n in ("Ann", "Bob", "Cem"))
    mid = rows.meeting(ann, START)
    assert stored.attendees(mid) == [ann]  # by trigger, whoever writes the meeting
    with recorded() as seen:
        stored.set_attendees(mid, [ann, cem, bob])
    assert reported(seen) == {Topic.MEETINGS: frozenset({mid})}
    assert stored.attendees(mid) == [ann, cem, bob]
    stored.set_attendees(mid, [ann, bob])
    assert stored.attendees(mid) == [ann, bob]
    assert [m for m, _ in stored.meetings_with(bob)] == [mid]
    assert stored.meetings_of(cem) == []
    with pytest.raises(ValueError, match="first attendee"):
        stored.set_attendees(mid, [bob, ann])


def test_a_meeting_stays_with_the_others_when_its_contact_is_deleted(db: Path) -> None:
    """Deleting the contact a meeting is with hands it to the next attendee; a meeting nobody
    else attended goes with its contact, as before."""
    ann, bob, cem = (rows.contact(n) for n in ("Ann", "Bob", "Cem"))
    panel = rows.meeting(ann, START)
    stored.set_attendees(panel, [ann, cem, bob])
    alone = rows.meeting(ann, START + timedelta(days=1))
    Contact.delete_by_id(ann)
    assert Meeting.get_or_none(Meeting.id == alone) is None
    assert stored.read_meeting(panel) is not None
    assert stored.attendees(panel) == [cem, bob]
    assert int(Meeting.get_by_id(panel).contact_id) == cem
