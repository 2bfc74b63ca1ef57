"""The one owner of the open database: opening, switching and closing it, the connection each
thread uses, and the change events every writer's commit produces.

NetDesk keeps one database open per process. Before this module, "which file is open" lived in
the window, the single-instance socket, the change watcher and peewee's proxy, and every writer
refreshed the window by hand. Now:

- :meth:`Store.open` / :meth:`Store.close` are the only way the open database changes; what is
  open is read from the store (``store.path``, ``store.read_only``), never kept elsewhere.
- Writers say what they changed with :meth:`Store.changed` inside their transaction; when the
  outermost transaction commits, listeners get one :class:`Changes` for it (nothing when it rolls
  back). A commit that changed rows without saying which reports every topic as changed, so a
  listener never misses a write, it only refreshes more than it needs to.
- Another process's commits (a command-line import, a second device's sync) arrive as the same
  :class:`Changes`, with ``external`` set, when :meth:`Store.poll_external` notices them.

Listeners are plain callables (no Qt here). They run on the thread that committed, usually a
worker: the UI's adapter (``netdesk.ui.shell.store_signals``) turns them into Qt signals, which
Qt delivers on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

import peewee

from netdesk.models import db as _db
from netdesk.models.db import (
    SCHEMA_VERSION,
    LockTimeout,
    LockWaitCancelled,
    NetDeskDatabase,
    check_open_database,
    close_db,
    database,
    default_db_path,
    demo_db_path,
    init_db,
    waiting_for_lock,
)
from netdesk.models.errors import DatabaseError

__all__ = [
    "CONFLICT_ERRORS",
    "DATABASE_ERRORS",
    "EVERYTHING",
    "SCHEMA_VERSION",
    "Changes",
    "Event",
    "LockTimeout",
    "LockWaitCancelled",
    "Store",
    "Topic",
    "store",
    "thread_connection",
]

log = logging.getLogger("netdesk")

T = TypeVar("T")


class Topic(StrEnum):
    """What a change is about; listeners pick the topics their view shows."""

    CONTACTS = "contacts"
    """A contact, or a part of one (e-mails, phones, tags, photo, company, referral)."""
    REFERRALS = "referrals"
    """Who referred whom (always reported with the contacts concerned as well)."""
    MEETINGS = "meetings"
    TASKS = "tasks"
    """Follow-ups and thank-you notes (ticked off, added, moved)."""
    INTERACTIONS = "interactions"
    """Calls, e-mails and favours logged in a contact's history."""
    COMPANIES = "companies"
    POSTINGS = "postings"
    DUPLICATES = "duplicates"
    """Pairs marked as not duplicates."""
    SETTINGS = "settings"
    """Data kept in the database that configures the app (accounts, templates, rhythms)."""


EVERYTHING: Mapping[Topic, frozenset[int] | None] = dict.fromkeys(Topic)

DATABASE_ERRORS: tuple[type[Exception], ...] = (DatabaseError, peewee.DatabaseError, sqlite3.Error)
"""What reading or writing the database fails with when the file, the disk or another program
is the cause (not a bug): callers tell the user instead of crashing."""
CONFLICT_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, peewee.IntegrityError)
"""A write the database refused because rows it refers to changed meanwhile."""


@dataclass(frozen=True)
class Changes:
    """What one commit changed: per topic, the ids concerned, or None when not known which."""

    topics: Mapping[Topic, frozenset[int] | None]
    external: bool = False
    """Written by another connection: another process, or one this process did not track."""

    def __contains__(self, topic: object) -> bool:
        return topic in self.topics

    def ids(self, topic: Topic) -> frozenset[int] | None:
        """The ids of ``topic`` that changed; None when unknown (treat as "anything may have")."""
        return self.topics.get(topic, frozenset()) if topic in self.topics else frozenset()

    @classmethod
    def everything(cls, *, external: bool = False) -> Changes:
        return cls(EVERYTHING, external=external)


