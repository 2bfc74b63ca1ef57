"""The job search as a numbers game: a week's numbers beside the whole campaign's.

The career guides count: people added and reached, meetings held, two names asked for in every
meeting, introductions to employers, applications, interviews and offers, and how many of the
applications came with an introduction (those are the ones that stand out). The This week page
shows them as a strip and the weekly sheet under "Last week in numbers"; both read
:func:`campaign_numbers`. What each number counts is ``netdesk.models.campaign``'s to say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from netdesk.core.dates import Week
from netdesk.models import campaign as campaign_data

__all__ = [
    "REFERRALS_PER_MEETING_GOAL",
    "CampaignCounts",
    "CampaignNumbers",
    "campaign_counts",
    "campaign_numbers",
]

REFERRALS_PER_MEETING_GOAL = 2
"""The guides' rule: leave every meeting with two names."""


@dataclass(frozen=True, slots=True)
class CampaignCounts:
    """What happened in one period (see ``netdesk.models.campaign`` for each count)."""

    contacts_added: int
    reached: int
    met: int
    referrals: int
    introductions: int
    applications: int
    interviews: int
    offers: int
    applications_introduced: int
    goal: int = REFERRALS_PER_MEETING_GOAL

    @property
    def referrals_per_meeting(self) -> float | None:
        """Names obtained per meeting held (None: no meeting held)."""
        return self.referrals / self.met if self.met else None

    @property
    def goal_reached(self) -> bool:
        ratio = self.referrals_per_meeting
        return ratio is not None and ratio >= self.goal

    @property
    def applications_without(self) -> int:
        """Applications sent without anyone introducing or referring you."""
        return self.applications - self.applications_introduced


@dataclass(frozen=True, slots=True)
class CampaignNumbers:
    """A week's numbers (``week``) and the whole campaign's up to today (``total``)."""

    week: Week
    in_week: CampaignCounts
    total: CampaignCounts


def campaign_counts(start: date | None, end: date, today: date) -> CampaignCounts:
    """The numbers from ``start`` (the beginning of the campaign when None) to ``end``
    (excluded); a meeting counts as held once it has begun, by today."""
    return CampaignCounts(*campaign_data.campaign_counts(start, end, today + timedelta(days=1)))


def campaign_numbers(week: Week | None = None, today: date | None = None) -> CampaignNumbers:
    """``week``'s numbers (last week by default) and the whole campaign's, up to today."""
    today = today or date.today()
    week = week or Week.containing(today).previous()
    return CampaignNumbers(
        week=week,
        in_week=campaign_counts(week.monday, week.sunday + timedelta(days=1), today),
        total=campaign_counts(None, today + timedelta(days=1), today),
    )
