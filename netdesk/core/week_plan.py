"""The week's plan: what the "This week" view shows and the printed outreach sheet holds.

One Qt-free function builds it from the database so the view, the sheet and the tests agree on
what "due this week" means, and on how much of it one week holds:

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
- give back: a few people owed a favour (:func:`netdesk.core.rhythms.favours_owed`), and for
  each referral listed how long the name has waited, as a sentence;
- suggestions: warm leads to reach out to next (only people the plan does not list already);
- keep in touch: people whose rhythm has passed since the last touch, the most overdue first
  (:mod:`netdesk.core.rhythms`; again only people the plan does not list already);
- last week in numbers, and the campaign's (:mod:`netdesk.core.campaign`), with the weeks
  before it (:func:`netdesk.core.dashboard.recent_weeks`).

The week holds at most the user's capacity of them (:mod:`netdesk.core.capacity`: calls and
e-mails, and meetings), chosen by priority: overdue notes and follow-ups first, then this
week's, referrals waiting longest, postings, warm leads, keep-in-touch
(:mod:`netdesk.core.week_queue` says the order and reads each part in SQL). The rest is
counted (:attr:`WeekPlan.waiting`) and can be read a page at a time
(:func:`netdesk.core.week_queue.waiting_page`).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

from netdesk.core.campaign import REFERRALS_PER_MEETING_GOAL, CampaignNumbers, campaign_numbers
from netdesk.core.capacity import Capacity
from netdesk.core.capacity import capacity as current_capacity
from netdesk.core.dashboard import WeekFigures, recent_weeks
from netdesk.core.dates import Week
from netdesk.core.rhythms import favours_owed, referrals_waiting
from netdesk.core.row_undo import RowsChange, capture
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
    WeekNumbers,
    WeekPlan,
)
from netdesk.core.week_queue import STALE_DAYS, Scope, fill
from netdesk.models import Status, TaskKind, history, store, tasks
from netdesk.models import meetings as stored
from netdesk.models import week as week_data
from netdesk.models.history import ProgressFields
from netdesk.models.store import thread_connection

__all__ = [
    "REFERRALS_PER_MEETING_GOAL",
    "STALE_DAYS",
    "THANK_YOU_DAYS",
    "AskFor",
    "CallItem",
    "Capacity",
    "ContactProgress",
    "FollowUpCounts",
    "KeepInTouchItem",
    "MeetingItem",
    "PlanItem",
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
FAVOURS_SHOWN = 5
"""The week suggests this many favours to give back, the most helpful people first."""


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


def week_numbers(week: Week, today: date | None = None) -> WeekNumbers:
    """What happened in ``week``: contacts added, meetings held, referrals, thank-yous on time."""
    today = today or date.today()
    end = week.sunday + timedelta(days=1)
    held_before = min(end, today + timedelta(days=1))
    return WeekNumbers(*week_data.week_counts(week.monday, end, held_before))


def _numbers(week: Week, today: date) -> tuple[WeekNumbers, CampaignNumbers, list[WeekFigures]]:
    """Last week's numbers, the campaign's and the weeks before, on a connection of the
    calling thread's own."""
    with thread_connection():
        return (
            week_numbers(week.previous(), today),
            campaign_numbers(week.previous(), today),
            recent_weeks(week.previous(), today),
        )


def build_week_plan(
    week: Week, today: date | None = None, capacity: Capacity | None = None
) -> WeekPlan:
    """What ``week`` holds, up to ``capacity`` (the user's, :func:`netdesk.core.capacity
    .capacity`, by default) chosen by priority (:mod:`netdesk.core.week_queue`) and the count
    of the rest; last week's numbers and the campaign's.

    The numbers read every table of a large network once: they are counted on a second
    connection beside the queue (SQLite works without Python's lock), which halves the time a
    100,000-contact week takes. Inside a transaction they are counted in it instead, to see
    what it wrote.
    """
    today = today or date.today()
    plan = WeekPlan(week=week, today=today, capacity=capacity or current_capacity())
    scope = Scope(week, today)
    if week_data.in_transaction():
        fill(plan, scope)
        _give_back(plan)
        plan.last_week = week_numbers(week.previous(), today)
        plan.campaign = campaign_numbers(week.previous(), today)
        plan.recent_weeks = recent_weeks(week.previous(), today)
        return plan
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="week-numbers") as pool:
        numbers = pool.submit(_numbers, week, today)
        fill(plan, scope)
        _give_back(plan)
        plan.last_week, plan.campaign, plan.recent_weeks = numbers.result()
    return plan


def _give_back(plan: WeekPlan) -> None:
    """The favours to offer, and how long each referral the plan lists has waited (read for
    as many names as the plan can hold, the longest waiting first, as the plan takes them)."""
    plan.favours = favours_owed(limit=FAVOURS_SHOWN)
    listed = {c.contact_id for c in plan.calls if c.is_referral and c.due is None}
    if listed:
        for pending in referrals_waiting(plan.today, limit=plan.capacity.calls * 2):
            if pending.contact_id in listed:
                plan.waiting_since[pending.contact_id] = pending.sentence


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
