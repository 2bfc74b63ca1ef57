"""Undo and redo for meeting saves and deletes, as before/after snapshots of the rows involved.

A meeting save touches the meeting, its attendees and tasks, the referral links it records,
contacts it creates and the attendees' status and last contact. :func:`capture` copies exactly
those rows; :func:`restore` puts a snapshot back, deleting what the other state added. Row ids
are kept, so later undo steps that refer to a contact created by a meeting still find it after
a redo.
The copies are taken and put back by :mod:`netdesk.models.undo`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import (
    MeetingData,
    SaveResult,
    delete_meeting,
    load_meeting,
    save_meeting,
)
from netdesk.models import store
from netdesk.models.undo import (
    MeetingState,
    RestoreConflict,
    capture_meeting,
    restore_meeting,
)

__all__ = [
    "MeetingChange",
    "MeetingState",
    "capture",
    "delete_with_undo",
    "restore",
    "save_with_undo",
]


def capture(meeting_id: int, contact_ids: Iterable[int]) -> MeetingState:
    """Snapshot meeting ``meeting_id`` and the given contacts (met, referred, created)."""
    return capture_meeting(meeting_id, contact_ids)


def restore(target: MeetingState, scope: Iterable[int] = ()) -> None:
    """Make the database hold ``target``'s rows for its meeting and the contacts in ``scope``.

    Contacts in ``scope`` but absent from ``target`` (created by the other state) are deleted.
    """
    restore_meeting(target, scope)


@dataclass(frozen=True)
class MeetingChange:
    """A save or delete that already happened, with what undoing and redoing it needs."""

    before: MeetingState
    after: MeetingState

    def undo(self) -> None:
        _restore_or_explain(self.before, self.after.contact_ids)

    def redo(self) -> None:
        _restore_or_explain(self.after, self.before.contact_ids)


def _restore_or_explain(target: MeetingState, scope: Iterable[int]) -> None:
    try:
        restore(target, scope)
    except RestoreConflict as exc:
        raise NetDeskError(
            f"The meeting could not be put back as it was: the database changed since ({exc})."
        ) from exc


def _involved(data: MeetingData) -> set[int]:
    ids = {e.contact_id for e in data.referrals if e.contact_id is not None}
    ids.update(data.attendees)
    return ids


def save_with_undo(
    data: MeetingData,
    meeting_id: int | None = None,
    *,
    confirmed: bool = False,
    now: datetime | None = None,
) -> tuple[SaveResult, MeetingChange]:
    """:func:`save_meeting`, also returning the change so that it can be undone."""
    involved = _involved(data)
    if meeting_id is not None:
        involved.update(load_meeting(meeting_id).attendees)
    with store.transaction():
        before = capture(meeting_id if meeting_id is not None else -1, involved)
        result = save_meeting(data, meeting_id, confirmed=confirmed, now=now)
        involved.update(result.created_contact_ids)
        after = capture(result.meeting_id, involved)
    return result, MeetingChange(replace(before, meeting_id=result.meeting_id), after)


def delete_with_undo(meeting_id: int) -> MeetingChange:
    """:func:`delete_meeting`, returning the change so that it can be undone."""
    with store.transaction():
        data = load_meeting(meeting_id)
        involved = _involved(data)
        before = capture(meeting_id, involved)
        delete_meeting(meeting_id)
        after = capture(meeting_id, involved)
    return MeetingChange(before, after)
