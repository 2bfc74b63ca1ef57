"""Follow-ups, thank-you notes and meetings through one real Radicale calendar.

Two NetDesk databases (two devices) sharing one account; a task ticked off on "the phone" (the
VTODO written back with STATUS:COMPLETED, keeping its alarm and the phone's own property) is
done here; a meeting moved in the calendar moves here; deletions both ways, never taking what
the other side edited since; a conflict keeps the local value; another application's event is
left alone; a real ``netdesk sync`` killed mid-way and run again leaves no duplicate.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.core.sync.calendar import sync_calendar_account
from netdesk.core.sync.contacts import SyncSummary, sync_account
from netdesk.core.sync.dav import CollectionKind, DavClient
from netdesk.core.sync.discovery import Collection
from netdesk.core.sync.runs import combined
from netdesk.models import meetings as stored_meetings
from netdesk.models import sync_state, tasks
from netdesk.models.records import ContactData, Email
from netdesk.models.sync_state import AccountRecord, SyncMeeting, SyncTask

from .devices import Device, opened
from .items import vcalendar

CAL = CollectionKind.CALENDAR
START = datetime(2026, 12, 8, 10, 30)
NOTHING = {
    "uploaded": 0,
    "downloaded": 0,
    "deleted_local": 0,
    "deleted_remote": 0,
    "merged": 0,
    "conflicts": [],
}


class Phone(Device):
    """A device syncing its contacts, then its calendar, as ``netdesk sync`` does."""

    def sync_all(self) -> SyncSummary:
        return self.run(
            lambda: combined(
                (sync_account(self.account_id), sync_calendar_account(self.account_id))
            )
        )

    def calendar_only(self) -> SyncSummary:
        return self.run(lambda: sync_calendar_account(self.account_id))

    def meetings(self) -> list[SyncMeeting]:
        return self.run(sync_state.sync_meetings)

    def tasks(self) -> dict[str, SyncTask]:
        return self.run(lambda: {t.title: t for t in sync_state.sync_tasks()})


def phone(path: Path, book: Collection, calendar: Collection) -> Phone:
    found = Phone(path)
    record = AccountRecord(0, book.url, addressbook_url=book.url, calendar_url=calendar.url)
    found.account_id = found.run(lambda: sync_state.add_account(record))
    return found


@pytest.fixture
def pair(tmp_path: Path, book: Collection, calendar: Collection) -> tuple[Phone, Phone]:
    return (
        phone(tmp_path / "laptop.sqlite", book, calendar),
        phone(tmp_path / "desk.sqlite", book, calendar),
    )


def _ann_with_a_meeting(device: Phone) -> int:
    def step() -> int:
        ann = create_contact(ContactData(display_name="Ann Archer", emails=[Email("ann@x.org")]))
        data = MeetingData(
            contact_id=ann,
            starts_at=START,
            purpose="How the data team hires",
            agenda="Who I am\nAsk for two names",
            planned_minutes=20,
            thank_you_due=date(2026, 12, 9),
            follow_up=date(2026, 12, 20),
        )
        return save_meeting(data, confirmed=True, now=datetime(2026, 12, 1, 9, 0)).meeting_id

    return device.run(step)


def _objects(client: DavClient, calendar: Collection) -> dict[str, tuple[str, str]]:
    """The calendar's objects by UID: (href, text)."""
    found = client.multiget(calendar.url, CAL, client.list_etags(calendar.url))
    by_uid = {}
    for href, resource in found.items():
        match = re.search(r"^UID:(.+?)\r?$", resource.data, re.MULTILINE)
        assert match is not None
        by_uid[match.group(1)] = (href, resource.data)
    return by_uid


def _object_with(client: DavClient, calendar: Collection, needle: str) -> tuple[str, str]:
    hits = [found for found in _objects(client, calendar).values() if needle in found[1]]
    assert len(hits) == 1, needle
    return hits[0]


