"""How much the user takes on in a week: the calls and e-mails, and the meetings.

A week has room for a few dozen actions, not for every one owed. This week and the printed sheet
hold this many, chosen by priority (:mod:`netdesk.core.week_queue`); the rest is counted and
waits. The capacity is kept with the network, in its database
(:func:`netdesk.core.rhythms.weekly_capacity`), so the window, the sheet and the command line
of one network agree on it; a change is reported as a change to the database's settings
(``Topic.SETTINGS``), so This week and an open sheet are built again.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.rhythms import WeeklyCapacity, set_weekly_capacity, weekly_capacity
from netdesk.models.store import store

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


def capacity() -> Capacity:
    """The open network's capacity (the defaults with no network open); a value out of range
    (typed into the database by hand) reads as the nearest there can be."""
    if not store.is_open:
        return Capacity()
    kept = weekly_capacity()
    return Capacity.clamped(kept.outreach, kept.meetings)


def set_capacity(value: Capacity) -> None:
    """Keep ``value`` with the open network; the week's views hear of it when it differs."""
    if value == capacity():
        return
    set_weekly_capacity(WeeklyCapacity(outreach=value.calls, meetings=value.meetings))
