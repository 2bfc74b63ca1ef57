"""Rolling backups of the database file, and restoring one of them.

Backups live in a ``backups`` folder beside the database (``netdesk-backup-20261201-094500.sqlite``
for ``netdesk.sqlite``), each a consistent single-file copy taken with SQLite's online backup API,
so taking one while the app (or an import in another process) writes is safe.

Every copy is verified before it gets its name (SQLite's integrity check, and as many contacts
as the database held when it was copied); a damaged database is not backed up.

Rotation keeps the newest backup of each of the last 7 days that have one, and the newest of each
of the last 4 ISO weeks; everything else is deleted, except that it never deletes a backup in
favour of an unreadable, empty or far smaller one: a backup the rotation would delete stays when
no backup kept holds at least half as many contacts (after a mass deletion, or a file emptied by
accident, the newest large copy survives). A backup is due when none was taken today, or when the
database has been written since today's (the app checks at start and at close).

Restoring never overwrites anything and never leaves the database missing: the backup is first
copied beside the database (``.netdesk.sqlite.restoring-pPID``, verified and synced), the current
file is kept, then the copy is renamed over the database in one step (``os.replace``). The current
file is kept either as a clean copy in the backups folder (``...-before-restore-STAMP.sqlite``,
listed like a backup, so a restore can itself be undone; the file is held exclusively from that
copy until it is replaced, so nothing written meanwhile is lost) or, when it is damaged, a newer
NetDesk's or another program's, as the very file linked beside the database
(``netdesk.sqlite.damaged-STAMP``, ``.newer-``, ``.foreign-``, with its WAL; its bytes are
not changed: it is checked read-only). A start that finds
an interrupted restore completes it when the database is missing and otherwise undoes it
(:func:`prepare_database`).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from netdesk.core.errors import NetDeskError
from netdesk.models.backups import (
    CopyError,
    HeldDatabase,
    InUseError,
    contact_count,
    damage_of,
    held_alone,
    verified_copy,
)
from netdesk.models.database_files import UnsafeBackupFolderError, check_backup_folder
from netdesk.models.db import (
    SCHEMA_VERSION,
    backup_folder,
    backup_name_pattern,
    check_database,
    open_connection_checked,
    tighten_database_files,
)
from netdesk.models.errors import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseTooNewError,
    explain,
    read_only_reason,
)
from netdesk.models.files import (
    fsync_folder,
    private_folder,
    remove_leftovers,
    stray_journals,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_STAMP = "%Y%m%d-%H%M%S"
_COMPANIONS = ("-wal", "-shm", "-journal")
CLOCK_SLACK = timedelta(minutes=5)
"""How far ahead of the clock a backup may be dated and still count as taken (clocks drift)."""


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

    def in_future(self, now: datetime) -> bool:
        """Dated after ``now``: taken while the clock ran ahead (a dead clock battery, a VM
        restored from a snapshot). Such a copy neither counts as today's nor takes a slot of
        the rotation, and is listed after the others; it is kept."""
        return self.taken > now + CLOCK_SLACK


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    """The database file now holding the backup's contents."""
    kept: Path | None
    """Where the file that was replaced now lives (None if there was no file)."""
    damaged: bool
    """True when the replaced file could not be opened and was moved aside as it was."""
    moved_aside: str | None = None
    """Why the replaced file was moved aside as it was: ``"damaged"``, ``"newer"`` (a newer
    NetDesk's) or ``"foreign"`` (another program's SQLite file); None when a copy was kept."""

    def describe(self) -> str:
        """How the replaced file was kept, for a message: "kept a copy of it as PATH"..."""
        how = {
            "damaged": "moved the damaged file aside to",
            "newer": "moved the newer NetDesk's file aside to",
            "foreign": "moved the other program's file aside, unchanged, to",
        }.get(self.moved_aside or "", "kept a copy of it as")
        return f"{how} {self.kept}"


def unsafe_backup_folder(db_path: Path) -> str | None:
    """Why the backups folder of ``db_path`` must not be used (another user's, or others may
    write to it: a database in a shared folder), said for a person; None when it is safe."""
    try:
        check_backup_folder(db_path)
    except UnsafeBackupFolderError as exc:
        return str(exc)
    return None


