"""The week plan's and the printed sheet's reading: who is due a call, which meetings lie in a
week, which thank-you notes are owed, a week's numbers, and warm leads to suggest.

What "a follow-up due" means is defined once, here (:data:`FOLLOW_UPS_DUE`), and used by the
plan, the status bar's counts and the contact table's "Due this week" filter alike. The plan's
rules (which part of the plan an item goes to, what comes first) are ``netdesk.core.week_plan``'s.

Every list is read a page at a time (``limit``, ``offset``: ORDER BY and LIMIT in SQL) and
counted by its own statement, so that a week with tens of thousands of items owed reads the few
the plan holds and the number of the rest, never the whole backlog. A person is in one list
only: the referrals waiting leave out people with a follow-up due, and the warm leads everyone
the lists before them hold (see :class:`Span` for the week's days those lists read).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from netdesk.models.columns import as_date
from netdesk.models.sql import connection as _conn
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

_FIRST_DUE = f"SELECT contact_id, min(due) AS due FROM ({FOLLOW_UPS_DUE}) GROUP BY contact_id"
"""Each person with a follow-up due by ``:through``, at their earliest one."""

_PERSON = """
    c.id, c.display_name, coalesce(co.name, ''), c.primary_phone, c.primary_email,
    coalesce(p.display_name, ''), coalesce(r.reason, ''), coalesce(r.calls_ahead, 0)
"""
_PERSON_JOINS = """
    LEFT JOIN company co ON co.id = c.company_id
    LEFT JOIN referral r ON r.referred_id = c.id
    LEFT JOIN contact p ON p.id = r.referrer_id
"""


Params = dict[str, object]


def page(sql: str, params: Params, limit: int, offset: int) -> list[tuple[object, ...]]:
    """The rows of ``sql`` (ordered) from ``offset``, at most ``limit`` of them."""
    if limit <= 0:
        return []
    rows = _conn().execute(
        f"{sql} LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": max(0, offset)}
    )
    return [tuple(row) for row in rows]


def count(body: str, params: Params) -> int:
    """How many rows ``SELECT 1 {body}`` has."""
    row = _conn().execute(f"SELECT count(*) FROM (SELECT 1 {body})", params).fetchone()
    return int(row[0])


def in_transaction() -> bool:
    """Whether this thread's connection has a transaction open (writes not committed yet,
    which another connection would not see)."""
    return _conn().in_transaction


class Span(NamedTuple):
    """The days a week's lists read: ``monday`` to ``sunday``, meetings held before ``held``."""

    monday: date
    sunday: date
    held: date
    """The day after today: a meeting begun before it has been held."""

    def params(self) -> Params:
        return {
            "monday": self.monday.isoformat(),
            "sunday": self.sunday.isoformat(),
            "week_end": (self.sunday + timedelta(days=1)).isoformat(),
            "held": self.held.isoformat(),
            "through": self.sunday.isoformat(),
        }


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


_FOLLOW_UPS = f"""
    FROM ({_FIRST_DUE}) f JOIN contact c ON c.id = f.contact_id {_PERSON_JOINS}
    WHERE f.due >= :lo
"""
_TASKS_DUE = """
    SELECT contact_id, due, min(id) FROM task
    WHERE done = 0 AND kind IN ('follow_up', 'call') AND contact_id IN ({marks})
    GROUP BY contact_id, due
"""


