"""The week's priority queue: which of everything owed the week's capacity holds.

A large network owes tens of thousands of calls, notes and follow-ups; a week has room for a
few dozen (:mod:`netdesk.core.capacity`). The plan takes items from :data:`PRIORITY`, a list of
sources in the order they matter, until the capacity is spent:

1. thank-you notes and follow-ups overdue from earlier weeks, the oldest first;
2. thank-you notes and follow-ups due this week, by day;
3. referrals waiting for a first call, the longest waiting first (a name someone gave you goes
   cold);
4. postings with a deadline by Sunday, then interviews, then introductions to ask for before
   applying;
5. warm leads, the longest not spoken to first;
6. people due to keep in touch with (:mod:`netdesk.core.rhythms`), the most overdue first;
7. postings gone quiet.

Meetings booked in the week fill their own budget, in time order. What a source does not get
into the plan is counted (:attr:`WeekPlan.waiting`) and read on request, a page at a time
(:func:`waiting_page`, :func:`waiting_items`): every source selects its rows in SQL with ORDER
BY and LIMIT and counts them with a statement of its own, so nothing is built and then cut.

Each person is in one source: a source leaves out in its SQL the people those before it list
(see :mod:`netdesk.models.week`). A source that cannot (one reading another module's list)
says who each item is about (:attr:`Source.person`); the queue then passes over the people the
plan holds already (keep-in-touch does so: its list is :mod:`netdesk.core.rhythms`'). A new
source is one more entry in :data:`PRIORITY`, where it matters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from netdesk.core.dates import Week
from netdesk.core.rhythms import keep_in_touch_count, keep_in_touch_due
from netdesk.core.week_items import (
    AskFor,
    CallItem,
    KeepInTouchItem,
    MeetingItem,
    PlanItem,
    PostingAction,
    PostingItem,
    Suggestion,
    ThankYouItem,
    WeekPlan,
)
from netdesk.core.wording import translate
from netdesk.models import week as week_data
from netdesk.models import week_postings as posting_data
from netdesk.models.records import Address

__all__ = [
    "PRIORITY",
    "STALE_DAYS",
    "Budget",
    "Kind",
    "Scope",
    "Source",
    "fill",
    "source_of",
    "waiting_items",
    "waiting_page",
    "waiting_sources",
]

STALE_DAYS = 14
"""An open posting with no step for this many days has gone quiet: time to chase it."""


class Budget(StrEnum):
    """Which part of the week's capacity an item takes."""

    CALLS = "calls"
    """Calls and e-mails: notes, follow-ups, referrals, postings, people to reach out to."""
    MEETINGS = "meetings"


class Kind(StrEnum):
    """The queue's own sources (another module's joins with a kind of its own)."""

    OVERDUE_THANK_YOUS = "overdue_thank_yous"
    OVERDUE_FOLLOW_UPS = "overdue_follow_ups"
    THANK_YOUS = "thank_yous"
    FOLLOW_UPS = "follow_ups"
    REFERRALS = "referrals"
    DEADLINES = "deadlines"
    INTERVIEWS = "interviews"
    INTRODUCTIONS = "introductions"
    WARM_LEADS = "warm_leads"
    KEEP_IN_TOUCH = "keep_in_touch"
    STALE = "stale"
    MEETINGS = "meetings"


@dataclass(frozen=True, slots=True)
class Scope:
    """The week a plan is for, and its today (what "held" and "quiet since" count from)."""

    week: Week
    today: date
    _counts: list[week_data.PlanCounts] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )

    def counts(self) -> week_data.PlanCounts:
        """The people's lists' counts, read once for the scope (one statement for all)."""
        if not self._counts:
            self._counts.append(week_data.plan_counts(self.span))
        return self._counts[0]

    @property
    def span(self) -> week_data.Span:
        return week_data.Span(self.week.monday, self.week.sunday, self.today + timedelta(days=1))

    @property
    def before_monday(self) -> date:
        return self.week.monday - timedelta(days=1)


