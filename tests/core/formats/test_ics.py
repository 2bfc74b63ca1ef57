"""The .ics export parses back with the same meetings and follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

from netdesk.core.contacts import create_contact
from netdesk.core.formats.ics import export_ics
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.core.week_plan import complete_task
from netdesk.models import MeetingKind, Task
from netdesk.models.records import ContactData, Email

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
        "Look for leads with Sara Smith",
        "Event with Anna Müller",
        "Send a thank-you note to Sara Smith",
        "Follow up with Sara Smith",
    }
    sara_meeting = events["Look for leads with Sara Smith"]
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


def test_no_stored_text_can_add_an_event_or_a_control_character(db: Path, tmp_path: Path) -> None:
    """Names, UIDs and meeting text come from imported files: line breaks of every kind and
    control characters in them stay data (icalendar escapes CR and LF, but let VT, NEL, U+2028
    and NUL through, which end a line for some readers)."""
    import re

    from netdesk.models.records import Phone

    evil = "\r\nEND:VEVENT\nBEGIN:VEVENT\rSUMMARY:Evil\x0bX\x85Y\u2028Z\x1b\x7f\x00;,\\"
    eve = create_contact(
        ContactData(
            display_name="Eve" + evil,
            uid="u" + evil,
            phones=[Phone("+1 555" + evil)],
            emails=[Email("eve@example.org")],
        )
    )
    save_meeting(
        MeetingData(
            contact_id=eve,
            starts_at=datetime(2026, 11, 24, 10, 30),
            purpose=evil,
            agenda=evil,
            thank_you_due=date(2026, 11, 26),
        ),
        now=NOW,
    )
    path = tmp_path / "netdesk.ics"
    export_ics(path, now=NOW)
    raw = path.read_bytes()
    assert re.search(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]", raw) is None
    assert b"\r" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8")
    assert re.search("[\x80-\x9f\u2028\u2029]", text) is None
    lines = text.replace("\r\n ", "").split("\r\n")[:-1]
    assert lines.count("BEGIN:VEVENT") == 2 and lines.count("END:VEVENT") == 2
    known = re.compile(
        r"(BEGIN|END|VERSION|PRODID|X-WR-CALNAME|SUMMARY|DTSTART|DTEND|DTSTAMP|UID|CATEGORIES"
        r"|DESCRIPTION|TRANSP)[;:]"
    )
    assert all(known.match(line) for line in lines), lines
    events = Calendar.from_ical(raw).walk("VEVENT")
    summaries = sorted(str(e["summary"]) for e in events)
    assert summaries[0].startswith("Look for leads with Eve\nEND:VEVENT\nBEGIN:VEVENT\n")
    assert summaries[0].endswith("SUMMARY:EvilXYZ;,\\".replace("XYZ", "X\nY\nZ"))
