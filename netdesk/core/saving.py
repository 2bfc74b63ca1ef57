"""Files the window makes for the user (a referral tree picture, a weekly sheet PDF) and for
itself (its log).

They hold names and referral chains, so they are written as every export is: 0600, to a new
temporary file created exclusively beside the target (never through a planted symlink), renamed
into place when complete. A target that is a device, a pipe, a folder or a symbolic link is
refused with a message naming it, never replaced or followed.
"""

from __future__ import annotations

import os
from pathlib import Path

from netdesk.models.files import (
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    NotARegularFileError,
    private_folder,
    tighten,
    write_file_replacing,
)

__all__ = ["NotARegularFileError", "open_private_log", "private_log_path", "save_file"]


def save_file(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` whole or not at all; raises :class:`OSError` with a message
    naming ``path`` (a missing folder, a target that is no regular file, a full disk)."""
    if not path.parent.is_dir():
        raise FileNotFoundError(f"cannot write {path}: the folder {path.parent} does not exist")
    write_file_replacing(path, data, ".part")


def private_log_path(folder: Path, name: str, backups: int) -> Path:
    """``folder/name``, a log that names people and files: the folder is made (or narrowed to)
    0700, the log and its ``backups`` rotated copies (``name.1``...) narrowed to 0600."""
    folder = private_folder(folder)
    tighten([folder], PRIVATE_FOLDER)
    path = folder / name
    tighten([path, *(folder / f"{name}.{n}" for n in range(1, backups + 1))])
    return path


def open_private_log(path: str) -> int:
    """A descriptor appending to the log at ``path``, created 0600 and never through a
    symbolic link."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags, PRIVATE_FILE)
