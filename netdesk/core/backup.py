"""Rolling backups of the database file, and restoring one of them.

Backups live in a ``backups`` folder beside the database (``netdesk-backup-20261201-094500.sqlite``
for ``netdesk.sqlite``), each a consistent single-file copy taken with SQLite's online backup API,
so taking one while the app (or an import in another process) writes is safe.

Rotation keeps the newest backup of each of the last 7 days that have one, and the newest of each
of the last 4 ISO weeks; everything else is deleted. A backup is due when none was taken today,
or when the database has been written since today's (the app checks at start and at close).

Restoring never overwrites anything: the current file is kept first, either as a clean copy in
the backups folder (``...-before-restore-STAMP.sqlite``, listed like a backup, so a restore can
itself be undone) or, when it is damaged, as the very file renamed beside the database
(``netdesk.sqlite.damaged-STAMP``, with its WAL).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from netdesk.core.errors import NetDeskError
from netdesk.models.db import (
    DatabaseError,
    DatabaseTooNewError,
    copy_database,
    open_connection_checked,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_STAMP = "%Y%m%d-%H%M%S"
_COMPANIONS = ("-wal", "-shm", "-journal")


class BackupError(NetDeskError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    kind: str  # "automatic" or "before-restore"

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    """The database file now holding the backup's contents."""
    kept: Path | None
    """Where the file that was replaced now lives (None if there was no file)."""
    damaged: bool
    """True when the replaced file could not be opened and was moved aside as it was."""


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _pattern(db_path: Path) -> re.Pattern[str]:
    stem = re.escape(db_path.stem)
    suffix = re.escape(db_path.suffix)
    return re.compile(rf"^{stem}-(backup|before-restore)-(\d{{8}}-\d{{6}})(?:-(\d+))?{suffix}$")


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found: list[tuple[datetime, int, int, Backup]] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(2), _STAMP)
        except ValueError:
            continue
        kind = "automatic" if match.group(1) == "backup" else "before-restore"
        order = (taken, path.stat().st_mtime_ns, int(match.group(3) or 0))
        found.append((*order, Backup(path, taken, kind)))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def _unique(folder: Path, stem: str, suffix: str) -> Path:
    target = folder / f"{stem}{suffix}"
    n = 1
    while any(p.exists() for p in (target, *_companions(target))):
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + c) for c in _COMPANIONS]


def create_backup(db_path: Path, *, now: datetime | None = None, prune: bool = True) -> Backup:
    """Copy ``db_path`` into its backups folder now (then apply the rotation)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(f"{db_path} does not exist or is empty: there is nothing to back up.")
    with contextlib.suppress(DatabaseTooNewError):  # a newer NetDesk's file may be copied
        open_connection_checked(db_path)  # refuses foreign and damaged files
    now = now or datetime.now()
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _unique(folder, f"{db_path.stem}-backup-{now.strftime(_STAMP)}", db_path.suffix)
    try:
        copy_database(db_path, target)
    except sqlite3.Error as exc:
        raise BackupError(f"{db_path} could not be backed up: {exc}") from exc
    backup = Backup(target, now.replace(microsecond=0), "automatic")
    if prune:
        prune_backups(db_path)
    return backup


def backups_to_keep(backups: Iterable[Backup]) -> set[Path]:
    """Newest of each of the last 7 days with a backup, and newest of each of the last 4 weeks."""
    automatic = sorted(
        (b for b in backups if b.kind == "automatic"), key=lambda b: b.taken, reverse=True
    )
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in automatic:
        day = backup.taken.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(backup.path)
    return keep


def prune_backups(db_path: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns them."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    removed: list[Path] = []
    for backup in backups:
        if backup.kind == "automatic" and backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _last_write(db_path: Path) -> float:
    """When the database was last written: the newest mtime of the file and its WAL."""
    times = [db_path.stat().st_mtime]
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.suppress(OSError):
        stat = wal.stat()
        if stat.st_size > 0:  # a WAL emptied by a checkpoint holds no change
            times.append(stat.st_mtime)
    return max(times)


def backup_due(db_path: Path, *, today: date | None = None) -> bool:
    """True when the database exists and today has no automatic backup of it yet, or has one
    but the database has been written since (the newer copy then replaces it in the rotation)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    today = today or date.today()
    taken_today = [
        b for b in list_backups(db_path) if b.kind == "automatic" and b.taken.date() >= today
    ]
    if not taken_today:
        return True
    newest = max(taken_today, key=lambda b: b.taken)
    try:
        copied = newest.path.stat().st_mtime
    except OSError:
        return True
    return _last_write(db_path) > copied