class Event(Generic[T]):
    """A list of callbacks; :meth:`emit` calls each, and one that fails is logged, not fatal."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._callbacks: list[Callable[[T], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[T], None]) -> Callable[[], None]:
        """Call ``callback(value)`` on every emit; returns the function that unsubscribes."""
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._callbacks.remove(callback)

        return unsubscribe

    def emit(self, value: T) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(value)
            except Exception:  # a listener's bug must not undo or hide a committed write
                log.exception("A listener of %s failed", self._name)


@dataclass
class _Pending:
    topics: dict[Topic, set[int] | None] = field(default_factory=dict)
    changes_at_begin: int = 0


class Store:
    """The open database of this process (see the module docstring). Use the module's ``store``."""

    def __init__(self) -> None:
        self.changes: Event[Changes] = Event("changes")
        self.switched: Event[Path | None] = Event("switched")
        """After :meth:`open` made another file (or a memory database: None) the open one."""
        self.closed_event: Event[None] = Event("closed")
        """After the open database's connection (of the thread that opened it) was closed."""
        self._pending = threading.local()
        self._poll_lock = threading.Lock()
        self._poll: sqlite3.Connection | None = None
        self._poll_path: Path | None = None
        self._seen_version: int | None = None

    # What is open --------------------------------------------------------------------------

    @property
    def db(self) -> NetDeskDatabase | None:
        obj = database.obj
        return obj if isinstance(obj, NetDeskDatabase) else None

    @property
    def is_open(self) -> bool:
        return self.db is not None

    @property
    def path(self) -> Path | None:
        """The open database file; None when none is open or it lives in memory."""
        db = self.db
        return db.file_path if db is not None else None

    @property
    def read_only(self) -> str | None:
        """Why the open database can only be read, or None."""
        db = self.db
        return db.read_only if db is not None else None

    @property
    def damage(self) -> str | None:
        """What SQLite's check found wrong with the open database, once it found something."""
        db = self.db
        return db.damage if db is not None else None

    # Opening, switching, closing -------------------------------------------------------------

    @staticmethod
    def default_path() -> Path:
        """The file opened when none is named: ``netdesk.sqlite`` in the user's data folder."""
        return default_db_path()

    @staticmethod
    def demo_path() -> Path:
        """The demo network's own file, ``demo.sqlite`` beside the default one."""
        return demo_db_path()

    def open(
        self, path: Path | str | None, *, new_ok: bool = False, read_only: str | None = None
    ) -> NetDeskDatabase:
        """Open ``path`` (the default file for None, ``":memory:"`` for a throwaway database),
        creating or migrating it as needed, and make it the open one (``switched`` follows).
        ``read_only`` (why, for the messages) opens an existing file for reading only.

        On failure (:class:`~netdesk.models.errors.DatabaseError`) the database open before
        stays open. The previous file's connections of this thread are closed.
        """
        return init_db(path, new_ok=new_ok, read_only=read_only)

    def close(self) -> None:
        """Close this thread's connection and stop watching the file (``closed`` follows)."""
        close_db()

    def opened(self, path: Path | None) -> None:
        """Called by the database layer whenever a database was opened (also by ``init_db``)."""
        self._reset_poll()
        self.switched.emit(path)

    def closing(self) -> None:
        """Called by the database layer before it closes a connection: the watcher's own
        connection goes first, so that the last one to close checkpoints and removes the WAL."""
        self._close_poll()

    def closed(self) -> None:
        """Called by the database layer when the open database's connection was closed."""
        self.closed_event.emit(None)

    def release_thread(self) -> None:
        """Close the calling thread's connection (a worker thread at the end of its task)."""
        if database.obj is not None and not database.is_closed():
            database.close()

    def check(self) -> str | None:
        """SQLite's quick check of the open database (slow on a large file: run it on a
        worker); what it found wrong, or None."""
        return check_open_database()

    def schema_version(self) -> int:
        """The open database's schema version (``PRAGMA user_version``)."""
        return int(database.execute_sql("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(
        self,
        *,
        on_wait: Callable[[], None] | None = None,
        give_up_after: float | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Iterator[None]:
        """One write transaction on this thread's connection: all of it is committed (and
        reported as one :class:`Changes`), or none of it. Inside another it is a savepoint, so
        a rule in core can group several writers; what they declare is reported once, when
        the outermost transaction commits.

        With ``give_up_after``, the write lock another program holds is waited for as
        :func:`~netdesk.models.db.waiting_for_lock` says: ``on_wait()`` once it is seen to be
        taken, :class:`LockWaitCancelled` when ``cancelled()``, :class:`LockTimeout` after that
        many seconds; nothing is written in either case.
        """
        if give_up_after is None:
            with database.atomic():
                yield
            return
        with (
            waiting_for_lock(on_wait or (lambda: None), give_up_after, cancelled),
            database.atomic(),
        ):
            yield

    # Change events ---------------------------------------------------------------------------

    def changed(self, topic: Topic, ids: Iterable[int] | None = None) -> None:
        """Say what the current transaction changed (``ids`` None: not known which).

        Inside a transaction it is reported when the transaction commits; outside one, at once.
        """
        db = self.db
        pending = self._thread_pending()
        if db is None or not db.in_transaction() or pending is None:
            self.changes.emit(Changes({topic: None if ids is None else frozenset(ids)}))
            return
        current = pending.topics.get(topic, set())
        if ids is None or current is None:
            pending.topics[topic] = None
        else:
            current.update(int(i) for i in ids)
            pending.topics[topic] = current

    def _thread_pending(self) -> _Pending | None:
        return getattr(self._pending, "value", None)

    def began(self, conn: sqlite3.Connection) -> None:
        """Called by the database when a write transaction has its lock."""
        self._pending.value = _Pending(changes_at_begin=conn.total_changes)
        self._notice_external_before_write()

    def committed(self, conn: sqlite3.Connection) -> None:
        """Called by the database after the outermost transaction committed."""
        pending = self._thread_pending()
        self._pending.value = None
        if pending is None:
            return
        topics = dict(pending.topics)
        if not topics and conn.total_changes != pending.changes_at_begin:
            topics = dict.fromkeys(Topic)  # rows changed, nobody said which: everything
        self._mark_seen()
        if topics:
            frozen = {t: None if ids is None else frozenset(ids) for t, ids in topics.items()}
            self.changes.emit(Changes(frozen))

    def rolled_back(self) -> None:
        self._pending.value = None

    # Other processes -------------------------------------------------------------------------

    def poll_external(self) -> bool:
        """Emit ``Changes(external=True)`` when another connection committed since the last
        look; True when it did. Cheap (a few microseconds): meant for a timer."""
        version = self._read_version()
        if version is None:
            return False
        with self._poll_lock:
            if self._seen_version is None:
                self._seen_version = version
                return False
            if version == self._seen_version:
                return False
            self._seen_version = version
        self.changes.emit(Changes.everything(external=True))
        return True

    def _notice_external_before_write(self) -> None:
        """A write about to start holds the lock: what changed since the last look was written
        by someone else, and is reported now so that marking our own commit seen loses nothing."""
        if self._poll_path is None:
            return
        self.poll_external()

    def _mark_seen(self) -> None:
        version = self._read_version()
        with self._poll_lock:
            self._seen_version = version

    def _read_version(self) -> int | None:
        with self._poll_lock:
            conn = self._poll_connection()
            if conn is None:
                return None
            try:
                return int(conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error as exc:
                log.warning("Cannot look for changes made to %s: %s", self._poll_path, exc)
                self._close_poll_locked()
                return None

    def _poll_connection(self) -> sqlite3.Connection | None:
        path = self.path
        if path is None:
            return None
        if self._poll is not None and self._poll_path == path:
            return self._poll
        self._close_poll_locked()
        self._seen_version = None  # another file: nothing seen of it yet
        db = self.db
        name = str(db.database) if db is not None else path.resolve().as_uri()
        try:
            # The same name (a URI) as the database's own connections: a file that can only be
            # read is opened the way they open it.
            self._poll = sqlite3.connect(name, uri=True, timeout=1, check_same_thread=False)
        except sqlite3.Error as exc:
            log.warning("Cannot watch %s for changes: %s", path, exc)
            return None
        self._poll_path = path
        return self._poll

    def _reset_poll(self) -> None:
        with self._poll_lock:
            self._close_poll_locked()
            self._seen_version = None
        self._mark_seen()

    def _close_poll(self) -> None:
        with self._poll_lock:
            self._close_poll_locked()
            self._seen_version = None

    def _close_poll_locked(self) -> None:
        if self._poll is not None:
            self._poll.close()
        self._poll = None
        self._poll_path = None


store = Store()
"""The process's one store; the database layer reports commits to it."""
_db.transaction_listener = store


@contextlib.contextmanager
def thread_connection() -> Iterator[None]:
    """For work on a thread of its own: its connection is closed when the work ends."""
    try:
        yield
    finally:
        store.release_thread()
