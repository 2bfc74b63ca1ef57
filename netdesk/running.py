"""Single instance without Qt: where the socket lives, who may talk on it, the message.

The app listens on a local socket named by :func:`server_name`; ``netdesk.ui.shell.single_instance``
holds both ends (``QLocalServer`` and ``QLocalSocket``). Naming, the peer check and the message
need no Qt, so they stay testable and usable from plain Python.

The message carries the paths of the files a user opens, so neither end talks to another user:
the socket is made in a folder only this user can enter (:func:`socket_folder`), and both ends
check who is at the other end (:func:`same_user`) before they send or act on anything. A name
in a shared folder (the temporary folder, when no private one can be had) can be taken by
another user first; then the client sends nothing and the app starts without single instance.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import json
import os
import re
import socket
import stat
import struct
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from platformdirs import user_cache_path

from netdesk import APP_ID, APP_NAME

REPLY = b"ok\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


class HandOver(Enum):
    NO_INSTANCE = "no-instance"
    """Nobody listens for this database: this process may open it."""
    DELIVERED = "delivered"
    """The running NetDesk took the files and comes forward."""
    NOT_RESPONDING = "not-responding"
    """Someone listens but did not answer in time: do not open the database."""
    SOMEONE_ELSE = "someone-else"
    """Another user's program listens on the name: nothing was sent to it."""


def _user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:32] or "user"


def server_name(db_path: Path) -> str:
    """The socket name for ``db_path``: app id, user and a digest of the resolved path.

    A path in :func:`socket_folder` when there is one (sockets are limited to about 100 bytes,
    so a long folder gets a shorter file name). Otherwise a plain name, which Qt puts in the
    temporary folder on Unix and makes a named pipe of on Windows.
    """
    digest = hashlib.sha256(str(db_path.expanduser().resolve()).encode()).hexdigest()[:16]
    name = f"{APP_ID}-{_user()}-{digest}"
    folder = socket_folder()
    if folder is not None:
        for candidate in (name, f"netdesk-{digest}"):
            path = str(folder / candidate)
            if len(path.encode()) < _MAX_SOCKET_PATH:
                return path
    return name


def socket_folder() -> Path | None:
    """A folder only this user can enter, for the socket; None on Windows or if there is none.

    ``$XDG_RUNTIME_DIR`` when it is one (the XDG spec asks for the user's own, mode 0700;
    emptied at logout). Otherwise ``instances`` in NetDesk's cache folder, created 0700.
    Either is used only as a real folder (not a symlink) owned by this user, closed to group
    and others: a folder someone else made or can write to is never used.
    """
    if sys.platform == "win32":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _is_private(Path(runtime)):
        return Path(runtime)
    try:
        own = user_cache_path(APP_NAME, appauthor=False)
        own.mkdir(mode=0o700, parents=True, exist_ok=True)  # NetDesk's own: closed as well
        folder = own / "instances"
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # a read-only or foreign home
        return None
    return folder if _is_private(folder) else None


def _is_private(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.geteuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of the connected Unix socket ``descriptor``.

    None when the system cannot say. Linux asks the kernel for the peer's credentials
    (``SO_PEERCRED``); macOS and the BSDs have ``getpeereid``.
    """
    if descriptor < 0:
        return None
    if sys.platform.startswith("linux"):
        try:
            with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        except OSError:
            return None
        _pid, uid, _gid = struct.unpack("iII", creds)
        return int(uid)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        getpeereid = libc.getpeereid
    except (OSError, AttributeError):
        return None
    uid_out, gid_out = ctypes.c_uint32(), ctypes.c_uint32()
    if getpeereid(descriptor, ctypes.byref(uid_out), ctypes.byref(gid_out)) != 0:
        return None
    return int(uid_out.value)


def same_user(descriptor: int) -> bool:
    """Whether the other end of ``descriptor`` runs as this user: only then may we talk.

    On Windows this is not checked: the name is a named pipe, whose default security gives
    other users no write access to a pipe this user created, but a pipe another user created
    first under the same name is not detected (the name carries the user name and a digest of
    the database path, so it has to be aimed at one user and one file).
    """
    if sys.platform == "win32":
        return True
    return peer_uid(descriptor) == os.geteuid()


def message(files: Sequence[Path]) -> bytes:
    """One line of JSON: absolute file paths and the launcher's activation token, if any."""
    token = os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID")
    body = {
        "files": [str(Path(f).expanduser().absolute()) for f in files],
        "activation_token": token or None,
    }
    return json.dumps(body).encode("utf-8") + b"\n"
