"""A meeting with several people is in every attendee's history, "with" all of them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, load_meeting, save_meeting
from netdesk.models import MeetingKind
from netdesk.models.records import ContactData
from netdesk.ui.meetings.timeline import TimelineWidget

NOW = datetime(2026, 11, 25, 17, 5)


def history(widget: TimelineWidget, contact_id: int) -> list[str]:
    widget.set_contact(contact_id)
    model = widget.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_every_attendee_sees_the_meeting_with_everyone(db: Path, qtbot: QtBot) -> None:
    sara, john, lena, tom = (
        create_contact(ContactData(display_name=name))
        for name in ("Sara Smith", "John Lee", "Lena Ortiz", "Tom Alone")
    )
    panel = MeetingData(
        contact_id=sara,
        starts_at=datetime(2026, 11, 24, 10),
        kind=MeetingKind.LEARN_ABOUT,
        purpose="How the data team works",
        other_attendees=[john],
    )
    meeting_id = save_meeting(panel, now=NOW).meeting_id
    save_meeting(MeetingData(contact_id=tom, starts_at=datetime(2026, 11, 20, 9)), now=NOW)
    widget = TimelineWidget(now=lambda: NOW)
    qtbot.addWidget(widget)
    both = "Learn about a career or company with Sara Smith and John Lee"
    assert history(widget, sara) == [both]
    assert history(widget, john) == [both]
    assert widget.model.index(0, 2).data() == "How the data team works"
    assert widget.model.index(0, 1).data(3) == both  # the tooltip says it in full
    assert history(widget, tom) == ["Look for leads"]  # alone: just what it was
    assert history(widget, lena) == []

    data = load_meeting(meeting_id)
    data.other_attendees = [john, lena]
    save_meeting(data, meeting_id, now=NOW)
    everyone = "Learn about a career or company with Sara Smith, John Lee and Lena Ortiz"
    assert history(widget, lena) == [everyone]
    assert history(widget, sara) == [everyone]