Fetch = Callable[[Scope, int, int], Sequence[PlanItem]]
"""(scope, limit, offset) -> that page of the source's items, in its order."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where items of one kind come from, and where in the plan they go."""

    kind: str
    into: str
    """The :class:`WeekPlan` list its items are added to."""
    budget: Budget
    fetch: Fetch
    count: Callable[[Scope], int]
    title: Callable[[], str]
    """What its items are, for a person ("Referrals waiting for a first call")."""
    person: Callable[[PlanItem], int] | None = None
    """For a source that cannot leave out in SQL the people listed before it: who an item is
    about. The queue passes over those the plan lists already."""
    overdue: bool = False


# The sources' items --------------------------------------------------------------------------


def _call(person: week_data.Person, due: date | None, task_id: int | None, *, is_referral: bool
          ) -> CallItem:  # fmt: skip
    return CallItem(
        contact_id=person.contact_id,
        name=person.name,
        organization=person.organization,
        phone=person.phone,
        email=person.email,
        referrer=person.referrer,
        reason=person.reason,
        calls_ahead=person.calls_ahead,
        due=due,
        task_id=task_id,
        is_referral=is_referral,
    )


def _follow_ups(since: date | None, through: date, limit: int, offset: int) -> list[CallItem]:
    return [
        _call(f.person, f.due, f.task_id, is_referral=bool(f.person.referrer))
        for f in week_data.follow_ups(since, through, limit, offset)
    ]


def _referrals(scope: Scope, limit: int, offset: int) -> list[CallItem]:
    return [
        _call(person, None, None, is_referral=True)
        for person in week_data.waiting_referrals(scope.week.sunday, limit, offset)
    ]


def _thank_yous(
    start: date | None, end: date, today: date, limit: int, offset: int
) -> list[ThankYouItem]:
    """Notes owed for meetings held by today and due from ``start`` (ever, when None) to
    ``end``: a page of them, each with the person's first postal address."""
    owed = week_data.thank_yous_owed(start, end, today + timedelta(days=1), limit, offset)
    addresses = week_data.first_addresses([o.contact_id for o in owed])
    return [
        ThankYouItem(
            meeting_id=o.meeting_id,
            contact_id=o.contact_id,
            name=o.name,
            meeting_date=o.meeting_date or today,
            due=o.due or today,
            email=o.email,
            address=_one_line(addresses.get(o.contact_id)),
        )
        for o in owed
    ]


def _one_line(address: week_data.AddressParts | None) -> str:
    return "" if address is None else Address(*address).one_line()


def _meetings(scope: Scope, limit: int, offset: int) -> list[MeetingItem]:
    end = scope.week.sunday + timedelta(days=1)
    found = week_data.meetings_between(scope.week.monday, end, limit, offset)
    about = posting_data.postings_by_id({m.posting_id for m in found if m.posting_id is not None})
    return [
        MeetingItem(
            meeting_id=m.meeting_id,
            contact_id=m.contact_id,
            name=m.name,
            organization=m.organization,
            starts_at=m.starts_at,
            kind=m.kind,
            purpose=m.purpose,
            agenda=[line.strip() for line in m.agenda.splitlines() if line.strip()],
            planned_minutes=m.planned_minutes,
            posting_id=m.posting_id if m.posting_id in about else None,
            posting_title=about[m.posting_id].title if m.posting_id in about else "",
            posting_company=about[m.posting_id].company if m.posting_id in about else "",
        )
        for m in found
    ]


def _posting(
    action: PostingAction,
    p: posting_data.WeekPosting,
    ask: posting_data.IntroductionAsk | None = None,
) -> PostingItem:
    return PostingItem(
        action=action,
        posting_id=p.posting_id,
        title=p.title,
        company=p.company,
        stage=p.stage,
        location=p.location,
        deadline=p.deadline,
        last_step=p.last_step,
        ask=None
        if ask is None
        else AskFor(ask.contact_id, ask.name, ask.ring, ask.phone, ask.email),
    )


def _deadlines(scope: Scope, limit: int, offset: int) -> list[PostingItem]:
    found = posting_data.deadlines(scope.span, limit, offset)
    asks = posting_data.introduction_asks([p.posting_id for p in found])
    return [_posting(PostingAction.DEADLINE, p, asks.get(p.posting_id)) for p in found]


