"""The one place that owns the database connection, its pragmas and its schema version.

Schema versions live in ``PRAGMA user_version``. Each migration is a frozen SQL file applied in one
transaction after a file copy of the database has been taken, so an interrupted or failed migration
leaves the old database intact and a backup beside it. A database written by a newer NetDesk is
refused before anything is written to it.

Why it is long: opening a database is one sequence over shared state (the file's checks for
damage and truncation, the pragmas, the migrations with their backup, worker connections, bulk
writes); each step is short, and apart they would pass that state between modules.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Protocol

import peewee
from platformdirs import user_data_path

from netdesk.models.errors import (
    SQLITE_NOTADB,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    explain,
    integrity_problem,
    lenient_text,
    read_only_reason,
    refuse_special_file,
)
from netdesk.models.files import (
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    fsync_file,
    fsync_folder,
    private_folder,
    temp_file_for,
    tighten,
)

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 10_000
LOCK_RETRIES = 3
"""How many times a write transaction tries to start, each waiting up to the busy timeout."""

_KNOWN_TABLES = frozenset({"contact", "company", "referral", "meeting", "task"})


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]
    rebuilds: tuple[str, ...] = ()
    """Tables it rebuilds that others point at (a CHECK cannot change in place). It then runs
    with foreign keys off, as SQLite's procedure for that asks, so that dropping the old table
    does not cascade to the rows pointing at it; those references are checked before it
    commits."""


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
    Migration(6, "nickname and department searchable", _sql_file("0006_search_nickname.sql")),
    Migration(7, "status in campaign order", _sql_file("0007_status_campaign_order.sql")),
    Migration(8, "posting stages, people, past employers, aliases", _sql_file("0008_jobs.sql")),
    Migration(9, "sync accounts and the cards they share", _sql_file("0009_sync.sql")),
    Migration(10, "sync conflicts of tasks and meetings", _sql_file("0010_sync_conflicts.sql")),
    Migration(
        11,
        "keep-in-touch rhythms, good at and needs, meeting attendees, meeting purposes renamed",
        _sql_file("0011_campaign.sql"),
        rebuilds=("meeting",),
    ),
    Migration(
        12,
        "company figures kept by triggers, indexes for who you know at a company",
        _sql_file("0012_company_speed.sql"),
    ),
    Migration(13, "a change mark per contact for the sync", _sql_file("0013_sync_marks.sql")),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def default_db_path() -> Path:
    """``netdesk.sqlite`` in the platform's user data folder (created on demand)."""
    return user_data_path("NetDesk", appauthor=False) / "netdesk.sqlite"


def demo_db_path() -> Path:
    """``demo.sqlite`` beside the default database: the demo network's own file, so that trying
    NetDesk out never writes into a database with the user's contacts."""
    return default_db_path().with_name("demo.sqlite")


