"""Copies of rows for undo: putting one back writes what it copied and reports it by table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from netdesk.models import Contact, ContactEmail, Interaction, Meeting, Referral, Task, Topic, undo
from tests.helpers import rows
from tests.helpers.changes import recorded, reported

START = datetime(2026, 11, 24, 10)


def test_a_copy_by_id_comes_back_and_says_which_rows(db: Path) -> None:
    ann = rows.contact("Ann", status="to_contact")
    task = rows.task(ann, date(2026, 11, 27))
    before = undo.capture({"contact": [ann], "task": [task], "interaction": []})
    Contact.update(status="contacted").where(Contact.id == ann).execute()
    ContactEmail.create(contact=ann, address="ann@example.com")  # its trigger fills primary_email
    Task.update(done=True).where(Task.id == task).execute()
    call = int(Interaction.create(contact=ann, kind="call", happened_at=START, summary="hello").id)
    after = undo.capture({"contact": [ann], "task": [task], "interaction": [call]})
    with recorded() as seen:
        undo.restore(before, after)
    assert reported(seen) == {
        Topic.CONTACTS: frozenset({ann}),
        Topic.TASKS: frozenset({task}),
        Topic.INTERACTIONS: frozenset({call}),
    }
    now = Contact.get_by_id(ann)
    assert (now.status, now.primary_email) == ("to_contact", "ann@example.com")  # kept by triggers
    assert not Task.get_by_id(task).done
    assert Interaction.select().count() == 0
    with recorded() as seen:
        undo.restore(after, before)
    assert Topic.INTERACTIONS in reported(seen)
    assert Interaction.get_by_id(call).summary == "hello"


def test_a_contact_deleted_since_is_not_brought_back_by_half(db: Path) -> None:
    ann = rows.contact("Ann")
    copy = undo.capture({"contact": [ann]})
    Contact.delete().where(Contact.id == ann).execute()
    with recorded() as seen, pytest.raises(undo.RestoreRefused, match="no longer exists"):
        undo.restore(copy)
    assert seen == [] and Contact.select().count() == 0
    with pytest.raises(ValueError, match="referral"):
        undo.capture({"referral": [1]})


def test_a_meeting_state_comes_back_and_reports_what_it_touched(db: Path) -> None:
    ann, bob = rows.contact("Ann"), rows.contact("Bob")
    before = undo.capture_meeting(-1, [ann, bob])  # the meeting is not there yet
    mid = rows.meeting(ann, START)
    note = rows.task(ann, date(2026, 11, 26), meeting=mid, kind="thank_you")
    rows.referral(bob, ann, meeting=mid)
    Contact.update(status="met").where(Contact.id == ann).execute()
    after = undo.capture_meeting(mid, [ann, bob])
    with recorded() as seen:
        undo.restore_meeting(replace(before, meeting_id=mid), after.contact_ids)
    assert reported(seen) == {
        Topic.MEETINGS: frozenset({mid}),
        Topic.TASKS: frozenset({note}),
        Topic.REFERRALS: frozenset({bob}),
        Topic.CONTACTS: frozenset({ann, bob}),
    }
    assert Meeting.select().count() == 0 and Referral.select().count() == 0
    assert Contact.get_by_id(ann).status == "to_contact"
    undo.restore_meeting(after, before.contact_ids)
    assert Task.get_by_id(note).meeting_id == mid
    assert Referral.get(Referral.referred == bob).meeting_id == mid


def test_a_meeting_state_that_no_longer_fits_is_a_conflict(db: Path) -> None:
    ann, sara = rows.contact("Ann"), rows.contact("Sara")
    rows.referral(sara, ann)  # Ann introduced Sara, before any meeting
    mid = rows.meeting(sara, START)
    state = undo.capture_meeting(mid, [sara])
    Contact.delete().where(Contact.id == ann).execute()  # the referrer is gone
    with recorded() as seen, pytest.raises(undo.RestoreConflict, match="constraint failed"):
        undo.restore_meeting(state, [sara])
    assert seen == []
