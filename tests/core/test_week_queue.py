"""The week's plan holds the week's capacity, chosen by priority, and counts what waits: overdue
notes and follow-ups first, then this week's, referrals waiting longest, postings, warm leads;
each source read and counted in SQL, each person in one source, the rest read page by page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.core.capacity import Capacity, capacity
from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.postings import PostingInput, add_posting, move
from netdesk.core.week_plan import PlanItem, PostingItem, WeekPlan, build_week_plan
from netdesk.core.week_queue import (
    PRIORITY,
    Budget,
    Kind,
    Scope,
    Source,
    source_of,
    waiting_items,
    waiting_page,
)
from netdesk.models import Contact, Lead, Meeting, Status, close_db, init_db, store
from netdesk.models.enums import PostingStage
from netdesk.models.records import ContactData, ReferralInfo
from tests.helpers.networks import BIG_TODAY, big_network

TODAY = BIG_TODAY  # a Wednesday
WEEK = Week.containing(TODAY)


def seed() -> None:
    """One item of every kind, each person a name saying which."""
    sara = create_contact(ContactData(display_name="Sara Referrer", status=Status.MET))
    held = create_contact(ContactData(display_name="Tess Thanks Late", status=Status.MET))
    Meeting.create(contact=held, starts_at=datetime(2026, 11, 10, 10),
                   thank_you_due=date(2026, 11, 12))  # fmt: skip
    create_contact(ContactData(display_name="Fred Follow Late", status=Status.CONTACTED,
                               next_follow_up=date(2026, 11, 2)))  # fmt: skip
    met = create_contact(ContactData(display_name="Tina Thanks", status=Status.MET))
    Meeting.create(contact=met, starts_at=datetime(2026, 11, 23, 10),
                   thank_you_due=date(2026, 11, 25))  # fmt: skip
    create_contact(ContactData(display_name="Finn Follow", status=Status.CONTACTED,
                               next_follow_up=date(2026, 11, 27)))  # fmt: skip
    given = ReferralInfo(sara, referred_on=date(2026, 11, 1))
    create_contact(ContactData(display_name="Rita Referral", referral=given))
    add_posting(PostingInput("Umbrella", "Deadline job", deadline=date(2026, 11, 27)), on=TODAY)
    chef = add_posting(PostingInput("Wayne", "Interview job"), on=TODAY)
    move(chef, PostingStage.INTERVIEWING, on=TODAY)
    create_contact(ContactData(display_name="Walt Warm", organization="Globex", lead=Lead.WARM,
                               status=Status.KEEP_IN_TOUCH))  # fmt: skip
    add_posting(PostingInput("Globex", "Introduction job"), on=TODAY)
    add_posting(PostingInput("Acme", "Quiet job"), on=date(2026, 10, 1))
    booked = create_contact(ContactData(display_name="Mona Meeting", status=Status.MEETING_SET))
    Meeting.create(contact=booked, starts_at=datetime(2026, 11, 27, 9))


def _label(item: PlanItem) -> str:
    return item.title if isinstance(item, PostingItem) else item.name


def in_priority_order(plan: WeekPlan) -> list[str]:
    """What the plan holds, source by source in the queue's order."""
    found: list[str] = []
    placed: dict[str, int] = {}
    for source in PRIORITY:
        if source.budget is Budget.CALLS:
            items = getattr(plan, source.into)
            start = placed.get(source.into, 0)
            taken = plan.taken[source.kind]
            found.extend(_label(i) for i in items[start : start + taken])
            placed[source.into] = start + taken
    return found


PRIORITY_ORDER = [
    "Tess Thanks Late",
    "Fred Follow Late",
    "Tina Thanks",
    "Finn Follow",
    "Rita Referral",
    "Deadline job",
    "Interview job",
    "Introduction job",
    "Walt Warm",
    "Quiet job",
]


def test_the_most_pressing_come_first(db: Path) -> None:
    seed()
    everything = build_week_plan(WEEK, TODAY, Capacity(50, 5))
    assert in_priority_order(everything) == PRIORITY_ORDER
    assert [m.name for m in everything.meetings] == ["Tina Thanks", "Mona Meeting"]  # by time
    assert everything.waiting == 0
    for room in range(1, len(PRIORITY_ORDER)):
        plan = build_week_plan(WEEK, TODAY, Capacity(room, 1))
        assert in_priority_order(plan) == PRIORITY_ORDER[:room]
        assert [m.name for m in plan.meetings] == ["Tina Thanks"]
        assert plan.waiting == len(PRIORITY_ORDER) - room + 1  # and Mona's meeting


def test_meetings_have_a_budget_of_their_own(db: Path) -> None:
    seed()
    plan = build_week_plan(WEEK, TODAY, Capacity(1, 0))
    assert plan.meetings == [] and plan.waiting_of(Kind.MEETINGS) == 2
    assert in_priority_order(plan) == ["Tess Thanks Late"]
    waiting = waiting_page(plan, Kind.MEETINGS, 0, 10)
    assert [_label(i) for i in waiting] == ["Tina Thanks", "Mona Meeting"]


