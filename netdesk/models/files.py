"""Files NetDesk writes hold a job seeker's network: private, and never half-written.

Folders NetDesk makes are 0700 and its files 0600 (as mail clients and password managers keep
theirs). Temporary files are created exclusively (``O_EXCL`` with an unpredictable name) in the
folder of the file they will replace, so a planted symlink is never followed, and carry the
writer's process id, so the next start can tell a leftover of a killed process from a file still
being written.

Nothing here opens a database file that SQLite may have open: on POSIX, closing any descriptor of
a file drops every lock the process holds on it, and another process may then delete the WAL
under a live connection. Permissions are changed by path (``chmod`` opens nothing).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
LEFTOVER_AGE_S = 3600.0
"""A temporary file whose writer cannot be identified counts as left over after an hour."""
_LEGACY_PARTIAL = (".sqlite.partial", ".bak.partial", ".vcf.partial", ".csv.partial")
_TEMP = re.compile(r"^\.(?P<base>.+)\.(?P<pid>\d+)-[a-z0-9_]{8}(?P<suffix>\.partial|\.part)$")


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; an existing folder is left as it is."""
    if not path.is_dir():
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FOLDER)  # mkdir's mode is filtered by the umask
    return path


def tighten(paths: Iterable[Path], mode: int = PRIVATE_FILE) -> None:
    """Take group and other permissions away from existing files or folders (by path).

    Only the user's own regular files and folders are changed: symlinks (``chmod`` would change
    their target), devices, pipes and sockets (``--db /dev/null`` must not make /dev/null
    private) and anything owned by someone else are left alone; errors (a read-only medium) are
    ignored: this only ever narrows access.
    """
    for path in paths:
        try:
            info = path.lstat()
        except OSError:
            continue
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            continue
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            continue
        if stat.S_IMODE(info.st_mode) & ~mode == 0:
            continue
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IMODE(info.st_mode) & mode)


class NotARegularFileError(OSError):
    """A file NetDesk was asked to write, or to use as its database, is a device, a pipe, a
    folder or a symbolic link: replacing it would destroy what it is, following it would write
    somewhere nobody chose. The message names it and says what to do."""


_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """ "a symbolic link", "a device"... for a ``st_mode`` that is no regular file."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def refuse_unless_regular(target: Path) -> None:
    """Raise :class:`NotARegularFileError` unless ``target`` is missing or a regular file (not
    a symbolic link): what NetDesk writes replaces ``target`` and never goes through it."""
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode):
        return
    kind = file_kind(info.st_mode)
    where = f" to {os.readlink(target)}" if stat.S_ISLNK(info.st_mode) else ""
    raise NotARegularFileError(
        f"{target} is {kind}{where}, not a regular file: NetDesk writes only to a file of its "
        "own, so nothing was written. Choose another file name."
    )


def write_file_replacing(target: Path, data: bytes, suffix: str = ".part") -> None:
    """Write ``data`` as ``target`` in one step, 0600 (see :func:`temp_file_replacing`)."""
    with temp_file_replacing(target, suffix) as temp, temp.open("wb") as out:
        out.write(data)


def temp_file_for(target: Path, suffix: str = ".partial") -> Path:
    """A new, empty 0600 file beside ``target``, created exclusively under a name nobody can
    predict: ``.NAME.PID-RANDOM.partial``. The caller writes it, then renames it onto
    ``target``."""
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=suffix, dir=target.parent
    )
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def temp_file_replacing(target: Path, suffix: str = ".partial") -> Iterator[Path]:
    """Yield a fresh temporary file beside ``target``; on success it is synced and renamed onto
    ``target`` in one step, on any error removed, leaving an earlier ``target`` as it was.

    A ``target`` that is no regular file (a device, a symbolic link, a folder) raises
    :class:`NotARegularFileError` before anything is written, and again if it became one
    meanwhile: the rename would put a regular file in its place."""
    refuse_unless_regular(target)
    temp = temp_file_for(target, suffix)
    try:
        yield temp
        fsync_file(temp)
        refuse_unless_regular(target)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def fsync_file(path: Path) -> None:
    """Flush a file NetDesk has just written and closed to disk.

    Only for NetDesk's own new files that no SQLite connection has open (a temporary copy
    before it is renamed into place), never a live database or its WAL.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; elsewhere renames are durable already)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def is_leftover(path: Path, *, now: float | None = None) -> bool:
    """True for a temporary file of NetDesk's (see :func:`temp_file_for`) nobody is writing:
    its process has ended, or it has not been touched for an hour."""
    match = _TEMP.match(path.name)
    if match is None:
        return False
    try:
        age = (now or time.time()) - path.lstat().st_mtime
    except OSError:
        return False
    return not _process_alive(int(match.group("pid"))) or age > LEFTOVER_AGE_S


def remove_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete NetDesk's left-over temporary files in ``folder`` (with the ``-journal``, ``-wal``
    or ``-shm`` SQLite may have left beside them), and 0-byte ``.part`` files of NetDesk's
    calendar export; returns them.

    Only NetDesk's own names, only when not in use: a temporary file whose writing process still
    runs is kept.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    when = now or time.time()
    for path in entries:
        name = path.name
        stale = is_leftover(path, now=when) or (
            _legacy_leftover(name) and _older_than(path, LEFTOVER_AGE_S / 6, when)
        )
        if not stale:
            continue
        for doomed in (path, *(path.with_name(name + c) for c in ("-journal", "-wal", "-shm"))):
            try:
                doomed.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                break
            removed.append(doomed)
    return removed


def _legacy_leftover(name: str) -> bool:
    """Names earlier NetDesk versions gave temporary files: ``x.sqlite.partial`` and the like,
    and a calendar export's ``x.ics.part``. They are predictable, so only old ones are taken."""
    return (
        name.endswith(_LEGACY_PARTIAL)
        or name.endswith(".ics.part")
        or (name.startswith(".") and ".restoring-" in name and name.endswith(".partial"))
    )


def _older_than(path: Path, seconds: float, now: float) -> bool:
    """A regular file untouched for ``seconds``; a ``.part`` also has to be empty (browsers name
    their downloads so)."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or (path.name.endswith(".part") and info.st_size > 0):
        return False
    return now - info.st_mtime > seconds


def stray_journals(folder: Path) -> list[Path]:
    """``-journal`` files in ``folder`` whose database no longer exists (a copy killed half-way
    whose temporary file is gone): nothing can ever use them."""
    found: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        if path.name.endswith("-journal") and path.is_file():
            base = path.with_name(path.name[: -len("-journal")])
            if not base.exists():
                found.append(path)
    return found
