"""A database that cannot be opened gets a dialog offering its backups; File > Restore from
backup... puts an earlier copy back. Both are driven here as a user would."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.backup import create_backup, list_backups
from netdesk.core.contacts import create_contact
from netdesk.models import SCHEMA_VERSION, close_db, init_db, store
from netdesk.models.records import ContactData
from netdesk.ui.shell.app import start_app
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.recovery import DatabaseProblemDialog, RestoreDialog
from netdesk.ui.shell.tasks import wait_for_tasks


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        conn.close()


def _make(path: Path, names: list[str]) -> None:
    init_db(path)
    try:
        for name in names:
            create_contact(ContactData(display_name=name))
    finally:
        close_db()


def _truncate(path: Path) -> None:
    _make(path, [f"Later {n}" for n in range(400)])
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"this was overwritten by something else\n" * 500)


def _unknown_schema(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncate, "damaged: the file is shorter"),
    "not-a-database": (_not_a_database, "is not a NetDesk database"),
    "unknown-schema": (_unknown_schema, "its tables are not NetDesk's"),
    "newer-schema": (_newer_schema, "written by a newer NetDesk"),
}


@pytest.fixture
def with_backup(db_path: Path) -> Iterator[Path]:
    """A database with three contacts and one backup of it."""
    _make(db_path, ["Ann Archer", "Bob Baker", "Cem Cakir"])
    create_backup(db_path, now=datetime(2026, 11, 30, 18, 0))
    yield db_path
    close_db()


def _when_shown(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the first visible ``kind`` window once a modal loop shows it."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                seen.append(type(widget).__name__)
                act(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_database_offers_its_backups_and_is_moved_aside(
    qtbot: QtBot,
    with_backup: Path,
    qsettings: QSettings,
    damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_path = with_backup
    spoil, message = DAMAGE[damage]
    spoil(db_path)
    damaged = _digest(db_path)
    shown: dict[str, object] = {}

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        shown["problem"] = widget.problem.text()
        shown["format"] = widget.problem.textFormat()
        tree = widget.backups
        shown["rows"] = [
            [tree.topLevelItem(r).text(c) for c in range(3)]
            for r in range(tree.topLevelItemCount())
        ]
        assert widget.restore_button.isVisible() and widget.restore_button.isEnabled()
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)

    seen = _when_shown(qtbot, DatabaseProblemDialog, restore)
    window = start_app(db_path, qsettings)
    assert seen == ["DatabaseProblemDialog"]
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert message in str(shown["problem"])
        assert shown["format"] == Qt.TextFormat.PlainText
        assert shown["rows"] == [["Mon 30 Nov 2026 18:00", "3", "automatic"]]
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
        assert store.path == db_path
        assert _names(db_path) == ["Ann Archer", "Bob Baker", "Cem Cakir"]
        # the file itself, moved aside, never overwritten
        reason = {"newer-schema": "newer", "unknown-schema": "foreign"}.get(damage, "damaged")
        aside = [
            p
            for p in db_path.parent.glob(f"netdesk.sqlite.{reason}-*")
            if not p.name.endswith(("-wal", "-shm"))
        ]
        assert len(aside) == 1 and _digest(aside[0]) == damaged
    finally:
        window.close()
        wait_for_tasks()
    assert "Traceback" not in capsys.readouterr().err


def test_open_another_file_or_quit_leave_the_damaged_file_alone(
    qtbot: QtBot,
    with_backup: Path,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_path = with_backup
    _not_a_database(db_path)
    damaged = _digest(db_path)
    other = tmp_path / "other" / "campaign.sqlite"
    other.parent.mkdir()
    _make(other, ["Dee Dawson"])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )

    def open_other(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, open_other)
    window = start_app(db_path, qsettings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert store.path == other
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    finally:
        window.close()
        wait_for_tasks()
        close_db()
    assert _digest(db_path) == damaged

    def quit_(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        qtbot.mouseClick(widget.quit_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, quit_)
    assert start_app(db_path, qsettings) is None
    assert _digest(db_path) == damaged
    assert not list(db_path.parent.glob("netdesk.sqlite?*"))  # nothing moved, nothing beside


def test_without_backups_the_dialog_says_so(qtbot: QtBot, db_path: Path) -> None:
    _not_a_database(db_path)
    dialog = DatabaseProblemDialog(db_path, "It is broken <b>badly</b>")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert dialog.open_button.isVisible() and dialog.open_button.isDefault()
    assert "There is no backup of this file" in dialog.advice.text()
    assert dialog.problem.text() == "It is broken <b>badly</b>"
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText


def test_start_takes_the_daily_backup(qtbot: QtBot, db_path: Path, qsettings: QSettings) -> None:
    _make(db_path, ["Ann Archer"])
    window = start_app(db_path, qsettings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert wait_for_tasks()
        backups = list_backups(db_path)
        assert len(backups) == 1 and backups[0].taken.date() == datetime.now().date()
        assert _names(backups[0].path) == ["Ann Archer"]
    finally:
        window.close()
        wait_for_tasks()
        close_db()


def test_file_restore_from_backup_reopens_the_earlier_copy(
    qtbot: QtBot, with_backup: Path, qsettings: QSettings
) -> None:
    db_path = with_backup
    init_db(db_path)
    create_contact(ContactData(display_name="Dee Dawson"))
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=5000)
    seen: dict[str, object] = {}

    def pick(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        item = widget.backups.topLevelItem(0)
        seen["row"] = [item.text(c) for c in range(3)]
        assert widget.restore_button.isEnabled()
        # The buttons say what happens: no OK / Cancel.
        assert widget.restore_button.text() == "&Restore this backup"
        assert widget.keep_button.text() == "&Keep the current file"
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, RestoreDialog, pick)
    with qtbot.waitSignal(window.recovery.restore_finished, timeout=10_000) as blocker:
        window.recovery.restore_action.trigger()
    assert blocker.args == [True]
    assert seen["row"] == ["Mon 30 Nov 2026 18:00", "3", "automatic"]
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert window.isEnabled()
    assert window.undo_stack.count() == 0
    kept = [b for b in list_backups(db_path) if b.kind == "before-restore"]
    assert len(kept) == 1 and "Dee Dawson" in _names(kept[0].path)
    # the restore can itself be undone from the same dialog, newest first
    window.recovery.restore(kept[0].path)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)
    window.close()
    wait_for_tasks()


def test_after_a_restore_the_whole_table_is_read_again(
    qtbot: QtBot, db_path: Path, qsettings: QSettings
) -> None:
    """More people than the table's first page: the rest of the list comes after the restore
    too (the table's queries are not stopped for good while the file is away)."""
    _make(db_path, [f"Person {n:03d}" for n in range(200)])
    backup = create_backup(db_path, now=datetime(2026, 11, 30, 18, 0))
    init_db(db_path)
    create_contact(ContactData(display_name="Added later"))
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.is_complete and window.model.rowCount() == 201)
        with qtbot.waitSignal(window.recovery.restore_finished, timeout=10_000) as blocker:
            window.recovery.restore(backup.path)
        assert blocker.args == [True]
        qtbot.waitUntil(lambda: window.model.is_complete, timeout=5000)
        assert window.model.rowCount() == 200
        assert window.count_label.text().startswith("200 contacts")
    finally:
        window.close()
        wait_for_tasks()
        close_db()


