"""The week's plan: what the "This week" view shows and the printed outreach sheet holds.

One Qt-free function builds it from the database so the view, the sheet and the tests agree on
what "due this week" means:

- calls to make: referrals not yet contacted (status "to contact" with a referrer) and follow-ups
  due this week (open tasks, or a contact's next follow-up date; see ``FOLLOW_UPS_DUE``), one
  item per person;
- meetings scheduled this week;
- thank-you notes owed: meetings held with a note due this week and not yet sent;
- overdue: follow-ups and thank-you notes that fell due before this week and are still open
  (someone overdue is listed there only, not again under this week);
- last week in numbers;
- suggestions: warm leads to reach out to next, so an empty week still says what to do (only
  people the plan does not list already).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from netdesk.core.dates import Week
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.text import isolate_bidi
from netdesk.models import database
from netdesk.models.records import Address

REFERRALS_PER_MEETING_GOAL = 2
THANK_YOU_DAYS = 2


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
        if self.referrer:
            return f"{isolate_bidi(self.referrer)} suggested I give you a call."
        return ""


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


@dataclass
class WeekPlan:
    week: Week
    today: date
    calls: list[CallItem] = field(default_factory=list)
    meetings: list[MeetingItem] = field(default_factory=list)
    thank_yous: list[ThankYouItem] = field(default_factory=list)
    overdue_calls: list[CallItem] = field(default_factory=list)
    overdue_thank_yous: list[ThankYouItem] = field(default_factory=list)
    last_week: WeekNumbers | None = None
    suggestions: list[Suggestion] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.calls
            or self.meetings
            or self.thank_yous
            or self.overdue_calls
            or self.overdue_thank_yous
        )

    @property
    def item_count(self) -> int:
        return (
            len(self.calls)
            + len(self.meetings)
            + len(self.thank_yous)
            + len(self.overdue_calls)
            + len(self.overdue_thank_yous)
        )


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


_PERSON = """
    c.id, c.display_name, coalesce(co.name, ''), c.primary_phone, c.primary_email,
    coalesce(p.display_name, ''), coalesce(r.reason, ''), coalesce(r.calls_ahead, 0)
"""
_PERSON_JOINS = """
    LEFT JOIN company co ON co.id = c.company_id
    LEFT JOIN referral r ON r.referred_id = c.id
    LEFT JOIN contact p ON p.id = r.referrer_id
