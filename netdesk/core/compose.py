"""Writing a message to someone from what NetDesk knows of them, and logging it once sent.

A Compose action starts from a contact, a task, a meeting or a referral (:class:`ComposeFor`).
:func:`read_draft` reads what the templates can say of it once: the contact and who referred
them, the chain of introductions, the meeting (the one asked for, else the contact's last one
held), the task, the job they helped to. :func:`offer` puts the templates in the order that fits
(a thank-you note first while one is owed, the follow-up after it is sent, a meeting request for
a meeting still to come, the opening line for someone referred), :func:`recipient` says whom a
template is written to (the contact, their referrer, or anyone along the chain), and
:func:`fill` writes it. When the user says it went out, :func:`mark_sent_with_undo` logs it in
the recipient's history as an e-mail or a message named after the template, dates the
meeting's thank-you note and ticks the task off when the message was that note or that task,
as one undoable change. No Qt: the Compose dialog and the CLI both use this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from netdesk.core.card import CardData, first_address, message_values, read_card
from netdesk.core.errors import NotFoundError
from netdesk.core.meetings import MeetingData, load_meeting, log_interaction, meetings_of
from netdesk.core.messages import (
    ENGLISH,
    Fit,
    Message,
    Template,
    To,
    Value,
    Wording,
    help_given,
    suggest,
)
from netdesk.core.messages.translation import Translate, untranslated
from netdesk.core.posting_links import contact_postings
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.week_plan import (
    CallItem,
    MeetingItem,
    PostingItem,
    ThankYouItem,
    complete_task,
    mark_thank_you_sent,
)
from netdesk.models import tasks as tasks_data
from netdesk.models.enums import InteractionKind, PostingStage, TaskKind
from netdesk.models.store import store

__all__ = [
    "SENT_KINDS",
    "ComposeFor",
    "Draft",
    "MeetingFacts",
    "Person",
    "SentMarks",
    "TaskFacts",
    "address_of",
    "fill",
    "for_plan_item",
    "mark_sent_with_undo",
    "offer",
    "read_draft",
    "recipient",
    "recipients",
    "sent_marks",
]

SENT_KINDS = (InteractionKind.EMAIL, InteractionKind.MESSAGE)
"""How a sent message is logged: an e-mail, or a message (LinkedIn, a chat)."""

_LEARNING_KINDS = frozenset({"informational", "learn_about"})
"""Meeting kinds whose request is the "learn about a career or company" one (the kind's value
before and after issue 17 renamed it)."""
_JOB_STAGES = (PostingStage.ACCEPTED, PostingStage.OFFER)
CHAIN_RECIPIENTS = 25
"""How far up the chain the "I found a job" note offers to go (the nearest first)."""


@dataclass(frozen=True)
class ComposeFor:
    """What a Compose action starts from: a contact, and the task or meeting it is about."""

    fit: Fit
    contact_id: int
    meeting_id: int | None = None
    task_id: int | None = None
    task_kind: str | None = None
    """What is due when there is no task row (a contact's follow-up date: "follow_up")."""


@dataclass(frozen=True)
class Person:
    """Someone a message can go to."""

    contact_id: int
    name: str


@dataclass(frozen=True)
class MeetingFacts:
    meeting_id: int
    contact_id: int
    day: date
    kind: str
    held: bool
    thank_you_owed: bool
    """Held, and no thank-you note dated yet."""


@dataclass(frozen=True)
class TaskFacts:
    task_id: int
    kind: str
    title: str
    done: bool
    meeting_id: int | None


@dataclass(frozen=True)
class Draft:
    """What the templates can say about one Compose action, read once."""

    request: ComposeFor
    fit: Fit
    """The request's fit, or a contact's when a "referral" has nobody who referred them."""
    contact: Person
    referrer: Person | None
    chain: tuple[Person, ...]
    """From someone you knew (first) down to the contact (last)."""
    values: Mapping[str, Value]
    """The placeholders' values for a message to the contact."""
    addresses: Mapping[int, str | None] = field(default_factory=dict)
    """The first e-mail address a link can carry, of each person a message can go to."""
    people_values: Mapping[int, Mapping[str, Value]] = field(default_factory=dict)
    """The contact's own values (first name...) of each person up the chain."""
    meeting: MeetingFacts | None = None
    task: TaskFacts | None = None
    my_name: str = ""


def _person(card: CardData) -> Person:
    return Person(card.contact_id, card.contact.name)


def _meeting_facts(meeting_id: int, data: MeetingData, now: datetime) -> MeetingFacts:
    assert data.starts_at is not None and data.contact_id is not None
    held = data.starts_at <= now
    return MeetingFacts(
        meeting_id,
        data.contact_id,
        data.starts_at.date(),
        str(data.kind),
        held,
        held and data.thank_you_sent is None,
    )


def _last_held(contact_id: int, now: datetime) -> tuple[int, MeetingData] | None:
    for meeting_id in meetings_of(contact_id):  # newest first
        data = load_meeting(meeting_id)
        if data.starts_at is not None and data.starts_at <= now:
            return meeting_id, data
    return None


def _meeting_values(data: MeetingData, held: bool, translate: Translate) -> dict[str, Value]:
    values: dict[str, Value] = {"minutes": data.planned_minutes, "purpose": data.purpose}
    if held and data.starts_at is not None:
        values["meeting_date"] = data.starts_at.date()
        values["help_given"] = help_given(
            information=data.help_information,
            contacts=data.help_contacts,
            connections=data.help_connections,
            referrals=data.help_referrals,
            translate=translate,
        )
    return values


def _job_values(contact_id: int, chain: Sequence[Person]) -> dict[str, Value]:
    values: dict[str, Value] = {"helpers": [p.name for p in chain] if len(chain) > 1 else []}
    for stage in _JOB_STAGES:
        job = next((p for p in contact_postings(contact_id) if p.stage is stage), None)
        if job is not None:
            values |= {"posting_title": job.title, "posting_company": job.company}
            break
    return values


def read_draft(
    request: ComposeFor,
    *,
    my_name: str = "",
    now: datetime | None = None,
    translate: Translate = untranslated,
) -> Draft:
    """Everything :func:`offer`, :func:`recipient` and :func:`fill` need for ``request``.

    Raises NotFoundError when the contact, the meeting or the task is gone."""
    now = now or datetime.now()
    with store.transaction():  # one consistent read, even while another window writes
        card = read_card(request.contact_id)
        if card is None:
            raise NotFoundError(f"Contact {request.contact_id} no longer exists.")
        task: TaskFacts | None = None
        meeting_id = request.meeting_id
        if request.task_id is not None:
            found = tasks_data.read_task(request.task_id)
            if found is None:
                raise NotFoundError(f"Task {request.task_id} no longer exists.")
            task = TaskFacts(found.id, found.kind, found.title, found.done, found.meeting_id)
            meeting_id = meeting_id if meeting_id is not None else found.meeting_id
        meeting: tuple[int, MeetingData] | None = None
        if meeting_id is not None:
            meeting = meeting_id, load_meeting(meeting_id)
        else:
            meeting = _last_held(request.contact_id, now)
        chain = tuple(Person(link.id, link.display_name) for link in card.chain)
        read = {p.contact_id: read_card(p.contact_id) for p in chain[-CHAIN_RECIPIENTS:-1]}
        up = [c for c in read.values() if c is not None]
        referrer_card = read.get(card.referrer.id) if card.referrer is not None else None
        values: dict[str, Value] = dict(message_values(card))
        values |= _job_values(request.contact_id, chain)
        facts: MeetingFacts | None = None
        if meeting is not None:
            facts = _meeting_facts(meeting[0], meeting[1], now)
            values |= _meeting_values(meeting[1], facts.held, translate)
    if my_name.strip():
        values["my_name"] = " ".join(my_name.split())
    referrer = _person(referrer_card) if referrer_card is not None else None
    addresses = {
        c.contact_id: first_address([e.address for e in c.contact.emails]) for c in (*up, card)
    }
    fit = request.fit
    if fit is Fit.REFERRAL and referrer is None:
        fit = Fit.CONTACT
    return Draft(
        request,
        fit,
        _person(card),
        referrer,
        chain,
        values,
        addresses,
        {c.contact_id: message_values(c) for c in up},
        facts,
        task,
        " ".join(my_name.split()),
    )


def for_plan_item(item: object) -> ComposeFor | None:
    """What a Compose action on an item of the week's plan starts from: a meeting or its
    thank-you note, a task, a follow-up date, someone referred not yet contacted, whom to ask
    about a posting, a warm lead; None for an item about nobody."""
    if isinstance(item, MeetingItem | ThankYouItem):
        return ComposeFor(Fit.MEETING, item.contact_id, meeting_id=item.meeting_id)
    if isinstance(item, CallItem):
        if item.task_id is not None:
            return ComposeFor(Fit.TASK, item.contact_id, task_id=item.task_id)
        if item.due is not None:
            return ComposeFor(Fit.TASK, item.contact_id, task_kind=TaskKind.FOLLOW_UP.value)
        return ComposeFor(Fit.REFERRAL if item.is_referral else Fit.CONTACT, item.contact_id)
    if isinstance(item, PostingItem):
        return ComposeFor(Fit.CONTACT, item.ask.contact_id) if item.ask is not None else None
    contact_id = getattr(item, "contact_id", None)  # a warm lead, or whatever a plan lists
    return ComposeFor(Fit.CONTACT, contact_id) if isinstance(contact_id, int) else None


def _task_kind(draft: Draft) -> str | None:
    """The kind of task the message would complete, if one is waiting."""
    if draft.task is not None and not draft.task.done:
        return draft.task.kind
    if draft.request.task_kind is not None:
        return draft.request.task_kind
    meeting = draft.meeting
    if meeting is not None and meeting.held:
        if meeting.thank_you_owed:
            return TaskKind.THANK_YOU.value
        if draft.fit is Fit.MEETING:
            return TaskKind.FOLLOW_UP.value
    return None


def offer(draft: Draft, templates: Iterable[Template]) -> tuple[list[Template], list[Template]]:
    """``templates`` as Compose lists them: those that fit, the most fitting first (it is
    the one the dialog starts with), and the others."""
    templates = list(templates)
    values = draft.values
    task_kind = _task_kind(draft)
    meeting = draft.meeting
    if draft.fit is Fit.MEETING and meeting is not None and not meeting.held:
        # Still to come: asking for it (the kind's own request first), not thanking for it.
        fitting = suggest(templates, Fit.CONTACT, values=values)
        wanted = (
            "meeting_request_learn" if meeting.kind in _LEARNING_KINDS else "meeting_request_leads"
        )
        fitting.sort(key=lambda t: t.id != wanted)
    else:
        fitting = suggest(templates, draft.fit, task_kind=task_kind, values=values)
        # Someone referred is a contact too, and a contact someone referred is a referral.
        also = {Fit.CONTACT: Fit.REFERRAL, Fit.REFERRAL: Fit.CONTACT}.get(draft.fit)
        if also is not None and draft.referrer is not None:
            fitting += [
                t
                for t in suggest(templates, also, task_kind=task_kind, values=values)
                if t not in fitting
            ]
    others = [t for t in templates if t not in fitting]
    return fitting, others


def recipients(draft: Draft, template: Template) -> list[Person]:
    """Whom ``template`` can go to, the usual one first: the contact, their referrer (none
    without one), or each person along the chain from the contact up."""
    if template.to is To.REFERRER:
        return [draft.referrer] if draft.referrer is not None else []
    if template.to is To.CHAIN:
        up = [p for p in reversed(draft.chain) if p.contact_id in draft.people_values]
        return [draft.contact, *up]
    return [draft.contact]


def recipient(draft: Draft, template: Template) -> Person | None:
    found = recipients(draft, template)
    return found[0] if found else None


def fill(
    draft: Draft,
    template: Template,
    wording: Wording = ENGLISH,
    to: Person | None = None,
) -> Message:
    """``template`` written for the draft; for a note along the chain, to ``to`` (greeted by
    their own name, thanked for the same chain)."""
    values: Mapping[str, Value] = draft.values
    own = draft.people_values.get(to.contact_id) if to is not None else None
    if template.to is To.CHAIN and own is not None:
        keep = ("helpers", "posting_title", "posting_company")
        values = {**own, **{k: draft.values[k] for k in keep if k in draft.values}}
        if draft.my_name:
            values["my_name"] = draft.my_name
    return template.fill(values, wording)


def address_of(draft: Draft, person: Person | None) -> str | None:
    """The first e-mail address of ``person`` a ``mailto:`` link can carry (None: none)."""
    return draft.addresses.get(person.contact_id) if person is not None else None


@dataclass(frozen=True)
class SentMarks:
    """What sending a template also settles, beside logging it."""

    thank_you_meeting: MeetingFacts | None = None
    """The meeting whose thank-you note this is (dated as sent)."""
    task: TaskFacts | None = None
    """The task this message is (ticked off)."""


def sent_marks(draft: Draft, template: Template, to: Person | None) -> SentMarks:
    """What "Mark as sent" settles for ``template`` written to ``to``: the meeting's
    thank-you note when it is one and owed to them, and the task it answers."""
    if to is None:
        return SentMarks()
    meeting = draft.meeting
    thank_you = (
        meeting
        if meeting is not None
        and meeting.thank_you_owed
        and template.task_kind == TaskKind.THANK_YOU.value
        and to.contact_id == meeting.contact_id
        else None
    )
    task = draft.task
    answered = (
        task
        if task is not None
        and not task.done
        and template.task_kind == task.kind
        and to.contact_id == draft.contact.contact_id
        and not (thank_you is not None and task.meeting_id == thank_you.meeting_id)
        else None
    )
    return SentMarks(thank_you, answered)


def mark_sent_with_undo(
    contact_id: int,
    kind: InteractionKind,
    note: str,
    when: datetime,
    *,
    thank_you_meeting: int | None = None,
    task_id: int | None = None,
) -> tuple[int, RowsChange]:
    """Log a message sent to ``contact_id`` (``note``: the template's name) and settle the
    meeting's thank-you note and the task with it; returns the interaction's id and the change,
    so that it can be undone as one step."""
    kind = InteractionKind(kind)
    if kind not in SENT_KINDS:
        raise ValueError(f"a message is sent as an e-mail or a message, not {kind.value!r}")
    with store.transaction():
        rows: dict[str, list[int]] = {"contact": [contact_id], "task": []}
        if thank_you_meeting is not None:
            rows["meeting"] = [thank_you_meeting]
            rows["task"] += tasks_data.task_ids(thank_you_meeting, TaskKind.THANK_YOU.value)
        if task_id is not None:
            rows["task"].append(task_id)
        before = capture(rows)
        new_id = log_interaction(contact_id, kind, note, when)
        if thank_you_meeting is not None:
            mark_thank_you_sent(thank_you_meeting, when.date())
        if task_id is not None:
            complete_task(task_id, when.date())
        after = capture({**rows, "interaction": [new_id]})
    return new_id, RowsChange(before, after)
