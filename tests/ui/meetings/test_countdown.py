"""The meeting's countdown: it keeps the time, records the length, sets when it started."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import (
    load_meeting,
)
from netdesk.models import Contact, Meeting, Status
from netdesk.models.records import ContactData
from netdesk.ui.meetings.form import MeetingForm
from tests.ui.meetings.test_form import NOW, save


def test_countdown_keeps_time_and_records_the_length(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    ticks = [1000.0]
    form = MeetingForm(sara, settings=settings, now=lambda: NOW, clock=lambda: ticks[0])
    qtbot.addWidget(form)
    assert form.countdown_text() == "15:00"
    form.toggle_countdown()
    ticks[0] += 12 * 60 + 30
    form._tick()
    assert form.countdown_text() == "2:30"
    assert form.countdown_hint.text() == "Time to ask for two names."
    ticks[0] += 4 * 60
    form._tick()
    assert form.countdown_text() == "+1:30"
    form.toggle_countdown()
    assert form.data().actual_minutes == 17


def test_the_countdown_says_when_the_meeting_started(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    now = [datetime(2026, 11, 25, 17, 3)]
    ticks = [1000.0]
    form = MeetingForm(sara, settings=settings, now=lambda: now[0], clock=lambda: ticks[0])
    qtbot.addWidget(form)
    assert form.data().starts_at == datetime(2026, 11, 25, 17, 15)
    form.toggle_countdown()
    assert form.data().starts_at == datetime(2026, 11, 25, 17, 3)
    ticks[0] += 14 * 60
    now[0] = datetime(2026, 11, 25, 17, 17)
    form.toggle_countdown()
    assert form.data().actual_minutes == 14
    save(qtbot, form)
    assert load_meeting(int(Meeting.get().id)).starts_at == datetime(2026, 11, 25, 17, 3)
    assert Contact.get_by_id(sara).status == Status.MET
