"""The placeholders a message template can use, and the words some of them are made of.

Each has a description for the list beside the template editor (how its value reads in a
sentence, so that a translated or user-written template uses it the right way) and an example,
which fills the editor's preview. The Compose action fills the same names from the contact, the
meeting or the referral.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from netdesk.core.messages.engine import Kind, Placeholder, Value, Wording, english_date
from netdesk.core.messages.translation import (
    PLACEHOLDERS_CONTEXT,
    QT_TRANSLATE_NOOP,
    Translate,
    untranslated,
)

DEFAULT_MINUTES = 15
"""The time boundary a meeting request promises (core.meetings.DEFAULT_PLANNED_MINUTES)."""

_PLACEHOLDERS = (
    Placeholder(
        "first_name",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The contact's first name."),
        "John",
    ),
    Placeholder(
        "name",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The contact's full name."),
        "John Lee",
    ),
    Placeholder(
        "company",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The contact's company or organization."),
        "Northwind Logistics",
    ),
    Placeholder(
        "title",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The contact's job title."),
        "Head of Operations",
    ),
    Placeholder(
        "referrer_name",
        Kind.TEXT,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders", "The full name of whoever suggested you contact them."
        ),
        "Sara Smith",
    ),
    Placeholder(
        "referrer_first_name",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The first name of whoever referred them."),
        "Sara",
    ),
    Placeholder(
        "referral_reason",
        Kind.TEXT,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "Why the referrer suggested them, as you would repeat it "
            "(“she told me you know everyone in logistics”).",
        ),
        "she told me you know everyone in logistics",
    ),
    Placeholder(
        "my_name",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "Your own name, as set in Settings."),
        "Maria Gonzalez",
    ),
    Placeholder(
        "purpose",
        Kind.TEXT,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "What you would like to talk about, as it would end the sentence "
            "“I’d value your thoughts on …” (“how planning teams work with carriers”).",
        ),
        "how planning teams work with carriers",
    ),
    Placeholder(
        "minutes",
        Kind.NUMBER,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "How many minutes you ask for: the meeting's planned length, 15 unless you set "
            "another.",
        ),
        DEFAULT_MINUTES,
        default=str(DEFAULT_MINUTES),
    ),
    Placeholder(
        "meeting_date",
        Kind.DATE,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The day of the meeting."),
        date(2026, 3, 3),
    ),
    Placeholder(
        "help_given",
        Kind.LIST,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "What they gave you at the meeting (information, names, introductions, "
            "referrals), as it would end “I’m grateful for …”.",
        ),
        ["the information you shared", "the names you suggested"],
    ),
    Placeholder(
        "good_at",
        Kind.TEXT,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "What the contact is good at, as it would end “someone who needs help with …”.",
        ),
        "carrier contracts",
    ),
    Placeholder(
        "their_needs",
        Kind.TEXT,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "What the contact needs, as it would end “you were looking for …”.",
        ),
        "a warehouse manager for the new site",
    ),
    Placeholder(
        "posting_title",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The title of the job (the posting)."),
        "Supply Chain Analyst",
    ),
    Placeholder(
        "posting_company",
        Kind.TEXT,
        QT_TRANSLATE_NOOP("MessagePlaceholders", "The company of the job (the posting)."),
        "Contoso Freight",
    ),
    Placeholder(
        "helpers",
        Kind.LIST,
        QT_TRANSLATE_NOOP(
            "MessagePlaceholders",
            "Everyone along the chain of introductions that led to the job, in order.",
        ),
        ["Sara Smith", "John Lee", "Ana Ruiz"],
    ),
)

PLACEHOLDERS: dict[str, Placeholder] = {p.name: p for p in _PLACEHOLDERS}
"""Every placeholder a template can use, in the order the editor lists them."""


def translated_placeholders(translate: Translate = untranslated) -> dict[str, Placeholder]:
    """:data:`PLACEHOLDERS` with their descriptions in the user's language."""
    return {
        name: Placeholder(
            p.name, p.kind, translate(PLACEHOLDERS_CONTEXT, p.description), p.example, p.default
        )
        for name, p in PLACEHOLDERS.items()
    }


def sample_values() -> dict[str, Value]:
    """A made-up contact with every field set: the editor's preview."""
    return {name: p.example for name, p in PLACEHOLDERS.items()}


HELP_GIVEN: dict[str, str] = {
    "information": QT_TRANSLATE_NOOP("MessagePlaceholders", "the information you shared"),
    "contacts": QT_TRANSLATE_NOOP("MessagePlaceholders", "the names you suggested"),
    "connections": QT_TRANSLATE_NOOP("MessagePlaceholders", "the introductions"),
    "referrals": QT_TRANSLATE_NOOP("MessagePlaceholders", "the referrals"),
}
"""How each kind of help a meeting records (``MeetingData.help_*``) reads in a thank-you."""


def help_given(
    *,
    information: bool = False,
    contacts: bool = False,
    connections: bool = False,
    referrals: bool = False,
    translate: Translate = untranslated,
) -> list[str]:
    """The ``{help_given}`` value for a meeting's help check boxes, in the order above."""
    ticked = {
        "information": information,
        "contacts": contacts,
        "connections": connections,
        "referrals": referrals,
    }
    return [translate(PLACEHOLDERS_CONTEXT, HELP_GIVEN[key]) for key, on in ticked.items() if on]


def wording(
    translate: Translate = untranslated, format_date: Callable[[date], str] = english_date
) -> Wording:
    """How lists and dates read in the user's language; the UI passes QLocale's date format."""
    return Wording(
        separator=translate(PLACEHOLDERS_CONTEXT, QT_TRANSLATE_NOOP("MessagePlaceholders", ", ")),
        last_separator=translate(
            PLACEHOLDERS_CONTEXT, QT_TRANSLATE_NOOP("MessagePlaceholders", " and ")
        ),
        format_date=format_date,
    )
