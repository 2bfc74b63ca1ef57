"""The Postings list's item model: ids searched, filtered and sorted by SQLite on a worker,
rows fetched by id as they are painted.

A search, a stage filter or a header click asks a pool thread for the sorted ids and the first
screenful of rows; the rows shown stay until it answers, and a query a newer one replaces is
interrupted and its late answer dropped. Rows further down are read by id, a block at a time,
when first painted: the GUI thread's work per paint does not grow with the number of postings.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from netdesk.core.posting_list import (
    PostingOrder,
    PostingRow,
    PostingSort,
    days_since,
    deadline_close,
    posting_ids,
    posting_rows,
)
from netdesk.core.query import Interrupt
from netdesk.models.enums import PostingStage
from netdesk.ui import labels
from netdesk.ui.formatting import format_date, format_number
from netdesk.ui.shell.query_model import QueryTableModel
from netdesk.ui.theme import meaning_colours

Index = QModelIndex | QPersistentModelIndex

PostingRole = Qt.ItemDataRole.UserRole + 1
"""data() for this role returns the row's :class:`PostingRow` (None while not read)."""

FIRST_PAGE = 80
"""Rows read with the ids: more than a tall screen shows."""
BLOCK = 100
"""Rows read by id at once when painting further down."""


class Column(IntEnum):
    TITLE = 0
    COMPANY = 1
    STAGE = 2
    LOCATION = 3
    DATE_SEEN = 4
    DEADLINE = 5
    LAST_STEP = 6
    PEOPLE = 7


_SORT = {
    Column.TITLE: PostingSort.TITLE,
    Column.COMPANY: PostingSort.COMPANY,
    Column.STAGE: PostingSort.STAGE,
    Column.LOCATION: PostingSort.LOCATION,
    Column.DATE_SEEN: PostingSort.DATE_SEEN,
    Column.DEADLINE: PostingSort.DEADLINE,
    Column.LAST_STEP: PostingSort.LAST_STEP,
    Column.PEOPLE: PostingSort.PEOPLE,
}


class PostingTableModel(QueryTableModel):
    """The postings of the current search and stages, in the current order; empty until
    :meth:`refresh`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, PostingRow] = {}
        self._stages: frozenset[PostingStage] | None = None
        self._order = PostingOrder(PostingSort.DATE_SEEN, True)

    # Query ------------------------------------------------------------------------------------

    @property
    def order(self) -> PostingOrder:
        return self._order

    def set_stages(self, stages: Collection[PostingStage] | None) -> None:
        """Show only postings at these stages (all for None)."""
        wanted = None if stages is None else frozenset(stages)
        if wanted != self._stages:
            self._stages = wanted
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        new = PostingOrder(_SORT[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if new != self._order:
            self._order = new
            self.refresh()

    def refresh(self) -> None:
        """Ask the database again, on a worker: the sorted ids and the first screenful of rows
        (the rows shown stay until it answers)."""
        search, stages, order = self._search, self._stages, self._order

        def work(interrupt: Interrupt) -> tuple[list[int], dict[int, PostingRow]]:
            ids = posting_ids(search, stages, order, interrupt=interrupt)
            return ids, posting_rows(ids[:FIRST_PAGE])

        def show(result: tuple[list[int], dict[int, PostingRow]]) -> bool:
            self.beginResetModel()
            self._ids, self._rows = result
            self.endResetModel()
            return True

        self._query(work, show)

    # Rows -------------------------------------------------------------------------------------

    def posting_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, posting_id: int) -> int | None:
        try:
            return self._ids.index(posting_id)
        except ValueError:
            return None

    def posting(self, row: int) -> PostingRow | None:
        posting_id = self.posting_id(row)
        if posting_id is None:
            return None
        found = self._rows.get(posting_id)
        if found is None:
            block = [i for i in self._ids[row : row + BLOCK] if i not in self._rows]
            self._rows.update(posting_rows(block))
            found = self._rows.get(posting_id)
        return found

    # Model ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.posting(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == PostingRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DEADLINE and _urgent(row):
            return QBrush(QColor(meaning_colours().error))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PostingRow, column: Column) -> str:
        if column == Column.TITLE:
            return row.title
        if column == Column.COMPANY:
            return row.company
        if column == Column.STAGE:
            return labels.label(row.stage)
        if column == Column.LOCATION:
            return row.location
        if column == Column.DATE_SEEN:
            return "" if row.date_seen is None else format_date(row.date_seen)
        if column == Column.DEADLINE:
            return "" if row.deadline is None else format_date(row.deadline)
        if column == Column.LAST_STEP:
            return "" if row.last_step is None else format_date(row.last_step)
        return format_number(row.people) if row.people else ""

    def _tip(self, row: PostingRow, column: Column) -> str | None:
        if column == Column.TITLE and row.url:
            return row.url
        if column == Column.LAST_STEP and row.last_step is not None:
            days = days_since(row.last_step) or 0
            return self.tr("%Ln days since the last step", "", days)
        if column == Column.DEADLINE and _urgent(row):
            return self.tr("The deadline is close or past")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        return None

    def _header(self, column: Column) -> str:
        if column == Column.TITLE:
            return self.tr("Title")
        if column == Column.COMPANY:
            return self.tr("Company")
        if column == Column.STAGE:
            return self.tr("Stage")
        if column == Column.LOCATION:
            return self.tr("Location")
        if column == Column.DATE_SEEN:
            return self.tr("Seen")
        if column == Column.DEADLINE:
            return self.tr("Deadline")
        if column == Column.LAST_STEP:
            return self.tr("Last step")
        return self.tr("People")


def _urgent(row: PostingRow) -> bool:
    """An open posting whose deadline is close or past."""
    return row.is_open and deadline_close(row.deadline)
