"""One NetDesk per user and database: a second launch hands its files to the running one.

The running app listens on a local socket (``QLocalServer``) whose name is made of the app id,
the user and the database file. A new launch first tries to connect to it: when someone answers,
the new process sends its file arguments, the running window comes forward and offers to import
them, and the new process exits without ever opening the database. A socket left behind by a
crash answers nobody and is removed (``QLocalServer.removeServer``) before listening again.

Switching databases in a window moves its socket to the new file's name (it follows the store's
``switched``: :meth:`SingleInstance.database_switched`), and a window never switches to a file
another NetDesk has open: that one is brought forward instead.

The message is one line of JSON, ``{"files": [...], "activation_token": ...}``, answered by
``ok``. Files are absolute paths (the processes may have different working folders). The naming
and the message are in ``netdesk.running`` (no Qt).

The socket lives in a folder only the user can enter, and each end checks that the other runs
as the same user before it sends or acts on anything (``running.same_user``): another user's
program on the name gets nothing, and this app then runs without single instance.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from netdesk.running import REPLY, HandOver, message, same_user, server_name

__all__ = ["HandOver", "SingleInstance", "hand_over", "server_name"]

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000
MAX_MESSAGE_BYTES = 1 << 20

log = logging.getLogger("netdesk")


def hand_over(
    db_path: Path,
    files: Sequence[Path] = (),
    reply_timeout_ms: int = REPLY_TIMEOUT_MS,
) -> HandOver:
    """Give ``files`` to the NetDesk that has ``db_path`` open, if there is one.

    Needs no QApplication: a second launch decides before it loads any window system. Sends
    nothing unless the listener runs as this user.
    """
    socket = QLocalSocket()
    try:
        socket.connectToServer(server_name(db_path))
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return HandOver.NO_INSTANCE  # nobody there, or a dead socket file
        if not same_user(int(socket.socketDescriptor())):
            return HandOver.SOMEONE_ELSE
        socket.write(message(files))
        if not socket.waitForBytesWritten(reply_timeout_ms):
            return HandOver.NOT_RESPONDING
        reply = b""
        while not reply.endswith(b"\n"):
            if not socket.waitForReadyRead(reply_timeout_ms):
                return HandOver.NOT_RESPONDING
            reply += bytes(socket.readAll().data())
        return HandOver.DELIVERED if reply == REPLY else HandOver.NOT_RESPONDING
    finally:
        socket.abort()  # owned by Python: freed with this frame


class SingleInstance(QObject):
    """The listening side, owned by the running app."""

    files_received = Signal(list)
    """A second launch handed over these files (``list[Path]``, maybe empty)."""
    activation_requested = Signal(object)
    """A second launch asked for the window; carries its activation token (``str | None``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Default options on purpose: with an access option Qt renames a fresh socket over an
        # existing one, so a second instance would silently take the name from a live first one.
        # The socket's folder is private to the user, and clients are checked on arrival.
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._name = ""
        self.taken_by_someone_else = False
        """The last ``listen`` found another user's program on the name."""

    @property
    def name(self) -> str:
        """The socket's full name while listening (a path on Linux)."""
        return self._server.fullServerName()

    def is_listening(self) -> bool:
        return bool(self._server.isListening())

    def listens_for(self, db_path: Path) -> bool:
        """True while listening under ``db_path``'s name (a launch for it would come here)."""
        return self.is_listening() and server_name(db_path) == self._name

    def listen(self, db_path: Path) -> bool:
        """Start listening for ``db_path``. False if another live NetDesk already does.

        At start this comes before the database is opened, so that a second launch racing this
        one finds it. A socket file nobody answers on is what a crashed NetDesk leaves: it is
        removed. A name another user's program answers on is left alone
        (``taken_by_someone_else``).
        """
        name = server_name(db_path)
        self.taken_by_someone_else = False
        if self._answered(name):  # Windows pipes do not refuse a second server: ask first
            return False
        if self._server.listen(name):
            self._name = name
            return True
        if self._answered(name):  # someone was quicker
            return False
        QLocalServer.removeServer(name)
        if self._server.listen(name):
            self._name = name
            return True
        return False

    def _answered(self, name: str) -> bool:
        listener = _listener(name)
        self.taken_by_someone_else = listener is _Listener.SOMEONE_ELSE
        return listener is not _Listener.NOBODY

    def move_to(self, db_path: Path) -> bool:
        """Listen under another database's name (the window switched files)."""
        if server_name(db_path) == self._name and self._server.isListening():
            return True
        self.close()
        return self.listen(db_path)

    def database_switched(self, path: Path | None) -> None:
        """The store opened ``path``: listen under its name. A database in memory (standing in
        while a backup is restored) changes nothing: the file comes back."""
        if path is not None:
            self.move_to(path)

    def close(self) -> None:
        for socket in list(self._buffers):
            self._drop(socket)
        self._server.close()
        self._name = ""

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if not same_user(int(socket.socketDescriptor())):
                log.warning("Refused a connection to %s from another user", self.name)
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            self._drop(socket)
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            body = json.loads(line.decode("utf-8"))
            files = [Path(f) for f in body.get("files", []) if isinstance(f, str)]
            token = body.get("activation_token")
        except (ValueError, AttributeError):
            self._drop(socket)
            return
        socket.write(REPLY)
        socket.flush()
        self._buffers[socket] = b""
        self.activation_requested.emit(token if isinstance(token, str) else None)
        self.files_received.emit(files)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        if shiboken6.isValid(socket):  # Qt may have deleted it with the server already
            socket.abort()
            socket.deleteLater()


class _Listener(Enum):
    NOBODY = "nobody"
    SAME_USER = "same-user"
    SOMEONE_ELSE = "someone-else"


def _listener(name: str) -> _Listener:
    probe = QLocalSocket()
    try:
        probe.connectToServer(name)
        if not probe.waitForConnected(CONNECT_TIMEOUT_MS):
            return _Listener.NOBODY
        if not same_user(int(probe.socketDescriptor())):
            return _Listener.SOMEONE_ELSE
        return _Listener.SAME_USER
    finally:
        probe.abort()
