"""The contact table's item model: ids sorted and filtered by SQLite, rows fetched on demand.

A query change (typing, a quick filter, a header click) first asks for one screenful of ids and
shows it; when more rows match, the full id list follows and is appended when it arrives. Only
the rows being painted are ever loaded, a block at a time, and formatted when first painted.

Per keystroke the GUI thread does a small, bounded amount of work, whatever the number of hits:
on a network of more than :data:`INLINE_LIMIT` contacts a search or quick filter runs on a pool
thread (its own database connection) and the GUI thread only swaps the answer in; the rows shown
so far stay until it arrives. A query that a newer one replaces is interrupted where it is, and
a result that arrives late is dropped. The GUI thread asks only what costs the same at any
size: the first page of the unfiltered list (one walk of an index; the window opens with it,
and a header click repaints with it), or anything on a small network (well under a
millisecond), so that those rows paint with the key or click that asked for them.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import cache
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from netdesk.core.query import (
    ContactFilter,
    ContactRow,
    Sort,
    SortColumn,
    contact_id_array,
    contact_ids,
    fetch_rows,
    table_size_bound,
)
from netdesk.models import Lead, Relationship, Status
from netdesk.models.errors import DatabaseError
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import QueryRequest, run_task
from netdesk.ui.theme import meaning_colours
from netdesk.ui.widgets import to_qdate

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

ContactRole = Qt.ItemDataRole.UserRole + 1
"""data() for this role returns the row's :class:`ContactRow`."""
IdRole = Qt.ItemDataRole.UserRole + 2
"""data() for this role returns the contact id (int)."""


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
    KEEP_IN_TOUCH = 11

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
    Column.KEEP_IN_TOUCH: SortColumn.KEEP_IN_TOUCH,
}

