"""Meetings with several people: each attendee's history shows the meeting, names obtained say
who gave them, one thank-you note per attendee, and undo, delete and merge keep who attended."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from netdesk.core.contacts import create_contact, delete_contacts, load_contact, restore_contacts
from netdesk.core.errors import NotFoundError, ValidationError
from netdesk.core.meeting_tasks import note_thank_you_sent
from netdesk.core.meeting_undo import save_with_undo
from netdesk.core.meetings import MeetingData, ReferralEntry, load_meeting, save_meeting, timeline
from netdesk.core.merge import merge_contacts, prepare_merge, undo_merge
from netdesk.models import Status, database
from netdesk.models import meetings as stored
from netdesk.models.records import ContactData, ReferralInfo

NOW = datetime(2026, 11, 25, 17, 0)
HELD = datetime(2026, 11, 24, 10, 30)


def _people(*names: str) -> list[int]:
    return [create_contact(ContactData(display_name=name)) for name in names]


def _panel(contact: int, others: list[int], **changes: Any) -> MeetingData:
    data = MeetingData(
        contact_id=contact,
        other_attendees=others,
        starts_at=HELD,
        purpose="How the planning team works",
        outcome="Two names",
        thank_you_due=date(2026, 11, 26),
        follow_up=date(2026, 12, 10),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _thank_yous(meeting_id: int) -> list[tuple[Any, ...]]:
    rows = database.execute_sql(
        "SELECT t.contact_id, t.title, t.done, t.done_on FROM task t "
        "WHERE t.meeting_id = ? AND t.kind = 'thank_you' ORDER BY t.contact_id",
        (meeting_id,),
    )
    return [tuple(r) for r in rows]


def test_every_attendee_has_the_meeting_a_thank_you_note_and_moves_on(db: Path) -> None:
    sara, tom, ana = _people("Sara Smith", "Tom Berg", "Ana Ruiz")
    result = save_meeting(_panel(sara, [tom, ana]), now=NOW)
    meeting = result.meeting_id
    assert load_meeting(meeting).other_attendees == [tom, ana]
    assert load_meeting(meeting).attendees == [sara, tom, ana]
    for person in (sara, tom, ana):
        assert [(e.source, e.record_id) for e in timeline(person)] == [("meeting", meeting)]
        contact = load_contact(person)
        assert (contact.status, contact.last_contact) == (Status.MET, HELD.date())
    assert _thank_yous(meeting) == [
        (sara, "Send a thank-you note to Sara Smith", 0, None),
        (tom, "Send a thank-you note to Tom Berg", 0, None),
        (ana, "Send a thank-you note to Ana Ruiz", 0, None),
    ]
    follow_ups = database.execute_sql(
        "SELECT contact_id FROM task WHERE meeting_id = ? AND kind = 'follow_up'", (meeting,)
    ).fetchall()
    assert follow_ups == [(sara,)]  # one next step, with the person the meeting is with

    save_meeting(_panel(sara, [ana]), meeting, now=NOW)  # Tom was not there after all
    assert [c for c, *_ in _thank_yous(meeting)] == [sara, ana]
    assert timeline(tom) == []


def test_names_obtained_say_which_attendee_gave_them(db: Path) -> None:
    sara, tom, bob = _people("Sara Smith", "Tom Berg", "Bob Known")
    data = _panel(
        sara,
        [tom],
        referrals=[
            ReferralEntry(name="Nina New", reason="runs the analytics guild", given_by=tom),
            ReferralEntry(contact_id=bob, reason="hiring manager"),
        ],
    )
    result = save_meeting(data, now=NOW)
    [nina] = result.created_contact_ids
    new = load_contact(nina)
    assert new.referral is not None and new.referral.referrer_id == tom
    assert new.how_met == "Referred by Tom Berg"
    assert new.referral.meeting_id == result.meeting_id
    known = load_contact(bob)
    assert known.referral is not None and known.referral.referrer_id == sara
    loaded = load_meeting(result.meeting_id)
    assert [(r.contact_id, r.given_by) for r in loaded.referrals] == [(nina, tom), (bob, None)]


def test_what_an_attendee_list_cannot_be(db: Path) -> None:
    sara, eve = _people("Sara Smith", "Eve Outside")
    tom = create_contact(ContactData(display_name="Tom Berg", referral=ReferralInfo(sara)))
    with pytest.raises(ValidationError) as twice:
        save_meeting(_panel(sara, [tom, tom]), now=NOW)
    assert [e.field for e in twice.value.errors] == ["attendees.1"]
    with pytest.raises(ValidationError) as herself:
        save_meeting(_panel(sara, [sara]), now=NOW)
    assert "listed twice" in herself.value.errors[0].message
    outsider = [ReferralEntry(name="Nina New", given_by=eve)]
    with pytest.raises(ValidationError) as given:
        save_meeting(_panel(sara, [tom], referrals=outsider), now=NOW)
    assert "not at the meeting" in given.value.errors[0].message
    looped = [ReferralEntry(contact_id=sara, given_by=tom)]
    with pytest.raises(ValidationError) as loop:
        save_meeting(_panel(sara, [tom], referrals=looped), now=NOW)
    assert "Tom Berg cannot refer Sara Smith" in loop.value.errors[0].message


def test_each_thank_you_note_is_sent_on_its_own_and_the_meeting_counts_them(db: Path) -> None:
    """The meeting's note counts as sent once everyone has been thanked (on the last day);
    the form's sent date still closes every note, and clearing it opens them all again."""
    sara, tom = _people("Sara Smith", "Tom Berg")
    meeting = save_meeting(_panel(sara, [tom]), now=NOW).meeting_id
    first = note_thank_you_sent(meeting, tom, date(2026, 11, 25))
    assert _thank_yous(meeting) == [
        (sara, "Send a thank-you note to Sara Smith", 0, None),
        (tom, "Send a thank-you note to Tom Berg", 1, "2026-11-25"),
    ]
    assert load_meeting(meeting).thank_you_sent is None
    save_meeting(load_meeting(meeting), meeting, now=NOW)  # an edit keeps Tom's note sent
    assert [done for _, _, done, _ in _thank_yous(meeting)] == [0, 1]
    last = note_thank_you_sent(meeting, sara, date(2026, 11, 26))
    assert load_meeting(meeting).thank_you_sent == date(2026, 11, 26)
    last.undo()  # Sara's note owed again, and so the meeting's; Tom's stays sent
    assert [done for _, _, done, _ in _thank_yous(meeting)] == [0, 1]
    assert load_meeting(meeting).thank_you_sent is None
    first.undo()
    assert [done for _, _, done, _ in _thank_yous(meeting)] == [0, 0]
    first.redo()
    last.redo()
    assert load_meeting(meeting).thank_you_sent == date(2026, 11, 26)
    save_meeting(_panel(sara, [tom], thank_you_sent=None), meeting, now=NOW)
    assert [done for _, _, done, _ in _thank_yous(meeting)] == [0, 0]
    save_meeting(_panel(sara, [tom], thank_you_sent=date(2026, 11, 27)), meeting, now=NOW)
    assert [d for *_, d in _thank_yous(meeting)] == ["2026-11-27", "2026-11-27"]
    with pytest.raises(NotFoundError):
        note_thank_you_sent(meeting, create_contact(ContactData(display_name="X")), NOW.date())


