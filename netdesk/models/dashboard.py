"""The campaign dashboard's figures, each one aggregate statement (``GROUP BY`` in SQLite).

The dashboard (``netdesk.core.dashboard`` for its rules, ``netdesk.ui.dashboard`` for the page)
asks for figures by *day*; the core puts the days into weeks. Every query reads a table once
(or walks the referral tree once), so all figures together stay well under a second at 100,000
contacts. Days are ISO text (``YYYY-MM-DD``), as SQLite's ``date()`` gives them.

- :func:`meeting_days`: per day, the meetings held and the names obtained in them (plus names
  referred that day without a meeting: the campaign's definition, ``models.campaign``);
- :func:`thank_yous`: of the meetings held, those with a thank-you note due, sent on time (by
  its due day, the end of the meeting's thank-you window), sent late, and still owed past it;
- :func:`generation_days`: per generation and day added, how many people joined the network;
  a person's generation is 1 when you knew them directly (nobody referred them), their
  referrer's plus one otherwise; generations beyond ``deepest`` count as ``deepest``;
- :func:`meetings_before`: the meetings before a day (the cumulative curves' starting point);
- :func:`lead_meetings`: per warm or cold mark, the people added and those of them met;
- :func:`people_met`: how many different people you met;
- :func:`top_introducers`: who referred the most people to you;
- :func:`contacts_added` and :func:`posting_funnel`: the rest of the opportunity funnel, the
  postings counted as the campaign's numbers count them.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from netdesk.models.campaign import _APPLIED, _INTERVIEWING, _OFFER, _stages
from netdesk.models.referrals import generations_cte
from netdesk.models.sql import connection

__all__ = [
    "GenerationDay",
    "Introducer",
    "LeadMeetings",
    "MeetingDay",
    "PostingFunnel",
    "ThankYouCounts",
    "contacts_added",
    "generation_days",
    "lead_meetings",
    "meeting_days",
    "meetings_before",
    "people_met",
    "posting_funnel",
    "thank_yous",
    "top_introducers",
]

_BEGINNING = "0000-01-01"


def _lo(start: date | None) -> str:
    return start.isoformat() if start is not None else _BEGINNING


def _held(today: date) -> str:
    return date.fromordinal(today.toordinal() + 1).isoformat()


class MeetingDay(NamedTuple):
    day: str
    meetings: int
    referrals: int


# Three indexes answer (the meetings' start, the referrals' meeting): no meeting row is read.
_MEETING_DAYS = """
    SELECT day, sum(meetings), sum(referrals) FROM (
        SELECT substr(starts_at, 1, 10) AS day, count(*) AS meetings, 0 AS referrals
        FROM meeting WHERE starts_at >= :lo AND starts_at < :held GROUP BY 1
        UNION ALL
        SELECT substr(m.starts_at, 1, 10), 0, count(*)
        FROM meeting m JOIN referral r ON r.meeting_id = m.id
        WHERE m.starts_at >= :lo AND m.starts_at < :held GROUP BY 1
        UNION ALL
        SELECT referred_on, 0, count(*) FROM referral
        WHERE meeting_id IS NULL AND referred_on >= :lo AND referred_on < :held GROUP BY 1
    )
    GROUP BY day ORDER BY day
"""


def meeting_days(start: date | None, today: date) -> list[MeetingDay]:
    """Every day from ``start`` (the first when None) with a meeting held (begun by the end of
    ``today``) or a name referred without one: the meetings, and the names obtained in them
    (or referred that day without a meeting)."""
    params = {"lo": _lo(start), "held": _held(today)}
    rows = connection().execute(_MEETING_DAYS, params)
    return [MeetingDay(str(day), int(n or 0), int(names or 0)) for day, n, names in rows]


class ThankYouCounts(NamedTuple):
    due: int
    on_time: int
    late: int
    owed: int
    """Not sent and past the due day (by ``today``)."""


_THANK_YOUS = """
    SELECT count(*), sum(thank_you_sent <= thank_you_due), sum(thank_you_sent > thank_you_due),
           sum(thank_you_sent IS NULL AND thank_you_due < :today)
    FROM meeting
    WHERE starts_at >= :lo AND starts_at < :held AND thank_you_due IS NOT NULL
