"""Notice changes other processes (a CLI import, a second window) commit to the open database.

SQLite's ``PRAGMA data_version`` changes whenever another connection commits; asking it costs a
few microseconds and reads nothing from disk, so a timer can poll it every second or two. The
window's own writes (same connection) do not change it, so they never cause a second refresh.
"""

from __future__ import annotations

import logging
import sqlite3

import peewee
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from netdesk.models import database
from netdesk.models.db import data_version

log = logging.getLogger("netdesk")

POLL_MS = 1500


class ExternalChangeWatcher(QObject):
    changed = Signal()
    """Another connection committed since the last poll."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._db: object | None = None
        self._version: int | None = None
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        """Take the current state as seen (after switching files, or after our own refresh)."""
        self._db = database.obj
        self._version = self._read()

    def _read(self) -> int | None:
        if database.obj is None:
            return None
        try:
            version = data_version()
        except (sqlite3.Error, peewee.DatabaseError, OSError) as exc:  # e.g. the file vanished
            if not self._failing:  # one line in the log, not one every poll
                log.warning("Cannot poll the database for changes: %s", exc)
            self._failing = True
            return None
        self._failing = False
        return version

    def poll(self) -> bool:
        """True (and ``changed`` emitted) when someone else committed since the last poll."""
        if database.obj is not self._db:  # another file was opened: nothing to compare with
            self.reset()
            return False
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed.emit()
        return True


def watch_external_changes(window: QMainWindow) -> ExternalChangeWatcher:
    """Refresh ``window`` (its table, counts and panels) when the database changes elsewhere."""
    watcher = ExternalChangeWatcher(window)
    watcher.changed.connect(window.refresh)  # type: ignore[attr-defined]
    watcher.changed.connect(window.contacts_changed)  # type: ignore[attr-defined]
    return watcher
