"""Tasks: each writer changes what it says and reports exactly those tasks."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.models import Task, Topic, tasks
from tests.helpers import rows
from tests.helpers.changes import recorded, reported

DUE = date(2026, 11, 27)


def test_adding_updating_and_deleting_report_the_tasks(db: Path) -> None:
    ann = rows.contact("Ann")
    met = rows.meeting(ann, datetime(2026, 11, 24, 10))
    with recorded() as seen:
        new = tasks.add_task(
            contact_id=ann, meeting_id=met, kind="thank_you", title="Thank Ann", due=DUE
        )
    assert reported(seen) == {Topic.TASKS: frozenset({new})}
    assert tasks.meeting_tasks(met, "thank_you") == [tasks.TaskRow(new, DUE, False, None, ann)]
    assert tasks.meeting_tasks(met, "follow_up") == []

    with recorded() as seen:
        tasks.update_task(
            new, contact_id=ann, title="Thank Ann", due=DUE, done=True, done_on=date(2026, 11, 26)
        )
    assert reported(seen) == {Topic.TASKS: frozenset({new})}
    assert tasks.meeting_tasks(met, "thank_you")[0].done_on == date(2026, 11, 26)

    other = rows.task(ann, DUE)
    with recorded() as seen:
        tasks.delete_tasks([new, other])
        tasks.delete_tasks([])  # nothing to do: no commit, nothing reported
    assert reported(seen) == {Topic.TASKS: frozenset({new, other})}
    assert Task.select().count() == 0


def test_ticking_off_and_reopening_a_task(db: Path) -> None:
    task = rows.task(rows.contact("Ann"), DUE)
    with recorded() as seen:
        tasks.complete_task(task, date(2026, 11, 26))
    assert reported(seen) == {Topic.TASKS: frozenset({task})}
    done = Task.get_by_id(task)
    assert (done.done, done.done_on) == (True, date(2026, 11, 26))
    with recorded() as seen:
        tasks.reopen_task(task)
    assert reported(seen) == {Topic.TASKS: frozenset({task})}
    again = Task.get_by_id(task)
    assert (again.done, again.done_on) == (False, None)


def test_closing_a_meetings_notes_keeps_the_day_of_those_already_done(db: Path) -> None:
    ann = rows.contact("Ann")
    met = rows.meeting(ann, datetime(2026, 11, 24, 10))
    early = rows.task(
        ann, DUE, meeting=met, kind="thank_you", done=True, done_on=date(2026, 11, 24)
    )
    owed = rows.task(ann, DUE, meeting=met, kind="thank_you")
    follow_up = rows.task(ann, DUE, meeting=met, kind="follow_up")
    with recorded() as seen:
        tasks.close_meeting_tasks(met, "thank_you", date(2026, 11, 26))
    assert reported(seen) == {Topic.TASKS: frozenset({owed})}
    assert {t.id: t.done_on for t in tasks.meeting_tasks(met, "thank_you")} == {
        early: date(2026, 11, 24),
        owed: date(2026, 11, 26),
    }
    assert not Task.get_by_id(follow_up).done
    assert sorted(tasks.task_ids(met, "thank_you")) == sorted([early, owed])

    with recorded() as seen:
        tasks.close_meeting_tasks(met, "thank_you", date(2026, 11, 27))  # none open any more
        tasks.reopen_meeting_tasks(met, "thank_you")
    assert reported(seen) == {Topic.TASKS: frozenset({early, owed})}
    assert tasks.task_ids(met, "thank_you", done=True) == []


def test_the_calendar_reads_open_tasks_from_a_day_on_with_who_they_concern(db: Path) -> None:
    ann = rows.contact("Ann", phone="+1 555 0100", email="ann@example.com")
    later = rows.task(ann, date(2026, 12, 3), title="Call Ann", kind="call")
    first = rows.task(None, date(2026, 11, 30), title="Update the CV")
    rows.task(ann, date(2026, 11, 20))  # before the start
    rows.task(ann, date(2026, 12, 1), done=True, done_on=date(2026, 11, 29))
    found = tasks.open_tasks_from(date(2026, 11, 25))
    assert found == [
        tasks.CalendarTask(first, "follow_up", "Update the CV", date(2026, 11, 30), "", "", ""),
        tasks.CalendarTask(
            later, "call", "Call Ann", date(2026, 12, 3), "Ann", "+1 555 0100", "ann@example.com"
        ),
    ]
    assert len(tasks.open_tasks_from(None)) == 3


def test_a_contacts_next_step_is_their_own_open_task_due_first(db: Path) -> None:
    ann, bob = rows.contact("Ann"), rows.contact("Bob")
    met = rows.meeting(ann, datetime(2026, 11, 24, 10))
    assert tasks.next_contact_step(ann) is None
    rows.task(ann, date(2026, 11, 20), meeting=met, title="Thank Ann")  # a meeting's: not hers
    rows.task(ann, date(2026, 11, 21), title="Done already", done=True)
    later = rows.task(ann, date(2026, 12, 1), title="Send the CV")
    assert tasks.next_contact_step(ann) == tasks.ContactStep(
        later, "follow_up", "Send the CV", date(2026, 12, 1)
    )
    first = rows.task(ann, date(2026, 11, 28), kind="call", title="Call about the team")
    rows.task(ann, date(2026, 11, 28), title="Same day, made later")
    rows.task(bob, date(2026, 11, 1), title="Bob's")
    step = tasks.next_contact_step(ann)
    assert step is not None and (step.id, step.kind, step.title) == (
        first,
        "call",
        "Call about the team",
    )
