"""What a person reads for each value of the campaign's vocabularies: one table for the whole UI.

Every text is marked with ``QT_TRANSLATE_NOOP`` in the context ``Labels``, so that Qt's
``lupdate`` extracts them (``self.tr(status.label)`` could not be: lupdate sees only literal
texts); :func:`label` translates at the moment it is asked, in the language installed then.
No two values share a text, so a translator can translate each for its own meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netdesk.models.enums import (
    FavourDirection,
    InteractionKind,
    Lead,
    MeetingKind,
    PostingRole,
    PostingStage,
    Relationship,
    Status,
    TaskKind,
)

CONTEXT = "Labels"

Table = Mapping[StrEnum, object]
"""A vocabulary's texts (``object``: what PySide6 says ``QT_TRANSLATE_NOOP`` returns)."""

STATUS: Table = {
    Status.TO_CONTACT: QT_TRANSLATE_NOOP("Labels", "To contact"),
    Status.CONTACTED: QT_TRANSLATE_NOOP("Labels", "Contacted"),
    Status.MEETING_SET: QT_TRANSLATE_NOOP("Labels", "Meeting set"),
    Status.MET: QT_TRANSLATE_NOOP("Labels", "Met"),
    Status.KEEP_IN_TOUCH: QT_TRANSLATE_NOOP("Labels", "Keep in touch"),
    Status.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant"),
}
RELATIONSHIP: Table = {
    Relationship.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
    Relationship.FRIEND: QT_TRANSLATE_NOOP("Labels", "Friend"),
    Relationship.NEIGHBOUR: QT_TRANSLATE_NOOP("Labels", "Neighbour"),
    Relationship.COWORKER: QT_TRANSLATE_NOOP("Labels", "Co-worker"),
    Relationship.FORMER_COWORKER: QT_TRANSLATE_NOOP("Labels", "Former co-worker"),
    Relationship.ALUMNI: QT_TRANSLATE_NOOP("Labels", "Classmate / alumni"),
    Relationship.CLIENT: QT_TRANSLATE_NOOP("Labels", "Client"),
    Relationship.SUPPLIER: QT_TRANSLATE_NOOP("Labels", "Supplier"),
    Relationship.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Professional"),
    Relationship.CLUB: QT_TRANSLATE_NOOP("Labels", "Association / club member"),
    Relationship.VOLUNTEER: QT_TRANSLATE_NOOP("Labels", "Volunteer"),
    Relationship.RECRUITER: QT_TRANSLATE_NOOP("Labels", "Recruiter"),
    Relationship.ACQUAINTANCE: QT_TRANSLATE_NOOP("Labels", "Acquaintance"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
LEAD: Table = {
    Lead.WARM: QT_TRANSLATE_NOOP("Labels", "Warm"),
    Lead.COLD: QT_TRANSLATE_NOOP("Labels", "Cold"),
}
MEETING_KIND: Table = {
    MeetingKind.LOOK_FOR_LEADS: QT_TRANSLATE_NOOP("Labels", "Look for leads"),
    MeetingKind.LEARN_ABOUT: QT_TRANSLATE_NOOP("Labels", "Learn about a career or company"),
    MeetingKind.DIRECT_CONTACT: QT_TRANSLATE_NOOP("Labels", "Direct contact"),
    MeetingKind.INTERVIEW: QT_TRANSLATE_NOOP("Labels", "Interview (the employer's)"),
    MeetingKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
}
INTERACTION_KIND: Table = {
    InteractionKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    InteractionKind.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("Labels", "Message"),
    InteractionKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
}
TASK_KIND: Table = {
    TaskKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    TaskKind.THANK_YOU: QT_TRANSLATE_NOOP("Labels", "Thank-you note"),
    TaskKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call to make"),
    TaskKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other task"),
}
FAVOUR_DIRECTION: Table = {
    FavourDirection.GIVEN: QT_TRANSLATE_NOOP("Labels", "Favour given"),
    FavourDirection.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Favour received"),
}
POSTING_STAGE: Table = {
    PostingStage.SEEN: QT_TRANSLATE_NOOP("Labels", "Seen"),
    PostingStage.RESEARCHING: QT_TRANSLATE_NOOP("Labels", "Researching"),
    PostingStage.INTRODUCED: QT_TRANSLATE_NOOP("Labels", "Introduced"),
    PostingStage.APPLIED: QT_TRANSLATE_NOOP("Labels", "Applied"),
    PostingStage.INTERVIEWING: QT_TRANSLATE_NOOP("Labels", "Interviewing"),
    PostingStage.OFFER: QT_TRANSLATE_NOOP("Labels", "Offer"),
    PostingStage.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    PostingStage.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    PostingStage.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    PostingStage.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    PostingStage.NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "No answer"),
}
POSTING_ROLE: Table = {
    PostingRole.TOLD_ME: QT_TRANSLATE_NOOP("Labels", "Told me about it"),
    PostingRole.REFERRED_ME: QT_TRANSLATE_NOOP("Labels", "Referred me"),
    PostingRole.HIRING_MANAGER: QT_TRANSLATE_NOOP("Labels", "Hiring manager"),
    PostingRole.MET_ABOUT: QT_TRANSLATE_NOOP("Labels", "Met me about it"),
}

MEETING_KIND_HINT: Table = {
    MeetingKind.LOOK_FOR_LEADS: QT_TRANSLATE_NOOP(
        "MeetingKindHints",
        "A short talk to learn where the openings are and to ask for two names: it is not a "
        "request for a job.",
    ),
    MeetingKind.LEARN_ABOUT: QT_TRANSLATE_NOOP(
        "MeetingKindHints",
        "A short talk to learn how a career or a company really works, before you decide to "
        "pursue it.",
    ),
    MeetingKind.DIRECT_CONTACT: QT_TRANSLATE_NOOP(
        "MeetingKindHints",
        "You approach a decision-maker directly about a need you could meet, without a posting.",
    ),
    MeetingKind.INTERVIEW: QT_TRANSLATE_NOOP(
        "MeetingKindHints", "A job interview for a position: prepare for their questions."
    ),
    MeetingKind.EVENT: QT_TRANSLATE_NOOP(
        "MeetingKindHints",
        "A group event (fair, association, conference): meet people, collect names.",
    ),
}
"""What each kind of meeting is for (shown under the meeting form's Kind), in its own context:
a sentence, not a label. The core's ``MEETING_KIND_HINTS`` says the same in English."""


REACH_LABELS: Mapping[str, object] = {
    "work": QT_TRANSLATE_NOOP("ReachLabels", "work"),
    "home": QT_TRANSLATE_NOOP("ReachLabels", "home"),
    "mobile": QT_TRANSLATE_NOOP("ReachLabels", "mobile"),
    "fax": QT_TRANSLATE_NOOP("ReachLabels", "fax"),
    "other": QT_TRANSLATE_NOOP("ReachLabels", "other"),
    "website": QT_TRANSLATE_NOOP("ReachLabels", "website"),
    "LinkedIn": QT_TRANSLATE_NOOP("ReachLabels", "LinkedIn"),
}
"""The labels of e-mails, phones and links NetDesk knows: stored as these keys (which the vCard
and CSV writers map to their TYPE values), shown translated. A label the user typed is stored
and shown as typed."""
EMAIL_LABELS = ("work", "home", "other")
PHONE_LABELS = ("mobile", "work", "home", "fax")
LINK_LABELS = ("LinkedIn", "website", "other")


def reach_label(stored: str) -> str:
    """A stored e-mail, phone or link label as a person reads it: a known key translated, any
    other label as it was typed."""
    source = REACH_LABELS.get(stored)
    return stored if source is None else QCoreApplication.translate("ReachLabels", str(source))


TABLES: Mapping[type[StrEnum], Table] = {
    Status: STATUS,
    Relationship: RELATIONSHIP,
    Lead: LEAD,
    MeetingKind: MEETING_KIND,
    InteractionKind: INTERACTION_KIND,
    TaskKind: TASK_KIND,
    FavourDirection: FAVOUR_DIRECTION,
    PostingStage: POSTING_STAGE,
    PostingRole: POSTING_ROLE,
}
"""Each vocabulary's table, by enum: values of two enums may be equal strings ("other")."""


def source_text(value: StrEnum) -> str:
    """The English text of ``value``, as marked for translation."""
    return str(TABLES[type(value)][value])


def label(value: StrEnum) -> str:
    """``value`` as a person reads it, in the language of the running app."""
    return QCoreApplication.translate(CONTEXT, source_text(value))


def meeting_kind_hint(kind: MeetingKind) -> str:
    """What a meeting of ``kind`` is for, in the language of the running app."""
    return QCoreApplication.translate("MeetingKindHints", str(MEETING_KIND_HINT[kind]))
