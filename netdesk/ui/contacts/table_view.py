"""The contact table's view: columns a first start shows, which ones can be hidden, Enter opens.

Rows have a fixed height, so the view never measures one, however many there are; sorting is
the model's (in the database). The header's context menu and View > Columns share one checkable
action per column.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from netdesk.ui.contacts.model import Column, ContactTableModel

# Column widths a first start begins with (characters are not known before a font exists).
DEFAULT_WIDTHS = {
    Column.NAME: 190,
    Column.ORGANIZATION: 170,
    Column.TITLE: 150,
    Column.RELATIONSHIP: 120,
    Column.LEAD: 90,
    Column.STATUS: 105,
    Column.REFERRED_BY: 160,
    Column.LAST_CONTACT: 100,
    Column.NEXT_FOLLOW_UP: 120,
    Column.EMAIL: 210,
    Column.PHONE: 130,
    Column.KEEP_IN_TOUCH: 120,
}
HIDDEN_AT_FIRST = (Column.TITLE, Column.LAST_CONTACT)


class ContactTableView(QTableView):
    """The table of contacts over ``model``."""

    open_requested = Signal()
    """Enter on the current row, or a double-click: open it in the editor."""

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("contactTable")
        self.setAccessibleName(self.tr("Contacts"))
        self.setAccessibleDescription(
            self.tr("The people found: Enter or a double click opens the editor of the current one")
        )
        model.attach(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, whatever their number.
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in HIDDEN_AT_FIRST:
            self.setColumnHidden(column, True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.column_actions: dict[Column, QAction] = {}
        """One checkable action per column: shown or hidden."""
        for column in Column:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, self, checkable=True)
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
            self.column_actions[column] = action

    def sync_column_actions(self) -> None:
        """Tick the actions of the columns shown (after the header's state is restored)."""
        for column, action in self.column_actions.items():
            action.setChecked(not self.isColumnHidden(column))

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self.window())
        for action in self.column_actions.values():
            menu.addAction(action)
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def first_visible_column(self) -> int:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0

    def selected_contact_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self._model.contact_id(row) for row in rows]
