"""The dashboard's figures as the database counts them, by day (see ``models.dashboard``)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from netdesk.models import Contact, Referral
from netdesk.models import dashboard as data
from tests.helpers.dashboard_network import TODAY, build_network

TOMORROW = TODAY + timedelta(days=1)


def test_meetings_held_and_their_names_by_day(db: Path) -> None:
    build_network()

    days = data.meeting_days(None, TODAY)

    assert days == [
        data.MeetingDay("2026-11-10", 1, 2),
        data.MeetingDay("2026-11-17", 1, 0),
        data.MeetingDay("2026-11-18", 1, 1),
        data.MeetingDay("2026-11-20", 0, 1),  # Hal, referred without a meeting
        data.MeetingDay("2026-11-24", 1, 0),
    ]  # the meeting of 27 November has not been held
    assert [d.day for d in data.meeting_days(date(2026, 11, 18), TODAY)] == [
        "2026-11-18",
        "2026-11-20",
        "2026-11-24",
    ]
    assert data.meetings_before(date(2026, 11, 18)) == 2


def test_thank_you_notes_on_time_late_and_owed(db: Path) -> None:
    build_network()

    # 10 Nov sent on its day; 17 Nov sent late; 18 Nov owed; 24 Nov still within its window.
    assert data.thank_yous(None, TODAY) == data.ThankYouCounts(due=4, on_time=1, late=1, owed=1)
    assert data.thank_yous(date(2026, 11, 18), TODAY) == data.ThankYouCounts(2, 0, 0, 1)
    # Seen from the day after 24 November's window closed, that one is owed too.
    assert data.thank_yous(None, date(2026, 11, 27)).owed == 2


def test_people_by_generation_and_the_day_they_joined(db: Path) -> None:
    build_network()

    assert data.generation_days(5) == [
        data.GenerationDay(1, "2026-08-03", 1),
        data.GenerationDay(1, "2026-10-01", 3),
        data.GenerationDay(2, "2026-11-10", 2),
        data.GenerationDay(3, "2026-11-18", 1),
        data.GenerationDay(2, "2026-11-20", 1),
    ]
    # The deepest generation drawn counts every deeper one.
    assert data.generation_days(2)[-2] == data.GenerationDay(2, "2026-11-18", 1)


def test_a_chain_thousands_deep_is_walked_by_sqlite(db: Path) -> None:
    """The map's benchmark has chains 5,000 deep: no recursion limit in the way."""
    depth = 3000
    Contact.insert_many(
        [
            {
                "uid": f"chain-{i}",
                "display_name": f"Link {i}",
                "sort_name": f"link {i:05}",
                "date_added": "2026-11-01",
            }
            for i in range(depth)
        ]
    ).execute()
    ids = [c.id for c in Contact.select(Contact.id).order_by(Contact.id)]
    Referral.insert_many(
        [{"referred": ids[i], "referrer": ids[i - 1]} for i in range(1, depth)]
    ).execute()

    rows = data.generation_days(5)

    assert [(r.generation, r.people) for r in rows] == [(1, 1), (2, 1), (3, 1), (4, 1), (5, 2996)]
    assert {r.day for r in rows} == {"2026-11-01"}  # undated referrals: the day added


def test_warm_and_cold_leads_met(db: Path) -> None:
    build_network()

    assert data.lead_meetings(None, TOMORROW, TOMORROW) == [
        data.LeadMeetings("cold", 6, 2),  # Bob and Fay met; Cat's meeting is to come
        data.LeadMeetings("warm", 2, 2),
    ]
    assert data.lead_meetings(date(2026, 11, 1), TOMORROW, TOMORROW) == [
        data.LeadMeetings("cold", 3, 1),  # Fay, Gus, Hal added since
        data.LeadMeetings("warm", 1, 1),  # Eve
    ]


def test_the_funnel_counts(db: Path) -> None:
    build_network()

    assert data.contacts_added(None, TOMORROW) == 8
    assert data.contacts_added(date(2026, 11, 1), TOMORROW) == 4
    assert data.people_met(None, TOMORROW) == 4
    assert data.people_met(date(2026, 11, 17), TOMORROW) == 3
    assert data.posting_funnel(None, TOMORROW) == data.PostingFunnel(1, 2, 1, 1)
    assert data.posting_funnel(date(2026, 11, 4), TOMORROW) == data.PostingFunnel(0, 1, 1, 1)


def test_who_introduced_the_most_people(db: Path) -> None:
    ids = build_network()

    assert data.top_introducers(None, TOMORROW, 10) == [
        data.Introducer(ids["ann"], "Ann Archer", 3),
        data.Introducer(ids["eve"], "Eve Example", 1),
    ]
    assert data.top_introducers(None, TOMORROW, 1) == [data.Introducer(ids["ann"], "Ann Archer", 3)]
    assert data.top_introducers(date(2026, 11, 15), TOMORROW, 10) == [
        data.Introducer(ids["ann"], "Ann Archer", 1),  # Hal
        data.Introducer(ids["eve"], "Eve Example", 1),
    ]


def test_an_empty_network_has_no_figures(db: Path) -> None:
    assert data.meeting_days(None, TODAY) == []
    assert data.thank_yous(None, TODAY) == data.ThankYouCounts(0, 0, 0, 0)
    assert data.generation_days(5) == []
    assert data.lead_meetings(None, TOMORROW, TOMORROW) == []
    assert data.top_introducers(None, TOMORROW, 10) == []
    assert data.posting_funnel(None, TOMORROW) == data.PostingFunnel(0, 0, 0, 0)
