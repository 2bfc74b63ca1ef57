"""The one place that owns the database connection, its pragmas and its schema version.

Schema versions live in ``PRAGMA user_version``. Each migration is a frozen SQL file applied in one
transaction after a file copy of the database has been taken, so an interrupted or failed migration
leaves the old database intact and a backup beside it. A database written by a newer NetDesk is
refused before anything is written to it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

import peewee
from platformdirs import user_data_path

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 10_000
LOCK_RETRIES = 3
"""How many times a write transaction tries to start, each waiting up to the busy timeout."""

_KNOWN_TABLES = frozenset({"contact", "company", "referral", "meeting", "task"})


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
    Migration(
        4, "nickname, department and birthday", _sql_file("0004_nickname_department_birthday.sql")
    ),
    Migration(5, "pairs of contacts that are not duplicates", _sql_file("0005_not_duplicates.sql")),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def default_db_path() -> Path:
    """``netdesk.sqlite`` in the platform's user data folder (created on demand)."""
    return user_data_path("NetDesk", appauthor=False) / "netdesk.sqlite"


def _read_user_version(path: Path) -> int:
    """Read the schema version without creating, locking for writing or changing the file."""
    _refuse_truncated(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    try:
        row = conn.execute("PRAGMA user_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) or "corrupt" in str(exc):
            raise DatabaseError(f"{path} is damaged ({exc}). It has not been changed.") from exc
        raise DatabaseError(f"{path} is not a NetDesk database ({exc}).") from exc
    finally:
        conn.close()
    version = int(row[0])
    if 0 < version <= SCHEMA_VERSION and not tables >= _KNOWN_TABLES:
        missing = ", ".join(sorted(_KNOWN_TABLES - tables))
        raise DatabaseError(
            f"{path} says it is a NetDesk database (schema {version}) but its tables are not "
            f"NetDesk's (missing: {missing}). It has not been changed."
        )
    return version


def _refuse_truncated(path: Path) -> None:
    """A file shorter than the page count its header promises lost its end (a cut copy).

    SQLite itself only notices when a query reaches a missing page; this costs one 100-byte read.
    With a WAL or a hot journal beside it the header may be ahead of the file (a checkpoint or
    commit cut short, which SQLite repairs on opening), so the check is left to SQLite then.
    """
    for companion in ("-wal", "-journal"):
        journal = path.with_name(path.name + companion)
        if journal.exists() and journal.stat().st_size > 0:
            return
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]  # the page count is trustworthy only then
    if valid and pages and path.stat().st_size < pages * page_size:
        raise DatabaseError(
            f"{path} is damaged: the file is shorter than the database it holds "
            f"({path.stat().st_size:,} of {pages * page_size:,} bytes). It has not been changed."
        )


def backup_path_for(path: Path, version: int) -> Path:
    """A new name: a start after an interrupted migration must not collide with its copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.v{version}-{stamp}-{n}.bak")
        n += 1
    return target


def _backup_before_migration(path: Path, version: int) -> Path:
    """A consistent copy through SQLite's backup API (it includes anything still in the WAL)."""
    target = backup_path_for(path, version)
    copy_database(path, target)
    return target


def copy_database(source: Path, target: Path, *, read_only: bool = False) -> None:
    """A consistent single-file copy of ``source`` through SQLite's online backup API.

    Written to a temporary name, synced, then renamed: an interrupted copy never leaves a
    half-written file under ``target``'s name. ``target`` must not exist.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    uri = source.resolve().as_uri() + ("?mode=ro" if read_only else "")
    src = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    _fsync(partial)
    if target.exists():
        partial.unlink()
        raise FileExistsError(f"{target} already exists")
    partial.rename(target)
    _fsync_dir(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


CACHE_KIB = 16 * 1024
"""Page cache of an ordinary connection: enough for the table's queries at 100,000 contacts."""
BULK_CACHE_KIB = 64 * 1024
"""Page cache while a bulk write runs: a large import's pages stay in memory until commit."""


@contextlib.contextmanager
def bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the length of a bulk write, then the usual one."""
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _pragmas(memory: bool) -> dict[str, object]:
    """Applied by peewee to every connection it opens, in every thread."""
    pragmas: dict[str, object] = {
        "busy_timeout": BUSY_TIMEOUT_MS,
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL: durable across application crashes in WAL mode
        "cache_size": -CACHE_KIB,  # per connection, and every worker thread has its own
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
        begin_immediate(conn)
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
    db = NetDeskDatabase(
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
    old = database.obj
    if old is not None and old is not db and not old.is_closed() and not old.in_transaction():
        # This thread's connection to the file being replaced would otherwise stay open until
        # the garbage collector happens to free it, and an open connection blocks a restore.
        old.close()
    database.initialize(db)
    return db


def close_db() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def data_version() -> int:
    """Changes whenever another connection (thread or process) commits: a cheap poll."""
    return int(database.connection().execute("PRAGMA data_version").fetchone()[0])


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def begin_immediate(conn: sqlite3.Connection, lock_type: str = "IMMEDIATE") -> None:
    """Start a write transaction, taking the write lock now.

    A deferred ``BEGIN`` that reads first and writes later fails at once with "database is
    locked" when another process committed meanwhile; taking the lock up front lets the busy
    timeout wait for it instead. Should the timeout run out (a long import in another process),
    a few more tries follow before the error reaches the user.
    """
    for attempt in range(LOCK_RETRIES):
        try:
            conn.execute(f"BEGIN {lock_type}")
            return
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc) or attempt == LOCK_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


class NetDeskDatabase(peewee.SqliteDatabase):
    """Every ``database.atomic()`` block is a write: it begins IMMEDIATE, with retries."""

    def begin(self, lock_type: str | None = None) -> None:
        try:
            begin_immediate(self.connection(), lock_type or "IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise peewee.OperationalError(*exc.args) from exc


def connect_worker(path: Path) -> peewee.SqliteDatabase:
    """A separate connection for a worker thread or process, without rebinding the models."""
    return NetDeskDatabase(
        str(path), pragmas=_pragmas(False), timeout=BUSY_TIMEOUT_MS / 1000, autoconnect=True
    )


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False
