"""Meetings with several people in the form: attendees added from the contacts offered as you
type, removed, saved and undone with the meeting; each name obtained says who gave it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, ReferralEntry, load_meeting, save_meeting
from netdesk.models import Meeting
from netdesk.models.records import ContactData
from netdesk.ui.meetings.form import MeetingForm
from netdesk.ui.shell.writes import Writer

NOW = datetime(2026, 11, 25, 17, 0)


def people(*names: str) -> list[int]:
    return [create_contact(ContactData(display_name=name)) for name in names]


def make_form(
    qtbot: QtBot, settings: QSettings, contact_id: int | None, meeting_id: int | None = None,
    writer: Writer | None = None,
) -> MeetingForm:  # fmt: skip
    form = MeetingForm(contact_id, meeting_id, settings=settings, now=lambda: NOW, writer=writer)
    qtbot.addWidget(form)
    return form


def save(qtbot: QtBot, form: MeetingForm) -> None:
    assert form.save()
    qtbot.waitUntil(lambda: not form.saving)


def add_by_typing(qtbot: QtBot, form: MeetingForm, text: str) -> None:
    """Type part of a name in "Also with" and press Enter: the first contact offered joins."""
    picker = form.attendees.picker
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def test_people_typed_in_also_with_attend_the_saved_meeting_after_its_contact(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara, john, lena = people("Sara Smith", "John Lee", "Lena Ortiz")
    form = make_form(qtbot, settings, sara)
    add_by_typing(qtbot, form, "Lena")
    add_by_typing(qtbot, form, "john")
    assert form.attendees.names() == ["Lena Ortiz", "John Lee"]
    assert form.attendees.picker.text() == ""  # ready for the next one
    assert form.data().attendees == [sara, lena, john]
    save(qtbot, form)
    meeting_id = form.meeting_id()
    assert meeting_id is not None
    assert load_meeting(meeting_id).attendees == [sara, lena, john]

    again = make_form(qtbot, settings, sara, meeting_id)
    assert again.attendees.names() == ["Lena Ortiz", "John Lee"]
    assert not again.is_modified()


def test_an_attendee_is_removed_and_the_meeting_saved_without_them(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara, john, lena = people("Sara Smith", "John Lee", "Lena Ortiz")
    data = MeetingData(contact_id=sara, starts_at=NOW, other_attendees=[john, lena])
    meeting_id = save_meeting(data, now=NOW).meeting_id
    form = make_form(qtbot, settings, sara, meeting_id)
    assert not form.attendees.remove_button.isEnabled()  # nobody chosen yet
    form.attendees.view.setCurrentRow(0)
    assert form.attendees.remove_button.isEnabled()
    form.attendees.remove_button.click()
    assert form.attendees.names() == ["Lena Ortiz"]
    form.attendees.view.setCurrentRow(0)
    qtbot.keyClick(form.attendees.view, Qt.Key.Key_Delete)
    assert form.attendees.names() == []
    assert form.attendees.view.isHidden()
    save(qtbot, form)
    assert load_meeting(meeting_id).attendees == [sara]


def test_nobody_attends_twice(db: Path, qtbot: QtBot, settings: QSettings) -> None:
    sara, john = people("Sara Smith", "John Lee")
    form = make_form(qtbot, settings, sara)
    add_by_typing(qtbot, form, "Sara")  # the meeting's contact is not offered again
    assert form.attendees.names() == []
    form.attendees.picker.clear()
    add_by_typing(qtbot, form, "John")
    assert not form.attendees.add(john)
    assert form.attendees.message.text() == "John Lee is already at this meeting."
    assert form.attendees.names() == ["John Lee"]
    # Making John the meeting's contact takes him out of the others.
    form.contact.set_contact(john)
    assert form.attendees.names() == []
    assert form.data().attendees == [john]


def test_a_name_not_in_the_contacts_is_not_an_attendee(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    (sara,) = people("Sara Smith")
    form = make_form(qtbot, settings, sara)
    add_by_typing(qtbot, form, "Nobody Known")
    assert form.attendees.names() == []
    assert form.attendees.message.text() == "Choose someone from your contacts."
    assert form.attendees.picker.text() == "Nobody Known"  # kept, to be corrected


def test_adding_attendees_is_undone_and_redone_with_the_meeting(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara, john = people("Sara Smith", "John Lee")
    meeting_id = save_meeting(MeetingData(contact_id=sara, starts_at=NOW), now=NOW).meeting_id
    writer = Writer()
    form = make_form(qtbot, settings, sara, meeting_id, writer)
    add_by_typing(qtbot, form, "John")
    save(qtbot, form)
    assert load_meeting(meeting_id).attendees == [sara, john]
    writer.undo_stack.undo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert load_meeting(meeting_id).attendees == [sara]
    writer.undo_stack.redo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert load_meeting(meeting_id).attendees == [sara, john]

    # A new meeting with two people: undo takes it away entirely, redo brings both back.
    form = make_form(qtbot, settings, sara, writer=writer)
    add_by_typing(qtbot, form, "John")
    save(qtbot, form)
    assert Meeting.select().count() == 2
    writer.undo_stack.undo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert Meeting.select().count() == 1
    writer.undo_stack.redo()
    qtbot.waitUntil(lambda: not writer.busy)
    newest = max(int(m.id) for m in Meeting.select())
    assert load_meeting(newest).attendees == [sara, john]


def test_each_name_obtained_says_which_attendee_gave_it(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara, john, bob = people("Sara Smith", "John Lee", "Bob Known")
    form = make_form(qtbot, settings, sara)
    row = form.add_referral()
    assert row.given_by.isHidden()  # one attendee: she gave it, nothing to choose
    assert form.referrals.giver_header.isHidden()
    add_by_typing(qtbot, form, "John")
    assert not row.given_by.isHidden() and not form.referrals.giver_header.isHidden()
    assert [row.given_by.itemText(n) for n in range(row.given_by.count())] == [
        "Sara Smith",
        "John Lee",
    ]
    assert row.given_by.currentText() == "Sara Smith"
    row.person.set_contact(bob)
    row.given_by.setCurrentIndex(row.given_by.findData(john))
    second = form.add_referral()  # a row added later offers the attendees too
    assert second.given_by.count() == 2 and not second.given_by.isHidden()
    second.person.setText("Nina New")
    save(qtbot, form)
    meeting_id = form.meeting_id()
    assert meeting_id is not None
    saved = load_meeting(meeting_id).referrals
    assert [(r.name, r.given_by) for r in saved] == [("Bob Known", john), ("Nina New", None)]

    again = make_form(qtbot, settings, sara, meeting_id)
    rows = again.referral_rows()
    assert [r.given_by.currentText() for r in rows] == ["John Lee", "Sara Smith"]
    assert not again.is_modified()


def test_when_the_giver_leaves_the_meeting_the_name_is_given_by_its_contact(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara, john, bob = people("Sara Smith", "John Lee", "Bob Known")
    data = MeetingData(
        contact_id=sara,
        starts_at=NOW,
        other_attendees=[john],
        referrals=[ReferralEntry(name="Bob Known", contact_id=bob, given_by=john)],
    )
    meeting_id = save_meeting(data, now=NOW).meeting_id
    form = make_form(qtbot, settings, sara, meeting_id)
    form.attendees.view.setCurrentRow(0)
    form.attendees.remove_selected()
    row = form.referral_rows()[0]
    # John is no longer offered; the name falls back to the one who is left.
    assert row.given_by.isHidden()
    assert row.entry().given_by is None
    asked: list[str] = []
    form.confirm = lambda questions: asked.extend(q.message for q in questions) or True  # type: ignore[method-assign]
    save(qtbot, form)
    assert asked == [
        "Bob Known was referred by John Lee; saving makes Sara Smith their referrer instead."
    ]
    assert load_meeting(meeting_id).referrals[0].given_by is None
