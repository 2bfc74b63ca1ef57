"""What went wrong with a database file, said for the person using NetDesk.

SQLite's result codes tell a full disk from a read-only file, a lock held too long, or a damaged
file; :func:`explain` turns any SQLite (or peewee, or file) error into one of these, so that the
command line and the window never call a healthy file damaged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import peewee

from netdesk.models.files import file_kind


class DatabaseError(Exception):
    """A database NetDesk cannot open; the message is meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer NetDesk; it is left untouched."""


class DatabaseDamagedError(DatabaseError):
    """SQLite finds the file damaged (or it is no SQLite file at all); nothing is written to it."""


class DatabaseReadOnlyError(DatabaseError):
    """The file or its folder cannot be written: it can be read, not changed."""


class DiskFullError(DatabaseError):
    """The disk (or the user's quota) is full; the file itself is fine."""


class DatabaseLockedError(DatabaseError):
    """Another connection kept the write lock for longer than NetDesk waits."""


class DatabaseMissingError(DatabaseError):
    """The file does not exist but its backups do: a new, empty file is not made unasked."""


DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, peewee.PeeweeException)
"""What SQLite and peewee raise themselves, for callers above ``models/`` that name them
without importing either."""


def refuse_special_file(path: Path) -> None:
    """Raise :class:`DatabaseError` unless ``path`` is missing or (through any links) a regular
    file: on a device SQLite would put its journal in the device's folder, and NetDesk would
    narrow the device's permissions (``--db /dev/null`` as root), or a restore replace it."""
    try:
        info = path.stat()
    except OSError:
        return  # missing, or SQLite says what is wrong with it
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(
            f"{path} is {file_kind(info.st_mode)}, not a database file: NetDesk keeps its "
            "database in a regular file. Choose another file (--db PATH)."
        )


_CORRUPT = 11  # SQLITE_CORRUPT
SQLITE_NOTADB = 26
_FULL = 13
_READONLY = 8
_READONLY_DBMOVED = _READONLY | (4 << 8)
_CANTOPEN = 14
_IOERR = 10
_BUSY = 5
_LOCKED = 6
_LOW_SPACE = 1024 * 1024
"""Less free space than this on a disk I/O error: the disk is full."""


def sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error ``exc`` is, or that peewee wrapped in it (as its first argument, or as
    its cause). Other errors are left alone: one raised *because of* an SQLite error already
    says what it means."""
    if isinstance(exc, sqlite3.Error):
        return exc
    if not isinstance(exc, peewee.PeeweeException):
        return None
    for inner in (exc.args[0] if exc.args else None, exc.__cause__, exc.__context__):
        if isinstance(inner, sqlite3.Error):
            return inner
    return None


def _writable(path: Path) -> bool:
    """Can this process write ``path`` (a file or folder)? By permission and mount, no opening."""
    try:
        return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)
    except OSError:
        return False


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` can only be read (a read-only disk, file or folder), or None."""
    folder = path.parent
    if not folder.exists():
        return None  # made when needed; if it cannot be, that says why
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the disk it is on is read-only"
    if path.exists() and not _writable(path):
        return "the file is read-only"
    if not _writable(folder):
        return "its folder is read-only"
    return None


