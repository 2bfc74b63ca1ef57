"""The week plan's job postings: deadlines, interviews, introductions to ask for, postings gone
quiet, each read a page at a time and counted in SQL (see :mod:`netdesk.models.week`).

Each posting is in one list: an interview (the interviewing stage) before a deadline (not
applied for yet, due by Sunday, passed ones included) before an introduction to ask for (seen
or researching, nobody linked as having referred you, and a warm lead who works or worked at
the company) before a posting gone quiet (open, no step since a day).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import NamedTuple

from netdesk.models.columns import as_date_or_none
from netdesk.models.sql import connection as _conn
from netdesk.models.sql import select_in
from netdesk.models.week import Params, Span, count, page

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


_LAST_STEP = "(SELECT max(s.changed_on) FROM posting_stage s WHERE s.posting_id = p.id)"
_POSTING = f"p.id, p.title, co.name, p.stage, p.location, p.deadline, {_LAST_STEP} AS last_step"
_FROM = "FROM job_posting p JOIN company co ON co.id = p.company_id"


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


_DEADLINES = f"""
    {_FROM} WHERE p.deadline IS NOT NULL AND p.deadline <= :sunday AND p.stage IN {_NOT_APPLIED}
"""


def deadlines(span: Span, limit: int, offset: int = 0) -> list[WeekPosting]:
    """Postings not applied for yet whose deadline is on or before Sunday (passed ones
    included), by deadline then title: a page of them."""
    rows = page(
        f"SELECT {_POSTING} {_DEADLINES} ORDER BY p.deadline, p.title COLLATE NOCASE, p.id",
        span.params(),
        limit,
        offset,
    )
    return [_posting(r) for r in rows]


def count_deadlines(span: Span) -> int:
    return count(_DEADLINES, span.params())


class Interview(NamedTuple):
    """A posting at the interviewing stage, with an interview booked in the week (or None)."""

    posting: WeekPosting
    meeting_id: int | None
    starts_at: datetime | None
    interviewer: str


_INTERVIEWS = f"""
    {_FROM}
    LEFT JOIN meeting m ON m.posting_id = p.id
                       AND m.starts_at >= :monday AND m.starts_at < :week_end
    LEFT JOIN contact mc ON mc.id = m.contact_id
    WHERE p.stage = 'interviewing'
"""


def interviews(span: Span, limit: int, offset: int = 0) -> list[Interview]:
    """Postings at the interviewing stage, the most recently moved first: one row per
    interview booked in the week, one for a posting without: a page of them."""
    rows = page(
        f"SELECT {_POSTING}, m.id, m.starts_at, coalesce(mc.display_name, '') {_INTERVIEWS} "
        "ORDER BY last_step DESC, p.title COLLATE NOCASE, p.id, m.starts_at, m.id",
        span.params(),
        limit,
        offset,
    )
    return [
        Interview(
            _posting(r),
            None if r[7] is None else int(str(r[7])),
            None if r[8] is None else datetime.fromisoformat(str(r[8])),
            str(r[9]),
        )
        for r in rows
    ]


def count_interviews(span: Span) -> int:
    return count(_INTERVIEWS, span.params())


class IntroductionAsk(NamedTuple):
    """Whom to ask for an introduction before applying for a posting."""

    posting_id: int
    contact_id: int
    name: str
    ring: int
    """1: works at the posting's company, 2: used to."""
    phone: str
    email: str


def _asking(where: str) -> str:
    """The postings at "seen" or "researching" that nobody is linked to as having referred
    you (and ``where``), and the best-placed warm lead at each one's company, who works there
    (ring 1) or used to (ring 2): the nearer ring first, then the one you were last in touch
    with most recently, then by name. Ranks each employer's people once however many of its
    postings are listed, on the company and past-employer indexes."""
    return f"""
        WITH asking AS (
            SELECT p.id AS posting_id, p.company_id FROM job_posting p
            WHERE p.stage IN {_ASKING} AND NOT EXISTS (
                SELECT 1 FROM posting_person pp
                WHERE pp.posting_id = p.id AND pp.role = 'referred_me') AND ({where})
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
        ),
        best AS MATERIALIZED (SELECT * FROM ranked WHERE k = 1)
    """


