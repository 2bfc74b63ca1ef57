"""Conflicts of follow-ups and meetings, through one real Radicale calendar: a task or meeting
edited here and on "the phone" (its VTODO or VEVENT rewritten with a raw PUT) keeps the local
value, is written down for the user with both values (and counted by ``netdesk sync --json``),
and is settled either way: this computer's value stays, or the server's is taken here and goes
up with the next sync. A conflict that no longer applies goes away: its task or meeting deleted
on either side, or the server's value changed again (and taken).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import pytest

from netdesk.cli import run_cli
from netdesk.core.sync.conflicts import (
    can_take_remote,
    conflict_count,
    keep_local,
    open_conflicts,
    take_remote,
)
from netdesk.core.sync.dav import DavClient
from netdesk.core.sync.discovery import Collection
from netdesk.models import meetings as stored_meetings
from netdesk.models import sync_state, tasks
from netdesk.models.store import store
from netdesk.models.sync_conflicts import OpenConflict

from .test_sync_calendar import (
    NOTHING,
    Phone,
    _ann_with_a_meeting,
    _object_with,
    _rewrite,
    phone,
)

DUE = date(2026, 12, 10)
T = TypeVar("T")


@pytest.fixture
def pair(tmp_path: Path, book: Collection, calendar: Collection) -> tuple[Phone, Phone]:
    return (
        phone(tmp_path / "laptop.sqlite", book, calendar),
        phone(tmp_path / "desk.sqlite", book, calendar),
    )


def _sara_with_a_follow_up(device: Phone, title: str = "Call Sara Smith") -> int:
    device.add("Sara Smith", "sara@example.org")
    sara = device.id_of("Sara Smith")
    return device.run(
        lambda: tasks.add_task(
            contact_id=sara, meeting_id=None, kind="follow_up", title=title, due=DUE
        )
    )


def _edit_task(device: Phone, task_id: int, **changes: object) -> None:
    def step() -> None:
        [task] = sync_state.sync_tasks([task_id])
        values = {"title": task.title, "due": task.due, "done": task.done, "done_on": task.done_on}
        values.update(changes)
        tasks.update_task(task_id, contact_id=task.contact_id, **values)  # type: ignore[arg-type]

    device.run(step)


def _conflicts(device: Phone) -> list[OpenConflict]:
    return device.run(open_conflicts)


def _settle(device: Phone, conflict_id: int, *, remote: bool) -> bool:
    def step() -> bool:
        with store.transaction():  # as the window's writer runs it
            return (take_remote if remote else keep_local)(conflict_id)

    return device.run(step)


def _cli_sync(device: Phone) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["--db", str(device.path), "sync", "--json"], out, err) == 0, err.getvalue()
    found: dict[str, object] = json.loads(out.getvalue())
    return found


def test_a_task_edited_here_and_on_the_phone_is_a_conflict_settled_either_way(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    task_id = _sara_with_a_follow_up(laptop)
    laptop.sync_all()
    desk.sync_all()
    href, _text = _object_with(client, calendar, "Call Sara Smith")
    # The phone renames and moves it; so does the laptop, differently.
    _rewrite(
        client,
        href,
        {"SUMMARY": "SUMMARY:Call Sara about the data team", "DUE": "DUE;VALUE=DATE:20261214"},
        extra="X-PHONE-NOTE:kept",
    )
    _edit_task(laptop, task_id, title="Call Sara Smith re: the intro", due=date(2026, 12, 11))

    summary = _cli_sync(laptop)  # `netdesk sync --json` counts them
    assert summary["conflicts"] == [
        {
            "contact_id": laptop.id_of("Sara Smith"),
            "display_name": "Sara Smith",
            "field": "task title",
            "local": "Call Sara Smith re: the intro",
            "remote": "Call Sara about the data team",
        },
        {
            "contact_id": laptop.id_of("Sara Smith"),
            "display_name": "Sara Smith",
            "field": "task due",
            "local": "2026-12-11",
            "remote": "2026-12-14",
        },
    ]
    # The local values were kept, here and on the server, with the phone's property.
    task = laptop.tasks()["Call Sara Smith re: the intro"]
    assert task.due == date(2026, 12, 11)
    text = client.get(href).data
    assert "SUMMARY:Call Sara Smith re: the intro" in text and "DUE;VALUE=DATE:20261211" in text
    assert "X-PHONE-NOTE:kept" in text

    # Written down for the window, with what names the task.
    stored = {c.field: c for c in _conflicts(laptop)}
    assert set(stored) == {"title", "due"}
    title, due = stored["title"], stored["due"]
    assert (title.kind, title.item_id, title.item_kind) == ("task", task_id, "follow_up")
    assert (title.contact_name, title.item_title) == ("Sara Smith", task.title)
    assert (title.local_value, title.remote_value) == (
        "Call Sara Smith re: the intro",
        "Call Sara about the data team",
    )
    assert (due.local_value, due.remote_value) == ("2026-12-11", "2026-12-14")
    assert laptop.run(lambda: [can_take_remote(c) for c in open_conflicts()]) == [True, True]
    # They wait for the user: syncing again changes nothing and keeps them.
    assert laptop.sync_all().as_json() == NOTHING
    assert laptop.run(conflict_count) == 2

    # The server's title taken, this computer's day kept.
    assert _settle(laptop, title.id, remote=True)
    assert _settle(laptop, due.id, remote=False)
    assert not _settle(laptop, due.id, remote=False)  # settled already
    assert laptop.run(conflict_count) == 0
    task = laptop.tasks()["Call Sara about the data team"]
    assert (task.id, task.due) == (task_id, date(2026, 12, 11))

    # The next sync sends the server's title back up as this computer's choice.
    assert laptop.sync_all().uploaded == 1
    text = client.get(href).data
    assert "SUMMARY:Call Sara about the data team" in text and "DUE;VALUE=DATE:20261211" in text
    assert "X-PHONE-NOTE:kept" in text
    desk.sync_all()
    assert set(desk.tasks()) == {"Call Sara about the data team"}
    assert desk.tasks()["Call Sara about the data team"].due == date(2026, 12, 11)
    assert desk.run(conflict_count) == 0
    assert laptop.sync_all().as_json() == desk.sync_all().as_json() == NOTHING


def test_a_meeting_moved_on_both_sides_can_take_the_calendars_time(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    meeting_id = _ann_with_a_meeting(laptop)
    laptop.sync_all()
    desk.sync_all()
    href, _text = _object_with(client, calendar, "BEGIN:VEVENT")
    _rewrite(client, href, {"DTSTART": "DTSTART:20261211T090000", "DTEND": "DTEND:20261211T094500"})

    _move(laptop, meeting_id, datetime(2026, 12, 10, 16, 0))
    summary = laptop.calendar_only()
    assert [(c.field, c.local, c.remote) for c in summary.conflicts] == [
        ("meeting start", "2026-12-10T16:00:00", "2026-12-11T09:00:00")
    ]
    assert laptop.meetings()[0].calendar.planned_minutes == 45  # changed there only: taken
    [start] = _conflicts(laptop)
    assert (start.kind, start.item_id, start.field) == ("meeting", meeting_id, "start")
    assert (start.contact_name, start.item_kind) == ("Ann Archer", "look_for_leads")
    assert start.item_title == "2026-12-10 16:00:00"  # when it starts here now
    assert _settle(laptop, start.id, remote=True)
    [meeting] = laptop.meetings()
    assert meeting.calendar.starts_at == datetime(2026, 12, 11, 9, 0)
    assert meeting.calendar.planned_minutes == 45

    assert laptop.calendar_only().uploaded == 1
    assert "DTSTART:20261211T090000" in client.get(href).data
    desk.calendar_only()
    assert desk.meetings()[0].calendar.starts_at == datetime(2026, 12, 11, 9, 0)
    assert desk.meetings()[0].calendar.planned_minutes == 45
    assert laptop.sync_all().as_json() == desk.sync_all().as_json() == NOTHING


def _move(device: Phone, meeting_id: int, starts_at: datetime) -> None:
    def step() -> None:
        record = stored_meetings.read_meeting(meeting_id)
        assert record is not None
        stored_meetings.update_meeting(meeting_id, replace(record, starts_at=starts_at))

    device.run(step)


def _task_in_conflict(
    laptop: Phone, client: DavClient, calendar: Collection, title: str
) -> tuple[int, str]:
    """A task of Sara's with a title conflict written down; its id and href."""
    sara = laptop.id_of("Sara Smith")
    task_id = laptop.run(
        lambda: tasks.add_task(contact_id=sara, meeting_id=None, kind="call", title=title, due=DUE)
    )
    laptop.calendar_only()
    href, _text = _object_with(client, calendar, f"SUMMARY:{title}")
    _rewrite(client, href, {"SUMMARY": f"SUMMARY:{title} (phone)"})
    _edit_task(laptop, task_id, title=f"{title} (laptop)")
    assert len(laptop.calendar_only().conflicts) == 1
    return task_id, href