def _interviews(scope: Scope, limit: int, offset: int) -> list[PostingItem]:
    items: list[PostingItem] = []
    for found in posting_data.interviews(scope.span, limit, offset):
        item = _posting(PostingAction.INTERVIEW, found.posting)
        if found.meeting_id is not None:
            item = replace(
                item,
                interview_at=found.starts_at,
                meeting_id=found.meeting_id,
                interviewer=found.interviewer,
            )
        items.append(item)
    return items


def _introductions(scope: Scope, limit: int, offset: int) -> list[PostingItem]:
    return [
        _posting(PostingAction.INTRODUCTION, p, ask)
        for p, ask in posting_data.introductions(scope.span, limit, offset)
    ]


def _stale(scope: Scope, limit: int, offset: int) -> list[PostingItem]:
    quiet_since = scope.today - timedelta(days=STALE_DAYS)
    return [
        _posting(PostingAction.STALE, p)
        for p in posting_data.stale_postings(scope.span, quiet_since, limit, offset)
    ]


def _warm_leads(scope: Scope, limit: int, offset: int) -> list[Suggestion]:
    return [Suggestion(*lead) for lead in week_data.warm_leads(scope.span, limit, offset)]


def _keep_in_touch(scope: Scope, limit: int, offset: int) -> list[KeepInTouchItem]:
    return [
        KeepInTouchItem(
            k.contact_id, k.display_name, k.rhythm_days, k.last_touch, k.due, k.overdue_days,
            k.overdue,
        )
        for k in keep_in_touch_due(scope.today, limit=limit, offset=offset)
    ]  # fmt: skip


PRIORITY: list[Source] = [
    Source(
        Kind.OVERDUE_THANK_YOUS,
        "overdue_thank_yous",
        Budget.CALLS,
        lambda s, limit, offset: _thank_yous(None, s.before_monday, s.today, limit, offset),
        lambda s: s.counts().overdue_thank_yous,
        lambda: translate("WeekPlan", "Thank-you notes overdue"),
        overdue=True,
    ),
    Source(
        Kind.OVERDUE_FOLLOW_UPS,
        "overdue_calls",
        Budget.CALLS,
        lambda s, limit, offset: _follow_ups(None, s.before_monday, limit, offset),
        lambda s: s.counts().overdue_follow_ups,
        lambda: translate("WeekPlan", "Follow-ups overdue"),
        overdue=True,
    ),
    Source(
        Kind.THANK_YOUS,
        "thank_yous",
        Budget.CALLS,
        lambda s, limit, offset: _thank_yous(s.week.monday, s.week.sunday, s.today, limit, offset),
        lambda s: s.counts().thank_yous,
        lambda: translate("WeekPlan", "Thank-you notes due this week"),
    ),
    Source(
        Kind.FOLLOW_UPS,
        "calls",
        Budget.CALLS,
        lambda s, limit, offset: _follow_ups(s.week.monday, s.week.sunday, limit, offset),
        lambda s: s.counts().follow_ups,
        lambda: translate("WeekPlan", "Follow-ups due this week"),
    ),
    Source(
        Kind.REFERRALS,
        "calls",
        Budget.CALLS,
        _referrals,
        lambda s: s.counts().referrals,
        lambda: translate("WeekPlan", "Referrals waiting for a first call"),
    ),
    Source(
        Kind.DEADLINES,
        "deadlines",
        Budget.CALLS,
        _deadlines,
        lambda s: posting_data.count_deadlines(s.span),
        lambda: translate("WeekPlan", "Postings with a deadline"),
    ),
    Source(
        Kind.INTERVIEWS,
        "interviews",
        Budget.CALLS,
        _interviews,
        lambda s: posting_data.count_interviews(s.span),
        lambda: translate("WeekPlan", "Interviews to prepare or follow up"),
    ),
    Source(
        Kind.INTRODUCTIONS,
        "introductions",
        Budget.CALLS,
        _introductions,
        lambda s: posting_data.count_introductions(s.span),
        lambda: translate("WeekPlan", "Introductions to ask for before applying"),
    ),
    Source(
        Kind.WARM_LEADS,
        "suggestions",
        Budget.CALLS,
        _warm_leads,
        lambda s: s.counts().warm_leads,
        lambda: translate("WeekPlan", "Warm leads to reach out to"),
    ),
    Source(
        Kind.KEEP_IN_TOUCH,
        "keep_in_touch",
        Budget.CALLS,
        _keep_in_touch,
        lambda s: keep_in_touch_count(s.today),
        lambda: translate("WeekPlan", "Due to keep in touch"),
        person=lambda item: _about(item) or 0,
    ),
    Source(
        Kind.STALE,
        "stale",
        Budget.CALLS,
        _stale,
        lambda s: posting_data.count_stale_postings(s.span, s.today - timedelta(days=STALE_DAYS)),
        lambda: translate("WeekPlan", "Postings gone quiet"),
    ),
    Source(
        Kind.MEETINGS,
        "meetings",
        Budget.MEETINGS,
        _meetings,
        lambda s: week_data.count_meetings_between(
            s.week.monday, s.week.sunday + timedelta(days=1)
        ),
        lambda: translate("WeekPlan", "Meetings booked this week"),
    ),
]
"""The sources in the order they matter (see the module docstring)."""


