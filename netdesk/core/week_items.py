"""What the week's plan is made of: the items of This week and of the printed sheet.

Plain data, built by :mod:`netdesk.core.week_queue` from the database and read by the window,
the sheet and the command line alike (:mod:`netdesk.core.week_plan` says what goes where).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from netdesk.core.campaign import REFERRALS_PER_MEETING_GOAL, CampaignNumbers
from netdesk.core.capacity import Capacity
from netdesk.core.dashboard import WeekFigures
from netdesk.core.dates import Week
from netdesk.core.referrals import opening_sentence
from netdesk.core.rhythms import FavourOwed
from netdesk.core.text import isolate_bidi
from netdesk.core.wording import translate

__all__ = [
    "AskFor",
    "CallItem",
    "KeepInTouchItem",
    "MeetingItem",
    "PlanItem",
    "PostingAction",
    "PostingItem",
    "Suggestion",
    "ThankYouItem",
    "WeekNumbers",
    "WeekPlan",
]


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


@dataclass(frozen=True, slots=True)
class KeepInTouchItem:
    """Someone due to keep in touch with: their rhythm has passed since the last touch."""

    contact_id: int
    name: str
    rhythm_days: int
    last_touch: date | None
    due: date
    overdue_days: int
    """Days past ``due`` (0 on the day itself)."""
    overdue: bool
    """Past twice the rhythm."""


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


PlanItem = CallItem | MeetingItem | ThankYouItem | Suggestion | PostingItem | KeepInTouchItem


@dataclass
class WeekPlan:
    """A week's plan: the items it holds, at most its capacity of them, and the count of what
    waits beyond it (``totals`` and ``taken`` by the queue's source, see
    :data:`netdesk.core.week_queue.PRIORITY`)."""

    week: Week
    today: date
    calls: list[CallItem] = field(default_factory=list)
    meetings: list[MeetingItem] = field(default_factory=list)
    thank_yous: list[ThankYouItem] = field(default_factory=list)
    overdue_calls: list[CallItem] = field(default_factory=list)
    overdue_thank_yous: list[ThankYouItem] = field(default_factory=list)
    last_week: WeekNumbers | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    keep_in_touch: list[KeepInTouchItem] = field(default_factory=list)
    """People due to keep in touch with, the most overdue first (after the warm leads)."""
    favours: list[FavourOwed] = field(default_factory=list)
    """Give before getting: people who helped twice or more with nothing given back since,
    the most helpful first (a few; suggestions, not part of the capacity)."""
    waiting_since: dict[int, str] = field(default_factory=dict)
    """For the referrals the plan lists: how long their name has waited, as a sentence ("Sara
    Smith gave you John Lee's name 9 days ago."), by contact."""
    deadlines: list[PostingItem] = field(default_factory=list)
    introductions: list[PostingItem] = field(default_factory=list)
    interviews: list[PostingItem] = field(default_factory=list)
    stale: list[PostingItem] = field(default_factory=list)
    campaign: CampaignNumbers | None = None
    """Last week's numbers (the week before ``week``) beside the whole campaign's."""
    recent_weeks: list[WeekFigures] = field(default_factory=list)
    """Meetings and names per meeting in the weeks up to last week (the sheet's trend)."""
    capacity: Capacity = field(default_factory=Capacity)
    totals: dict[str, int] = field(default_factory=dict)
    """How many items each source of the queue has in all, by its kind."""
    taken: dict[str, int] = field(default_factory=dict)
    """How many of them the plan holds."""
    passed: dict[str, int] = field(default_factory=dict)
    """How many a source's first rows held that the plan lists already (see ``Source.person``);
    what waits of it comes after them."""

    def total(self, kind: str) -> int:
        """How many items of ``kind`` there are, held by the plan or waiting."""
        return self.totals.get(kind, 0)

    def waiting_of(self, kind: str) -> int:
        """How many items of ``kind`` wait beyond the plan's capacity."""
        return max(0, self.total(kind) - self.taken.get(kind, 0) - self.passed.get(kind, 0))

    @property
    def waiting(self) -> int:
        """How many items wait beyond the capacity ("and 212 more waiting")."""
        return sum(self.waiting_of(kind) for kind in self.totals)

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
            or self.keep_in_touch
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
            + len(self.keep_in_touch)
        )
