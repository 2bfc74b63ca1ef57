"""Meetings: the meeting rows, who attended, the referral links a meeting records, and the
calendar's reading.

A meeting has attendees (``meeting_attendee``, migration 11): its contact
(``MeetingRecord.contact_id``) is the first, whom it is "with" in titles and lists, and the
others follow in the order given. Each attendee's history shows the meeting.

Writers say what they changed inside their transaction: :data:`Topic.MEETINGS` with the meeting
ids (its attendees too); the referral links with :data:`Topic.REFERRALS` and
:data:`Topic.CONTACTS` (the referred people's ids); the tasks a deleted meeting takes with it
with :data:`Topic.TASKS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime

import peewee

from netdesk.models.columns import as_date, as_datetime
from netdesk.models.db import database
from netdesk.models.entities import Meeting, MeetingAttendee, Referral, Task
from netdesk.models.rhythms import reporting_due_changes
from netdesk.models.sql import connection
from netdesk.models.store import Topic, store


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A meeting row as stored (the referrals it produced are kept apart, in ``referral``)."""

    contact_id: int
    starts_at: datetime
    kind: str
    purpose: str = ""
    agenda: str = ""
    planned_minutes: int = 15
    actual_minutes: int | None = None
    notes: str = ""
    outcome: str = ""
    help_information: bool = False
    help_contacts: bool = False
    help_connections: bool = False
    help_referrals: bool = False
    thank_you_due: date | None = None
    thank_you_sent: date | None = None
    follow_up: date | None = None


def _columns(record: MeetingRecord) -> dict[str, object]:
    columns = asdict(record)
    columns["contact"] = columns.pop("contact_id")
    return columns


def _record(meeting: Meeting) -> MeetingRecord:
    return MeetingRecord(
        contact_id=int(meeting.contact_id),
        starts_at=as_datetime(meeting.starts_at),
        kind=str(meeting.kind),
        purpose=meeting.purpose,
        agenda=meeting.agenda,
        planned_minutes=int(meeting.planned_minutes),
        actual_minutes=None if meeting.actual_minutes is None else int(meeting.actual_minutes),
        notes=meeting.notes,
        outcome=meeting.outcome,
        help_information=bool(meeting.help_information),
        help_contacts=bool(meeting.help_contacts),
        help_connections=bool(meeting.help_connections),
        help_referrals=bool(meeting.help_referrals),
        thank_you_due=as_date(meeting.thank_you_due),
        thank_you_sent=as_date(meeting.thank_you_sent),
        follow_up=as_date(meeting.follow_up),
    )


def add_meeting(record: MeetingRecord) -> int:
    with database.atomic(), reporting_due_changes([record.contact_id]):
        meeting_id = int(Meeting.create(**_columns(record)).id)
        store.changed(Topic.MEETINGS, [meeting_id])
    return meeting_id


def update_meeting(meeting_id: int, record: MeetingRecord) -> bool:
    """Write ``record`` over the meeting; False when there is no such meeting (any more)."""
    with database.atomic(), reporting_due_changes([record.contact_id, *attendees(meeting_id)]):
        found = bool(Meeting.update(**_columns(record)).where(Meeting.id == meeting_id).execute())
        if found:
            store.changed(Topic.MEETINGS, [meeting_id])
    return found


def read_meeting(meeting_id: int) -> MeetingRecord | None:
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    return None if meeting is None else _record(meeting)


def _attended_by(contact_id: int) -> peewee.ModelSelect:
    return MeetingAttendee.select(MeetingAttendee.meeting).where(
        MeetingAttendee.contact == contact_id
    )


def meetings_with(contact_id: int) -> list[tuple[int, MeetingRecord]]:
    """The meetings a contact attended (first or not) with their ids, in no particular order."""
    query = Meeting.select().where(Meeting.id.in_(_attended_by(contact_id)))
    return [(int(m.id), _record(m)) for m in query]


def meetings_of(contact_id: int) -> list[int]:
    """Ids of the meetings a contact attended, newest first."""
    query = (
        Meeting.select(Meeting.id)
        .where(Meeting.id.in_(_attended_by(contact_id)))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .tuples()
    )
    return [int(row[0]) for row in query]


def attendees(meeting_id: int) -> list[int]:
    """Who attended the meeting: its contact first, then the others in their order."""
    rows = connection().execute(
        "SELECT a.contact_id FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE a.meeting_id = ? ORDER BY a.contact_id != m.contact_id, a.position, a.contact_id",
        (meeting_id,),
    )
    return [int(row[0]) for row in rows]


def set_attendees(meeting_id: int, contact_ids: Iterable[int]) -> None:
    """Make the meeting's attendees exactly ``contact_ids``, in that order; the first must be
    the meeting's contact (which ``update_meeting`` sets)."""
    wanted = list(dict.fromkeys(int(i) for i in contact_ids))
    conn = connection()
    with database.atomic(), reporting_due_changes([*wanted, *attendees(meeting_id)]):
        first = conn.execute("SELECT contact_id FROM meeting WHERE id = ?", (meeting_id,))
        row = first.fetchone()
        if row is None:
            return
        if not wanted or wanted[0] != int(row[0]):
            raise ValueError("a meeting's first attendee is its contact")
        marks = ", ".join("?" * len(wanted))
        conn.execute(
            f"DELETE FROM meeting_attendee WHERE meeting_id = ? AND contact_id NOT IN ({marks})",
            (meeting_id, *wanted),
        )
        conn.executemany(
            "INSERT INTO meeting_attendee (meeting_id, contact_id, position) VALUES (?, ?, ?) "
            "ON CONFLICT (meeting_id, contact_id) DO UPDATE SET position = excluded.position "
            "WHERE position != excluded.position",
            [(meeting_id, contact_id, n) for n, contact_id in enumerate(wanted)],
        )
        store.changed(Topic.MEETINGS, [meeting_id])


