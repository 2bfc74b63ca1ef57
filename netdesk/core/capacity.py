"""How much the user takes on in a week: the calls and e-mails, and the meetings.

A week has room for a few dozen actions, not for every one owed. This week and the printed sheet
hold this many, chosen by priority (:mod:`netdesk.core.week_queue`); the rest is counted and
waits. The capacity lives here for the whole process: the window sets it from the user's
settings at start and from Preferences, and a change is reported like a change to the
database's settings (``Topic.SETTINGS``), so This week and an open sheet are built again.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.models import store
from netdesk.models.store import Topic

__all__ = [
    "MAX_CALLS",
    "MAX_MEETINGS",
    "Capacity",
    "capacity",
    "set_capacity",
]

MAX_CALLS = 200
MAX_MEETINGS = 50


@dataclass(frozen=True, slots=True)
class Capacity:
    """A week's room: calls and e-mails (follow-ups, thank-you notes, referrals, postings to
    act on, people to reach out to) and meetings."""

    calls: int = 15
    meetings: int = 5

    def __post_init__(self) -> None:
        if not 1 <= self.calls <= MAX_CALLS:
            raise ValueError(f"calls and e-mails per week: 1 to {MAX_CALLS}, not {self.calls}")
        if not 0 <= self.meetings <= MAX_MEETINGS:
            raise ValueError(f"meetings per week: 0 to {MAX_MEETINGS}, not {self.meetings}")

    @classmethod
    def clamped(cls, calls: int, meetings: int) -> Capacity:
        """The nearest capacity there can be (a hand-edited settings file reads on)."""
        return cls(min(max(calls, 1), MAX_CALLS), min(max(meetings, 0), MAX_MEETINGS))


_current = Capacity()


def capacity() -> Capacity:
    """The week's capacity now (the defaults until the user sets one)."""
    return _current


def set_capacity(value: Capacity) -> None:
    """Take ``value`` from now on; the week's views hear of it when it differs."""
    global _current
    if value == _current:
        return
    _current = value
    store.changed(Topic.SETTINGS)
