"""The Companies table's item model: rows searched and sorted by SQLite, always on a worker.

Every figure of a company (people known there, open postings, last interaction, next step) is
kept by the database, but a list of 10,000 companies still takes tens of milliseconds to read
and build: the GUI thread never asks. A search or a header click starts a query on a pool
thread; the rows shown so far stay until it answers. In name order (indexes only) a first
screenful comes first and the full list follows; the other orders sort every company, so one
query gives them all. A query that a newer one replaces is interrupted where it is, and its late
answer dropped.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netdesk.core.company_list import (
    CompanyOrder,
    CompanyRow,
    CompanySort,
    company_rows,
)
from netdesk.ui.formatting import format_date, format_number
from netdesk.ui.shell.query_model import QueryTableModel

Index = QModelIndex | QPersistentModelIndex

CompanyRole = Qt.ItemDataRole.UserRole + 1
"""data() for this role returns the row's :class:`CompanyRow`."""

FIRST_PAGE = 80
"""Companies asked for first in name order: more rows than a tall screen shows."""


class Column(IntEnum):
    NAME = 0
    WARM = 1
    COLD = 2
    OPEN_POSTINGS = 3
    LAST_INTERACTION = 4
    NEXT_STEP = 5


_SORT = {
    Column.NAME: CompanySort.NAME,
    Column.WARM: CompanySort.WARM,
    Column.COLD: CompanySort.COLD,
    Column.OPEN_POSTINGS: CompanySort.OPEN_POSTINGS,
    Column.LAST_INTERACTION: CompanySort.LAST_INTERACTION,
    Column.NEXT_STEP: CompanySort.NEXT_STEP,
}
_NUMBERS = frozenset((Column.WARM, Column.COLD, Column.OPEN_POSTINGS))


class CompanyTableModel(QueryTableModel):
    """The companies of the current search, in the current order; starts empty until
    :meth:`refresh`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRow] = []
        self._order = CompanyOrder()
        self.first_page = FIRST_PAGE

    # Query ------------------------------------------------------------------------------------

    @property
    def order(self) -> CompanyOrder:
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        new = CompanyOrder(_SORT[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if new != self._order:
            self._order = new
            self.refresh()

    def refresh(self) -> None:
        """Ask the database again, on a worker (the rows shown stay until it answers): in name
        order a first screenful, then the whole list; in another order the whole list."""
        search, order = self._search, self._order
        if order.column is not CompanySort.NAME:
            self._query(lambda r: company_rows(search, order, interrupt=r), self._show_all)
            return
        limit = self.first_page

        def first(rows: list[CompanyRow]) -> bool:
            self._show(rows)
            if len(rows) < limit:
                return True
            self._query(
                lambda r: company_rows(search, order, interrupt=r), self._show_all, follow_up=True
            )
            return False

        self._query(lambda r: company_rows(search, order, limit=limit, interrupt=r), first)

    def _show_all(self, rows: list[CompanyRow]) -> bool:
        self._show(rows)
        return True

    def _show(self, rows: list[CompanyRow]) -> None:
        shown = self._rows
        if len(rows) > len(shown) and rows[: len(shown)] == shown and shown:
            self.beginInsertRows(QModelIndex(), len(shown), len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, company_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == company_id:
                return number
        return None

    def company(self, row: int) -> CompanyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Model ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == CompanyRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NEXT_STEP and row.next_step:
            assert row.next_step_due is not None
            return self.tr("{step}, due {day}").format(
                step=row.next_step, day=format_date(row.next_step_due)
            )
        return None

    def _text(self, row: CompanyRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.WARM:
            return format_number(row.warm)
        if column == Column.COLD:
            return format_number(row.cold)
        if column == Column.OPEN_POSTINGS:
            return format_number(row.open_postings)
        if column == Column.LAST_INTERACTION:
            return _day(row.last_interaction)
        if row.next_step_due is None:
            return ""
        day = format_date(row.next_step_due)
        return self.tr("{day}: {step}").format(day=day, step=row.next_step)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(Column(section))
        return None

    def _header(self, column: Column) -> str:
        if column == Column.NAME:
            return self.tr("Company")
        if column == Column.WARM:
            return self.tr("Warm")
        if column == Column.COLD:
            return self.tr("Cold")
        if column == Column.OPEN_POSTINGS:
            return self.tr("Open postings")
        if column == Column.LAST_INTERACTION:
            return self.tr("Last interaction")
        return self.tr("Next step")

    def _header_tip(self, column: Column) -> str:
        if column == Column.WARM:
            return self.tr("People you know there who are warm leads")
        if column == Column.COLD:
            return self.tr("People you know there who are cold leads")
        if column == Column.OPEN_POSTINGS:
            return self.tr("Postings there that are not closed or rejected")
        if column == Column.LAST_INTERACTION:
            return self.tr("The last time you were in touch with anyone there")
        if column == Column.NEXT_STEP:
            return self.tr("The open task due first of anyone there")
        return self.tr("The company's name")


def _day(day: date | None) -> str:
    return "" if day is None else format_date(day)