def backup_if_due(db_path: Path, *, now: datetime | None = None) -> Backup | None:
    now = now or datetime.now()
    if not backup_due(db_path, today=now.date()):
        return None
    return create_backup(db_path, now=now)


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


def database_problem(db_path: Path) -> str | None:
    """Why ``db_path`` cannot be opened as it is (damaged, foreign, newer), or None if it can."""
    try:
        open_connection_checked(db_path)
    except DatabaseError as exc:
        return str(exc)
    return None


def _move_with_companions(source: Path, target: Path) -> None:
    """Rename the file and its WAL/shared-memory files together (SQLite finds them by name)."""
    for companion, moved in zip(_companions(source), _companions(target), strict=True):
        if companion.exists():
            companion.rename(moved)
    source.rename(target)


def restore_backup(backup: Path, db_path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Put ``backup``'s contents in place of ``db_path``, keeping the current file aside first.

    The database must not be open anywhere while this runs (close it first).
    """
    if not backup.is_file():
        raise BackupError(f"{backup} does not exist.")
    if contact_count(backup) is None:
        raise BackupError(f"{backup} is not a readable NetDesk backup; nothing was changed.")
    now = now or datetime.now()
    stamp = now.strftime(_STAMP)
    incoming = _unique(db_path.parent, f".{db_path.name}.restoring-{stamp}", "")
    try:
        copy_database(backup, incoming, read_only=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{backup} could not be read: {exc}") from exc
    kept: Path | None = None
    damaged = False
    try:
        if db_path.exists():
            kept, damaged = _keep_current(db_path, stamp)
        incoming.rename(db_path)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    return RestoreResult(db_path, kept, damaged)


def _refuse_if_in_use(db_path: Path) -> None:
    """Refuse while another connection (the app, a running command) has the database open.

    Replacing the file under an open WAL connection could mix its WAL into the restored file.
    Leaving WAL mode needs the database to oneself, so trying it is the test (the file is about
    to be replaced anyway, and NetDesk turns WAL back on when it opens the restored one).
    """
    conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=rw", uri=True, timeout=0.5)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                f"{db_path} is open in another window or command; close it, then restore."
            ) from exc
        raise  # anything else: the caller treats the file as damaged
    finally:
        conn.close()


def _keep_current(db_path: Path, stamp: str) -> tuple[Path, bool]:
    """Keep the file about to be replaced: a clean copy among the backups, or, when this NetDesk
    cannot open it, the very file (bytes untouched) renamed beside the database."""
    reason = "damaged"
    try:
        if db_path.stat().st_size > 0:
            open_connection_checked(db_path)
    except DatabaseTooNewError:
        reason = "newer"
    except DatabaseError:
        pass
    else:
        folder = backup_folder(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        kept = _unique(folder, f"{db_path.stem}-before-restore-{stamp}", db_path.suffix)
        try:
            _refuse_if_in_use(db_path)
            copy_database(db_path, kept)
        except sqlite3.DatabaseError:
            pass  # damaged beyond what the quick checks see: moved aside below
        else:
            for path in (*_companions(db_path), db_path):
                path.unlink(missing_ok=True)
            return kept, False
    kept = _unique(db_path.parent, f"{db_path.name}.{reason}-{stamp}", "")
    _move_with_companions(db_path, kept)
    return kept, True


def newest_backup(db_path: Path) -> Backup | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


__all__ = [
    "Backup",
    "BackupError",
    "RestoreResult",
    "backup_due",
    "backup_folder",
    "backup_if_due",
    "backups_to_keep",
    "contact_count",
    "create_backup",
    "database_problem",
    "list_backups",
    "newest_backup",
    "prune_backups",
    "restore_backup",
]