def test_within_a_source_the_longest_waiting_come_first(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    for name, day in (("Cold Carl", 30), ("Warm Wendy", 2), ("Old Olga", 60), ("Nina", None)):
        given = None if day is None else TODAY - timedelta(days=day)
        create_contact(ContactData(display_name=name, referral=ReferralInfo(sara, given)))
    for name, day in (("Late Lou", 3), ("Later Liv", 20)):
        create_contact(ContactData(display_name=name, status=Status.CONTACTED,
                                   next_follow_up=WEEK.monday - timedelta(days=day)))  # fmt: skip
    plan = build_week_plan(WEEK, TODAY, Capacity(3, 5))
    assert [c.name for c in plan.overdue_calls] == ["Later Liv", "Late Lou"]
    assert [c.name for c in plan.calls] == ["Old Olga"]  # a name someone gave you goes cold
    rest = waiting_page(plan, Kind.REFERRALS, 0, 10)
    assert [_label(i) for i in rest] == ["Cold Carl", "Warm Wendy", "Nina"]  # no date: last
    assert plan.waiting == 3


# A big network -----------------------------------------------------------------------------------


@pytest.fixture
def big(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Path]:
    """A demo network of a few thousand people (made once for the session)."""
    path = big_network(tmp_path_factory.getbasetemp(), tmp_path / "big.sqlite")
    init_db(path)
    yield path
    close_db()


def everything_of(plan: WeekPlan, source: Source) -> list[PlanItem]:
    """All the items of ``source``, read without the queue (its own pages, to the end)."""
    scope, found, page = Scope(plan.week, plan.today), [], 100
    while batch := source.fetch(scope, page, len(found)):
        found.extend(batch)
    return found


def test_a_big_network_gets_its_capacity_and_the_count_of_the_rest(big: Path) -> None:
    plan = build_week_plan(WEEK, TODAY)
    assert plan.capacity == capacity() == Capacity(15, 5)
    assert len(plan.meetings) == 5
    assert plan.item_count - len(plan.meetings) + len(plan.suggestions) == 15
    assert plan.waiting > 1000
    total = 0
    people: dict[int, str] = {}
    for source in PRIORITY:
        items = everything_of(plan, source)
        assert plan.total(source.kind) == len(items), source.kind  # the count says it right
        total += len(items)
        if source.kind in (Kind.OVERDUE_FOLLOW_UPS, Kind.FOLLOW_UPS, Kind.REFERRALS,
                           Kind.WARM_LEADS):  # fmt: skip
            for item in items:  # each person in one source only
                assert not isinstance(item, PostingItem)
                assert people.setdefault(item.contact_id, source.kind) == source.kind
        # What waits is the rest of the source, after what the plan holds, read page by page.
        taken, waiting = plan.taken[source.kind], plan.waiting_of(source.kind)
        skipped = plan.passed.get(source.kind, 0)
        assert waiting == len(items) - taken - skipped
        pages: list[PlanItem] = []
        while len(pages) < waiting:
            pages.extend(waiting_page(plan, source.kind, len(pages), 37))
        assert pages == items[taken + skipped :]
        assert waiting_page(plan, source.kind, waiting, 37) == []
    passed = sum(plan.passed.values())  # listed by an earlier source (keep-in-touch's)
    assert total == plan.item_count + len(plan.suggestions) + plan.waiting + passed


def test_the_first_waiting_come_in_priority_order(big: Path) -> None:
    plan = build_week_plan(WEEK, TODAY)
    first = waiting_items(plan, 40)
    assert len(first) == 40
    kinds = [source.kind for source, _item in first]
    order = [s.kind for s in PRIORITY]
    assert [order.index(k) for k in kinds] == sorted(order.index(k) for k in kinds)
    head = source_of(kinds[0])
    heads = [item for source, item in first if source is head]
    assert heads == waiting_page(plan, head.kind, 0, len(heads))


def test_keep_in_touch_comes_after_warm_leads_most_overdue_first(db: Path) -> None:
    """Keep-in-touch (another module's list) joins the queue after the warm leads, the most
    overdue first; it cannot leave out in SQL whom the plan lists already, so the queue passes
    over them (Walt, a warm lead due to keep in touch too, is listed once)."""
    seed()
    walt = next(s for s in build_week_plan(WEEK, TODAY).suggestions if s.name == "Walt Warm")
    with store.transaction():
        Contact.update(date_added=date(2026, 1, 1)).where(Contact.id == walt.contact_id).execute()
    for n in range(4):  # Kim Keep 0 is the most overdue
        create_contact(ContactData(display_name=f"Kim Keep {n}", rhythm_days=7,
                                   date_added=TODAY - timedelta(days=30 - n)))  # fmt: skip
    plan = build_week_plan(WEEK, TODAY, Capacity(len(PRIORITY_ORDER), 5))
    assert [s.name for s in plan.suggestions] == ["Walt Warm"]
    assert [k.name for k in plan.keep_in_touch] == ["Kim Keep 0"]
    first = plan.keep_in_touch[0]
    assert (first.rhythm_days, first.overdue_days, first.overdue) == (7, 23, True)
    assert in_priority_order(plan)[-2:] == ["Walt Warm", "Kim Keep 0"]
    assert plan.stale == [] and plan.waiting_of(Kind.STALE) == 1  # after keep-in-touch
    assert plan.total(Kind.KEEP_IN_TOUCH) == 5  # Walt among them
    assert (plan.taken[Kind.KEEP_IN_TOUCH], plan.waiting_of(Kind.KEEP_IN_TOUCH)) == (1, 3)
    rest = waiting_page(plan, Kind.KEEP_IN_TOUCH, 0, 10)
    assert [_label(i) for i in rest] == ["Kim Keep 1", "Kim Keep 2", "Kim Keep 3"]
    assert plan.waiting == 4


def test_inside_a_transaction_the_plan_sees_what_it_wrote(db: Path) -> None:
    today = date.today()
    with store.transaction():
        create_contact(ContactData(display_name="Fresh Face", lead=Lead.WARM))
        plan = build_week_plan(Week.containing(today), today)
    assert [s.name for s in plan.suggestions] == ["Fresh Face"]
    assert plan.campaign is not None and plan.campaign.total.contacts_added == 1
