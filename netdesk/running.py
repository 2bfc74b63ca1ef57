"""Is NetDesk already running with this database? The part of single-instance that needs no Qt.

The app listens on a local socket named by :func:`server_name` (``netdesk.ui.single_instance``
owns the listening side). The command line asks here before a command that writes, so that it
never writes a database behind an open window's back: ``import`` hands its files to the window
instead, and ``demo`` refuses. On Linux and macOS Qt's local sockets are Unix domain sockets, so
plain :mod:`socket` can talk to them; on Windows (named pipes) the command line cannot tell.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import socket
import sys
import tempfile
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from netdesk import APP_ID

CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 5.0
REPLY = b"ok\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


class HandOver(Enum):
    NO_INSTANCE = "no-instance"
    """Nobody listens for this database: this process may open it."""
    DELIVERED = "delivered"
    """The running NetDesk took the files and comes forward."""
    NOT_RESPONDING = "not-responding"
    """Someone listens but did not answer in time: do not open the database."""
    UNKNOWN = "unknown"
    """This platform's local sockets cannot be reached without Qt (Windows)."""


def _user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:32] or "user"


def server_name(db_path: Path) -> str:
    """The socket name for ``db_path``: app id, user and a digest of the resolved path.

    On Linux it lives in ``$XDG_RUNTIME_DIR`` (private to the user, emptied at logout) when
    there is one; otherwise Qt puts a plain name in the temporary folder (a pipe on Windows).
    """
    digest = hashlib.sha256(str(db_path.expanduser().resolve()).encode()).hexdigest()[:16]
    name = f"{APP_ID}-{_user()}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        path = str(Path(runtime) / name)
        if len(path.encode()) < _MAX_SOCKET_PATH:
            return path
    return name


def socket_path(db_path: Path) -> Path | None:
    """Where the Unix socket for ``db_path`` is (None on Windows)."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return None
    name = server_name(db_path)
    return Path(name) if name.startswith("/") else Path(tempfile.gettempdir()) / name


def message(files: Sequence[Path]) -> bytes:
    """One line of JSON: absolute file paths and the launcher's activation token, if any."""
    token = os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID")
    body = {
        "files": [str(Path(f).expanduser().absolute()) for f in files],
        "activation_token": token or None,
    }
    return json.dumps(body).encode("utf-8") + b"\n"


def hand_over(db_path: Path, files: Sequence[Path] = ()) -> HandOver:
    """Give ``files`` to the NetDesk window that has ``db_path`` open, without Qt."""
    path = socket_path(db_path)
    if path is None:
        return HandOver.UNKNOWN
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.settimeout(CONNECT_TIMEOUT_S)
        try:
            client.connect(str(path))
        except OSError:  # no socket, or a dead one left by a crash
            return HandOver.NO_INSTANCE
        client.settimeout(REPLY_TIMEOUT_S)
        try:
            client.sendall(message(files))
            reply = b""
            while not reply.endswith(b"\n") and len(reply) < 64:
                chunk = client.recv(64)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            return HandOver.NOT_RESPONDING
        return HandOver.DELIVERED if reply == REPLY else HandOver.NOT_RESPONDING
    finally:
        client.close()
