"""Tools > Sync conflicts with a follow-up's and a meeting's conflicts beside a contact's: each
named as the week names it, its values as the user reads them, settled either way, and gone
from the list when its task is deleted."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models import meetings as stored_meetings
from netdesk.models import sync_state, tasks
from netdesk.models.records import ContactData
from netdesk.models.sync_state import AccountRecord, ConflictRecord
from netdesk.ui.shell.main_window import MainWindow

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _no_start_sync(qsettings: QSettings) -> None:
    qsettings.setValue("sync/at_start", False)


def test_follow_up_and_meeting_conflicts_are_listed_by_name_and_settled(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    account = sync_state.add_account(AccountRecord(0, "https://dav.example/"))
    sara = create_contact(ContactData(display_name="Sara Smith", title="Engineer"))
    call = tasks.add_task(
        contact_id=sara,
        meeting_id=None,
        kind="follow_up",
        title="Call Sara Smith",
        due=date(2026, 12, 10),
    )
    passport = tasks.add_task(
        contact_id=None,
        meeting_id=None,
        kind="other",
        title="Renew passport",
        due=date(2026, 12, 1),
    )
    meeting = stored_meetings.add_meeting(
        stored_meetings.MeetingRecord(
            contact_id=sara, starts_at=datetime(2026, 12, 8, 10, 30), kind="look_for_leads"
        )
    )
    sync_state.put_contact_conflicts(
        account,
        sara,
        [],
        [ConflictRecord(sara, "title", "Engineer", "Staff Engineer", "2026-12-01")],
    )
    for kind, item, person, field, mine, theirs in (
        ("task", call, sara, "title", "Call Sara Smith", "Call Sara about the data team"),
        ("task", passport, 0, "done", "", "2026-12-02"),
        ("meeting", meeting, sara, "start", "2026-12-08T10:30:00", "2026-12-09T15:00:00"),
    ):
        sync_state.put_item_conflicts(
            account,
            kind,
            item,
            [],
            [ConflictRecord(person, field, mine, theirs, "2026-12-01", kind, item)],
        )
    qtbot.waitUntil(lambda: main_window.sync.conflicts_action.isEnabled(), timeout=WAIT_MS)
    assert main_window.sync.conflicts_action.text() == "Sync &conflicts (4)..."
    dialog = main_window.sync.open_conflicts()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 4, timeout=WAIT_MS)
    rows = [
        tuple(dialog.list.topLevelItem(i).text(c) for c in range(4))
        for i in range(dialog.list.topLevelItemCount())
    ]
    assert rows == [
        ("Sara Smith", "Job title", "Engineer", "Staff Engineer"),
        ("Other task: Renew passport", "Done", "Not done", "Done on Wed 2 Dec 2026"),
        (
            "Meeting with Sara Smith on Tue 8 Dec 2026 10:30",
            "Starts at",
            "Tue 8 Dec 2026 10:30",
            "Wed 9 Dec 2026 15:00",
        ),
        ("Follow-up: Call Sara Smith", "Title", "Call Sara Smith", "Call Sara about the data team"),
    ]

    # A task's conflict is settled here: the contact's editor has nothing to do with it.
    follow_up = dialog.list.topLevelItem(3)
    follow_up.setSelected(True)
    assert dialog.take_button.isEnabled() and not dialog.open_button.isEnabled()
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 3, timeout=WAIT_MS)
    [task] = sync_state.sync_tasks([call])
    assert task.title == "Call Sara about the data team"

    dialog.list.topLevelItem(2).setSelected(True)  # the meeting: keep this computer's time
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    record = stored_meetings.read_meeting(meeting)
    assert record is not None and record.starts_at == datetime(2026, 12, 8, 10, 30)

    # Deleted here: nothing left to choose, the row goes.
    tasks.delete_tasks([passport])
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert dialog.list.topLevelItem(0).text(0) == "Sara Smith"
    qtbot.waitUntil(
        lambda: main_window.sync.conflicts_action.text() == "Sync &conflict (1)...",
        timeout=WAIT_MS,
    )