"""


def thank_yous(start: date | None, today: date) -> ThankYouCounts:
    """Of the meetings held from ``start`` to the end of ``today`` with a thank-you note due:
    the notes sent by their due day, sent after it, and not sent with the day gone."""
    params = {"lo": _lo(start), "held": _held(today), "today": today.isoformat()}
    row = connection().execute(_THANK_YOUS, params).fetchone()
    return ThankYouCounts(*(int(v or 0) for v in row))


def meetings_before(day: date) -> int:
    """Meetings begun before ``day`` (the index answers: no meeting row is read)."""
    row = (
        connection()
        .execute("SELECT count(*) FROM meeting WHERE starts_at < ?", (day.isoformat(),))
        .fetchone()
    )
    return int(row[0])


class GenerationDay(NamedTuple):
    generation: int
    day: str
    people: int


_GENERATION_DAYS = f"""
    WITH RECURSIVE {generations_cte()}
    SELECT 1, date_added, count(*) FROM contact
    WHERE id NOT IN (SELECT referred_id FROM referral) GROUP BY date_added
    UNION ALL
    SELECT g, day, count(*) FROM (
        SELECT g, coalesce(day, (SELECT c.date_added FROM contact c WHERE c.id = gen.id)) AS day
        FROM gen)
    GROUP BY g, day
    ORDER BY 2, 1
"""


def generation_days(deepest: int) -> list[GenerationDay]:
    """How many people of each generation (1 to ``deepest``, at least 2) joined on each day.

    Someone you knew directly joined on the day they were added; someone referred, on the
    day of the referral (the day they were added when it has none). The walk down the
    referral tree is SQLite's (a recursive query): chains thousands deep cost no Python
    recursion. People in a referral loop, which the app never saves, are not counted.
    """
    rows = connection().execute(_GENERATION_DAYS, {"deepest": deepest})
    return [GenerationDay(int(g), str(day), int(n)) for g, day, n in rows]


class LeadMeetings(NamedTuple):
    lead: str
    people: int
    met: int


_LEAD_MEETINGS = """
    SELECT c.lead, count(*), sum(c.id IN (
        SELECT a.contact_id FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id
        WHERE m.starts_at < :held))
    FROM contact c INDEXED BY contact_by_lead {added}
    GROUP BY c.lead ORDER BY c.lead
"""
# Both filters read indexes only (the lead's, the day added's): the contact rows, large, are
# never read.
_ADDED = """WHERE c.id IN (SELECT id FROM contact INDEXED BY contact_by_date_added
                    WHERE date_added >= :lo AND date_added < :hi)"""


def lead_meetings(start: date | None, end: date, held_before: date) -> list[LeadMeetings]:
    """Per lead mark (warm, cold), the people added from ``start`` (the beginning when None)
    to ``end`` (excluded), and how many of them were at a meeting begun before
    ``held_before``."""
    query = _LEAD_MEETINGS.format(added=_ADDED if start is not None else "")
    rows = connection().execute(
        query, {"lo": _lo(start), "hi": end.isoformat(), "held": held_before.isoformat()}
    )
    return [LeadMeetings(str(lead), int(n), int(met or 0)) for lead, n, met in rows]


def people_met(start: date | None, held_before: date) -> int:
    """Different people at a meeting begun from ``start`` to ``held_before`` (excluded)."""
    row = (
        connection()
        .execute(
            "SELECT count(DISTINCT a.contact_id) FROM meeting m"
            " JOIN meeting_attendee a ON a.meeting_id = m.id"
            " WHERE m.starts_at >= ? AND m.starts_at < ?",
            (_lo(start), held_before.isoformat()),
        )
        .fetchone()
    )
    return int(row[0])


class Introducer(NamedTuple):
    contact_id: int
    name: str
    introductions: int


_TOP_INTRODUCERS = """
    WITH counted AS MATERIALIZED (
        SELECT referrer_id, count(*) AS n FROM ({given}) GROUP BY referrer_id
    )
    SELECT x.referrer_id, c.display_name, x.n
    FROM counted x JOIN contact c ON c.id = x.referrer_id
    WHERE x.n >= coalesce((SELECT n FROM counted ORDER BY n DESC LIMIT 1 OFFSET :limit - 1), 0)
    ORDER BY x.n DESC, c.sort_name, x.referrer_id LIMIT :limit
