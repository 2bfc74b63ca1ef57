"""Meetings and follow-ups as an iCalendar file for the user's own calendar.

Meetings are timed events lasting their planned length (floating local time: the meeting is at
10:00 wherever the laptop is). Open tasks (follow-ups, thank-you notes, calls) are all-day events
rather than VTODOs, because most calendar applications import VTODOs silently into nowhere.
UIDs are stable, so importing a newer export updates events instead of duplicating them.
The icalendar library escapes line breaks, commas and semicolons; control characters, which it
lets through (some readers end a line at a vertical tab or U+2028), are taken out first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from netdesk import __version__
from netdesk.core.formats.escaping import clean_text
from netdesk.models import MeetingKind
from netdesk.models.files import temp_file_replacing
from netdesk.models.meetings import CalendarMeeting, meetings_from
from netdesk.models.tasks import open_tasks_from

PRODID = f"-//NetDesk//NetDesk {__version__}//EN"
UID_DOMAIN = "netdesk.invalid"

_TITLES = {
    MeetingKind.LOOK_FOR_LEADS: "Look for leads with {name}",
    MeetingKind.LEARN_ABOUT: "Learn about a career or company with {name}",
    MeetingKind.DIRECT_CONTACT: "Meeting with {name}",
    MeetingKind.INTERVIEW: "Interview with {name}",
    MeetingKind.EVENT: "Event with {name}",
}


@dataclass(frozen=True)
class ExportSummary:
    meetings: int
    tasks: int


def contact_lines(phone: str, email: str) -> list[str]:
    """How to reach the person, as lines of an event's description."""
    lines = []
    if phone:
        lines.append(f"Phone: {phone}")
    if email:
        lines.append(f"E-mail: {email}")
    return lines


def meeting_title(kind: str, name: str) -> str:
    return clean_text(_TITLES[MeetingKind(kind)].format(name=name))


def meeting_event(m: CalendarMeeting, stamp: datetime) -> Event:
    """The meeting as a timed event of its length (the one the calendar sync uploads too)."""
    minutes = m.actual_minutes if m.actual_minutes is not None else m.planned_minutes
    event = Event()
    event.add("uid", clean_text(f"meeting-{m.id}-{m.contact_uid}@{UID_DOMAIN}"))
    event.add("dtstamp", stamp)
    event.add("dtstart", m.starts_at)
    event.add("dtend", m.starts_at + timedelta(minutes=max(minutes, 1)))
    event.add("summary", meeting_title(m.kind, m.name))
    description = [m.purpose] if m.purpose else []
    if m.agenda:
        description += ["", "Agenda:", m.agenda]
    contact = contact_lines(m.phone, m.email)
    if contact:
        description += ["", *contact]
    if description:
        event.add("description", clean_text("\n".join(description)).strip())
    event.add("categories", ["NetDesk", "Meeting"])
    return event


def task_description(name: str, phone: str, email: str) -> str:
    """Whom a task is about and how to reach them ("" for a task about nobody)."""
    lines = [f"With {name}"] if name else []
    lines += contact_lines(phone, email)
    return clean_text("\n".join(lines))


def task_category(kind: str) -> str:
    return kind.replace("_", "-").title()


def build_calendar(start: date | None = None, now: datetime | None = None) -> Calendar:
    """Meetings starting on or after ``start`` and open tasks due on or after it (all if None)."""
    stamp = now or datetime.now()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "NetDesk")
    for m in meetings_from(start):
        cal.add_component(meeting_event(m, stamp))
    for task in open_tasks_from(start):
        event = Event()
        event.add("uid", f"task-{task.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", task.due)
        event.add("dtend", task.due + timedelta(days=1))
        event.add("summary", clean_text(task.title))
        description = task_description(task.name, task.phone, task.email)
        if description:
            event.add("description", description)
        event.add("categories", ["NetDesk", task_category(task.kind)])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal


def export_ics(path: Path, start: date | None = None, now: datetime | None = None) -> ExportSummary:
    """Write the calendar to ``path`` atomically; returns how many events of each sort."""
    cal = build_calendar(start, now)
    meetings = sum(1 for e in cal.walk("VEVENT") if str(e["uid"]).startswith("meeting-"))
    tasks = len(cal.walk("VEVENT")) - meetings
    with temp_file_replacing(path, ".part") as tmp:  # never through a planted symlink
        tmp.write_bytes(cal.to_ical())
    return ExportSummary(meetings, tasks)
