"""What a restore does to the file it replaces, and to a process that opens it meanwhile.

- A damaged file whose schema still reads was first taken out of WAL mode (page 1 rewritten)
  and only then found damaged and "kept aside untouched": its bytes now stay as they were.
- Another program's healthy SQLite file was moved aside as "damaged": it is now called what it is.
- A process that opened the database while the restore copied it wrote into the file about to be
  replaced: its save was lost (or refused as "read-only"). The file is now held from the copy
  until the restored one replaces it; the process waits, and its save lands in the restored file.
  A real second process.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from netdesk.core import backup as backup_module
from netdesk.core.backup import create_backup, restore_backup
from netdesk.core.contacts import create_contact
from netdesk.models import close_db, init_db
from netdesk.models.errors import explain
from netdesk.models.records import ContactData
from tests.helpers.file_conditions import cli, contact_names, python_process


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(db_path: Path, count: int) -> None:
    init_db(db_path)
    try:
        for n in range(count):
            create_contact(ContactData(display_name=f"Person {n}", notes="x" * 200))
    finally:
        close_db()


def test_a_damaged_file_whose_schema_reads_is_kept_aside_byte_for_byte(db_path: Path) -> None:
    _filled(db_path, 2000)
    backup = create_backup(db_path)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:  # a zeroed page in the middle: the schema still reads
        f.seek(size // 4096 // 2 * 4096)
        f.write(b"\0" * 4096)
    damaged = _digest(db_path)
    result = restore_backup(backup.path, db_path)
    assert result.damaged and result.kept is not None
    assert _digest(result.kept) == damaged  # page 1 was rewritten before
    assert len(contact_names(db_path)) == 2000
    assert result.moved_aside == "damaged"


def test_another_programs_healthy_file_is_not_called_damaged(tmp_path: Path) -> None:
    db = tmp_path / "net.sqlite"
    _filled(db, 3)
    backup = create_backup(db)
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    theirs = _digest(db)
    code, out, err = cli("--db", str(db), "restore", str(backup.path))
    assert code == 0, err
    assert "damaged" not in out and "other program's file" in out, out
    aside = next(tmp_path.glob("net.sqlite.foreign-*"))
    assert _digest(aside) == theirs
    assert len(contact_names(db)) == 3


OPENER = textwrap.dedent(
    """
    import sys
    from netdesk.core.contacts import create_contact
    from netdesk.models import init_db
    from netdesk.models.records import ContactData
    print("loaded", flush=True)
    sys.stdin.readline()
    init_db(sys.argv[1])
    create_contact(ContactData(display_name="Saved while the restore ran"))
    print("written", flush=True)
    """
)


def test_a_process_opening_the_database_during_a_restore_keeps_its_save(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(db_path, 50)
    backup = create_backup(db_path)
    _filled(db_path, 1)  # written since the backup: the current file differs
    with python_process(OPENER, str(db_path)) as opener:
        assert opener.stdin is not None and opener.stdout is not None
        assert opener.stdout.readline().strip() == "loaded", opener.communicate(timeout=30)
        real_replace: Callable[[str | Path, str | Path], None] = os.replace
        told: list[bool] = []

        def replace_once_the_opener_tried(src: str | Path, dst: str | Path) -> None:
            if Path(dst) == db_path and opener.stdin is not None and not told:
                told.append(True)
                opener.stdin.write("\n")  # the current file is copied: open it now
                opener.stdin.flush()
                time.sleep(2.0)  # time to open the file and write (or to wait for it)
            real_replace(src, dst)

        monkeypatch.setattr(backup_module.os, "replace", replace_once_the_opener_tried)
        result = restore_backup(backup.path, db_path)
        monkeypatch.undo()
        out, err = opener.communicate(timeout=60)
    assert opener.returncode == 0 and "written" in out, err
    names = contact_names(db_path)
    assert len(names) == 51 and names[-1] == "Saved while the restore ran", names
    assert result.kept is not None and not result.damaged


def test_a_write_to_a_file_replaced_under_it_is_not_called_read_only(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    (tmp_path / "b.sqlite").write_bytes(path.read_bytes())
    os.replace(tmp_path / "b.sqlite", path)
    try:
        with pytest.raises(sqlite3.Error) as caught:
            conn.execute("INSERT INTO t VALUES (1)")
            conn.commit()
    finally:
        conn.close()
    message = str(explain(caught.value, path))
    assert "was replaced" in message and "read-only" not in message, message
