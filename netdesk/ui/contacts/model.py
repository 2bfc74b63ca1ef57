"""The contact table's item model: ids sorted and filtered by SQLite, rows fetched on demand.

A query change (typing, a quick filter, a header click) first asks the core for one screenful of
ids and shows it at once; when more rows match, the full id list is computed on a pool thread
(its own database connection) and appended when it arrives, unless a newer query has been asked
for in the meantime. Only the rows being painted are ever loaded, a block at a time.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import cache

import peewee
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from netdesk.core.query import ContactFilter, ContactRow, Sort, SortColumn, contact_ids, fetch_rows
from netdesk.models import Lead, Relationship, Status, database
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, Task, run_task

Index = QModelIndex | QPersistentModelIndex

ContactRole = Qt.ItemDataRole.UserRole + 1
"""data() for this role returns the row's :class:`ContactRow`."""
IdRole = Qt.ItemDataRole.UserRole + 2
"""data() for this role returns the contact id (int)."""

OVERDUE_COLOUR = QColor("#c62828")
DAMAGED_COLOUR = QColor("#b26a00")


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    TITLE = 2
    RELATIONSHIP = 3
    LEAD = 4
    STATUS = 5
    REFERRED_BY = 6
    LAST_CONTACT = 7
    NEXT_FOLLOW_UP = 8
    EMAIL = 9
    PHONE = 10

    @property
    def sort_column(self) -> SortColumn:
        return _SORT[self]


_SORT = {
    Column.NAME: SortColumn.NAME,
    Column.ORGANIZATION: SortColumn.ORGANIZATION,
    Column.TITLE: SortColumn.TITLE,
    Column.RELATIONSHIP: SortColumn.RELATIONSHIP,
    Column.LEAD: SortColumn.LEAD,
    Column.STATUS: SortColumn.STATUS,
    Column.REFERRED_BY: SortColumn.REFERRED_BY,
    Column.LAST_CONTACT: SortColumn.LAST_CONTACT,
    Column.NEXT_FOLLOW_UP: SortColumn.NEXT_FOLLOW_UP,
    Column.EMAIL: SortColumn.EMAIL,
    Column.PHONE: SortColumn.PHONE,
}

FIRST_PAGE = 80
"""Ids fetched before the first paint: more rows than a tall screen shows."""
FULL_LIST_DELAY_MS = 90
"""Pause after the last change before the full id list is computed (one key at 130 wpm)."""
BLOCK = 50
"""Rows loaded at once when the view asks for one that is not cached."""
CACHE_LIMIT = 5000


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CONTACT = int(ContactRole)
_ID = int(IdRole)
_ANSWERED = frozenset((_DISPLAY, _DECORATION, _FOREGROUND, _FONT, _TOOLTIP, _CONTACT, _ID))
_COLUMNS = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAD = int(Column.LEAD)
_FOLLOW_UP = int(Column.NEXT_FOLLOW_UP)
_NAME = int(Column.NAME)
_FIELD_COLUMNS = {
    "relationship": Column.RELATIONSHIP,
    "lead": Column.LEAD,
    "status": Column.STATUS,
    "last_contact": Column.LAST_CONTACT,
    "next_follow_up": Column.NEXT_FOLLOW_UP,
}


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True, slots=True)
class _Line:
    """A fetched row as the view shows it: texts per column, and the flags that style it."""

    row: ContactRow
    texts: tuple[str, ...]
    warm: bool
    overdue: bool
    damage: str = ""
    """Why this row shows "damaged" (a stored value no NetDesk writes, or unreadable pages)."""


