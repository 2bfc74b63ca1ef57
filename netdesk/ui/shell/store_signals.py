"""The one thin adapter between the store's change events and Qt.

The store (``netdesk.models.store``) calls its listeners on whichever thread committed, usually a
writer's worker. :class:`StoreSignals` lives on the GUI thread and re-emits each event as a Qt
signal; Qt queues a signal emitted on another thread, so every slot runs on the GUI thread, in
commit order. Panels connect to these signals instead of asking the window, or each other, what
changed. A timer asks the store about other processes' commits, which arrive as the same signals.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from netdesk.models.store import Changes, Store, Topic, store

POLL_MS = 1500
"""How often another process's commits are looked for (a few microseconds each)."""


class StoreSignals(QObject):
    """Qt signals for the store's events; create one per window (or one per application)."""

    changed = Signal(object)
    """Any commit: a :class:`~netdesk.models.store.Changes`."""
    contacts_changed = Signal(object)
    """Contacts (or their parts) changed: a frozenset of their ids, or None for "any"."""
    referrals_changed = Signal()
    meetings_changed = Signal()
    tasks_changed = Signal()
    interactions_changed = Signal()
    companies_changed = Signal()
    postings_changed = Signal()
    duplicates_changed = Signal()
    settings_changed = Signal()
    external_change = Signal()
    """Another process committed (also reported through the signals above)."""
    switched = Signal(object)
    """Another database is open: its path (None for a database in memory)."""
    closed = Signal()

    def __init__(
        self, parent: QObject | None = None, *, source: Store = store, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.store = source
        unsubscribe = [
            source.changes.subscribe(self._changes),
            source.switched.subscribe(self._switched),
            source.closed_event.subscribe(self._closed),
        ]
        self._unsubscribe = unsubscribe
        # Not a method of this object: it runs while the object is being destroyed.
        self.destroyed.connect(lambda *_: [stop() for stop in unsubscribe])
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        if poll_ms > 0:
            self.poll_timer.start()

    def poll(self) -> bool:
        """Look for other processes' commits now (the timer does this every ``POLL_MS``)."""
        return self.store.poll_external()

    def stop(self) -> None:
        """Stop listening (the window closes); safe to call twice."""
        self.poll_timer.stop()
        self._stop()

    def _stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    # Called on the committing thread: only emit signals here (and not once Qt deleted us).

    def _changes(self, changes: Changes) -> None:
        if not shiboken6.isValid(self):
            return
        self.changed.emit(changes)
        if Topic.CONTACTS in changes:
            self.contacts_changed.emit(changes.ids(Topic.CONTACTS))
        simple = {
            Topic.REFERRALS: self.referrals_changed,
            Topic.MEETINGS: self.meetings_changed,
            Topic.TASKS: self.tasks_changed,
            Topic.INTERACTIONS: self.interactions_changed,
            Topic.COMPANIES: self.companies_changed,
            Topic.POSTINGS: self.postings_changed,
            Topic.DUPLICATES: self.duplicates_changed,
            Topic.SETTINGS: self.settings_changed,
        }
        for topic, signal in simple.items():
            if topic in changes:
                signal.emit()
        if changes.external:
            self.external_change.emit()

    def _switched(self, path: Path | None) -> None:
        if shiboken6.isValid(self):
            self.switched.emit(path)

    def _closed(self, _value: None) -> None:
        if shiboken6.isValid(self):
            self.closed.emit()
