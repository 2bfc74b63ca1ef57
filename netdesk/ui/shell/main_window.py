"""The main window: the contact table with search-as-you-type, quick filters, the editor and undo.

The window composes the panels; they never reach back into it. It owns, and gives each panel in
one :class:`~netdesk.ui.shell.context.PanelContext`:

- ``signals`` (:class:`~netdesk.ui.shell.store_signals.StoreSignals`), the one adapter of the
  store's change events: every view re-reads what it shows when the store says its topics
  changed (a write here, on a worker, or by another process; a switch to another file). No
  writer refreshes anything by hand.
- ``selection`` (:class:`~netdesk.ui.shell.selection.ContactSelection`): the current contact,
  which the table owns and the tree, History and This week follow or ask for.
- ``registry`` (:class:`~netdesk.ui.shell.actions.Actions`): every action by name, which the
  menus, the toolbar and the table's context menu are built from (``ui/shell/menus``), and the
  commands several panels start (open the editor, add a referred person, log a meeting).
- ``writer`` (:class:`netdesk.ui.shell.writes.Writer`) runs every write on a worker, in order;
  ``undo_stack``: push your own ``WriteCommand`` once its write is done.

The panels it builds: ``meetings`` (Log meeting, This week and History, the calendar export),
``referral_tree``, ``import_export`` (``import_files(paths)`` for files dropped or named on the
command line), ``recovery`` (restore from backup, damage and read-only notices) and
``duplicates``. ``add_dock(dock)`` places a dock and lists it under View > Panels.
``database_guard(path) -> bool``, when set, may refuse File > Open database (another NetDesk
has the file). Which file is open is the store's to say (``store.path``), never the window's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk import APP_NAME, __version__
from netdesk.core.contacts import (
    DeletedContacts,
    create_contact,
    delete_contacts,
    display_names,
    load_contact,
    update_contact,
)
from netdesk.core.dates import Week
from netdesk.core.demo import generate_demo
from netdesk.core.errors import FieldError, NetDeskError, ValidationError
from netdesk.core.query import ContactFilter, Counts, all_tags, count_contacts, fetch_rows
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import FollowUpCounts, follow_up_counts
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.errors import DatabaseError, explain
from netdesk.models.records import ContactData
from netdesk.models.store import Changes, Topic, store
from netdesk.ui import labels
from netdesk.ui.contacts.editor import ContactEditor
from netdesk.ui.contacts.model import Column, ContactTableModel, IdRole
from netdesk.ui.duplicates.dialog import Duplicates
from netdesk.ui.icons import app_icon, icon
from netdesk.ui.importing.actions import ImportExport, importable_paths
from netdesk.ui.meetings.panel import MeetingsIntegration
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.empty_state import DEMO_CONTACTS, EmptyStatePanel
from netdesk.ui.shell.menus import (
    EDIT_MENU,
    FILE_MENU,
    HELP_MENU,
    TABLE_MENU,
    TOOLBAR,
    TOOLS_MENU,
    fill,
)
from netdesk.ui.shell.recovery import Recovery, prepare
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.undo import AddContactCommand, DeleteContactsCommand, EditContactCommand
from netdesk.ui.shell.writes import PendingWrite, WriteCommand, Writer
from netdesk.ui.tree.panel import ReferralTreeIntegration
from netdesk.ui.widgets import ask_database_path

log = logging.getLogger("netdesk")

# Column widths a first start begins with (characters are not known before a font exists).
_DEFAULT_WIDTHS = {
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
}
_HIDDEN_AT_FIRST = (Column.TITLE, Column.LAST_CONTACT)

TABLE_TOPICS = (
    Topic.CONTACTS,
    Topic.REFERRALS,
    Topic.COMPANIES,
    Topic.TASKS,
    Topic.MEETINGS,
    Topic.INTERACTIONS,
)
"""What the table, the tag filter and the status bar's counts show: contacts with their
referrer and company, and the follow-ups, meetings and calls that set their dates and status."""


class MainWindow(QMainWindow):
    contacts_changed = Signal()
    """The table and the counts show a change to contacts (made here, on a worker or by another
    process); for observers outside the window (scripts, tests). Panels listen to the store."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.writer = Writer(self)
        self.undo_stack = self.writer.undo_stack
        self.signals = StoreSignals(self)
        # Twenty undo steps in a row, or a save and its undo: the views re-read once, after.
        self.writer.busy_changed.connect(self.signals.hold_refreshes)
        self.selection = ContactSelection(self, selected=self.selected_contact_ids)
        self.registry = Actions()
        self.editor: ContactEditor | None = None
        self._counts = Counts(0, 0)
        self._follow_up_generation = 0
        self._pending_select: int | None = None
        self._demo_task: Task[object] | None = None
        self._docks: list[QDockWidget] = []
        self.database_guard: Callable[[Path], bool] | None = None
        self.setWindowIcon(app_icon())

        self.model = ContactTableModel(self)
        self._build_actions()
        self._build_central()
        self.context = PanelContext(
            signals=self.signals,
            selection=self.selection,
            actions=self.registry,
            writer=self.writer,
            settings=self.settings,
            dialog_parent=self,
            show_status=self._show_status,
        )
        self._build_panels()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._restore_settings()

        self._watch = ChangeWatch(self.signals, TABLE_TOPICS, self._store_changed, self)
        self.signals.switched.connect(self._database_switched)
        self.selection.select_requested.connect(self.select_contact)
        self.model.modelReset.connect(self._model_reset)
        self.model.query_finished.connect(self._query_finished)
        self.model.query_failed.connect(self._query_failed)
        self.model.damage_found.connect(
            self.recovery.report_damage, Qt.ConnectionType.QueuedConnection
        )
        self._update_title()
        self.refresh()

    # Actions and menus -----------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        meaning: str | None = None,
        shortcut: QKeySequence.StandardKey | str | None = None,
        slot: object = None,
    ) -> QAction:
        """One of the window's own actions, registered as ``name``."""
        action = self.registry.add(name, QAction(text, self))
        if meaning is not None:
            action.setIcon(icon(meaning))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        """The window's own actions, registered by name (the panels register theirs)."""
        self.new_contact_action = self._action(
            "new-contact", self.tr("&New contact..."), "add-contact", QKeySequence.StandardKey.New
        )
        self.new_contact_action.triggered.connect(lambda: self.open_editor(None))
        self.new_contact_action.setStatusTip(self.tr("Add a person to your network"))
        self.edit_contact_action = self._action(
            "edit-contact", self.tr("&Edit contact..."), "edit-contact"
        )
        self.edit_contact_action.triggered.connect(self.edit_current)
        self.delete_action = self._action(
            "delete",
            self.tr("&Delete"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.open_database_action = self._action(
            "open-database",
            self.tr("&Open database..."),
            "open-database",
            QKeySequence.StandardKey.Open,
            self.choose_database,
        )
        self.print_sheet_action = self._action(
            "print-sheet",
            self.tr("&Print weekly sheet..."),
            "print-sheet",
            QKeySequence.StandardKey.Print,
            self.print_weekly_sheet,
        )
        self.print_sheet_action.setStatusTip(
            self.tr("Preview, print or save as PDF the week's calls, meetings and thank-you notes")
        )
        self.quit_action = self._action(
            "quit", self.tr("&Quit"), "quit", QKeySequence.StandardKey.Quit, self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.registry.add(
            "undo", self.undo_stack.undo_action(self, self.tr("&Undo"))
        )
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.registry.add(
            "redo", self.undo_stack.redo_action(self, self.tr("&Redo"))
        )
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.find_action = self._action(
            "find", self.tr("&Find"), "find", QKeySequence.StandardKey.Find, self.focus_search
        )
        self.about_action = self._action(
            "about", self.tr("&About NetDesk"), "about", None, self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.registry.open_editor = self.open_editor
        self.registry.add_referred_person = self.add_referred_person

    def _build_panels(self) -> None:
        """The panels, each given the context, placed here: docks, and the empty state's and
        drops' ways into the import."""
        context = self.context
        self.meetings = MeetingsIntegration(context)
        self.referral_tree = ReferralTreeIntegration(context)
        self.import_export = ImportExport(context)
        self.recovery = Recovery(context, self.open_database)
        self.duplicates = Duplicates(context)
        self.add_dock(self.meetings.week_dock)
        self.add_dock(self.meetings.timeline_dock)
        # The tree is a tab beside This week, so the table keeps its width on a laptop screen;
        # a saved window state (restored after this) puts it where the user left it.
        self.add_dock(self.referral_tree.dock)
        self.tabifyDockWidget(self.meetings.week_dock, self.referral_tree.dock)
        self.meetings.week_dock.raise_()
        self.empty_panel.import_requested.connect(self.import_export.choose_files)
        self.setAcceptDrops(True)
        self.search.setAcceptDrops(False)  # a dropped file is an import, not search text

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        fill(self.registry, self.file_menu, FILE_MENU)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        fill(self.registry, edit, EDIT_MENU)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = view
        self.columns_menu = view.addMenu(icon("columns"), self.tr("&Columns"))
        self.column_actions: dict[Column, QAction] = {}
        for column in Column:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, self, checkable=True)
            action.toggled.connect(
                lambda on, c=column: self.table.setColumnHidden(c, not on)  # type: ignore[misc]
            )
            self.column_actions[column] = action
            self.columns_menu.addAction(action)
        self.panels_menu = view.addMenu(self.tr("&Panels"))
        for dock in self._docks:
            self.panels_menu.addAction(dock.toggleViewAction())
        self.panels_menu.menuAction().setVisible(bool(self._docks))

        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        fill(self.registry, self.tools_menu, TOOLS_MENU)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        fill(self.registry, help_menu, HELP_MENU)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        fill(self.registry, toolbar, TOOLBAR)
        self.toolbar = toolbar
        fill(self.registry, self.table, TABLE_MENU)  # the table's context menu
        fill(self.registry, self, TABLE_MENU)  # and its shortcuts wherever the focus is

    # Central area ------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, e-mails, notes, tags..."))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setToolTip(
            self.tr("Filters as you type ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.search.textChanged.connect(self._filters_changed)
        self.search.returnPressed.connect(self._go_to_results)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_filter.addItem(labels.label(status), status)
        self.relationship_filter = QComboBox()
        self.relationship_filter.addItem(self.tr("Any relationship"), None)
        for relationship in Relationship:
            self.relationship_filter.addItem(labels.label(relationship), relationship)
        self.lead_filter = QComboBox()
        self.lead_filter.addItem(self.tr("Warm and cold"), None)
        self.lead_filter.addItem(icon("warm-lead"), self.tr("Warm leads"), Lead.WARM)
        self.lead_filter.addItem(self.tr("Cold leads"), Lead.COLD)
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        self.due_filter = QCheckBox(self.tr("Due this week"))
        self.due_filter.setIcon(icon("follow-up-week"))
        self.due_filter.setToolTip(
            self.tr("Only contacts with a follow-up due by Sunday, overdue ones included")
        )
        for combo in (
            self.status_filter,
            self.relationship_filter,
            self.lead_filter,
            self.tag_filter,
        ):
            # Wide enough for "Any ..." in full; longer entries show in the open list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
            text_width = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            combo.setMinimumWidth(text_width + 36)  # frame, margins and the arrow
            combo.currentIndexChanged.connect(self._filters_changed)
        self.due_filter.toggled.connect(self._filters_changed)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setIcon(icon("clear-filters"))
        self.clear_filters_button.setToolTip(self.tr("Show everyone: clear search and filters"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)

        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 3)
        for widget in (
            self.status_filter,
            self.relationship_filter,
            self.lead_filter,
            self.tag_filter,
            self.due_filter,
            self.clear_filters_button,
        ):
            filter_bar.addWidget(widget)

        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, whatever their number.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        for column in _HIDDEN_AT_FIRST:
            self.table.setColumnHidden(column, True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.table_page = QWidget()
        page_layout = QVBoxLayout(self.table_page)
        page_layout.setContentsMargins(6, 6, 6, 0)
        page_layout.addLayout(filter_bar)
        page_layout.addWidget(self.table)

        self.empty_panel = EmptyStatePanel()
        self.empty_panel.add_contact_requested.connect(lambda: self.open_editor(None))
        self.empty_panel.demo_requested.connect(self.open_demo_network)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table_page)
        self.stack.addWidget(self.empty_panel)
        self.setCentralWidget(self.stack)

        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.relationship_filter)
        self.setTabOrder(self.relationship_filter, self.lead_filter)
        self.setTabOrder(self.lead_filter, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.due_filter)
        self.setTabOrder(self.due_filter, self.clear_filters_button)
        self.setTabOrder(self.clear_filters_button, self.table)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.recovery.notice)
        self.writer.notice_changed.connect(self._write_notice)

    def _show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _write_notice(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.column_actions.values():
            menu.addAction(action)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    # Public API --------------------------------------------------------------------------------

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea | None = None) -> None:
        """Place ``dock`` (right side by default) and list it under View > Panels.

        Give the dock an objectName so that its place is remembered between sessions.
        """
        self.addDockWidget(area or Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._docks.append(dock)
        if hasattr(self, "panels_menu"):  # the panels' own docks are listed when it is built
            self.panels_menu.addAction(dock.toggleViewAction())
            self.panels_menu.menuAction().setVisible(True)
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreDockWidget(dock)

    def refresh(self) -> None:
        """Read the table, the tags and the counts again now.

        Nobody needs to call this after a write: the store says what changed and the window
        re-reads once per burst (:meth:`_store_changed`). It is here for a caller that must see
        the table current before the event loop runs again (a script, a test).
        """
        self._watch.cancel()
        self._counts = replace(self._counts, contacts=count_contacts())
        self._count_follow_ups()
        self._refresh_tags()
        self.model.refresh()
        self._update_empty_state()
        self._update_status()

    def _store_changed(self, changes: Changes) -> None:
        """What the table shows changed (here, on a worker, in another process): read again,
        once for the whole burst."""
        self.refresh()
        if Topic.CONTACTS in changes:
            self.contacts_changed.emit()

    def _refresh_due(self) -> bool:
        """The store reported a change the table has not read yet (it will, shortly)."""
        return self._watch.pending

    def _count_follow_ups(self) -> None:
        """The status bar's follow-ups, counted on a worker (they read every open task)."""
        self._follow_up_generation += 1
        generation = self._follow_up_generation
        week = Week.containing(date.today())

        def done(result: FollowUpCounts | None, error: BaseException | None) -> None:
            if generation != self._follow_up_generation:
                return  # a newer count is on its way
            if error is not None or result is None:
                log.warning("Follow-ups not counted: %s", error)
                return
            self._counts = replace(
                self._counts,
                follow_ups_due_this_week=result.due_this_week,
                follow_ups_overdue=result.overdue,
            )
            self._update_status()

        run_task(lambda _progress: follow_up_counts(week), done, owner=self)

    def select_contact(self, contact_id: int) -> None:
        """Make ``contact_id`` current and visible, clearing filters that hide it.

        A contact just written may not be in the table yet: it is selected once the table has
        read the change (which the store announced before the write's ``done`` runs).
        """
        row = self.model.row_of(contact_id)
        if row is None and (self._refresh_due() or not self.model.is_complete):
            self._pending_select = contact_id
            return
        if row is None and not self.model.contact_filter.is_empty():
            self.clear_filters()
            row = self.model.row_of(contact_id)
            if row is None and not self.model.is_complete:
                self._pending_select = contact_id
                return
        if row is None:
            return
        self._pending_select = None
        index = self.model.index(row, self._first_visible_column())
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def import_files(self, paths: list[Path]) -> None:
        """Offer to import ``paths`` (.vcf, .vcard, .csv files or folders) with a preview."""
        self.import_export.import_files(list(paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if importable_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if importable_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = importable_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    def current_contact_id(self) -> int | None:
        return self.selection.current()

    def selected_contact_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.contact_id(row) for row in rows]

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.table_page:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _go_to_results(self) -> None:
        """Enter in the search box: on to the first match, ready for Enter to open it."""
        if self.model.rowCount() == 0:
            return
        current = self.selection.current()
        if current is None or self.model.row_of(current) is None:
            self.select_contact(self.model.contact_id(0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_filters(self) -> None:
        widgets = (
            self.search,
            self.status_filter,
            self.relationship_filter,
            self.lead_filter,
            self.tag_filter,
            self.due_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (
            self.status_filter,
            self.relationship_filter,
            self.lead_filter,
            self.tag_filter,
        ):
            combo.setCurrentIndex(0)
        self.due_filter.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            relationship=self.relationship_filter.currentData(),
            lead=self.lead_filter.currentData(),
            tag=self.tag_filter.currentData(),
            follow_up_due_by=Week.containing(date.today()).sunday
            if self.due_filter.isChecked()
            else None,
        )

    # Editing ---------------------------------------------------------------------------------

    def open_editor(self, contact_id: int | None) -> ContactEditor | None:
        """Open the editor (window-modal) for a contact, or for a new one when None."""
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        try:
            before = load_contact(contact_id) if contact_id is not None else None
        except NetDeskError as exc:
            self._warn(self.tr("This contact cannot be opened"), str(exc))
            self.refresh()
            return None
        except (ValueError, TypeError) as exc:  # a stored value no NetDesk writes
            log.warning("Contact %s cannot be read: %r", contact_id, exc)
            self._warn(
                self.tr("This contact cannot be opened"),
                self.tr(
                    "This contact is damaged in the file ({problem}), so it cannot be edited. "
                    "The rest of your network works as before; File > Restore from backup... "
                    "brings back the last good copy."
                ).format(problem=exc),
            )
            return None

        pending: list[PendingWrite] = []

        def save(data: ContactData) -> bool:
            pending[:] = [self._write_contact(editor, contact_id, before, data)]
            return True

        editor = ContactEditor(save, before, contact_id, self)
        row = fetch_rows([contact_id]).get(contact_id) if contact_id is not None else None
        if row is not None and row.damage:
            log.warning("Contact %s is damaged: %s", contact_id, row.damage)
            editor.show_damage(row.damage)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(self._editor_closed)
        editor.cancel_save_requested.connect(lambda: pending and pending[0].cancel())
        self.editor = editor
        editor.open()
        return editor

    def add_referred_person(self, referrer_id: int, name: str) -> ContactEditor | None:
        """The editor for a new contact whom ``referrer_id`` (called ``name``) referred; an
        editor already open is brought forward instead, as it is."""
        if self.editor is not None:
            return self.open_editor(None)
        editor = self.open_editor(None)
        if editor is not None:
            editor.set_referrer(referrer_id, name)
            editor.tabs.setCurrentIndex(0)
        return editor

    def _write_contact(
        self,
        editor: ContactEditor,
        contact_id: int | None,
        before: ContactData | None,
        data: ContactData,
    ) -> PendingWrite:
        """Store what the editor holds on the writer; the editor closes once it is written."""

        def work() -> int:
            if contact_id is None or before is None:
                return create_contact(data)
            update_contact(contact_id, data)
            return contact_id

        def done(written_id: int) -> None:
            if contact_id is None or before is None:
                command: WriteCommand = AddContactCommand(written_id, data.name, self._undo_changed)
            else:
                command = EditContactCommand(contact_id, before, data, self._undo_changed)
            self.undo_stack.push(command)
            self.select_contact(written_id)  # the table shows it once it has read the change
            if shiboken6.isValid(editor):
                editor.saved()

        def refused(error: BaseException) -> bool:
            """Shown in the editor, which stays open: what it refused, or what the database
            could not do (read-only, damaged, a full disk at commit)."""
            if isinstance(error, ValidationError):
                editor.show_errors(error.errors)
                return True
            known: BaseException | None = error if isinstance(error, NetDeskError) else None
            known = known or explain(error, store.path)
            if known is None:
                return False
            editor.show_errors([FieldError("", str(known))])
            return True

        return self.writer.write(
            work,
            done,
            failure=self.tr("The contact was not saved."),
            parent=editor,
            refused=refused,
            given_up=editor.save_stopped,
            notice=editor.show_save_notice,
        )

    def _editor_closed(self) -> None:
        self.editor = None

    def edit_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.open_editor(contact_id)

    def delete_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        names = display_names(ids)
        ordered = [names.get(i, "") for i in ids]
        if not self.confirm_delete(ordered):
            return

        def done(deleted: DeletedContacts) -> None:
            self.undo_stack.push(DeleteContactsCommand(deleted, ordered, self._undo_changed))

        self.writer.write(
            lambda: delete_contacts(ids), done, failure=self.tr("The contacts were not deleted.")
        )

    def confirm_delete(self, names: list[str]) -> bool:
        """Ask before deleting; the names are shown as plain text."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Delete contacts"))
        if len(names) == 1:
            box.setText(self.tr("Delete {name}?").format(name=isolate_bidi(names[0])))
        else:
            box.setText(self.tr("Delete these {count} contacts?").format(count=len(names)))
            shown = names[:10] + (["..."] if len(names) > 10 else [])
            box.setDetailedText("\n".join(shown))
        box.setInformativeText(
            self.tr(
                "People they referred move up to whoever referred them. "
                "You can undo this with {shortcut}."
            ).format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _undo_changed(self, ids: list[int]) -> None:
        """An undo or redo changed ``ids``: a single contact is selected (once shown)."""
        if len(ids) == 1:
            self.select_contact(ids[0])

    # Demo network ----------------------------------------------------------------------------

    def open_demo_network(self) -> None:
        """Write the demo network into the open database, off the GUI thread."""
        if self._demo_task is not None:
            return
        self.empty_panel.set_busy(True, self.tr("Creating the demo network..."))

        def work(progress: Progress) -> object:
            return generate_demo(DEMO_CONTACTS, progress=progress)

        def done(_result: object, error: BaseException | None) -> None:
            self._demo_task = None
            self.empty_panel.set_busy(False)
            if error is not None:
                self._warn(self.tr("The demo network could not be created"), str(error))
            self.undo_stack.clear()

        self._demo_task = run_task(
            work, done, on_progress=self.empty_panel.set_progress, owner=self
        )

    # Database --------------------------------------------------------------------------------

    def print_weekly_sheet(self) -> None:
        """File > Print weekly sheet...: the print preview for this week."""
        from netdesk.ui.sheet.dialog import open_weekly_sheet

        self.sheet_dialog = open_weekly_sheet(self, settings=self.settings, signals=self.signals)

    def choose_database(self) -> None:
        current = store.path
        path = ask_database_path(self, current.parent if current is not None else Path.home())
        if path is not None:
            self.open_database(path)

    def open_database(self, path: Path) -> bool:
        """Switch to another database file; the current one stays open if that fails.

        The store says the switch happened (``switched``): the window, its panels and the
        single-instance socket follow from there.
        """
        if self.writer.busy:
            self.statusBar().showMessage(
                self.tr("Wait until the change being saved is written, then open {name}.").format(
                    name=path.name
                ),
                8000,
            )
            return False
        if self.database_guard is not None and not self.database_guard(path):
            self.statusBar().showMessage(
                self.tr("{name} is open in another NetDesk window.").format(name=path.name)
            )
            return False
        prepare(path)
        try:
            store.open(path)
        except DatabaseError as exc:
            recovered = self.recovery.offer_backups(path, str(exc))
            if recovered is None:
                self._warn(self.tr("NetDesk cannot open that database"), str(exc))
            return bool(recovered)
        return True

    def _database_switched(self, path: Path | None) -> None:
        """Another file is open: start afresh on it. A database in memory only stands in while
        a backup is restored (the file comes back), and changes nothing here."""
        if path is None:
            return
        self.settings.setValue("database/last", str(path))
        self.undo_stack.clear()
        self._pending_select = None
        self.selection.set_current(None)  # its id means someone else, or nobody, in this file
        self.clear_filters()
        self._update_title()
        self.refresh()
        self.contacts_changed.emit()

    # State -----------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_status()

    def _refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in all_tags():
            self.tag_filter.addItem(tag, tag)
        found = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)
        if current is not None and found < 0:
            self._filters_changed()

    def _first_visible_column(self) -> int:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection.set_current(current.data(IdRole) if current.isValid() else None)
        self._update_actions()

    def _model_reset(self) -> None:
        current = self.selection.current()
        keep = self._pending_select if self._pending_select is not None else current
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_contact(keep)
        elif keep is not None and not self.model.is_complete:
            self._pending_select = keep
        elif current is not None:
            self.selection.set_current(None)
        self._update_actions()

    def _query_finished(self) -> None:
        if self._pending_select is not None and not self._refresh_due():
            pending = self._pending_select
            self._pending_select = None
            self.select_contact(pending)  # clears the filters that hide it
            if self.model.row_of(pending) is None and self.selection.current() == pending:
                self.selection.set_current(None)
        self._update_status()

    def _query_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Search failed: {error}").format(error=message))

    def _update_actions(self) -> None:
        has_current = self.selection.current() is not None
        self.edit_contact_action.setEnabled(has_current)
        self.delete_action.setEnabled(self.table.selectionModel().hasSelection())

    def _update_empty_state(self) -> None:
        empty = self._counts.contacts == 0
        self.stack.setCurrentWidget(self.empty_panel if empty else self.table_page)
        self.find_action.setEnabled(not empty)

    def _update_status(self) -> None:
        total = self._counts.contacts
        due = self._counts.follow_ups_due_this_week
        contacts = (
            self.tr("1 contact") if total == 1 else self.tr("{n} contacts").format(n=f"{total:,}")
        )
        if not self.model.contact_filter.is_empty():
            if self.model.is_complete:
                contacts = self.tr("{shown} of {contacts}").format(
                    shown=f"{self.model.rowCount():,}", contacts=contacts
                )
            else:
                contacts = self.tr("Searching {contacts}...").format(contacts=contacts)
        follow_ups = (
            self.tr("1 follow-up due this week")
            if due == 1
            else self.tr("{n} follow-ups due this week").format(n=f"{due:,}")
        )
        overdue = self._counts.follow_ups_overdue
        if overdue:  # the This week panel's "Follow-ups due" and its overdue follow-ups
            follow_ups += self.tr(", {n} overdue").format(n=f"{overdue:,}")
        self.count_label.setText(f"{contacts} - {follow_ups}")

    def _update_title(self) -> None:
        title = (
            self.tr("{name} (read-only) - {app}")
            if store.read_only is not None
            else self.tr("{name} - {app}")
        )
        path = store.path
        self.setWindowTitle(title.format(name=path.name if path else ":memory:", app=APP_NAME))
        self.setWindowFilePath(str(path) if path else "")

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("About NetDesk"))
        box.setText(self.tr("NetDesk {version}").format(version=__version__))
        box.setInformativeText(
            self.tr(
                "Run your job-search networking as a campaign: warm leads, referral chains, "
                "short meetings, thank-you notes and follow-ups. Everything stays on this "
                "computer, in {path}."
            ).format(path=store.path)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # Settings ----------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        header = self.table.horizontalHeader()
        header_state = self.settings.value("contact_table/header")
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            header.restoreState(header_state)
        # The first query runs once the window is built (refresh); no need to run one here.
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for column, action in self.column_actions.items():
            action.setChecked(not self.table.isColumnHidden(column))

    def save_settings(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue("contact_table/header", self.table.horizontalHeader().saveState())
        if store.path is not None:
            self.settings.setValue("database/last", str(store.path))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.writer.cancel_all()  # what still waits for another program's lock is not written
        if self.editor is not None:
            self.editor.reject()
        self.save_settings()
        self.model.stop()
        self.signals.stop()  # nothing is re-read for a closed window
        self._watch.cancel()
        super().closeEvent(event)