"""


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


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    due_this_week: int
    overdue: int


def follow_up_counts(week: Week) -> FollowUpCounts:
    """How many people :func:`build_week_plan` lists under "Follow-ups due" and as overdue.

    Counted from the same definition without building the lists: cheap enough for the status
    bar on every refresh.
    """
    people = f"SELECT count(*) FROM (SELECT DISTINCT contact_id FROM ({_follow_ups_due('?')}))"
    by_sunday = week.sunday.isoformat()
    before_monday = (week.monday - timedelta(days=1)).isoformat()
    row = database.execute_sql(
        f"SELECT ({people}), ({people})", (by_sunday, by_sunday, before_monday, before_monday)
    ).fetchone()
    return FollowUpCounts(int(row[0]) - int(row[1]), int(row[1]))


def follow_up_due_condition(through: date, column: str = "c.id") -> tuple[str, list[str]]:
    """SQL (with its parameters) true for contacts with a follow-up due by ``through``, overdue
    ones included: the contact table's "Due this week" filter, by the plan's definition."""
    sql = f"{column} IN (SELECT contact_id FROM ({_follow_ups_due('?')}))"
    return sql, [through.isoformat()] * 2


def _follow_ups(conn: sqlite3.Connection, week: Week) -> tuple[list[CallItem], list[CallItem]]:
    """People with a follow-up due this week, and those whose earliest one is overdue."""
    rows = conn.execute(
        f"""
        SELECT {_PERSON}, f.due, f.task_id
        FROM ({_FIRST_DUE}) f JOIN contact c ON c.id = f.contact_id {_PERSON_JOINS}
        ORDER BY f.due, c.sort_name
        """,
        {"through": week.sunday.isoformat()},
    )
    due: list[CallItem] = []
    overdue: list[CallItem] = []
    for row in rows:
        task_id = None if row[9] is None else int(row[9])
        item = _call(row, _d(row[8]), task_id, is_referral=bool(row[5]))
        (overdue if item.due is not None and item.due < week.monday else due).append(item)
    return due, overdue


def _call(row: tuple[object, ...], due: date | None, task_id: int | None, *, is_referral: bool
          ) -> CallItem:  # fmt: skip
    return CallItem(
        contact_id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        organization=str(row[2]),
        phone=str(row[3]),
        email=str(row[4]),
        referrer=str(row[5]),
        reason=str(row[6]),
        calls_ahead=bool(row[7]),
        due=due,
        task_id=task_id,
        is_referral=is_referral,
    )


def _pending_referrals(conn: sqlite3.Connection, exclude: set[int]) -> list[CallItem]:
    rows = conn.execute(
        f"""
        SELECT {_PERSON}, r.referred_on
        FROM contact c {_PERSON_JOINS}
        WHERE r.id IS NOT NULL AND c.status = 'to_contact'
        ORDER BY r.referred_on IS NULL, r.referred_on, c.sort_name
        """
    )
    return [_call(row, None, None, is_referral=True) for row in rows if row[0] not in exclude]


def _thank_yous(conn: sqlite3.Connection, start: date | None, end: date, today: date
                ) -> list[ThankYouItem]:  # fmt: skip
    lo = start.isoformat() if start else "0000-01-01"
    rows = conn.execute(
        """
        SELECT m.id, c.id, c.display_name, m.starts_at, m.thank_you_due, c.primary_email
        FROM meeting m JOIN contact c ON c.id = m.contact_id
        WHERE m.thank_you_sent IS NULL AND m.thank_you_due BETWEEN ? AND ?
          AND m.starts_at < ?
        ORDER BY m.thank_you_due, c.sort_name
        """,
        (lo, end.isoformat(), (today + timedelta(days=1)).isoformat()),
    ).fetchall()
    addresses = _first_addresses(conn, [int(r[1]) for r in rows])
    return [
        ThankYouItem(
            meeting_id=int(r[0]),
            contact_id=int(r[1]),
            name=str(r[2]),
            meeting_date=_d(r[3]) or today,
            due=_d(r[4]) or today,
            email=str(r[5]),
            address=addresses.get(int(r[1]), ""),
        )
        for r in rows
    ]


def _first_addresses(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT contact_id, label, street, locality, region, postal_code, country "
            f"FROM contact_address WHERE contact_id IN ({marks}) ORDER BY position, id",
            chunk,
        ):
            found.setdefault(int(row[0]), Address(*row[1:]).one_line())
    return found


def _meetings(conn: sqlite3.Connection, week: Week) -> list[MeetingItem]:
    rows = conn.execute(
        """
        SELECT m.id, c.id, c.display_name, coalesce(co.name, ''), m.starts_at, m.kind,
               m.purpose, m.agenda, m.planned_minutes
        FROM meeting m JOIN contact c ON c.id = m.contact_id
        LEFT JOIN company co ON co.id = c.company_id
        WHERE m.starts_at >= ? AND m.starts_at < ?
        ORDER BY m.starts_at, c.sort_name
        """,
        (week.monday.isoformat(), (week.sunday + timedelta(days=1)).isoformat()),
    )
    return [
        MeetingItem(
            meeting_id=int(r[0]),
            contact_id=int(r[1]),
            name=str(r[2]),
            organization=str(r[3]),
            starts_at=datetime.fromisoformat(str(r[4])),
            kind=str(r[5]),
            purpose=str(r[6]),
            agenda=[line.strip() for line in str(r[7]).splitlines() if line.strip()],
            planned_minutes=int(r[8]),
        )
        for r in rows
    ]


def week_numbers(week: Week, today: date | None = None) -> WeekNumbers:
    """What happened in ``week``: contacts added, meetings held, referrals, thank-yous on time."""
    today = today or date.today()
    conn: sqlite3.Connection = database.connection()
    lo, hi = week.monday.isoformat(), (week.sunday + timedelta(days=1)).isoformat()
    held_before = min(hi, (today + timedelta(days=1)).isoformat())
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
        (lo, hi, lo, held_before, lo, held_before, lo, hi, lo, held_before, lo, held_before),
    ).fetchone()
    return WeekNumbers(*(int(v) for v in row))


def _suggestions(conn: sqlite3.Connection, limit: int, listed: set[int]) -> list[Suggestion]:
    """Warm leads you have not spoken to for longest: good people to reach out to next.

    Not those the plan already lists (a new referral is a warm lead too) or who are referrals
    waiting for a first call: they have their own section.
    """
    suggestions: list[Suggestion] = []
    rows = conn.execute(
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
        if int(r[0]) in listed:
            continue
        suggestions.append(
            Suggestion(int(r[0]), str(r[1]), str(r[2]), str(r[3]), _d(r[4]), str(r[5]), str(r[6]))
        )
        if len(suggestions) >= limit:
            break
    return suggestions


def build_week_plan(week: Week, today: date | None = None, suggestions: int = 10) -> WeekPlan:
    """Everything due or planned in ``week``, overdue items from before it, last week's numbers."""
    today = today or date.today()
    conn: sqlite3.Connection = database.connection()
    plan = WeekPlan(week=week, today=today)
    plan.calls, plan.overdue_calls = _follow_ups(conn, week)
    already = {c.contact_id for c in plan.calls} | {c.contact_id for c in plan.overdue_calls}
    plan.calls.extend(_pending_referrals(conn, already))
    plan.meetings = _meetings(conn, week)
    plan.thank_yous = _thank_yous(conn, week.monday, week.sunday, today)
    plan.overdue_thank_yous = _thank_yous(conn, None, week.monday - timedelta(days=1), today)
    plan.last_week = week_numbers(week.previous(), today)
    listed = already | {c.contact_id for c in plan.calls}
    listed |= {m.contact_id for m in plan.meetings}
    listed |= {t.contact_id for t in (*plan.thank_yous, *plan.overdue_thank_yous)}
    plan.suggestions = _suggestions(conn, suggestions, listed)
    return plan


