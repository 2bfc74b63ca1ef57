"""The main window: pages in a sidebar (This week, Contacts, the referral tree), the editor, undo.

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
``duplicates``. ``navigation`` (:class:`~netdesk.ui.shell.navigation.Navigation`) holds the
pages: "week" (This week, the home page), "contacts" (the table, with History beside it) and
"tree"; a new page is one ``navigation.add_page`` call, which also lists it under View > Go to.
``database_guard(path) -> bool``, when set, may refuse File > Open database (another NetDesk
has the file). Which file is open is the store's to say (``store.path``), never the window's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
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
    QKeySequence,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from netdesk import APP_NAME, __version__
from netdesk.core.query import ContactFilter, all_tags
from netdesk.models.errors import DatabaseError
from netdesk.models.store import Changes, Topic, store
from netdesk.ui.compose.panel import ComposeIntegration
from netdesk.ui.contacts.editing import ContactEditing
from netdesk.ui.contacts.editor import ContactEditor
from netdesk.ui.contacts.filter_bar import ContactFilterBar
from netdesk.ui.contacts.model import ContactTableModel, IdRole
from netdesk.ui.contacts.table_view import ContactTableView
from netdesk.ui.duplicates.dialog import Duplicates
from netdesk.ui.icons import app_icon, icon
from netdesk.ui.importing.actions import ImportExport, importable_paths
from netdesk.ui.meetings.panel import MeetingsIntegration
from netdesk.ui.preferences import Preferences
from netdesk.ui.shell import demo
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.empty_state import EmptyStatePanel
from netdesk.ui.shell.menus import (
    EDIT_MENU,
    FILE_MENU,
    HELP_MENU,
    TABLE_MENU,
    TOOLBAR,
    TOOLS_MENU,
    fill,
)
from netdesk.ui.shell.pages import build_pages
from netdesk.ui.shell.recovery import Recovery, prepare
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.status_counts import StatusCounts
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.writes import Writer
from netdesk.ui.sync.panel import SyncIntegration
from netdesk.ui.tree.panel import ReferralTreeIntegration
from netdesk.ui.widgets import ask_database_path

log = logging.getLogger("netdesk")

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

STATE_VERSION = 1
"""Of the saved window state (toolbar): version 0 had docks, which a state of it would bring
back as empty frames, so it is not restored."""
PAGE_KEY = "main_window/page"


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
        self._pending_select: int | None = None
        self.database_guard: Callable[[Path], bool] | None = None
        self.setWindowIcon(app_icon())

        self.model = ContactTableModel(self)
        self.editing = ContactEditing(
            self.writer, self.select_contact, self._warn, self.refresh, self
        )
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
        self._build_pages()
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
        self._greet_if_empty()

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
            "edit-contact", self.tr("&Edit contact..."), "edit-contact", "Ctrl+E"
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
        """The panels, each given the context, and the empty state's and drops' ways into the
        import."""
        context = self.context
        self.meetings = MeetingsIntegration(context)
        self.compose = ComposeIntegration(context)
        self.referral_tree = ReferralTreeIntegration(context)
        self.import_export = ImportExport(context)
        self.recovery = Recovery(context, self.open_database, lambda: self.sync.running)
        self.duplicates = Duplicates(context)
        self.preferences = Preferences(context)
        self.sync = SyncIntegration(context)
        self.empty_panel.import_requested.connect(self.import_export.choose_files)
        self.setAcceptDrops(True)
        self.search.setAcceptDrops(False)  # a dropped file is an import, not search text

    def _build_pages(self) -> None:
        """The sidebar's pages (``ui/shell/pages``): This week, Contacts, tree, Companies,
        Postings."""
        pages = build_pages(
            self.context,
            self.meetings,
            self.referral_tree,
            (self.filter_bar, self.table, self.empty_panel),
        )
        self.card = pages.card
        self.contacts_page = pages.contacts_page
        self.stack = self.contacts_page.stack
        """The contacts page's table and card (``table_page``), or the empty state."""
        self.table_page = self.contacts_page.splitter
        self.navigation = pages.navigation
        self.pages = pages
        self.setCentralWidget(self.navigation)
        self.setTabOrder(self.navigation.sidebar, self.search)
        self.setTabOrder(self.clear_filters_button, self.table)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        fill(self.registry, self.file_menu, FILE_MENU)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        fill(self.registry, edit, EDIT_MENU)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = view
        view.addMenu(self.navigation.go_menu)
        view.addSeparator()
        self.columns_menu = view.addMenu(icon("columns"), self.tr("&Columns"))
        for action in self.column_actions.values():
            self.columns_menu.addAction(action)

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
        self.filter_bar = ContactFilterBar()
        self.filter_bar.filters_changed.connect(self._filters_changed)
        self.filter_bar.search_entered.connect(self._go_to_results)
        self.filter_bar.clear_requested.connect(self.clear_filters)
        self.search = self.filter_bar.search
        self.status_filter = self.filter_bar.status_filter
        self.relationship_filter = self.filter_bar.relationship_filter
        self.lead_filter = self.filter_bar.lead_filter
        self.tag_filter = self.filter_bar.tag_filter
        self.due_filter = self.filter_bar.due_filter
        self.clear_filters_button = self.filter_bar.clear_filters_button

        self.table = ContactTableView(self.model)
        self.table.open_requested.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.column_actions = self.table.column_actions

        self.empty_panel = EmptyStatePanel()
        self.empty_panel.add_contact_requested.connect(lambda: self.open_editor(None))
        self.empty_panel.demo_requested.connect(self.open_demo_network)

    def _build_status_bar(self) -> None:
        self.count_label = StatusCounts(self.model)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.recovery.notice)
        self.statusBar().addPermanentWidget(self.sync.status)
        self.writer.notice_changed.connect(self._write_notice)

    def _show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _write_notice(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # Public API --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the table, the tags and the counts again now.

        Nobody needs to call this after a write: the store says what changed and the window
        re-reads once per burst (:meth:`_store_changed`). It is here for a caller that must see
        the table current before the event loop runs again (a script, a test).
        """
        self._watch.cancel()
        self.count_label.count()
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
        index = self.model.index(row, self.table.first_visible_column())
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
        return self.table.selected_contact_ids()

    def focus_search(self) -> None:
        """Edit > Find: the current page's own search, else the contacts' search."""
        search = self.pages.searches.get(self.navigation.current_page())
        if search is not None:
            search()
            return
        if self.contacts_page.is_empty_state():
            return
        self.navigation.show_page("contacts")
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
        self.filter_bar.clear()
        self._filters_changed()

    def current_filter(self) -> ContactFilter:
        return self.filter_bar.current_filter()

    # Editing ---------------------------------------------------------------------------------

    @property
    def editor(self) -> ContactEditor | None:
        """The contact editor while it is open (one at a time)."""
        return self.editing.editor

    def open_editor(self, contact_id: int | None) -> ContactEditor | None:
        """Open the editor (window-modal) for a contact, or for a new one when None."""
        return self.editing.open_editor(contact_id)

    def add_referred_person(self, referrer_id: int, name: str) -> ContactEditor | None:
        """The editor for a new contact whom ``referrer_id`` (called ``name``) referred."""
        return self.editing.add_referred_person(referrer_id, name)

    def edit_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.open_editor(contact_id)

    def delete_selected(self) -> None:
        self.editing.delete(self.selected_contact_ids(), self.confirm_delete)

    def confirm_delete(self, names: list[str]) -> bool:
        """Ask before deleting; the names are shown as plain text."""
        return self.editing.confirm_delete(names)

    def _undo_changed(self, ids: list[int]) -> None:
        """An undo or redo changed ``ids``: a single contact is selected (once shown)."""
        self.editing.undo_changed(ids)

    # Demo network ----------------------------------------------------------------------------

    def open_demo_network(self) -> None:
        """The demo network, in a file of its own (never into this one): ``shell/demo``."""
        demo.open_demo_network(self, self.open_database, self.empty_panel, self._warn)

    # Database --------------------------------------------------------------------------------

    def print_weekly_sheet(self) -> None:
        """File > Print weekly sheet...: the print preview for this week."""
        from netdesk.ui.sheet.dialog import open_weekly_sheet

        self.sheet_dialog = open_weekly_sheet(self, settings=self.settings, signals=self.signals)

    def choose_database(self) -> None:
        current = store.path
        path = ask_database_path(self, current.parent if current is not None else Path.home())
        if path is not None and not self.sync.open_after_sync(path, self.open_database):
            self.open_database(path)

    def open_database(self, path: Path) -> bool:
        """Switch to another database file; the current one stays open if that fails.

        The store says the switch happened (``switched``): the window, its panels and the
        single-instance socket follow from there. Refused while a sync writes to this file.
        """
        if self.writer.busy:
            self.statusBar().showMessage(
                self.tr("Wait until the change being saved is written, then open {name}.").format(
                    name=path.name
                ),
                8000,
            )
            return False
        if (refusal := self.sync.switch_refusal(path)) is not None:
            self.statusBar().showMessage(refusal, 8000)
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
        self._greet_if_empty()
        self.contacts_changed.emit()

    # State -----------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_status()

    def _refresh_tags(self) -> None:
        if self.filter_bar.set_tags(all_tags()):
            self._filters_changed()

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
        empty = self.count_label.contacts == 0
        self.contacts_page.show_contacts(not empty)
        # Ctrl+2 or Enter in the sidebar: into the search box, or the empty state's first button.
        self.contacts_page.setFocusProxy(self.empty_panel.add_button if empty else self.search)
        self.find_action.setEnabled(not empty)

    def _greet_if_empty(self) -> None:
        """A database with nobody in it opens on the Contacts page, whose empty state offers
        the ways to begin (This week has nothing to plan yet)."""
        if self.contacts_page.is_empty_state():
            self.navigation.show_page("contacts")

    def _update_status(self) -> None:
        self.count_label.show_counts()

    def _update_title(self) -> None:
        title = (
            self.tr("{name} (read-only) - {app}")
            if store.read_only is not None
            else self.tr("{name} - {app}")
        )
        path = store.path
        self.setWindowTitle(
            title.format(name=demo.title_name(path) if path else ":memory:", app=APP_NAME)
        )
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
            screen = self.screen().availableGeometry()
            self.resize(min(1480, screen.width() * 9 // 10), min(900, screen.height() * 9 // 10))
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, STATE_VERSION)  # refused when saved by the docks' window
        self.contacts_page.restore_state(self.settings)
        self.referral_tree.panel.restore_state(self.settings)
        page = self.settings.value(PAGE_KEY)
        if isinstance(page, str) and page in self.navigation.pages():
            self.navigation.show_page(page)
        header = self.table.horizontalHeader()
        header_state = self.settings.value("contact_table/header")
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            header.restoreState(header_state)
        # The first query runs once the window is built (refresh); no need to run one here.
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.sync_column_actions()

    def save_settings(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState(STATE_VERSION))
        self.settings.setValue(PAGE_KEY, self.navigation.current_page())
        self.contacts_page.save_state(self.settings)
        self.referral_tree.panel.save_state(self.settings)
        self.settings.setValue("contact_table/header", self.table.horizontalHeader().saveState())
        if store.path is not None:
            self.settings.setValue("database/last", str(store.path))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.writer.cancel_all()  # what still waits for another program's lock is not written
        self.sync.close()
        if self.editor is not None:
            self.editor.reject()
        self.save_settings()
        self.model.stop()
        self.referral_tree.panel.stop()
        self.pages.stop()  # timers and workers of the pages
        self.signals.stop()  # nothing is re-read for a closed window
        self._watch.cancel()
        super().closeEvent(event)