def _attending() -> list[tuple[Any, ...]]:
    rows = database.execute_sql(
        "SELECT meeting_id, contact_id, position FROM meeting_attendee ORDER BY 1, 3"
    )
    return [tuple(r) for r in rows]


def test_undo_and_redo_of_a_meeting_save_keep_who_attended(db: Path) -> None:
    sara, tom, ana = _people("Sara Smith", "Tom Berg", "Ana Ruiz")
    result, change = save_with_undo(_panel(sara, [tom]), now=NOW)
    meeting = result.meeting_id
    _, edit = save_with_undo(_panel(sara, [ana, tom]), meeting, now=NOW)
    assert _attending() == [(meeting, sara, 0), (meeting, ana, 1), (meeting, tom, 2)]
    edit.undo()
    assert _attending() == [(meeting, sara, 0), (meeting, tom, 1)]
    assert load_contact(ana).status == Status.TO_CONTACT  # she was never met
    assert [c for c, *_ in _thank_yous(meeting)] == [sara, tom]
    edit.redo()
    assert _attending() == [(meeting, sara, 0), (meeting, ana, 1), (meeting, tom, 2)]
    edit.undo()
    change.undo()
    assert _attending() == []
    change.redo()
    assert _attending() == [(meeting, sara, 0), (meeting, tom, 1)]


def _everything() -> dict[str, list[tuple[Any, ...]]]:
    tables = ("contact", "meeting", "meeting_attendee", "task", "referral")
    columns = {"meeting_attendee": "meeting_id, contact_id, position"}
    return {
        table: [
            tuple(r)
            for r in database.execute_sql(
                f"SELECT {columns.get(table, '*')} FROM {table} ORDER BY 1, 2"
            )
        ]
        for table in tables
    }


def test_deleting_the_contact_of_a_panel_leaves_the_meeting_to_the_others_and_undo_restores(
    db: Path,
) -> None:
    sara, tom, ana = _people("Sara Smith", "Tom Berg", "Ana Ruiz")
    panel = save_meeting(_panel(sara, [tom, ana]), now=NOW).meeting_id
    alone = save_meeting(_panel(sara, [], starts_at=datetime(2026, 11, 20, 9)), now=NOW)
    before = _everything()
    deleted = delete_contacts([sara])
    assert load_meeting(panel).attendees == [tom, ana]
    assert [c for c, *_ in _thank_yous(panel)] == [tom, ana]
    assert stored.read_meeting(alone.meeting_id) is None
    assert [e.record_id for e in timeline(tom)] == [panel]
    restore_contacts(deleted)
    assert _everything() == before
    assert load_meeting(panel).attendees == [sara, tom, ana]


def test_a_merge_moves_what_a_duplicate_attended_and_undo_puts_it_back(db: Path) -> None:
    sara, tom, ana = _people("Sara Smith", "Tom Berg", "Ana Ruiz")
    twin = create_contact(ContactData(display_name="Sara Smith"))
    both = save_meeting(_panel(tom, [sara, twin]), now=NOW).meeting_id
    hers = save_meeting(_panel(twin, [ana], starts_at=datetime(2026, 11, 20, 9)), now=NOW)
    before = _everything()
    draft = prepare_merge([sara, twin])
    draft.plan.keep = sara
    snapshot = merge_contacts(draft.plan)
    assert load_meeting(both).attendees == [tom, sara]  # once, though both were there
    assert load_meeting(hers.meeting_id).attendees == [sara, ana]
    assert sorted(e.record_id for e in timeline(sara)) == sorted([both, hers.meeting_id])
    undo_merge(snapshot)
    assert _everything() == before
