"""A healthy file that cannot be written (a read-only folder, disk or file; a full disk; a lock held
too long) is called what it is, opened read-only where it can be, and never moved aside as
damaged; the command line says so in one line with exit status 2, never a traceback."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.backup import create_backup
from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.models import DatabaseError, close_db, init_db
from netdesk.models.records import ContactData
from netdesk.ui.shell.app import start_app
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.recovery import DatabaseProblemDialog
from netdesk.ui.shell.tasks import wait_for_tasks
from tests.helpers.file_conditions import (
    ROOT,
    cli,
    fill,
    read_only_file,
    read_only_folder,
    tiny_disk,
)
from tests.ui.shell.test_recovery import _when_shown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _network(path: Path, contacts: int = 12) -> None:
    init_db(path)
    generate_demo(contacts, seed=5)
    close_db()


def _cards(path: Path) -> Path:
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEND:VCARD\r\n", "utf-8")
    return path


def _one_clear_line(err: str, *words: str) -> None:
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert all(word in lines[0] for word in words), err


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_database_in_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    cards = _cards(tmp_path / "new.vcf")
    with read_only_folder(folder) as freeze:
        db = folder / "netdesk.sqlite"
        _network(db)
        create_backup(db, now=datetime(2026, 11, 30, 18, 0))
        freeze()
        before, listing = _digest(db), _listing(folder)

        code, out, err = cli("--db", str(db), "list")
        assert code == 0, err
        assert out.strip().endswith("12 contacts")

        code, _out, err = cli("--db", str(db), "import", str(cards))
        assert code == 2
        _one_clear_line(err, "read-only")

        code, _out, err = cli("--db", str(db), "restore")
        assert code == 2
        _one_clear_line(err, "read-only")
        assert "damaged" not in err

        assert _digest(db) == before and _listing(folder) == listing  # nothing moved aside


def test_the_window_shows_a_read_only_database_and_says_why_it_cannot_save(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    folder = tmp_path / "ro"
    with read_only_folder(folder) as freeze:
        db = folder / "netdesk.sqlite"
        _network(db)
        freeze()
        problems = _when_shown(qtbot, DatabaseProblemDialog, lambda w: w.reject())  # type: ignore[attr-defined]
        window = start_app(db, qsettings)
        assert window is not None and problems == []
        qtbot.addWidget(window)
        try:
            assert window.windowTitle() == "netdesk.sqlite (read-only) - NetDesk"
            assert window.recovery.notice.isVisible()
            assert "read-only" in window.recovery.notice.text()
            qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=5000)
            editor = window.open_editor(None)
            assert editor is not None
            editor.display_name.setText("Someone New")
            editor.accept()
            qtbot.waitUntil(lambda: not window.writer.busy)  # saves run on a worker
            assert editor.isVisible()  # kept open, with the reason
            assert "read-only" in editor.error_summary.text()
            editor.reject()
        finally:
            window.close()
            wait_for_tasks()
            close_db()


def test_a_read_only_file_opens_read_only_and_an_import_says_so(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    _network(db)
    cards = _cards(tmp_path / "new.vcf")
    with read_only_file(db):
        code, out, err = cli("--db", str(db), "list")
        assert code == 0, err
        assert out.strip().endswith("12 contacts")
        code, _out, err = cli("--db", str(db), "import", str(cards))
        assert code == 2
        _one_clear_line(err, "read-only")


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A healthy database with a backup on a disk that then fills up."""
    with tiny_disk(tmp_path / "disk", "2m") as folder:
        db = folder / "netdesk.sqlite"
        _network(db, 30)
        backup = create_backup(db, now=datetime(2026, 11, 30, 18, 0)).path
        fill(folder)
        yield db, backup