def _safe_backup_folder(db_path: Path) -> Path:
    problem = unsafe_backup_folder(db_path)
    if problem is not None:
        raise BackupError(problem)
    return backup_folder(db_path)


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first; none from a folder that is not safe to use
    (see :func:`unsafe_backup_folder`): someone else could have planted them."""
    folder = backup_folder(db_path)
    if not folder.is_dir() or unsafe_backup_folder(db_path) is not None:
        return []
    pattern = backup_name_pattern(db_path)
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
    now = datetime.now()
    return [item[3] for item in found if not item[3].in_future(now)] + [
        item[3] for item in found if item[3].in_future(now)
    ]


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
    """Copy ``db_path`` into its backups folder now (then apply the rotation).

    The copy is verified first (:func:`netdesk.models.backups.verified_copy`): a damaged database
    is refused, and nothing in the backups folder changes.
    """
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(f"{db_path} does not exist or is empty: there is nothing to back up.")
    with contextlib.suppress(DatabaseTooNewError):  # a newer NetDesk's file may be copied
        open_connection_checked(db_path)  # refuses foreign and damaged files
    now = now or datetime.now()
    folder = _safe_backup_folder(db_path)
    try:
        private_folder(folder)
        target = _unique(folder, f"{db_path.stem}-backup-{now.strftime(_STAMP)}", db_path.suffix)
        verified_copy(db_path, target, where=folder)
    except DatabaseDamagedError as exc:
        raise BackupError(f"{exc} No backup was taken; the earlier backups are kept.") from exc
    except CopyError as exc:
        raise BackupError(f"{db_path} could not be backed up: {exc}") from exc
    except OSError as exc:
        known = explain(exc, folder)
        raise BackupError(f"{db_path} could not be backed up: {known or exc}") from exc
    backup = Backup(target, now.replace(microsecond=0), "automatic")
    if prune:
        prune_backups(db_path, now=now)
    return backup


def backups_to_keep(backups: Iterable[Backup], *, now: datetime | None = None) -> set[Path]:
    """Newest of each of the last 7 days with a backup, and newest of each of the last 4 weeks;
    and every backup dated in the future (see :meth:`Backup.in_future`), without a slot."""
    now = now or datetime.now()
    backups = [b for b in backups if b.kind == "automatic"]
    keep = {b.path for b in backups if b.in_future(now)}
    automatic = sorted(
        (b for b in backups if not b.in_future(now)), key=lambda b: b.taken, reverse=True
    )
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


FAR_SMALLER = 0.5
"""A backup holding fewer than half the contacts of another is far smaller than it."""


def prune_backups(db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns them.

    One the rotation would delete is kept when no backup that stays holds at least half as many
    contacts (:data:`FAR_SMALLER`): a good copy is never given up for an unreadable, empty or far
    smaller one. Checked newest first, so after a mass deletion the newest large copy stays and
    the older ones it covers go.
    """
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, now=now)
    doomed = [b for b in backups if b.kind == "automatic" and b.path not in keep]
    if not doomed:
        return []
    counts = {b.path: contact_count(b.path) for b in backups}
    staying = [counts[p] for p in keep]
    removed: list[Path] = []
    for backup in doomed:  # newest first
        count = counts[backup.path]
        if count and not any(c is not None and c >= count * FAR_SMALLER for c in staying):
            staying.append(count)
            continue
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


