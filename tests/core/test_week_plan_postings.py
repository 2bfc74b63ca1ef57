"""The postings' actions in the week's plan: deadlines, introductions to ask for, interviews and
postings gone quiet, each posting once, with the best-placed warm person to ask."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.postings import (
    PostingInput,
    add_posting,
    link_person,
    mark_interview_country,
    move,
)
from netdesk.core.week_plan import PostingAction, build_week_plan
from netdesk.models import Lead, Meeting
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.records import ContactData

TODAY = date(2026, 11, 25)  # a Wednesday
WEEK = Week.containing(TODAY)
RECENT = date(2026, 11, 20)


def posting(company: str, title: str, *, on: date = RECENT, deadline: date | None = None) -> int:
    return add_posting(PostingInput(company, title, deadline=deadline), on=on)


def seed() -> dict[str, int]:
    ids = {
        "sara": create_contact(
            ContactData(display_name="Sara Smith", organization="Globex", lead=Lead.WARM,
                        last_contact=date(2026, 9, 1))
        ),
        "paula": create_contact(
            ContactData(display_name="Paula Past", lead=Lead.WARM, last_contact=date(2026, 11, 1),
                        past_employers=["Globex", "Initech"])
        ),
        "carl": create_contact(
            ContactData(display_name="Carl Cold", organization="Hooli", lead=Lead.COLD)
        ),
        "analyst": posting("Globex", "Analyst", deadline=date(2026, 11, 27)),
        "engineer": posting("Globex", "Engineer"),
        "manager": posting("Globex", "Manager"),
        "clerk": posting("Initech", "Clerk", deadline=date(2026, 11, 10)),
        "tester": posting("Umbrella", "Tester", on=date(2026, 10, 20), deadline=date(2026, 11, 26)),
        "driver": posting("Wayne", "Driver"),
        "chef": posting("Wayne", "Chef"),
        "old": posting("Acme", "Old hat", on=date(2026, 6, 1)),
        "designer": posting("Hooli", "Designer"),
        "next_year": posting("Initech", "Planner", deadline=date(2027, 1, 4)),
    }  # fmt: skip
    move(ids["engineer"], PostingStage.RESEARCHING, on=RECENT)
    link_person(ids["manager"], ids["paula"], PostingRole.REFERRED_ME)
    move(ids["tester"], PostingStage.APPLIED, on=date(2026, 11, 1))
    move(ids["old"], PostingStage.REJECTED, on=date(2026, 7, 1))
    move(ids["chef"], PostingStage.INTERVIEWING, on=date(2026, 11, 23))
    ids["wayne_guy"] = create_contact(ContactData(display_name="Bruce Wayne", organization="Wayne"))
    meeting = Meeting.create(contact=ids["wayne_guy"], starts_at=datetime(2026, 11, 26, 14))
    ids["interview"] = int(meeting.id)
    mark_interview_country(ids["interview"], ids["driver"], on=date(2026, 11, 24))
    return ids


def test_each_posting_is_listed_once_for_what_to_do_about_it(db: Path) -> None:
    ids = seed()

    plan = build_week_plan(WEEK, TODAY)

    by_id = {item.posting_id: item for item in plan.postings}
    assert len(by_id) == len(plan.postings)
    assert [p.posting_id for p in plan.deadlines] == [ids["clerk"], ids["analyst"]]
    # A deadline after this week: time to ask for an introduction first.
    assert [p.posting_id for p in plan.introductions] == [ids["engineer"], ids["next_year"]]
    assert {p.posting_id for p in plan.interviews} == {ids["driver"], ids["chef"]}
    assert [p.posting_id for p in plan.stale] == [ids["tester"]]
    # Not listed: referred already, closed, nobody warm there and not quiet.
    for quiet in ("manager", "old", "designer"):
        assert ids[quiet] not in by_id
    assert all(p.action is PostingAction.DEADLINE for p in plan.deadlines)
    assert by_id[ids["tester"]].days_quiet(TODAY) == 24
    assert not plan.is_empty
    assert plan.item_count == len(plan.meetings) + len(plan.postings)


def test_the_best_placed_warm_person_is_the_one_to_ask(db: Path) -> None:
    ids = seed()

    plan = build_week_plan(WEEK, TODAY)

    by_id = {item.posting_id: item for item in plan.postings}
    analyst, clerk = by_id[ids["analyst"]], by_id[ids["clerk"]]
    # Sara works at Globex now: she comes before Paula, who used to (and was in touch later).
    assert analyst.ask is not None and analyst.ask.contact_id == ids["sara"]
    assert analyst.ask_line == "Ask Sara Smith for an introduction at Globex before applying"
    assert clerk.ask is not None and clerk.ask.contact_id == ids["paula"]
    assert clerk.ask_line == (
        "Ask Paula Past, who used to work at Initech, for an introduction before applying"
    )
    assert by_id[ids["tester"]].ask is None  # applied already: too late to ask


def test_an_interview_comes_with_its_time_and_the_meeting_with_its_posting(db: Path) -> None:
    ids = seed()

    plan = build_week_plan(WEEK, TODAY)

    interviews = {p.posting_id: p for p in plan.interviews}
    driver, chef = interviews[ids["driver"]], interviews[ids["chef"]]
    assert driver.interview_at == datetime(2026, 11, 26, 14)
    assert (driver.meeting_id, driver.interviewer) == (ids["interview"], "Bruce Wayne")
    assert chef.interview_at is None and chef.meeting_id is None
    meeting = next(m for m in plan.meetings if m.meeting_id == ids["interview"])
    assert (meeting.posting_id, meeting.posting_title, meeting.posting_company) == (
        ids["driver"], "Driver", "Wayne",
    )  # fmt: skip


def test_a_referral_linked_takes_the_introduction_off_the_plan(db: Path) -> None:
    ids = seed()
    link_person(ids["engineer"], ids["sara"], PostingRole.REFERRED_ME)

    plan = build_week_plan(WEEK, TODAY)

    assert ids["engineer"] not in {p.posting_id for p in plan.postings}
