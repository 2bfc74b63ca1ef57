"""Tasks and meetings as the calendar objects NetDesk syncs, and back.

A follow-up, thank-you note or call is a ``VTODO`` (due on its day, ``STATUS:COMPLETED`` with a
``COMPLETED`` time once done); a meeting is the calendar export's ``VEVENT`` (`ics.meeting_event`:
its planned length, purpose and agenda). Both carry ``X-NETDESK-*`` properties with what another
NetDesk needs to make the same task or meeting (the person's UID, the meeting's kind, dates).

What is compared is not the text but its `Fields`: NetDesk's values as strings, read the same
way from a local task or meeting (rendered, then read) as from the server's object, so a
three-way merge can tell which side changed what. Writing over the server's version keeps what
NetDesk does not own (alarms, a phone's own properties, other components): syncing never strips
what a phone stored.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from icalendar import Calendar, Component, Event, Todo, vText

from netdesk.core.formats import ics
from netdesk.core.formats.escaping import clean_text
from netdesk.models.enums import MeetingKind
from netdesk.models.sync_state import SyncMeeting, SyncTask

Fields = dict[str, str]

TASK: Final = "task"
MEETING: Final = "meeting"

TASK_TWO_WAY: Final = ("title", "due", "done")
"""What a phone may change in a task and NetDesk takes: ticked off (or not), moved, renamed."""
MEETING_TWO_WAY: Final = (
    "start",
    "minutes",
    "kind",
    "purpose",
    "agenda",
    "thank_you_due",
    "thank_you_sent",
    "follow_up",
)
"""What a calendar (moved, made longer or shorter) or another NetDesk may change in a meeting.
The rest (title, description, person) follows from these and the person's card."""

DONE_UNDATED: Final = "yes"
"""``done`` of a task completed without saying when (no ``COMPLETED`` time)."""

_X_TASK_KIND: Final = "X-NETDESK-TASK-KIND"
_X_MEETING_KIND: Final = "X-NETDESK-MEETING-KIND"
_X_CONTACT: Final = "X-NETDESK-CONTACT"
_X_MEETING: Final = "X-NETDESK-MEETING"
_X_PURPOSE: Final = "X-NETDESK-PURPOSE"
_X_AGENDA: Final = "X-NETDESK-AGENDA"
_X_DATES: Final = {
    "thank_you_due": "X-NETDESK-THANK-YOU-DUE",
    "thank_you_sent": "X-NETDESK-THANK-YOU-SENT",
    "follow_up": "X-NETDESK-FOLLOW-UP",
}

