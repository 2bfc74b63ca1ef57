"""Saves while another program holds the write lock: the window keeps working, says what it waits
for, and offers Retry or Cancel; undo and redo stay in step with the database."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.referrals import referrer_of
from netdesk.models import Contact, Interaction, Meeting, Status, Task
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.view import Section

WAITING = "Another NetDesk window or command is writing; waiting…"

LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


class Locker:
    """Another process holding SQLite's write lock on the database until :meth:`release`."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "locked\n"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=10)


@contextmanager
def locked(db: Path) -> Iterator[Locker]:
    locker = Locker(db)
    try:
        yield locker
    finally:
        locker.release()
        if locker.process.poll() is None:
            locker.process.kill()
            locker.process.wait()
        for pipe in (locker.process.stdin, locker.process.stdout):
            if pipe is not None:
                pipe.close()


class Ticker:
    """A 20 ms timer on the GUI thread: the longest gap between its ticks is how long the
    window could not paint or react."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))

    def __enter__(self) -> Ticker:
        self.times.append(time.monotonic())
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self.times.append(time.monotonic())

    def longest_gap(self) -> float:
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False))


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=10_000)


def save_button(window: MainWindow) -> None:
    editor = window.editor
    assert editor is not None
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_save_waits_for_another_program_without_freezing_the_window(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    main_window.refresh()
    editor = main_window.open_editor(sara)
    assert editor is not None
    editor.title.setText("Head of Talent")
    with locked(db) as locker, Ticker() as ticks:
        save_button(main_window)
        qtbot.waitUntil(lambda: editor.save_notice.text() == WAITING, timeout=5000)
        assert main_window.statusBar().currentMessage() == WAITING
        qtbot.wait(500)  # still waiting, and the window still paints and reacts
        assert editor.isVisible() and editor.title.text() == "Head of Talent"
        assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert load_contact(sara).title == ""
        locker.release()
        qtbot.waitUntil(lambda: main_window.editor is None, timeout=5000)
    assert ticks.longest_gap() < 0.2
    assert load_contact(sara).title == "Head of Talent"
    assert main_window.statusBar().currentMessage() == ""
    assert main_window.undo_stack.undoText() == "Edit Sara Smith"


def test_when_the_lock_does_not_come_free_retry_or_cancel_keeps_what_was_typed(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    main_window.writer.lock_wait_seconds = 0.5
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Nina New")
    editor.notes.setPlainText("Met at the fair")
    with locked(db) as locker, Ticker() as ticks:
        save_button(main_window)
        qtbot.waitUntil(lambda: main_window.writer.retry_box is not None, timeout=5000)
        box = main_window.writer.retry_box
        assert box is not None
        assert box.text().startswith("The contact was not saved.")
        assert "Another NetDesk window or command has been writing" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: main_window.writer.retry_box is None)
        assert editor.isVisible()
        assert (editor.display_name.text(), editor.notes.toPlainText()) == (
            "Nina New",
            "Met at the fair",
        )
        assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert Contact.select().count() == 0 and not main_window.writer.busy

        save_button(main_window)  # again; this time the other program finishes meanwhile
        qtbot.waitUntil(lambda: main_window.writer.retry_box is not None, timeout=5000)
        locker.release()
        box = main_window.writer.retry_box
        assert box is not None
        box.button(QMessageBox.StandardButton.Retry).click()
        qtbot.waitUntil(lambda: main_window.editor is None, timeout=5000)
    assert ticks.longest_gap() < 0.2
    assert [c.display_name for c in Contact.select()] == ["Nina New"]
    assert main_window.undo_stack.count() == 1


def test_cancel_while_waiting_stops_the_save_and_keeps_the_editor(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Nina New")
    with locked(db):
        save_button(main_window)
        qtbot.waitUntil(lambda: editor.save_notice.text() == WAITING, timeout=5000)
        editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: not main_window.writer.busy, timeout=5000)
        assert editor.isVisible() and editor.display_name.text() == "Nina New"
    assert Contact.select().count() == 0
    assert main_window.undo_stack.count() == 0


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(ContactData(display_name="John Public", referral=ReferralInfo(sara)))
    bob = create_contact(ContactData(display_name="Bob Brown"))
    return {"sara": sara, "john": john, "bob": bob}


def _meeting_form(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    window.select_contact(ids["sara"])
    form = window.meetings.log_meeting(ids["sara"])
    assert form is not None
    form.starts_at.setDateTime(form.starts_at.dateTime().addDays(-1))
    form.purpose.setText("Coffee")
    assert form.save()
    return lambda: Meeting.select().count() == 1 and window.meetings.form is None


def _delete(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    window.confirm_delete = lambda names: True  # type: ignore[method-assign]
    window.select_contact(ids["bob"])
    window.delete_action.trigger()
    return lambda: not Contact.select().where(Contact.id == ids["bob"]).exists()


def _set_referrer(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    assert window.referral_tree.panel.move_contact(ids["john"], ids["bob"])
    return lambda: referrer_of(ids["john"]) == ids["bob"]


def _log_call(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    window.select_contact(ids["john"])
    timeline = window.meetings.timeline
    timeline.summary.setText("Left a message")
    timeline.call_button.click()
    return lambda: Interaction.select().count() == 1 and timeline.summary.text() == ""


def _tick(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    view = window.meetings.week_view
    item = view.section_item(Section.REFERRALS, "John Public")
    item.setCheckState(0, Qt.CheckState.Checked)
    return lambda: Contact.get_by_id(ids["john"]).status == Status.CONTACTED


def _undo(window: MainWindow, ids: dict[str, int]) -> Callable[[], bool]:
    window.undo_action.trigger()  # of the edit made before the lock was taken
    return lambda: load_contact(ids["sara"]).title == "" and window.undo_stack.index() == 0


WRITERS = {
    "meeting form": _meeting_form,
    "delete": _delete,
    "set referrer": _set_referrer,
    "log a call": _log_call,
    "tick off": _tick,
    "undo": _undo,
}


@pytest.mark.parametrize("action", WRITERS.values(), ids=WRITERS.keys())
def test_every_write_waits_on_a_worker(
    qtbot: QtBot,
    main_window: MainWindow,
    db: Path,
    people: dict[str, int],
    action: Callable[[MainWindow, dict[str, int]], Callable[[], bool]],
) -> None:
    main_window.refresh()
    view = main_window.meetings.week_view
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_loading() and main_window.model.is_complete)
    if action is _undo:
        editor = main_window.open_editor(people["sara"])
        assert editor is not None
        editor.title.setText("Recruiter")
        save_button(main_window)
        idle(qtbot, main_window)
    with locked(db) as locker, Ticker() as ticks:
        done = action(main_window, people)
        qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() == WAITING, timeout=5000)
        qtbot.wait(300)
        assert not done()  # nothing written while the other program holds the lock
        locker.release()
        qtbot.waitUntil(done, timeout=5000)
        idle(qtbot, main_window)
    assert ticks.longest_gap() < 0.2


def test_an_undo_the_database_no_longer_allows_is_dropped_with_a_message(
    qtbot: QtBot, main_window: MainWindow, db: Path, people: dict[str, int]
) -> None:
    main_window.refresh()
    editor = main_window.open_editor(people["bob"])
    assert editor is not None
    editor.title.setText("Engineer")
    save_button(main_window)
    idle(qtbot, main_window)
    assert main_window.undo_stack.count() == 1
    # Another NetDesk deletes Bob meanwhile.
    subprocess.run(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('PRAGMA foreign_keys = ON'); "
         "c.execute('DELETE FROM contact WHERE id = ?', (int(sys.argv[2]),)); c.commit()",
         str(db), str(people["bob"])],
        check=True,
    )  # fmt: skip
    main_window.undo_action.trigger()
    idle(qtbot, main_window)
    boxes = [
        b
        for b in main_window.findChildren(QMessageBox)
        if b.isVisible() and b.text().startswith("That could not be undone.")
    ]
    assert boxes and "no longer exists" in boxes[0].text()
    assert main_window.undo_stack.count() == 0  # the step is gone, not left half-done
    for box in boxes:
        box.close()


def test_undo_and_redo_of_a_meeting_wait_too(
    qtbot: QtBot, main_window: MainWindow, db: Path, people: dict[str, int]
) -> None:
    """A meeting saved, then undone while locked: the undo stack moves only once written."""
    form = main_window.meetings.log_meeting(people["sara"])
    assert form is not None
    form.starts_at.setDateTime(form.starts_at.dateTime().addDays(-1))
    assert form.save()
    idle(qtbot, main_window)
    assert Meeting.select().count() == 1 and main_window.undo_stack.index() == 1
    main_window.writer.lock_wait_seconds = 0.5
    with locked(db):
        main_window.undo_action.trigger()
        qtbot.waitUntil(lambda: main_window.writer.retry_box is not None, timeout=5000)
        assert main_window.undo_stack.index() == 1 and Meeting.select().count() == 1
        box = main_window.writer.retry_box
        assert box is not None
        box.button(QMessageBox.StandardButton.Cancel).click()
    idle(qtbot, main_window)
    assert main_window.undo_stack.index() == 1 and Meeting.select().count() == 1
    main_window.undo_action.trigger()
    idle(qtbot, main_window)
    assert main_window.undo_stack.index() == 0 and Meeting.select().count() == 0
    assert Task.select().count() == 0


def test_the_windows_own_writes_are_not_taken_for_another_programs(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """They commit on a worker's connection, but refresh the window once, not twice."""
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Nina New")
    save_button(main_window)
    idle(qtbot, main_window)
    assert Contact.select().count() == 1
    assert not main_window.signals.poll()
