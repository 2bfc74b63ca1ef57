"""Undoing and redoing meeting saves and deletes restores exactly the rows they changed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from netdesk.core.contacts import create_contact
from netdesk.core.errors import NetDeskError
from netdesk.core.meeting_undo import delete_with_undo, save_with_undo
from netdesk.core.meetings import MeetingData, ReferralEntry, load_meeting
from netdesk.models import Contact, Topic, database
from netdesk.models.records import ContactData, ReferralInfo
from tests.helpers.changes import recorded, reported

NOW = datetime(2026, 11, 25, 17, 0)


def dump() -> dict[str, list[tuple[Any, ...]]]:
    tables = ("contact", "meeting", "task", "referral", "contact_fts")
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables:
        rows = database.execute_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        found[table] = [tuple(r) for r in rows]
    return found


def test_undo_and_redo_a_new_meeting_with_referrals(db: Path) -> None:
    ann = create_contact(ContactData(display_name="Ann"))
    sara = create_contact(ContactData(display_name="Sara Smith", referral=ReferralInfo(ann)))
    bob = create_contact(ContactData(display_name="Bob", referral=ReferralInfo(ann, reason="x")))
    start = dump()
    data = MeetingData(
        contact_id=sara,
        starts_at=datetime(2026, 11, 24, 10),
        thank_you_due=date(2026, 11, 26),
        follow_up=date(2026, 12, 10),
        referrals=[ReferralEntry(name="Nina New"), ReferralEntry(contact_id=bob, reason="y")],
    )
    result, change = save_with_undo(data, confirmed=True, now=NOW)
    saved = dump()
    assert saved != start
    change.undo()
    assert dump() == start
    change.redo()
    assert dump() == saved
    linked = {r.contact_id for r in load_meeting(result.meeting_id).referrals}
    assert linked == {bob, *result.created_contact_ids}


def test_undo_an_edit_and_a_delete(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob"))
    first = MeetingData(
        contact_id=sara,
        starts_at=datetime(2026, 12, 2, 10),
        purpose="Plan",
        referrals=[ReferralEntry(contact_id=bob)],
    )
    result, _ = save_with_undo(first, now=NOW)
    planned = dump()
    held = load_meeting(result.meeting_id)
    held.starts_at = datetime(2026, 11, 24, 10)
    held.referrals = [ReferralEntry(name="Someone New")]
    held.thank_you_due = date(2026, 11, 26)
    _, edit = save_with_undo(held, result.meeting_id, now=NOW)
    edited = dump()
    edit.undo()
    assert dump() == planned
    edit.redo()
    assert dump() == edited

    deletion = delete_with_undo(result.meeting_id)
    assert not database.execute_sql("SELECT * FROM meeting").fetchall()
    deletion.undo()
    assert dump() == edited
    deletion.redo()
    deletion.undo()
    edit.undo()
    assert dump() == planned


def test_undo_reports_the_meeting_and_refuses_what_no_longer_fits(db: Path) -> None:
    ann = create_contact(ContactData(display_name="Ann"))
    sara = create_contact(ContactData(display_name="Sara Smith", referral=ReferralInfo(ann)))
    data = MeetingData(contact_id=sara, starts_at=datetime(2026, 11, 24, 10))
    result, change = save_with_undo(data, now=NOW)
    with recorded() as seen:
        change.undo()
    topics = reported(seen)
    assert topics[Topic.MEETINGS] == {result.meeting_id}
    assert topics[Topic.CONTACTS] >= {sara}  # back to "to contact"
    change.redo()
    deletion = delete_with_undo(result.meeting_id)
    Contact.delete().where(Contact.id == ann).execute()  # Sara's referrer is gone since
    with pytest.raises(NetDeskError, match="could not be put back as it was"):
        deletion.undo()
    assert not database.execute_sql("SELECT * FROM meeting").fetchall()  # nothing half-done
