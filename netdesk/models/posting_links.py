"""Postings as one person's forms see them: the postings a contact is linked to (the card), the
postings a meeting with them can turn into "interview country" for (the meeting form's picker),
and the posting a meeting is linked to.

Readers only; the writers are in :mod:`netdesk.models.postings`. Each query is bounded by the
postings (a few thousand at most), never by the contacts.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.models.enums import OPEN_STAGES, PostingRole, PostingStage
from netdesk.models.postings import STAGE_ORDER
from netdesk.models.sql import connection

__all__ = [
    "ContactPosting",
    "PostingChoice",
    "contact_postings",
    "meeting_posting",
    "posting_choices",
]

_OPEN = ", ".join(f"'{stage.value}'" for stage in sorted(OPEN_STAGES))


@dataclass(frozen=True)
class ContactPosting:
    """A posting a contact is linked to, with what they did for it."""

    posting_id: int
    title: str
    company: str
    stage: PostingStage
    roles: tuple[PostingRole, ...]


@dataclass(frozen=True)
class PostingChoice:
    """A posting the meeting form offers."""

    posting_id: int
    title: str
    company: str
    stage: PostingStage
    at_their_company: bool
    """At the company the person met works for."""


def contact_postings(contact_id: int) -> list[ContactPosting]:
    """The postings ``contact_id`` is linked to, open ones first (by stage, then title), each
    once with all its roles."""
    rows = connection().execute(
        "SELECT p.id, p.title, co.name, p.stage, group_concat(pp.role) "
        "FROM posting_person pp JOIN job_posting p ON p.id = pp.posting_id "
        "JOIN company co ON co.id = p.company_id WHERE pp.contact_id = ? "
        f"GROUP BY p.id ORDER BY p.stage NOT IN ({_OPEN}), {STAGE_ORDER}, p.title, p.id",
        (contact_id,),
    )
    order = list(PostingRole)
    return [
        ContactPosting(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            PostingStage(r[3]),
            tuple(sorted({PostingRole(x) for x in str(r[4]).split(",")}, key=order.index)),
        )
        for r in rows
    ]


def posting_choices(contact_id: int | None, keep: int | None = None) -> list[PostingChoice]:
    """The open postings, those at ``contact_id``'s company first (the most recently seen
    first in each group), and ``keep`` (the posting a meeting is linked to) whatever its
    stage."""
    rows = connection().execute(
        "SELECT p.id, p.title, co.name, p.stage, "
        "p.company_id IS (SELECT company_id FROM contact WHERE id = :contact) AS theirs "
        "FROM job_posting p JOIN company co ON co.id = p.company_id "
        f"WHERE p.stage IN ({_OPEN}) OR p.id IS :keep "
        "ORDER BY theirs DESC, p.date_seen DESC, p.id DESC",
        {"contact": contact_id, "keep": keep},
    )
    return [
        PostingChoice(int(r[0]), str(r[1]), str(r[2]), PostingStage(r[3]), bool(r[4])) for r in rows
    ]


def meeting_posting(meeting_id: int) -> int | None:
    """The posting a meeting turned into interview country for (None: none, or no meeting)."""
    row = (
        connection()
        .execute("SELECT posting_id FROM meeting WHERE id = ?", (meeting_id,))
        .fetchone()
    )
    return int(row[0]) if row is not None and row[0] is not None else None
