"""A backups folder someone else made beside a database in a shared folder is not used.

Another local user who pre-created ``backups/`` (theirs, 0777) beside a database in a shared
folder received every backup, planted a "newest" one that ``restore`` put in place, and could
delete the copy kept before it. NetDesk now refuses that folder by name and never writes into
it, lists nothing from it and restores nothing another user owns. Real CLI processes; the other
user's ownership needs root (chown).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from netdesk.core.backup import BackupError, create_backup, list_backups, restore_backup
from tests.helpers.file_conditions import cli

OTHER_UID = 1002

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown to another user"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _planted(tmp_path: Path) -> tuple[Path, Path, Path]:
    db = tmp_path / "shared" / "campaign.sqlite"
    db.parent.mkdir()
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "30")
    assert code == 0, err
    fake = tmp_path / "fake.sqlite"
    code, _out, err = cli("--db", str(fake), "demo", "--contacts", "3")
    assert code == 0, err
    conn = sqlite3.connect(fake)
    conn.execute("UPDATE contact SET display_name = 'Planted by another user'")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    conn.close()
    folder = db.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    planted = folder / "campaign-backup-20991231-235959.sqlite"
    shutil.copy(fake, planted)
    folder.chmod(0o777)
    os.chown(folder, OTHER_UID, OTHER_UID)
    os.chown(planted, OTHER_UID, OTHER_UID)
    return db, folder, planted


@needs_root
def test_another_users_backups_folder_is_refused_and_nothing_is_written_into_it(
    tmp_path: Path,
) -> None:
    db, folder, planted = _planted(tmp_path)
    before = _digest(db)
    code, out, err = cli("--db", str(db), "backup")
    assert code == 2, out + err
    assert str(folder) in err and "another user" in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == [planted.name]  # nothing written there
    code, out, err = cli("--db", str(db), "backup", "--list")
    assert code == 2 and str(folder) in err and planted.name not in out, out + err
    code, out, err = cli("--db", str(db), "restore")
    assert code == 2 and str(folder) in err, out + err
    code, out, err = cli("--db", str(db), "restore", str(planted))
    assert code == 2 and "another user" in err, out + err
    assert _digest(db) == before  # the victim's database is as it was
    assert sorted(p.name for p in folder.iterdir()) == [planted.name]
    assert list_backups(db) == []
    with pytest.raises(BackupError, match="not safe to use"):
        create_backup(db)


@needs_root
def test_a_backup_owned_by_another_user_is_not_restored(tmp_path: Path) -> None:
    db = tmp_path / "campaign.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "5")
    assert code == 0, err
    other = tmp_path / "theirs.sqlite"
    shutil.copy(db, other)
    os.chown(other, OTHER_UID, OTHER_UID)
    before = _digest(db)
    with pytest.raises(BackupError, match="belongs to another user"):
        restore_backup(other, db)
    assert _digest(db) == before


def test_a_world_writable_backups_folder_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "campaign.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "5")
    assert code == 0, err
    folder = db.parent / "backups"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o777)  # e.g. made by hand, or a share that allows it
    with pytest.raises(BackupError, match=r"others may write to it \(mode 777\)"):
        create_backup(db)
    assert list(folder.iterdir()) == []
