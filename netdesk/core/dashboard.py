"""The campaign dashboard: is my networking working?

The guides promise that when every meeting yields two more names the network grows
geometrically. The dashboard shows, week by week, whether it does: meetings held, names
obtained per meeting against the goal of two, the people of each generation of introductions,
and beside them the *steady two-per-meeting* curve; the share of warm and cold leads that led
to a meeting; thank-you notes sent on time; the opportunity funnel; who introduced the most.

The database gives figures by day (``netdesk.models.dashboard``, where each is defined); this
module puts them into weeks (Monday to Sunday, as everywhere in NetDesk) and works out the
curves. No Qt here: the page (``netdesk.ui.dashboard``) reads :func:`read_dashboard` on a
worker and draws what it returns.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from netdesk.core.campaign import REFERRALS_PER_MEETING_GOAL
from netdesk.core.dates import Week
from netdesk.models import dashboard as data
from netdesk.models import week as week_data
from netdesk.models.dashboard import Introducer
from netdesk.models.store import thread_connection

__all__ = [
    "DEEPEST_GENERATION",
    "MAX_WEEKS",
    "TOP_INTRODUCERS",
    "Dashboard",
    "FunnelStep",
    "Growth",
    "Introducer",
    "LeadShare",
    "Span",
    "ThankYous",
    "WeekFigures",
    "dashboard",
    "read_dashboard",
    "recent_weeks",
    "steady_curve",
    "weeks_between",
]

DEEPEST_GENERATION = 5
"""Generations drawn one by one; deeper ones are counted with this one ("5 and beyond")."""
TOP_INTRODUCERS = 10


class Span(StrEnum):
    """How far back the dashboard looks."""

    WEEKS_12 = "12"
    WEEKS_26 = "26"
    WHOLE = "whole"

    @property
    def weeks(self) -> int | None:
        """The number of weeks shown, this one included (None: since the campaign began)."""
        return None if self is Span.WHOLE else int(self.value)


class FunnelStep(StrEnum):
    CONTACTS = "contacts"
    MET = "met"
    INTRODUCED = "introduced"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One week: meetings held in it and the names obtained (``models.dashboard``)."""

    week: Week
    meetings: int = 0
    referrals: int = 0

    @property
    def referrals_per_meeting(self) -> float | None:
        """Names per meeting held (None: no meeting that week)."""
        return self.referrals / self.meetings if self.meetings else None


@dataclass(frozen=True, slots=True)
class Growth:
    """The network's growth: for each week shown, people in it by the end of that week.

    ``generations[g - 1][i]``: people of generation ``g`` (1: known directly; 2: introduced by
    them; ...; the last also counts every deeper one) who had joined by the end of week ``i``.
    ``everyone[i]``: all of them. ``steady[i]``: the steady two-per-meeting curve, see
    :func:`steady_curve`.
    """

    generations: list[list[int]]
    everyone: list[int]
    steady: list[int]


@dataclass(frozen=True, slots=True)
class LeadShare:
    """Of the people with this lead mark added in the span, those met at least once."""

    lead: str
    people: int
    met: int

    @property
    def share(self) -> float | None:
        return self.met / self.people if self.people else None


