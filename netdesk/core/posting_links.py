"""A person's postings as the forms show them, and saving a meeting that turned into "interview
country" for a posting.

The guides' words: a networking meeting turns into interview country when the other person
raises the ante. The meeting form then names the posting; saving the meeting links it to the
posting and moves the posting to interviewing
(:func:`~netdesk.core.postings.mark_interview_country`) in the same transaction, and undo
takes both back as one step (:class:`Steps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from netdesk.core.meeting_undo import save_with_undo
from netdesk.core.meetings import MeetingData, SaveResult
from netdesk.core.postings import mark_interview_country, read_posting
from netdesk.core.row_undo import RowsChange, capture
from netdesk.models import posting_links as links_data
from netdesk.models import postings as postings_data
from netdesk.models.posting_links import ContactPosting, PostingChoice
from netdesk.models.store import store

__all__ = [
    "Change",
    "ContactPosting",
    "PostingChoice",
    "Steps",
    "contact_postings",
    "meeting_posting",
    "posting_choices",
    "save_meeting_for_posting",
]


class Change(Protocol):
    def undo(self) -> None: ...

    def redo(self) -> None: ...


@dataclass(frozen=True)
class Steps:
    """Changes written one after the other, undone as one (the last one first)."""

    changes: Sequence[Change]

    def undo(self) -> None:
        with store.transaction():
            for change in reversed(self.changes):
                change.undo()

    def redo(self) -> None:
        with store.transaction():
            for change in self.changes:
                change.redo()


def contact_postings(contact_id: int) -> list[ContactPosting]:
    """The postings someone is linked to (told you, referred you, hiring manager, met you
    about it), open ones first."""
    return links_data.contact_postings(contact_id)


def posting_choices(contact_id: int | None, keep: int | None = None) -> list[PostingChoice]:
    """What a meeting with ``contact_id`` can turn into interview country for: the open postings,
    those at their company first, and ``keep`` (the meeting's own) whatever its stage."""
    return links_data.posting_choices(contact_id, keep)


def meeting_posting(meeting_id: int | None) -> int | None:
    return None if meeting_id is None else links_data.meeting_posting(meeting_id)


def _step_day(posting_id: int, starts_at: datetime | None, today: date) -> date:
    """The day a posting got to interviewing: the meeting's (never in the future), yet never
    before the posting's last step, so that its history stays in order."""
    day = min(starts_at.date(), today) if starts_at is not None else today
    history = read_posting(posting_id).history
    last = max((step.on for step in history), default=day)
    return max(day, last)


def save_meeting_for_posting(
    data: MeetingData,
    meeting_id: int | None,
    posting_id: int | None,
    *,
    now: datetime,
) -> tuple[SaveResult, Change]:
    """Save a meeting (as :func:`~netdesk.core.meeting_undo.save_with_undo`) and say which
    posting it turned into interview country for (None: none): a newly named posting is linked
    and moved to interviewing; a posting no longer named is unlinked from the meeting (its stage
    and people stay, they happened). One transaction; the change undoes all of it."""
    with store.transaction():
        previous = meeting_posting(meeting_id)
        result, saved = save_with_undo(data, meeting_id, confirmed=True, now=now)
        changes: list[Change] = [saved]
        if posting_id is not None and posting_id != previous:
            day = _step_day(posting_id, data.starts_at, now.date())
            changes.append(mark_interview_country(result.meeting_id, posting_id, day))
        elif posting_id is None and previous is not None:
            rows = {"meeting": [result.meeting_id]}
            before = capture(rows)
            postings_data.set_meeting_posting(result.meeting_id, None)
            changes.append(RowsChange(before, capture(rows)))
    return result, changes[0] if len(changes) == 1 else Steps(changes)
