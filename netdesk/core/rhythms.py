"""Keeping in touch: how often, who is due, who has been neglected, and the campaign's other
reminders that age (names given and not called yet, thank-you notes, favours owed).

The rhythm of a contact is the number of days between two touches:

- its own, when one is set on the contact (``ContactData.rhythm_days``);
- else the most specific default rule that matches it: one of its tags (the tightest when
  several tags have a rule), else its status (a dormant contact slows down, whatever else it
  is), else its relationship (recruiters every two weeks), else its warm or cold mark (warm
  leads monthly); see :data:`RULE_KINDS`;
- else none: the contact is never due.

Any touch restarts the clock: an interaction logged (a call, an e-mail, a letter, a message; a
note to yourself is not a touch), a meeting they attended (one ahead counts from its day), a
favour either way, or their last contact date; someone never touched counts from the day they
were added. The contact is due once one rhythm has passed since the last touch and overdue once
two have ("Who have I neglected?"). The database keeps the due day of every contact by trigger
and indexed (:mod:`netdesk.models.rhythms`), so these lists cost the same at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netdesk.core.errors import FieldError, NotFoundError, ValidationError
from netdesk.core.text import isolate_bidi
from netdesk.core.wording import translate
from netdesk.models import rhythms as rhythms_data
from netdesk.models import store
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.rhythms import MAX_RHYTHM_DAYS, RULE_KINDS

__all__ = [
    "DEFAULT_CAPACITY",
    "MAX_RHYTHM_DAYS",
    "RULE_KINDS",
    "FavourOwed",
    "KeepInTouch",
    "PendingReferral",
    "Rhythm",
    "RhythmRule",
    "ThankYouDue",
    "WeeklyCapacity",
    "favours_owed",
    "keep_in_touch_count",
    "keep_in_touch_due",
    "neglected",
    "referrals_waiting",
    "rhythm_of",
    "rhythm_rules",
    "rhythm_words",
    "set_contact_rhythm",
    "set_rhythm_rule",
    "set_weekly_capacity",
    "thank_yous_due",
    "waiting_sentence",
    "weekly_capacity",
]

_VOCABULARIES: dict[str, type[Status] | type[Relationship] | type[Lead]] = {
    "status": Status,
    "relationship": Relationship,
    "lead": Lead,
}


# Who is due -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeepInTouch:
    """Someone due to keep in touch with by a day."""

    contact_id: int
    display_name: str
    rhythm_days: int
    last_touch: date | None
    """The last touch (None: none since they were added; the clock counts from then)."""
    due: date
    """The day one rhythm had passed since the last touch."""
    overdue_days: int
    """Days past ``due`` (0 on the day itself)."""
    overdue: bool
    """Past twice the rhythm: a second rhythm has passed too."""


def _item(row: rhythms_data.DueRow, by: date) -> KeepInTouch:
    late = (by - row.due).days
    return KeepInTouch(
        contact_id=row.contact_id,
        display_name=row.display_name,
        rhythm_days=row.rhythm_days,
        last_touch=row.last_touch,
        due=row.due,
        overdue_days=late,
        overdue=late >= row.rhythm_days,
    )


def keep_in_touch_due(by: date, *, limit: int | None = None, offset: int = 0) -> list[KeepInTouch]:
    """Everyone due to keep in touch by ``by``, the most overdue first, paged in SQL."""
    return [_item(row, by) for row in rhythms_data.due_rows(by, limit=limit, offset=offset)]


def keep_in_touch_count(by: date) -> int:
    """How many people :func:`keep_in_touch_due` lists for ``by`` (counted on the index)."""
    return rhythms_data.due_count(by)


def neglected(by: date, limit: int = 50) -> list[KeepInTouch]:
    """ "Who have I neglected?": the people past twice their rhythm by ``by``, the most overdue
    first."""
    return [_item(row, by) for row in rhythms_data.overdue_rows(by, limit=limit)]


# Rhythms and their rules --------------------------------------------------------------------------


@dataclass(frozen=True)
class RhythmRule:
    """A default rhythm: ``days`` for the contacts of one relationship, status, warm or cold
    mark (``key`` is its stored value) or tag (``key`` is its name)."""

    kind: str
    key: str
    days: int


def rhythm_rules() -> list[RhythmRule]:
    """The default rhythms, in the order they apply, then by key."""
    return [RhythmRule(r.kind, r.key, r.days) for r in rhythms_data.rules()]


def _check_days(days: int | None, field: str) -> None:
    if days is not None and not 1 <= days <= MAX_RHYTHM_DAYS:
        raise ValidationError(
            [FieldError(field, f"A rhythm is a number of days from 1 to {MAX_RHYTHM_DAYS:,}.")]
        )


def set_rhythm_rule(kind: str, key: str, days: int | None) -> None:
    """Make ``days`` the default rhythm of ``kind`` ``key`` (None: no default for it). Every
    contact it concerns is due again by the new rhythm at once."""
    if kind not in RULE_KINDS:
        raise ValidationError([FieldError("kind", f"There are no rhythms by {kind!r}.")])
    key = " ".join(key.split())
    vocabulary = _VOCABULARIES.get(kind)
    if vocabulary is not None:
        if key not in {m.value for m in vocabulary}:
            raise ValidationError([FieldError("key", f"{key!r} is no {kind}.")])
    elif not key:
        raise ValidationError([FieldError("key", "Name the tag the rhythm is for.")])
    _check_days(days, "days")
    rhythms_data.set_rule(kind, key, days)


def set_contact_rhythm(contact_id: int, days: int | None) -> None:
    """The contact's own rhythm, whatever the rules say (None: the rules' again)."""
    _check_days(days, "rhythm_days")
    if not rhythms_data.set_contact_rhythm(contact_id, days):
        raise NotFoundError(f"Contact {contact_id} no longer exists.")


@dataclass(frozen=True)
class Rhythm:
    """A contact's rhythm and where it comes from."""

    days: int | None
    """None: the contact has no rhythm and is never due."""
    source: str
    """ "contact" (set on the contact), one of :data:`RULE_KINDS`, or "" for none."""
    key: str = ""
    """The rule's key: the tag's name, the status, relationship or mark ("" for the contact's
    own)."""


