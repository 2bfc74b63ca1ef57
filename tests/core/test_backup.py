"""Rolling backups, restoring one, and the `backup` and `restore` commands."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from netdesk.cli import run_cli
from netdesk.core.backup import (
    Backup,
    BackupError,
    backup_due,
    backup_if_due,
    backups_to_keep,
    contact_count,
    create_backup,
    list_backups,
    restore_backup,
)
from netdesk.core.contacts import create_contact
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData, Email


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        conn.close()


def _add(path: Path, *names: str) -> None:
    init_db(path)
    try:
        for name in names:
            create_contact(ContactData(display_name=name, emails=[Email(f"{len(name)}@x.org")]))
    finally:
        close_db()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_a_complete_single_file_copy_taken_while_the_database_is_open(
    db_path: Path,
) -> None:
    init_db(db_path)
    try:
        create_contact(ContactData(display_name="Sara Smith"))
        # still open, the contact possibly only in the WAL: the backup API copies it anyway
        backup = create_backup(db_path, now=datetime(2026, 12, 1, 9, 30))
    finally:
        close_db()
    assert backup.path.parent == db_path.parent / "backups"
    assert backup.path.name == "netdesk-backup-20261201-093000.sqlite"
    assert _names(backup.path) == ["Sara Smith"]
    assert contact_count(backup.path) == 1
    assert not Path(str(backup.path) + "-wal").exists()
    assert not list(backup.path.parent.glob("*.partial"))
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_rotation_keeps_the_last_seven_days_and_four_weeks(db_path: Path) -> None:
    _add(db_path, "Ann")
    start = datetime(2026, 10, 1, 8, 0)  # a Thursday
    for day in range(60):  # two backups a day for 60 days
        for hour in (8, 18):
            create_backup(db_path, now=start + timedelta(days=day, hours=hour - 8))
    kept = sorted(b.taken for b in list_backups(db_path))
    last = start + timedelta(days=59, hours=10)
    daily = [last - timedelta(days=n) for n in range(7)]
    # newest of each of the last four ISO weeks: the last day of each earlier week is a Sunday
    sundays = [d for d in (last - timedelta(days=n) for n in range(7, 28)) if d.weekday() == 6]
    assert set(daily) <= set(kept)
    assert set(sundays[:3]) <= set(kept)
    assert len(kept) == 7 + 3  # this week's newest is also today's
    assert all(t.hour == 18 for t in kept)  # the newest of each day


def test_keep_rule_on_sparse_backups() -> None:
    def b(day: str) -> Backup:
        return Backup(Path(day), datetime.fromisoformat(day + " 12:00"), "automatic")

    # one backup a week for ten weeks: the last seven (days with a backup) all stay
    weekly = [b(f"2026-{m:02d}-{d:02d}") for m, d in [(9, 7), (9, 14), (9, 21), (9, 28)]]
    weekly += [b(f"2026-10-{d:02d}") for d in (5, 12, 19, 26)] + [b("2026-11-02"), b("2026-11-09")]
    keep = backups_to_keep(weekly)
    assert keep == {x.path for x in weekly[-7:]}
    before_restore = Backup(Path("x"), datetime(2020, 1, 1), "before-restore")
    assert before_restore.path not in backups_to_keep([before_restore])


def test_a_backup_is_due_once_a_day(db_path: Path) -> None:
    assert not backup_due(db_path)  # no database yet: nothing to copy
    _add(db_path, "Ann")
    morning = datetime(2026, 12, 1, 8, 0)
    assert backup_due(db_path, today=morning.date())
    assert backup_if_due(db_path, now=morning) is not None
    assert backup_if_due(db_path, now=morning + timedelta(hours=9)) is None
    assert backup_if_due(db_path, now=morning + timedelta(days=1)) is not None
    assert len(list_backups(db_path)) == 2


def test_a_day_of_edits_is_backed_up_again_and_the_rotation_keeps_the_newest(
    db_path: Path,
) -> None:
    import os
    import time

    _add(db_path, "Ann")
    morning = datetime(2026, 12, 1, 8, 0)
    first = backup_if_due(db_path, now=morning)
    assert first is not None
    assert not backup_due(db_path, today=morning.date())  # nothing written since
    _add(db_path, "Bob")  # the day's work, after the morning copy
    later = time.time() + 5
    for path in db_path.parent.glob(db_path.name + "*"):
        os.utime(path, (later, later))  # file times are coarse on some file systems
    assert backup_due(db_path, today=morning.date())
    evening = backup_if_due(db_path, now=morning + timedelta(hours=10))
    assert evening is not None
    assert [b.path for b in list_backups(db_path)] == [evening.path]  # one per day is kept
    assert _names(evening.path) == ["Ann", "Bob"]


def test_foreign_and_damaged_files_are_not_backed_up(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="another program"):
        create_backup(foreign)
    with pytest.raises(BackupError, match="nothing to back up"):
        create_backup(tmp_path / "missing.sqlite")


def test_restore_keeps_a_copy_of_the_current_file_and_can_be_undone(db_path: Path) -> None:
    _add(db_path, "Ann", "Bob")
    backup = create_backup(db_path, now=datetime(2026, 12, 1, 8, 0))
    _add(db_path, "Cem")
    assert _names(db_path) == ["Ann", "Bob", "Cem"]

    result = restore_backup(backup.path, db_path, now=datetime(2026, 12, 1, 9, 0))
    assert not result.damaged
    assert result.kept is not None
    assert result.kept.name == "netdesk-before-restore-20261201-090000.sqlite"
    assert _names(db_path) == ["Ann", "Bob"]
    assert _names(result.kept) == ["Ann", "Bob", "Cem"]
    assert _names(backup.path) == ["Ann", "Bob"]  # the backup itself is untouched
    # the copy is listed like a backup, newest first, and survives the rotation
    listed = list_backups(db_path)
    assert [b.kind for b in listed] == ["before-restore", "automatic"]
    create_backup(db_path, now=datetime(2026, 12, 20, 8, 0))
    assert result.kept.exists()
    # the app opens the restored file normally
    init_db(db_path)
    close_db()
    restore_backup(result.kept, db_path)
    assert _names(db_path) == ["Ann", "Bob", "Cem"]


def test_restore_moves_a_damaged_file_aside_byte_for_byte(db_path: Path) -> None:
    _add(db_path, *[f"Person {n}" for n in range(300)])
    backup = create_backup(db_path)
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:
        f.truncate(size // 2)
    damaged_digest = _digest(db_path)
    result = restore_backup(backup.path, db_path)
    assert result.damaged and result.kept is not None
    assert result.kept.parent == db_path.parent
    assert result.kept.name.startswith("netdesk.sqlite.damaged-")
    assert _digest(result.kept) == damaged_digest
    assert len(_names(db_path)) == 300


def test_restore_refuses_a_file_that_is_no_backup(db_path: Path, tmp_path: Path) -> None:
    _add(db_path, "Ann")
    before = _digest(db_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="not a readable NetDesk backup"):
        restore_backup(junk, db_path)
    assert _digest(db_path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_cli_backup_list_and_restore(db_path: Path) -> None:
    _add(db_path, "Ann")
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["--db", str(db_path), "backup"], out, err) == 0, err.getvalue()
    assert "Backed up" in out.getvalue()
    _add(db_path, "Bob")

    out = io.StringIO()
    assert run_cli(["--db", str(db_path), "backup", "--list"], out, err) == 0
    lines = out.getvalue().splitlines()
    assert "1 contacts" in lines[0] and lines[-1].startswith("1 backup of")

    out = io.StringIO()
    assert run_cli(["--db", str(db_path), "restore"], out, err) == 0, err.getvalue()
    assert "kept a copy of it as" in out.getvalue()
    assert _names(db_path) == ["Ann"]

    before = list_backups(db_path)[0]
    assert before.kind == "before-restore"
    assert run_cli(["--db", str(db_path), "restore", str(before.path)], out, err) == 0
    assert _names(db_path) == ["Ann", "Bob"]


def test_cli_restore_errors_are_messages(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    db_path = tmp_path / "none.sqlite"
    assert run_cli(["--db", str(db_path), "restore"], out, err) == 2
    assert "there is no backup" in err.getvalue()
    err = io.StringIO()
    assert run_cli(["--db", str(db_path), "restore", str(tmp_path / "x.sqlite")], out, err) == 2
    assert "does not exist" in err.getvalue() and "Traceback" not in err.getvalue()


def test_restore_refuses_while_another_connection_has_the_database_open(db_path: Path) -> None:
    _add(db_path, "Ann")
    backup = create_backup(db_path)
    _add(db_path, "Bob")
    init_db(db_path)  # as the app, or a command still running, would have it
    try:
        with pytest.raises(BackupError, match="open in another window or command"):
            restore_backup(backup.path, db_path)
    finally:
        close_db()
    assert _names(db_path) == ["Ann", "Bob"]
    assert [b.kind for b in list_backups(db_path)] == ["automatic"]
    restore_backup(backup.path, db_path)  # once closed, it goes ahead
    assert _names(db_path) == ["Ann"]


def test_backups_dated_in_the_future_stop_neither_the_daily_backup_nor_the_rotation(
    db_path: Path,
) -> None:
    """Backups taken while the clock ran a year ahead (then NTP corrected it) were counted as
    today's: no daily backup was taken again for a year, and they held rotation slots."""
    import os

    _add(db_path, "Ann")
    today = datetime.now().replace(microsecond=0) - timedelta(days=8)  # the clock's fixed since
    ahead = today + timedelta(days=366)
    stale = []
    for day in range(2):
        backup = create_backup(db_path, now=ahead + timedelta(days=day))
        when = (ahead + timedelta(days=day)).timestamp()
        os.utime(backup.path, (when, when))  # as the clock then said
        stale.append(backup.path)
    taken = []
    for day in range(8):
        _add(db_path, f"Day {day}")
        backup = backup_if_due(db_path, now=today + timedelta(days=day))
        taken.append(backup)
        assert backup is not None, f"no daily backup on day {day} after the clock was corrected"
    backups = list_backups(db_path)
    assert {b.path for b in backups} >= set(stale)  # kept, only not trusted
    real = [b for b in backups if b.path not in stale]
    assert len(real) == 7  # the week's slots went to the days that were really backed up
    assert real[0].path == taken[-1].path  # listed (and offered for a restore) first
    assert [b.path for b in backups[-2:]] == sorted(stale, reverse=True)
