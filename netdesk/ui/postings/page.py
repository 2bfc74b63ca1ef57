"""The Postings page: the opportunity pipeline as a board (a column per stage) or a list.

The toolbar adds postings (New posting, Open job page..., Paste posting...), searches (title,
company or location, as you type), filters by stage and switches Board | List (remembered).
The page builds no dialog: it says what was asked through its signals, which the window
connects to the posting editor and the page importer. A move (drag, Ctrl+Left/Right, Move to)
and a delete are written here through the writer, each one undo step. The page reads again when
the store says postings, companies or contacts changed; while hidden it only notes that.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetDeskError
from netdesk.core.posting_list import BOARD_STAGES, CLOSED_STAGES, PostingRow, count_postings
from netdesk.core.postings import delete_posting, move
from netdesk.core.row_undo import RowsChange
from netdesk.models.enums import PostingStage
from netdesk.models.store import Changes, Topic
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.postings.board import PostingBoard
from netdesk.ui.postings.empty import PostingsEmptyState
from netdesk.ui.postings.list_model import Column, PostingRole, PostingTableModel
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.shown_page import ShownPage
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import page_title, secondary
from netdesk.ui.widgets import add_search_icon, name_clear_button

TOPICS = (Topic.POSTINGS, Topic.COMPANIES, Topic.CONTACTS)
"""What the cards show: postings, their companies' names and the people linked."""
VIEW_KEY = "postings_page/view"
CLOSED_KEY = "postings_page/closed_open"
PAGE_SUFFIXES = (".html", ".htm")
ALL, OPEN, CLOSED = "all", "open", "closed"


def job_pages(paths: list[Path]) -> list[Path]:
    """The saved job pages (.html, .htm files) among ``paths``, in order."""
    return [p for p in paths if p.suffix.lower() in PAGE_SUFFIXES and not p.is_dir()]