_OWNED_TODO: Final = frozenset(
    {"SUMMARY", "DUE", "STATUS", "COMPLETED", "PERCENT-COMPLETE", "DESCRIPTION", "CATEGORIES"}
    | {_X_TASK_KIND, _X_CONTACT, _X_MEETING, "DTSTAMP"}
)
_OWNED_EVENT: Final = frozenset(
    {"DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "CATEGORIES", "DTSTAMP"}
    | {_X_MEETING_KIND, _X_CONTACT, _X_PURPOSE, _X_AGENDA, *_X_DATES.values()}
)
_ESCAPED: Final = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Item:
    """A calendar object read from the server: what it is for NetDesk, and its values."""

    kind: str
    """`TASK`, `MEETING`, or "" for an object another application made."""
    uid: str
    fields: Fields


def digest(fields: Mapping[str, str]) -> str:
    return hashlib.sha256(json.dumps(dict(fields), sort_keys=True).encode()).hexdigest()


# -- reading ---------------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    text = str(value)
    return _unescape(text) if name.startswith("X-") and not isinstance(value, vText) else text


def _moment(component: Component, name: str) -> date | datetime | None:
    value = component.get(name)
    found = getattr(value, "dt", None)
    return found if isinstance(found, date) else None


def _local(moment: datetime) -> datetime:
    """A time as NetDesk keeps it: local, without a zone (a zoned one converted first)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _day(moment: date | datetime | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        return _local(moment).date().isoformat()
    return moment.isoformat()


def _start(moment: date | datetime | None) -> str:
    if moment is None:
        return ""
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time())
    return _local(moment).isoformat()


def _minutes(event: Component) -> str:
    start = _moment(event, "DTSTART")
    end = _moment(event, "DTEND")
    length: timedelta | None = None
    if start is not None and end is not None:
        if isinstance(start, datetime) and isinstance(end, datetime):
            if (start.tzinfo is None) != (end.tzinfo is None):
                start, end = _local(start), _local(end)
            length = end - start
        elif not isinstance(start, datetime) and not isinstance(end, datetime):
            length = end - start
    elif start is not None:
        duration = getattr(event.get("DURATION"), "dt", None)
        length = duration if isinstance(duration, timedelta) else None
    if length is None:
        return ""
    return str(max(int(length.total_seconds() // 60), 1))


def _done(todo: Component) -> str:
    completed = _moment(todo, "COMPLETED")
    if completed is not None:
        return _day(completed)
    return DONE_UNDATED if _text(todo, "STATUS").upper() == "COMPLETED" else ""


def _todo_fields(todo: Component) -> Fields:
    return {
        "kind": _text(todo, _X_TASK_KIND),
        "title": _text(todo, "SUMMARY"),
        "due": _day(_moment(todo, "DUE")),
        "done": _done(todo),
        "contact": _text(todo, _X_CONTACT),
        "meeting": _text(todo, _X_MEETING),
        "description": _text(todo, "DESCRIPTION"),
    }


def _meeting_kind(text: str) -> str:
    """The kind as NetDesk names it now: an event uploaded before version 11 says
    "networking" or "informational" (any other text is kept, to be told apart as unknown)."""
    known = MeetingKind.read(text)
    return text if known is None else known.value


def _event_fields(event: Component) -> Fields:
    fields = {
        "kind": _meeting_kind(_text(event, _X_MEETING_KIND)),
        "start": _start(_moment(event, "DTSTART")),
        "minutes": _minutes(event),
        "summary": _text(event, "SUMMARY"),
        "description": _text(event, "DESCRIPTION"),
        "purpose": _text(event, _X_PURPOSE),
        "agenda": _text(event, _X_AGENDA),
        "contact": _text(event, _X_CONTACT),
    }
    for name, prop in _X_DATES.items():
        fields[name] = _text(event, prop)
    return fields


def _component(calendar: Calendar) -> Component | None:
    for component in calendar.subcomponents:
        if component.name in ("VTODO", "VEVENT"):
            return component
    return None


def _calendar(text: str) -> Calendar | None:
    try:
        parsed = Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return parsed if isinstance(parsed, Calendar) else None


def parse(text: str) -> Item | None:
    """What a calendar object is to NetDesk; None when it holds no task or event (or is not
    iCalendar at all)."""
    calendar = _calendar(text)
    component = None if calendar is None else _component(calendar)
    if component is None:
        return None
    uid = _text(component, "UID")
    if component.name == "VTODO":
        fields = _todo_fields(component)
        return Item(TASK if fields["kind"] else "", uid, fields)
    fields = _event_fields(component)
    return Item(MEETING if fields["kind"] else "", uid, fields)


# -- writing ---------------------------------------------------------------------------------------


def _set(component: Component, name: str, value: str) -> None:
    if value:
        component.add(name, vText(clean_text(value)))


def task_todo(task: SyncTask, uid: str, meeting_uid: str, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", uid)
    _task_properties(todo, task, meeting_uid, stamp)
    return todo


def _task_properties(todo: Component, task: SyncTask, meeting_uid: str, stamp: datetime) -> None:
    todo.add("dtstamp", stamp.astimezone(UTC))
    todo.add("summary", clean_text(task.title))
    todo.add("due", task.due)
    if task.done:
        todo.add("status", "COMPLETED")
        todo.add("percent-complete", 100)
        if task.done_on is not None:
            noon = datetime.combine(task.done_on, time(12)).astimezone()
            todo.add("completed", noon.astimezone(UTC))
    else:
        todo.add("status", "NEEDS-ACTION")
    description = ics.task_description(task.name, task.phone, task.email)
    if description:
        todo.add("description", description)
    todo.add("categories", ["NetDesk", ics.task_category(task.kind)])
    _set(todo, _X_TASK_KIND, task.kind)
    _set(todo, _X_CONTACT, task.contact_uid)
    _set(todo, _X_MEETING, meeting_uid)


def meeting_event(meeting: SyncMeeting, uid: str, stamp: datetime) -> Event:
    event = ics.meeting_event(meeting.calendar, stamp)
    event.pop("UID")
    event.add("uid", uid)
    _meeting_properties(event, meeting)
    return event


def _meeting_properties(event: Component, meeting: SyncMeeting) -> None:
    m = meeting.calendar
    _set(event, _X_MEETING_KIND, m.kind)
    _set(event, _X_CONTACT, m.contact_uid)
    _set(event, _X_PURPOSE, m.purpose)
    _set(event, _X_AGENDA, m.agenda)
    for name, prop in _X_DATES.items():
        day = getattr(meeting, name)
        _set(event, prop, day.isoformat() if day is not None else "")


def _wrap(component: Component) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", ics.PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    return calendar


def _over(base: str | None, fresh: Component, owned: frozenset[str]) -> Calendar:
    """``fresh`` written over the server's version ``base``: NetDesk's properties replaced, the
    rest (alarms, other applications' properties, other components) kept as it was."""
    calendar = _calendar(base) if base else None
    old = None if calendar is None else _component(calendar)
    if calendar is None or old is None or old.name != fresh.name:
        return _wrap(fresh)
    for name in list(old.keys()):
        if name in owned:
            old.pop(name)
    for name, value in fresh.property_items(recursive=False):
        if name in owned:
            old.add(name, value, encode=False)
    return calendar


def render_task(
    task: SyncTask, uid: str, meeting_uid: str, base: str | None, stamp: datetime
) -> str:
    fresh = task_todo(task, uid, meeting_uid, stamp)
    return str(_over(base, fresh, _OWNED_TODO).to_ical().decode("utf-8"))


def render_meeting(meeting: SyncMeeting, uid: str, base: str | None, stamp: datetime) -> str:
    fresh = meeting_event(meeting, uid, stamp)
    return str(_over(base, fresh, _OWNED_EVENT).to_ical().decode("utf-8"))


def task_fields(task: SyncTask, meeting_uid: str) -> Fields:
    """The task's `Fields`, read back from the object NetDesk would write for it."""
    stamp = datetime(2000, 1, 1, tzinfo=UTC)
    found = parse(_wrap(task_todo(task, "local", meeting_uid, stamp)).to_ical().decode())
    assert found is not None
    return found.fields


def meeting_fields(meeting: SyncMeeting) -> Fields:
    stamp = datetime(2000, 1, 1, tzinfo=UTC)
    found = parse(_wrap(meeting_event(meeting, "local", stamp)).to_ical().decode())
    assert found is not None
    return found.fields
