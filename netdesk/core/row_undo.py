"""Undo for small changes, as before/after copies of the few rows they touch.

Logging a call adds an interaction and moves the contact's status and last contact on; ticking an
item off closes a task, dates a thank-you note or clears a follow-up date. :func:`capture` copies
exactly those rows; :func:`restore` makes the database hold a copy again. Columns are written back
only where they differ, so an undo never overwrites what else changed in the contact; a row the
copy lacks is deleted, and a row it has that is gone is inserted again with its old id (a contact
or meeting that is gone is refused instead: undoing would bring back half of it). The copies are
taken and put back by :mod:`netdesk.models.undo`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from netdesk.core.errors import NetDeskError
from netdesk.models import undo as copies
from netdesk.models.undo import TABLES, RowsState, TableCopy

__all__ = ["TABLES", "RowsChange", "RowsState", "TableCopy", "capture", "restore"]


def capture(rows: Mapping[str, Iterable[int]]) -> RowsState:
    """Copy the rows with the given ids (``{"contact": [3], "task": [7, 8]}``)."""
    return copies.capture(rows)


def restore(target: RowsState, scope: RowsState | None = None) -> None:
    """Make the rows ``target`` (and ``scope``: the other state of a change) speaks for hold
    what ``target`` copied; :class:`NetDeskError` when a contact or meeting it needs is gone."""
    try:
        copies.restore(target, scope)
    except copies.RestoreRefused as exc:
        raise NetDeskError(str(exc)) from exc


@dataclass(frozen=True)
class RowsChange:
    """A change already written, with the rows as they were before and after it."""

    before: RowsState
    after: RowsState

    def undo(self) -> None:
        restore(self.before, self.after)

    def redo(self) -> None:
        restore(self.after, self.before)