def delete_meeting(meeting_id: int) -> None:
    """Delete the meeting and its tasks; the referrals it produced stay, unlinked from it."""
    with database.atomic(), reporting_due_changes(attendees(meeting_id)):
        own = Task.select(Task.id).where(Task.meeting == meeting_id).tuples()
        tasks = [int(r[0]) for r in own]
        links = Referral.select(Referral.referred).where(Referral.meeting == meeting_id).tuples()
        referred = [int(r[0]) for r in links]
        Task.delete().where(Task.meeting == meeting_id).execute()
        Referral.update(meeting=None).where(Referral.meeting == meeting_id).execute()
        Meeting.delete().where(Meeting.id == meeting_id).execute()
        store.changed(Topic.MEETINGS, [meeting_id])
        if tasks:
            store.changed(Topic.TASKS, tasks)
        if referred:
            store.changed(Topic.REFERRALS, referred)
            store.changed(Topic.CONTACTS, referred)


def set_thank_you_sent(meeting_id: int, on: date | None) -> None:
    """Date the meeting's thank-you note (None: not sent)."""
    with database.atomic():
        Meeting.update(thank_you_sent=on).where(Meeting.id == meeting_id).execute()
        store.changed(Topic.MEETINGS, [meeting_id])


# The referrals a meeting records ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingReferral:
    """A name given in a meeting: who, why, whether the giver calls ahead, and who gave it (an
    attendee: the meeting's contact unless another attendee gave it)."""

    referred_id: int
    reason: str
    calls_ahead: bool
    given_by: int


@dataclass(frozen=True, slots=True)
class CurrentReferral:
    """Who referred a contact, and when."""

    referrer_id: int
    referred_on: date | None


def referrals_from(meeting_id: int) -> list[MeetingReferral]:
    """The names given in the meeting, in the order they were recorded."""
    query = (
        Referral.select(Referral.referred, Referral.reason, Referral.calls_ahead, Referral.referrer)
        .where(Referral.meeting == meeting_id)
        .order_by(Referral.id)
        .tuples()
    )
    return [
        MeetingReferral(int(who), str(why), bool(ahead), int(giver))
        for who, why, ahead, giver in query
    ]


def current_referral(contact_id: int) -> CurrentReferral | None:
    row = (
        Referral.select(Referral.referrer, Referral.referred_on)
        .where(Referral.referred == contact_id)
        .tuples()
        .first()
    )
    return None if row is None else CurrentReferral(int(row[0]), as_date(row[1]))


def keep_referrals(meeting_id: int, kept: Iterable[int]) -> None:
    """Make the meeting's referral links exactly those of the ``kept`` contacts, which the
    caller has just linked: the other links from this meeting are deleted (the people stay)."""
    kept = sorted({int(i) for i in kept})
    with database.atomic():
        stale = Referral.select(Referral.referred).where(Referral.meeting == meeting_id)
        if kept:
            stale = stale.where(Referral.referred.not_in(kept))
        dropped = [int(r[0]) for r in stale.tuples()]
        if dropped:
            Referral.delete().where(
                (Referral.meeting == meeting_id) & Referral.referred.in_(dropped)
            ).execute()
        concerned = sorted({*kept, *dropped})
        if concerned:
            store.changed(Topic.REFERRALS, concerned)
            store.changed(Topic.CONTACTS, concerned)


# The calendar export ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarMeeting:
    """A meeting for the calendar export, with the contact's name and how to reach them."""

    id: int
    contact_uid: str
    name: str
    phone: str
    email: str
    starts_at: datetime
    kind: str
    purpose: str
    agenda: str
    planned_minutes: int
    actual_minutes: int | None


def meetings_from(start: date | None) -> list[CalendarMeeting]:
    """Meetings starting on or after ``start`` (all when None), in time order."""
    rows = database.execute_sql(
        """
        SELECT m.id, c.uid, c.display_name, c.primary_phone, c.primary_email, m.starts_at,
               m.kind, m.purpose, m.agenda, m.planned_minutes, m.actual_minutes
        FROM meeting m JOIN contact c ON c.id = m.contact_id
        WHERE m.starts_at >= ?
        ORDER BY m.starts_at, m.id
        """,
        ((start or date.min).isoformat(),),
    ).fetchall()
    return [
        CalendarMeeting(
            id=int(r[0]),
            contact_uid=str(r[1]),
            name=str(r[2]),
            phone=str(r[3]),
            email=str(r[4]),
            starts_at=datetime.fromisoformat(str(r[5])),
            kind=str(r[6]),
            purpose=str(r[7]),
            agenda=str(r[8]),
            planned_minutes=int(str(r[9])),
            actual_minutes=None if r[10] is None else int(str(r[10])),
        )
        for r in rows
    ]
