"""A meeting's tasks: one thank-you note per attendee, and the follow-up with its contact.

They follow the meeting when it is saved (:func:`sync_tasks`, called by
``core.meetings.save_meeting`` in its transaction): due with the meeting's note and follow-up
dates, named after whom they concern, gone when the date is cleared or the attendee left the
list. Each attendee's note is sent on its own (:func:`note_thank_you_sent`); the meeting's note
counts as sent once every attendee has been thanked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from netdesk.core.contacts import display_names
from netdesk.core.errors import NotFoundError
from netdesk.core.row_undo import RowsChange, capture
from netdesk.models import TaskKind, store, tasks
from netdesk.models import meetings as stored

__all__ = ["note_thank_you_sent", "sync_tasks"]


def sync_tasks(
    meeting_id: int,
    attendees: Sequence[int],
    *,
    thank_you_due: date | None,
    thank_you_sent: date | None,
    follow_up: date | None,
    was_sent: bool,
) -> None:
    """Keep the meeting's thank-you tasks (one per attendee; the first attendee is its
    contact) and its follow-up (with its contact) in step with its dates. ``was_sent``: the
    meeting's note was dated sent before this save."""
    names = display_names(attendees)
    _sync_thank_yous(meeting_id, attendees, names, thank_you_due, thank_you_sent, was_sent)
    contact = attendees[0] if attendees else None
    name = names.get(contact or 0, "")
    _sync_task(meeting_id, contact, TaskKind.FOLLOW_UP, f"Follow up with {name}", follow_up)


def _sync_thank_yous(
    meeting_id: int,
    attendees: Sequence[int],
    names: dict[int, str],
    due: date | None,
    sent: date | None,
    was_sent: bool,
) -> None:
    """One thank-you task per attendee, due with the meeting's note.

    The meeting's "sent" date is every note's: set, it closes them all on that day; cleared
    where it was set, it opens them all again. Left empty, each attendee's note keeps its own
    state (some may have been sent: see :func:`note_thank_you_sent`)."""
    existing = tasks.meeting_tasks(meeting_id, TaskKind.THANK_YOU.value)
    if due is None:
        tasks.delete_tasks(t.id for t in existing)
        return
    contact = attendees[0] if attendees else None
    mine: dict[int, tasks.TaskRow] = {}
    extra: list[int] = []
    for task in existing:
        who = task.contact_id if task.contact_id is not None else contact
        if who is not None and who in attendees and who not in mine:
            mine[who] = task
        else:
            extra.append(task.id)
    tasks.delete_tasks(extra)
    for attendee in attendees:
        title = f"Send a thank-you note to {names.get(attendee, '')}"
        note = mine.get(attendee)
        if note is None:
            tasks.add_task(
                contact_id=attendee,
                meeting_id=meeting_id,
                kind=TaskKind.THANK_YOU.value,
                title=title,
                due=due,
                done_on=sent,
            )
            continue
        if sent is not None:
            done, closed_on = True, sent
        elif was_sent:
            done, closed_on = False, None
        else:
            done, closed_on = note.done, note.done_on
        tasks.update_task(
            note.id, contact_id=attendee, title=title, due=due, done=done, done_on=closed_on
        )


def _sync_task(
    meeting_id: int,
    contact_id: int | None,
    kind: TaskKind,
    title: str,
    due: date | None,
) -> None:
    existing = tasks.meeting_tasks(meeting_id, kind.value)
    if due is None:
        tasks.delete_tasks(t.id for t in existing)
        return
    if not existing:
        tasks.add_task(
            contact_id=contact_id, meeting_id=meeting_id, kind=kind.value, title=title, due=due
        )
        return
    task, extra = existing[0], existing[1:]
    tasks.delete_tasks(duplicate.id for duplicate in extra)
    if task.due != due:
        done, closed_on = False, None  # a new follow-up date is a new thing to do
    else:
        done, closed_on = task.done, task.done_on
    tasks.update_task(
        task.id, contact_id=contact_id, title=title, due=due, done=done, done_on=closed_on
    )


def note_thank_you_sent(meeting_id: int, contact_id: int, on: date | None) -> RowsChange:
    """One attendee's thank-you note sent ``on`` (None: not sent after all); returns the change
    so that it can be undone. When every attendee has been thanked the meeting's note counts
    as sent, on the day of the last one; while one is owed, it does not."""
    with store.transaction():
        notes = tasks.meeting_tasks(meeting_id, TaskKind.THANK_YOU.value)
        mine = [t for t in notes if t.contact_id == contact_id]
        if not mine:
            raise NotFoundError("No thank-you note to this person is owed for this meeting.")
        rows = {"meeting": [meeting_id], "task": [t.id for t in mine]}
        before = capture(rows)
        for task in mine:
            if on is None:
                tasks.reopen_task(task.id)
            elif not task.done:
                tasks.complete_task(task.id, on)
        now = tasks.meeting_tasks(meeting_id, TaskKind.THANK_YOU.value)
        days = [t.done_on for t in now if t.done]
        every = len(days) == len(now)
        sent = max((d for d in days if d is not None), default=on) if every else None
        stored.set_thank_you_sent(meeting_id, sent)
        after = capture(rows)
    return RowsChange(before, after)
