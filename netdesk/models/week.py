"""The week plan's and the printed sheet's reading: who is due a call, which meetings lie in a
week, which thank-you notes are owed, a week's numbers, and warm leads to suggest.

What "a follow-up due" means is defined once, here (:data:`FOLLOW_UPS_DUE`), and used by the
plan, the status bar's counts and the contact table's "Due this week" filter alike. The plan's
rules (which section an item goes to, who is listed once) are ``netdesk.core.week_plan``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import NamedTuple

from netdesk.models.columns import as_date, as_date_or_none
from netdesk.models.db import database
from netdesk.models.sql import select_in


def _follow_ups_due(through: str) -> str:
    return f"""
    SELECT t.contact_id AS contact_id, t.due AS due, t.id AS task_id FROM task t
    WHERE t.done = 0 AND t.kind IN ('follow_up', 'call') AND t.due <= {through}
      AND t.contact_id IS NOT NULL
    UNION ALL
    SELECT c.id, c.next_follow_up, NULL FROM contact c
    WHERE c.next_follow_up IS NOT NULL AND c.next_follow_up <= {through}
    """


FOLLOW_UPS_DUE = _follow_ups_due(":through")
"""What "a follow-up due" means, everywhere: an open follow-up or call task, or a contact's own
next follow-up date, on or before ``:through``. A person counts once, at their earliest one:
overdue when that fell before this week's Monday, due this week otherwise."""

_FIRST_DUE = f"""
    SELECT contact_id, due, task_id FROM (
        SELECT contact_id, due, task_id, row_number() OVER (
            PARTITION BY contact_id ORDER BY due, task_id IS NULL, task_id) AS n
        FROM ({FOLLOW_UPS_DUE}))
    WHERE n = 1
"""

_PERSON = """
    c.id, c.display_name, coalesce(co.name, ''), c.primary_phone, c.primary_email,
    coalesce(p.display_name, ''), coalesce(r.reason, ''), coalesce(r.calls_ahead, 0)
"""
_PERSON_JOINS = """
    LEFT JOIN company co ON co.id = c.company_id
    LEFT JOIN referral r ON r.referred_id = c.id
    LEFT JOIN contact p ON p.id = r.referrer_id
"""


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = database.connection()
    return conn


class Person(NamedTuple):
    """Someone to call, with who referred them ("" when nobody did)."""

    contact_id: int
    name: str
    organization: str
    phone: str
    email: str
    referrer: str
    reason: str
    calls_ahead: bool


def _person(row: Sequence[object]) -> Person:
    return Person(
        int(str(row[0])),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        str(row[5]),
        str(row[6]),
        bool(row[7]),
    )


class FollowUp(NamedTuple):
    person: Person
    due: date | None
    task_id: int | None
    """The open task this follow-up is; None for the contact's own next follow-up date."""


def follow_ups_through(through: date) -> list[FollowUp]:
    """Everyone with a follow-up due on or before ``through``, once each at their earliest one;
    by due day, then name."""
    rows = _conn().execute(
        f"""
        SELECT {_PERSON}, f.due, f.task_id
        FROM ({_FIRST_DUE}) f JOIN contact c ON c.id = f.contact_id {_PERSON_JOINS}
        ORDER BY f.due, c.sort_name
        """,
        {"through": through.isoformat()},
    )
    return [
        FollowUp(_person(row), as_date(row[8]), None if row[9] is None else int(row[9]))
        for row in rows
    ]


def count_follow_up_people(throughs: Sequence[date]) -> list[int]:
    """For each day, how many people have a follow-up due on or before it (one query)."""
    if not throughs:
        return []
    people = f"SELECT count(*) FROM (SELECT DISTINCT contact_id FROM ({_follow_ups_due('?')}))"
    params = [day.isoformat() for day in throughs for _ in range(2)]
    sql = "SELECT " + ", ".join(f"({people})" for _ in throughs)
    row = _conn().execute(sql, params).fetchone()
    return [int(n) for n in row]