def follow_ups(since: date | None, through: date, limit: int, offset: int = 0) -> list[FollowUp]:
    """People whose earliest follow-up due falls from ``since`` (the beginning of time when
    None) to ``through``, by due day, then name: a page of them. Their follow-up is the open
    task due that day (the first one made), else their own next follow-up date."""
    params: Params = {"lo": since.isoformat() if since else "", "through": through.isoformat()}
    rows = page(
        f"SELECT {_PERSON}, f.due {_FOLLOW_UPS} ORDER BY f.due, c.sort_name, c.id",
        params,
        limit,
        offset,
    )
    tasks = {
        (int(r[0]), str(r[1])): int(r[2])
        for r in select_in(_conn(), _TASKS_DUE, [int(str(row[0])) for row in rows])
    }
    return [
        FollowUp(_person(row), as_date(row[8]), tasks.get((int(str(row[0])), str(row[8]))))
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


_HAS_FOLLOW_UP = f"(SELECT contact_id FROM ({FOLLOW_UPS_DUE}))"


def _waiting(has_follow_up: str) -> str:
    return f"""
    WHERE c.status = 'to_contact' AND r.referred_id NOT IN {has_follow_up}
    """


def waiting_referrals(through: date, limit: int, offset: int = 0) -> list[Person]:
    """People referred to you and not contacted yet, the longest waiting first (a name someone
    gave you goes cold); not those with a follow-up due by ``through`` (listed there)."""
    rows = page(
        f"""
        SELECT {_PERSON} FROM referral r JOIN contact c ON c.id = r.referred_id
        LEFT JOIN company co ON co.id = c.company_id LEFT JOIN contact p ON p.id = r.referrer_id
        {_waiting(_HAS_FOLLOW_UP)}
        ORDER BY r.referred_on IS NULL, r.referred_on, c.sort_name, c.id
        """,
        {"through": through.isoformat()},
        limit,
        offset,
    )
    return [_person(row) for row in rows]


class ThankYouOwed(NamedTuple):
    meeting_id: int
    contact_id: int
    name: str
    meeting_date: date | None
    due: date | None
    email: str


_THANK_YOUS = """
    FROM meeting m JOIN contact c ON c.id = m.contact_id
    WHERE m.thank_you_sent IS NULL AND m.thank_you_due BETWEEN :lo AND :hi
      AND m.starts_at < :held
"""


def _thank_you_params(start: date | None, end: date, held_before: date) -> Params:
    lo = start.isoformat() if start else "0000-01-01"
    return {"lo": lo, "hi": end.isoformat(), "held": held_before.isoformat()}


def thank_yous_owed(
    start: date | None, end: date, held_before: date, limit: int, offset: int = 0
) -> list[ThankYouOwed]:
    """Notes not sent yet for meetings begun before ``held_before`` and due between ``start``
    (the beginning of time when None) and ``end``; by due day, then name: a page of them."""
    rows = page(
        "SELECT m.id, c.id, c.display_name, m.starts_at, m.thank_you_due, c.primary_email "
        f"{_THANK_YOUS} ORDER BY m.thank_you_due, c.sort_name, m.id",
        _thank_you_params(start, end, held_before),
        limit,
        offset,
    )
    return [
        ThankYouOwed(
            int(str(r[0])), int(str(r[1])), str(r[2]), as_date(r[3]), as_date(r[4]), str(r[5])
        )
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


class PlanCounts(NamedTuple):
    """How many items the week's lists of people hold (see :func:`plan_counts`)."""

    overdue_thank_yous: int
    overdue_follow_ups: int
    thank_yous: int
    follow_ups: int
    referrals: int
    warm_leads: int


def plan_counts(span: Span) -> PlanCounts:
    """How many items :func:`thank_yous_owed` (before Monday, and in the week),
    :func:`follow_ups` (overdue, and due in the week), :func:`waiting_referrals` and
    :func:`warm_leads` list, in one statement: who has a follow-up due is read once."""
    has_follow_up = "(SELECT contact_id FROM fu)"
    sql = f"""
        WITH fu AS MATERIALIZED ({_FIRST_DUE})
        SELECT
          (SELECT count(*) FROM meeting m WHERE m.thank_you_sent IS NULL
             AND m.thank_you_due < :monday AND m.starts_at < :held),
          (SELECT count(*) FROM fu WHERE due < :monday),
          (SELECT count(*) FROM meeting m WHERE m.thank_you_sent IS NULL
             AND m.thank_you_due BETWEEN :monday AND :sunday AND m.starts_at < :held),
          (SELECT count(*) FROM fu WHERE due >= :monday),
          (SELECT count(*) FROM referral r JOIN contact c ON c.id = r.referred_id
             {_waiting(has_follow_up)}),
          (SELECT count(*) FROM contact c {_warm(has_follow_up)})
    """
    row = _conn().execute(sql, span.params()).fetchone()
    return PlanCounts(*(int(v) for v in row))


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


_MEETINGS = """
    FROM meeting m JOIN contact c ON c.id = m.contact_id
    LEFT JOIN company co ON co.id = c.company_id
    WHERE m.starts_at >= :lo AND m.starts_at < :hi
"""


def meetings_between(start: date, end: date, limit: int, offset: int = 0) -> list[WeekMeeting]:
    """Meetings from ``start`` (included) to ``end`` (excluded), in time order: a page."""
    rows = page(
        """
        SELECT m.id, c.id, c.display_name, coalesce(co.name, ''), m.starts_at, m.kind,
               m.purpose, m.agenda, m.planned_minutes, m.posting_id
        """
        + _MEETINGS
        + " ORDER BY m.starts_at, c.sort_name, m.id",
        {"lo": start.isoformat(), "hi": end.isoformat()},
        limit,
        offset,
    )
    return [
        WeekMeeting(
            int(str(r[0])),
            int(str(r[1])),
            str(r[2]),
            str(r[3]),
            datetime.fromisoformat(str(r[4])),
            str(r[5]),
            str(r[6]),
            str(r[7]),
            int(str(r[8])),
            None if r[9] is None else int(str(r[9])),
        )
        for r in rows
    ]


def count_meetings_between(start: date, end: date) -> int:
    return count(
        "FROM meeting m WHERE m.starts_at >= :lo AND m.starts_at < :hi",
        {"lo": start.isoformat(), "hi": end.isoformat()},
    )


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
          (SELECT count(*) FROM meeting m JOIN referral r ON r.meeting_id = m.id
             WHERE m.starts_at >= ? AND m.starts_at < ?)
          + (SELECT count(*) FROM referral r
             WHERE r.meeting_id IS NULL AND r.referred_on >= ? AND r.referred_on < ?),
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


def _warm(has_follow_up: str) -> str:
    # The row's own columns first: most warm leads are left out by them, before any lookup;
    # the meetings are looked up for the few left (by the contact's index), not listed.
    return f"""
    WHERE +c.lead = 'warm' AND +c.status IN ('to_contact', 'keep_in_touch', 'dormant')
      AND coalesce(c.next_follow_up, '9999') > :through
      AND c.id NOT IN {has_follow_up}
      AND NOT (c.status = 'to_contact'
               AND EXISTS (SELECT 1 FROM referral r WHERE r.referred_id = c.id))
      AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.contact_id = c.id
                      AND m.starts_at >= :monday AND m.starts_at < :week_end)
      AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.contact_id = c.id AND m.starts_at < :held
                      AND m.thank_you_sent IS NULL AND +m.thank_you_due <= :sunday)
    """


def warm_leads(span: Span, limit: int, offset: int = 0) -> list[WarmLead]:
    """Warm leads you have not spoken to for longest (never spoken to first): a page of them.

    Not those the week's other lists hold: referrals waiting for a first call, people with a
    follow-up due by Sunday, a meeting in the week or a thank-you note owed by Sunday.
    """
    rows = page(
        """
        SELECT c.id, c.display_name, coalesce(co.name, ''), c.relationship, c.last_contact,
               c.primary_phone, c.primary_email
        """
        + f"FROM contact c LEFT JOIN company co ON co.id = c.company_id {_warm(_HAS_FOLLOW_UP)}"
        + " ORDER BY c.last_contact IS NOT NULL, c.last_contact, c.sort_name, c.id",
        span.params(),
        limit,
        offset,
    )
    return [
        WarmLead(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), as_date(r[4]), str(r[5]),
                 str(r[6]))
        for r in rows
    ]  # fmt: skip
