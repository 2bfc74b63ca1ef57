"""Networking meetings: one record per conversation, with what came out of it.

A networking meeting is short, has a purpose and an agenda, and ends with two requests: for names
(referrals) and, afterwards, a thank-you note. It can have several attendees (a panel, a coffee
with two people from one team): the contact it is with (``contact_id``) and the others
(``other_attendees``). Saving a meeting therefore touches more than the meeting row, all in one
transaction so a failure leaves nothing half-written:

- the names obtained become referrals from this meeting by the attendee who gave each (the
  meeting's contact unless the entry says another; new contacts are created for names not yet
  in the address book);
- the thank-you notes (one per attendee) and the follow-up become tasks (kinds ``thank_you`` and
  ``follow_up``) that follow the meeting when it is edited and close when the notes are sent
  (:mod:`netdesk.core.meeting_tasks`);
- every attendee moves along the pipeline: a meeting ahead means "meeting set", a meeting held
  means "met", and the date of the meeting counts as the last contact.

The per-contact timeline (meetings, interactions, favours) and the quick "log a call" live here
too, because they read and write the same history. The rows are read and written by
:mod:`netdesk.models.meetings`, :mod:`~netdesk.models.tasks` and :mod:`~netdesk.models.history`;
the rules are this module's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from netdesk.core.contacts import (
    contact_exists,
    create_contact,
    display_names,
    find_by_name,
    set_referral,
    would_create_cycle,
)
from netdesk.core.errors import FieldError, NetDeskError, NotFoundError, ValidationError
from netdesk.core.meeting_tasks import sync_tasks
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.text import fold
from netdesk.core.week_plan import THANK_YOU_DAYS
from netdesk.core.wording import translate
from netdesk.models import (
    FavourDirection,
    InteractionKind,
    Lead,
    MeetingKind,
    Status,
    history,
    store,
)
from netdesk.models import meetings as stored
from netdesk.models.history import ProgressFields
from netdesk.models.meetings import MeetingRecord
from netdesk.models.records import ContactData, ReferralInfo

DEFAULT_PLANNED_MINUTES = 15
FAR_AWAY_DAYS = 365
"""A date further than this from today is probably a typo (2062 for 2026): ask before saving."""

MEETING_KIND_HINTS: dict[MeetingKind, str] = {
    MeetingKind.LOOK_FOR_LEADS: (
        "A short talk to learn where the openings are and to ask for two names: it is not a "
        "request for a job."
    ),
    MeetingKind.LEARN_ABOUT: (
        "A short talk to learn how a career or a company really works, before you decide to "
        "pursue it."
    ),
    MeetingKind.DIRECT_CONTACT: (
        "You approach a decision-maker directly about a need you could meet, without a posting."
    ),
    MeetingKind.INTERVIEW: "A job interview for a position: prepare for their questions.",
    MeetingKind.EVENT: "A group event (fair, association, conference): meet people, collect names.",
}


def default_agenda() -> str:
    """The agenda a new meeting starts from (the meeting form lets the user keep their own)."""
    return "\n".join(
        (
            translate("Agenda", "Who I am, in two sentences"),
            translate("Agenda", "What I am exploring"),
            translate("Agenda", "My questions:"),
            translate("Agenda", "Ask for two names I should talk to"),
            translate("Agenda", "Ask whether they will call ahead to introduce me"),
        )
    )


def default_thank_you_due(starts_at: datetime) -> date:
    return starts_at.date() + timedelta(days=THANK_YOU_DAYS)


@dataclass
class ReferralEntry:
    """A name given in the meeting: an existing contact (``contact_id``) or a new one
    (``name``), given by an attendee (``given_by``; None: the meeting's contact)."""

    name: str = ""
    contact_id: int | None = None
    reason: str = ""
    calls_ahead: bool = False
    given_by: int | None = None


@dataclass
class MeetingData:
    """Everything the meeting form shows: the unit of save and load."""

    contact_id: int | None = None
    starts_at: datetime | None = None
    kind: MeetingKind = MeetingKind.LOOK_FOR_LEADS
    purpose: str = ""
    agenda: str = ""
    planned_minutes: int = DEFAULT_PLANNED_MINUTES
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
    referrals: list[ReferralEntry] = field(default_factory=list)
    other_attendees: list[int] = field(default_factory=list)
    """Who else attended, besides ``contact_id``, in the order they are listed."""

    @property
    def attendees(self) -> list[int]:
        """Everyone at the meeting: its contact first, then the others (each once)."""
        first = [] if self.contact_id is None else [self.contact_id]
        return list(dict.fromkeys([*first, *self.other_attendees]))

    def giver(self, entry: ReferralEntry) -> int | None:
        """Who gave the name of ``entry``: the attendee it says, else the meeting's contact."""
        return entry.given_by if entry.given_by is not None else self.contact_id

    @property
    def ends_at(self) -> datetime | None:
        if self.starts_at is None:
            return None
        minutes = self.actual_minutes if self.actual_minutes is not None else self.planned_minutes
        return self.starts_at + timedelta(minutes=minutes)


def records_outcome(data: MeetingData) -> bool:
    """An actual length, an outcome, help received or names given: the meeting took place."""
    return (
        data.actual_minutes is not None
        or bool(data.outcome.strip())
        or data.help_information
        or data.help_contacts
        or data.help_connections
        or data.help_referrals
        or bool(data.referrals)
    )


def has_happened(data: MeetingData, now: datetime) -> bool:
    """Held, not just planned: its time has come, or what came of it is recorded."""
    return (data.starts_at is not None and data.starts_at <= now) or records_outcome(data)


def held_start(data: MeetingData, now: datetime) -> datetime | None:
    """When a meeting recorded as held began: ``data.starts_at``, unless that lies ahead.

    A meeting logged right after it happened still carries the form's default (the next quarter
    hour); it ended about now, so it began its length ago.
    """
    if data.starts_at is None or data.starts_at <= now or not records_outcome(data):
        return data.starts_at
    minutes = data.actual_minutes if data.actual_minutes is not None else data.planned_minutes
    return (now - timedelta(minutes=max(0, minutes))).replace(second=0, microsecond=0)


@dataclass(frozen=True)
class SaveResult:
    meeting_id: int
    created_contact_ids: list[int]


class ConfirmationNeeded(NetDeskError):
    """The data is valid but unusual (a date years away): ask the user, then save confirmed."""

    def __init__(self, questions: list[FieldError]) -> None:
        self.questions = questions
        super().__init__("\n".join(q.message for q in questions))


def minutes_between(start: datetime, end: datetime) -> int:
    """Whole minutes from ``start`` to ``end``; negative when the end is before the start."""
    return int((end - start).total_seconds() // 60)


# Validation --------------------------------------------------------------------------------------


def validate(data: MeetingData) -> list[FieldError]:
    """Everything wrong with ``data``; empty when it can be saved."""
    errors: list[FieldError] = []
    if data.contact_id is None:
        errors.append(FieldError("contact", "Choose who you are meeting."))
    elif not contact_exists(data.contact_id):
        errors.append(FieldError("contact", "This contact no longer exists."))
    errors.extend(_attendee_errors(data))
    if data.starts_at is None:
        errors.append(FieldError("starts_at", "Enter the date and time of the meeting."))
    if data.planned_minutes <= 0:
        errors.append(
            FieldError("planned_minutes", "The planned length must be at least a minute.")
        )
    if data.actual_minutes is not None and data.actual_minutes < 0:
        errors.append(FieldError("actual_minutes", "The meeting cannot end before it starts."))
    if data.starts_at is not None:
        day = data.starts_at.date()
        if data.thank_you_due is not None and data.thank_you_due < day:
            errors.append(
                FieldError("thank_you_due", "The thank-you note cannot be due before the meeting.")
            )
        if data.thank_you_sent is not None and data.thank_you_sent < day:
            errors.append(
                FieldError(
                    "thank_you_sent", "The thank-you note cannot be sent before the meeting."
                )
            )
        if data.follow_up is not None and data.follow_up < day:
            errors.append(FieldError("follow_up", "The follow-up cannot be before the meeting."))
    errors.extend(_referral_errors(data))
    return errors


def _attendee_errors(data: MeetingData) -> list[FieldError]:
    errors: list[FieldError] = []
    seen = {data.contact_id}
    for row, attendee in enumerate(data.other_attendees):
        where = f"attendees.{row}"
        if attendee in seen:
            errors.append(FieldError(where, f"Attendee {row + 2}: this person is listed twice."))
        elif not contact_exists(attendee):
            errors.append(FieldError(where, f"Attendee {row + 2}: this contact no longer exists."))
        seen.add(attendee)
    return errors


def _referral_errors(data: MeetingData) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[int] = set()
    attending = set(data.attendees)
    for row, entry in enumerate(data.referrals):
        where = f"referrals.{row}"
        giver = data.giver(entry)
        if entry.given_by is not None and entry.given_by not in attending:
            errors.append(
                FieldError(
                    where, f"Referral {row + 1}: the name was given by someone not at the meeting."
                )
            )
            continue
        if entry.contact_id is None:
            if not entry.name.strip():
                errors.append(FieldError(where, f"Referral {row + 1}: enter a name."))
            continue
        if entry.contact_id in seen:
            errors.append(FieldError(where, f"Referral {row + 1}: this person is listed twice."))
        seen.add(entry.contact_id)
        if not contact_exists(entry.contact_id):
            errors.append(FieldError(where, f"Referral {row + 1}: this contact no longer exists."))
        elif giver is not None and would_create_cycle(entry.contact_id, giver):
            names = display_names([entry.contact_id, giver])
            referred = names.get(entry.contact_id, "")
            referrer = names.get(giver, "")
            if entry.contact_id == giver:
                message = f"Referral {row + 1}: {referrer} cannot refer themselves."
            else:
                message = (
                    f"Referral {row + 1}: {referrer} cannot refer {referred}: {referred} is "
                    f"already part of the chain that led to {referrer}."
                )
            errors.append(FieldError(where, message))
    return errors


def confirmations(data: MeetingData, today: date | None = None) -> list[FieldError]:
    """Unusual but possible things to confirm before saving: far dates, a referrer replaced."""
    today = today or date.today()
    questions: list[FieldError] = []
    dates: tuple[tuple[str, str, date | None], ...] = (
        ("starts_at", "The meeting", data.starts_at.date() if data.starts_at else None),
        ("thank_you_due", "The thank-you note", data.thank_you_due),
        ("follow_up", "The follow-up", data.follow_up),
    )
    for name, what, day in dates:
        if day is not None and abs((day - today).days) > FAR_AWAY_DAYS:
            questions.append(
                FieldError(name, f"{what} is on {day.isoformat()}, more than a year from today.")
            )
    for row, entry in enumerate(data.referrals):
        if entry.contact_id is None and entry.name.strip():
            key = fold(entry.name)
            same = [n for _, n, _ in find_by_name(entry.name, limit=50) if fold(n) == key]
            if same:
                questions.append(
                    FieldError(
                        f"referrals.{row}",
                        f"{same[0]} is already in your contacts; saving adds a second "
                        f"{entry.name.strip()}. To link the one you have, choose them from "
                        "the list offered as you type.",
                    )
                )
        giver = data.giver(entry)
        if entry.contact_id is None or giver is None:
            continue
        current = stored.current_referral(entry.contact_id)
        if current is None or current.referrer_id == giver:
            continue
        names = display_names([entry.contact_id, current.referrer_id, giver])
        questions.append(
            FieldError(
                f"referrals.{row}",
                f"{names.get(entry.contact_id)} was referred by "
                f"{names.get(current.referrer_id)}; saving makes "
                f"{names.get(giver)} their referrer instead.",
            )
        )
    return questions


# Save, load, delete ------------------------------------------------------------------------------


def _record(data: MeetingData) -> MeetingRecord:
    """The meeting row ``data`` (validated, with a contact and a start) is saved as."""
    assert data.contact_id is not None and data.starts_at is not None
    return MeetingRecord(
        contact_id=data.contact_id,
        starts_at=data.starts_at,
        kind=MeetingKind(data.kind).value,
        purpose=data.purpose.strip(),
        agenda=data.agenda.strip("\n"),
        planned_minutes=data.planned_minutes,
        actual_minutes=data.actual_minutes,
        notes=data.notes,
        outcome=data.outcome.strip(),
        help_information=data.help_information,
        help_contacts=data.help_contacts,
        help_connections=data.help_connections,
        help_referrals=data.help_referrals,
        thank_you_due=data.thank_you_due,
        thank_you_sent=data.thank_you_sent,
        follow_up=data.follow_up,
    )


def save_meeting(
    data: MeetingData,
    meeting_id: int | None = None,
    *,
    confirmed: bool = False,
    now: datetime | None = None,
) -> SaveResult:
    """Create (``meeting_id`` None) or update a meeting with its referrals and tasks.

    Raises :class:`ValidationError` for what must be fixed and, unless ``confirmed``,
    :class:`ConfirmationNeeded` for what must be confirmed. ``data`` is not modified; a meeting
    that records what came of it is saved as held (see :func:`held_start`).
    """
    now = now or datetime.now()
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    if not confirmed:
        questions = confirmations(data, now.date())
        if questions:
            raise ConfirmationNeeded(questions)
    data = replace(data, starts_at=held_start(data, now))
    starts_at = data.starts_at
    assert data.contact_id is not None and starts_at is not None
    with store.transaction():
        before = None if meeting_id is None else stored.read_meeting(meeting_id)
        if meeting_id is None:
            meeting_id = stored.add_meeting(_record(data))
        elif before is None or not stored.update_meeting(meeting_id, _record(data)):
            raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
        stored.set_attendees(meeting_id, data.attendees)
        created = _save_referrals(meeting_id, data)
        was_sent = before is not None and before.thank_you_sent is not None
        sync_tasks(
            meeting_id,
            data.attendees,
            thank_you_due=data.thank_you_due,
            thank_you_sent=data.thank_you_sent,
            follow_up=data.follow_up,
            was_sent=was_sent,
        )
        for attendee in data.attendees:
            _advance_contact(attendee, starts_at, has_happened(data, now))
    return SaveResult(meeting_id, created)


def _save_referrals(meeting_id: int, data: MeetingData) -> list[int]:
    """Make the referrals from this meeting exactly ``data.referrals``; returns new contact ids.

    A name removed from the list loses its link to this meeting but stays in the address book:
    the person may have been called, edited or referred on since.
    """
    assert data.contact_id is not None and data.starts_at is not None
    givers = display_names(data.attendees)
    day = data.starts_at.date()
    created: list[int] = []
    kept: set[int] = set()
    for entry in data.referrals:
        referrer = data.giver(entry)
        assert referrer is not None
        referrer_name = givers.get(referrer, "")
        info = ReferralInfo(
            referrer_id=referrer,
            referred_on=day,
            reason=entry.reason.strip(),
            calls_ahead=entry.calls_ahead,
            meeting_id=meeting_id,
        )
        if entry.contact_id is None:
            new_id = create_contact(
                ContactData(
                    display_name=entry.name.strip(),
                    lead=Lead.WARM,
                    status=Status.TO_CONTACT,
                    how_met=f"Referred by {referrer_name}",
                    referral=info,
                ),
                today=day,
            )
            created.append(new_id)
            kept.add(new_id)
        else:
            existing = stored.current_referral(entry.contact_id)
            if existing is not None and existing.referrer_id == referrer:
                # Keep the original date when the link predates this meeting.
                info.referred_on = existing.referred_on or day
            set_referral(entry.contact_id, info)
            kept.add(entry.contact_id)
    stored.keep_referrals(meeting_id, kept)
    return created


_BEFORE_MEETING = (Status.TO_CONTACT.value, Status.CONTACTED.value, Status.DORMANT.value)
_BEFORE_MET = (*_BEFORE_MEETING, Status.MEETING_SET.value)


def _progress(contact_id: int) -> history.Progress:
    found = history.progress(contact_id)
    if found is None:
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    return found


def _advance_contact(contact_id: int, starts_at: datetime, happened: bool) -> None:
    """A meeting ahead sets "meeting set"; a meeting held sets "met" and the last contact."""
    now = _progress(contact_id)
    fields: ProgressFields = {}
    if happened:
        if now.status in _BEFORE_MET:
            fields["status"] = Status.MET.value
        if now.last_contact is None or now.last_contact < starts_at.date():
            fields["last_contact"] = starts_at.date()
    elif now.status in _BEFORE_MEETING:
        fields["status"] = Status.MEETING_SET.value
    history.update_progress(contact_id, fields)


def load_meeting(meeting_id: int) -> MeetingData:
    meeting = stored.read_meeting(meeting_id)
    if meeting is None:
        raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
    referrals = stored.referrals_from(meeting_id)
    names = display_names(r.referred_id for r in referrals)
    others = [a for a in stored.attendees(meeting_id) if a != meeting.contact_id]
    return MeetingData(
        contact_id=meeting.contact_id,
        other_attendees=others,
        starts_at=meeting.starts_at,
        kind=MeetingKind(meeting.kind),
        purpose=meeting.purpose,
        agenda=meeting.agenda,
        planned_minutes=meeting.planned_minutes,
        actual_minutes=meeting.actual_minutes,
        notes=meeting.notes,
        outcome=meeting.outcome,
        help_information=meeting.help_information,
        help_contacts=meeting.help_contacts,
        help_connections=meeting.help_connections,
        help_referrals=meeting.help_referrals,
        thank_you_due=meeting.thank_you_due,
        thank_you_sent=meeting.thank_you_sent,
        follow_up=meeting.follow_up,
        referrals=[
            ReferralEntry(
                name=names.get(r.referred_id, ""),
                contact_id=r.referred_id,
                reason=r.reason,
                calls_ahead=r.calls_ahead,
                given_by=None if r.given_by == meeting.contact_id else r.given_by,
            )
            for r in referrals
        ],
    )


def delete_meeting(meeting_id: int) -> MeetingData:
    """Delete a meeting and its tasks; referrals it produced stay, unlinked from it.

    Returns what was deleted so the caller can offer to recreate it.
    """
    with store.transaction():
        data = load_meeting(meeting_id)
        stored.delete_meeting(meeting_id)
    return data


def meetings_of(contact_id: int) -> list[int]:
    """Ids of the meetings a contact attended, newest first."""
    return stored.meetings_of(contact_id)


# Timeline ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a contact, for the newest-first history."""

    source: str  # "meeting", "interaction" or "favour"
    record_id: int
    kind: str  # meeting kind, interaction kind or favour direction
    when: datetime
    has_time: bool
    summary: str
    detail: str
    attendees: tuple[str, ...] = ()
    """A meeting's attendees by name, its contact first (empty for anything else)."""


def timeline(contact_id: int) -> list[TimelineEntry]:
    """Meetings, interactions and favours of one contact, newest first."""
    entries: list[TimelineEntry] = []
    meetings = stored.meetings_with(contact_id)
    who = {meeting_id: stored.attendees(meeting_id) for meeting_id, _ in meetings}
    names = display_names({a for ids in who.values() for a in ids})
    for meeting_id, m in meetings:
        detail = "\n".join(part for part in (m.outcome, m.notes) if part.strip())
        attending = tuple(names.get(a, "") for a in who[meeting_id])
        entries.append(
            TimelineEntry(
                "meeting", meeting_id, m.kind, m.starts_at, True, m.purpose, detail, attending
            )
        )
    for i in history.interactions_of(contact_id):
        entries.append(
            TimelineEntry("interaction", i.id, i.kind, i.happened_at, True, i.summary, "")
        )
    for f in history.favours_of(contact_id):
        entries.append(
            TimelineEntry("favour", f.id, f.direction, f.happened_on, False, f.description, "")
        )
    # A dated favour sorts at the end of its day, above anything timed that day.
    entries.sort(
        key=lambda e: e.when if e.has_time else e.when + timedelta(days=1, microseconds=-1),
        reverse=True,
    )
    return entries


def log_interaction(
    contact_id: int,
    kind: InteractionKind,
    summary: str = "",
    when: datetime | None = None,
) -> int:
    """Record a call, e-mail, letter, message or note; a real exchange counts as contact."""
    when = when or datetime.now().replace(second=0, microsecond=0)
    if not contact_exists(contact_id):
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    kind = InteractionKind(kind)
    with store.transaction():
        new_id = history.add_interaction(contact_id, kind.value, when, summary.strip())
        if kind is not InteractionKind.NOTE:
            _touch_contact(contact_id, when.date())
    return new_id


def _touch_contact(contact_id: int, day: date) -> None:
    now = _progress(contact_id)
    fields: ProgressFields = {}
    if now.last_contact is None or now.last_contact < day:
        fields["last_contact"] = day
    if now.status == Status.TO_CONTACT.value:
        fields["status"] = Status.CONTACTED.value
    history.update_progress(contact_id, fields)


def log_with_undo(
    contact_id: int,
    kind: InteractionKind,
    summary: str = "",
    when: datetime | None = None,
) -> tuple[int, RowsChange]:
    """:func:`log_interaction`, also returning the change so that it can be undone."""
    with store.transaction():
        before = capture({"contact": [contact_id]})
        new_id = log_interaction(contact_id, kind, summary, when)
        after = capture({"contact": [contact_id], "interaction": [new_id]})
    return new_id, RowsChange(before, after)


def delete_interaction(interaction_id: int) -> None:
    history.delete_interaction(interaction_id)


def delete_entry_with_undo(source: str, record_id: int) -> RowsChange:
    """Delete a logged interaction or favour from the history, undoably."""
    table = {"interaction": "interaction", "favour": "favour"}[source]
    with store.transaction():
        before = capture({table: [record_id]})
        if table == "interaction":
            delete_interaction(record_id)
        else:
            delete_favour(record_id)
        after = capture({table: [record_id]})
    return RowsChange(before, after)


def add_favour(
    contact_id: int, direction: FavourDirection, description: str, on: date | None = None
) -> int:
    """Reciprocity: what you did for them or they did for you."""
    if not description.strip():
        raise ValidationError([FieldError("description", "Say what the favour was.")])
    if not contact_exists(contact_id):
        raise NotFoundError(f"Contact {contact_id} no longer exists.")
    return history.add_favour(
        contact_id, FavourDirection(direction).value, description.strip(), on or date.today()
    )


def delete_favour(favour_id: int) -> None:
    history.delete_favour(favour_id)


def favour_with_undo(
    contact_id: int, direction: FavourDirection, description: str, on: date | None = None
) -> tuple[int, RowsChange]:
    """:func:`add_favour`, also returning the change so that it can be undone."""
    with store.transaction():
        new_id = add_favour(contact_id, direction, description, on)
        after = capture({"favour": [new_id]})
    return new_id, RowsChange(capture({"favour": []}), after)