def follow_up_due_condition(through: date, column: str = "c.id") -> tuple[str, list[str]]:
    """SQL (with its parameters) true for contacts with a follow-up due by ``through``, overdue
    ones included: the contact table's "Due this week" filter, by the plan's definition."""
    sql = f"{column} IN (SELECT contact_id FROM ({_follow_ups_due('?')}))"
    return sql, [through.isoformat()] * 2


def waiting_referrals() -> list[Person]:
    """People referred to you and not contacted yet, oldest referral first."""
    rows = _conn().execute(
        f"""
        SELECT {_PERSON}, r.referred_on
        FROM contact c {_PERSON_JOINS}
        WHERE r.id IS NOT NULL AND c.status = 'to_contact'
        ORDER BY r.referred_on IS NULL, r.referred_on, c.sort_name
        """
    )
    return [_person(row) for row in rows]


class ThankYouOwed(NamedTuple):
    meeting_id: int
    contact_id: int
    name: str
    meeting_date: date | None
    due: date | None
    email: str


def thank_yous_owed(start: date | None, end: date, held_before: date) -> list[ThankYouOwed]:
    """Notes not sent yet for meetings begun before ``held_before`` and due between ``start``
    (the beginning of time when None) and ``end``; by due day, then name."""
    lo = start.isoformat() if start else "0000-01-01"
    rows = _conn().execute(
        """
        SELECT m.id, c.id, c.display_name, m.starts_at, m.thank_you_due, c.primary_email
        FROM meeting m JOIN contact c ON c.id = m.contact_id
        WHERE m.thank_you_sent IS NULL AND m.thank_you_due BETWEEN ? AND ?
          AND m.starts_at < ?
        ORDER BY m.thank_you_due, c.sort_name
        """,
        (lo, end.isoformat(), held_before.isoformat()),
    )
    return [
        ThankYouOwed(int(r[0]), int(r[1]), str(r[2]), as_date(r[3]), as_date(r[4]), str(r[5]))
        for r in rows
    ]


AddressParts = tuple[str, str, str, str, str, str]
"""label, street, locality, region, postal code, country."""


def first_addresses(ids: Sequence[int]) -> dict[int, AddressParts]:
    """Each contact's first postal address (those without one are left out)."""
    found: dict[int, AddressParts] = {}
    for row in select_in(
        _conn(),
        "SELECT contact_id, label, street, locality, region, postal_code, country "
        "FROM contact_address WHERE contact_id IN ({marks}) ORDER BY position, id",
        ids,
    ):
        if int(row[0]) not in found:
            label, street, locality, region, postal_code, country = (str(v) for v in row[1:])
            found[int(row[0])] = (label, street, locality, region, postal_code, country)
    return found


class WeekMeeting(NamedTuple):
    meeting_id: int
    contact_id: int
    name: str
    organization: str
    starts_at: datetime
    kind: str
    purpose: str
    agenda: str
    planned_minutes: int
    posting_id: int | None = None
    """The posting the meeting is about (interview country), if any."""


def meetings_between(start: date, end: date) -> list[WeekMeeting]:
    """Meetings from ``start`` (included) to ``end`` (excluded), in time order."""
    rows = _conn().execute(
        """
        SELECT m.id, c.id, c.display_name, coalesce(co.name, ''), m.starts_at, m.kind,
               m.purpose, m.agenda, m.planned_minutes, m.posting_id
        FROM meeting m JOIN contact c ON c.id = m.contact_id
        LEFT JOIN company co ON co.id = c.company_id
        WHERE m.starts_at >= ? AND m.starts_at < ?
        ORDER BY m.starts_at, c.sort_name
        """,
        (start.isoformat(), end.isoformat()),
    )
    return [
        WeekMeeting(
            int(r[0]),
            int(r[1]),
            str(r[2]),
            str(r[3]),
            datetime.fromisoformat(str(r[4])),
            str(r[5]),
            str(r[6]),
            str(r[7]),
            int(r[8]),
            None if r[9] is None else int(r[9]),
        )
        for r in rows
    ]