def test_cancel_leaves_everything(qtbot: QtBot, with_backup: Path, qsettings: QSettings) -> None:
    init_db(with_backup)
    before = _digest(with_backup)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        qtbot.mouseClick(widget.keep_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, RestoreDialog, cancel)
    window.recovery.choose_backup()
    window.close()
    wait_for_tasks()
    close_db()
    assert _digest(with_backup) == before
    assert len(list_backups(with_backup)) == 1


def test_run_app_logs_backs_up_and_closes_cleanly(
    qtbot: QtBot,
    db_path: Path,
    qsettings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from netdesk.ui.shell import app as app_module
    from netdesk.ui.shell import errors

    _make(db_path, ["Ann Archer"])
    monkeypatch.setattr(app_module, "QSettings", lambda: qsettings)
    monkeypatch.setattr(errors, "default_log_folder", lambda: tmp_path / "data")
    hook = sys.excepthook
    closed: list[str] = []

    def close(widget: QWidget) -> None:
        assert isinstance(widget, MainWindow)
        closed.append(widget.windowTitle())
        widget.close()

    _when_shown(qtbot, MainWindow, close)
    assert app_module.run_app(["--db", str(db_path)]) == 0
    assert closed == ["netdesk.sqlite - NetDesk"]
    assert sys.excepthook is hook  # put back on the way out
    backups = list_backups(db_path)
    assert len(backups) == 1 and _names(backups[0].path) == ["Ann Archer"]
    log = (tmp_path / "data" / "netdesk.log").read_text("utf-8")
    assert f"Backed up {db_path} to {backups[0].path}" in log


def test_file_open_of_a_damaged_file_offers_its_backups(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    mine = store.path
    assert mine is not None
    other = tmp_path / "elsewhere" / "campaign.sqlite"
    other.parent.mkdir()
    _make(other, ["Eve Evans", "Fay Fox"])
    create_backup(other)
    _not_a_database(other)
    damaged = _digest(other)
    store.open(mine)  # _make opened the other file: the window's is open again, as it was

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        assert widget.quit_button.text() == "Cancel"
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, restore)
    assert main_window.open_database(other)
    assert store.path == other
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 2, timeout=5000)
    (aside,) = [
        p for p in other.parent.glob("campaign.sqlite.damaged-*") if not p.name.endswith("-wal")
    ]
    assert _digest(aside) == damaged


def test_a_missing_last_database_is_said_to_be_missing_never_replaced_by_an_empty_one(
    qtbot: QtBot, qsettings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database used last lives on a USB stick that is not plugged in: the start opened a
    new, empty default database without a word, and remembered that one from then on."""
    from netdesk.ui.shell.app import database_to_open

    stick = tmp_path / "usb"
    last = stick / "campaign.sqlite"
    _make(last, ["Ann Archer"])
    unplugged = tmp_path / "usb-unplugged"
    stick.rename(unplugged)
    default = tmp_path / "data" / "netdesk.sqlite"
    monkeypatch.setattr(sys.modules["netdesk.models.store"], "default_db_path", lambda: default)
    qsettings.setValue("database/last", str(last))
    assert database_to_open(None, qsettings) == last
    shown: list[str] = []

    def quit_(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        shown.append(widget.problem.text())
        assert widget.retry_button.isVisible()
        qtbot.mouseClick(widget.quit_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, quit_)
    assert start_app(last, qsettings, remembered=True) is None
    assert str(last) in shown[0] and "not connected" in shown[0]
    assert not stick.exists() and not default.exists()  # nothing created, anywhere

    def plug_in_and_retry(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        unplugged.rename(stick)
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, plug_in_and_retry)
    window = start_app(last, qsettings, remembered=True)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert store.path == last
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    finally:
        window.close()
        wait_for_tasks()
        close_db()

    stick.rename(unplugged)

    def start_new(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, start_new)
    window = start_app(last, qsettings, remembered=True)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert store.path == default  # asked for, in NetDesk's own folder
        assert not stick.exists()
    finally:
        window.close()
        wait_for_tasks()
        close_db()
