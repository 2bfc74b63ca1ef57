"""What the backups need from SQLite: a verified copy, a backup's contact count, and leaving WAL
mode on a file about to be replaced.

Only SQLite touches a database file, its ``-wal`` and ``-shm`` here (see
:mod:`netdesk.models.files` for why); the file handling around backups (names, rotation,
renames) is ``netdesk.core.backup``'s. SQLite's own errors leave this module as
:class:`CopyError` or :class:`InUseError`, so the core never handles ``sqlite3`` itself.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from netdesk.models.db import copy_database
from netdesk.models.errors import DatabaseError, explain, integrity_problem, lenient_text


class CopyError(DatabaseError):
    """SQLite could not copy or prepare a database file (locked, disk full, unreadable...).

    ``explained`` is what NetDesk can name about it (disk full, read-only, locked, damaged), or
    None; the message is that explanation, or SQLite's own message when there is none.
    """

    def __init__(self, error: sqlite3.Error, where: Path | None) -> None:
        self.explained = explain(error, where)
        super().__init__(str(self.explained or error))


class InUseError(DatabaseError):
    """Another connection (a window, a running command) has the database open."""


def verified_copy(source: Path, target: Path, *, read_only: bool = False, where: Path) -> int:
    """:func:`netdesk.models.db.copy_database` (verified, never a half-written ``target``);
    returns how many contacts the copy holds. A damaged source raises
    :class:`~netdesk.models.errors.DatabaseDamagedError`; other SQLite errors :class:`CopyError`,
    explained for ``where``."""
    try:
        return copy_database(source, target, read_only=read_only)
    except sqlite3.Error as exc:
        raise CopyError(exc, where) from exc


def contact_count(path: Path) -> int | None:
    """How many contacts a backup holds; None when it cannot be read as a NetDesk database."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def leave_wal_mode(db_path: Path) -> None:
    """Take ``db_path`` out of WAL mode, which writes everything in its WAL into the file.

    Leaving WAL mode needs the database to oneself, so this is also the test that nobody else
    has it open: :class:`InUseError` when someone does (nothing changed), :class:`CopyError`
    for SQLite's other errors. NetDesk turns WAL back on whenever it opens the file.
    """
    try:
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=rw", uri=True, timeout=0.5)
    except sqlite3.Error as exc:
        raise CopyError(exc, db_path) from exc
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise InUseError(str(exc)) from exc
        raise CopyError(exc, db_path) from exc
    except sqlite3.Error as exc:
        raise CopyError(exc, db_path) from exc
    finally:
        conn.close()


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def damage_of(db_path: Path) -> str | None:
    """What SQLite's full check finds wrong with ``db_path`` (None: nothing), read without
    writing a byte of it: a damaged file a restore keeps aside must keep the bytes it had.

    Read-only; a file with neither ``-wal`` nor ``-shm`` is read as immutable (a read-only
    connection cannot create the ``-shm`` a WAL-mode file needs, and no one else has it open).
    """
    companions = [db_path.with_name(db_path.name + c) for c in ("-wal", "-shm")]
    uri = db_path.resolve().as_uri() + "?mode=ro"
    if not any(p.exists() for p in companions):
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1)
    except sqlite3.Error as exc:
        return str(exc)
    conn.text_factory = lenient_text
    try:
        return integrity_problem(conn)
    finally:
        conn.close()


class HeldDatabase:
    """A database file no other connection can read or write while it is held."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    def copy_to(self, target: Path, *, where: Path) -> int:
        """:func:`verified_copy` of the held file, through the connection that holds it."""
        try:
            return copy_database(self.path, target, connection=self._conn)
        except sqlite3.Error as exc:
            raise CopyError(exc, where) from exc


@contextlib.contextmanager
def held_alone(db_path: Path) -> Iterator[HeldDatabase]:
    """Hold ``db_path`` exclusively for the block: nobody else has it open when it begins
    (:class:`InUseError` otherwise, nothing changed), and nobody can read or write it until the
    block ends (they wait, as for any lock). For a restore: nothing written after the current
    file was copied can be lost when the copy of the backup replaces it.

    The file leaves WAL mode first (everything in its WAL is written into it; NetDesk turns WAL
    back on when it opens the file), so that no ``-wal`` or ``-shm`` of it is left beside the
    file that replaces it. Only for a healthy file (see :func:`damage_of`).
    """
    try:
        conn = sqlite3.connect(
            db_path.resolve().as_uri() + "?mode=rw", uri=True, timeout=0.5, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise CopyError(exc, db_path) from exc
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # kept until the connection closes
            conn.execute("BEGIN EXCLUSIVE")  # fails while another connection has it open
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("BEGIN EXCLUSIVE")  # the lock of a rollback-journal file, kept
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise InUseError(str(exc)) from exc
            raise CopyError(exc, db_path) from exc
        except sqlite3.Error as exc:
            raise CopyError(exc, db_path) from exc
        yield HeldDatabase(db_path, conn)
    finally:
        conn.close()
