"""Meetings in the main window: Log meeting, This week and History, undo, export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.models import Contact, Meeting, Status
from netdesk.models.records import ContactData
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.view import Section


def select(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    qtbot.waitUntil(lambda: window.model.is_complete)
    window.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.current_contact_id() == contact_id)


def test_log_a_meeting_for_the_current_contact_and_undo_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    main_window.refresh()
    meetings = main_window.meetings
    # This week is the home page; the contact card, with its History, sits beside the table.
    assert main_window.navigation.page("week") is meetings.week_view
    assert main_window.contacts_page.side is main_window.card
    assert meetings.timeline is main_window.card.timeline
    assert meetings.export_calendar_action in main_window.file_menu.actions()
    assert meetings.log_meeting_action in main_window.table.actions()

    assert not meetings.log_meeting_action.isEnabled()
    select(qtbot, main_window, sara)
    assert meetings.log_meeting_action.isEnabled()
    assert meetings.timeline.title.text() == "History with Sara Smith"

    meetings.log_meeting_action.trigger()
    form = meetings.form
    assert form is not None and form.windowTitle() == "New meeting with Sara Smith"
    form.starts_at.setDateTime(form.starts_at.dateTime().addDays(-1))
    form.purpose.setText("Coffee at the station")
    form.add_referral().person.setText("Nina New")
    assert form.save()
    qtbot.waitUntil(lambda: meetings.form is None)
    assert Contact.get_by_id(sara).status == Status.MET
    assert [e.summary for e in meetings.timeline.model.entries()] == ["Coffee at the station"]
    qtbot.waitUntil(lambda: "Nina New" in meetings.week_view.section_texts(Section.REFERRALS))

    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: not main_window.writer.busy)
    assert Meeting.select().count() == 0
    assert Contact.get_by_id(sara).status == Status.TO_CONTACT
    assert meetings.timeline.model.entries() == []
    qtbot.waitUntil(lambda: meetings.week_view.section_texts(Section.REFERRALS) == [])


def test_this_week_opens_meetings_and_shows_contacts(qtbot: QtBot, main_window: MainWindow) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    start = datetime.combine(date.today(), datetime.min.time()).replace(hour=10)
    meeting_id = save_meeting(
        MeetingData(contact_id=sara, starts_at=start, purpose="Plan"), confirmed=True
    ).meeting_id
    main_window.refresh()
    meetings = main_window.meetings
    meetings.week_view.refresh()
    qtbot.waitUntil(lambda: not meetings.week_view.is_loading())
    meetings.week_view.meeting_activated.emit(meeting_id)
    assert meetings.form is not None and meetings.form.meeting_id() == meeting_id
    meetings.form.reject()
    qtbot.waitUntil(lambda: meetings.form is None)
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    main_window.navigation.show_page("week")
    meetings.week_view.contact_activated.emit(sara)
    qtbot.waitUntil(lambda: main_window.current_contact_id() == sara)
    # Shown where their row and their card, with its History, are.
    assert main_window.navigation.current_page() == "contacts"
    qtbot.waitUntil(lambda: main_window.card.contact_id() == sara)
    qtbot.waitUntil(main_window.card.timeline.isVisible)


def test_timeline_logging_updates_the_table(qtbot: QtBot, main_window: MainWindow) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    main_window.refresh()
    select(qtbot, main_window, sara)
    timeline = main_window.meetings.timeline
    timeline.summary.setText("Left a message")
    timeline.call_button.click()
    qtbot.waitUntil(lambda: not main_window.writer.busy)
    assert Contact.get_by_id(sara).status == Status.CONTACTED
    assert Contact.get_by_id(sara).last_contact == date.today()


def test_export_calendar_from_the_file_menu(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    save_meeting(
        MeetingData(contact_id=sara, starts_at=datetime.now() + timedelta(days=1)),
        confirmed=True,
    )
    target = tmp_path / "mine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    main_window.meetings.export_calendar_action.trigger()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main_window.statusBar().currentMessage() == (
        "Exported 1 meeting and 0 follow-ups to mine.ics"
    )
