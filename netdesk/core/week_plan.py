"""The week's plan: what the "This week" view shows and the printed outreach sheet holds.

One Qt-free function builds it from the database so the view, the sheet and the tests agree on
what "due this week" means:

- calls to make: referrals not yet contacted (status "to contact" with a referrer) and follow-ups
  due this week (open tasks, or a contact's next follow-up date; see
  :data:`netdesk.models.week.FOLLOW_UPS_DUE`), one item per person;
- meetings scheduled this week;
- thank-you notes owed: meetings held with a note due this week and not yet sent;
- overdue: follow-ups and thank-you notes that fell due before this week and are still open
  (someone overdue is listed there only, not again under this week);
- the job postings' actions: deadlines this week (and passed ones, not applied for yet), whom to
  ask for an introduction before applying, interviews (with their time when one is booked this
  week) and stale postings (open, no step in :data:`STALE_DAYS` days), each posting once;
- last week in numbers, and the campaign's (:mod:`netdesk.core.campaign`);
- suggestions: warm leads to reach out to next, so an empty week still says what to do (only
  people the plan does not list already).

The rows come from :mod:`netdesk.models.week`; which section each goes to is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from netdesk.core.campaign import REFERRALS_PER_MEETING_GOAL, CampaignNumbers, campaign_numbers
from netdesk.core.dates import Week
from netdesk.core.referrals import opening_sentence
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.text import isolate_bidi
from netdesk.core.wording import translate
from netdesk.models import Status, TaskKind, history, store, tasks
from netdesk.models import meetings as stored
from netdesk.models import week as week_data
from netdesk.models.history import ProgressFields
from netdesk.models.records import Address

__all__ = [
    "REFERRALS_PER_MEETING_GOAL",
    "STALE_DAYS",
    "THANK_YOU_DAYS",
    "AskFor",
    "CallItem",
    "ContactProgress",
    "FollowUpCounts",
    "MeetingItem",
    "PostingAction",
    "PostingItem",
    "Suggestion",
    "ThankYouItem",
    "WeekNumbers",
    "WeekPlan",
    "build_week_plan",
    "complete_task",
    "contact_progress",
    "follow_up_counts",
    "mark_contacted",
    "mark_followed_up",
    "mark_thank_you_sent",
    "mark_thank_you_unsent",
    "reopen_task",
    "restore_contact_progress",
    "tick_with_undo",
    "week_numbers",
]

THANK_YOU_DAYS = 2
STALE_DAYS = 14
"""An open posting with no step for this many days has gone quiet: time to chase it."""


@dataclass(frozen=True, slots=True)
class CallItem:
    """Someone to call or e-mail this week."""

    contact_id: int
    name: str
    organization: str
    phone: str
    email: str
    referrer: str
    reason: str
    calls_ahead: bool
    due: date | None
    task_id: int | None
    is_referral: bool

    @property
    def opening_line(self) -> str:
        return opening_sentence(self.referrer) if self.referrer else ""


@dataclass(frozen=True, slots=True)
class MeetingItem:
    meeting_id: int
    contact_id: int
    name: str
    organization: str
    starts_at: datetime
    kind: str
    purpose: str
    agenda: list[str]
    planned_minutes: int
    posting_id: int | None = None
    """The posting this meeting is about (it turned into interview country), if any."""
    posting_title: str = ""
    posting_company: str = ""

    @property
    def ends_at(self) -> datetime:
        """The time boundary promised when asking for the meeting."""
        return self.starts_at + timedelta(minutes=self.planned_minutes)


@dataclass(frozen=True, slots=True)
class ThankYouItem:
    meeting_id: int
    contact_id: int
    name: str
    meeting_date: date
    due: date
    email: str
    address: str


@dataclass(frozen=True, slots=True)
class WeekNumbers:
    new_contacts: int
    meetings_held: int
    referrals_obtained: int
    thank_yous_due: int
    thank_yous_on_time: int
    goal: int = REFERRALS_PER_MEETING_GOAL

    @property
    def referrals_per_meeting(self) -> float | None:
        return self.referrals_obtained / self.meetings_held if self.meetings_held else None


@dataclass(frozen=True, slots=True)
class Suggestion:
    contact_id: int
    name: str
    organization: str
    relationship: str
    last_contact: date | None
    phone: str
    email: str


class PostingAction(StrEnum):
    """Why a posting is in the week's plan."""

    DEADLINE = "deadline"
    INTRODUCTION = "introduction"
    INTERVIEW = "interview"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class AskFor:
    """A warm lead who works (ring 1) or worked (ring 2) at a posting's company."""

    contact_id: int
    name: str
    ring: int
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class PostingItem:
    """A posting to act on this week."""

    action: PostingAction
    posting_id: int
    title: str
    company: str
    stage: str
    location: str
    deadline: date | None
    last_step: date | None
    ask: AskFor | None = None
    """Whom to ask for an introduction before applying (None: nobody, or someone referred
    you already, or it is too late for that)."""
    interview_at: datetime | None = None
    """The interview booked this week (a meeting linked to the posting)."""
    meeting_id: int | None = None
    interviewer: str = ""

    @property
    def ask_line(self) -> str:
        """ "Ask Sara Smith for an introduction at Globex before applying" ("" without one)."""
        if self.ask is None:
            return ""
        text = (
            translate("WeekPlan", "Ask {name} for an introduction at {company} before applying")
            if self.ask.ring == 1
            else translate(
                "WeekPlan",
                "Ask {name}, who used to work at {company}, for an introduction before applying",
            )
        )
        return text.format(name=isolate_bidi(self.ask.name), company=isolate_bidi(self.company))

    def days_quiet(self, today: date) -> int | None:
        """Days since the posting's last step (None: no step known)."""
        return None if self.last_step is None else (today - self.last_step).days


