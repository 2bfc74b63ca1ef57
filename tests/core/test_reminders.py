"""What the reminders announce, and when: the day's count (``netdesk due``'s), a meeting ten
minutes before it begins, a thank-you note from the day it falls due; each once a day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.core.due import DueItem, DueKind, due_items
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.core.reminders import (
    Notice,
    NoticeKind,
    ReminderSchedule,
    ReminderState,
    UpcomingMeeting,
    reminder_state,
)
from netdesk.models.records import ContactData

DAY = date(2026, 3, 2)


def at(hour: int, minute: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def _state(day: date = DAY, **fields: object) -> ReminderState:
    values: dict[str, object] = {"due_today": 0, "thank_yous": (), "meetings": (), **fields}
    return ReminderState(day, **values)  # type: ignore[arg-type]


def _thank_you(due: date, name: str = "Ann Lee", meeting_id: int = 7) -> DueItem:
    return DueItem(DueKind.THANK_YOU, 3, name, due, (DAY - due).days, "", meeting_id)


def test_the_days_count_is_said_once_a_day() -> None:
    schedule = ReminderSchedule()
    assert schedule.notices(_state(due_today=5), at(8, 0)) == [
        Notice(NoticeKind.DUE_TODAY, count=5)
    ]
    assert schedule.notices(_state(due_today=6), at(8, 1)) == []
    tomorrow = DAY + timedelta(days=1)
    assert schedule.notices(_state(tomorrow, due_today=4), at(8, 0, tomorrow)) == [
        Notice(NoticeKind.DUE_TODAY, count=4)
    ]
    assert ReminderSchedule().notices(_state(due_today=0), at(8, 0)) == []  # nothing to say


def test_a_meeting_is_announced_once_ten_minutes_before_it_begins() -> None:
    schedule = ReminderSchedule()
    meeting = UpcomingMeeting(4, 2, "Bob Stone", at(10, 0))
    state = _state(meetings=(meeting,))
    assert schedule.notices(state, at(9, 49)) == []  # eleven minutes away
    expected = Notice(NoticeKind.MEETING, display_name="Bob Stone", starts_at=at(10, 0), minutes=10)
    assert schedule.notices(state, at(9, 50)) == [expected]
    assert schedule.notices(state, at(9, 51)) == []  # once
    assert schedule.notices(state, at(10, 1)) == []
    late = ReminderSchedule()  # started at 9:55: still five minutes to go
    assert [n.minutes for n in late.notices(state, at(9, 55) + timedelta(seconds=30))] == [5]
    assert ReminderSchedule().notices(state, at(10, 1)) == []  # begun: too late to say


def test_a_meeting_just_after_midnight_is_announced_the_evening_before() -> None:
    tomorrow = DAY + timedelta(days=1)
    meeting = UpcomingMeeting(4, 2, "Bob Stone", at(0, 5, tomorrow))
    notices = ReminderSchedule().notices(_state(meetings=(meeting,)), at(23, 58))
    assert [(n.kind, n.minutes) for n in notices] == [(NoticeKind.MEETING, 7)]


def test_a_thank_you_note_is_announced_from_the_day_it_falls_due() -> None:
    schedule = ReminderSchedule()
    tomorrow = DAY + timedelta(days=1)
    note = _thank_you(tomorrow)
    assert schedule.notices(_state(thank_yous=(note,)), at(9, 0)) == []
    notices = schedule.notices(_state(tomorrow, thank_yous=(note,)), at(9, 0, tomorrow))
    assert notices == [Notice(NoticeKind.THANK_YOU, display_name="Ann Lee")]
    assert schedule.notices(_state(tomorrow, thank_yous=(note,)), at(9, 1, tomorrow)) == []
    other = _thank_you(tomorrow, "Tom Berg", meeting_id=7)
    other = DueItem(other.kind, 9, other.display_name, other.due, 0, "", 7)  # same meeting
    assert [n.display_name for n in schedule.notices(
        _state(tomorrow, thank_yous=(note, other)), at(9, 2, tomorrow)
    )] == ["Tom Berg"]  # fmt: skip


def test_a_state_read_on_another_day_says_nothing() -> None:
    assert ReminderSchedule().notices(_state(due_today=3), at(0, 1, DAY + timedelta(days=1))) == []


def test_the_state_counts_what_netdesk_due_lists(db: Path) -> None:
    added = DAY - timedelta(days=1)
    sara = create_contact(
        ContactData(display_name="Sara Smith", date_added=added, next_follow_up=DAY - timedelta(3))
    )
    bob = create_contact(ContactData(display_name="Bob Stone", date_added=added))
    ann = create_contact(ContactData(display_name="Ann Lee", date_added=added))
    save_meeting(MeetingData(contact_id=bob, starts_at=at(10, 0)), now=at(8, 0))
    held = DAY - timedelta(days=2)
    save_meeting(
        MeetingData(contact_id=ann, starts_at=at(10, 0, held), thank_you_due=DAY),
        now=at(8, 0, held),
    )

    state = reminder_state(DAY)
    assert state.due_today == len(due_items(DAY))
    assert {(i.kind, i.contact_id) for i in due_items(DAY)} >= {
        (DueKind.FOLLOW_UP, sara),
        (DueKind.THANK_YOU, ann),
    }
    assert [t.display_name for t in state.thank_yous] == ["Ann Lee"]
    assert [(m.display_name, m.starts_at) for m in state.meetings] == [("Bob Stone", at(10, 0))]
    assert reminder_state(DAY - timedelta(days=5)).due_today < state.due_today
