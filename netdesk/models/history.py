"""What happened with a contact: calls, e-mails and notes logged (interactions), favours given
and received, and the contact's place in the pipeline that those events move on (status, last
contact, next follow-up).

Writers say what they changed inside their transaction: :data:`Topic.INTERACTIONS` with the
interaction's or favour's id, :data:`Topic.CONTACTS` with the contact's id when its row changed
(an interaction or favour that moves the day they are due to keep in touch changes it too, by
trigger: see :mod:`netdesk.models.rhythms`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TypedDict

from netdesk.models.columns import as_date, as_datetime
from netdesk.models.db import database
from netdesk.models.entities import Contact, Favour, Interaction
from netdesk.models.rhythms import reporting_due_changes
from netdesk.models.store import Topic, store

# The contact's pipeline ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a contact stands: what meetings, calls and ticked-off items change."""

    contact_id: int
    status: str
    last_contact: date | None
    next_follow_up: date | None


class ProgressFields(TypedDict, total=False):
    """The pipeline fields to change; those left out stay as they are."""

    status: str
    last_contact: date | None
    next_follow_up: date | None


def progress(contact_id: int) -> Progress | None:
    """The contact's status, last contact and next follow-up; None when there is no contact."""
    row = (
        Contact.select(Contact.status, Contact.last_contact, Contact.next_follow_up)
        .where(Contact.id == contact_id)
        .tuples()
        .first()
    )
    if row is None:
        return None
    status, last, follow_up = row
    return Progress(contact_id, str(status), as_date(last), as_date(follow_up))


def update_progress(contact_id: int, fields: ProgressFields) -> None:
    """Write ``fields`` to the contact (nothing, and no change reported, when it is empty)."""
    if not fields:
        return
    with database.atomic():
        Contact.update(**fields).where(Contact.id == contact_id).execute()
        store.changed(Topic.CONTACTS, [contact_id])


# Interactions and favours -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    kind: str
    happened_at: datetime
    summary: str


@dataclass(frozen=True, slots=True)
class FavourRow:
    id: int
    direction: str
    description: str
    happened_on: datetime


def interactions_of(contact_id: int) -> list[InteractionRow]:
    query = (
        Interaction.select(Interaction.id, Interaction.kind, Interaction.happened_at,
                           Interaction.summary)
        .where(Interaction.contact == contact_id)
        .tuples()
    )  # fmt: skip
    return [InteractionRow(int(i), str(k), as_datetime(at), str(s)) for i, k, at, s in query]


def favours_of(contact_id: int) -> list[FavourRow]:
    query = (
        Favour.select(Favour.id, Favour.direction, Favour.description, Favour.happened_on)
        .where(Favour.contact == contact_id)
        .tuples()
    )
    return [FavourRow(int(i), str(d), str(text), as_datetime(on)) for i, d, text, on in query]


def add_interaction(contact_id: int, kind: str, happened_at: datetime, summary: str) -> int:
    with database.atomic(), reporting_due_changes([contact_id]):
        new_id = int(
            Interaction.create(
                contact=contact_id, kind=kind, happened_at=happened_at, summary=summary
            ).id
        )
        store.changed(Topic.INTERACTIONS, [new_id])
    return new_id


def delete_interaction(interaction_id: int) -> None:
    with database.atomic(), reporting_due_changes(_owners(Interaction, interaction_id)):
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        store.changed(Topic.INTERACTIONS, [interaction_id])


def add_favour(contact_id: int, direction: str, description: str, happened_on: date) -> int:
    with database.atomic(), reporting_due_changes([contact_id]):
        new_id = int(
            Favour.create(
                contact=contact_id,
                direction=direction,
                description=description,
                happened_on=happened_on,
            ).id
        )
        store.changed(Topic.INTERACTIONS, [new_id])
    return new_id


def delete_favour(favour_id: int) -> None:
    with database.atomic(), reporting_due_changes(_owners(Favour, favour_id)):
        Favour.delete().where(Favour.id == favour_id).execute()
        store.changed(Topic.INTERACTIONS, [favour_id])


def _owners(model: type[Interaction] | type[Favour], row_id: int) -> list[int]:
    """The contact an interaction or favour belongs to (none when it is gone)."""
    return [int(r[0]) for r in model.select(model.contact).where(model.id == row_id).tuples()]


def clear_follow_up(contact_id: int, *, through: date) -> None:
    """Clear the contact's next follow-up date when it falls on or before ``through``."""
    with database.atomic():
        cleared = (
            Contact.update(next_follow_up=None)
            .where((Contact.id == contact_id) & (Contact.next_follow_up <= through))
            .execute()
        )
        if cleared:
            store.changed(Topic.CONTACTS, [contact_id])