# Checking items off ------------------------------------------------------------------------------


def complete_task(task_id: int, on: date | None = None) -> None:
    database.execute_sql(
        "UPDATE task SET done = 1, done_on = ? WHERE id = ?",
        ((on or date.today()).isoformat(), task_id),
    )


def reopen_task(task_id: int) -> None:
    database.execute_sql("UPDATE task SET done = 0, done_on = NULL WHERE id = ?", (task_id,))


def mark_thank_you_sent(meeting_id: int, on: date | None = None) -> None:
    """Record the note as sent and close the meeting's thank-you task with it."""
    day = (on or date.today()).isoformat()
    with database.atomic():
        database.execute_sql(
            "UPDATE meeting SET thank_you_sent = ? WHERE id = ?", (day, meeting_id)
        )
        database.execute_sql(
            "UPDATE task SET done = 1, done_on = ? "
            "WHERE meeting_id = ? AND kind = 'thank_you' AND done = 0",
            (day, meeting_id),
        )


def mark_contacted(contact_id: int, on: date | None = None) -> None:
    """A call made or an e-mail sent: the person moves on from "to contact"."""
    day = (on or date.today()).isoformat()
    database.execute_sql(
        "UPDATE contact SET status = CASE WHEN status = 'to_contact' THEN 'contacted' "
        "ELSE status END, last_contact = ? WHERE id = ?",
        (day, contact_id),
    )


def mark_thank_you_unsent(meeting_id: int) -> None:
    """Undo :func:`mark_thank_you_sent`: the note is owed again."""
    with database.atomic():
        database.execute_sql("UPDATE meeting SET thank_you_sent = NULL WHERE id = ?", (meeting_id,))
        database.execute_sql(
            "UPDATE task SET done = 0, done_on = NULL WHERE meeting_id = ? AND kind = 'thank_you'",
            (meeting_id,),
        )


@dataclass(frozen=True, slots=True)
class ContactProgress:
    """The fields checking a person off changes, kept so the check can be undone."""

    contact_id: int
    status: str
    last_contact: date | None
    next_follow_up: date | None


def contact_progress(contact_id: int) -> ContactProgress | None:
    row = database.execute_sql(
        "SELECT status, last_contact, next_follow_up FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    if row is None:
        return None
    return ContactProgress(contact_id, str(row[0]), _d(row[1]), _d(row[2]))


def restore_contact_progress(progress: ContactProgress) -> None:
    database.execute_sql(
        "UPDATE contact SET status = ?, last_contact = ?, next_follow_up = ? WHERE id = ?",
        (
            progress.status,
            progress.last_contact.isoformat() if progress.last_contact else None,
            progress.next_follow_up.isoformat() if progress.next_follow_up else None,
            progress.contact_id,
        ),
    )


def mark_followed_up(contact_id: int, on: date | None = None, through: date | None = None) -> None:
    """A contact's own follow-up done: contacted, and a follow-up date up to ``through``
    (default ``on``) cleared so it stops showing; a later date is left alone."""
    day = on or date.today()
    with database.atomic():
        mark_contacted(contact_id, day)
        database.execute_sql(
            "UPDATE contact SET next_follow_up = NULL WHERE id = ? AND next_follow_up <= ?",
            (contact_id, max(day, through or day).isoformat()),
        )


def tick_with_undo(
    check: str,
    contact_id: int,
    *,
    on: date,
    through: date,
    meeting_id: int | None = None,
    task_id: int | None = None,
) -> RowsChange:
    """Tick one item of the plan off; returns the change so that it can be undone.

    ``check`` is what the item is: "thank_you" (the meeting's note is sent), "task" (the task is
    done and the person contacted), "follow_up" (their follow-up date up to ``through`` is done)
    or "referral" (the person has been called or written to).
    """
    with database.atomic():
        if check == "thank_you":
            assert meeting_id is not None
            tasks = database.execute_sql(
                "SELECT id FROM task WHERE meeting_id = ? AND kind = 'thank_you'", (meeting_id,)
            ).fetchall()
            rows: dict[str, list[int]] = {"meeting": [meeting_id], "task": [t[0] for t in tasks]}
        else:
            rows = {"contact": [contact_id], "task": [task_id] if task_id is not None else []}
        before = capture(rows)
        if check == "thank_you":
            assert meeting_id is not None
            mark_thank_you_sent(meeting_id, on)
        elif check == "task" and task_id is not None:
            complete_task(task_id, on)
            mark_contacted(contact_id, on)
        elif check == "follow_up":
            mark_followed_up(contact_id, on, through=through)
        else:
            mark_contacted(contact_id, on)
        after = capture(rows)
    return RowsChange(before, after)
