"""The dashboard's rules: figures put into weeks, the growth curves and the steady
two-per-meeting curve, over the last 12 or 26 weeks or the whole campaign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdesk.core.dashboard import (
    FunnelStep,
    Introducer,
    LeadShare,
    Span,
    ThankYous,
    dashboard,
    read_dashboard,
    steady_curve,
    weeks_between,
)
from netdesk.core.dates import Week
from tests.helpers.dashboard_network import TODAY, build_network

W46 = Week.containing(date(2026, 11, 10))


def test_meetings_and_names_per_meeting_by_week(db: Path) -> None:
    build_network()

    figures = dashboard(Span.WEEKS_12, TODAY)

    assert len(figures.weeks) == 12
    assert figures.weeks[0].week == Week.containing(date(2026, 9, 7))
    assert figures.weeks[-1].week == Week.containing(TODAY)
    last = {w.week.iso: (w.meetings, w.referrals) for w in figures.weeks[-3:]}
    assert last == {"2026-W46": (1, 2), "2026-W47": (2, 2), "2026-W48": (1, 0)}
    assert [w.referrals_per_meeting for w in figures.weeks[-3:]] == [2.0, 1.0, 0.0]
    assert figures.weeks[0].referrals_per_meeting is None  # no meeting that week
    assert (figures.meetings, figures.referrals, figures.referrals_per_meeting) == (4, 4, 1.0)
    assert figures.goal == 2


def test_growth_by_generation_and_the_steady_two_per_meeting_curve(db: Path) -> None:
    build_network()

    growth = dashboard(Span.WEEKS_12, TODAY).growth

    # Dan, added before the span, is there from its first week.
    assert [g[0] for g in growth.generations] == [1, 0, 0, 0, 0]
    assert growth.generations[0][-1] == 4
    assert growth.generations[1][-4:] == [0, 2, 3, 3]  # Eve, Fay; then Hal
    assert growth.generations[2][-4:] == [0, 0, 1, 1]  # Gus
    assert growth.everyone[-4:] == [4, 6, 8, 8]
    # The first generation, plus two for every meeting held by the end of the week.
    assert growth.steady[-4:] == [4, 4 + 2 * 1, 4 + 2 * 3, 4 + 2 * 4]


def test_steady_curve() -> None:
    assert steady_curve([3, 3, 4], [0, 1, 3], 2) == [3, 5, 10]


def test_leads_thank_you_notes_funnel_and_introducers(db: Path) -> None:
    ids = build_network()

    figures = dashboard(Span.WEEKS_12, TODAY)

    # Added in the span (Dan was not): warm Ann and Eve, both met; five cold, two met.
    assert figures.leads == [LeadShare("cold", 5, 2), LeadShare("warm", 2, 2)]
    assert figures.leads[0].share == 0.4
    assert figures.thank_yous == ThankYous(due=4, on_time=1, late=1, owed=1)
    assert figures.thank_yous.waiting == 1
    assert figures.thank_yous.share_on_time == 1 / 3
    assert figures.funnel == [
        (FunnelStep.CONTACTS, 7),
        (FunnelStep.MET, 4),
        (FunnelStep.INTRODUCED, 1),
        (FunnelStep.APPLIED, 2),
        (FunnelStep.INTERVIEWING, 1),
        (FunnelStep.OFFER, 1),
    ]
    assert figures.introducers == [
        Introducer(ids["ann"], "Ann Archer", 3),
        Introducer(ids["eve"], "Eve Example", 1),
    ]


def test_the_whole_campaign_begins_with_its_first_week(db: Path) -> None:
    build_network()

    figures = dashboard(Span.WHOLE, TODAY)

    assert figures.weeks[0].week == Week.containing(date(2026, 8, 3))
    assert figures.weeks[-1].week == Week.containing(TODAY)
    assert figures.growth.generations[0][0] == 1
    assert figures.leads == [LeadShare("cold", 6, 2), LeadShare("warm", 2, 2)]
    assert figures.funnel[0] == (FunnelStep.CONTACTS, 8)


def test_a_shorter_span_counts_meetings_before_it_in_the_steady_curve(db: Path) -> None:
    build_network()

    figures = read_dashboard(Span.WEEKS_12, date(2027, 1, 27))  # 9 weeks later

    assert figures.weeks[0].week == Week.containing(date(2026, 11, 9))
    assert figures.weeks[0].meetings == 1
    assert figures.growth.steady[-1] == 4 + 2 * 5  # Cat's meeting, since held
    assert figures.growth.everyone[0] == 6


def test_an_empty_network(db: Path) -> None:
    figures = dashboard(Span.WHOLE, TODAY)

    assert figures.is_empty
    assert [w.week for w in figures.weeks] == [Week.containing(TODAY)]
    assert figures.referrals_per_meeting is None
    assert figures.thank_yous.share_on_time is None
    assert figures.introducers == []


def test_weeks_between() -> None:
    assert [w.iso for w in weeks_between(W46, W46.next().next())] == [
        "2026-W46",
        "2026-W47",
        "2026-W48",
    ]
    assert weeks_between(W46.next(), W46) == []
