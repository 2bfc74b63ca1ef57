"""A message template filled from the data: for a contact, and a meeting they attended.

The values a contact gives are the card's (``core.card.message_values``: names, company, who
referred them and why, what they are good at and need); a meeting adds its purpose, its length
(the time boundary a request promises), its day and the help it brought (the thank-you names
it). ``{helpers}`` is the chain of introductions that led to the contact, for the note to
everyone who helped along it. ``netdesk compose`` prints what :func:`compose_message` returns;
a Compose action can fill the same values.
"""

from __future__ import annotations

from netdesk.core.card import message_values, read_card
from netdesk.core.errors import FieldError, NotFoundError, ValidationError
from netdesk.core.messages.engine import ENGLISH, Value, Wording
from netdesk.core.messages.placeholders import help_given
from netdesk.core.messages.templates import Message, Template, builtin_template
from netdesk.core.messages.translation import Translate, untranslated
from netdesk.models import meetings as meetings_data

__all__ = ["compose_message", "meeting_values", "outreach_values"]


def meeting_values(meeting_id: int, translate: Translate = untranslated) -> dict[str, Value]:
    """The placeholders a meeting fills: purpose, minutes, meeting day, help given."""
    meeting = meetings_data.read_meeting(meeting_id)
    if meeting is None:
        raise NotFoundError(f"There is no meeting {meeting_id}.")
    return {
        "purpose": meeting.purpose,
        "minutes": meeting.planned_minutes,
        "meeting_date": meeting.starts_at.date(),
        "help_given": help_given(
            information=meeting.help_information,
            contacts=meeting.help_contacts,
            connections=meeting.help_connections,
            referrals=meeting.help_referrals,
            translate=translate,
        ),
    }


def outreach_values(
    contact_id: int, meeting_id: int | None = None, translate: Translate = untranslated
) -> dict[str, Value]:
    """Every placeholder the data fills for ``contact_id`` (and a meeting they attended)."""
    card = read_card(contact_id)
    if card is None:
        raise NotFoundError(f"There is no contact {contact_id}.")
    values = message_values(card)
    if len(card.chain) >= 2:
        values["helpers"] = [link.display_name for link in card.chain]
    if meeting_id is not None:
        if contact_id not in meetings_data.attendees(meeting_id):
            if meetings_data.read_meeting(meeting_id) is None:
                raise NotFoundError(f"There is no meeting {meeting_id}.")
            raise ValidationError(
                [FieldError("meeting", f"{card.contact.name} was not at meeting {meeting_id}.")]
            )
        values.update(meeting_values(meeting_id, translate))
    return values


def compose_message(
    template: Template | str,
    contact_id: int,
    meeting_id: int | None = None,
    *,
    translate: Translate = untranslated,
    wording: Wording = ENGLISH,
) -> Message:
    """``template`` (a built-in one by its id) filled for the contact and meeting."""
    chosen = builtin_template(template, translate) if isinstance(template, str) else template
    return chosen.fill(outreach_values(contact_id, meeting_id, translate), wording)
