"""Keep-in-touch rhythms: which rule applies, what restarts the clock, when someone is due and
when overdue, and the reminders that age (names given, thank-you notes, favours owed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.errors import ValidationError
from netdesk.core.meetings import (
    MeetingData,
    add_favour,
    delete_favour,
    delete_interaction,
    log_interaction,
    save_meeting,
)
from netdesk.core.query import ContactFilter, Sort, SortColumn, contact_ids, fetch_rows
from netdesk.core.rhythms import (
    Rhythm,
    WeeklyCapacity,
    favours_owed,
    keep_in_touch_count,
    keep_in_touch_due,
    neglected,
    referrals_waiting,
    rhythm_of,
    rhythm_rules,
    rhythm_words,
    set_contact_rhythm,
    set_rhythm_rule,
    set_weekly_capacity,
    thank_yous_due,
    weekly_capacity,
)
from netdesk.core.week_plan import mark_contacted
from netdesk.models import FavourDirection, InteractionKind, Lead, Relationship, Status, Tag
from netdesk.models.records import ContactData, ReferralInfo

ADDED = date(2026, 1, 1)


def person(name: str, **fields: object) -> int:
    values: dict[str, object] = {"date_added": ADDED, **fields}
    return create_contact(ContactData(display_name=name, **values))  # type: ignore[arg-type]


def due_day(contact_id: int) -> date | None:
    found = [k for k in keep_in_touch_due(date(2100, 1, 1)) if k.contact_id == contact_id]
    return found[0].due if found else None


# Which rhythm -------------------------------------------------------------------------------------


def test_the_defaults_are_the_guides(db: Path) -> None:
    """Recruiters every two weeks, warm leads monthly, dormant contacts quarterly."""
    assert [(r.kind, r.key, r.days) for r in rhythm_rules()] == [
        ("status", "dormant", 90),
        ("status", "keep_in_touch", 30),
        ("relationship", "recruiter", 14),
        ("lead", "warm", 30),
    ]
    assert weekly_capacity() == WeeklyCapacity(outreach=15, meetings=5)


def test_the_most_specific_rule_applies_and_the_contacts_own_beats_them_all(db: Path) -> None:
    warm = person("Wanda Warm", lead=Lead.WARM)
    recruiter = person("Rick Recruiter", lead=Lead.WARM, relationship=Relationship.RECRUITER)
    sleeping = person(
        "Sam Sleeping", lead=Lead.WARM, relationship=Relationship.RECRUITER, status=Status.DORMANT
    )
    cold = person("Cole Cold")
    tagged = person("Tia Tagged", lead=Lead.WARM, status=Status.DORMANT, tags=["hiring", "vip"])
    assert rhythm_of(warm) == Rhythm(30, "lead", "warm")
    assert rhythm_of(recruiter) == Rhythm(14, "relationship", "recruiter")
    assert rhythm_of(sleeping) == Rhythm(90, "status", "dormant")  # dormant slows a recruiter
    assert rhythm_of(cold) == Rhythm(None, "")
    assert due_day(cold) is None
    set_rhythm_rule("tag", "VIP", 10)
    set_rhythm_rule("tag", "hiring", 21)
    assert rhythm_of(tagged) == Rhythm(10, "tag", "vip")  # the tightest tag, whatever the status
    assert due_day(tagged) == ADDED + timedelta(days=10)
    set_contact_rhythm(tagged, 45)
    assert rhythm_of(tagged) == Rhythm(45, "contact")
    assert load_contact(tagged).rhythm_days == 45
    set_contact_rhythm(tagged, None)
    assert rhythm_of(tagged).days == 10
    data = load_contact(tagged)
    update_contact(tagged, replace(data, tags=["hiring"]))  # the VIP tag taken off
    assert rhythm_of(tagged) == Rhythm(21, "tag", "hiring")
    Tag.update(name="Hiring now").where(Tag.name == "hiring").execute()  # a tag renamed
    assert rhythm_of(tagged) == Rhythm(21, "tag", "Hiring now")


def test_a_rule_changed_in_settings_moves_everyone_it_concerns_at_once(db: Path) -> None:
    wanda, walt = person("Wanda Warm", lead=Lead.WARM), person("Walt Warm", lead=Lead.WARM)
    recruiter = person("Rick Recruiter", relationship=Relationship.RECRUITER)
    set_rhythm_rule("lead", "warm", 60)
    assert [due_day(wanda), due_day(walt)] == [ADDED + timedelta(days=60)] * 2
    assert due_day(recruiter) == ADDED + timedelta(days=14)
    set_rhythm_rule("lead", "warm", None)
    assert [due_day(wanda), due_day(walt)] == [None, None]
    set_rhythm_rule("relationship", "recruiter", 7)
    assert due_day(recruiter) == ADDED + timedelta(days=7)
    for kind, key, days in (
        ("mood", "happy", 10),
        ("status", "asleep", 10),
        ("lead", "warm", 0),
        ("tag", "  ", 10),
        ("tag", "x", 3651),
    ):
        with pytest.raises(ValidationError):
            set_rhythm_rule(kind, key, days)
    with pytest.raises(ValidationError):
        set_contact_rhythm(wanda, 0)
    with pytest.raises(ValidationError):  # the editor's save says so too
        update_contact(wanda, replace(load_contact(wanda), rhythm_days=4000))


def test_rhythms_read_as_people_say_them() -> None:
    assert [rhythm_words(d) for d in (1, 7, 14, 21, 30, 90, 365, 10)] == [
        "every day",
        "every week",
        "every 2 weeks",
        "every 3 weeks",
        "every month",
        "every 90 days",
        "every year",
        "every 10 days",
    ]


# What restarts the clock --------------------------------------------------------------------------


def test_any_touch_restarts_the_clock_and_a_note_does_not(db: Path) -> None:
    """Monica's users complain that only some activities count: here every interaction, a
    meeting (attended by anyone in it), a favour either way and a contact date do."""
    ann = person("Ann Archer", lead=Lead.WARM)
    bob = person("Bob Berg", lead=Lead.WARM)
    assert due_day(ann) == date(2026, 1, 31)  # never contacted: from the day she was added
    log_interaction(ann, InteractionKind.NOTE, "Must call", datetime(2026, 1, 10, 9))
    assert due_day(ann) == date(2026, 1, 31)
    call = log_interaction(ann, InteractionKind.CALL, "", datetime(2026, 1, 10, 9))
    assert due_day(ann) == date(2026, 2, 9)
    letter = log_interaction(ann, InteractionKind.LETTER, "", datetime(2026, 1, 12, 9))
    assert due_day(ann) == date(2026, 2, 11)
    given = add_favour(ann, FavourDirection.GIVEN, "Sent her the article", date(2026, 1, 20))
    assert due_day(ann) == date(2026, 2, 19)
    add_favour(ann, FavourDirection.RECEIVED, "Introduced me to Bob", date(2026, 1, 22))
    assert due_day(ann) == date(2026, 2, 21)
    meeting = MeetingData(contact_id=bob, other_attendees=[ann], starts_at=datetime(2026, 2, 3, 10))
    save_meeting(meeting, now=datetime(2026, 2, 3, 11))
    assert due_day(ann) == date(2026, 3, 5)  # she was at Bob's meeting
    assert due_day(bob) == date(2026, 3, 5)
    ahead = replace(meeting, contact_id=bob, other_attendees=[], starts_at=datetime(2026, 3, 1, 9))
    save_meeting(ahead, now=datetime(2026, 2, 3, 11))
    assert due_day(bob) == date(2026, 3, 31)  # a meeting set: not neglected before it
    mark_contacted(bob, date(2026, 4, 2))  # ticked off in This week: the last contact
    assert due_day(bob) == date(2026, 5, 2)
    delete_favour(given)
    delete_interaction(call)
    delete_interaction(letter)
    assert due_day(ann) == date(2026, 3, 5)  # the meeting is still the last touch


# Due and overdue ----------------------------------------------------------------------------------


def test_due_after_one_rhythm_overdue_after_two(db: Path) -> None:
    rick = person("Rick Recruiter", relationship=Relationship.RECRUITER)  # every 14 days
    log_interaction(rick, InteractionKind.EMAIL, "", datetime(2026, 3, 1, 9))
    assert keep_in_touch_due(date(2026, 3, 14)) == []
    [due] = keep_in_touch_due(date(2026, 3, 15))
    assert (due.contact_id, due.display_name, due.rhythm_days) == (rick, "Rick Recruiter", 14)
    assert (due.last_touch, due.due, due.overdue_days, due.overdue) == (
        date(2026, 3, 1),
        date(2026, 3, 15),
        0,
        False,
    )
    [late] = keep_in_touch_due(date(2026, 3, 28))
    assert (late.overdue_days, late.overdue) == (13, False)
    assert neglected(date(2026, 3, 28)) == []
    [neglect] = neglected(date(2026, 3, 29))
    assert (neglect.overdue_days, neglect.overdue) == (14, True)
    assert keep_in_touch_count(date(2026, 3, 14)) == 0
    assert keep_in_touch_count(date(2026, 3, 29)) == 1


def test_the_most_overdue_come_first_paged_and_counted(db: Path) -> None:
    people = [person(f"Warm {n:02d}", lead=Lead.WARM, date_added=ADDED + timedelta(days=n))
              for n in range(12)]  # fmt: skip
    by = date(2026, 3, 3)  # due from 31 January on; overdue from 2 March on
    everyone = keep_in_touch_due(by)
    assert [k.contact_id for k in everyone] == people
    assert [k.overdue_days for k in everyone[:3]] == [31, 30, 29]
    assert [k.overdue for k in everyone[:3]] == [True, True, False]
    assert keep_in_touch_count(by) == 12
    assert keep_in_touch_due(by, limit=5, offset=5) == everyone[5:10]
    assert neglected(by, limit=1) == everyone[:1]
    assert neglected(by) == everyone[:2]


def test_the_contact_table_filters_and_sorts_by_the_same_due_day(db: Path) -> None:
    cold = person("Cole Cold")
    late = person("Lena Late", lead=Lead.WARM)
    soon = person("Sid Soon", lead=Lead.WARM, date_added=date(2026, 2, 20))
    by = date(2026, 2, 15)
    assert contact_ids(ContactFilter(keep_in_touch_due_by=by)) == [late]
    assert contact_ids(ContactFilter(keep_in_touch_due_by=date(2026, 3, 30))) == [late, soon]
    assert contact_ids(sort=Sort(SortColumn.KEEP_IN_TOUCH)) == [late, soon, cold]
    descending = contact_ids(sort=Sort(SortColumn.KEEP_IN_TOUCH, descending=True))
    assert descending == [soon, late, cold]  # no rhythm last, both ways
    rows = fetch_rows([late, cold])
    assert (rows[late].keep_in_touch_due, rows[cold].keep_in_touch_due) == (
        date(2026, 1, 31),
        None,
    )


# The capacity -------------------------------------------------------------------------------------


def test_the_weeks_capacity_is_kept_with_the_network(db: Path) -> None:
    set_weekly_capacity(WeeklyCapacity(outreach=25, meetings=3))
    assert weekly_capacity() == WeeklyCapacity(25, 3)
    with pytest.raises(ValidationError) as bad:
        set_weekly_capacity(WeeklyCapacity(outreach=-1, meetings=5000))
    assert [e.field for e in bad.value.errors] == ["outreach", "meetings"]
    assert weekly_capacity() == WeeklyCapacity(25, 3)


# What ages ----------------------------------------------------------------------------------------


def test_a_name_given_ages_until_it_is_called(db: Path) -> None:
    sara = person("Sara Smith")
    john = person(
        "John Lee", referral=ReferralInfo(sara, referred_on=date(2026, 3, 1), reason="logistics")
    )
    nina = person("Nina New", date_added=date(2026, 3, 8), referral=ReferralInfo(sara))
    waiting = referrals_waiting(date(2026, 3, 10))
    assert [(w.contact_id, w.days_waiting) for w in waiting] == [(john, 9), (nina, 2)]
    assert waiting[0].sentence == "Sara Smith gave you John Lee's name 9 days ago."
    assert waiting[0].reason == "logistics"
    assert referrals_waiting(date(2026, 3, 8))[1].sentence == (
        "Sara Smith gave you Nina New's name today."
    )
    assert [w.contact_id for w in referrals_waiting(date(2026, 3, 5))] == [john]  # Nina later
    mark_contacted(john, date(2026, 3, 11))
    assert [w.contact_id for w in referrals_waiting(date(2026, 3, 12))] == [nina]


def test_a_thank_you_note_is_owed_to_each_attendee_once_the_meeting_is_held(db: Path) -> None:
    sara, tom = person("Sara Smith"), person("Tom Berg")
    start = datetime(2026, 3, 2, 10)
    data = MeetingData(
        contact_id=sara, other_attendees=[tom], starts_at=start, thank_you_due=date(2026, 3, 4)
    )
    meeting = save_meeting(data, now=datetime(2026, 2, 20, 9)).meeting_id
    assert thank_yous_due(date(2026, 3, 1)) == []  # not held yet
    owed = thank_yous_due(date(2026, 3, 6))
    assert [(t.meeting_id, t.display_name, t.due, t.overdue_days) for t in owed] == [
        (meeting, "Sara Smith", date(2026, 3, 4), 2),
        (meeting, "Tom Berg", date(2026, 3, 4), 2),
    ]


def test_someone_who_helped_twice_with_nothing_given_back_is_owed_a_favour(db: Path) -> None:
    sara = person("Sara Smith")
    tom = person("Tom Berg")
    for n, name in enumerate(("Ann", "Bo")):
        person(name, referral=ReferralInfo(sara, referred_on=date(2026, 2, 1 + n)))
    add_favour(tom, FavourDirection.RECEIVED, "Read my CV", date(2026, 2, 3))
    assert [o.contact_id for o in favours_owed()] == [sara]  # two names; Tom helped once
    add_favour(tom, FavourDirection.GIVEN, "Sent him a lead", date(2026, 2, 4))
    add_favour(tom, FavourDirection.RECEIVED, "Mock interview", date(2026, 2, 10))
    [owed] = favours_owed()
    assert (owed.contact_id, owed.helps, owed.last_help, owed.last_given) == (
        sara,
        2,
        date(2026, 2, 2),
        None,
    )
    assert owed.sentence == "Sara Smith has helped you 2 times and you have not returned it."
    add_favour(tom, FavourDirection.RECEIVED, "Introduced me to Ana", date(2026, 2, 12))
    # as helpful: the one who helped last first
    assert [(o.contact_id, o.helps) for o in favours_owed()] == [(tom, 2), (sara, 2)]
    assert favours_owed()[0].sentence == (
        "Tom Berg has helped you 2 times since you last did something for them."
    )
    add_favour(sara, FavourDirection.GIVEN, "Coffee and her CV", date(2026, 2, 15))
    assert [o.contact_id for o in favours_owed()] == [tom]
