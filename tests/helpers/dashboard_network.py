"""A small campaign with known figures for the dashboard's tests (models, core and window).

Today is Wednesday 25 November 2026 (week 48). Dan (cold) was added on 3 August; Ann (warm),
Bob and Cat (cold) on 1 October: the first generation. Meetings, with their thank-you notes:

- 10 Nov (week 46) with Ann, note due 12 Nov, sent 12 Nov (on time); Ann gave Eve (warm) and
  Fay: the second generation;
- 17 Nov (week 47) with Bob, due 19 Nov, sent 21 Nov (late);
- 18 Nov (week 47) with Eve, due 20 Nov, not sent (overdue); Eve gave Gus (third generation);
- 24 Nov (week 48) with Fay, due 26 Nov, not sent yet (still in its window);
- 27 Nov with Cat: not held yet.

Ann also referred Hal on 20 Nov, without a meeting. Postings: Globex, introduced 2 Nov and
applied for 5 Nov; Initech, applied 3 Nov, interviewing 10 Nov, offer 20 Nov.
"""

from __future__ import annotations

from datetime import date, datetime

from netdesk.core.contacts import create_contact
from netdesk.core.postings import PostingInput, add_posting, move
from netdesk.models import Lead, Meeting
from netdesk.models.enums import PostingStage
from netdesk.models.records import ContactData, ReferralInfo

TODAY = date(2026, 11, 25)


def _person(name: str, added: date, lead: Lead = Lead.COLD, **referral: object) -> int:
    info = ReferralInfo(**referral) if referral else None  # type: ignore[arg-type]
    return create_contact(
        ContactData(display_name=name, date_added=added, lead=lead, referral=info)
    )


def _meeting(contact: int, day: date, due: date, sent: date | None) -> int:
    starts = datetime(day.year, day.month, day.day, 10)
    meeting = Meeting.create(
        contact=contact, starts_at=starts, thank_you_due=due, thank_you_sent=sent
    )
    return int(meeting.id)


def build_network() -> dict[str, int]:
    """The campaign above; returns the people's ids by first name (lower case)."""
    ids = {
        "dan": _person("Dan Dorsey", date(2026, 8, 3)),
        "ann": _person("Ann Archer", date(2026, 10, 1), Lead.WARM),
        "bob": _person("Bob Baker", date(2026, 10, 1)),
        "cat": _person("Cat Carter", date(2026, 10, 1)),
    }
    m1 = _meeting(ids["ann"], date(2026, 11, 10), date(2026, 11, 12), date(2026, 11, 12))
    for name, lead in (("eve", Lead.WARM), ("fay", Lead.COLD)):
        ids[name] = _person(
            f"{name.title()} Example",
            date(2026, 11, 10),
            lead,
            referrer_id=ids["ann"],
            referred_on=date(2026, 11, 10),
            meeting_id=m1,
        )
    _meeting(ids["bob"], date(2026, 11, 17), date(2026, 11, 19), date(2026, 11, 21))
    m3 = _meeting(ids["eve"], date(2026, 11, 18), date(2026, 11, 20), None)
    ids["gus"] = _person(
        "Gus Grant",
        date(2026, 11, 18),
        referrer_id=ids["eve"],
        referred_on=date(2026, 11, 18),
        meeting_id=m3,
    )
    ids["hal"] = _person(
        "Hal Hughes", date(2026, 11, 20), referrer_id=ids["ann"], referred_on=date(2026, 11, 20)
    )
    _meeting(ids["fay"], date(2026, 11, 24), date(2026, 11, 26), None)
    _meeting(ids["cat"], date(2026, 11, 27), date(2026, 11, 29), None)

    globex = add_posting(PostingInput("Globex", "Analyst"), on=date(2026, 11, 1))
    move(globex, PostingStage.INTRODUCED, on=date(2026, 11, 2))
    move(globex, PostingStage.APPLIED, on=date(2026, 11, 5))
    initech = add_posting(PostingInput("Initech", "Tester"), on=date(2026, 11, 1))
    move(initech, PostingStage.APPLIED, on=date(2026, 11, 3))
    move(initech, PostingStage.INTERVIEWING, on=date(2026, 11, 10))
    move(initech, PostingStage.OFFER, on=date(2026, 11, 20))
    return ids
