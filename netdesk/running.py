"""Single instance without Qt: the socket's name and the hand-over message.

The app listens on a local socket named by :func:`server_name`; ``netdesk.ui.single_instance``
holds both ends (``QLocalServer`` and ``QLocalSocket``). Naming and message need no Qt, so they
stay testable and usable from plain Python.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from netdesk import APP_ID

REPLY = b"ok\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) to 108 (Linux) bytes


class HandOver(Enum):
    NO_INSTANCE = "no-instance"
    """Nobody listens for this database: this process may open it."""
    DELIVERED = "delivered"
    """The running NetDesk took the files and comes forward."""
    NOT_RESPONDING = "not-responding"
    """Someone listens but did not answer in time: do not open the database."""


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


def message(files: Sequence[Path]) -> bytes:
    """One line of JSON: absolute file paths and the launcher's activation token, if any."""
    token = os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID")
    body = {
        "files": [str(Path(f).expanduser().absolute()) for f in files],
        "activation_token": token or None,
    }
    return json.dumps(body).encode("utf-8") + b"\n"
