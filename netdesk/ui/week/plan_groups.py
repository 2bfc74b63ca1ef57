"""How the week's plan is laid out on the page: which list, which group, in which order.

- The agenda: what is overdue from before the week, then each day that has something, with its
  meetings (by time) and then the calls and e-mails due that day;
- To send: the thank-you notes owed;
- Job postings: interviews, deadlines, introductions to ask for before applying, postings gone
  quiet (a row opens its posting);
- Who to call next: referrals not yet contacted, then warm leads, then the people due to keep
  in touch with (the most overdue first); a referral says how long its name has waited;
- Give back: a few people who helped you more than once with nothing given back since (not
  counted in the week's capacity: a suggestion);
- Waiting (on request): what the week's capacity left out, a group per source of the queue in
  its order, each read a page at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale

from netdesk.core.dates import Week
from netdesk.core.week_plan import CallItem, PlanItem, PostingItem, ThankYouItem, WeekPlan
from netdesk.core.week_queue import Kind, waiting_sources
from netdesk.ui.week.rows import Entry, Section, long_day

OVERDUE_EXPANDED_MAX = 8
"""A longer backlog starts closed, one key press away, instead of hiding this week's agenda."""


class Area(IntEnum):
    AGENDA = 0
    SEND = 1
    CALL = 2
    POSTINGS = 3
    WAITING = 4


@dataclass(frozen=True, slots=True)
class Group:
    area: Area
    key: str
    title: str
    meaning: str
    entries: Sequence[Entry]
    expanded: bool = True
    counted: bool = True
    kind: str = ""
    """The queue's source of a waiting group."""
    left: int = 0
    """How many more of a waiting group's items there are than ``entries`` holds."""


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
            [
                Entry(Section.REFERRALS, c, note=plan.waiting_since.get(c.contact_id, ""))
                for c in plan.calls
                if c.due is None
            ],
        )
    )
    groups.append(
        Group(
            Area.CALL,
            Section.SUGGESTIONS.value,
            QCoreApplication.translate("WeekView", "Warm leads to reach out to"),
            "warm-lead",
            [Entry(Section.SUGGESTIONS, s) for s in plan.suggestions],
        )
    )
    groups.append(
        Group(
            Area.CALL,
            Section.KEEP_IN_TOUCH.value,
            QCoreApplication.translate("WeekView", "Due to keep in touch"),
            "status-keep_in_touch",
            [Entry(Section.KEEP_IN_TOUCH, k, overdue=k.overdue) for k in plan.keep_in_touch],
        )
    )
    groups.append(
        Group(
            Area.CALL,
            Section.FAVOURS.value,
            QCoreApplication.translate("WeekView", "Give back: they helped you more than once"),
            "favour-given",
            [Entry(Section.FAVOURS, f) for f in plan.favours],
            counted=False,
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


_MEANINGS: dict[str, str] = {
    Kind.OVERDUE_THANK_YOUS: "overdue",
    Kind.OVERDUE_FOLLOW_UPS: "overdue",
    Kind.THANK_YOUS: "thank-you",
    Kind.FOLLOW_UPS: "follow-up-week",
    Kind.REFERRALS: "referral",
    Kind.DEADLINES: "deadline",
    Kind.INTERVIEWS: "interview",
    Kind.INTRODUCTIONS: "introduction",
    Kind.WARM_LEADS: "warm-lead",
    Kind.KEEP_IN_TOUCH: "status-keep_in_touch",
    Kind.STALE: "stale-posting",
    Kind.MEETINGS: "meeting",
}


def waiting_key(kind: str) -> str:
    return f"waiting:{kind}"


def waiting_groups(plan: WeekPlan, pages: Mapping[str, Sequence[PlanItem]]) -> list[Group]:
    """What waits beyond the plan's capacity: a group per source, in priority order, titled
    with how many wait, holding the page of them read so far (``pages``; none: not opened)."""
    groups = []
    for source, waiting in waiting_sources(plan):
        page = pages.get(source.kind, ())
        title = QCoreApplication.translate("WeekView", "{what} ({count})").format(
            what=source.title(), count=QLocale().toString(waiting)
        )
        entries = [
            Entry(Section.WAITING, item, overdue=source.overdue, today=plan.today) for item in page
        ]
        meaning = _MEANINGS.get(source.kind, "show-more")
        groups.append(
            Group(Area.WAITING, waiting_key(source.kind), title, meaning, entries,
                  expanded=False, counted=False, kind=source.kind, left=waiting - len(entries))
        )  # fmt: skip
    return groups


def titles(plan: WeekPlan) -> tuple[str, str, str]:
    """The page's title ("This week", "Next week", "Week 50"), its dates, and the summary of
    what the week owes in all (the same counts as the status bar's, beyond the capacity too)."""
    week, this = plan.week, Week.containing(plan.today)
    number = week.monday.isocalendar()[1]
    if week == this:
        title = QCoreApplication.translate("WeekView", "This week")
    elif week == this.next():
        title = QCoreApplication.translate("WeekView", "Next week")
    elif week == this.previous():
        title = QCoreApplication.translate("WeekView", "Last week")
    else:
        title = QCoreApplication.translate("WeekView", "Week {number}").format(number=number)
    dates = QCoreApplication.translate("WeekView", "{first} – {last} · week {number}").format(
        first=long_day(week.monday), last=long_day(week.sunday), number=number
    )
    locale = QLocale()
    summary = QCoreApplication.translate(
        "WeekView",
        "Meetings: {meetings} · Follow-ups due: {follow_ups} (overdue: {overdue}) · "
        "Thank-you notes owed: {thank_yous} (overdue: {late}) · Referrals to call: "
        "{referrals}",
    ).format(
        meetings=locale.toString(plan.total(Kind.MEETINGS)),
        follow_ups=locale.toString(plan.total(Kind.FOLLOW_UPS)),
        # The same follow-ups the status bar counts as overdue, and the notes apart.
        overdue=locale.toString(plan.total(Kind.OVERDUE_FOLLOW_UPS)),
        thank_yous=locale.toString(plan.total(Kind.THANK_YOUS)),
        late=locale.toString(plan.total(Kind.OVERDUE_THANK_YOUS)),
        referrals=locale.toString(plan.total(Kind.REFERRALS)),
    )
    return title, dates, summary
