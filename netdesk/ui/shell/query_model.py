"""The base of a table whose rows SQLite searches and sorts on a worker (the Companies list,
the Postings list).

A search waits for typing to pause; a query runs on a pool thread while the rows shown stay;
a query that a newer one replaces, or :meth:`stop`, is interrupted where it is, and its late
answer dropped. A subclass says what to ask in :meth:`refresh` through :meth:`_query`, and how to
show the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QObject, QTimer, Signal

from netdesk.core.query import Interrupt
from netdesk.ui.shell.tasks import QueryRequest, run_task

T = TypeVar("T")

SEARCH_DELAY_MS = 120
"""Pause after a key before the search runs (each key would otherwise start a query)."""


class QueryTableModel(QAbstractTableModel):
    """Search text, the query under way and whether the list is complete; the subclass holds
    the rows."""

    query_finished = Signal()
    """The list for the current search and order is complete (or its query failed)."""
    query_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._request: QueryRequest | None = None
        self._complete = True
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

    @property
    def search(self) -> str:
        return self._search

    @property
    def is_complete(self) -> bool:
        """False while a query for the current search and order is still running."""
        return self._complete

    def set_search(self, text: str) -> None:
        """Search for ``text`` once typing pauses."""
        if text != self._search:
            self._search = text
            self._complete = False
            self._search_timer.start()

    def refresh(self) -> None:
        """Ask the database again, on a worker (the rows shown stay until it answers)."""
        raise NotImplementedError

    def stop(self) -> None:
        """Drop the search waiting to run and interrupt the query under way."""
        self._search_timer.stop()
        if self._request is not None:
            self._request.stop()
            self._request = None

    def _query(
        self, work: Callable[[Interrupt], T], show: Callable[[T], bool], *, follow_up: bool = False
    ) -> None:
        """Run ``work`` on a worker, replacing the query under way (unless ``follow_up``: the
        second part of the same list); on the GUI thread ``show(result)`` puts the rows in and
        says whether the list is now complete (False when it asked a follow-up itself)."""
        if not follow_up:
            self.stop()
            self._complete = False
        request = QueryRequest()

        def finished(result: T | None, error: BaseException | None) -> None:
            if request is not self._request:
                return  # replaced or stopped: stale
            self._request = None
            if error is not None or result is None:
                self._complete = True
                self.query_failed.emit(str(error))
                self.query_finished.emit()
            elif show(result):
                self._complete = True
                self.query_finished.emit()

        self._request = request
        request.task = run_task(lambda _p: work(request.interrupt), finished, owner=self)