FIRST_PAGE = 80
"""Ids fetched before the first paint: more rows than a tall screen shows."""
FULL_LIST_DELAY_MS = 90
"""Pause after the last change before the full id list is computed (one key at 130 wpm)."""
BLOCK = 50
"""Rows loaded at once when the view asks for one that is not cached."""
CACHE_LIMIT = 5000
INLINE_LIMIT = 2000
"""Networks up to this many contacts (by their highest id) are asked on the GUI thread: the
slowest first page over 2,000 contacts takes about half a millisecond."""


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CONTACT = int(ContactRole)
_ID = int(IdRole)
_STYLED = frozenset((_DECORATION, _FOREGROUND, _FONT))
_COLUMNS = len(Column)
_LEAD = int(Column.LEAD)
_FOLLOW_UP = int(Column.NEXT_FOLLOW_UP)
_NAME = int(Column.NAME)
_KEEP_IN_TOUCH = int(Column.KEEP_IN_TOUCH)
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
    """A fetched row as the view shows it: texts per column, and what styles which cell."""

    row: ContactRow
    texts: tuple[str, ...]
    styles: dict[tuple[int, int], object]
    """(role, column) -> value, for the foreground and font roles; for the decoration role, the
    meaning of the icon (made when first painted: it needs a QApplication)."""
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
    page_shown = Signal()
    """The rows for the current filter and sort replaced the ones shown before (a reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ContactFilter()
        self._sort = Sort()
        self._ids: Sequence[int] = array("q")
        self._complete = True
        self._shown = True
        self._request: QueryRequest | None = None
        self._cache: dict[int, ContactRow] = {}
        self._lines: dict[int, _Line] = {}
        self._rows_version = 0
        self._today = date.today()
        self._locale = QLocale()
        self._dates: dict[date, str] = {}
        self._labels: dict[tuple[type, str], str] = {}
        self.first_page = FIRST_PAGE
        self.inline_limit = INLINE_LIMIT
        self._full_list_timer = QTimer(self)
        self._full_list_timer.setSingleShot(True)
        self._full_list_timer.setInterval(FULL_LIST_DELAY_MS)
        self._full_list_timer.timeout.connect(self._start_full_list)
        self._damage_reported = False

    def attach(self, view: QTableView) -> None:
        """Show this model in ``view``, painted by :class:`ContactDelegate`.

        After a reset the view lays its rows out at once, instead of on a timer after it has
        painted: one paint per new page, not two (each is most of a keystroke's GUI time).
        """
        view.setModel(self)
        view.setItemDelegate(ContactDelegate(self, view))
        self.modelReset.connect(view.doItemsLayout)

    def _header(self, column: Column) -> str:
        # Translated per call, so that a translator installed later is honoured.
        if column == Column.NAME:
            return self.tr("Name")
        if column == Column.ORGANIZATION:
            return self.tr("Organization")
        if column == Column.TITLE:
            return self.tr("Title")
        if column == Column.RELATIONSHIP:
            return self.tr("Relationship")
        if column == Column.LEAD:
            return self.tr("Warm/cold")
        if column == Column.STATUS:
            return self.tr("Status")
        if column == Column.REFERRED_BY:
            return self.tr("Referred by")
        if column == Column.LAST_CONTACT:
            return self.tr("Last contact")
        if column == Column.NEXT_FOLLOW_UP:
            return self.tr("Next follow-up")
        if column == Column.EMAIL:
            return self.tr("E-mail")
        if column == Column.KEEP_IN_TOUCH:
            return self.tr("Keep in touch")
        return self.tr("Phone")

    # Query ------------------------------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def is_complete(self) -> bool:
        """False while the id list for the current filter and sort is still being computed."""
        return self._complete

    @property
    def is_shown(self) -> bool:
        """True once the rows shown are those of the current filter and sort (a first page at
        least); False while they are still those of the query before."""
        return self._shown

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
        self._drop_running_query()
        self._today = date.today()
        self._labels.clear()
        self._complete = False
        self._shown = False
        if self._filter.is_empty() or table_size_bound() <= self.inline_limit:
            # One walk of the sort order's index (a first page, unfiltered), or a small network:
            # the cost does not grow with the network, and the rows paint with the key.
            page = contact_ids(self._filter, self._sort, limit=self.first_page)
            self._show_page(page, {}, typing=typing)
            return
        flt, sort, limit, version = self._filter, self._sort, self.first_page, self._rows_version

        def work(request: QueryRequest) -> tuple[list[int], dict[int, ContactRow]]:
            page = contact_ids(flt, sort, limit=limit, interrupt=request.interrupt)
            request.interrupt.check()
            try:  # the rows to paint, so that the GUI thread has no query left to make
                rows = fetch_rows(page)
            except DatabaseError:
                rows = {}  # fetched (and shown as damaged) when painted
            return page, rows

        def done(result: tuple[list[int], dict[int, ContactRow]]) -> None:
            page, rows = result
            self._show_page(page, rows if version == self._rows_version else {}, typing=typing)

        self._ask(work, done)

    def _ask(
        self,
        work: Callable[[QueryRequest], T],
        done: Callable[[T], None],
    ) -> None:
        """Run ``work`` on a pool thread, then ``done`` with its result, unless replaced."""
        request: QueryRequest = QueryRequest()

        def finished(result: T | None, error: BaseException | None) -> None:
            if request is not self._request:
                return  # a newer query has been asked for (or none: stopped): this one is stale
            self._request = None
            if error is not None or result is None:
                if not self._shown:  # the rows shown are not the answer to this query
                    self.beginResetModel()
                    self._ids = array("q")
                    self.endResetModel()
                self._complete = self._shown = True
                self.query_failed.emit(str(error))
                self.query_finished.emit()
                return
            done(result)

        self._request = request
        request.task = run_task(lambda _progress: work(request), finished, owner=self)

    def _show_page(self, page: list[int], rows: dict[int, ContactRow], *, typing: bool) -> None:
        self.beginResetModel()
        self._ids = array("q", page)
        self._cache.clear()
        self._cache.update(rows)
        self._lines.clear()
        self._complete = len(page) < self.first_page
        self._shown = True
        self._damage_reported = False
        self.endResetModel()
        self.page_shown.emit()
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
        flt, sort = self._filter, self._sort

        def work(request: QueryRequest) -> array[int]:
            return contact_id_array(flt, sort, interrupt=request.interrupt)

        self._ask(work, self._complete_with)

    def _drop_running_query(self) -> None:
        """Stop the query of an older filter or sort where it is; its result is dropped."""
        self._full_list_timer.stop()
        if self._request is not None:
            self._request.stop()
            self._request = None

    def _complete_with(self, ids: array[int]) -> None:
        page = self._ids
        if len(ids) > len(page) and ids[: len(page)] == page:
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
        """Drop any query still running (the window is closing, the file is being replaced);
        nothing more is shown until the next :meth:`refresh`."""
        self._drop_running_query()

    def invalidate_rows(self) -> None:
        """Forget cached rows (their contents changed) without changing the id list."""
        self._rows_version += 1
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
        except DatabaseError as exc:
            # Cached as unreadable, so that painting them does not ask (and fail) again.
            fetched = {i: self._unreadable(i) for i in block}
            self._report_damage(str(exc))
        self._cache.update(fetched)
        return self._cache.get(contact_id)

    def _line(self, position: int) -> _Line | None:
        """The row at ``position`` formatted for painting: once, when it is first painted."""
        contact_id = self._ids[position]
        line = self._lines.get(contact_id)
        if line is not None:
            return line
        row = self.contact_row(position)
        if row is None:
            return None
        line = self._format(row)
        self._lines[contact_id] = line
        return line

    def _format(self, row: ContactRow) -> _Line:
        texts = [
            row.display_name,
            row.organization,
            row.title,
            self._label(row.relationship),
            self._label(row.lead),
            self._label(row.status),
            row.referred_by,
            self._date(row.last_contact),
            self._date(row.next_follow_up),
            row.email,
            row.phone,
            self._keep_in_touch(row.keep_in_touch_due),
        ]
        warm = row.lead == Lead.WARM and "lead" not in row.damaged_fields
        overdue = row.follow_up_overdue(self._today)
        styles: dict[tuple[int, int], object] = {}
        if row.damaged_fields or row.damage:
            damaged = self.tr("damaged")
            for field in row.damaged_fields:
                if field in _FIELD_COLUMNS:
                    texts[_FIELD_COLUMNS[field]] = damaged
            styles[(_DECORATION, _NAME)] = "damaged-database"
            for column in range(_COLUMNS):
                styles[(_FOREGROUND, column)] = QColor(meaning_colours().warning)
            self._report_damage(row.damage)
        if warm:
            styles[(_DECORATION, _LEAD)] = "warm-lead"
        if overdue:
            styles[(_DECORATION, _FOLLOW_UP)] = "overdue"
            styles.setdefault((_FOREGROUND, _FOLLOW_UP), QColor(meaning_colours().error))
            styles[(_FONT, _FOLLOW_UP)] = _bold()
        late = row.keep_in_touch_due is not None and row.keep_in_touch_due < self._today
        if late:
            styles.setdefault((_FOREGROUND, _KEEP_IN_TOUCH), QColor(meaning_colours().error))
        return _Line(row, tuple(texts), styles, warm, overdue, row.damage)

    def _keep_in_touch(self, due: date | None) -> str:
        """The Keep in touch cell: the day they are due, or how long ago that was."""
        if due is None:
            return ""
        late = (self._today - due).days
        if late <= 0:
            return self.tr("today") if late == 0 else self._date(due)
        if late == 1:
            return self.tr("overdue 1 day")
        return self.tr("overdue {count} days").format(count=f"{late:,}")

    def _label(self, value: Relationship | Lead | Status) -> str:
        key = (type(value), value)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = labels.label(value)
        return text

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
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        return None

    # flags() is not overridden: the default (enabled, selectable) is right, and the view asks
    # for it once per painted cell.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called several times per cell on every paint: a few int comparisons and dict lookups.
        role = int(role)
        if role == _DISPLAY:
            line = self._line_at(index)
            return None if line is None else line.texts[index.column()]
        if role in _STYLED:
            line = self._line_at(index)
            value = None if line is None else line.styles.get((role, index.column()))
            return icon(value) if role == _DECORATION and isinstance(value, str) else value
        if role == _ID:
            position = index.row()
            valid = index.isValid() and 0 <= position < len(self._ids)
            return self._ids[position] if valid else None
        if role == _CONTACT:
            line = self._line_at(index)
            return None if line is None else line.row
        if role == _TOOLTIP:
            line = self._line_at(index)
            return None if line is None else self._tooltip(line, index.column())
        return None

    def _line_at(self, index: Index) -> _Line | None:
        position = index.row()
        if not index.isValid() or not 0 <= position < len(self._ids):
            return None
        if not 0 <= index.column() < _COLUMNS:
            return None
        line = self._lines.get(self._ids[position])
        return line if line is not None else self._line(position)

    def _tooltip(self, line: _Line, column: int) -> str | None:
        if line.damage:
            return self.tr("This contact is damaged in the file: {problem}").format(
                problem=line.damage
            )
        if column == _FOLLOW_UP and line.overdue:
            return self.tr("Follow-up overdue: it was due on {date}").format(
                date=line.texts[column]
            )
        if column == _LEAD:
            if line.warm:
                return self.tr("Warm lead: someone who already knows you")
            return self.tr("Cold lead")
        return None

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            if len(self._dates) > CACHE_LIMIT:
                self._dates.clear()
            text = self._dates[value] = self._locale.toString(to_qdate(value), "d MMM yyyy")
        return text


_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_ENABLED = QStyle.StateFlag.State_Enabled
_SELECTED = QStyle.StateFlag.State_Selected
_OPEN = QStyle.StateFlag.State_Open


class ContactDelegate(QStyledItemDelegate):
    """Paints the contact table exactly as QStyledItemDelegate does, with one call into Python
    per cell instead of seven (one ``data()`` per role the default delegate asks for): it fills
    the style option straight from the row's formatted line. A test compares the pixels."""

    def __init__(self, model: ContactTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._with_display: dict[
            QStyleOptionViewItem.ViewItemFeature, QStyleOptionViewItem.ViewItemFeature
        ] = {}
        self._decorations: dict[tuple[str, QStyle.StateFlag, int, int], tuple[QIcon, QSize]] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        # Qt passes a QModelIndex here; the stubs type neither the persistent one nor None.
        option.index = index  # type: ignore[assignment]
        option.styleObject = None  # type: ignore[assignment]  # no style animations (QTBUG-30146)
        # What _line_at checks, with each of the index's values asked for once (a call each).
        position = index.row()
        model = self._model
        ids = model._ids
        if not 0 <= position < len(ids):
            return
        line = model._lines.get(ids[position]) or model._line(position)
        if line is None:
            return
        column = index.column()
        styles = line.styles
        if styles:
            font = styles.get((_FONT, column))
            if isinstance(font, QFont):
                option.font = font.resolve(option.font)
                option.fontMetrics = QFontMetrics(option.font)
            colour = styles.get((_FOREGROUND, column))
            if isinstance(colour, QColor):
                palette = QPalette(option.palette)
                palette.setBrush(QPalette.ColorRole.Text, QBrush(colour))
                option.palette = palette
            meaning = styles.get((_DECORATION, column))
            if isinstance(meaning, str):
                self._decorate(option, meaning)
        # Flags are Python enums in PySide: combining them costs more than looking them up.
        features = option.features
        with_display = self._with_display.get(features)
        if with_display is None:
            with_display = self._with_display[features] = features | _HAS_DISPLAY
        option.features = with_display
        text = line.texts[column]
        option.text = text if "\n" not in text else self.displayText(text, option.locale)

    def _decorate(self, option: QStyleOptionViewItem, meaning: str) -> None:
        """The icon and its size for ``option``'s state, worked out once per icon and state."""
        size = option.decorationSize
        key = (meaning, option.state, size.width(), size.height())
        found = self._decorations.get(key)
        if found is None:
            image = icon(meaning)
            state_flags = key[1]
            if not state_flags & _ENABLED:
                mode = QIcon.Mode.Disabled
            elif state_flags & _SELECTED:
                mode = QIcon.Mode.Selected
            else:
                mode = QIcon.Mode.Normal
            state = QIcon.State.On if state_flags & _OPEN else QIcon.State.Off
            found = self._decorations[key] = (image, image.actualSize(size, mode, state))
        option.features |= _HAS_DECORATION
        option.icon, option.decorationSize = found
