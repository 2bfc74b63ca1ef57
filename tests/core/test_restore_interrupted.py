"""A restore killed at any moment leaves either the database as it was or the backup in its place,
never a missing or empty one; NetDesk never starts an empty database where backups of it exist.

The restore runs in its own process, which pauses before its Nth change to the file system
(rename, replace, link, unlink, fsync) and is killed there with SIGKILL, for every N until the
restore completes; the next start is the real command line.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.backup import create_backup, list_backups
from netdesk.core.contacts import create_contact
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData
from netdesk.ui.shell.app import start_app
from netdesk.ui.shell.recovery import DatabaseProblemDialog
from netdesk.ui.shell.tasks import wait_for_tasks
from tests.helpers.file_conditions import ROOT, cli
from tests.ui.shell.test_recovery import _when_shown

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

RESTORE = textwrap.dedent(
    """
    import errno, os, sys, time
    from pathlib import Path

    backup, db, stop, links = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    calls = [0]

    def pausing(name):
        real = getattr(os, name)

        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == stop:
                print(f"paused before {name}{tuple(map(str, args))}", flush=True)
                time.sleep(120)
            return real(*args, **kwargs)

        return call

    for name in ("rename", "replace", "link", "unlink", "remove", "fsync"):
        setattr(os, name, pausing(name))
    if links == "no-links":  # a drive without hard links (FAT, some network shares)
        def no_link(*args, **kwargs):
            raise OSError(errno.EPERM, "Operation not permitted")
        os.link = no_link

    from netdesk.core.backup import restore_backup

    restore_backup(backup, db)
    print("restored", flush=True)
    """
)

BEFORE = ["Ann Archer", "Bob Baker", "Cem Cakir"]
LATER = ["Dee Dawson", "Eve Evans"]


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        conn.close()


def _add(path: Path, names: list[str]) -> None:
    init_db(path)
    try:
        for name in names:
            create_contact(ContactData(display_name=name))
    finally:
        close_db()


def _spoil(path: Path) -> bytes:
    path.write_bytes(b"overwritten by something else\n" * 300)
    return path.read_bytes()


def _kept_copies(db: Path) -> list[list[str]]:
    """Contacts of every file the restore kept the current database as."""
    kept = [b.path for b in list_backups(db) if b.kind == "before-restore"]
    return [_names(p) for p in kept]


@pytest.mark.parametrize("current", ["healthy", "damaged", "damaged-no-links"])
def test_a_restore_killed_at_any_step_never_leaves_an_empty_database(
    tmp_path: Path, current: str
) -> None:
    step = 0
    while True:
        step += 1
        assert step < 60, "the restore never finished"
        folder = tmp_path / f"step-{step:02d}"
        db = folder / "netdesk.sqlite"
        folder.mkdir()
        _add(db, BEFORE)
        backup = create_backup(db, now=datetime(2026, 11, 30, 18, 0)).path
        _add(db, LATER)
        spoilt = _spoil(db) if current != "healthy" else None
        with subprocess.Popen(
            [
                sys.executable,
                "-c",
                RESTORE,
                str(backup),
                str(db),
                str(step),
                "no-links" if current.endswith("no-links") else "links",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            said = child.stdout.readline().strip()
            if said.startswith("paused"):
                child.send_signal(signal.SIGKILL)
            _out, err = child.communicate(timeout=60)
            assert said, err
        # the next start: the command line, which finishes or undoes what it finds
        code, out, err = cli("--db", str(db), "list")
        assert "Traceback" not in err, (said, err)
        if spoilt is None:
            assert code == 0, (said, err)
            shown = out.strip().splitlines()[-1]
            assert shown in ("5 contacts", "3 contacts"), (said, out)
            if shown == "3 contacts":  # restored: what was there is kept as a backup
                assert BEFORE + LATER in _kept_copies(db), said
        elif code == 0:  # restored; the damaged file is kept byte for byte beside it
            assert out.strip().splitlines()[-1] == "3 contacts", (said, out)
            aside = folder.glob("netdesk.sqlite.damaged-*[0-9]")
            assert any(p.read_bytes() == spoilt for p in aside), said
        else:  # not restored: the damaged file is still there, and said to be
            assert code == 2 and "not a NetDesk database" in err, (said, err)
            assert db.read_bytes() == spoilt
        assert not list(folder.glob(".netdesk.sqlite.restoring*")), said
        if said == "restored":
            break
    assert step > 3  # the restore was interrupted at several places


def test_no_empty_database_is_started_where_backups_of_it_exist(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    _add(db, BEFORE)
    backup = create_backup(db).path
    for path in db.parent.glob("netdesk.sqlite*"):
        path.unlink()
    code, _out, err = cli("--db", str(db), "list")
    assert code == 2
    assert "does not exist" in err and str(backup) in err and "Traceback" not in err
    assert not db.exists()  # nothing created
    code, _out, err = cli("--db", str(db), "restore")
    assert code == 0, err
    assert _names(db) == BEFORE


def test_the_window_offers_the_backups_of_a_missing_database(
    qtbot: QtBot, db_path: Path, qsettings: QSettings
) -> None:
    _add(db_path, BEFORE)
    create_backup(db_path, now=datetime(2026, 11, 30, 18, 0))
    db_path.unlink()

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        assert "does not exist" in widget.problem.text()
        assert widget.new_button.isVisible()
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)

    seen = _when_shown(qtbot, DatabaseProblemDialog, restore)
    window = start_app(db_path, qsettings)
    assert seen == ["DatabaseProblemDialog"] and window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    finally:
        window.close()
        wait_for_tasks()
        close_db()


def test_starting_empty_where_backups_exist_needs_asking_for(
    qtbot: QtBot, db_path: Path, qsettings: QSettings
) -> None:
    _add(db_path, BEFORE)
    create_backup(db_path)
    db_path.unlink()

    def start_empty(widget: QWidget) -> None:
        assert isinstance(widget, DatabaseProblemDialog)
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, DatabaseProblemDialog, start_empty)
    window = start_app(db_path, qsettings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.model.rowCount() == 0
        assert len(list_backups(db_path)) >= 1  # the backups stay
    finally:
        window.close()
        wait_for_tasks()
        close_db()


def test_a_staged_copy_of_an_earlier_version_is_put_in_place_when_the_database_is_missing(
    tmp_path: Path,
) -> None:
    """Earlier NetDesks deleted the database before renaming the restored copy in: a kill in
    between left only ``.netdesk.sqlite.restoring-STAMP`` (complete before it got that name)."""
    db = tmp_path / "netdesk.sqlite"
    _add(db, BEFORE)
    backup = create_backup(db).path
    staged = tmp_path / ".netdesk.sqlite.restoring-20261201-094500"
    staged.write_bytes(backup.read_bytes())
    for path in tmp_path.glob("netdesk.sqlite*"):
        path.unlink()
    code, out, err = cli("--db", str(db), "list")
    assert code == 0, err
    assert out.strip().endswith("3 contacts")
    assert "interrupted restore" in err and "completed" in err
    assert not staged.exists()
