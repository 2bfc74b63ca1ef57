"""The week's plan for a seeded week: the right people in the right sections."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.week_plan import (
    build_week_plan,
    complete_task,
    mark_contacted,
    mark_thank_you_sent,
    tick_with_undo,
)
from netdesk.models import Lead, Meeting, Referral, Status, Task, Topic
from netdesk.models.records import Address, ContactData, ReferralInfo
from tests.helpers.changes import recorded, reported

TODAY = date(2026, 11, 25)  # a Wednesday
WEEK = Week.containing(TODAY)


def seed() -> dict[str, int]:
    sara = create_contact(ContactData(display_name="Sara Smith", lead=Lead.WARM, status=Status.MET))
    met = Meeting.create(
        contact=sara,
        starts_at=datetime(2026, 11, 23, 9, 30),
        purpose="Learn how the data team hires",
        agenda="Who I am\nAsk for two names",
        thank_you_due=date(2026, 11, 25),
    )
    john = create_contact(
        ContactData(
            display_name="John Public",
            referral=ReferralInfo(sara, reason="he knows everyone in town", calls_ahead=True),
        )
    )
    Referral.update(meeting=met).where(Referral.referred == john).execute()
    anna = create_contact(
        ContactData(display_name="Anna Müller", status=Status.CONTACTED,
                    next_follow_up=date(2026, 11, 27),
                    addresses=[Address(street="1 Main St", locality="Springfield")])
    )  # fmt: skip
    old = create_contact(
        ContactData(
            display_name="Olga Overdue", status=Status.MET, next_follow_up=date(2026, 11, 2)
        )
    )
    Meeting.create(
        contact=old, starts_at=datetime(2026, 11, 10, 10), thank_you_due=date(2026, 11, 12)
    )
    upcoming = Meeting.create(contact=anna, starts_at=datetime(2026, 11, 27, 14), purpose="Coffee")
    task = Task.create(contact=anna, title="Call Anna", due=date(2026, 11, 26), kind="call")
    create_contact(ContactData(display_name="Next Year", next_follow_up=date(2027, 1, 5)))
    return {"sara": sara, "john": john, "anna": anna, "old": old, "met": int(met.id),
            "upcoming": int(upcoming.id), "task": int(task.id)}  # fmt: skip


def test_sections_hold_the_right_people(db: Path) -> None:
    ids = seed()
    plan = build_week_plan(WEEK, TODAY)
    calls = {c.name: c for c in plan.calls}
    assert set(calls) == {"John Public", "Anna Müller"}
    assert calls["John Public"].opening_line == "Sara Smith suggested I give you a call."
    assert calls["John Public"].calls_ahead and calls["John Public"].is_referral
    assert calls["Anna Müller"].task_id == ids["task"]
    assert [m.name for m in plan.meetings] == ["Sara Smith", "Anna Müller"]
    assert plan.meetings[0].agenda == ["Who I am", "Ask for two names"]
    assert [t.name for t in plan.thank_yous] == ["Sara Smith"]
    assert [c.name for c in plan.overdue_calls] == ["Olga Overdue"]
    assert [t.name for t in plan.overdue_thank_yous] == ["Olga Overdue"]
    assert not plan.is_empty


def test_this_weeks_numbers_and_checking_off(db: Path) -> None:
    ids = seed()
    numbers = build_week_plan(WEEK.next(), date(2026, 12, 1)).last_week
    assert numbers is not None
    assert numbers.meetings_held == 2 and numbers.referrals_obtained == 1
    assert numbers.referrals_per_meeting == 0.5
    mark_thank_you_sent(ids["met"], date(2026, 11, 24))
    complete_task(ids["task"], TODAY)
    mark_contacted(ids["john"], TODAY)
    plan = build_week_plan(WEEK, TODAY)
    assert plan.thank_yous == []
    assert {c.name for c in plan.calls} == {"Anna Müller"}  # still her follow-up date
    assert plan.calls[0].task_id is None


def test_an_empty_week_still_suggests_people(db: Path) -> None:
    create_contact(ContactData(display_name="Old Friend", lead=Lead.WARM))
    plan = build_week_plan(WEEK, TODAY)
    assert plan.is_empty
    assert [s.name for s in plan.suggestions] == ["Old Friend"]


def test_ticking_items_off_reports_what_changed(db: Path) -> None:
    ids = seed()
    with recorded() as seen:
        task = tick_with_undo("task", ids["anna"], on=TODAY, through=WEEK.sunday,
                              task_id=ids["task"])  # fmt: skip
    assert reported(seen) == {
        Topic.TASKS: frozenset({ids["task"]}),
        Topic.CONTACTS: frozenset({ids["anna"]}),
    }
    with recorded() as seen:
        tick_with_undo("thank_you", ids["sara"], on=TODAY, through=WEEK.sunday,
                       meeting_id=ids["met"])  # fmt: skip
    assert reported(seen) == {Topic.MEETINGS: frozenset({ids["met"]})}  # it has no task
    with recorded() as seen:
        tick_with_undo("follow_up", ids["old"], on=TODAY, through=WEEK.sunday)
    assert reported(seen) == {Topic.CONTACTS: frozenset({ids["old"]})}
    with recorded() as seen:
        task.undo()
    assert reported(seen) == {
        Topic.TASKS: frozenset({ids["task"]}),
        Topic.CONTACTS: frozenset({ids["anna"]}),
    }
    assert Task.get_by_id(ids["task"]).done is False
