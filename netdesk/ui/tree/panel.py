"""The referral tree page: who led to whom, as a lazily loaded tree, wide, with its explanations.

The panel puts the parts together and keeps its selection in step with the contact table (through
the window's ``ContactSelection``): the lazy model (:mod:`.model`) in its view (:mod:`.view`),
the filter (matches shown with the people who led to them), re-parenting by drag and drop or
"Set referrer..." (:mod:`.moves`, undoable on the window's stack), the path back to someone you
knew with the opening line for a call (:mod:`.path`), the network's numbers (:mod:`.numbers`),
the context menu (:mod:`.menu`), saving or printing the visible tree (:mod:`.output`), and a
legend of its icons (:mod:`.legend`). The tree takes the width; the path, the numbers and the
legend sit in a column beside it (a splitter, remembered). In a window it gets the window's
``PanelContext`` and re-reads the tree when the store says contacts or referrals changed, or
when it is shown again after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import tree
from netdesk.models.enums import Lead, Status
from netdesk.models.store import Topic
from netdesk.ui import labels
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.navigation import role_label
from netdesk.ui.shell.side_splitter import SideSplitter
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.writes import Writer
from netdesk.ui.tree.legend import TreeLegend
from netdesk.ui.tree.menu import TreeMenu
from netdesk.ui.tree.model import Column, IdRole, ReferralTreeModel
from netdesk.ui.tree.moves import ReferrerMoves, SetReferrerDialog
from netdesk.ui.tree.numbers import NetworkNumbers
from netdesk.ui.tree.output import TreeOutput
from netdesk.ui.tree.path import PathToMe
from netdesk.ui.tree.picture import MAX_PICTURE_ROWS, PictureRow, TreePicture
from netdesk.ui.tree.view import ReferralTreeView
from netdesk.ui.widgets import add_search_icon, name_clear_button

NAME_WIDTH = 240
NAME_ROOM = 100
"""Pixels kept for a name right of its indentation when the name column widens."""

TREE_TOPICS = (Topic.CONTACTS, Topic.REFERRALS, Topic.MEETINGS)
"""What the tree shows: people (name, company, status), who referred whom, and the numbers
(referrals per meeting held)."""
SPLITTER_KEY = "referral_tree/side_width"
SIDE_WIDTH = 360
"""The column of the path, the numbers and the legend, until the user moves the splitter."""
WORDS_FROM = 760
"""The tree's width from which the status is written out beside its icon."""