"""
# Only the people with as many introductions as the last of the top ones are looked up (their
# names break ties), not every referrer.
_EVERY_REFERRAL = "SELECT referrer_id FROM referral"
_REFERRALS_BETWEEN = """
    SELECT referrer_id FROM referral WHERE referred_on >= :lo AND referred_on < :hi
    UNION ALL
    SELECT r.referrer_id FROM referral r CROSS JOIN contact d ON d.id = r.referred_id
    WHERE r.referred_on IS NULL AND d.date_added >= :lo AND d.date_added < :hi
"""
# CROSS JOIN: the few undated referrals first, then their people; not everyone added in the
# span, each looked up in the referrals.


def top_introducers(start: date | None, end: date, limit: int) -> list[Introducer]:
    """The ``limit`` people who referred the most others to you, most first (then by name).

    A referral counts on its day (or, undated, on the day its person was added), from ``start``
    (every referral when None) to ``end`` (excluded)."""
    given = _EVERY_REFERRAL if start is None else _REFERRALS_BETWEEN
    params = {"limit": limit, "lo": _lo(start), "hi": end.isoformat()}
    rows = connection().execute(_TOP_INTRODUCERS.format(given=given), params)
    return [Introducer(int(i), str(name), int(n)) for i, name, n in rows]


class PostingFunnel(NamedTuple):
    introduced: int
    applied: int
    interviewing: int
    offer: int


# The stages as the campaign's numbers count them (``models.campaign``): a posting that went
# straight to an interview was applied for all the same.
_POSTING_FUNNEL = f"""
    WITH firsts AS (
        SELECT min(CASE WHEN stage = 'introduced' THEN changed_on END) AS introduced,
               min(CASE WHEN stage IN ({_stages(_APPLIED)}) THEN changed_on END) AS applied,
               min(CASE WHEN stage IN ({_stages(_INTERVIEWING)}) THEN changed_on END)
                   AS interviewing,
               min(CASE WHEN stage IN ({_stages(_OFFER)}) THEN changed_on END) AS offer
        FROM posting_stage GROUP BY posting_id
    )
    SELECT sum(introduced >= :lo AND introduced < :hi), sum(applied >= :lo AND applied < :hi),
           sum(interviewing >= :lo AND interviewing < :hi), sum(offer >= :lo AND offer < :hi)
    FROM firsts
"""


def posting_funnel(start: date | None, end: date) -> PostingFunnel:
    """Postings that first reached, from ``start`` to ``end`` (excluded), "introduced",
    "applied" (or a later stage), "interviewing" (or an offer) and "offer"."""
    row = (
        connection().execute(_POSTING_FUNNEL, {"lo": _lo(start), "hi": end.isoformat()}).fetchone()
    )
    return PostingFunnel(*(int(v or 0) for v in row))


def contacts_added(start: date | None, end: date) -> int:
    """Contacts added from ``start`` to ``end`` (excluded), counted on the index."""
    row = (
        connection()
        .execute(
            "SELECT count(*) FROM contact WHERE date_added >= ? AND date_added < ?",
            (_lo(start), end.isoformat()),
        )
        .fetchone()
    )
    return int(row[0])
