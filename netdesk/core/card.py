"""What the contact card shows, and the edits it makes in place, without Qt or SQL.

The card reads one contact whole (:func:`read_card`: the contact, the chain of introductions
that led to them, their next step) on a worker. Its in-place edits change a few fields of the
contact as it is *now* in the database (:func:`edit_fields`: another window's change to other
fields is kept) or the contact's next step, an open task of their own (:func:`set_next_step`);
each returns what an undo needs. It also builds the links a click on the card opens: ``tel:``
(RFC 3966) and ``mailto:`` with a message from the built-in templates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

import phonenumbers

from netdesk.core.contacts import contact_exists, load_contact, update_contact
from netdesk.core.errors import NotFoundError
from netdesk.core.messages.engine import ENGLISH, Value, Wording
from netdesk.core.messages.mailto import AddressError, MailtoLink, mailto
from netdesk.core.messages.templates import Message, Template
from netdesk.core.phones import default_region
from netdesk.core.referrals import ChainLink, path_to_me
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.week_plan import tick_with_undo
from netdesk.models import tasks as tasks_data
from netdesk.models.enums import TaskKind
from netdesk.models.records import ContactData
from netdesk.models.store import store
from netdesk.models.tasks import ContactStep

__all__ = [
    "CARD_FIELDS",
    "CardData",
    "ContactStep",
    "compose",
    "edit_fields",
    "finish_next_step",
    "first_address",
    "initials",
    "message_values",
    "read_card",
    "set_next_step",
    "tel_url",
]

CARD_FIELDS = frozenset({"status", "lead", "next_follow_up", "tags", "notes"})
"""What the card edits in place; everything else is the editor's."""


@dataclass(frozen=True)
class CardData:
    """One contact as the card shows it."""

    contact_id: int
    contact: ContactData
    chain: list[ChainLink]
    """From someone you knew (first) down to this contact (last); see ``path_to_me``."""
    next_step: ContactStep | None

    @property
    def referrer(self) -> ChainLink | None:
        """Whoever suggested you meet this contact."""
        return self.chain[-2] if len(self.chain) >= 2 else None

    def path_up(self) -> list[ChainLink]:
        """The people between this contact and you, their referrer first."""
        return list(reversed(self.chain[:-1]))


def read_card(contact_id: int) -> CardData | None:
    """Everything the card shows of ``contact_id``; None when the contact is gone."""
    with store.transaction():  # one consistent read, even while another window writes
        try:
            contact = load_contact(contact_id)
        except NotFoundError:
            return None
        chain = path_to_me(contact_id)
        step = tasks_data.next_contact_step(contact_id)
    return CardData(contact_id, contact, chain, step)


def edit_fields(contact_id: int, changes: Mapping[str, object]) -> tuple[ContactData, ContactData]:
    """Change the fields named in ``changes`` (of :data:`CARD_FIELDS`) and nothing else.

    Returns the contact before and after, as stored, for an undo step (the editor's).
    """
    unknown = set(changes) - CARD_FIELDS
    if unknown:
        raise ValueError(f"the card does not edit {sorted(unknown)}")
    with store.transaction():
        before = load_contact(contact_id)
        update_contact(contact_id, replace(before, **changes))  # type: ignore[arg-type]
        after = load_contact(contact_id)
    return before, after


def set_next_step(contact_id: int, title: str, due: date) -> RowsChange:
    """Make ``title`` (due ``due``) the contact's next step; an empty title removes it.

    The next step is the contact's own open task due first (``next_contact_step``): its title
    and day are changed, or a follow-up task is added when there is none.
    """
    title = " ".join(title.split())
    with store.transaction():
        if not contact_exists(contact_id):
            raise NotFoundError(f"Contact {contact_id} no longer exists.")
        current = tasks_data.next_contact_step(contact_id)
        ids = [current.id] if current is not None else []
        before = capture({"task": ids})
        if current is None:
            if title:
                ids = [
                    tasks_data.add_task(
                        contact_id=contact_id,
                        meeting_id=None,
                        kind=TaskKind.FOLLOW_UP.value,
                        title=title,
                        due=due,
                    )
                ]
        elif not title:
            tasks_data.delete_tasks(ids)
        else:
            tasks_data.update_task(
                current.id, contact_id=contact_id, title=title, due=due, done=False, done_on=None
            )
        after = capture({"task": ids})
    return RowsChange(before, after)


def finish_next_step(contact_id: int, task_id: int, on: date) -> RowsChange:
    """The next step is done ``on``: the task closed and the contact counted as contacted, as
    ticking it off in This week does."""
    return tick_with_undo("task", contact_id, on=on, through=on, task_id=task_id)


def initials(name: str) -> str:
    """Up to two letters for an avatar: "Sara Smith" -> "SS", "anna" -> "A"."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w and w[0].isalnum()]
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def _first_name(data: ContactData) -> str:
    if data.given_name.strip():
        return data.given_name.strip()
    words = data.name.split()
    return words[0] if words else ""


def message_values(card: CardData) -> dict[str, Value]:
    """The template placeholders the card knows for this contact."""
    data = card.contact
    values: dict[str, Value] = {
        "first_name": _first_name(data),
        "name": data.name,
        "company": data.organization,
        "title": data.title,
        "good_at": data.good_at.strip(),
        "their_needs": data.needs.strip(),
    }
    referrer = card.referrer
    if referrer is not None:
        values["referrer_name"] = referrer.display_name
        words = referrer.display_name.split()
        values["referrer_first_name"] = words[0] if words else ""
        if data.referral is not None and data.referral.reason.strip():
            values["referral_reason"] = data.referral.reason.strip()
    return values


def compose(
    card: CardData, template: Template, wording: Wording = ENGLISH
) -> tuple[Message, MailtoLink]:
    """``template`` filled for the contact, and a ``mailto:`` link to their first address that
    can carry one (none: the mail program asks whom to send it to)."""
    message = template.fill(message_values(card), wording)
    address = first_address([e.address for e in card.contact.emails])
    return message, mailto([address] if address else [], message.subject, message.body)


_EXTENSION = re.compile(r"\d{1,10}")


def tel_url(number: str, region: str | None = None) -> str | None:
    """A ``tel:`` link (RFC 3966) that dials ``number``; None when it is no phone number.

    Only digits, one leading ``+`` and an ``;ext=`` of digits get into the link, so nothing
    typed beside a number (a note, a second parameter) reaches the dialler.
    """
    text = number.strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region or default_region())
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        url = "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        extension = parsed.extension or ""
        if _EXTENSION.fullmatch(extension):
            url += ";ext=" + extension
        return url
    digits = re.sub(r"\D", "", text)
    if len(digits) < 3:
        return None
    return "tel:" + ("+" if text.startswith("+") else "") + digits


def first_address(emails: Sequence[str]) -> str | None:
    """The first of ``emails`` a ``mailto:`` link can carry."""
    for address in emails:
        try:
            mailto(address)
        except AddressError:
            continue
        return address
    return None
