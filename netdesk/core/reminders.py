"""What the reminders (the tray icon and its desktop notifications) know: how many things are
due today, and what to announce at a given moment.

The count is ``netdesk due``'s for today (:func:`netdesk.core.due.due_items`: overdue items
included, each person once). A notice is said once a day: the day's summary ("5 things due
today") at the first look that finds something due, each meeting once it is
:data:`MEETING_NOTICE` away or less (not once it has begun), and each thank-you note from the day
it falls due. :class:`ReminderSchedule` remembers, in memory, what it has said; it is given the
time, so a test can move the clock. Nothing here needs the network or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from netdesk.core.due import DueItem, DueKind, due_items
from netdesk.models import week as week_data

__all__ = [
    "MEETING_NOTICE",
    "Notice",
    "NoticeKind",
    "ReminderSchedule",
    "ReminderState",
    "UpcomingMeeting",
    "reminder_state",
]

MEETING_NOTICE = timedelta(minutes=10)
"""How long before a meeting its notice comes."""
_MEETINGS_LOOKED_AT = 200
"""Meetings read ahead (today's and tomorrow's, for a meeting just after midnight)."""


@dataclass(frozen=True)
class UpcomingMeeting:
    meeting_id: int
    contact_id: int
    display_name: str
    starts_at: datetime


@dataclass(frozen=True)
class ReminderState:
    """What is due on ``day``, read on a worker."""

    day: date
    due_today: int
    """Everything due by ``day`` (``netdesk due``'s count)."""
    thank_yous: tuple[DueItem, ...]
    """The thank-you notes among them."""
    meetings: tuple[UpcomingMeeting, ...]
    """Meetings starting on ``day`` or the day after, in time order."""


def reminder_state(day: date) -> ReminderState:
    """Read what the reminders need for ``day`` (a few queries: run it on a worker)."""
    items = due_items(day)
    found = week_data.meetings_between(day, day + timedelta(days=2), _MEETINGS_LOOKED_AT)
    return ReminderState(
        day,
        len(items),
        tuple(i for i in items if i.kind is DueKind.THANK_YOU),
        tuple(UpcomingMeeting(m.meeting_id, m.contact_id, m.name, m.starts_at) for m in found),
    )


class NoticeKind(StrEnum):
    DUE_TODAY = "due_today"
    MEETING = "meeting"
    THANK_YOU = "thank_you"


@dataclass(frozen=True)
class Notice:
    """One thing to announce; the UI words it."""

    kind: NoticeKind
    count: int = 0
    """``DUE_TODAY``: how many things are due."""
    display_name: str = ""
    """``MEETING`` and ``THANK_YOU``: whom it is with, or for."""
    starts_at: datetime | None = None
    """``MEETING``: when it begins."""
    minutes: int = 0
    """``MEETING``: minutes until it begins (rounded up)."""


class ReminderSchedule:
    """Decides what to announce from a :class:`ReminderState` at ``now``, each thing once a
    day (kept in memory: a new start announces the day again)."""

    def __init__(self) -> None:
        self._said: set[tuple[date, NoticeKind, tuple[int, int]]] = set()

    def _first_time(self, day: date, kind: NoticeKind, key: tuple[int, int]) -> bool:
        if (day, kind, key) in self._said:
            return False
        self._said.add((day, kind, key))
        return True

    def notices(self, state: ReminderState, now: datetime) -> list[Notice]:
        """What to announce now (nothing for a state read on another day than ``now``'s)."""
        today = now.date()
        if state.day != today:
            return []
        found: list[Notice] = []
        if state.due_today and self._first_time(today, NoticeKind.DUE_TODAY, (0, 0)):
            found.append(Notice(NoticeKind.DUE_TODAY, count=state.due_today))
        for meeting in state.meetings:
            ahead = meeting.starts_at - now
            if timedelta(0) <= ahead <= MEETING_NOTICE and self._first_time(
                today, NoticeKind.MEETING, (meeting.meeting_id, 0)
            ):
                minutes = -(-int(ahead.total_seconds()) // 60)
                found.append(
                    Notice(
                        NoticeKind.MEETING,
                        display_name=meeting.display_name,
                        starts_at=meeting.starts_at,
                        minutes=minutes,
                    )
                )
        for item in state.thank_yous:
            key = (item.record_id or 0, item.contact_id or 0)  # one note per attendee
            if item.due <= today and self._first_time(today, NoticeKind.THANK_YOU, key):
                found.append(Notice(NoticeKind.THANK_YOU, display_name=item.display_name))
        return found
