"""The one thin adapter between the store's change events and Qt.

The store (``netdesk.models.store``) calls its listeners on whichever thread committed, usually a
writer's worker. :class:`StoreSignals` lives on the GUI thread and re-emits each event as a Qt
signal; Qt queues a signal emitted on another thread, so every slot runs on the GUI thread, in
commit order. Panels connect to these signals instead of asking the window, or each other, what
changed. A timer asks the store about other processes' commits, which arrive as the same signals.

A view that shows the database re-reads it through a :class:`ChangeWatch`: it names the topics
it shows and is called once for a burst of commits (an import, twenty undo steps in a row), not
once per commit. Nobody refreshes a view by hand after a write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
    settled = Signal()
    """Refreshes were held (see :meth:`hold_refreshes`) and no longer are."""
    _arrived = Signal(object)
    """The one signal that crosses from the committing thread: a Changes (never None, which
    PySide miscounts through a queued connection); the others are emitted on the GUI thread."""

    def __init__(
        self, parent: QObject | None = None, *, source: Store = store, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.store = source
        self._held = False
        unsubscribe = [
            source.changes.subscribe(self._changes),
            source.switched.subscribe(self._switched),
            source.closed_event.subscribe(self._closed),
        ]
        self._unsubscribe = unsubscribe
        self._arrived.connect(self._deliver)  # queued when a worker committed
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

    @property
    def refreshes_held(self) -> bool:
        return self._held

    def hold_refreshes(self, held: bool) -> None:
        """While held, :class:`ChangeWatch` collects what changed instead of refreshing; once
        released, each refreshes once. The window holds them while its writer has writes queued,
        so that twenty undo steps in a row are one refresh, not twenty."""
        if held == self._held:
            return
        self._held = held
        if not held:
            self.settled.emit()

    # Called on the committing thread: only emit signals here (and not once Qt deleted us).

    def _changes(self, changes: Changes) -> None:
        if shiboken6.isValid(self):
            self._arrived.emit(changes)

    # On the GUI thread.

    def _deliver(self, changes: Changes) -> None:
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


def restricted(changes: Changes, topics: frozenset[Topic]) -> Changes:
    """``changes`` about ``topics`` only (no topics left: nothing a view of them shows)."""
    return Changes({t: ids for t, ids in changes.topics.items() if t in topics}, changes.external)


def merged(first: Changes | None, second: Changes) -> Changes:
    """One :class:`Changes` saying what both said (ids united; None, "any", wins)."""
    if first is None:
        return second
    topics: dict[Topic, frozenset[int] | None] = dict(first.topics)
    for topic, ids in second.topics.items():
        if topic not in topics:
            topics[topic] = ids
        else:
            before = topics[topic]
            topics[topic] = None if before is None or ids is None else before | ids
    return Changes(topics, first.external or second.external)


class ChangeWatch(QObject):
    """Calls ``refresh(changes)`` once soon after commits that touch ``topics``.

    Commits arriving before the refresh runs (a burst) are merged into one :class:`Changes`:
    the refresh waits for the current event to be handled (a 0 ms timer), and for as long as
    the adapter holds refreshes (the window's writer still has steps queued). Parented to the
    view it refreshes, it stops with it.
    """

    def __init__(
        self,
        signals: StoreSignals,
        topics: Iterable[Topic],
        refresh: Callable[[Changes], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._signals = signals
        self._topics = frozenset(topics)
        self._refresh = refresh
        self._pending: Changes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._due)
        signals.changed.connect(self._changed)
        signals.settled.connect(self._due)

    @property
    def topics(self) -> frozenset[Topic]:
        return self._topics

    @property
    def pending(self) -> bool:
        """A refresh is due: something the view shows changed and it has not re-read it yet."""
        return self._pending is not None

    def cancel(self) -> None:
        """Forget what is pending (the view has just re-read everything anyway)."""
        self._pending = None
        self._timer.stop()

    def flush(self) -> None:
        """Refresh now if something is pending."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._refresh(pending)

    def _changed(self, changes: Changes) -> None:
        relevant = restricted(changes, self._topics)
        if not relevant.topics:
            return
        self._pending = merged(self._pending, relevant)
        if not self._signals.refreshes_held:
            self._timer.start()

    def _due(self) -> None:
        if not self._signals.refreshes_held:
            self.flush()
