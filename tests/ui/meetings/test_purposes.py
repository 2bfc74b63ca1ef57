"""Meeting purposes are named by what they are: a networking meeting is never an "interview"
(that is the employer's meeting), in the form and in the history."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.models import MeetingKind
from netdesk.models.records import ContactData
from netdesk.ui.meetings.form import MeetingForm
from netdesk.ui.meetings.timeline import TimelineWidget

NOW = datetime(2026, 11, 25, 17, 0)
PURPOSES = [
    "Look for leads",
    "Learn about a career or company",
    "Direct contact",
    "Interview (the employer's)",
    "Event",
]


def test_the_form_offers_the_purposes_by_what_they_are(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    form = MeetingForm(sara, settings=settings, now=lambda: NOW)
    qtbot.addWidget(form)
    offered = [form.kind.itemText(n) for n in range(form.kind.count())]
    assert offered == PURPOSES
    for n in range(form.kind.count()):
        form.kind.setCurrentIndex(n)
        if form.kind.currentData() != MeetingKind.INTERVIEW.value:
            assert "interview" not in form.kind_hint.text().lower()
            assert "interview" not in form.kind.currentText().lower()


def test_the_history_names_each_meeting_by_its_purpose(db: Path, qtbot: QtBot) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    for day, kind in enumerate(MeetingKind, start=1):
        data = MeetingData(contact_id=sara, starts_at=datetime(2026, 11, day, 10), kind=kind)
        save_meeting(data, now=NOW)
    widget = TimelineWidget(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_contact(sara)
    model = widget.model
    shown = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert shown == list(reversed(PURPOSES))  # newest first
    assert not any("informational" in text.lower() for text in shown)
