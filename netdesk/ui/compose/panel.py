"""Composing messages in the main window: the ``compose`` action and command.

A panel like the others: it gets the window's ``PanelContext``, registers ``compose`` (Compose a
message to the current contact: Edit menu and the table's context menu) and provides the
``compose`` command the contact card, the tree, This week and the history call with what they
show (a contact, a task, a meeting, a referral). Each call opens its own dialog, so two messages
can be written side by side; all of them close when another database is opened (their people
are in the other file).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from netdesk.core.compose import ComposeFor
from netdesk.core.messages import Fit
from netdesk.ui.compose.dialog import ComposeDialog
from netdesk.ui.compose.saved import my_name, saved_templates
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext

COMPOSE_SHORTCUT = "Ctrl+Shift+E"


class ComposeIntegration(QObject):
    """Owns the Compose action and the open Compose dialogs of one main window."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self._context = context
        self.dialogs: list[ComposeDialog] = []
        self.now = datetime.now
        self.action = context.actions.add(
            "compose",
            QAction(icon("compose"), self.tr("&Compose message..."), context.dialog_parent),
        )
        self.action.setShortcut(QKeySequence(COMPOSE_SHORTCUT))
        self.action.setStatusTip(
            self.tr("Write to the current contact from a template, then copy it or mail it")
        )
        self.action.triggered.connect(self.compose_for_current)
        context.actions.compose = self.compose
        context.selection.current_changed.connect(self._current_changed)
        context.signals.switched.connect(self._database_switched)
        self._current_changed(context.selection.current())

    def compose_for_current(self) -> ComposeDialog | None:
        contact_id = self._context.selection.current()
        if contact_id is None:
            return None
        return self.compose(ComposeFor(Fit.CONTACT, contact_id))

    def compose(self, request: ComposeFor, template_id: str | None = None) -> ComposeDialog:
        """Open a Compose dialog for ``request`` (with ``template_id``, that template)."""
        context = self._context
        dialog = ComposeDialog(
            request,
            saved_templates(context.settings),
            writer=context.writer,
            my_name=my_name(context.settings),
            template_id=template_id,
            show_status=context.show_status,
            after_undo=self._undone,
            now=self.now,
            parent=context.dialog_parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _closed(self, dialog: ComposeDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _current_changed(self, contact_id: object) -> None:
        self.action.setEnabled(isinstance(contact_id, int))

    def _undone(self, error: str | None) -> None:
        if error:
            self._context.show_status(error, 8000)

    def _database_switched(self, _path: Path | None) -> None:
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                dialog.reject()
        self.dialogs.clear()