def _dropped_pages(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return job_pages([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])


def web_address(url: str) -> QUrl | None:
    """``url`` when it is an http or https address with a host (nothing else is opened)."""
    found = QUrl(url.strip())
    if found.isValid() and found.scheme().lower() in ("http", "https") and found.host():
        return found
    return None


class PostingsPage(ShownPage):
    """The page the sidebar's "Postings" shows."""

    new_requested = Signal()
    open_pages_requested = Signal(list)
    """Saved job pages to read (``list[Path]``): from Open job page... or dropped."""
    paste_requested = Signal()
    edit_requested = Signal(int)
    """A posting to edit (double click, Enter, Edit): its id."""
    company_requested = Signal(int)
    """Who do I know there?: the posting's company id."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._total: int | None = None
        self.title = page_title(self.tr("Postings"), self)
        self.count = secondary(QLabel(self))
        self._build_toolbar()
        self.board = PostingBoard(self)
        self.model = PostingTableModel(self)
        self.table = self._build_table()
        self.empty = PostingsEmptyState(self)
        self.views = QStackedWidget(self)
        for widget in (self.board, self.table, self.empty):
            self.views.addWidget(widget)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.tools)
        layout.addWidget(self.views, 1)
        self.setAcceptDrops(True)

        self.board.open_requested.connect(self.edit_requested)
        self.board.delete_requested.connect(self.delete)
        self.board.move_requested.connect(self.move_to)
        self.board.menu_requested.connect(self._menu)
        self.board.loaded.connect(self._show_count)
        self.board.load_failed.connect(self._failed)
        self.board.closed.toggled.connect(lambda on: context.settings.setValue(CLOSED_KEY, on))
        self.model.query_finished.connect(self._show_count)
        self.model.query_failed.connect(self._failed)
        self.empty.new_requested.connect(self.new_requested)
        self.empty.open_requested.connect(self.choose_pages)
        self.empty.paste_requested.connect(self.paste_requested)
        self._watch = ChangeWatch(context.signals, TOPICS, self._store_changed, self)
        context.signals.switched.connect(lambda _path: self._store_changed(Changes({})))
        self._restore()

    # Building ---------------------------------------------------------------------------------

    def _action(self, text: str, meaning: str, slot: Callable[[], object]) -> QToolButton:
        action = QAction(icon(meaning), text, self)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def _build_toolbar(self) -> None:
        self.new_button = self._action(
            self.tr("New posting"), "add-posting", lambda: self.new_requested.emit()
        )
        self.new_action = self.new_button.defaultAction()
        self.new_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+N")))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(self.tr("Add a posting by hand (Ctrl+Shift+N)"))
        self.open_button = self._action(
            self.tr("Open job page..."), "open-job-page", self.choose_pages
        )
        self.open_button.setToolTip(
            self.tr("Read postings from web pages saved with your browser's Save page as")
        )
        self.paste_button = self._action(
            self.tr("Paste posting..."), "paste-posting", lambda: self.paste_requested.emit()
        )
        self.paste_button.setToolTip(self.tr("Paste a posting's address and text"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, company or location"))
        self.search.setAccessibleName(self.tr("Search postings"))
        self.search.setMinimumWidth(240)
        name_clear_button(self.search)
        add_search_icon(self.search, icon("find"))
        self.search.textChanged.connect(self._search_changed)
        self.stage_filter = QComboBox(self)
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.stage_filter.setToolTip(self.tr("Show only the postings at these stages"))
        self.stage_filter.addItem(self.tr("All stages"), ALL)
        self.stage_filter.addItem(self.tr("Open"), OPEN)
        self.stage_filter.addItem(self.tr("Closed"), CLOSED)
        self.stage_filter.insertSeparator(3)
        for stage in PostingStage:
            self.stage_filter.addItem(labels.label(stage), stage.value)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.board_button = self._toggle(self.tr("Board"), "board")
        self.list_button = self._toggle(self.tr("List"), "list")
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.board_button)
        group.addButton(self.list_button)
        self.board_button.toggled.connect(lambda on: self._toggled(on, "board"))
        self.list_button.toggled.connect(lambda on: self._toggled(on, "list"))
        self.tools = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.paste_button):
            self.tools.addWidget(widget)
        self.tools.addSpacing(12)
        self.tools.addWidget(self.search, 1)
        self.tools.addWidget(self.stage_filter)
        self.tools.addSpacing(12)
        self.tools.addWidget(self.board_button)
        self.tools.addWidget(self.list_button)

    def _toggled(self, on: bool, view: str) -> None:
        if on:
            self.set_view(view)

    def _toggle(self, text: str, meaning: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(icon(meaning))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(18, 18))
        # Flat unless chosen: in the dark scheme a raised button looked the chosen one.
        button.setAutoRaise(True)
        return button

    def _build_table(self) -> QTableView:
        table = _PostingTable(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Postings"))
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(
            int(Column.DATE_SEEN), Qt.SortOrder.DescendingOrder
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.TITLE, 280),
            (Column.COMPANY, 180),
            (Column.STAGE, 110),
            (Column.LOCATION, 160),
            (Column.DATE_SEEN, 135),
            (Column.DEADLINE, 135),
            (Column.LAST_STEP, 135),
        ):
            header.resizeSection(int(column), width)
        table.activated.connect(self._row_activated)
        table.customContextMenuRequested.connect(self._table_menu)
        return table

    def _restore(self) -> None:
        settings = self._context.settings
        view = settings.value(VIEW_KEY, "board")
        (self.list_button if view == "list" else self.board_button).setChecked(True)
        closed_open = settings.value(CLOSED_KEY, False)
        self.board.closed.set_expanded(closed_open in (True, "true"))

    # Views ------------------------------------------------------------------------------------

    @property
    def total(self) -> int | None:
        """How many postings the database holds (None until counted)."""
        return self._total

    @property
    def view(self) -> str:
        return "list" if self.list_button.isChecked() else "board"

    def set_view(self, view: str) -> None:
        """Show the board or the list (and remember which)."""
        button = self.list_button if view == "list" else self.board_button
        if not button.isChecked():
            button.setChecked(True)  # comes back here
            return
        self._context.settings.setValue(VIEW_KEY, self.view)
        self._show_view()
        if not self._stale:
            self._read_view()

    def _show_view(self) -> None:
        empty = self._total == 0
        self.views.setCurrentWidget(
            self.empty if empty else self.table if self.view == "list" else self.board
        )
        for widget in (self.search, self.stage_filter, self.board_button, self.list_button):
            widget.setEnabled(not empty)

    def stages(self) -> set[PostingStage] | None:
        """The stages the filter lets through (None: all)."""
        value = self.stage_filter.currentData()
        if value == OPEN:
            return set(BOARD_STAGES)
        if value == CLOSED:
            return set(CLOSED_STAGES)
        if value == ALL or value is None:
            return None
        return {PostingStage(value)}

    # Reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the postings and read the view shown, on workers."""
        self._stale = False

        def counted(total: int | None, error: BaseException | None) -> None:
            if error is None and total is not None:
                self._total = total
                self._show_view()

        run_task(lambda _p: count_postings(), counted, owner=self)
        self._read_view()

    def _read_view(self) -> None:
        if self.view == "list":
            self.board.stop()
            self.model.set_search(self.search.text())
            self.model.stop()
            self.model.set_stages(self.stages())
            self.model.refresh()
        else:
            self.model.stop()
            self.board.refresh(self.search.text(), self.stages())

    def _search_changed(self, text: str) -> None:
        if self.view == "list":
            self.model.set_search(text)
        else:
            self.board.refresh(text, self.stages())

    def _show_count(self) -> None:
        shown = self.model.rowCount() if self.view == "list" else self.board.total
        if self.search.text().strip() or self.stages() is not None:
            self.count.setText(self.tr("%Ln postings found", "", shown))
        else:
            self.count.setText(self.tr("%Ln postings", "", shown))

    def _failed(self, error: str) -> None:
        self._context.show_status(
            self.tr("The postings could not be read: {error}").format(error=error), 8000
        )

    # Current posting --------------------------------------------------------------------------

    def current_posting(self) -> PostingRow | None:
        if self.view == "board":
            return self.board.current_card()
        index = self.table.currentIndex()
        row = index.data(PostingRole) if index.isValid() else None
        return row if isinstance(row, PostingRow) else None

    def _row_activated(self, index: QModelIndex) -> None:
        row = index.data(PostingRole)
        if isinstance(row, PostingRow):
            self.edit_requested.emit(row.id)

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row = index.data(PostingRole) if index.isValid() else None
        if isinstance(row, PostingRow):
            self._menu(row, self.table.viewport().mapToGlobal(pos))

    def menu_for(self, posting: PostingRow) -> QMenu:
        """Edit, Open link, Move to >, Who do I know there?, Delete: for ``posting``."""
        menu = QMenu(self)
        menu.addAction(
            icon("edit-posting"), self.tr("&Edit..."), lambda: self.edit_requested.emit(posting.id)
        )
        link = menu.addAction(
            icon("open-link"), self.tr("Open &link"), lambda: self.open_link(posting)
        )
        link.setEnabled(web_address(posting.url) is not None)
        move_menu = menu.addMenu(self.tr("&Move to"))
        move_menu.triggered.connect(
            lambda action: self.move_to(posting.id, PostingStage(action.data()))
        )
        for stage in PostingStage:
            action = move_menu.addAction(labels.label(stage))
            action.setData(stage.value)
            action.setEnabled(stage != posting.stage)
        menu.addAction(
            icon("companies"),
            self.tr("&Who do I know there?"),
            lambda: self.company_requested.emit(posting.company_id),
        )
        menu.addSeparator()
        menu.addAction(icon("delete"), self.tr("&Delete"), lambda: self.delete(posting.id))
        return menu

    def _menu(self, posting: PostingRow, where: QPoint) -> None:
        menu = self.menu_for(posting)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def open_link(self, posting: PostingRow) -> bool:
        """Open the posting's address in the browser (http and https only)."""
        url = web_address(posting.url)
        if url is None:
            return False
        return bool(QDesktopServices.openUrl(url))

    def choose_pages(self) -> None:
        """Open job page...: saved pages to read."""
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open saved job pages"),
            "",
            self.tr("Saved web pages (*.html *.htm)"),
        )
        paths = job_pages([Path(name) for name in names])
        if paths:
            self.open_pages_requested.emit(paths)

    # Writing ----------------------------------------------------------------------------------

    def move_to(self, posting_id: int, stage: PostingStage) -> None:
        """Move a posting to ``stage`` (dated today), one undo step; the board shows it at once."""
        stage = PostingStage(stage)
        card = self.board.card(posting_id) if self.view == "board" else None
        current = card or self.current_posting()
        title = current.title if current is not None and current.id == posting_id else ""
        self.board.move_card(posting_id, stage)
        text = self.tr("Move “{title}” to {stage}").format(title=title, stage=labels.label(stage))
        self._write(
            lambda: move(posting_id, stage),
            text,
            self.tr("Moved to {stage}.").format(stage=labels.label(stage)),
            self.tr("The posting was not moved."),
        )

    def delete(self, posting_id: int) -> None:
        """Delete a posting with its history and people, undoably."""
        self._write(
            lambda: delete_posting(posting_id),
            self.tr("Delete posting"),
            self.tr("Posting deleted. Undo brings it back."),
            self.tr("The posting was not deleted."),
        )

    def _write(
        self, work: Callable[[], RowsChange | None], text: str, written: str, failure: str
    ) -> None:
        context = self._context

        def done(change: RowsChange | None) -> None:
            if change is not None:
                context.undo_stack.push(ChangeCommand(change, text, self._undone))
                context.show_status(written, 5000)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            context.show_status(str(error), 8000)
            self.refresh()
            return True

        context.writer.write(
            work, done, failure=failure, parent=self, refused=refused, given_up=self.refresh
        )

    def _undone(self, error: str | None) -> None:
        if error and shiboken6.isValid(self):
            self._context.show_status(error, 8000)

    # Drops ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_pages(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_pages(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_pages(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_pages_requested.emit(paths)


class _PostingTable(QTableView):
    """The list: Enter edits, Delete deletes (as the board's cards do)."""

    def __init__(self, page: PostingsPage) -> None:
        super().__init__(page)
        self._page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self._page.current_posting()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self._page.edit_requested.emit(row.id)
            return
        if event.key() == Qt.Key.Key_Delete and row is not None:
            self._page.delete(row.id)
            return
        super().keyPressEvent(event)
