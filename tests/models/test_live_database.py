"""Commands run beside an open window never take its WAL away.

On POSIX, closing any descriptor of a file drops every lock the process holds on it (SQLite's
"How To Corrupt An SQLite Database File", section 2.2). A NetDesk that opened its live database
with anything but SQLite lost its locks; the next command to close its connection then took
itself for the last user, checkpointed and deleted the WAL and ``-shm`` under the window, whose
later saves went to deleted files. Real processes here: the window's, the commands', a reader's.
"""

from __future__ import annotations

import sqlite3
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.file_conditions import (
    SAVE_AFTER_THE_COMMANDS,
    cli,
    contact_names,
    python_process,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc/PID/fd (Linux)"
)

WINDOW = (
    textwrap.dedent(
        """
    # What the app does at start on a database whose daily backup is due, then the user's saves.
    import os, sys
    from pathlib import Path
    from netdesk.core.backup import backup_due, contact_count, database_problem, list_backups
    from netdesk.core.contacts import create_contact
    from netdesk.models.records import ContactData
    from netdesk.models import init_db
    from netdesk.models.db import open_connection_checked
    from netdesk.ui.shell.recovery import automatic_backup

    path = Path(sys.argv[1])
    init_db(path)
    automatic_backup(path)  # start_app queues it as soon as the window is up
    create_contact(ContactData(display_name="Saved before the commands"))
    # what the window may do at any time: damage checks, size and backup checks
    open_connection_checked(path)
    database_problem(path)
    backup_due(path)
    for backup in list_backups(path):
        contact_count(backup.path)
    automatic_backup(path)
    """
    )
    + SAVE_AFTER_THE_COMMANDS
)


def test_commands_beside_the_open_window_leave_its_wal_in_place(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "20")  # yesterday's work
    assert code == 0, err
    with python_process(WINDOW, str(db)) as window:
        assert window.stdin is not None and window.stdout is not None
        line = window.stdout.readline()
        assert line.strip() == "ready", window.communicate(timeout=30)
        wal = db.with_name(db.name + "-wal")
        assert wal.exists()
        for command in (["list"], ["list", "--json"], ["backup"], ["backup", "--list"]):
            code, _out, err = cli("--db", str(db), *command)
            assert code == 0, err
            assert wal.exists(), f"`{' '.join(command)}` deleted the window's WAL"
        code, _out, err = cli("--db", str(db), "restore")  # refused while the window is open
        assert code == 2 and "open in another window" in err, err
        assert wal.exists(), "`restore` deleted the window's WAL"
        window.stdin.write("\n")
        window.stdin.flush()
        files = window.stdout.readline()
        assert "(deleted)" not in files, files
        # a third process sees the window's save made after the commands
        names = contact_names(db)
        assert "Saved before the commands" in names
        assert "Saved after the commands" in names
        _out, err = window.communicate("\n", timeout=30)
        assert window.returncode == 0, err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert "Saved after the commands" in contact_names(db)  # after the window closed, too
