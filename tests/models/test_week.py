"""The week plan's reading: one definition of "a follow-up due", counted and listed alike."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.models import ContactAddress, database, week
from tests.helpers import rows

MONDAY, SUNDAY = date(2026, 11, 23), date(2026, 11, 29)


def test_a_person_is_listed_once_at_their_earliest_follow_up(db: Path) -> None:
    ann = rows.contact("Ann", next_follow_up=date(2026, 11, 27), phone="+1 555 0100")
    call = rows.task(ann, date(2026, 11, 25), kind="call", title="Call Ann")
    rows.task(ann, date(2026, 11, 20), kind="follow_up", done=True)  # done: not due
    rows.task(ann, date(2026, 11, 21), kind="thank_you")  # not a follow-up
    bob = rows.contact("Bob", next_follow_up=date(2026, 11, 2))
    rows.referral(bob, ann, reason="knows everyone", calls_ahead=True)
    rows.contact("Cem", next_follow_up=date(2026, 12, 5))  # after the week
    found = week.follow_ups(None, SUNDAY, limit=10)
    assert [(f.person.name, f.due, f.task_id) for f in found] == [
        ("Bob", date(2026, 11, 2), None),
        ("Ann", date(2026, 11, 25), call),
    ]
    assert found[0].person == week.Person(bob, "Bob", "", "", "", "Ann", "knows everyone", True)
    assert found[1].person.phone == "+1 555 0100"
    assert week.count_follow_up_people([SUNDAY, MONDAY, date(2026, 11, 1)]) == [2, 1, 0]
    assert week.count_follow_up_people([]) == []


def test_the_contact_tables_filter_uses_the_same_definition(db: Path) -> None:
    ann = rows.contact("Ann", next_follow_up=date(2026, 11, 27))
    bob = rows.contact("Bob")
    rows.task(bob, date(2026, 11, 24))
    rows.contact("Cem", next_follow_up=date(2026, 12, 5))
    condition, params = week.follow_up_due_condition(SUNDAY)
    ids = [r[0] for r in database.execute_sql(f"SELECT c.id FROM contact c WHERE {condition}",
                                              params)]  # fmt: skip
    assert sorted(ids) == [ann, bob]


def test_first_addresses_of_more_contacts_than_one_query_may_name(db: Path) -> None:
    ids = [rows.contact(f"Person {i:04d}") for i in range(1203)]
    with database.atomic():
        ContactAddress.insert_many(
            [{"contact": c, "street": f"{c} Main St", "position": 1} for c in ids[::2]]
            + [{"contact": ids[0], "street": "First St", "position": 0, "label": "home"}]
        ).execute()
    found = week.first_addresses(ids)
    assert len(found) == len(ids[::2])
    assert found[ids[0]] == ("home", "First St", "", "", "", "")
    assert found[ids[-1]][1] == f"{ids[-1]} Main St"


def test_warm_leads_skip_those_listed_and_come_a_page_at_a_time(db: Path) -> None:
    never = rows.contact("Never Spoken", lead="warm")
    long_ago = rows.contact("Long Ago", lead="warm", status="dormant",
                            last_contact=date(2025, 1, 5))  # fmt: skip
    rows.contact("Recent", lead="warm", status="keep_in_touch", last_contact=date(2026, 11, 1))
    rows.contact("Cold", lead="cold")
    waiting = rows.contact("Referred", lead="warm")
    rows.referral(waiting, never)
    span = week.Span(MONDAY, SUNDAY, held=SUNDAY)
    assert [w.name for w in week.warm_leads(span, 10)] == ["Never Spoken", "Long Ago", "Recent"]
    assert [w.contact_id for w in week.warm_leads(span, 1, offset=1)] == [long_ago]
    assert week.warm_leads(span, 0) == []
    rows.task(never, date(2026, 11, 25))  # a follow-up this week: listed there, not here
    assert [w.name for w in week.warm_leads(span, 10)] == ["Long Ago", "Recent"]


def test_a_weeks_numbers_count_meetings_held_and_notes_on_time(db: Path) -> None:
    ann = rows.contact("Ann", date_added=date(2026, 11, 24))
    held = rows.meeting(ann, datetime(2026, 11, 24, 10), thank_you_due=date(2026, 11, 26),
                        thank_you_sent=date(2026, 11, 25))  # fmt: skip
    rows.meeting(ann, datetime(2026, 11, 27, 10), thank_you_due=date(2026, 11, 29))  # ahead
    rows.referral(rows.contact("Bob"), ann, meeting=held)
    counts = week.week_counts(MONDAY, date(2026, 11, 30), held_before=date(2026, 11, 26))
    assert counts == week.WeekCounts(
        new_contacts=1,
        meetings_held=1,
        referrals_obtained=1,
        thank_yous_due=1,
        thank_yous_on_time=1,
    )
    later = week.week_counts(MONDAY, date(2026, 11, 30), held_before=date(2026, 11, 30))
    assert (later.meetings_held, later.thank_yous_due, later.thank_yous_on_time) == (2, 2, 1)