@dataclass(frozen=True, slots=True)
class ThankYous:
    """Meetings held in the span with a thank-you note due (the due day is the meeting's
    thank-you window's end, two days after it by default): sent by the due day, sent after
    it, still owed past it, and not sent yet but still within the window."""

    due: int = 0
    on_time: int = 0
    late: int = 0
    owed: int = 0

    @property
    def waiting(self) -> int:
        return self.due - self.on_time - self.late - self.owed

    @property
    def share_on_time(self) -> float | None:
        """On time among the notes whose window has closed (sent, or owed past the day)."""
        closed = self.on_time + self.late + self.owed
        return self.on_time / closed if closed else None


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Every figure of the dashboard for one span, ending with the week of ``today``."""

    span: Span
    today: date
    weeks: list[WeekFigures]
    growth: Growth
    leads: list[LeadShare]
    thank_yous: ThankYous
    funnel: list[tuple[FunnelStep, int]]
    introducers: list[Introducer]
    goal: int = REFERRALS_PER_MEETING_GOAL
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def is_empty(self) -> bool:
        """Nothing to show yet: nobody in the network."""
        return not any(self.growth.everyone) and self.meetings == 0

    @property
    def meetings(self) -> int:
        return sum(w.meetings for w in self.weeks)

    @property
    def referrals(self) -> int:
        return sum(w.referrals for w in self.weeks)

    @property
    def referrals_per_meeting(self) -> float | None:
        meetings = self.meetings
        return self.referrals / meetings if meetings else None


def weeks_between(first: Week, last: Week) -> list[Week]:
    """``first`` to ``last``, both included (none when ``first`` comes after ``last``)."""
    weeks: list[Week] = []
    week = first
    while week.monday <= last.monday:
        weeks.append(week)
        week = week.next()
    return weeks


def steady_curve(first_generation: list[int], meetings: list[int], per_meeting: int) -> list[int]:
    """The steady two-per-meeting curve: what the network would hold if each meeting held had
    brought exactly ``per_meeting`` new people.

    It starts from the first-generation people (those you knew directly, by the end of each
    week: ``first_generation``, cumulative) and adds ``per_meeting`` people for every meeting
    held by the end of that week (``meetings``, cumulative). Above it, meetings bring more than
    the goal; below it, fewer.
    """
    return [
        people + per_meeting * held for people, held in zip(first_generation, meetings, strict=True)
    ]


def _week_index(weeks: list[Week]) -> dict[date, int]:
    return {w.monday: i for i, w in enumerate(weeks)}


def _monday(day: str) -> date | None:
    """The Monday of ``day``'s week; None for a day that cannot be read (a damaged file)."""
    try:
        return Week.containing(date.fromisoformat(day[:10])).monday
    except ValueError:
        return None


def _cumulative(values: Iterable[int], start: int = 0) -> list[int]:
    total, out = start, []
    for value in values:
        total += value
        out.append(total)
    return out


MAX_WEEKS = 52 * 30
"""The whole campaign goes back at most thirty years (as the map's time slider): a date of
0001-01-01 (a damaged or badly converted file) would otherwise make a hundred thousand weeks.
What came before the first week is counted in it."""


def _first_week(days: Iterable[str], today: Week) -> Week:
    earliest = today.monday - timedelta(weeks=MAX_WEEKS - 1)
    mondays = [m for m in map(_monday, days) if m is not None]
    first = max(min(mondays, default=today.monday), earliest)
    return Week.containing(first) if first <= today.monday else today


_Rest = tuple[
    list[data.MeetingDay],
    int,
    data.ThankYouCounts,
    list[LeadShare],
    list[tuple[FunnelStep, int]],
    list[Introducer],
]


def _generations(timings: dict[str, float]) -> list[data.GenerationDay]:
    started = time.perf_counter()
    days = data.generation_days(DEEPEST_GENERATION)
    timings["generations"] = _ms(started)
    return days


def _generations_on_own_connection(timings: dict[str, float]) -> list[data.GenerationDay]:
    with thread_connection():
        return _generations(timings)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _the_rest(start: date | None, today: date, timings: dict[str, float]) -> _Rest:
    """Every figure but the generations: the meetings by day (and those before ``start``),
    the thank-you notes, the leads met, the funnel and the top introducers."""
    end = today + timedelta(days=1)
    started = time.perf_counter()
    meeting_days = data.meeting_days(start, today)
    held_before = data.meetings_before(start) if start is not None else 0
    timings["meetings"] = _ms(started)
    started = time.perf_counter()
    thanks = data.thank_yous(start, today)
    timings["thank_yous"] = _ms(started)
    started = time.perf_counter()
    leads = [LeadShare(*row) for row in data.lead_meetings(start, end, end)]
    timings["leads"] = _ms(started)
    started = time.perf_counter()
    postings = data.posting_funnel(start, end)
    funnel = [
        (FunnelStep.CONTACTS, data.contacts_added(start, end)),
        (FunnelStep.MET, data.people_met(start, end)),
        (FunnelStep.INTRODUCED, postings.introduced),
        (FunnelStep.APPLIED, postings.applied),
        (FunnelStep.INTERVIEWING, postings.interviewing),
        (FunnelStep.OFFER, postings.offer),
    ]
    timings["funnel"] = _ms(started)
    started = time.perf_counter()
    introducers = data.top_introducers(start, end, TOP_INTRODUCERS)
    timings["introducers"] = _ms(started)
    return meeting_days, held_before, thanks, leads, funnel, introducers