class ReferralTreePanel(QWidget):
    """The tree with its filter, the path to the selected person and the network's numbers."""

    contact_selected = Signal(object)
    """The tree's current contact id changed (None when nothing is current)."""
    move_refused = Signal(str)
    """A re-parenting was refused; the message says why."""

    def __init__(self, context: PanelContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writer = context.writer if context is not None else Writer(self)
        self._current: int | None = None
        self._syncing = False
        self._pending_reveal: int | None = None
        self._path_expanded = False
        self._widened = False
        self._stale = False
        self.model = ReferralTreeModel(self)
        self.moves = ReferrerMoves(
            self._writer, context.undo_stack if context is not None else None, self
        )
        self.moves.refused.connect(self.move_refused)
        self.moves.moved.connect(self._changed)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.model.reparent_requested.connect(self.move_contact, Qt.ConnectionType.QueuedConnection)
        self.view.drop_requested.connect(self.move_contact, Qt.ConnectionType.QueuedConnection)
        self.watch: ChangeWatch | None = None
        if context is not None:
            self.watch = ChangeWatch(
                context.signals, TREE_TOPICS, lambda _changes: self.schedule_refresh(), self
            )
            context.signals.switched.connect(self._database_switched)
            context.selection.current_changed.connect(self.window_contact_changed)
        self.refresh()
        current = context.selection.current() if context is not None else None
        if current is not None:
            self.window_contact_changed(current)

    # Building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find in the tree..."))
        self.filter_edit.setToolTip(
            self.tr("Shows the people who match with everyone who led to them")
        )
        name_clear_button(self.filter_edit)
        add_search_icon(self.filter_edit, icon("find"))
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.view = ReferralTreeView()
        self.output = TreeOutput(
            self.model,
            self.view,
            self._picture_title,
            self._picture_subtitle,
            self._context,
            self.moves.refuse,
            self,
        )
        self.save_action = self.output.save_action
        self.print_action = self.output.print_action
        self.filter_edit.setAccessibleName(self.tr("Find in the tree"))
        self.title = role_label(self.tr("Referral tree"), "page-title")
        tools = QHBoxLayout()
        tools.addWidget(self.title)
        tools.addStretch(1)
        tools.addWidget(self.filter_edit, 2)
        for action in (self.save_action, self.print_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            tools.addWidget(button)

        self.filter_info = QLabel()
        self.filter_info.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_info.setWordWrap(True)
        self.filter_info.hide()

        self.view.setObjectName("referralTree")
        self.view.setAccessibleName(self.tr("Referral tree"))
        self.view.setAccessibleDescription(
            self.tr("Who referred whom: Right shows whom a person referred, Left hides them")
        )
        self.view.resized.connect(self._fit_words)
        self.view.setExpandsOnDoubleClick(False)  # a double-click opens the editor
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAnimated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIndentation(16)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.open_in_editor())
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        room = 2 * metrics.averageCharWidth() + 16 + 12  # padding, and an icon
        for column, width in (
            (Column.NAME, NAME_WIDTH),
            (Column.STATUS, self._widest(Column.STATUS) + room),
            (Column.LEAD, self._widest(Column.LEAD) + room),
            (Column.REFERRED, self._widest(Column.REFERRED) + room),
            (Column.BELOW, self._widest(Column.BELOW) + room),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._tree_current_changed)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._fetch_near_bottom())

        self.path = PathToMe(self.current_contact_id)
        self.path_label = self.path.path_label
        self.opening_label = self.path.opening_label
        self.copy_action = self.path.copy_action
        self.numbers = NetworkNumbers()
        self.numbers_label = self.numbers.label
        self.legend = TreeLegend()
        details = QWidget()
        details.setObjectName("referralTreeDetails")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 0, 4, 0)
        details_layout.setSpacing(18)
        details_layout.addWidget(self.path)
        details_layout.addWidget(self.numbers)
        details_layout.addWidget(self.legend)
        details_layout.addStretch(1)
        self.details = QScrollArea()  # scrolls only in a window too short for the legend
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setMinimumWidth(260)
        self.splitter = SideSplitter(SPLITTER_KEY, self.view, self.details, SIDE_WIDTH)
        self.splitter.setObjectName("referralTreeSplitter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.addLayout(tools)
        layout.addWidget(self.filter_info)
        layout.addWidget(self.splitter, 1)

        self.menu = TreeMenu(
            self._context,
            self.current_contact_id,
            self.model.record,
            self.choose_referrer,
            self.copy_action,
            self,
        )
        self.add_referral_action = self.menu.add_referral_action
        self.log_meeting_action = self.menu.log_meeting_action
        self.open_action = self.menu.open_action
        self.set_referrer_action = self.menu.set_referrer_action

    # Loading and refreshing ----------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Refresh once the current event is handled (several changes, one refresh).

        While the panel is hidden it only notes that a refresh is due, and refreshes when shown.
        """
        if not self.is_shown():
            self._stale = True
            return
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Query again, keeping what was expanded and the current contact."""
        self._refresh_timer.stop()
        self._stale = False
        expanded = self.expanded_ids()
        if self.model.forest is not None:
            self.model.set_forest(tree.filter_forest(self.filter_edit.text()))
        self._expand(self.model.reload(expanded))
        if self._current is not None:
            self.reveal(self._current, retry=False)
        self._update_path()
        self._update_actions()
        self.refresh_numbers()

    def expanded_ids(self) -> list[int]:
        """The loaded contacts whose rows are expanded and visible, parents first."""
        result: list[int] = []
        stack = list(reversed(self.model.loaded_children(None)))
        while stack:
            contact_id = stack.pop()
            if self.view.isExpanded(self.model.index_of(contact_id)):
                result.append(contact_id)
                stack.extend(reversed(self.model.loaded_children(contact_id)))
        return result

    def _bulk_load(self, path: list[int]) -> None:
        """Reload with ``path`` loaded, keeping what was expanded."""
        self._expand(self.model.reload(self.expanded_ids(), path))
        self._path_expanded = True

    def _expand(self, ids: list[int]) -> None:
        """Expand ``ids`` (parents first) deepest first: only the topmost one lays rows out."""
        for contact_id in reversed(ids):
            self.view.expand(self.model.index_of(contact_id))

    def _fetch_near_bottom(self) -> None:
        """Load the next page of the children a reader scrolls down to."""
        index = self.view.indexAt(QPoint(4, self.view.viewport().height() - 4))
        while index.isValid():
            parent = index.parent()
            if self.model.canFetchMore(parent):
                if index.row() >= self.model.rowCount(parent) - 5:
                    self.model.fetchMore(parent)
                return
            if index.row() != self.model.rowCount(parent) - 1:
                return
            index = parent

    def apply_filter(self) -> None:
        """Show only the people matching the filter text, with everyone who led to them."""
        self._filter_timer.stop()
        text = self.filter_edit.text()
        forest = tree.filter_forest(text)
        self.model.set_forest(forest)
        if forest is None:
            self.filter_info.hide()
            self._expand(self.model.reload())
        else:
            shown = len(forest.matches)
            if not shown:
                message = self.tr("Nobody matches “{text}”.").format(text=text.strip())
            elif shown < forest.total_matches:
                message = self.tr(
                    "Showing the first {shown} of {total} matches, with who led to them."
                ).format(shown=format_number(shown), total=format_number(forest.total_matches))
            else:
                message = self.tr("{shown} matching, with who led to them.").format(
                    shown=format_number(shown)
                )
            self.filter_info.setText(message)
            self.filter_info.show()
            self._expand(self.model.reload())
        if self._current is None or not self.reveal(self._current):
            self.view.scrollToTop()

    # Selection ---------------------------------------------------------------------------------

    def current_contact_id(self) -> int | None:
        return self._current

    def _database_switched(self, path: Path | None) -> None:
        if path is not None:  # a database in memory only stands in while a backup is restored
            self.database_switched()

    def database_switched(self) -> None:
        """Another file is open: forget the contact and the filter of the old one."""
        self._current = None
        self._pending_reveal = None
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.filter_info.hide()
        self.model.set_forest(None)
        self.numbers.forget()
        self.model.reload()
        self._update_path()
        self._update_actions()
        self.schedule_refresh()

    def reveal(self, contact_id: int, *, retry: bool = True) -> bool:
        """Load, expand down to and select ``contact_id``; False when the tree does not show it."""
        self._path_expanded = False
        indexes = self.model.load_path(contact_id, self._bulk_load)
        path_expanded, self._path_expanded = self._path_expanded, False
        if indexes is None:  # the loaded tree is out of date
            if not retry:
                return False
            self._current = contact_id
            self.refresh()  # reveals the current contact again
            return bool(self.view.currentIndex().data(IdRole) == contact_id)
        if not indexes:
            self._fit_name_column(None)
            self._syncing = True
            try:
                self.view.selectionModel().clearSelection()
                self.view.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            finally:
                self._syncing = False
            return False
        if not path_expanded:  # a bulk load has expanded the path already
            for index in reversed(indexes[:-1]):
                self.view.expand(index)
        target = indexes[-1]
        self._syncing = True
        # The view would scroll to the new current row itself, walking up every ancestor to
        # check it is open (5,000 calls on a long chain); _scroll_to does without.
        self.view.setAutoScroll(False)
        try:
            self.view.selectionModel().setCurrentIndex(
                target,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.view.setAutoScroll(True)
            self._syncing = False
        self._scroll_to(target, len(indexes) - 1)
        if self._current != contact_id:
            self._current = contact_id
            self._update_path()
            self._update_actions()
        return True

    def _fit_name_column(self, depth: int | None) -> None:
        """Widen the name column as far as a row ``depth`` levels deep needs, or narrow it back.

        At 5,000 levels the indentation alone is 80,000 pixels: without this the name of the
        selected person could not be scrolled to.
        """
        header = self.view.header()
        needed = NAME_WIDTH
        if depth is not None:
            needed = max(NAME_WIDTH, (depth + 1) * self.view.indentation() + NAME_ROOM)
        size = header.sectionSize(Column.NAME)
        if needed > size or (self._widened and needed != size):
            header.resizeSection(Column.NAME, needed)
            self._widened = needed > NAME_WIDTH
            self.view.updateGeometries()

    def _scroll_to(self, index: QModelIndex, depth: int) -> None:
        """Like QTreeView.scrollTo, without its walk up every ancestor (5,000 on a long chain)."""
        self._fit_name_column(depth)
        rect = self.view.visualRect(index)
        if not rect.isValid():
            self.view.scrollTo(index)
            return
        viewport = self.view.viewport().rect()
        bar = self.view.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > viewport.height():
            if self.view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
                rows = rect.center().y() // max(1, rect.height())
                half = viewport.height() // max(1, rect.height()) // 2
                bar.setValue(bar.value() + rows - half)
            else:
                bar.setValue(bar.value() + rect.center().y() - viewport.height() // 2)
        hbar = self.view.horizontalScrollBar()
        if rect.x() < 0 or rect.x() > viewport.width() - 40:  # the name starts off screen
            hbar.setValue(max(0, hbar.value() + rect.x() - 2 * self.view.indentation()))

    def window_contact_changed(self, contact_id: object) -> None:
        """The main window's current contact changed: follow it (later, when hidden)."""
        if self._syncing or not isinstance(contact_id, int) or contact_id == self._current:
            return
        if not self.is_shown():
            self._pending_reveal = contact_id
            return
        self._pending_reveal = None
        self._current = contact_id
        self.reveal(contact_id)
        self._update_path()
        self._update_actions()

    def is_shown(self) -> bool:
        """Visible to the user (another page in front hides it)."""
        return self.isVisible()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        """Do what waited while the panel could not be seen."""
        if not self.is_shown():
            return
        if self._stale:
            self.refresh()
        if self._pending_reveal is not None:
            pending, self._pending_reveal = self._pending_reveal, None
            self.window_contact_changed(pending)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        contact_id = current.data(IdRole) if current.isValid() else None
        if contact_id == self._current:
            return
        self._current = contact_id
        self._update_path()
        self._update_actions()
        self.contact_selected.emit(contact_id)
        if contact_id is not None and self._context is not None:
            self._syncing = True
            try:
                self._context.selection.select(contact_id)
            finally:
                self._syncing = False

    # The page ----------------------------------------------------------------------------------

    def _widest(self, column: Column) -> int:
        """Pixels for the widest text a column shows: its header or its longest label."""
        metrics = self.view.fontMetrics()
        texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
        if column == Column.STATUS:
            texts += [labels.label(status) for status in Status]
        elif column == Column.LEAD:
            texts.append(labels.label(Lead.WARM))
        else:
            texts.append("99,999")
        return max(metrics.horizontalAdvance(text) for text in texts)

    def _fit_words(self, width: int) -> None:
        """Write the status out where the tree has room for it; the icon and tooltip say it
        in a narrow one."""
        self.view.setColumnHidden(Column.STATUS, width < WORDS_FROM)

    def stop(self) -> None:
        """The window closes: no more reads (a closed window's views may still be laid out,
        and the database may be closed by then)."""
        self._refresh_timer.stop()
        self._filter_timer.stop()
        self._stale = False
        self.model.clear()

    def focus_filter(self) -> None:
        """Edit > Find on this page: to the filter, its text selected for typing over."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def restore_state(self, settings: QSettings) -> None:
        """The side column as wide as the user left it."""
        self.splitter.restore(settings)

    def save_state(self, settings: QSettings) -> None:
        self.splitter.save(settings)

    # The parts -----------------------------------------------------------------------------------

    def _update_path(self) -> None:
        contact_id = self._current
        loaded = self.model.chain(contact_id) if contact_id is not None else []
        self.path.show_contact(contact_id, loaded)

    def path_text(self) -> str:
        return self.path.path_text()

    def opening_text(self) -> str:
        return self.path.opening_text()

    def copy_opening_line(self) -> None:
        self.path.copy_opening_line()

    def refresh_numbers(self) -> None:
        self.numbers.refresh()

    def numbers_text(self, numbers: tree.NetworkNumbers) -> str:
        return self.numbers.numbers_text(numbers)

    def move_contact(
        self,
        contact_id: int,
        referrer_id: int | None,
        *,
        parent: QWidget | None = None,
        on_done: Callable[[], None] | None = None,
        given_up: Callable[[], None] | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> bool:
        """Give ``contact_id`` another referrer (None: known directly): see
        :meth:`ReferrerMoves.move`."""
        return self.moves.move(
            contact_id,
            referrer_id,
            parent=parent,
            on_done=on_done,
            given_up=given_up,
            notice=notice,
        )

    def _changed(self, contact_id: int | None) -> None:
        """A move (or its undo) is written: the person moved stays the current one. In a window
        the store's event re-reads the tree; alone, nobody else would."""
        if contact_id is not None:
            self._current = contact_id
        if self._context is None:
            self.refresh()
        elif contact_id is not None:
            self._context.selection.select(contact_id)

    def choose_referrer(self) -> SetReferrerDialog | None:
        contact_id = self._current
        record = self.model.record(contact_id) if contact_id is not None else None
        if contact_id is None or record is None:
            return None
        return self.moves.choose_referrer(contact_id, record.name)

    def _update_actions(self) -> None:
        self.menu.update()

    def _context_menu(self, position: QPoint) -> None:
        self.menu.popup(self.view, position)

    def add_referred_person(self) -> QDialog | None:
        """The editor for a new contact whose referrer is the current contact."""
        return self.menu.add_referred_person()

    def log_meeting(self) -> QDialog | None:
        return self.menu.log_meeting()

    def open_in_editor(self) -> QDialog | None:
        return self.menu.open_in_editor()

    def _picture_title(self) -> str:
        if self.model.forest is not None:
            return self.tr("Referral tree: “{text}”").format(text=self.filter_edit.text().strip())
        return self.tr("Referral tree")

    def _picture_subtitle(self) -> str:
        return self.numbers.text()

    def visible_rows(self, limit: int = MAX_PICTURE_ROWS) -> tuple[list[PictureRow], int]:
        """The rows a reader can reach by scrolling, in order with their depth; and how many
        more there are beyond ``limit``."""
        return self.output.visible_rows(limit)

    def picture(self) -> TreePicture:
        return self.output.picture()

    def save_image(self, path: Path) -> bool:
        """The visible tree as a PNG, or an SVG when ``path`` ends in .svg; a file that cannot
        be written is refused with a message saying why."""
        return self.output.save_image(path)

    def choose_image_file(self) -> None:
        self.output.choose_image_file()

    def print_tree(self, printer: QPrinter) -> bool:
        return self.output.print_tree(printer)

    def print_with_dialog(self) -> None:
        self.output.print_with_dialog()


# Wiring into the main window ---------------------------------------------------------------------


class ReferralTreeIntegration(QObject):
    """The tree page of one main window (which places ``panel`` among its pages)."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.panel = ReferralTreePanel(context)
        self.panel.setObjectName("referralTreePage")
