"""The messages NetDesk offers out of the box, as data: stable ids, English text marked for
translation, and what each one fits.

They follow the career guides: short and specific, warm without grovelling; a meeting request
says it is not a request for a job, states its purpose and asks for a bounded time (15 minutes
unless the meeting says otherwise); the purposes are named by what they are ("Learn about a
career or company", "Look for leads"), never with the word "interview"; a thank-you names what
the person gave; and giving comes before getting. Every optional value sits in a section, so
each message reads well for a contact with or without a referrer, a company or a title (the
tests fill every one of them both ways).

The ids are stable: the settings store edits under them, and ``netdesk compose ID`` takes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netdesk.core.messages.translation import QT_TRANSLATE_NOOP


class Fit(StrEnum):
    """What a Compose action starts from."""

    CONTACT = "contact"
    TASK = "task"
    MEETING = "meeting"
    REFERRAL = "referral"


class To(StrEnum):
    """Whom a template is written to, from the contact a Compose action starts from."""

    CONTACT = "contact"
    REFERRER = "referrer"
    """Whoever referred the contact (asking them to call ahead)."""
    CHAIN = "chain"
    """Each person along the chain of introductions that led to the contact, in turn (the
    "I found a job" note): the contact by default, anyone up the chain on request."""


@dataclass(frozen=True, slots=True)
class BuiltinText:
    """The translatable part of a built-in template (context "MessageTemplates")."""

    name: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class BuiltinSpec:
    """What a built-in template fits and needs: not translated."""

    fits: tuple[Fit, ...]
    needs: frozenset[str]
    """The placeholders it cannot read well without; the tests check that these are exactly
    the ones its text uses outside a section."""
    task_kind: str | None = None
    """The kind of task (models.TaskKind value) this message completes."""
    short: bool = False
    """Written to fit a LinkedIn invitation note (300 characters)."""
    to: To = To.CONTACT


BUILTIN_TEXTS: dict[str, BuiltinText] = {
    "meeting_request_leads": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Ask for a meeting: look for leads"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "[[if referrer_name]]{referrer_name} suggested I get in touch"
            "[[else]]{minutes} minutes of your advice?[[end]]",
        ),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "[[if referrer_name]]\n"
            "{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}"
            "[[end]].\n"
            "\n"
            "[[end]]\n"
            "I’m looking for my next role, and I’m trying to learn where the opportunities are "
            "before they are advertised. [[if company]]From where you sit at {company}, you"
            "[[else]]You[[end]] see far more of the field than I can from outside"
            "[[if purpose]], and I’d value your thoughts on {purpose}[[end]].\n"
            "\n"
            "I’m not asking you for a job, or expecting you to know of one. Could we talk for "
            "{minutes} minutes in the next week or two, by phone or over coffee? I’d like to "
            "hear how you see the field and who else you think I should talk to, and I’ll keep "
            "to the time.\n"
            "\n"
            "Thank you for considering it.\n"
            "\n"
            "Best regards,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "meeting_request_learn": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Ask for a meeting: learn about a career or company"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "[[if referrer_name]]{referrer_name} suggested I get in touch"
            "[[else]]{minutes} minutes of your advice?[[end]]",
        ),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "[[if referrer_name]]\n"
            "{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}"
            "[[end]].\n"
            "\n"
            "[[end]]\n"
            "I’m learning all I can about [[if purpose]]{purpose}[[else]]your field[[end]]"
            "[[if company]], and about {company} in particular,[[end]] before I decide where to "
            "take my career next. Your experience[[if title]] as {title}[[end]] would help me "
            "see the work as it really is.\n"
            "\n"
            "This isn’t a request for a job: I’d simply like to understand the work better. "
            "Could we talk for {minutes} minutes in the next week or two, by phone or over "
            "coffee? I’ll keep to the time.\n"
            "\n"
            "Thank you for considering it.\n"
            "\n"
            "Best regards,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "referral_opening": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Opening line to someone you were referred to"),
        QT_TRANSLATE_NOOP("MessageTemplates", "{referrer_name} suggested I get in touch"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name}[[if my_name]], this is {my_name}[[end]]. {referrer_name} suggested "
            "I give you a call[[if referral_reason]]: {referral_reason}[[end]]. Could you spare "
            "{minutes} minutes for a few questions, now or at a time that suits you better? I’m "
            "not asking for a job, only for your advice.",
        ),
    ),
    "ask_call_ahead": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Ask the referrer to call ahead"),
        QT_TRANSLATE_NOOP("MessageTemplates", "Thank you for suggesting {name}"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {referrer_first_name},\n"
            "\n"
            "Thank you again for suggesting I talk to {name}[[if company]] at {company}[[end]]. "
            "I’m planning to get in touch in the next few days.\n"
            "\n"
            "Would you be willing to let {first_name} know to expect my call? A quick word from "
            "you would make all the difference: {first_name} will know who I am and why I’m "
            "calling.\n"
            "\n"
            "I’ll let you know how it goes.\n"
            "\n"
            "Thank you,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "thank_you": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Thank-you note after a meeting"),
        QT_TRANSLATE_NOOP("MessageTemplates", "Thank you for your time"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "Thank you for taking the time to talk with me[[if meeting_date]] on {meeting_date}"
            "[[end]]. [[if help_given]]I’m especially grateful for {help_given}.[[else]]I came "
            "away with a much clearer picture of where to go next.[[end]]\n"
            "\n"
            "[[if referrer_first_name]]I’ll let {referrer_first_name} know how helpful you were, "
            "and I’ll[[else]]I’ll[[end]] keep you posted on how things go.\n"
            "\n"
            "With thanks,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "follow_up": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Follow-up nudge"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "[[if meeting_date]]Following up on our conversation"
            "[[else]]Following up: {minutes} minutes of your advice?[[end]]",
        ),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "[[if meeting_date]]\n"
            "Thank you again for talking with me on {meeting_date}. I’ve followed up on your "
            "suggestions and wanted to let you know where things stand: I’m still looking, and "
            "I’d be glad to hear of anyone else you think I should talk to.\n"
            "[[else]]\n"
            "I wrote a little while ago[[if referrer_name]], at {referrer_name}’s suggestion,"
            "[[end]] to ask for {minutes} minutes of your advice. I know how full inboxes get, "
            "so I’m following up just once.\n"
            "\n"
            "If now isn’t a good time, I understand. The name of someone else I could talk to "
            "would help just as much.\n"
            "[[end]]\n"
            "\n"
            "Thank you,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "reciprocity": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "Check in: anything I can do for you?"),
        QT_TRANSLATE_NOOP("MessageTemplates", "Checking in"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "It’s been a while since we last spoke, and I wanted to check in and thank you again "
            "for your help.\n"
            "\n"
            "[[if their_needs]]\n"
            "You mentioned you were looking for {their_needs}. I’ve been keeping it in mind, and "
            "if I come across anything or anyone useful, I’ll send it your way.\n"
            "\n"
            "[[end]]\n"
            "[[if good_at]]\n"
            "Whenever I meet someone who needs help with {good_at}, I’ll point them to you.\n"
            "\n"
            "[[end]]\n"
            "Is there anything I can do for you? I’d be glad to return the favour.\n"
            "\n"
            "Best regards,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
    "found_job": BuiltinText(
        QT_TRANSLATE_NOOP("MessageTemplates", "I found a job: thank you"),
        QT_TRANSLATE_NOOP("MessageTemplates", "Good news, and thank you"),
        QT_TRANSLATE_NOOP(
            "MessageTemplates",
            "Hi {first_name},\n"
            "\n"
            "I’m happy to tell you that I’ve accepted [[if posting_title]]a position as "
            "{posting_title}[[else]]a new position[[end]][[if posting_company]] at "
            "{posting_company}[[end]].\n"
            "\n"
            "[[if helpers]]\n"
            "It came about through a chain of people who each pointed me to the next: {helpers}. "
            "Your part in it mattered, and I’m very grateful.\n"
            "[[else]]\n"
            "Your advice and encouragement were part of how it happened, and I’m very grateful.\n"
            "[[end]]\n"
            "\n"
            "Please keep in touch, and let me know whenever I can return the favour.\n"
            "\n"
            "With thanks,\n"
            "[[if my_name]]\n"
            "{my_name}\n"
            "[[end]]\n",
        ),
    ),
}
"""id -> (name, subject, body), in the order the picker lists them."""

BUILTIN_SPECS: dict[str, BuiltinSpec] = {
    "meeting_request_leads": BuiltinSpec(
        (Fit.CONTACT, Fit.REFERRAL, Fit.TASK), frozenset({"first_name", "minutes"}), "call"
    ),
    "meeting_request_learn": BuiltinSpec(
        (Fit.CONTACT, Fit.REFERRAL, Fit.TASK), frozenset({"first_name", "minutes"}), "call"
    ),
    "referral_opening": BuiltinSpec(
        (Fit.REFERRAL, Fit.CONTACT, Fit.TASK),
        frozenset({"first_name", "referrer_name", "minutes"}),
        "call",
        short=True,
    ),
    "ask_call_ahead": BuiltinSpec(
        (Fit.REFERRAL,), frozenset({"referrer_first_name", "name", "first_name"}), to=To.REFERRER
    ),
    "thank_you": BuiltinSpec(
        (Fit.MEETING, Fit.TASK, Fit.CONTACT), frozenset({"first_name"}), "thank_you"
    ),
    "follow_up": BuiltinSpec(
        (Fit.TASK, Fit.CONTACT, Fit.MEETING, Fit.REFERRAL),
        frozenset({"first_name", "minutes"}),
        "follow_up",
    ),
    "reciprocity": BuiltinSpec((Fit.CONTACT, Fit.TASK), frozenset({"first_name"})),
    "found_job": BuiltinSpec((Fit.CONTACT,), frozenset({"first_name"}), to=To.CHAIN),
}