_ASK = "r.contact_id, r.display_name, r.ring, r.primary_phone, r.primary_email"
_ASKED = "FROM asking a JOIN best r ON r.company_id = a.company_id"
_AFTER_DEADLINES = "p.deadline IS NULL OR p.deadline > :sunday"


def _ask(posting_id: int, row: Sequence[object]) -> IntroductionAsk:
    return IntroductionAsk(
        posting_id, int(str(row[0])), str(row[1]), int(str(row[2])), str(row[3]), str(row[4])
    )


def introduction_asks(posting_ids: Collection[int]) -> dict[int, IntroductionAsk]:
    """Whom to ask for an introduction at each of these postings, by posting (postings with
    nobody to ask, or someone linked as having referred you already, are left out)."""
    found: dict[int, IntroductionAsk] = {}
    for row in select_in(
        _conn(),
        _asking("p.id IN ({marks})") + f"SELECT a.posting_id, {_ASK} {_ASKED}",
        list(posting_ids),
    ):
        found[int(row[0])] = _ask(int(row[0]), row[1:])
    return found


def introductions(
    span: Span, limit: int, offset: int = 0
) -> list[tuple[WeekPosting, IntroductionAsk]]:
    """Postings to ask for an introduction at before applying (no deadline by Sunday: those
    are deadlines), with whom to ask; by company, then title: a page of them."""
    rows = page(
        _asking(_AFTER_DEADLINES)
        + f"SELECT {_POSTING}, {_ASK} {_ASKED} JOIN job_posting p ON p.id = a.posting_id "
        "JOIN company co ON co.id = p.company_id "
        "ORDER BY co.name COLLATE NOCASE, p.title COLLATE NOCASE, p.id",
        span.params(),
        limit,
        offset,
    )
    return [(_posting(r), _ask(int(str(r[0])), r[7:])) for r in rows]


_WARM_AT = """(
    EXISTS (SELECT 1 FROM contact c WHERE c.company_id = p.company_id AND +c.lead = 'warm')
    OR EXISTS (SELECT 1 FROM contact_past_employer pe JOIN contact c ON c.id = pe.contact_id
               WHERE pe.company_id = p.company_id AND +c.lead = 'warm'))"""


def count_introductions(span: Span) -> int:
    """How many postings :func:`introductions` lists: those with a warm lead at the company
    (who works or worked there), found without ranking anyone."""
    return count(
        f"""
        FROM job_posting p WHERE p.stage IN {_ASKING} AND ({_AFTER_DEADLINES})
          AND NOT EXISTS (SELECT 1 FROM posting_person pp
                          WHERE pp.posting_id = p.id AND pp.role = 'referred_me')
          AND {_WARM_AT}
        """,
        span.params(),
    )


_STALE = f"""
    {_FROM} WHERE p.stage IN {_OPEN} AND p.stage != 'interviewing'
      AND coalesce({_LAST_STEP}, '') < :quiet
      AND NOT (p.stage IN {_NOT_APPLIED} AND p.deadline IS NOT NULL AND p.deadline <= :sunday)
      AND NOT (p.stage IN {_ASKING}
               AND NOT EXISTS (SELECT 1 FROM posting_person pp
                               WHERE pp.posting_id = p.id AND pp.role = 'referred_me')
               AND {_WARM_AT})
"""


def _stale_params(span: Span, quiet_since: date) -> Params:
    return {**span.params(), "quiet": quiet_since.isoformat()}


def stale_postings(span: Span, quiet_since: date, limit: int, offset: int = 0) -> list[WeekPosting]:
    """Open postings whose last step was before ``quiet_since``, the longest untouched first;
    not those listed as an interview, a deadline or an introduction to ask for."""
    rows = page(
        f"SELECT {_POSTING} {_STALE} ORDER BY last_step, p.title COLLATE NOCASE, p.id",
        _stale_params(span, quiet_since),
        limit,
        offset,
    )
    return [_posting(r) for r in rows]


def count_stale_postings(span: Span, quiet_since: date) -> int:
    return count(_STALE, _stale_params(span, quiet_since))


def postings_by_id(ids: Collection[int]) -> dict[int, WeekPosting]:
    """The postings with these ids (any stage), by id."""
    rows = select_in(_conn(), f"SELECT {_POSTING} {_FROM} WHERE p.id IN ({{marks}})", list(ids))
    return {int(r[0]): _posting(r) for r in rows}
