"""The fixed vocabularies of a networking campaign.

Values are stored as these short strings. The CHECK constraints in the schema list the same
values, and a test keeps the two in step. What a person reads for each value is the UI's
translatable table, ``netdesk/ui/labels.py``; the English ``label`` of a status, relationship or
lead stays here only for the core's own messages (an import's warnings), and a test keeps it
equal to that table's text.
"""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    FAMILY = "family"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    COWORKER = "coworker"
    FORMER_COWORKER = "former_coworker"
    ALUMNI = "alumni"
    CLIENT = "client"
    SUPPLIER = "supplier"
    PROFESSIONAL = "professional"
    CLUB = "club"
    VOLUNTEER = "volunteer"
    RECRUITER = "recruiter"
    ACQUAINTANCE = "acquaintance"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _RELATIONSHIP_LABELS[self]

    @property
    def is_warm(self) -> bool:
        """People you already know are warm leads; recruiters and strangers start cold."""
        return self not in (Relationship.RECRUITER, Relationship.OTHER)


_RELATIONSHIP_LABELS = {
    Relationship.FAMILY: "Family",
    Relationship.FRIEND: "Friend",
    Relationship.NEIGHBOUR: "Neighbour",
    Relationship.COWORKER: "Co-worker",
    Relationship.FORMER_COWORKER: "Former co-worker",
    Relationship.ALUMNI: "Classmate / alumni",
    Relationship.CLIENT: "Client",
    Relationship.SUPPLIER: "Supplier",
    Relationship.PROFESSIONAL: "Professional",
    Relationship.CLUB: "Association / club member",
    Relationship.VOLUNTEER: "Volunteer",
    Relationship.RECRUITER: "Recruiter",
    Relationship.ACQUAINTANCE: "Acquaintance",
    Relationship.OTHER: "Other",
}


class Lead(StrEnum):
    WARM = "warm"
    COLD = "cold"

    @property
    def label(self) -> str:
        return "Warm" if self is Lead.WARM else "Cold"


class Status(StrEnum):
    """Where a contact stands in the networking pipeline.

    The members are in campaign order, the order a contact moves through: every list of
    statuses (filters, editors, legends) and the table's status sort follow it.
    """

    TO_CONTACT = "to_contact"
    CONTACTED = "contacted"
    MEETING_SET = "meeting_set"
    MET = "met"
    KEEP_IN_TOUCH = "keep_in_touch"
    DORMANT = "dormant"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.TO_CONTACT: "To contact",
    Status.CONTACTED: "Contacted",
    Status.MEETING_SET: "Meeting set",
    Status.MET: "Met",
    Status.KEEP_IN_TOUCH: "Keep in touch",
    Status.DORMANT: "Dormant",
}


class MeetingKind(StrEnum):
    """What a meeting is for, named by what it is (never "interview" for a networking meeting:
    an interview is the employer's meeting, a networking meeting is yours)."""

    LOOK_FOR_LEADS = "look_for_leads"
    """Looking for leads to jobs that are not advertised: names, openings, introductions."""
    LEARN_ABOUT = "learn_about"
    """Learning about a career or a company before deciding to pursue it."""
    DIRECT_CONTACT = "direct_contact"
    INTERVIEW = "interview"
    """The employer's meeting: a job interview."""
    EVENT = "event"

    @classmethod
    def read(cls, value: str) -> MeetingKind | None:
        """The kind a stored or received value names, the names before version 11 included
        (a calendar synced before then still says "networking"); None for none."""
        value = _RENAMED_MEETING_KINDS.get(value, value)
        found = cls._value2member_map_.get(value)
        return found if isinstance(found, MeetingKind) else None


_RENAMED_MEETING_KINDS = {"networking": "look_for_leads", "informational": "learn_about"}
"""The kinds as version 10 and before named them (migration 11 renamed the stored rows)."""


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    MESSAGE = "message"
    NOTE = "note"


class TaskKind(StrEnum):
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    CALL = "call"
    OTHER = "other"


class FavourDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class PostingStage(StrEnum):
    """Where an application for a posting stands, in the order it moves on: the first six are
    open, the last five ended it."""

    SEEN = "seen"
    RESEARCHING = "researching"
    """Networking around it: finding who you know there."""
    INTRODUCED = "introduced"
    """Someone introduced or referred you."""
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_ANSWER = "no_answer"

    @property
    def is_open(self) -> bool:
        """Still going on: no answer, acceptance or refusal has ended it."""
        return self in OPEN_STAGES


OPEN_STAGES = frozenset(
    {
        PostingStage.SEEN,
        PostingStage.RESEARCHING,
        PostingStage.INTRODUCED,
        PostingStage.APPLIED,
        PostingStage.INTERVIEWING,
        PostingStage.OFFER,
    }
)


class PostingRole(StrEnum):
    """What a person did for a posting."""

    TOLD_ME = "told_me"
    REFERRED_ME = "referred_me"
    HIRING_MANAGER = "hiring_manager"
    MET_ABOUT = "met_about"