@dataclass
class WeekPlan:
    week: Week
    today: date
    calls: list[CallItem] = field(default_factory=list)
    meetings: list[MeetingItem] = field(default_factory=list)
    thank_yous: list[ThankYouItem] = field(default_factory=list)
    overdue_calls: list[CallItem] = field(default_factory=list)
    overdue_thank_yous: list[ThankYouItem] = field(default_factory=list)
    last_week: WeekNumbers | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    deadlines: list[PostingItem] = field(default_factory=list)
    introductions: list[PostingItem] = field(default_factory=list)
    interviews: list[PostingItem] = field(default_factory=list)
    stale: list[PostingItem] = field(default_factory=list)
    campaign: CampaignNumbers | None = None
    """Last week's numbers (the week before ``week``) beside the whole campaign's."""

    @property
    def postings(self) -> list[PostingItem]:
        """Every posting to act on: interviews, deadlines, introductions, stale ones."""
        return [*self.interviews, *self.deadlines, *self.introductions, *self.stale]

    @property
    def is_empty(self) -> bool:
        return not (
            self.calls
            or self.meetings
            or self.thank_yous
            or self.overdue_calls
            or self.overdue_thank_yous
            or self.postings
        )

    @property
    def item_count(self) -> int:
        return (
            len(self.calls)
            + len(self.meetings)
            + len(self.thank_yous)
            + len(self.overdue_calls)
            + len(self.overdue_thank_yous)
            + len(self.postings)
        )


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    due_this_week: int
    overdue: int


def follow_up_counts(week: Week) -> FollowUpCounts:
    """How many people :func:`build_week_plan` lists under "Follow-ups due" and as overdue.

    Counted from the same definition without building the lists: cheap enough for the status
    bar on every refresh.
    """
    by_sunday, before_monday = week_data.count_follow_up_people(
        [week.sunday, week.monday - timedelta(days=1)]
    )
    return FollowUpCounts(by_sunday - before_monday, before_monday)


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


def _follow_ups(week: Week) -> tuple[list[CallItem], list[CallItem]]:
    """People with a follow-up due this week, and those whose earliest one is overdue."""
    due: list[CallItem] = []
    overdue: list[CallItem] = []
    for f in week_data.follow_ups_through(week.sunday):
        item = _call(f.person, f.due, f.task_id, is_referral=bool(f.person.referrer))
        (overdue if item.due is not None and item.due < week.monday else due).append(item)
    return due, overdue