class ContactTableModel(QAbstractTableModel):
    """Pages through the id list the core sorted and filtered; fetches only rows being shown.

    Starts empty: call :meth:`refresh` (or set a filter or sort) once the database is open.
    """

    query_finished = Signal()
    """The id list for the current filter and sort is complete (rowCount is final)."""
    query_failed = Signal(str)
    damage_found = Signal(str)
    """Rows being shown are damaged; emitted once per model reset, however often they paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ContactFilter()
        self._sort = Sort()
        self._ids: list[int] = []
        self._complete = True
        self._generation = 0
        self._task: Task[list[int]] | None = None
        self._worker_connection: list[sqlite3.Connection] = []
        self._cache: dict[int, ContactRow] = {}
        self._lines: dict[int, _Line] = {}
        self._today = date.today()
        self._locale = QLocale()
        self.first_page = FIRST_PAGE
        self._full_list_timer = QTimer(self)
        self._full_list_timer.setSingleShot(True)
        self._full_list_timer.setInterval(FULL_LIST_DELAY_MS)
        self._full_list_timer.timeout.connect(self._start_full_list)
        self._stopped = False
        self._damage_reported = False

    # Headers are built per call so that a translator installed later is honoured.
    def _headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.ORGANIZATION: self.tr("Organization"),
            Column.TITLE: self.tr("Title"),
            Column.RELATIONSHIP: self.tr("Relationship"),
            Column.LEAD: self.tr("Warm/cold"),
            Column.STATUS: self.tr("Status"),
            Column.REFERRED_BY: self.tr("Referred by"),
            Column.LAST_CONTACT: self.tr("Last contact"),
            Column.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
        }

    # Query ------------------------------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def is_complete(self) -> bool:
        """False while the full id list is still being computed off the GUI thread."""
        return self._complete

    def set_filter(self, flt: ContactFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh(typing=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self.refresh()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Choose the order for the next query without running it; True if it changed."""
        if not 0 <= column < len(Column):
            return False
        new = Sort(Column(column).sort_column, order == Qt.SortOrder.DescendingOrder)
        changed = new != self._sort
        self._sort = new
        return changed

    def refresh(self, *, typing: bool = False) -> None:
        """Ask the database again (after any change made outside this model).

        ``typing``: more changes are likely to follow at once (a search being typed), so the
        full id list waits for a short pause instead of being computed for every key.
        """
        self._generation += 1
        self._drop_running_query()
        self._today = date.today()
        self._damage_reported = False
        page = contact_ids(self._filter, self._sort, limit=self.first_page)
        self.beginResetModel()
        self._ids = page
        self._cache.clear()
        self._lines.clear()
        self._complete = len(page) < self.first_page
        self.endResetModel()
        if self._complete:
            self.query_finished.emit()
            return
        if typing:
            # While keys keep coming, each replaces the last: the full list is only worth
            # computing once typing pauses, and skipping it keeps the cores for the keystrokes.
            self._full_list_timer.start()
        else:
            self._start_full_list()

    def _start_full_list(self) -> None:
        generation = self._generation
        flt, sort = self._filter, self._sort
        page = list(self._ids)
        worker_connection: list[sqlite3.Connection] = []

        def work(_progress: Progress) -> list[int]:
            worker_connection.append(database.connection())
            return contact_ids(flt, sort)

        def done(ids: list[int] | None, error: BaseException | None) -> None:
            if generation != self._generation or self._stopped:
                return  # a newer query has been asked for: this result is stale
            self._task = None
            self._worker_connection = []
            if error is not None or ids is None:
                self._complete = True
                self.query_failed.emit(str(error))
                self.query_finished.emit()
                return
            self._complete_with(page, ids)

        self._task = run_task(work, done)
        self._worker_connection = worker_connection

    def _drop_running_query(self) -> None:
        """Cancel the full-list query of an older filter, stopping SQLite where it is."""
        self._full_list_timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        for connection in self._worker_connection:
            with contextlib.suppress(sqlite3.Error):
                connection.interrupt()  # the worker sees an error; its result is dropped
        self._worker_connection = []

    def _complete_with(self, page: list[int], ids: list[int]) -> None:
        if ids[: len(page)] == page and len(ids) > len(page):
            self.beginInsertRows(QModelIndex(), len(page), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        elif ids != page:  # the data changed between the two queries
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self._lines.clear()
            self.endResetModel()
        self._complete = True
        self.query_finished.emit()

    def stop(self) -> None:
        """Drop any query still running (the window is closing)."""
        self._stopped = True
        self._generation += 1
        self._drop_running_query()

    def invalidate_rows(self) -> None:
        """Forget cached rows (their contents changed) without changing the id list."""
        self._cache.clear()
        self._lines.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    # Lookup -----------------------------------------------------------------------------------

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def contact_row(self, row: int) -> ContactRow | None:
        if not 0 <= row < len(self._ids):
            return None
        contact_id = self._ids[row]
        cached = self._cache.get(contact_id)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._lines.clear()
        start = row - row % BLOCK
        block = self._ids[start : start + BLOCK]
        try:
            fetched = fetch_rows(block)
        except (sqlite3.DatabaseError, peewee.DatabaseError, UnicodeDecodeError) as exc:
            # Cached as unreadable, so that painting them does not ask (and fail) again.
            fetched = {i: self._unreadable(i) for i in block}
            self._report_damage(str(exc))
        self._cache.update(fetched)
        for key, value in fetched.items():
            texts = tuple(self._display(value, c) for c in Column)
            if value.damaged_fields:
                damaged = self.tr("damaged")
                columns = {_FIELD_COLUMNS[f] for f in value.damaged_fields if f in _FIELD_COLUMNS}
                texts = tuple(damaged if c in columns else texts[c] for c in Column)
                self._report_damage(value.damage)
            self._lines[key] = _Line(
                value,
                texts,
                value.lead == Lead.WARM and "lead" not in value.damaged_fields,
                value.follow_up_overdue(self._today),
                value.damage,
            )
        return self._cache.get(contact_id)

    def _unreadable(self, contact_id: int) -> ContactRow:
        return ContactRow(
            id=contact_id,
            display_name=self.tr("(damaged: cannot be read)"),
            organization="",
            title="",
            relationship=Relationship.OTHER,
            lead=Lead.COLD,
            status=Status.TO_CONTACT,
            referrer_id=None,
            referred_by="",
            last_contact=None,
            next_follow_up=None,
            email="",
            phone="",
            damage=self.tr("SQLite cannot read this row: the file is damaged"),
            damaged_fields=tuple(_FIELD_COLUMNS),
        )

    def _report_damage(self, detail: str) -> None:
        if not self._damage_reported:
            self._damage_reported = True
            self.damage_found.emit(detail)

    # QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[Column(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called several times per cell on every paint: plain int comparisons, cached lines.
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        position = index.row()
        column = index.column()
        if not 0 <= position < len(self._ids) or not 0 <= column < _COLUMNS:
            return None
        if role == _ID:
            return self._ids[position]
        line = self._line(position)
        if line is None:
            return None
        if role == _DISPLAY:
            return line.texts[column]
        if role == _CONTACT:
            return line.row
        if line.damage:
            if role == _DECORATION and column == _NAME:
                return icon("damaged-database")
            if role == _TOOLTIP:
                return self.tr("This contact is damaged in the file: {problem}").format(
                    problem=line.damage
                )
            if role == _FOREGROUND:
                return DAMAGED_COLOUR
        if role == _DECORATION:
            if column == _LEAD and line.warm:
                return icon("warm-lead")
            if column == _FOLLOW_UP and line.overdue:
                return icon("overdue")
            return None
        if column == _FOLLOW_UP and line.overdue:
            if role == _FOREGROUND:
                return OVERDUE_COLOUR
            if role == _FONT:
                return _bold()
            if role == _TOOLTIP:
                return self.tr("Follow-up overdue: it was due on {date}").format(
                    date=line.texts[column]
                )
        if role == _TOOLTIP and column == _LEAD:
            if line.warm:
                return self.tr("Warm lead: someone who already knows you")
            return self.tr("Cold lead")
        return None

    def _line(self, position: int) -> _Line | None:
        contact_id = self._ids[position]
        line = self._lines.get(contact_id)
        if line is None and self.contact_row(position) is not None:
            line = self._lines.get(contact_id)
        return line

    def _display(self, row: ContactRow, column: Column) -> str:
        if column == Column.NAME:
            return row.display_name
        if column == Column.ORGANIZATION:
            return row.organization
        if column == Column.TITLE:
            return row.title
        if column == Column.RELATIONSHIP:
            return labels.label(row.relationship)
        if column == Column.LEAD:
            return labels.label(row.lead)
        if column == Column.STATUS:
            return labels.label(row.status)
        if column == Column.REFERRED_BY:
            return row.referred_by
        if column == Column.LAST_CONTACT:
            return self._date(row.last_contact)
        if column == Column.NEXT_FOLLOW_UP:
            return self._date(row.next_follow_up)
        if column == Column.EMAIL:
            return row.email
        return row.phone

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDate(value), "d MMM yyyy")
