"""Files the window makes for the user (a referral tree picture, a weekly sheet PDF).

They hold names and referral chains, so they are written as every export is: 0600, to a new
temporary file created exclusively beside the target (never through a planted symlink), renamed
into place when complete. A target that is a device, a pipe, a folder or a symbolic link is
refused with a message naming it, never replaced or followed.
"""

from __future__ import annotations

from pathlib import Path

from netdesk.models.files import NotARegularFileError, write_file_replacing

__all__ = ["NotARegularFileError", "save_file"]


def save_file(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` whole or not at all; raises :class:`OSError` with a message
    naming ``path`` (a missing folder, a target that is no regular file, a full disk)."""
    if not path.parent.is_dir():
        raise FileNotFoundError(f"cannot write {path}: the folder {path.parent} does not exist")
    write_file_replacing(path, data, ".part")