def rhythm_of(contact_id: int) -> Rhythm:
    """The rhythm that applies to ``contact_id`` and why (see the module docstring)."""
    found = rhythms_data.contact_rhythm(contact_id)
    if found is None:
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    if found.own is not None:
        return Rhythm(found.own, "contact")
    for source, rule in (
        ("tag", found.tag),
        ("status", found.status),
        ("relationship", found.relationship),
        ("lead", found.lead),
    ):
        if rule is not None:
            return Rhythm(rule[1], source, rule[0])
    return Rhythm(None, "")


def rhythm_words(days: int) -> str:
    """ "every 2 weeks", "every month", "every 90 days": a rhythm as a person says it."""
    if days == 1:
        return translate("KeepInTouch", "every day")
    if days == 7:
        return translate("KeepInTouch", "every week")
    if days % 7 == 0 and days <= 70:
        return translate("KeepInTouch", "every {count} weeks").format(count=days // 7)
    if days in (30, 31):
        return translate("KeepInTouch", "every month")
    if days == 365:
        return translate("KeepInTouch", "every year")
    return translate("KeepInTouch", "every {count} days").format(count=f"{days:,}")


# The week's capacity ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeeklyCapacity:
    """How much outreach a week holds: the plan and the sheet list that many, by priority."""

    outreach: int = 15
    """Calls and e-mails."""
    meetings: int = 5


DEFAULT_CAPACITY = WeeklyCapacity()
MAX_CAPACITY = 1000
"""More than anyone does in a week; beyond it a typo, not a plan."""


def weekly_capacity() -> WeeklyCapacity:
    """The week's capacity as set for this network (the defaults until it is set)."""
    outreach = rhythms_data.setting(rhythms_data.OUTREACH_PER_WEEK)
    meetings = rhythms_data.setting(rhythms_data.MEETINGS_PER_WEEK)
    return WeeklyCapacity(
        DEFAULT_CAPACITY.outreach if outreach is None else outreach,
        DEFAULT_CAPACITY.meetings if meetings is None else meetings,
    )


def set_weekly_capacity(capacity: WeeklyCapacity) -> None:
    errors = [
        FieldError(name, f"Enter a number from 0 to {MAX_CAPACITY:,}.")
        for name, value in (("outreach", capacity.outreach), ("meetings", capacity.meetings))
        if not 0 <= value <= MAX_CAPACITY
    ]
    if errors:
        raise ValidationError(errors)
    with store.transaction():
        rhythms_data.set_setting(rhythms_data.OUTREACH_PER_WEEK, capacity.outreach)
        rhythms_data.set_setting(rhythms_data.MEETINGS_PER_WEEK, capacity.meetings)


# Names given and not called yet ---------------------------------------------------------------


@dataclass(frozen=True)
class PendingReferral:
    """A name someone gave you that you have not contacted yet: it goes cold as it ages."""

    contact_id: int
    display_name: str
    referrer_id: int
    referrer_name: str
    given_on: date
    """When the name was given (the day they were added, when that is not known)."""
    days_waiting: int
    reason: str

    @property
    def sentence(self) -> str:
        """ "Sara Smith gave you John Lee's name 9 days ago." """
        return waiting_sentence(self.referrer_name, self.display_name, self.days_waiting)


def waiting_sentence(referrer: str, name: str, days: int) -> str:
    """How long a name has waited for a call, as a sentence in the running language."""
    if days <= 0:
        text = translate("KeepInTouch", "{referrer} gave you {name}'s name today.")
    elif days == 1:
        text = translate("KeepInTouch", "{referrer} gave you {name}'s name yesterday.")
    else:
        text = translate("KeepInTouch", "{referrer} gave you {name}'s name {days} days ago.")
    return text.format(
        referrer=isolate_bidi(referrer), name=isolate_bidi(name), days=f"{max(days, 0):,}"
    )


def referrals_waiting(by: date, *, limit: int | None = None) -> list[PendingReferral]:
    """The names given by ``by`` and not contacted yet, the longest waiting first."""
    return [
        PendingReferral(
            contact_id=row.contact_id,
            display_name=row.display_name,
            referrer_id=row.referrer_id,
            referrer_name=row.referrer_name,
            given_on=row.given_on or row.added_on,
            days_waiting=(by - (row.given_on or row.added_on)).days,
            reason=row.reason,
        )
        for row in rhythms_data.waiting_referrals(by, limit=limit)
    ]


# Thank-you notes, one per attendee --------------------------------------------------------------


@dataclass(frozen=True)
class ThankYouDue:
    """A thank-you note owed to one attendee of a meeting held (due two days after it unless
    the meeting says otherwise: ``core.meetings.default_thank_you_due``)."""

    task_id: int
    meeting_id: int
    contact_id: int
    display_name: str
    meeting_day: date
    due: date
    overdue_days: int


def thank_yous_due(by: date) -> list[ThankYouDue]:
    """Every thank-you note due by ``by`` and not sent, for meetings held by then."""
    return [
        ThankYouDue(
            r.task_id, r.meeting_id, r.contact_id, r.display_name, r.meeting_day, r.due,
            (by - r.due).days,
        )
        for r in rhythms_data.thank_yous_due(by)
    ]  # fmt: skip


# Give before getting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FavourOwed:
    """Someone who helped you twice or more with nothing given back since: time to offer
    something (what they need is on their card)."""

    contact_id: int
    display_name: str
    helps: int
    last_help: date | None
    last_given: date | None

    @property
    def sentence(self) -> str:
        """ "Tom Berg has helped you 3 times since you last did something for them." """
        if self.last_given is None:
            text = translate(
                "KeepInTouch", "{name} has helped you {count} times and you have not returned it."
            )
        else:
            text = translate(
                "KeepInTouch",
                "{name} has helped you {count} times since you last did something for them.",
            )
        return text.format(name=isolate_bidi(self.display_name), count=f"{self.helps:,}")


def favours_owed(limit: int | None = None) -> list[FavourOwed]:
    """People who helped you twice or more (a favour received, a name given) with no favour
    given back since, the most helpful first: whom to offer a favour."""
    return [
        FavourOwed(r.contact_id, r.display_name, r.helps, r.last_help, r.last_given)
        for r in rhythms_data.favours_owed(limit=limit)
    ]
