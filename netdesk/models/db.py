"""The one place that owns the database connection, its pragmas and its schema version.

Schema versions live in ``PRAGMA user_version``. Each migration is a frozen SQL file applied in one
transaction after a file copy of the database has been taken, so an interrupted or failed migration
leaves the old database intact and a backup beside it. A database written by a newer NetDesk is
refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

import peewee
from platformdirs import user_data_path

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database NetDesk cannot open; the message is meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer NetDesk; it is left untouched."""


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _sql_file(name: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        script = resources.files("netdesk.models.migrations").joinpath(name).read_text("utf-8")
        _run_script(conn, script)

    return apply


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` inside the caller's open transaction.

    ``sqlite3.Connection.executescript`` would commit first, so statements are split with
    :func:`sqlite3.complete_statement`, which understands triggers and string literals.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise DatabaseError(f"Incomplete statement in migration: {statement[:80]!r}")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "networking campaign tables", _sql_file("0001_initial.sql")),
    Migration(2, "full-text search and sort indexes", _sql_file("0002_search.sql")),
    Migration(3, "phone numbers in E.164 for matching", _sql_file("0003_phone_e164.sql")),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def default_db_path() -> Path:
    """``netdesk.sqlite`` in the platform's user data folder (created on demand)."""
    return user_data_path("NetDesk", appauthor=False) / "netdesk.sqlite"


def _read_user_version(path: Path) -> int:
    """Read the schema version without creating, locking for writing or changing the file."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    try:
        row = conn.execute("PRAGMA user_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a NetDesk database ({exc}).") from exc
    finally:
        conn.close()
    return int(row[0])


def backup_path_for(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.v{version}-{stamp}.bak")


def _backup_before_migration(path: Path, version: int) -> Path:
    """A consistent copy through SQLite's backup API (it includes anything still in the WAL)."""
    target = backup_path_for(path, version)
    src = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _pragmas(memory: bool) -> dict[str, object]:
    """Applied by peewee to every connection it opens, in every thread."""
    pragmas: dict[str, object] = {
        "busy_timeout": BUSY_TIMEOUT_MS,
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL: durable across application crashes in WAL mode
        "cache_size": -65536,  # 64 MiB page cache: bulk imports stay in memory until commit
    }
    if not memory:
        pragmas = {"journal_mode": "wal", **pragmas}
    return pragmas


def migrate(conn: sqlite3.Connection, path: Path | None, current: int) -> list[Path]:
    """Apply every migration newer than ``current``; each in its own transaction.

    Returns the backup files taken (none for a new, empty database).
    """
    backups: list[Path] = []
    pending = [m for m in MIGRATIONS if m.version > current]
    if pending and current > 0 and path is not None:
        backups.append(_backup_before_migration(path, current))
    for migration in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return backups


def open_connection_checked(path: Path) -> int:
    """Return the schema version of ``path`` (0 for a new file); refuse newer or foreign files."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    version = _read_user_version(path)
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"{path} was written by a newer NetDesk (schema {version}; this version knows "
            f"{SCHEMA_VERSION}). It has not been changed: please update NetDesk to open it."
        )
    if version == 0:
        _refuse_foreign(path)
    return version


def _refuse_foreign(path: Path) -> None:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()
    if tables:
        raise DatabaseError(
            f"{path} is an SQLite database of another program (no NetDesk schema version); "
            "it has not been changed."
        )


def init_db(path: Path | str | None = None) -> peewee.SqliteDatabase:
    """Open (creating or migrating as needed) the database at ``path`` and bind the models.

    ``":memory:"`` gives a throwaway database, useful in tests.
    """
    memory = path == ":memory:"
    file_path: Path | None = None
    current = 0
    if not memory:
        file_path = Path(path) if path is not None else default_db_path()
        file_path.parent.mkdir(parents=True, exist_ok=True)
        current = open_connection_checked(file_path)
    db = peewee.SqliteDatabase(
        ":memory:" if memory else str(file_path),
        pragmas=_pragmas(memory),
        timeout=BUSY_TIMEOUT_MS / 1000,
        autoconnect=True,
        check_same_thread=False,
    )
    try:
        migrate(db.connection(), file_path, current)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseError(f"{file_path or 'database'} cannot be used: {exc}") from exc
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def close_db() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def connect_worker(path: Path) -> peewee.SqliteDatabase:
    """A separate connection for a worker thread or process, without rebinding the models."""
    return peewee.SqliteDatabase(
        str(path), pragmas=_pragmas(False), timeout=BUSY_TIMEOUT_MS / 1000, autoconnect=True
    )


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False
