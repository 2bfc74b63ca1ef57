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
from netdesk.models import MeetingKind, database
from netdesk.models.files import temp_file_replacing

PRODID = f"-//NetDesk//NetDesk {__version__}//EN"
UID_DOMAIN = "netdesk.invalid"

_TITLES = {
    MeetingKind.NETWORKING: "Networking meeting with {name}",
    MeetingKind.INFORMATIONAL: "Informational interview with {name}",
    MeetingKind.DIRECT_CONTACT: "Meeting with {name}",
    MeetingKind.INTERVIEW: "Interview with {name}",
    MeetingKind.EVENT: "Event with {name}",
}


@dataclass(frozen=True)
class ExportSummary:
    meetings: int
    tasks: int


def _meeting_rows(start: date | None) -> list[tuple[object, ...]]:
    return list(
        database.execute_sql(
            """
            SELECT m.id, c.uid, c.display_name, c.primary_phone, c.primary_email, m.starts_at,
                   m.kind, m.purpose, m.agenda, m.planned_minutes, m.actual_minutes
            FROM meeting m JOIN contact c ON c.id = m.contact_id
            WHERE m.starts_at >= ?
            ORDER BY m.starts_at, m.id
            """,
            ((start or date.min).isoformat(),),
        ).fetchall()
    )


def _task_rows(start: date | None) -> list[tuple[object, ...]]:
    return list(
        database.execute_sql(
            """
            SELECT t.id, t.kind, t.title, t.due, coalesce(c.display_name, ''),
                   coalesce(c.primary_phone, ''), coalesce(c.primary_email, '')
            FROM task t LEFT JOIN contact c ON c.id = t.contact_id
            WHERE t.done = 0 AND t.due >= ?
            ORDER BY t.due, t.id
            """,
            ((start or date.min).isoformat(),),
        ).fetchall()
    )


def _contact_lines(phone: object, email: object) -> list[str]:
    lines = []
    if phone:
        lines.append(f"Phone: {phone}")
    if email:
        lines.append(f"E-mail: {email}")
    return lines


def build_calendar(start: date | None = None, now: datetime | None = None) -> Calendar:
    """Meetings starting on or after ``start`` and open tasks due on or after it (all if None)."""
    stamp = now or datetime.now()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "NetDesk")
    for row in _meeting_rows(start):
        (mid, uid, name, phone, email, starts, kind, purpose, agenda, planned, actual) = row
        begin = datetime.fromisoformat(str(starts))
        minutes = int(str(actual)) if actual is not None else int(str(planned))
        event = Event()
        event.add("uid", clean_text(f"meeting-{mid}-{uid}@{UID_DOMAIN}"))
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=max(minutes, 1)))
        event.add("summary", clean_text(_TITLES[MeetingKind(str(kind))].format(name=name)))
        description = [str(purpose)] if purpose else []
        if agenda:
            description += ["", "Agenda:", str(agenda)]
        contact = _contact_lines(phone, email)
        if contact:
            description += ["", *contact]
        if description:
            event.add("description", clean_text("\n".join(description)).strip())
        event.add("categories", ["NetDesk", "Meeting"])
        cal.add_component(event)
    for tid, kind, title, due, name, phone, email in _task_rows(start):
        day = date.fromisoformat(str(due)[:10])
        event = Event()
        event.add("uid", f"task-{tid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", clean_text(str(title)))
        lines = [f"With {name}"] if name else []
        lines += _contact_lines(phone, email)
        if lines:
            event.add("description", clean_text("\n".join(lines)))
        event.add("categories", ["NetDesk", str(kind).replace("_", "-").title()])
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