def dashboard(span: Span = Span.WEEKS_12, today: date | None = None) -> Dashboard:
    """Every figure for ``span`` up to the week of ``today``, on the calling thread's
    connection (see :func:`read_dashboard` for a worker)."""
    today = today or date.today()
    timings: dict[str, float] = {}
    started = time.perf_counter()
    this_week = Week.containing(today)
    start_week: Week | None = None
    if span.weeks is not None:
        start_week = Week.containing(this_week.monday - timedelta(weeks=span.weeks - 1))
    start = start_week.monday if start_week is not None else None

    if week_data.in_transaction():
        generation_days = _generations(timings)
        rest = _the_rest(start, today, timings)
    else:
        # The walk down the tree, the longest figure, runs on a second connection beside the
        # others (SQLite works without Python's lock): the page waits for the longer of the
        # two instead of their sum.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as pool:
            walk = pool.submit(_generations_on_own_connection, timings)
            rest = _the_rest(start, today, timings)
            generation_days = walk.result()
    meeting_days, held_before, thanks, leads, funnel, introducers = rest

    if start_week is None:
        start_week = _first_week(
            [*(g.day for g in generation_days), *(m.day for m in meeting_days)], this_week
        )
    weeks = weeks_between(start_week, this_week)
    index = _week_index(weeks)

    meetings = [0] * len(weeks)
    referrals = [0] * len(weeks)
    first_monday = weeks[0].monday
    for m in meeting_days:
        monday = _monday(m.day)
        if monday is None:
            continue  # a day that cannot be read is in no week
        if start is None and monday < first_monday:
            held_before += m.meetings
        elif (i := index.get(monday)) is not None:
            meetings[i] += m.meetings
            referrals[i] += m.referrals

    before = [0] * DEEPEST_GENERATION
    joined = [[0] * len(weeks) for _ in range(DEEPEST_GENERATION)]
    for g in generation_days:
        monday = _monday(g.day) or this_week.monday  # unreadable: counted as now, as on the map
        if monday < first_monday:
            before[g.generation - 1] += g.people
        elif (i := index.get(monday)) is not None:
            joined[g.generation - 1][i] += g.people
    generations = [_cumulative(joined[g], before[g]) for g in range(DEEPEST_GENERATION)]
    everyone = [sum(column) for column in zip(*generations, strict=True)]
    held = _cumulative(meetings, held_before)
    growth = Growth(
        generations, everyone, steady_curve(generations[0], held, REFERRALS_PER_MEETING_GOAL)
    )

    return Dashboard(
        span=span,
        today=today,
        weeks=[WeekFigures(w, meetings[i], referrals[i]) for i, w in enumerate(weeks)],
        growth=growth,
        leads=leads,
        thank_yous=ThankYous(*thanks),
        funnel=funnel,
        introducers=introducers,
        timings_ms={**timings, "total": _ms(started)},
    )


TREND_WEEKS = 8
"""The weeks the weekly sheet's trend shows."""


def recent_weeks(last: Week, today: date, count: int = TREND_WEEKS) -> list[WeekFigures]:
    """Meetings and names obtained in the ``count`` weeks up to ``last`` (included), oldest
    first: the weekly sheet's trend. Read from the meetings of those weeks only (their date
    index), so it costs the sheet little."""
    weeks = weeks_between(Week.containing(last.monday - timedelta(weeks=count - 1)), last)
    index = _week_index(weeks)
    meetings = [0] * len(weeks)
    referrals = [0] * len(weeks)
    for m in data.meeting_days(weeks[0].monday, min(today, last.sunday)):
        monday = _monday(m.day)
        if monday is not None and (i := index.get(monday)) is not None:
            meetings[i] += m.meetings
            referrals[i] += m.referrals
    return [WeekFigures(w, meetings[i], referrals[i]) for i, w in enumerate(weeks)]


def read_dashboard(span: Span, today: date | None = None) -> Dashboard:
    """:func:`dashboard` on a connection of the calling (worker) thread's own."""
    with thread_connection():
        return dashboard(span, today)