def backup_due(db_path: Path, *, today: date | None = None, now: datetime | None = None) -> bool:
    """True when the database exists and today has no automatic backup of it yet, or has one
    but the database has been written since (the newer copy then replaces it in the rotation).
    A backup dated after ``now`` does not count: after the clock was corrected, one dated a year
    ahead would otherwise stop the daily backups for that year."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    if now is None:
        now = datetime.combine(today, time.max) if today is not None else datetime.now()
    taken_today = [
        b
        for b in list_backups(db_path)
        if b.kind == "automatic" and b.taken.date() == now.date() and not b.in_future(now)
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
    if not backup_due(db_path, now=now):
        return None
    return create_backup(db_path, now=now)


def database_problem(db_path: Path) -> str | None:
    """Why ``db_path`` cannot be opened as it is (damaged, foreign, newer), or None if it can."""
    try:
        open_connection_checked(db_path)
    except DatabaseError as exc:
        return str(exc)
    return None


def _staged(db_path: Path) -> Path:
    """The verified copy of the backup a restore is about to put in place."""
    return db_path.with_name(f".{db_path.name}.restoring-p{os.getpid()}")


_STAGED = re.compile(r"\.restoring-(?:p(\d+)|\d{8}-\d{6}(?:-\d+)?)$")


def _interrupted_restores(db_path: Path) -> list[Path]:
    """Copies staged by restores that did not finish and whose process is gone; oldest first.

    ``.NAME.restoring-pPID`` (this version) or ``.NAME.restoring-STAMP`` (earlier ones); each was
    complete before it got that name.
    """
    found: list[tuple[int, Path]] = []
    for path in db_path.parent.glob(f".{glob.escape(db_path.name)}.restoring-*"):
        match = _STAGED.search(path.name)
        if match is None or not path.is_file():
            continue
        if match.group(1) and _running(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):  # gone meanwhile: nothing to finish
            found.append((path.stat().st_mtime_ns, path))
    return [path for _when, path in sorted(found)]


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is not restoring (it would not be asking)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def finish_interrupted_restore(db_path: Path) -> str | None:
    """Complete or undo a restore that was killed half-way; says which, or None if none was.

    The database exists: the restore had not replaced it yet, so the staged copy goes and the
    database stays as it was. The database is missing (it was moved aside and the kill came
    before the copy took its place): the staged copy is put in place.
    """
    staged = _interrupted_restores(db_path)
    if not staged:
        return None
    note = f"An interrupted restore of {db_path} was undone: the database is as it was before."
    if not db_path.exists():
        usable = [p for p in staged if contact_count(p) is not None]
        if usable:
            os.replace(usable[-1], db_path)
            fsync_folder(db_path.parent)
            staged.remove(usable[-1])
            note = f"An interrupted restore of {db_path} was completed."
    for path in staged:
        for leftover in (path, path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return note


def prepare_database(db_path: Path) -> list[str]:
    """Before opening ``db_path``: finish or undo an interrupted restore, and remove NetDesk's
    own left-over temporary files beside it and among its backups (those of processes that have
    ended). Returns what was done, for the log."""
    notes: list[str] = []
    note = finish_interrupted_restore(db_path)
    if note:
        notes.append(note)
    folder = backup_folder(db_path)
    removed = remove_leftovers(db_path.parent) + remove_leftovers(folder)
    for journal in stray_journals(folder):
        with contextlib.suppress(OSError):
            journal.unlink()
            removed.append(journal)
    if removed:
        notes.append("Removed left-over temporary files: " + ", ".join(str(p) for p in removed))
    return notes


def _move_aside(db_path: Path, reason: str, stamp: str) -> Path:
    """Keep a file this NetDesk cannot use, bytes untouched, beside the database.

    A hard link keeps the database's name in place until the restored copy replaces it; where
    links are not possible (some shared or removable drives) the file is renamed, and a kill
    before the copy takes its place is completed at the next start.
    """
    aside = _unique(db_path.parent, f"{db_path.name}.{reason}-{stamp}", "")
    try:
        os.link(db_path, aside)
        linked = True
    except OSError:
        linked = False
    for companion, moved in zip(_companions(db_path), _companions(aside), strict=True):
        if companion.exists():
            os.replace(companion, moved)
    if not linked:
        os.replace(db_path, aside)
    return aside


def restore_backup(backup: Path, db_path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Put ``backup``'s contents in place of ``db_path``, keeping the current file aside first.

    The database must not be open anywhere while this runs (close it first). At no moment is
    there no database, or a half-written one, under ``db_path``'s name.
    """
    if not backup.is_file():
        raise BackupError(f"{backup} does not exist.")
    _refuse_foreign(backup, db_path)
    if contact_count(backup) is None:
        raise BackupError(f"{backup} is not a readable NetDesk backup; nothing was changed.")
    finish_interrupted_restore(db_path)
    reason = read_only_reason(db_path)
    if reason is not None:
        raise BackupError(f"{db_path} cannot be replaced: {reason}. Nothing was changed.")
    now = now or datetime.now()
    stamp = now.strftime(_STAMP)
    staged = _staged(db_path)
    try:
        verified_copy(backup, staged, read_only=True, where=db_path)
    except DatabaseDamagedError as exc:
        raise BackupError(f"{backup} is damaged ({exc}); nothing was changed.") from exc
    except CopyError as exc:
        raise BackupError(f"{backup} could not be restored: {exc}") from exc
    except OSError as exc:
        known = explain(exc, db_path)
        raise BackupError(f"{backup} could not be restored: {known or exc}") from exc
    kept: Path | None = None
    aside: str | None = None

    def put_in_place() -> None:
        os.replace(staged, db_path)

    try:
        if db_path.exists():
            kept, aside = _keep_current(db_path, stamp, put_in_place)
        else:
            put_in_place()
    except BaseException:
        if db_path.exists():  # else the staged copy is all there is: the next start uses it
            staged.unlink(missing_ok=True)
        raise
    fsync_folder(db_path.parent)
    tighten_database_files(db_path)
    return RestoreResult(db_path, kept, aside == "damaged", aside)