class WeekCounts(NamedTuple):
    new_contacts: int
    meetings_held: int
    referrals_obtained: int
    thank_yous_due: int
    thank_yous_on_time: int


def week_counts(start: date, end: date, held_before: date) -> WeekCounts:
    """From ``start`` (included) to ``end`` (excluded): contacts added, meetings held (those
    begun before ``held_before``), names obtained in them (or, without a meeting, referred in
    that time), and of the meetings held those with a thank-you note due and sent on time."""
    lo, hi, held = start.isoformat(), end.isoformat(), held_before.isoformat()
    conn = _conn()
    row = conn.execute(
        """
        SELECT
          (SELECT count(*) FROM contact WHERE date_added >= ? AND date_added < ?),
          (SELECT count(*) FROM meeting WHERE starts_at >= ? AND starts_at < ?),
          (SELECT count(*) FROM referral r LEFT JOIN meeting m ON m.id = r.meeting_id
             WHERE (m.id IS NOT NULL AND m.starts_at >= ? AND m.starts_at < ?)
                OR (m.id IS NULL AND r.referred_on >= ? AND r.referred_on < ?)),
          (SELECT count(*) FROM meeting WHERE starts_at >= ? AND starts_at < ?
             AND thank_you_due IS NOT NULL),
          (SELECT count(*) FROM meeting WHERE starts_at >= ? AND starts_at < ?
             AND thank_you_sent IS NOT NULL AND thank_you_sent <= thank_you_due)
        """,
        (lo, hi, lo, held, lo, held, lo, hi, lo, held, lo, held),
    ).fetchone()
    return WeekCounts(*(int(v) for v in row))


class WarmLead(NamedTuple):
    contact_id: int
    name: str
    organization: str
    relationship: str
    last_contact: date | None
    phone: str
    email: str


