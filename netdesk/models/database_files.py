"""Telling the open database's files, and the folder of its backups, apart from other files.

A file dropped on the window or named to import is read with ``open()``. If that file is the
open database (or its ``-wal``, ``-shm``, journal or a backup SQLite is copying), closing the
descriptor drops every POSIX lock this process holds on it, and another process may then delete
the WAL under the live connection (SQLite's "How To Corrupt An SQLite Database File", 2.2).
So these are recognised by device and inode, with ``stat`` alone, before anything opens them.

The backups folder beside a database in a shared folder (a team share, ``/tmp``, a stick mounted
for everyone) could have been made by someone else, who would then read every backup, plant a
"newest" one for a restore to put in place, and delete the copy kept before it. NetDesk only
uses a backups folder that is the user's own and that nobody else can write to.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netdesk.models.db import backup_folder, database
from netdesk.models.errors import DatabaseError

_COMPANIONS = {
    "-wal": "the write-ahead log (-wal) of the open database",
    "-shm": "the shared-memory file (-shm) of the open database",
    "-journal": "the journal of the open database",
}


class UnsafeBackupFolderError(DatabaseError):
    """The backups folder belongs to another user, or others may write to it."""


def open_database_path() -> Path | None:
    """The file of this process's open database (None when none is open or it is in memory)."""
    obj = database.obj
    return getattr(obj, "file_path", None) if obj is not None else None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def database_file_role(path: Path, db_path: Path | None = None) -> str | None:
    """What ``path`` is of the database ``db_path`` (default: the open one), said for a person
    ("the open database", "a backup of the open database"...), or None when it is none of its
    files. Compared by device and inode (links and other names count); nothing is opened."""
    db_path = db_path if db_path is not None else open_database_path()
    if db_path is None:
        return None
    wanted = _identity(path)
    if wanted is None:
        return None
    if _identity(db_path) == wanted:
        return "the open database"
    for suffix, role in _COMPANIONS.items():
        if _identity(db_path.with_name(db_path.name + suffix)) == wanted:
            return role
    try:
        entries = list(backup_folder(db_path).iterdir())
    except OSError:
        return None
    for entry in entries:
        if _identity(entry) == wanted:
            return "a file in the backups folder of the open database"
    return None


def backup_folder_problem(folder: Path) -> str | None:
    """Why NetDesk must not use ``folder`` for backups (another user's, or writable by others),
    or None when it is the user's own (or does not exist yet). A symlink is judged by the folder
    it leads to (a user may keep backups on another disk)."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be checked ({exc.strerror or exc})"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"others may write to it (mode {stat.S_IMODE(info.st_mode):o})"
    return None


def check_backup_folder(db_path: Path) -> Path:
    """The backups folder of ``db_path``, refused (:class:`UnsafeBackupFolderError`, naming it)
    when it is not safe to read or write backups in."""
    folder = backup_folder(db_path)
    problem = backup_folder_problem(folder)
    if problem is not None:
        raise UnsafeBackupFolderError(
            f"The backups folder {folder} is not safe to use: {problem}. NetDesk neither writes "
            "backups into it nor restores from it. Move it away (or remove it), then try again."
        )
    return folder