def _pending_referrals(exclude: set[int]) -> list[CallItem]:
    return [
        _call(person, None, None, is_referral=True)
        for person in week_data.waiting_referrals()
        if person.contact_id not in exclude
    ]


def _thank_yous(start: date | None, end: date, today: date) -> list[ThankYouItem]:
    """Notes owed for meetings held by today and due from ``start`` (ever, when None) to ``end``."""
    owed = week_data.thank_yous_owed(start, end, held_before=today + timedelta(days=1))
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


def _meetings(week: Week) -> list[MeetingItem]:
    found = week_data.meetings_between(week.monday, week.sunday + timedelta(days=1))
    about = week_data.postings_by_id({m.posting_id for m in found if m.posting_id is not None})
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
    action: PostingAction, p: week_data.WeekPosting, ask: week_data.IntroductionAsk | None = None
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


def _postings(plan: WeekPlan) -> None:
    """The postings' actions, each posting once: an interview before a deadline before an
    introduction to ask for before a posting gone quiet."""
    asks = {a.posting_id: a for a in week_data.introduction_asks()}
    interviewing = week_data.postings_interviewing()
    booked: dict[int, list[MeetingItem]] = {}
    for meeting in plan.meetings:
        if meeting.posting_id is not None:
            booked.setdefault(meeting.posting_id, []).append(meeting)
    for p in interviewing:
        base = _posting(PostingAction.INTERVIEW, p)
        meetings = booked.get(p.posting_id, [])
        plan.interviews.extend(
            replace(base, interview_at=m.starts_at, meeting_id=m.meeting_id, interviewer=m.name)
            for m in meetings
        )
        if not meetings:
            plan.interviews.append(base)
    listed = {p.posting_id for p in interviewing}
    plan.deadlines = [
        _posting(PostingAction.DEADLINE, p, asks.get(p.posting_id))
        for p in week_data.deadlines_through(plan.week.sunday)
        if p.posting_id not in listed
    ]
    listed |= {p.posting_id for p in plan.deadlines}
    asked = week_data.postings_by_id([i for i in asks if i not in listed])
    plan.introductions = sorted(
        (_posting(PostingAction.INTRODUCTION, p, asks[i]) for i, p in asked.items()),
        key=lambda item: (item.company.casefold(), item.title.casefold(), item.posting_id),
    )
    listed |= set(asked)
    quiet_since = plan.today - timedelta(days=STALE_DAYS)
    plan.stale = [
        _posting(PostingAction.STALE, p)
        for p in week_data.stale_postings(quiet_since)
        if p.posting_id not in listed
    ]


def week_numbers(week: Week, today: date | None = None) -> WeekNumbers:
    """What happened in ``week``: contacts added, meetings held, referrals, thank-yous on time."""
    today = today or date.today()
    end = week.sunday + timedelta(days=1)
    held_before = min(end, today + timedelta(days=1))
    return WeekNumbers(*week_data.week_counts(week.monday, end, held_before))


def _suggestions(limit: int, listed: set[int]) -> list[Suggestion]:
    """Warm leads you have not spoken to for longest: good people to reach out to next.

    Not those the plan already lists (a new referral is a warm lead too) or who are referrals
    waiting for a first call: they have their own section.
    """
    return [Suggestion(*lead) for lead in week_data.warm_leads(limit, listed)]


def build_week_plan(week: Week, today: date | None = None, suggestions: int = 10) -> WeekPlan:
    """Everything due or planned in ``week``, overdue items from before it, last week's numbers."""
    today = today or date.today()
    plan = WeekPlan(week=week, today=today)
    plan.calls, plan.overdue_calls = _follow_ups(week)
    already = {c.contact_id for c in plan.calls} | {c.contact_id for c in plan.overdue_calls}
    plan.calls.extend(_pending_referrals(already))
    plan.meetings = _meetings(week)
    plan.thank_yous = _thank_yous(week.monday, week.sunday, today)
    plan.overdue_thank_yous = _thank_yous(None, week.monday - timedelta(days=1), today)
    plan.last_week = week_numbers(week.previous(), today)
    plan.campaign = campaign_numbers(week.previous(), today)
    _postings(plan)
    listed = already | {c.contact_id for c in plan.calls}
    listed |= {m.contact_id for m in plan.meetings}
    listed |= {t.contact_id for t in (*plan.thank_yous, *plan.overdue_thank_yous)}
    plan.suggestions = _suggestions(suggestions, listed)
    return plan