def warm_leads(limit: int, skip: Collection[int]) -> list[WarmLead]:
    """Up to ``limit`` warm leads you have not spoken to for longest (never spoken to first),
    other than those in ``skip`` and referrals still waiting for a first call."""
    leads: list[WarmLead] = []
    if limit <= 0:
        return leads
    rows = _conn().execute(
        """
        SELECT c.id, c.display_name, coalesce(co.name, ''), c.relationship, c.last_contact,
               c.primary_phone, c.primary_email
        FROM contact c LEFT JOIN company co ON co.id = c.company_id
        WHERE c.lead = 'warm' AND c.status IN ('to_contact', 'keep_in_touch', 'dormant')
          AND NOT (c.status = 'to_contact'
                   AND EXISTS (SELECT 1 FROM referral r WHERE r.referred_id = c.id))
        ORDER BY c.last_contact IS NOT NULL, c.last_contact, c.sort_name
        """
    )
    for r in rows:
        if int(r[0]) in skip:
            continue
        person = (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
        leads.append(WarmLead(*person, as_date(r[4]), str(r[5]), str(r[6])))
        if len(leads) >= limit:
            break
    return leads


# Postings ---------------------------------------------------------------------------------------

_OPEN = "('seen', 'researching', 'introduced', 'applied', 'interviewing', 'offer')"
_NOT_APPLIED = "('seen', 'researching', 'introduced')"
_ASKING = "('seen', 'researching')"


class WeekPosting(NamedTuple):
    """An open posting as the plan lists it, with the day of its last step."""

    posting_id: int
    title: str
    company: str
    stage: str
    location: str
    deadline: date | None
    last_step: date | None


_POSTING = """
    p.id, p.title, co.name, p.stage, p.location, p.deadline,
    (SELECT max(s.changed_on) FROM posting_stage s WHERE s.posting_id = p.id) AS last_step
"""


def _posting(row: Sequence[object]) -> WeekPosting:
    return WeekPosting(
        int(str(row[0])),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        as_date_or_none(row[5]),
        as_date_or_none(row[6]),
    )


def deadlines_through(through: date) -> list[WeekPosting]:
    """Postings not applied for yet whose deadline is on or before ``through`` (passed ones
    included), by deadline then title."""
    rows = _conn().execute(
        f"""
        SELECT {_POSTING} FROM job_posting p JOIN company co ON co.id = p.company_id
        WHERE p.deadline IS NOT NULL AND p.deadline <= ? AND p.stage IN {_NOT_APPLIED}
        ORDER BY p.deadline, p.title COLLATE NOCASE, p.id
        """,
        (through.isoformat(),),
    )
    return [_posting(r) for r in rows]


def postings_interviewing() -> list[WeekPosting]:
    """Postings at the interviewing stage, the most recently moved first."""
    rows = _conn().execute(
        f"""
        SELECT {_POSTING} FROM job_posting p JOIN company co ON co.id = p.company_id
        WHERE p.stage = 'interviewing' ORDER BY last_step DESC, p.title COLLATE NOCASE, p.id
        """
    )
    return [_posting(r) for r in rows]


def stale_postings(before: date) -> list[WeekPosting]:
    """Open postings whose last step was before ``before``, the longest untouched first."""
    rows = _conn().execute(
        f"""
        SELECT * FROM (
            SELECT {_POSTING} FROM job_posting p JOIN company co ON co.id = p.company_id
            WHERE p.stage IN {_OPEN})
        WHERE coalesce(last_step, '') < ?
        ORDER BY last_step, title COLLATE NOCASE, id
        """,
        (before.isoformat(),),
    )
    return [_posting(r) for r in rows]


class IntroductionAsk(NamedTuple):
    """Whom to ask for an introduction before applying for a posting."""

    posting_id: int
    contact_id: int
    name: str
    ring: int
    """1: works at the posting's company, 2: used to."""
    phone: str
    email: str


def introduction_asks() -> list[IntroductionAsk]:
    """For each posting at "seen" or "researching" that nobody is linked to as having referred
    you, the best-placed warm lead who works at its company (ring 1) or used to (ring 2): the
    nearer ring first, then the one you were last in touch with most recently, then by name.
    One query on the company and past-employer indexes, ranking each employer's people once
    however many of its postings are listed."""
    rows = _conn().execute(
        f"""
        WITH asking AS (
            SELECT p.id AS posting_id, p.company_id FROM job_posting p
            WHERE p.stage IN {_ASKING} AND NOT EXISTS (
                SELECT 1 FROM posting_person pp
                WHERE pp.posting_id = p.id AND pp.role = 'referred_me')
        ),
        employers AS (SELECT DISTINCT company_id FROM asking),
        near(company_id, contact_id, ring) AS (
            SELECT e.company_id, c.id, 1 FROM employers e
            JOIN contact c ON c.company_id = e.company_id
            UNION ALL
            SELECT e.company_id, pe.contact_id, 2 FROM employers e
            JOIN contact_past_employer pe ON pe.company_id = e.company_id
        ),
        ranked AS (
            SELECT n.company_id, c.id AS contact_id, c.display_name, n.ring, c.primary_phone,
                   c.primary_email, row_number() OVER (
                       PARTITION BY n.company_id ORDER BY n.ring, c.last_contact IS NULL,
                       c.last_contact DESC, c.sort_name, c.id) AS k
            FROM near n JOIN contact c ON c.id = n.contact_id
            WHERE +c.lead = 'warm'  -- the rings' few people, not every warm lead's index
        )
        SELECT a.posting_id, r.contact_id, r.display_name, r.ring, r.primary_phone,
               r.primary_email
        FROM asking a JOIN ranked r ON r.company_id = a.company_id AND r.k = 1
        """
    )
    return [
        IntroductionAsk(int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]))
        for r in rows
    ]


def postings_by_id(ids: Collection[int]) -> dict[int, WeekPosting]:
    """The postings with these ids (any stage), by id."""
    rows = select_in(
        _conn(),
        f"SELECT {_POSTING} FROM job_posting p JOIN company co ON co.id = p.company_id "
        "WHERE p.id IN ({marks})",
        list(ids),
    )
    return {int(r[0]): _posting(r) for r in rows}
