"""Tasks: follow-ups, calls and thank-you notes, with the day each is due and whether it is done.

Every writer says what it changed (:data:`Topic.TASKS` with the task ids) inside its transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from netdesk.models.columns import as_date
from netdesk.models.db import database
from netdesk.models.entities import Task
from netdesk.models.store import Topic, store


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    due: date | None
    done: bool
    done_on: date | None
    contact_id: int | None = None
    """Whom it concerns (a meeting's thank-you note: the attendee to thank)."""


def meeting_tasks(meeting_id: int, kind: str) -> list[TaskRow]:
    """The meeting's tasks of one kind, oldest first."""
    query = (
        Task.select(Task.id, Task.due, Task.done, Task.done_on, Task.contact)
        .where((Task.meeting == meeting_id) & (Task.kind == kind))
        .order_by(Task.id)
        .tuples()
    )
    return [
        TaskRow(int(i), as_date(due), bool(done), as_date(on), None if who is None else int(who))
        for i, due, done, on, who in query
    ]


def add_task(
    *,
    contact_id: int | None,
    meeting_id: int | None,
    kind: str,
    title: str,
    due: date,
    done_on: date | None = None,
) -> int:
    """A new task, done when ``done_on`` is given."""
    with database.atomic():
        task_id = int(
            Task.create(
                contact=contact_id,
                meeting=meeting_id,
                kind=kind,
                title=title,
                due=due,
                done=done_on is not None,
                done_on=done_on,
            ).id
        )
        store.changed(Topic.TASKS, [task_id])
    return task_id


def update_task(
    task_id: int,
    *,
    contact_id: int | None,
    title: str,
    due: date,
    done: bool,
    done_on: date | None,
) -> None:
    with database.atomic():
        Task.update(contact=contact_id, title=title, due=due, done=done, done_on=done_on).where(
            Task.id == task_id
        ).execute()
        store.changed(Topic.TASKS, [task_id])


def delete_tasks(ids: Iterable[int]) -> None:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with database.atomic():
        Task.delete().where(Task.id.in_(ids)).execute()
        store.changed(Topic.TASKS, ids)


def complete_task(task_id: int, on: date) -> None:
    with database.atomic():
        Task.update(done=True, done_on=on).where(Task.id == task_id).execute()
        store.changed(Topic.TASKS, [task_id])


def reopen_task(task_id: int) -> None:
    with database.atomic():
        Task.update(done=False, done_on=None).where(Task.id == task_id).execute()
        store.changed(Topic.TASKS, [task_id])


def task_titles(ids: Iterable[int]) -> dict[int, str]:
    """The title of each task of ``ids`` that exists, by id."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return {}
    query = Task.select(Task.id, Task.title).where(Task.id.in_(wanted)).tuples()
    return {int(i): str(title) for i, title in query}


def task_ids(meeting_id: int, kind: str, *, done: bool | None = None) -> list[int]:
    """Ids of the meeting's tasks of one kind: all of them, or those done or open."""
    query = Task.select(Task.id).where((Task.meeting == meeting_id) & (Task.kind == kind))
    if done is not None:
        query = query.where(Task.done == done)
    return [int(row[0]) for row in query.tuples()]


def close_meeting_tasks(meeting_id: int, kind: str, on: date) -> None:
    """The meeting's open tasks of one kind done ``on`` (those done already keep their day)."""
    with database.atomic():
        open_ids = task_ids(meeting_id, kind, done=False)
        if open_ids:
            Task.update(done=True, done_on=on).where(Task.id.in_(open_ids)).execute()
            store.changed(Topic.TASKS, open_ids)


def reopen_meeting_tasks(meeting_id: int, kind: str) -> None:
    """The meeting's tasks of one kind to do again."""
    with database.atomic():
        ids = task_ids(meeting_id, kind)
        if ids:
            Task.update(done=False, done_on=None).where(Task.id.in_(ids)).execute()
            store.changed(Topic.TASKS, ids)


@dataclass(frozen=True, slots=True)
class CalendarTask:
    """An open task for the calendar export, with the person it concerns ("" when none)."""

    id: int
    kind: str
    title: str
    due: date
    name: str
    phone: str
    email: str


def open_tasks_from(start: date | None) -> list[CalendarTask]:
    """Open tasks due on or after ``start`` (all when None), by due day."""
    rows = database.execute_sql(
        """
        SELECT t.id, t.kind, t.title, t.due, coalesce(c.display_name, ''),
               coalesce(c.primary_phone, ''), coalesce(c.primary_email, '')
        FROM task t LEFT JOIN contact c ON c.id = t.contact_id
        WHERE t.done = 0 AND t.due >= ?
        ORDER BY t.due, t.id
        """,
        ((start or date.min).isoformat(),),
    ).fetchall()
    return [
        CalendarTask(
            id=int(row[0]),
            kind=str(row[1]),
            title=str(row[2]),
            due=date.fromisoformat(str(row[3])[:10]),
            name=str(row[4]),
            phone=str(row[5]),
            email=str(row[6]),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class ContactStep:
    """An open task of a contact's own (not one of a meeting's): what to do next, and when."""

    id: int
    kind: str
    title: str
    due: date


def next_contact_step(contact_id: int) -> ContactStep | None:
    """The contact's own open task due first (the earliest made on a tie), or None."""
    row = (
        Task.select(Task.id, Task.kind, Task.title, Task.due)
        .where((Task.contact == contact_id) & Task.meeting.is_null() & (Task.done == False))  # noqa: E712
        .order_by(Task.due, Task.id)
        .limit(1)
        .tuples()
        .first()
    )
    if row is None:
        return None
    task_id, kind, title, due = row
    return ContactStep(int(task_id), str(kind), str(title), as_date(due) or date.today())


@dataclass(frozen=True, slots=True)
class TaskDetail:
    """One task as a Compose action starts from it: whose, of which meeting, what kind."""

    id: int
    contact_id: int | None
    meeting_id: int | None
    kind: str
    title: str
    done: bool


def read_task(task_id: int) -> TaskDetail | None:
    row = (
        Task.select(Task.id, Task.contact, Task.meeting, Task.kind, Task.title, Task.done)
        .where(Task.id == task_id)
        .tuples()
        .first()
    )
    if row is None:
        return None
    found, contact, meeting, kind, title, done = row
    return TaskDetail(
        int(found),
        None if contact is None else int(contact),
        None if meeting is None else int(meeting),
        str(kind),
        str(title),
        bool(done),
    )