def test_a_conflict_goes_away_when_it_no_longer_applies(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, _desk = pair
    laptop.add("Sara Smith", "sara@example.org")
    laptop.sync_all()
    deleted_here, _ = _task_in_conflict(laptop, client, calendar, "Call A")
    _deleted_there, there_href = _task_in_conflict(laptop, client, calendar, "Call B")
    _changed_again, again_href = _task_in_conflict(laptop, client, calendar, "Call C")
    kept, _ = _task_in_conflict(laptop, client, calendar, "Call D")
    edited, edited_href = _task_in_conflict(laptop, client, calendar, "Call E")
    assert laptop.run(conflict_count) == 5

    # Deleted here: its conflict goes with it at once (and the VTODO with the next sync).
    laptop.run(lambda: tasks.delete_tasks([deleted_here]))
    assert {c.item_title for c in _conflicts(laptop)} == {
        "Call B (laptop)",
        "Call C (laptop)",
        "Call D (laptop)",
        "Call E (laptop)",
    }
    # Deleted on the phone: gone here too, and so is its conflict; edited here since, it stays
    # here and goes up again, but the phone's value went with the phone's copy. Changed again
    # on the phone: the new value is taken (nothing changed here since), which settles it.
    client.delete(there_href, client.etag_of(there_href))
    client.delete(edited_href, client.etag_of(edited_href))
    _edit_task(laptop, edited, due=date(2026, 12, 18))
    _rewrite(client, again_href, {"SUMMARY": "SUMMARY:Call C tomorrow"})
    summary = laptop.calendar_only()
    assert (summary.deleted_local, summary.deleted_remote, summary.conflicts) == (1, 1, [])
    assert summary.uploaded == 1  # Call E, again
    assert set(laptop.tasks()) == {"Call C tomorrow", "Call D (laptop)", "Call E (laptop)"}
    _object_with(client, calendar, "SUMMARY:Call E (laptop)")
    [left] = _conflicts(laptop)
    assert (left.item_id, left.remote_value) == (kept, "Call D (phone)")

    # A meeting deleted here takes its own conflicts and those of its tasks along.
    meeting_id = _ann_with_a_meeting(laptop)
    laptop.sync_all()
    event_href, _ = _object_with(client, calendar, "BEGIN:VEVENT")
    _rewrite(client, event_href, {"DTSTART": "DTSTART:20261211T090000", "DTEND": None})
    _move(laptop, meeting_id, datetime(2026, 12, 10, 16, 0))
    follow_href, _ = _object_with(client, calendar, "SUMMARY:Follow up with Ann Archer")
    _rewrite(client, follow_href, {"SUMMARY": "SUMMARY:Follow up with Ann (phone)"})
    follow_up = laptop.tasks()["Follow up with Ann Archer"]
    _edit_task(laptop, follow_up.id, title="Follow up with Ann (laptop)")
    laptop.calendar_only()
    found = {(c.kind, c.item_id) for c in _conflicts(laptop)}
    assert found == {("task", kept), ("meeting", meeting_id), ("task", follow_up.id)}
    laptop.run(lambda: stored_meetings.delete_meeting(meeting_id))
    assert [c.item_id for c in _conflicts(laptop)] == [kept]
    assert laptop.run(conflict_count) == 1


def test_taking_the_calendars_value_of_a_task_is_undone_and_redone(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    """Ctrl+Z after "Use the server's": the task's own title is back and the conflict listed
    again; redo takes the server's again."""
    from netdesk.core.sync.conflicts import settle, settle_again, unsettle

    laptop, _desk = pair
    task_id = _sara_with_a_follow_up(laptop)
    laptop.sync_all()
    href, _text = _object_with(client, calendar, "Call Sara Smith")
    _rewrite(client, href, {"SUMMARY": "SUMMARY:Call Sara about the data team"})
    _edit_task(laptop, task_id, title="Call Sara Smith re: the intro")
    laptop.sync_all()
    [conflict] = _conflicts(laptop)

    def in_one(step: Callable[[], T]) -> T:
        def run() -> T:
            with store.transaction():  # as the window's writer runs it
                return step()

        return laptop.run(run)

    settled = in_one(lambda: settle(conflict.id, remote=True))
    assert settled is not None and settled.took_remote
    assert set(laptop.tasks()) == {"Call Sara about the data team"}
    reopened = in_one(lambda: unsettle(settled))
    assert set(laptop.tasks()) == {"Call Sara Smith re: the intro"}
    [again] = _conflicts(laptop)
    assert (again.kind, again.item_id, again.field) == ("task", task_id, "title")
    assert (again.local_value, again.remote_value) == (conflict.local_value, conflict.remote_value)
    in_one(lambda: settle_again(reopened))
    assert set(laptop.tasks()) == {"Call Sara about the data team"}
    assert laptop.run(conflict_count) == 0