@dataclass(frozen=True)
class FileCheck:
    """What opening a database file found, before anything was written to it."""

    version: int
    """``PRAGMA user_version``: 0 for a new (missing or empty) file."""
    read_only: str | None
    """Why the file can only be read (see :func:`read_only_reason`), or None."""
    immutable: bool = False
    """Read-only and without WAL files in a folder nobody can write: SQLite must be told the file
    cannot change, or it cannot read a WAL-mode file (it would need to create ``-shm``)."""

    def uri(self, path: Path) -> str:
        """The URI SQLite opens ``path`` with: read-only when it has to be."""
        uri = path.resolve().as_uri()
        if self.read_only is None:
            return uri
        return uri + ("?mode=ro&immutable=1" if self.immutable else "?mode=ro")


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check_database(path: Path, *, read_only: str | None = None) -> FileCheck:
    """Read the schema version without creating, writing or locking ``path`` for writing.

    Only SQLite touches the file (see :mod:`netdesk.models.files` for why). Refuses, with a
    message saying what is true: damaged, not a database, another program's, newer, or the disk
    full; a read-only file or folder is no refusal (``read_only`` says so). The argument
    ``read_only`` asks for reading only, saying why.
    """
    reason = read_only or read_only_reason(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileCheck(0, reason)
    check = FileCheck(0, reason)
    try:
        version, tables = _read_schema(check.uri(path))
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        no_wal = _no_wal_content(path)
        if reason is None or not no_wal:
            raise _open_failure(path, exc) from exc
        check = FileCheck(0, reason, immutable=True)
        try:
            version, tables = _read_schema(check.uri(path))
        except (sqlite3.Error, UnicodeDecodeError) as again:
            raise _open_failure(path, again) from again
    if 0 < version <= SCHEMA_VERSION and not tables >= _KNOWN_TABLES:
        missing = ", ".join(sorted(_KNOWN_TABLES - tables))
        raise DatabaseError(
            f"{path} says it is a NetDesk database (schema {version}) but its tables are not "
            f"NetDesk's (missing: {missing}). It has not been changed."
        )
    if version == 0 and tables:
        raise DatabaseError(
            f"{path} is an SQLite database of another program (no NetDesk schema version); "
            "it has not been changed."
        )
    return FileCheck(version, reason, check.immutable)


_SHM_MIN = 32 * 1024
"""A WAL index in use is at least this large: a smaller ``-shm`` is what a failed open left."""


def _no_wal_content(path: Path) -> bool:
    """No WAL frames beside ``path`` and no live WAL index: the file alone is the database
    (also what an open that failed on a full disk leaves: an empty -wal, a -shm of 0-3 bytes)."""
    try:
        wal = _companion(path, "-wal").stat().st_size
    except FileNotFoundError:
        wal = 0
    except OSError:
        return False
    try:
        shm = _companion(path, "-shm").stat().st_size
    except FileNotFoundError:
        shm = 0
    except OSError:
        return False
    return wal == 0 and shm < _SHM_MIN


def _read_schema(uri: str) -> tuple[int, set[str]]:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.text_factory = lenient_text
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return version, tables


def _open_failure(path: Path, exc: sqlite3.Error | UnicodeDecodeError) -> DatabaseError:
    """The error to show for a file SQLite could not read."""
    if isinstance(exc, UnicodeDecodeError):  # SQLite's message quotes damaged bytes
        return DatabaseDamagedError(
            f"{path} is damaged (unreadable text). It has not been changed."
        )
    known = explain(exc, path)
    if isinstance(known, DatabaseDamagedError):
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == SQLITE_NOTADB:
            return DatabaseDamagedError(f"{path} is not a NetDesk database ({exc}).")
        short = _shorter_than_promised(path)
        if short is not None:
            return DatabaseDamagedError(
                f"{path} is damaged: the file is shorter than the database it holds ({short}). "
                "It has not been changed."
            )
        return DatabaseDamagedError(f"{path} is damaged ({exc}). It has not been changed.")
    if known is not None:
        return known
    return DatabaseError(f"{path} cannot be opened: {exc}.")


_MISSING_PAGE = re.compile(r"invalid page number (\d+)")


def _shorter_than_promised(path: Path) -> str | None:
    """When a cut copy lost the file's end: which pages are missing, said for a person.

    SQLite refuses such a file as malformed; with ``writable_schema`` it reads what is there,
    and its quick check names pages beyond the end of the file. A WAL may hold those pages
    legitimately, so a file with one is not judged here.
    """
    wal = _companion(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA writable_schema = ON")  # read-only connection: reads only
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        report = " ".join(r[0] for r in conn.execute("PRAGMA quick_check(50)"))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    size = path.stat().st_size
    beyond = [int(n) for n in _MISSING_PAGE.findall(report) if int(n) * page_size > size]
    if not beyond:
        return None
    return f"{size:,} of at least {max(beyond) * page_size:,} bytes"


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


def copy_database(
    source: Path,
    target: Path,
    *,
    read_only: bool = False,
    connection: sqlite3.Connection | None = None,
) -> int:
    """A verified, consistent single-file copy of ``source`` through SQLite's online backup API;
    returns how many contacts it holds.

    Written to a new 0600 temporary file beside ``target`` (created exclusively, so a planted
    symlink is never followed), checked with ``PRAGMA integrity_check`` and its contacts counted
    against the source's in the same snapshot, synced, then renamed: an interrupted or failed
    copy never leaves a file under ``target``'s name. ``target`` must not exist. A damaged
    source raises :class:`DatabaseDamagedError` (the backup API copies pages as they are).
    ``connection`` is an open connection to ``source`` to copy through (one holding it
    exclusively, see :func:`netdesk.models.backups.held_alone`); otherwise one is opened.
    """
    uri = source.resolve().as_uri() + ("?mode=ro" if read_only else "")
    partial = temp_file_for(target)
    try:
        src = connection or sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        try:
            src.execute("BEGIN")  # one snapshot for the count and the copy
            expected = _contacts_in(src)
            dst = sqlite3.connect(str(partial), isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                problem = integrity_problem(dst)
                copied = _contacts_in(dst)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            if connection is None:
                src.close()
        if problem is not None:
            raise DatabaseDamagedError(
                f"{source} is damaged ({problem}); it was not copied. Restore a backup."
            )
        if copied != expected:
            raise DatabaseDamagedError(
                f"The copy of {source} holds {copied} contacts instead of {expected}; "
                "it was not kept."
            )
        fsync_file(partial)
        if target.exists():
            raise FileExistsError(f"{target} already exists")
        os.replace(partial, target)
    except BaseException:
        if connection is not None and connection.in_transaction:
            connection.execute("ROLLBACK")
        for leftover in (partial, *(_companion(partial, c) for c in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    return copied or 0


def _contacts_in(conn: sqlite3.Connection) -> int | None:
    """How many contacts ``conn``'s database holds (None when it has no contact table)."""
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise


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


def _pragmas(memory: bool, *, read_only: bool = False) -> dict[str, object]:
    """Applied by peewee to every connection it opens, in every thread."""
    pragmas: dict[str, object] = {
        "busy_timeout": BUSY_TIMEOUT_MS,
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL: durable across application crashes in WAL mode
        "cache_size": -CACHE_KIB,  # per connection, and every worker thread has its own
    }
    if not memory and not read_only:  # a read-only file keeps the journal mode it has
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
        if migration.rebuilds:
            conn.execute("PRAGMA foreign_keys = OFF")  # no effect inside a transaction
        try:
            begin_immediate(conn)
            try:
                migration.apply(conn)
                if migration.rebuilds:
                    _refuse_broken_references(conn, migration)
                conn.execute(f"PRAGMA user_version = {migration.version:d}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            if migration.rebuilds:
                conn.execute("PRAGMA foreign_keys = ON")
    return backups


def _refuse_broken_references(conn: sqlite3.Connection, migration: Migration) -> None:
    """A migration run with foreign keys off must leave the references to and from the tables
    it rebuilt whole (only those: what else a damaged file holds is not its to refuse)."""
    tables = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]

    def points_at_rebuilt(table: str) -> bool:
        references = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
        return any(row[2] in migration.rebuilds for row in references)

    concerned = [t for t in tables if t in migration.rebuilds or points_at_rebuilt(t)]
    broken = [row for t in concerned for row in conn.execute(f'PRAGMA foreign_key_check("{t}")')]
    if broken:
        table, rowid, parent, _ = broken[0]
        raise DatabaseError(
            f"Migration {migration.version} would leave {len(broken)} broken references "
            f"(first: {table} row {rowid} points at a missing {parent}); nothing was changed."
        )


def open_connection_checked(path: Path) -> int:
    """Return the schema version of ``path`` (0 for a new file); refuse newer or foreign files."""
    check = check_database(path)
    if check.version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"{path} was written by a newer NetDesk (schema {check.version}; this version knows "
            f"{SCHEMA_VERSION}). It has not been changed: please update NetDesk to open it."
        )
    return check.version


BACKUP_FOLDER = "backups"


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` live: ``backups`` beside it."""
    return db_path.parent / BACKUP_FOLDER


def backup_name_pattern(db_path: Path) -> re.Pattern[str]:
    """Names of ``db_path``'s backups: ``STEM-backup-STAMP[-N]SUFFIX``, and the copies taken
    before a restore, ``STEM-before-restore-STAMP[-N]SUFFIX``."""
    stem = re.escape(db_path.stem)
    suffix = re.escape(db_path.suffix)
    return re.compile(rf"^{stem}-(backup|before-restore)-(\d{{8}}-\d{{6}})(?:-(\d+))?{suffix}$")


def existing_backups(db_path: Path) -> list[Path]:
    """The backup files of ``db_path`` (any order)."""
    folder = backup_folder(db_path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    pattern = backup_name_pattern(db_path)
    return [p for p in entries if pattern.match(p.name) and p.is_file()]


def _refuse_new_beside_backups(path: Path) -> None:
    backups = existing_backups(path)
    if backups:
        newest = max(backups, key=lambda p: p.name)
        raise DatabaseMissingError(
            f"{path} does not exist, but {len(backups)} backup"
            f"{'s' if len(backups) != 1 else ''} of it do (newest: {newest}). NetDesk does not "
            "start an empty database in its place: restore a backup, or move the backups "
            "folder away to start afresh."
        )


def _create_private(path: Path) -> None:
    """Make the new, empty database file 0600 before SQLite opens it: SQLite gives its -wal and
    -shm files the database file's permissions."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, PRIVATE_FILE)
    except FileExistsError:
        return  # an empty file already there (SQLite makes it a database)
    os.close(fd)  # a brand-new file: no SQLite connection has it open


def tighten_database_files(path: Path) -> None:
    """0600 for the database, its WAL files and its backups; 0700 for the backups folder and
    for NetDesk's own data folder (a folder the user chose is theirs to set)."""
    tighten([path, *(_companion(path, c) for c in ("-wal", "-shm", "-journal"))])
    folder = backup_folder(path)
    tighten([folder], PRIVATE_FOLDER)
    tighten(existing_backups(path))
    tighten(path.parent.glob(f"{glob.escape(path.name)}.v*.bak"))
    if path.parent == default_db_path().parent:
        tighten([path.parent], PRIVATE_FOLDER)


def init_db(
    path: Path | str | None = None, *, new_ok: bool = False, read_only: str | None = None
) -> NetDeskDatabase:
    """Open (creating or migrating as needed) the database at ``path`` and bind the models.

    ``":memory:"`` gives a throwaway database, useful in tests. A file that can only be read is
    opened read-only (``read_only`` on the result says why); writes then raise
    :class:`DatabaseReadOnlyError`. A missing file is created 0600, unless backups of it exist
    (:class:`DatabaseMissingError`; ``new_ok`` when the user asked for an empty one anyway).
    """
    memory = path == ":memory:"
    file_path: Path | None = None
    check = FileCheck(0, None)
    if not memory:
        file_path = Path(path) if path is not None else default_db_path()
        refuse_special_file(file_path)
        if read_only is None:
            private_folder(file_path.parent)
        new = not file_path.exists() or file_path.stat().st_size == 0
        if new and not new_ok:
            _refuse_new_beside_backups(file_path)
        if new and read_only is not None:
            what = "is empty" if file_path.exists() else "does not exist"
            raise DatabaseMissingError(f"{file_path} {what}; nothing was created.")
        check = check_database(file_path, read_only=read_only)
        if check.version > SCHEMA_VERSION:
            open_connection_checked(file_path)  # raises DatabaseTooNewError
        if check.read_only is not None and (new or check.version < SCHEMA_VERSION):
            raise DatabaseReadOnlyError(
                f"{file_path} cannot be "
                + ("created" if new else "upgraded to this NetDesk's format")
                + f": {check.read_only}. Copy it to a folder you can write to, or open it "
                "with the NetDesk that wrote it."
            )
        if new:
            _create_private(file_path)
        tighten_database_files(file_path)
    db = NetDeskDatabase(
        ":memory:" if memory or file_path is None else check.uri(file_path),
        pragmas=_pragmas(memory, read_only=check.read_only is not None),
        timeout=BUSY_TIMEOUT_MS / 1000,
        autoconnect=True,
        check_same_thread=False,
        uri=not memory,
    )
    db.file_path = file_path
    db.read_only = check.read_only
    try:
        migrate(db.connection(), file_path, check.version)
    except UnicodeDecodeError as exc:
        db.close()
        raise DatabaseDamagedError(f"{file_path} is damaged (unreadable text).") from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        known = explain(exc, file_path)
        if known is not None:
            raise known from exc
        raise DatabaseError(f"{file_path or 'database'} cannot be used: {exc}") from exc
    except BaseException:
        db.close()
        raise
    if file_path is not None and check.read_only is None:
        tighten_database_files(file_path)  # a -wal or -shm SQLite just made beside an old file
    old = database.obj
    if transaction_listener is not None:
        transaction_listener.closing()  # its watcher first: the last connection tidies the WAL
    if old is not None and old is not db and not old.is_closed() and not old.in_transaction():
        # This thread's connection to the file being replaced would otherwise stay open until
        # the garbage collector happens to free it, and an open connection blocks a restore.
        old.close()
    database.initialize(db)
    if transaction_listener is not None:
        transaction_listener.opened(file_path)
    return db


def check_open_database() -> str | None:
    """SQLite's quick check of the open database, on this thread's connection; what it found
    wrong, or None. Run off the GUI thread at start, it spares the first save the wait."""
    db = database.obj
    if not isinstance(db, NetDeskDatabase) or db.file_path is None or db._checked:
        return db.damage if isinstance(db, NetDeskDatabase) else None
    problem = integrity_problem(db.connection(), quick=True)
    if problem is None:
        db._checked = True
    else:
        db.damage = problem
    return problem


def open_read_only() -> str | None:
    """Why the open database can only be read, or None (also when none is open)."""
    db = database.obj
    return db.read_only if isinstance(db, NetDeskDatabase) else None


def close_db() -> None:
    """Close this thread's connection to the open database, and stop watching it."""
    if transaction_listener is not None:
        transaction_listener.closing()  # its watcher first: the last connection tidies the WAL
    if database.obj is not None and not database.is_closed():
        database.close()
    if transaction_listener is not None:
        transaction_listener.closed()


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


class LockTimeout(DatabaseLockedError):
    """Another connection kept the write lock for longer than the caller was prepared to wait
    (see :func:`waiting_for_lock`); nothing was written."""


class LockWaitCancelled(Exception):
    """The wait for the write lock was cancelled; nothing was written."""


@dataclass
class _LockWait:
    on_wait: Callable[[], None]
    give_up_after: float
    cancelled: Callable[[], bool]


_lock_wait = threading.local()
_full_check = threading.local()
LOCK_POLL_MS = 100
"""While waiting under :func:`waiting_for_lock`, how long each try for the write lock lasts."""


@contextlib.contextmanager
def waiting_for_lock(
    on_wait: Callable[[], None],
    give_up_after: float,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[None]:
    """How this thread's next write transactions wait for a lock another connection holds.

    Instead of the busy timeout's silent wait, the lock is tried every ``LOCK_POLL_MS``:
    ``on_wait()`` is called once when it is taken by someone else, :class:`LockWaitCancelled`
    is raised as soon as ``cancelled()`` says so and :class:`LockTimeout` after
    ``give_up_after`` seconds. A window's worker uses this so that it can say what it waits for
    and let the user retry or give up.
    """
    previous = getattr(_lock_wait, "policy", None)
    _lock_wait.policy = _LockWait(on_wait, give_up_after, cancelled)
    try:
        yield
    finally:
        _lock_wait.policy = previous


def _begin_waiting(conn: sqlite3.Connection, lock_type: str, policy: _LockWait) -> None:
    deadline = time.monotonic() + policy.give_up_after
    told = False
    conn.execute(f"PRAGMA busy_timeout = {LOCK_POLL_MS:d}")
    try:
        while True:
            try:
                conn.execute(f"BEGIN {lock_type}")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc):
                    raise
            if not told:
                told = True
                policy.on_wait()
            if policy.cancelled():
                raise LockWaitCancelled()
            if time.monotonic() >= deadline:
                raise LockTimeout(
                    f"The database was still being written by another program after "
                    f"{policy.give_up_after:g} seconds."
                )
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")


class TransactionListener(Protocol):
    """Told about every database opened and closed and every write transaction: the store,
    which turns them into its events."""

    def opened(self, path: Path | None) -> None: ...
    def closing(self) -> None: ...
    def closed(self) -> None: ...
    def began(self, conn: sqlite3.Connection) -> None: ...
    def committed(self, conn: sqlite3.Connection) -> None: ...
    def rolled_back(self) -> None: ...


transaction_listener: TransactionListener | None = None
"""Set once by :mod:`netdesk.models.store`."""


class NetDeskDatabase(peewee.SqliteDatabase):
    """Every ``database.atomic()`` block is a write: it begins IMMEDIATE, with retries (or as
    :func:`waiting_for_lock` says, when the thread asked for that).

    The first write after opening runs SQLite's quick check: a damaged file is never written to
    (an import runs the full check itself, see :func:`refuse_if_damaged`). A file opened
    read-only refuses every write with a message saying why.
    """

    file_path: Path | None = None
    read_only: str | None = None
    """Why the file is open read-only, or None."""
    damage: str | None = None
    """What SQLite's check found wrong, once it found something."""
    _checked = False

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = super()._connect()
        conn.text_factory = lenient_text  # see lenient_text: one bad byte must not stop all
        return conn

    def begin(self, lock_type: str | None = None) -> None:
        where = self.file_path or "The database"
        if self.read_only is not None:
            raise DatabaseReadOnlyError(
                f"{where} is open read-only ({self.read_only}): changes cannot be saved."
            )
        if self.damage is not None:
            raise DatabaseDamagedError(self._damage_message())
        conn = self.connection()
        policy: _LockWait | None = getattr(_lock_wait, "policy", None)
        try:
            if policy is not None:
                _begin_waiting(conn, lock_type or "IMMEDIATE", policy)
            else:
                begin_immediate(conn, lock_type or "IMMEDIATE")
        except sqlite3.OperationalError as exc:
            known = explain(exc, self.file_path)
            if known is not None and not isinstance(known, DatabaseLockedError):
                raise known from exc
            raise peewee.OperationalError(*exc.args) from exc
        full_check_follows = getattr(_full_check, "follows", False)
        if not self._checked and self.file_path is not None and not full_check_follows:
            problem = integrity_problem(conn, quick=True)
            if problem is not None:
                conn.execute("ROLLBACK")
                self.damage = problem
                raise DatabaseDamagedError(self._damage_message())
            self._checked = True
        if transaction_listener is not None:
            transaction_listener.began(conn)

    def commit(self) -> None:
        super().commit()
        if transaction_listener is not None:
            transaction_listener.committed(self.connection())

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            if transaction_listener is not None:
                transaction_listener.rolled_back()

    def _damage_message(self) -> str:
        return (
            f"{self.file_path or 'The database'} is damaged ({self.damage}), so NetDesk does not "
            "write to it. Restore a backup (File > Restore from backup..., or the restore "
            "command)."
        )


@contextlib.contextmanager
def full_check_first() -> Iterator[None]:
    """The write transaction this thread begins inside runs :func:`refuse_if_damaged` at once:
    the quick check of a connection's first write would only repeat part of it (a bulk write
    on a large file pays for each)."""
    previous = getattr(_full_check, "follows", False)
    _full_check.follows = True
    try:
        yield
    finally:
        _full_check.follows = previous


def refuse_if_damaged(conn: sqlite3.Connection) -> None:
    """Inside a write transaction: run SQLite's full integrity check first and refuse a damaged
    database (:class:`DatabaseDamagedError`) before anything is written. For bulk writes."""
    problem = integrity_problem(conn)
    db = database.obj
    if problem is None:
        if isinstance(db, NetDeskDatabase):
            db._checked = True  # what the first write's quick check would have found
        return
    if isinstance(db, NetDeskDatabase):
        db.damage = problem
        raise DatabaseDamagedError(db._damage_message())
    raise DatabaseDamagedError(f"The database is damaged ({problem}); nothing was written.")


def connect_worker(path: Path) -> peewee.SqliteDatabase:
    """A separate connection for a worker thread or process, without rebinding the models."""
    return NetDeskDatabase(
        str(path), pragmas=_pragmas(False), timeout=BUSY_TIMEOUT_MS / 1000, autoconnect=True
    )


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False
