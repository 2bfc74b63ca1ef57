"""The Companies page: every employer with what you know there, and who you know there.

A search box (folded name, as you type), the table (:class:`CompanyTableModel`, sorted by a
header click) and, beside it, the selected company's people with their actions. The page reads
again when the store says companies, people, postings, tasks or the history changed; while it is
hidden it only notes that, and reads once it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.store import Changes, Topic
from netdesk.ui.companies.aliases import MergeDialog
from netdesk.ui.companies.model import Column, CompanyRole, CompanyTableModel
from netdesk.ui.companies.people import CompanyPeople
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.shown_page import ShownPage
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.theme import page_title, secondary
from netdesk.ui.widgets import add_search_icon, name_clear_button

TOPICS = (
    Topic.COMPANIES,
    Topic.CONTACTS,
    Topic.POSTINGS,
    Topic.TASKS,
    Topic.INTERACTIONS,
    Topic.MEETINGS,
)
"""What the figures and the people shown depend on."""


class _SearchBox(QLineEdit):
    """Down goes to the table, as in the contact search."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.table: QTableView | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.table is not None:
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.selectionModel().hasSelection() and self.table.model().rowCount():
                self.table.selectRow(0)
            return
        super().keyPressEvent(event)


class CompaniesPage(ShownPage):
    """The page the sidebar's "Companies" shows."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._wanted: int | None = None
        """A company asked for by :meth:`show_company`, selected once the list holds it."""
        self.title = page_title(self.tr("Companies"), self)
        self.search = _SearchBox(self)
        self.search.setPlaceholderText(self.tr("Search companies by name"))
        self.search.setAccessibleName(self.tr("Search companies"))
        name_clear_button(self.search)
        add_search_icon(self.search, icon("find"))
        self.count = secondary(QLabel(self))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge &into..."), self)
        self.merge_button.setToolTip(
            self.tr("Make the selected company part of another: its people, postings and names")
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)

        self.model = CompanyTableModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Companies"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            int(Column.NAME), Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.NAME, 200),
            (Column.WARM, 60),
            (Column.COLD, 60),
            (Column.OPEN_POSTINGS, 110),
            (Column.LAST_INTERACTION, 150),
        ):
            header.resizeSection(int(column), width)
        self.search.table = self.table

        self.people = CompanyPeople(context, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.people)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 450])

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.people.list)

        self.search.textChanged.connect(self.model.set_search)
        self.model.modelReset.connect(self._reselect)
        self.model.query_finished.connect(self._show_count)
        self.model.query_finished.connect(lambda: self._select_wanted(finished=True))
        self.model.query_failed.connect(
            lambda error: context.show_status(
                self.tr("The companies could not be read: {error}").format(error=error), 8000
            )
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._watch = ChangeWatch(context.signals, TOPICS, self._store_changed, self)
        context.signals.switched.connect(lambda _path: self._database_switched())

    # Reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the companies (and the selected company's people) again."""
        self._stale = False
        self.model.refresh()
        self.people.refresh()

    def _database_switched(self) -> None:
        self.model.stop()
        self.people.show_company(None)
        self._store_changed(Changes({}))

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        if self.model.search:
            self.count.setText(self.tr("%Ln companies found", "", rows))
        else:
            self.count.setText(self.tr("%Ln companies", "", rows))

    # Selection --------------------------------------------------------------------------------

    def _menu(self, pos: QPoint) -> None:
        if self.selected_company() is None:
            return
        menu = QMenu(self)
        merge = menu.addAction(self.merge_button.icon(), self.merge_button.text())
        merge.triggered.connect(self.merge_selected)
        names = menu.addAction(self.people.names_button.icon(), self.people.names_button.text())
        names.triggered.connect(self.people.edit_names)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def merge_selected(self) -> MergeDialog | None:
        """Ask which company the selected one becomes part of, show what moves, merge."""
        rows = self.table.selectionModel().selectedRows()
        company = rows[0].data(CompanyRole) if rows else None
        if company is None:
            return None
        dialog = MergeDialog(self._context, int(company.id), str(company.name), self)
        dialog.open()
        return dialog

    def selected_company(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        company = rows[0].data(CompanyRole)
        return None if company is None else str(company.name)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        company = rows[0].data(CompanyRole) if rows else None
        name = None if company is None else str(company.name)
        self.merge_button.setEnabled(company is not None)
        if name != self.people.company:
            self.people.show_company(name, None if company is None else int(company.id))

    def show_company(self, company_id: int) -> None:
        """Select that company and show its people (the search is cleared when it hides it)."""
        self._wanted = company_id
        if self.search.text():
            self.search.clear()
            self.model.refresh()  # now, not after the typing pause: an older answer is dropped
        elif not self._select_wanted() and not self._stale and self.model.is_complete:
            self.model.refresh()

    def _select_wanted(self, *, finished: bool = False) -> bool:
        if self._wanted is None:
            return False
        row = self.model.row_of(self._wanted)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, int(Column.NAME)))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if row is not None or (finished and not self.search.text()):
            self._wanted = None
        return row is not None

    def _reselect(self) -> None:
        """After a new list, select the company shown before if it is still there."""
        name = self.people.company
        if name is None:
            return
        for row in range(self.model.rowCount()):
            company = self.model.company(row)
            if company is not None and company.name == name:
                self.table.selectRow(row)
                return
        self.people.show_company(None)