def _rewrite(client: DavClient, href: str, change: dict[str, str | None], extra: str = "") -> None:
    """Change an object's lines the way a calendar app does (properties by name; None drops
    one) and PUT it back over the version read."""
    current = client.get(href)
    lines = current.data.replace("\r\n ", "").splitlines()
    out: list[str] = []
    missing = dict(change)
    for line in lines:
        name = re.split(r"[;:]", line, maxsplit=1)[0]
        if name in change:
            value = missing.pop(name, None)
            if value is not None:
                out.append(value)
            continue
        if line.startswith("END:VTODO") or line.startswith("END:VEVENT"):
            out += [value for value in missing.values() if value is not None]
            out += [x for x in extra.splitlines() if x]
        out.append(line)
    assert current.etag is not None
    client.update(href, "\r\n".join(out) + "\r\n", current.etag, CAL)


def test_meetings_and_their_tasks_reach_the_other_device(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    _ann_with_a_meeting(laptop)
    laptop.add("Bob Baker", "bob@x.org")
    bob = laptop.id_of("Bob Baker")
    laptop.run(
        lambda: tasks.add_task(
            contact_id=bob, meeting_id=None, kind="call", title="Call Bob", due=date(2026, 12, 10)
        )
    )
    # 2 cards, the meeting, its thank-you note and follow-up, Bob's call.
    assert laptop.sync_all().uploaded == 6
    on_server = _objects(client, calendar)
    assert len(on_server) == 4
    event = _object_with(client, calendar, "BEGIN:VEVENT")[1]
    assert "DTSTART:20261208T103000" in event and "DTEND:20261208T105000" in event
    assert "How the data team hires" in event and "Look for leads with Ann Archer" in event
    todo = _object_with(client, calendar, "Call Bob")[1]
    assert "DUE;VALUE=DATE:20261210" in todo and "STATUS:NEEDS-ACTION" in todo

    assert desk.sync_all().downloaded == 6
    [meeting] = desk.meetings()
    m = meeting.calendar
    assert (m.name, m.starts_at, m.planned_minutes) == ("Ann Archer", START, 20)
    assert (m.purpose, m.agenda) == ("How the data team hires", "Who I am\nAsk for two names")
    assert (meeting.thank_you_due, meeting.follow_up) == (date(2026, 12, 9), date(2026, 12, 20))
    found = desk.tasks()
    note, follow_up = "Send a thank-you note to Ann Archer", "Follow up with Ann Archer"
    assert set(found) == {note, follow_up, "Call Bob"}
    assert found["Follow up with Ann Archer"].meeting_id == m.id
    assert found["Call Bob"].name == "Bob Baker" and found["Call Bob"].meeting_id is None
    # Nothing bounces back and forth.
    assert laptop.sync_all().as_json() == desk.sync_all().as_json() == NOTHING


def test_a_task_ticked_on_the_phone_is_done_here_and_keeps_the_phones_properties(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    meeting_id = _ann_with_a_meeting(laptop)
    laptop.sync_all()
    desk.sync_all()
    href, _text = _object_with(client, calendar, "Send a thank-you note")
    _rewrite(
        client,
        href,
        {
            "STATUS": "STATUS:COMPLETED",
            "COMPLETED": "COMPLETED:20261210T081500Z",
            "PERCENT-COMPLETE": "PERCENT-COMPLETE:100",
        },
        extra="X-APPLE-SORT-ORDER:42\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\n"
        "DESCRIPTION:Reminder\nEND:VALARM",
    )
    summary = laptop.calendar_only()
    assert summary.downloaded == 1
    note = laptop.tasks()["Send a thank-you note to Ann Archer"]
    sent = datetime(2026, 12, 10, 8, 15, tzinfo=UTC).astimezone().date()
    assert (note.done, note.done_on) == (True, sent)
    assert laptop.run(lambda: stored_meetings.read_meeting(meeting_id)).thank_you_sent == sent
    assert not laptop.tasks()["Follow up with Ann Archer"].done
    # The other device hears it too.
    desk.calendar_only()
    assert desk.tasks()["Send a thank-you note to Ann Archer"].done
    assert desk.meetings()[0].thank_you_sent == sent

    # Renamed here afterwards: it goes up with the phone's alarm and property kept.
    note_id = note.id
    laptop.run(
        lambda: tasks.update_task(
            note_id,
            contact_id=note.contact_id,
            title="Send a card to Ann",
            due=note.due,
            done=True,
            done_on=sent,
        )
    )
    assert laptop.calendar_only().uploaded == 1
    text = client.get(href).data
    assert "SUMMARY:Send a card to Ann" in text and "STATUS:COMPLETED" in text
    assert "X-APPLE-SORT-ORDER:42" in text and "BEGIN:VALARM" in text
    desk.calendar_only()
    assert desk.tasks()["Send a card to Ann"].done
    assert laptop.sync_all().as_json() == desk.sync_all().as_json() == NOTHING


def test_a_meeting_moved_in_the_calendar_moves_here(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    _ann_with_a_meeting(laptop)
    laptop.sync_all()
    desk.sync_all()
    href, _text = _object_with(client, calendar, "BEGIN:VEVENT")
    # A calendar app moving it: a zoned start and a duration instead of an end.
    _rewrite(
        client,
        href,
        {"DTSTART": "DTSTART:20261209T150000Z", "DTEND": None},
        extra="DURATION:PT45M",
    )
    moved = datetime(2026, 12, 9, 15, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert laptop.calendar_only().downloaded == 1
    [meeting] = laptop.meetings()
    assert (meeting.calendar.starts_at, meeting.calendar.planned_minutes) == (moved, 45)
    assert meeting.calendar.purpose == "How the data team hires"  # the rest stays
    desk.calendar_only()
    assert (desk.meetings()[0].calendar.starts_at, desk.meetings()[0].calendar.planned_minutes) == (
        moved,
        45,
    )
    assert laptop.sync_all().as_json() == NOTHING


def test_a_meeting_moved_on_both_sides_keeps_the_local_time_and_says_so(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    meeting_id = _ann_with_a_meeting(laptop)
    laptop.sync_all()
    desk.sync_all()
    href, _text = _object_with(client, calendar, "BEGIN:VEVENT")
    _rewrite(
        client,
        href,
        {"DTSTART": "DTSTART:20261211T090000", "DTEND": "DTEND:20261211T092000"},
        extra="X-PHONE-NOTE:kept",
    )

    def move_here() -> None:
        record = stored_meetings.read_meeting(meeting_id)
        assert record is not None
        changed = replace(record, starts_at=datetime(2026, 12, 10, 16, 0))
        stored_meetings.update_meeting(meeting_id, changed)

    laptop.run(move_here)
    summary = laptop.calendar_only()
    assert summary.merged == 1
    [conflict] = summary.conflicts
    assert (conflict.display_name, conflict.field) == ("Ann Archer", "meeting start")
    assert (conflict.local, conflict.remote) == ("2026-12-10T16:00:00", "2026-12-11T09:00:00")
    assert laptop.meetings()[0].calendar.starts_at == datetime(2026, 12, 10, 16, 0)
    text = client.get(href).data
    assert "DTSTART:20261210T160000" in text and "X-PHONE-NOTE:kept" in text
    desk.calendar_only()
    assert desk.meetings()[0].calendar.starts_at == datetime(2026, 12, 10, 16, 0)


def test_deletions_travel_both_ways_but_never_take_what_was_edited_since(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, desk = pair
    meeting_id = _ann_with_a_meeting(laptop)
    laptop.add("Bob Baker", "bob@x.org")
    bob = laptop.id_of("Bob Baker")
    for title in ("Call Bob", "Write to Bob"):
        laptop.run(
            lambda title=title: tasks.add_task(
                contact_id=bob, meeting_id=None, kind="call", title=title, due=date(2026, 12, 10)
            )
        )
    laptop.sync_all()
    desk.sync_all()
    assert len(_objects(client, calendar)) == 5

    # The meeting deleted on the laptop: gone from the server with its tasks, then from the desk.
    laptop.run(lambda: stored_meetings.delete_meeting(meeting_id))
    assert laptop.calendar_only().deleted_remote == 3
    assert desk.calendar_only().deleted_local == 3
    assert desk.meetings() == []
    assert set(desk.tasks()) == {"Call Bob", "Write to Bob"}

    # Deleted on the server (a phone): gone here, unless edited here since.
    call_href, _ = _object_with(client, calendar, "Call Bob")
    write_href, _ = _object_with(client, calendar, "Write to Bob")
    for href in (call_href, write_href):
        client.delete(href, client.etag_of(href))
    write = desk.tasks()["Write to Bob"]
    desk.run(
        lambda: tasks.update_task(
            write.id,
            contact_id=write.contact_id,
            title=write.title,
            due=date(2026, 12, 12),
            done=False,
            done_on=None,
        )
    )
    summary = desk.calendar_only()
    assert (summary.deleted_local, summary.uploaded) == (1, 1)
    assert set(desk.tasks()) == {"Write to Bob"}
    again = _object_with(client, calendar, "Write to Bob")[1]
    assert "DUE;VALUE=DATE:20261212" in again
    laptop.calendar_only()
    assert set(laptop.tasks()) == {"Write to Bob"}
    assert laptop.tasks()["Write to Bob"].due == date(2026, 12, 12)
    assert laptop.sync_all().as_json() == desk.sync_all().as_json() == NOTHING


def test_a_task_deleted_here_but_ticked_there_comes_back(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, _desk = pair
    laptop.add("Bob Baker", "bob@x.org")
    bob = laptop.id_of("Bob Baker")
    task_id = laptop.run(
        lambda: tasks.add_task(
            contact_id=bob, meeting_id=None, kind="call", title="Call Bob", due=date(2026, 12, 10)
        )
    )
    laptop.sync_all()
    href, _ = _object_with(client, calendar, "Call Bob")
    _rewrite(client, href, {"STATUS": "STATUS:COMPLETED"})
    laptop.run(lambda: tasks.delete_tasks([task_id]))
    summary = laptop.calendar_only()
    assert summary.deleted_remote == 0
    back = laptop.tasks()["Call Bob"]
    assert back.done and back.name == "Bob Baker"
    assert len(_objects(client, calendar)) == 1


def test_another_applications_events_are_left_alone(
    pair: tuple[Phone, Phone], client: DavClient, calendar: Collection
) -> None:
    laptop, _desk = pair
    dentist = vcalendar("VEVENT", "dentist-1", "Dentist", "DTSTART:20261210T080000Z")
    client.create(calendar.url, "dentist-1", dentist, CAL)
    _ann_with_a_meeting(laptop)
    summary = laptop.sync_all()
    assert summary.downloaded == 0 and laptop.meetings()[0].calendar.name == "Ann Archer"
    assert len(laptop.meetings()) == 1
    laptop.run(lambda: stored_meetings.delete_meeting(laptop.meetings()[0].calendar.id))
    laptop.sync_all()
    assert list(_objects(client, calendar)) == ["dentist-1"]
    assert laptop.sync_all().as_json() == NOTHING


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_calendar_sync_killed_mid_way_and_run_again_has_no_duplicate(
    tmp_path: Path, client: DavClient, book: Collection, calendar: Collection
) -> None:
    laptop = phone(tmp_path / "laptop.sqlite", book, calendar)

    def fill() -> None:
        for n in range(20):
            person = create_contact(ContactData(display_name=f"Person {n:02}"))
            for k in range(10):
                stored_meetings.add_meeting(
                    stored_meetings.MeetingRecord(
                        contact_id=person,
                        starts_at=START + timedelta(days=n, hours=k),
                        kind="look_for_leads",
                    )
                )
                tasks.add_task(
                    contact_id=person,
                    meeting_id=None,
                    kind="follow_up",
                    title=f"Follow up {n}-{k}",
                    due=date(2026, 12, 1) + timedelta(days=k),
                )

    laptop.run(fill)  # 20 contacts, 200 meetings, 200 tasks
    total = 400
    partial = False
    delay = 0.8
    for _ in range(14):
        proc = subprocess.Popen(
            [sys.executable, "-m", "netdesk", "--db", str(laptop.path), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        on_server = len(client.list_etags(calendar.url))
        if running and 0 < on_server < total:
            partial = True
            break
        if not running:
            break
        delay += 0.4
    assert partial, "no kill fell in the middle of the calendar's sync"

    laptop.sync_all()
    uids = list(_objects(client, calendar))
    assert len(uids) == len(set(uids)) == total
    with opened(laptop.path):
        rows = sync_state.items(laptop.account_id).values()
        assert len({(r.kind, r.local_id) for r in rows}) == len(list(rows)) == total
    assert laptop.sync_all().as_json() == NOTHING
    desk = phone(tmp_path / "desk.sqlite", book, calendar)
    assert desk.sync_all().downloaded == 20 + total
    assert len(desk.meetings()) == 200 and len(desk.tasks()) == 200