# Filling the plan --------------------------------------------------------------------------------


def _about(item: PlanItem) -> int | None:
    """Whom an item of the plan lists (a posting lists no one)."""
    return None if isinstance(item, PostingItem) else item.contact_id


def _take(
    source: Source, scope: Scope, room: int, total: int, listed: set[int]
) -> tuple[list[PlanItem], int]:
    """Up to ``room`` items of ``source`` and how many were passed over (listed already)."""
    if source.person is None:
        return list(source.fetch(scope, min(room, total), 0)) if room > 0 else [], 0
    taken: list[PlanItem] = []
    passed = 0
    while len(taken) < room and passed + len(taken) < total:
        batch = source.fetch(scope, room - len(taken), passed + len(taken))
        if not batch:
            break
        for item in batch:
            if source.person(item) in listed:
                passed += 1
            else:
                taken.append(item)
    return taken, passed


def fill(plan: WeekPlan, scope: Scope, sources: Sequence[Source] | None = None) -> None:
    """Fill ``plan`` from ``sources`` (:data:`PRIORITY`) up to its capacity, counting the rest."""
    room = {Budget.CALLS: plan.capacity.calls, Budget.MEETINGS: plan.capacity.meetings}
    listed: set[int] = set()
    for source in PRIORITY if sources is None else sources:
        total = source.count(scope)
        items, passed = _take(source, scope, room[source.budget], total, listed)
        getattr(plan, source.into).extend(items)
        room[source.budget] -= len(items)
        plan.totals[source.kind] = total
        plan.taken[source.kind] = len(items)
        if passed:
            plan.passed[source.kind] = passed
        listed.update(who for who in map(_about, items) if who is not None)


def source_of(kind: str) -> Source:
    """The source of ``kind`` in :data:`PRIORITY`."""
    for source in PRIORITY:
        if source.kind == kind:
            return source
    raise KeyError(kind)


def waiting_sources(plan: WeekPlan) -> list[tuple[Source, int]]:
    """The sources with items waiting beyond the plan's capacity, in priority order, with how
    many wait of each."""
    return [
        (source, plan.waiting_of(source.kind))
        for source in PRIORITY
        if plan.waiting_of(source.kind) > 0
    ]


def waiting_page(plan: WeekPlan, kind: str, offset: int, limit: int) -> list[PlanItem]:
    """Items of ``kind`` waiting beyond ``plan``'s capacity, from the ``offset``-th on: a page
    read in SQL (the database as it is now; the plan is not read again)."""
    source = source_of(kind)
    left = plan.waiting_of(kind) - offset
    start = plan.taken.get(kind, 0) + plan.passed.get(kind, 0) + offset
    scope = Scope(plan.week, plan.today)
    return list(source.fetch(scope, min(limit, left), start)) if left > 0 and limit > 0 else []


def waiting_items(plan: WeekPlan, limit: int) -> list[tuple[Source, PlanItem]]:
    """The first ``limit`` items waiting, in priority order (what a sheet may print after the
    plan), each with its source."""
    found: list[tuple[Source, PlanItem]] = []
    for source, _waiting in waiting_sources(plan):
        room = limit - len(found)
        if room <= 0:
            break
        found.extend((source, item) for item in waiting_page(plan, source.kind, 0, room))
    return found