def explain(exc: BaseException, path: Path | None) -> DatabaseError | None:
    """What a failed SQLite (or file) operation on ``path`` means for the user, or None when it
    is none of the cases NetDesk can name: disk full, read-only, locked, damaged."""
    if isinstance(exc, DatabaseError):
        return exc
    where = str(path) if path is not None else "The database"
    folder = path.parent if path is not None else Path.cwd()
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        target = _written_target(exc)
        if target is not None:
            exc = OSError(exc.errno, exc.strerror, str(target))
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            if exc.filename:  # the file being written, which may be an export elsewhere
                where, folder = str(exc.filename), Path(exc.filename).parent
            return DiskFullError(_disk_full_message(where, folder))
        if exc.errno == errno.EROFS:  # a permission error may as well be about reading
            what = exc.filename or where
            return DatabaseReadOnlyError(f"{what} cannot be written: the disk is read-only.")
        if target is not None:
            return DatabaseError(_cannot_write(target, exc))
        return None
    error = sqlite_error(exc)
    if error is None:
        return None
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(error)
    if code == _FULL or "disk is full" in text:
        return DiskFullError(_disk_full_message(where, folder))
    if code in (_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
        return DatabaseDamagedError(
            f"{where} is damaged ({text}). Nothing was written to it; restore a backup "
            "(File > Restore from backup..., or the restore command)."
        )
    full_code = getattr(error, "sqlite_errorcode", 0) or 0
    if full_code == _READONLY_DBMOVED:
        return DatabaseError(
            f"{where} was replaced (a backup was restored, or the file moved) after NetDesk "
            "opened it, so nothing was saved. Open it again (File > Open database...), or run "
            "the command again."
        )
    if code == _READONLY or "readonly database" in text:
        reason = read_only_reason(path) if path is not None else None
        return DatabaseReadOnlyError(
            f"{where} is read-only ({reason or text}): nothing can be saved to it."
        )
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return DatabaseLockedError(
            f"{where} is busy: another NetDesk window or command kept it locked for longer than "
            "NetDesk waits. Nothing was changed; try again when it has finished."
        )
    if code in (_IOERR, _CANTOPEN):
        if _disk_full(folder):
            return DiskFullError(_disk_full_message(where, folder))
        if path is not None and (reason := read_only_reason(path)) is not None:
            return DatabaseReadOnlyError(f"{where} cannot be written: {reason}.")
    return None


_TEMP_NAME = re.compile(r"^\.(?P<base>.+)\.\d+-[a-z0-9_]{8}(?:\.partial|\.part)$")
"""The temporary files :func:`netdesk.models.files.temp_file_for` names beside a target."""


def _written_target(exc: OSError) -> Path | None:
    """The file being written, when ``exc`` names the temporary file standing in for it: a
    message must name the file the user chose, not ``.x.vcf.1234-abcdefgh.partial``."""
    for name in (exc.filename, exc.filename2):
        if not isinstance(name, str | os.PathLike):
            continue
        path = Path(os.fsdecode(name))
        match = _TEMP_NAME.match(path.name)
        if match is not None:
            return path.with_name(match.group("base"))
    return None


def _cannot_write(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT and not target.parent.is_dir():
        return f"{target} cannot be written: the folder {target.parent} does not exist."
    if exc.errno == errno.EISDIR or target.is_dir():
        return f"{target} is a folder; name a file to write."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{target} cannot be written: permission denied (in {target.parent})."
    return f"{target} cannot be written: {exc.strerror or exc}."


def _disk_full_message(where: str, folder: Path) -> str:
    return (
        f"The disk is full, so {where} cannot be written. Nothing was changed; free some "
        f"space on the disk holding {folder.absolute()} and try again."
    )


def integrity_problem(conn: sqlite3.Connection, *, quick: bool = False) -> str | None:
    """What SQLite's own check finds wrong with ``conn``'s database (None: nothing).

    ``quick`` skips comparing every index with its table (a few times faster). Both check the
    schema's CHECK and NOT NULL constraints, so a flipped bit in a stored value is found.
    """
    pragma = "quick_check(5)" if quick else "integrity_check(5)"
    previous = conn.text_factory
    conn.text_factory = lenient_text  # SQLite quotes the damaged bytes it found
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except UnicodeDecodeError:  # the report quotes damaged bytes
        return "the check's own report is unreadable"
    finally:
        conn.text_factory = previous
    if rows == ["ok"]:
        return None
    lines = [
        line.strip()
        for row in rows
        for line in row.splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    return "; ".join(lines)[:400]


def lenient_text(data: bytes) -> str:
    """SQLite text as ``str``, bytes that are not UTF-8 shown as U+FFFD. A flipped bit in a
    stored name (which SQLite's integrity check does not see) must not stop the app, every
    listing and every export: the row shows with replacement characters instead."""
    return data.decode("utf-8", "replace")
