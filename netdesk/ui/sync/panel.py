"""The sync's place in the window: its actions, its status-bar button, its dialogs.

A panel like the others: :class:`SyncIntegration` gets the window's ``PanelContext`` and
registers ``sync-now`` (Ctrl+Shift+S; the toolbar and Tools), ``sync-accounts`` (Edit, beside
Preferences) and ``sync-conflicts`` (Tools), which ``ui/shell/menus`` places; the window puts
``status`` in its status bar and calls :meth:`close` when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from netdesk.core.sync.conflicts import conflict_count
from netdesk.models.store import Topic
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.sync.accounts_dialog import AccountsDialog
from netdesk.ui.sync.conflicts_dialog import ConflictsDialog
from netdesk.ui.sync.controller import SyncController

SYNC_SHORTCUT = "Ctrl+Shift+S"


class SyncIntegration(QObject):
    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self.accounts_dialog: AccountsDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.controller = SyncController(context.settings, context.dialog_parent, self)
        self.status: QToolButton = self.controller.status_button

        self.sync_action = context.actions.add(
            "sync-now", QAction(icon("sync"), self.tr("&Sync now"), self)
        )
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setStatusTip(
            self.tr("Send and fetch the changes of your sync accounts' address books and calendars")
        )
        self.sync_action.setToolTip(self.tr("Sync now (Ctrl+Shift+S)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.accounts_action = context.actions.add(
            "sync-accounts", QAction(icon("sync-accounts"), self.tr("Sync &accounts..."), self)
        )
        self.accounts_action.setStatusTip(
            self.tr("Add or remove CardDAV/CalDAV accounts, and choose when NetDesk syncs")
        )
        self.accounts_action.triggered.connect(self.open_accounts)
        self.conflicts_action = context.actions.add(
            "sync-conflicts",
            QAction(icon("sync-conflicts"), self.tr("Sync &conflicts..."), self),
        )
        self.conflicts_action.setStatusTip(
            self.tr("Fields changed differently here and on the server: choose which to keep")
        )
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.status.clicked.connect(self._status_clicked)

        self.controller.sync_started.connect(self._update_actions)
        self.controller.sync_finished.connect(lambda _run: self._update_actions())
        self._watch = ChangeWatch(
            context.signals, (Topic.SETTINGS,), lambda _c: self._settings_changed(), self
        )
        # A task or meeting deleted takes its conflicts along.
        self._items_watch = ChangeWatch(
            context.signals, (Topic.TASKS, Topic.MEETINGS), lambda _c: self._update_actions(), self
        )
        context.signals.switched.connect(self._switched)
        self._update_actions()

    # Another database while a sync runs ----------------------------------------------------------

    @property
    def running(self) -> bool:
        """A sync runs: its worker writes to the open file (the accounts' state, the contacts
        it brings), so that file stays open until it has finished."""
        return self.controller.running

    def switch_refusal(self, path: Path) -> str | None:
        """Why ``path`` cannot be opened now, or None."""
        if not self.running:
            return None
        return self.tr("A sync is running: open {name} once it has finished.").format(
            name=path.name
        )

    def open_after_sync(self, path: Path, open_database: Callable[[Path], bool]) -> bool:
        """File > Open database... while a sync runs: ``path`` is opened once it has finished
        (True), not into the middle of it, where the rest of the old file's sync would be
        written into the new one; False when none runs (open it now)."""
        if not self.running:
            return False
        name = path.name

        def then() -> None:
            self.context.show_status(
                self.tr("Sync finished; opening {name}").format(name=name), 4000
            )
            open_database(path)

        self.controller.after_sync(then)
        self.context.show_status(
            self.tr("A sync is running; {name} will be opened when it finishes.").format(name=name),
            0,
        )
        return True

    def _switched(self, _path: Path | None) -> None:
        self.controller.forget_last_run()
        self._settings_changed()

    def sync_now(self) -> bool:
        if not self.controller.sync_now(asked=True):
            if self.controller.running:
                self.context.show_status(self.tr("A sync is running already."), 4000)
                return False
            self.open_accounts()  # no account yet: this is where one is added
            return False
        return True

    def _status_clicked(self) -> None:
        if self.conflicts_count:
            self.open_conflicts()
        else:
            self.sync_now()

    @property
    def conflicts_count(self) -> int:
        return conflict_count()

    def _settings_changed(self) -> None:
        self.controller.show_idle()
        self._update_actions()

    def _update_actions(self) -> None:
        self.sync_action.setEnabled(not self.controller.running)
        count = self.conflicts_count
        self.conflicts_action.setEnabled(count > 0)
        self.conflicts_action.setText(
            self.tr("Sync &conflicts (%n)...", "", count)
            if count
            else self.tr("Sync &conflicts...")
        )

    def open_accounts(self) -> AccountsDialog:
        if self.accounts_dialog is not None and shiboken6.isValid(self.accounts_dialog):
            self.accounts_dialog.raise_()
            self.accounts_dialog.activateWindow()
            return self.accounts_dialog
        c = self.context
        dialog = AccountsDialog(c.settings, c.signals, c.writer, c.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_changed.connect(self.controller.apply_settings)
        dialog.sync_requested.connect(lambda: self.controller.sync_now(asked=True))
        self.accounts_dialog = dialog
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is not None and shiboken6.isValid(self.conflicts_dialog):
            self.conflicts_dialog.raise_()
            return self.conflicts_dialog
        c = self.context
        dialog = ConflictsDialog(c.signals, c.writer, c.actions.open_editor, c.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in ("undo", "redo"):  # Ctrl+Z and Ctrl+Shift+Z reach the window's steps here too
            action = c.actions.get(name)
            if action is not None:
                dialog.addAction(action)
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def close(self) -> None:
        self.controller.close()
