"""What backups ask SQLite: contact counts, verified copies, and whether a file is in use.

The file is in use by a real second process here, as it is when a window or a command has it
open while a restore is asked for.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.models import close_db, init_db
from netdesk.models.backups import (
    CopyError,
    InUseError,
    contact_count,
    leave_wal_mode,
    verified_copy,
)
from netdesk.models.errors import DatabaseDamagedError
from tests.helpers import rows
from tests.helpers.file_conditions import ROOT


def _database(path: Path, names: list[str]) -> Path:
    init_db(path)
    try:
        for name in names:
            rows.contact(name)
    finally:
        close_db()
    return path


def test_contacts_are_counted_in_a_database_and_not_in_anything_else(tmp_path: Path) -> None:
    path = _database(tmp_path / "a.sqlite", ["Ann", "Bob"])
    assert contact_count(path) == 2
    (tmp_path / "notes.txt").write_text("not a database")
    assert contact_count(tmp_path / "notes.txt") is None
    assert contact_count(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()  # a read-only look creates nothing
    other = sqlite3.connect(tmp_path / "other.sqlite")
    other.execute("CREATE TABLE things (x)")
    other.close()
    assert contact_count(tmp_path / "other.sqlite") is None


def test_a_verified_copy_holds_the_contacts_and_a_failed_one_leaves_nothing(
    tmp_path: Path,
) -> None:
    path = _database(tmp_path / "a.sqlite", ["Ann", "Bob", "Cem"])
    assert verified_copy(path, tmp_path / "copy.sqlite", where=tmp_path) == 3
    assert contact_count(tmp_path / "copy.sqlite") == 3

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(CopyError) as failed:
        verified_copy(junk, tmp_path / "junk-copy.sqlite", read_only=True, where=junk)
    assert isinstance(failed.value.explained, DatabaseDamagedError)
    assert str(junk) in str(failed.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite", "copy.sqlite", "junk.sqlite"]


HOLDER = (
    "import sys; from netdesk.models import init_db, Contact; init_db(sys.argv[1]);"
    "Contact.select().count(); print('open', flush=True); sys.stdin.readline()"
)


def test_leaving_wal_mode_is_refused_while_another_process_has_the_file_open(
    tmp_path: Path,
) -> None:
    path = _database(tmp_path / "a.sqlite", ["Ann"])
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            with pytest.raises(InUseError):
                leave_wal_mode(path)
            assert _journal_mode(path) == "wal"
        finally:
            holder.communicate("\n", timeout=30)
    leave_wal_mode(path)  # once nobody has it open
    assert _journal_mode(path) == "delete"
    assert not path.with_name(path.name + "-wal").exists()
    assert contact_count(path) == 1


def _journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()
