"""How the week's plan is laid out on the page: which list, which group, in which order.

- The agenda: what is overdue from before the week, then each day that has something, with its
  meetings (by time) and then the calls and e-mails due that day;
- To send: the thank-you notes owed;
- Job postings: interviews, deadlines, introductions to ask for before applying, postings gone
  quiet (a row opens its posting);
- Who to call next: referrals not yet contacted, then warm leads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from netdesk.core.week_plan import CallItem, PostingItem, ThankYouItem, WeekPlan
from netdesk.ui.week.rows import Entry, Section, long_day

OVERDUE_EXPANDED_MAX = 8
"""A longer backlog starts closed, one key press away, instead of hiding this week's agenda."""


class Area(IntEnum):
    AGENDA = 0
    SEND = 1
    CALL = 2
    POSTINGS = 3


@dataclass(frozen=True, slots=True)
class Group:
    area: Area
    key: str
    title: str
    meaning: str
    entries: Sequence[Entry]
    expanded: bool = True
    counted: bool = True


def day_key(day: date) -> str:
    return f"day:{day.isoformat()}"


def groups_of(plan: WeekPlan) -> list[Group]:
    """The page's groups for ``plan``, in order; a group with no entries is left out."""
    overdue: list[CallItem | ThankYouItem] = [*plan.overdue_calls, *plan.overdue_thank_yous]
    groups = [
        Group(
            Area.AGENDA,
            Section.OVERDUE.value,
            QCoreApplication.translate("WeekView", "Overdue"),
            "overdue",
            [Entry(Section.OVERDUE, item, overdue=True) for item in overdue],
            expanded=len(overdue) <= OVERDUE_EXPANDED_MAX,
        )
    ]
    days = [plan.week.monday + timedelta(days=n) for n in range(7)]
    by_day: dict[date, list[Entry]] = {day: [] for day in days}
    for meeting in sorted(plan.meetings, key=lambda m: m.starts_at):
        by_day.setdefault(meeting.starts_at.date(), []).append(Entry(Section.MEETINGS, meeting))
    for call in plan.calls:
        if call.due is not None:
            by_day.setdefault(call.due, []).append(Entry(Section.FOLLOW_UPS, call))
    for day in sorted(by_day):
        title = long_day(day)
        if day == plan.today:
            title = QCoreApplication.translate("WeekView", "Today · {day}").format(day=title)
        meaning = "this-week" if day == plan.today else "follow-up-week"
        groups.append(Group(Area.AGENDA, day_key(day), title, meaning, by_day[day]))
    groups.extend(posting_groups(plan))
    groups.append(
        Group(
            Area.SEND,
            Section.THANK_YOUS.value,
            QCoreApplication.translate("WeekView", "Thank-you notes owed"),
            "thank-you",
            [Entry(Section.THANK_YOUS, t) for t in plan.thank_yous],
        )
    )
    groups.append(
        Group(
            Area.CALL,
            Section.REFERRALS.value,
            QCoreApplication.translate("WeekView", "Referrals not yet contacted"),
            "referral",
            [Entry(Section.REFERRALS, c) for c in plan.calls if c.due is None],
        )
    )
    groups.append(
        Group(
            Area.CALL,
            Section.SUGGESTIONS.value,
            QCoreApplication.translate("WeekView", "Warm leads to reach out to"),
            "warm-lead",
            [Entry(Section.SUGGESTIONS, s) for s in plan.suggestions],
            expanded=plan.is_empty,
        )
    )
    return groups


def posting_groups(plan: WeekPlan) -> list[Group]:
    """The postings' actions, one group each."""

    def entries(section: Section, items: Sequence[PostingItem]) -> list[Entry]:
        return [
            Entry(
                section,
                p,
                today=plan.today,
                overdue=section is Section.DEADLINES
                and p.deadline is not None
                and p.deadline < plan.today,
            )
            for p in items
        ]

    return [
        Group(
            Area.POSTINGS,
            Section.INTERVIEWS.value,
            QCoreApplication.translate("WeekView", "Interviews"),
            "interview",
            entries(Section.INTERVIEWS, plan.interviews),
        ),
        Group(
            Area.POSTINGS,
            Section.DEADLINES.value,
            QCoreApplication.translate("WeekView", "Deadlines"),
            "deadline",
            entries(Section.DEADLINES, plan.deadlines),
        ),
        Group(
            Area.POSTINGS,
            Section.INTRODUCTIONS.value,
            QCoreApplication.translate("WeekView", "Ask for an introduction before applying"),
            "introduction",
            entries(Section.INTRODUCTIONS, plan.introductions),
        ),
        Group(
            Area.POSTINGS,
            Section.STALE.value,
            QCoreApplication.translate("WeekView", "Gone quiet: no step in two weeks"),
            "stale-posting",
            entries(Section.STALE, plan.stale),
        ),
    ]