# Checking items off ------------------------------------------------------------------------------


def complete_task(task_id: int, on: date | None = None) -> None:
    tasks.complete_task(task_id, on or date.today())


def reopen_task(task_id: int) -> None:
    tasks.reopen_task(task_id)


def mark_thank_you_sent(meeting_id: int, on: date | None = None) -> None:
    """Record the note as sent and close the meeting's thank-you task with it."""
    day = on or date.today()
    with store.transaction():
        stored.set_thank_you_sent(meeting_id, day)
        tasks.close_meeting_tasks(meeting_id, TaskKind.THANK_YOU.value, day)


def mark_contacted(contact_id: int, on: date | None = None) -> None:
    """A call made or an e-mail sent: the person moves on from "to contact", and this is the
    last contact."""
    day = on or date.today()
    with store.transaction():
        now = history.progress(contact_id)
        if now is None:
            return
        fields: ProgressFields = {"last_contact": day}
        if now.status == Status.TO_CONTACT.value:
            fields["status"] = Status.CONTACTED.value
        history.update_progress(contact_id, fields)


def mark_thank_you_unsent(meeting_id: int) -> None:
    """Undo :func:`mark_thank_you_sent`: the note is owed again."""
    with store.transaction():
        stored.set_thank_you_sent(meeting_id, None)
        tasks.reopen_meeting_tasks(meeting_id, TaskKind.THANK_YOU.value)


@dataclass(frozen=True, slots=True)
class ContactProgress:
    """The fields checking a person off changes, kept so the check can be undone."""

    contact_id: int
    status: str
    last_contact: date | None
    next_follow_up: date | None


def contact_progress(contact_id: int) -> ContactProgress | None:
    found = history.progress(contact_id)
    if found is None:
        return None
    return ContactProgress(contact_id, found.status, found.last_contact, found.next_follow_up)


def restore_contact_progress(progress: ContactProgress) -> None:
    history.update_progress(
        progress.contact_id,
        {
            "status": progress.status,
            "last_contact": progress.last_contact,
            "next_follow_up": progress.next_follow_up,
        },
    )


def mark_followed_up(contact_id: int, on: date | None = None, through: date | None = None) -> None:
    """A contact's own follow-up done: contacted, and a follow-up date up to ``through``
    (default ``on``) cleared so it stops showing; a later date is left alone."""
    day = on or date.today()
    with store.transaction():
        mark_contacted(contact_id, day)
        history.clear_follow_up(contact_id, through=max(day, through or day))


def tick_with_undo(
    check: str,
    contact_id: int,
    *,
    on: date,
    through: date,
    meeting_id: int | None = None,
    task_id: int | None = None,
) -> RowsChange:
    """Tick one item of the plan off; returns the change so that it can be undone.

    ``check`` is what the item is: "thank_you" (the meeting's note is sent), "task" (the task is
    done and the person contacted), "follow_up" (their follow-up date up to ``through`` is done)
    or "referral" (the person has been called or written to).
    """
    with store.transaction():
        if check == "thank_you":
            assert meeting_id is not None
            notes = tasks.task_ids(meeting_id, TaskKind.THANK_YOU.value)
            rows: dict[str, list[int]] = {"meeting": [meeting_id], "task": notes}
        else:
            rows = {"contact": [contact_id], "task": [task_id] if task_id is not None else []}
        before = capture(rows)
        if check == "thank_you":
            assert meeting_id is not None
            mark_thank_you_sent(meeting_id, on)
        elif check == "task" and task_id is not None:
            complete_task(task_id, on)
            mark_contacted(contact_id, on)
        elif check == "follow_up":
            mark_followed_up(contact_id, on, through=through)
        else:
            mark_contacted(contact_id, on)
        after = capture(rows)
    return RowsChange(before, after)