def test_on_a_full_disk_an_import_says_the_disk_is_full(
    full_disk: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _backup = full_disk
    before = _digest(db)
    code, _out, err = cli("--db", str(db), "import", str(_cards(tmp_path / "new.vcf")))
    assert code == 2
    _one_clear_line(err, "disk is full")
    assert "not a NetDesk database" not in err and "damaged" not in err
    assert _digest(db) == before


def test_on_a_full_disk_a_restore_never_moves_the_healthy_file_aside(
    full_disk: tuple[Path, Path],
) -> None:
    db, backup = full_disk
    before, listing = _digest(db), _listing(db.parent)
    code, _out, err = cli("--db", str(db), "restore", str(backup))
    assert code == 2
    _one_clear_line(err, "disk is full")
    assert _digest(db) == before
    assert not list(db.parent.glob("netdesk.sqlite.damaged-*"))
    assert [p for p in _listing(db.parent) if p not in listing] == []


def test_at_start_a_full_disk_is_said_to_be_one_and_nothing_is_offered_to_restore(
    qtbot: QtBot, full_disk: tuple[Path, Path], qsettings: QSettings
) -> None:
    db, _backup = full_disk
    before = _digest(db)
    seen: list[str] = []

    def quit_(widget: QWidget) -> None:
        assert isinstance(widget, QDialog)
        seen.append(widget.text() if isinstance(widget, QMessageBox) else type(widget).__name__)
        widget.reject()

    _when_shown(qtbot, QDialog, quit_)  # whichever comes: no restore may be offered
    assert start_app(db, qsettings) is None
    assert len(seen) == 1 and "disk is full" in seen[0], seen
    assert _digest(db) == before
    assert not list(db.parent.glob("netdesk.sqlite.damaged-*"))


def test_a_save_on_a_full_disk_keeps_the_editor_open_and_says_why(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    with tiny_disk(tmp_path / "disk", "2m") as folder:
        db = folder / "netdesk.sqlite"
        _network(db, 30)
        init_db(db)
        window = MainWindow(qsettings)
        qtbot.addWidget(window)
        window.show()
        try:
            qtbot.waitUntil(lambda: window.model.rowCount() == 30, timeout=5000)
            fill(folder)
            editor = window.open_editor(None)
            assert editor is not None
            editor.display_name.setText("Someone New")
            editor.notes.setPlainText("A long note. " * 20_000)  # more than the disk holds
            editor.accept()
            qtbot.waitUntil(lambda: not window.writer.busy, timeout=10_000)  # on a worker
            assert editor.isVisible()  # kept open, with what was typed
            assert "disk is full" in editor.error_summary.text()
            editor.reject()
        finally:
            window.close()
            wait_for_tasks()
            close_db()
        (folder / "filler").unlink()
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 30
        conn.close()


HOLD = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)
# The command line with a short wait for the lock (the real one waits half a minute).
IMPATIENT_CLI = textwrap.dedent(
    """
    import sys
    from netdesk.models import db
    db.BUSY_TIMEOUT_MS = 200
    from netdesk.__main__ import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_a_lock_held_past_the_wait_is_one_clear_line(db_path: Path, tmp_path: Path) -> None:
    _network(db_path)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path), "20"],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        try:
            started = time.monotonic()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    IMPATIENT_CLI,
                    "--db",
                    str(db_path),
                    "import",
                    str(_cards(tmp_path / "new.vcf")),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert time.monotonic() - started < 15
        finally:
            holder.kill()
    assert proc.returncode == 2
    _one_clear_line(proc.stderr, "busy", "try again")


def _malformed(path: Path) -> None:
    """The pages of the contact table overwritten (a bad sector, another program)."""
    _network(path, 80)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(os.urandom(page))


def test_a_malformed_database_is_one_clear_line(db_path: Path) -> None:
    _malformed(db_path)
    before = _digest(db_path)
    for command in (["list"], ["list", "--json"], ["demo", "--contacts", "3"]):
        code, _out, err = cli("--db", str(db_path), *command)
        assert code == 2, (command, err)
        _one_clear_line(err, "damaged")
    assert _digest(db_path) == before


def _closed_pipe(*args: str) -> tuple[int, str]:
    """Run the command line into a pipe whose reader is gone (``| head`` that has read enough)."""
    with subprocess.Popen(
        [sys.executable, "-m", "netdesk", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
        return proc.wait(timeout=120), err


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    _network(db, 300)
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {n}\r\nEND:VCARD\r\nBEGIN:VCARD\r\n"
            for n in range(50)
        ),
        "utf-8",
    )
    for command in (["list", "--json"], ["list"], ["import", "--json", str(cards)]):
        code, err = _closed_pipe("--db", str(db), *command)
        assert err == "", (command, err)
        assert code == 0, command


def test_saving_into_a_read_only_database_is_refused_with_the_reason(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    _network(db)
    with read_only_file(db):
        init_db(db)
        try:
            with pytest.raises(DatabaseError, match="read-only"):
                create_contact(ContactData(display_name="Not saved"))
        finally:
            close_db()


def test_an_uncaught_database_problem_is_one_log_line_and_its_plain_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import peewee

    from netdesk.ui.shell.errors import install_error_handlers

    handlers = install_error_handlers(tmp_path / "logs")
    try:
        try:  # what a write from a panel raises when the disk fills up
            try:
                raise sqlite3.OperationalError("database or disk is full")
            except sqlite3.OperationalError as error:
                raise peewee.OperationalError(error) from error
        except peewee.OperationalError as exc:
            handlers.excepthook(type(exc), exc, exc.__traceback__)
        box = handlers.dialog
        assert box is not None
        assert "disk is full" in box.text() and "OperationalError" not in box.text()
        assert box.detailedText() == ""
    finally:
        handlers.uninstall()
    log = (tmp_path / "logs" / "netdesk.log").read_text("utf-8")
    assert "Traceback" not in log
    ours = [line for line in log.splitlines() if line.strip() and " netdesk: Qt: " not in line]
    assert len(ours) == 1 and "disk is full" in ours[0], log


def test_on_a_full_disk_list_and_export_still_read_what_is_there(
    full_disk: tuple[Path, Path], tmp_path: Path
) -> None:
    """Opening for writing needs the -shm, so a full disk stopped even `list` and `export`:
    the user could not read or rescue anything. Reading commands now open read-only."""
    db, _backup = full_disk
    before = _digest(db)
    code, out, err = cli("--db", str(db), "list")
    assert code == 0, err
    assert out.strip().endswith("30 contacts") and "disk is full" in err
    target = tmp_path / "rescue.vcf"  # on another disk
    code, out, err = cli("--db", str(db), "export", "-o", str(target))
    assert code == 0, err
    assert target.read_text("utf-8").count("BEGIN:VCARD") == 30
    code, _out, err = cli("--db", str(db), "import", str(_cards(tmp_path / "new.vcf")))
    assert code == 2  # writing is still refused, saying why
    _one_clear_line(err, "disk is full")
    assert _digest(db) == before