def _refuse_foreign(backup: Path, db_path: Path) -> None:
    """Refuse a backup another user owns, or a restore whose backups folder is unsafe: a file
    could have been planted there for the restore to put in place."""
    owner = backup.stat().st_uid
    if hasattr(os, "geteuid") and owner not in (os.geteuid(), 0):
        raise BackupError(
            f"{backup} belongs to another user (uid {owner}); NetDesk does not restore it. "
            "Nothing was changed."
        )
    _safe_backup_folder(db_path)  # where the current file would be kept, too


@contextlib.contextmanager
def _held(db_path: Path) -> Iterator[HeldDatabase]:
    """:func:`held_alone`, its refusal said for a person; what the block raises is its own."""
    stack = contextlib.ExitStack()
    try:
        held = stack.enter_context(held_alone(db_path))
    except InUseError as exc:
        raise BackupError(
            f"{db_path} is open in another window or command; close it, then restore."
        ) from exc
    except CopyError as exc:
        raise BackupError(
            f"{db_path} could not be kept before the restore: {exc} "
            "The backup was not restored; nothing was changed."
        ) from exc
    with stack:
        yield held


def _why_not_kept_as_copy(db_path: Path) -> str | None:
    """Why the file about to be replaced must be moved aside as it is ("damaged", "newer",
    "foreign"), or None when it is a healthy NetDesk database to copy. Reads only.

    A healthy file is never moved aside: one that cannot be read for another reason
    (read-only, a full disk) stops the restore with that reason, nothing changed.
    """
    try:
        check = check_database(db_path)
    except DatabaseDamagedError:
        return "damaged"
    except DatabaseError as exc:
        if type(exc) is not DatabaseError:  # disk full and the like: the file is fine
            raise BackupError(f"{exc} The backup was not restored; nothing was changed.") from exc
        return "foreign"  # another program's file, or foreign tables: not NetDesk's to copy
    if check.read_only is not None:
        raise BackupError(f"{db_path} cannot be replaced: {check.read_only}. Nothing was changed.")
    if check.version > SCHEMA_VERSION:
        return "newer"
    if damage_of(db_path) is not None:  # before anything writes to it (it is kept as it is)
        return "damaged"
    return None


def _keep_current(
    db_path: Path, stamp: str, put_in_place: Callable[[], None]
) -> tuple[Path, str | None]:
    """Keep the file about to be replaced, then ``put_in_place()`` the restored copy; returns
    where the old file is and why it was moved aside (None: a copy was kept).

    A healthy file is copied among the backups (``...-before-restore-STAMP``) while it is held
    exclusively (:func:`~netdesk.models.backups.held_alone`), and stays held until the restored
    copy has replaced it: a window or command that opens it meanwhile waits, and nothing it
    writes goes to a file about to be replaced. A damaged, newer or foreign file is kept, bytes
    untouched, beside the database.
    """
    aside = _why_not_kept_as_copy(db_path)
    if aside is not None:
        moved = _move_aside(db_path, aside, stamp)
        put_in_place()
        return moved, aside
    folder = _safe_backup_folder(db_path)
    with _held(db_path) as held:
        try:
            private_folder(folder)
            kept = _unique(folder, f"{db_path.stem}-before-restore-{stamp}", db_path.suffix)
            held.copy_to(kept, where=db_path)
        except (CopyError, OSError, DatabaseDamagedError) as exc:
            known = exc.explained if isinstance(exc, CopyError) else explain(exc, db_path)
            raise BackupError(
                f"{db_path} could not be kept before the restore: {known or exc} "
                "The backup was not restored; nothing was changed."
            ) from exc
        for path in _companions(db_path):
            path.unlink(missing_ok=True)  # none left once it left WAL mode
        put_in_place()
    return kept, None


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
    "finish_interrupted_restore",
    "list_backups",
    "newest_backup",
    "prepare_database",
    "prune_backups",
    "restore_backup",
    "unsafe_backup_folder",
]
