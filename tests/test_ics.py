"""The .ics export parses back with the same meetings and follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

from netdesk.core.contacts import ContactData, Email, create_contact
from netdesk.core.ics import export_ics
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.core.week_plan import complete_task
from netdesk.models import MeetingKind, Task

NOW = datetime(2026, 11, 25, 17, 0)


def test_export_parses_back_with_the_same_events(db: Path, tmp_path: Path) -> None:
    sara = create_contact(
        ContactData(display_name="Sara Smith", emails=[Email("sara@example.org")])
    )
    anna = create_contact(ContactData(display_name="Anna Müller"))
    save_meeting(
        MeetingData(
            contact_id=sara,
            starts_at=datetime(2026, 11, 24, 10, 30),
            purpose="Learn how the data team hires",
            agenda="Who I am\nAsk for two names",
            planned_minutes=20,
            thank_you_due=date(2026, 11, 26),
            follow_up=date(2026, 12, 15),
        ),
        now=NOW,
    )
    save_meeting(
        MeetingData(
            contact_id=anna,
            starts_at=datetime(2026, 12, 2, 14, 0),
            kind=MeetingKind.EVENT,
            thank_you_due=date(2026, 12, 4),
        ),
        now=NOW,
    )
    done = Task.get(Task.title == "Send a thank-you note to Anna Müller")
    complete_task(int(done.id))

    path = tmp_path / "netdesk.ics"
    summary = export_ics(path, now=NOW)
    assert (summary.meetings, summary.tasks) == (2, 2)

    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "Networking meeting with Sara Smith",
        "Event with Anna Müller",
        "Send a thank-you note to Sara Smith",
        "Follow up with Sara Smith",
    }
    sara_meeting = events["Networking meeting with Sara Smith"]
    assert sara_meeting.decoded("dtstart") == datetime(2026, 11, 24, 10, 30)
    assert sara_meeting.decoded("dtend") == datetime(2026, 11, 24, 10, 50)
    description = str(sara_meeting["description"])
    assert "Learn how the data team hires" in description
    assert "Ask for two names" in description and "sara@example.org" in description
    follow_up = events["Follow up with Sara Smith"]
    assert follow_up.decoded("dtstart") == date(2026, 12, 15)
    assert len({str(e["uid"]) for e in cal.walk("VEVENT")}) == 4

    # Exporting again gives the same UIDs, so a calendar updates instead of duplicating.
    export_ics(path, now=NOW)
    again = {str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert again == {str(e["uid"]) for e in cal.walk("VEVENT")}

    # From a start date on, only later meetings and tasks.
    summary = export_ics(path, start=date(2026, 12, 1), now=NOW)
    assert (summary.meetings, summary.tasks) == (1, 1)
