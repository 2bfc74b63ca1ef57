"""The referral tree's context menu: what to do with the person under the pointer.

Add a person they referred, log a meeting, compose a message (to them as someone referred, or
to their referrer), open the editor (the window's shared commands, from the panel's context),
set their referrer and copy the opening line. The actions follow the
panel's current contact; without a window there is nobody to ask, and they stay off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QWidget

from netdesk.core import tree
from netdesk.core.compose import ComposeFor
from netdesk.core.messages import Fit
from netdesk.core.text import isolate_bidi
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext


class TreeMenu(QObject):
    """The actions on the tree's current contact and the menu they are offered in.

    ``current`` is the panel's current contact, ``record`` its row if the tree has it loaded;
    both are asked when an action runs, so an action never acts on someone no longer current.
    """

    def __init__(
        self,
        context: PanelContext | None,
        current: Callable[[], int | None],
        record: Callable[[int], tree.NodeRow | None],
        choose_referrer: Callable[[], object],
        copy_action: QAction,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._widget = parent
        self._current = current
        self._record = record
        self.copy_action = copy_action
        self.add_referral_action = QAction(icon("add-contact"), self.tr("Add a person..."), self)
        self.add_referral_action.triggered.connect(self.add_referred_person)
        self.log_meeting_action = QAction(icon("log-meeting"), self.tr("Log meeting..."), self)
        self.log_meeting_action.triggered.connect(self.log_meeting)
        self.compose_action = QAction(icon("compose"), self.tr("Compose a message..."), self)
        self.compose_action.triggered.connect(self.compose)
        self.open_action = QAction(icon("edit-contact"), self.tr("Open in editor..."), self)
        self.open_action.triggered.connect(self.open_in_editor)
        self.set_referrer_action = QAction(icon("set-referrer"), self.tr("Set referrer..."), self)
        self.set_referrer_action.triggered.connect(choose_referrer)
        self.update()

    def _current_record(self) -> tuple[int | None, tree.NodeRow | None]:
        contact_id = self._current()
        return contact_id, self._record(contact_id) if contact_id is not None else None

    def update(self) -> None:
        """Enable the actions, and name the person, for the current contact."""
        _contact_id, record = self._current_record()
        has = record is not None
        for action in (
            self.add_referral_action,
            self.log_meeting_action,
            self.compose_action,
            self.open_action,
            self.set_referrer_action,
        ):
            action.setEnabled(has and self._context is not None)
        name = record.name if record is not None else ""
        self.add_referral_action.setText(
            self.tr("Add a person {name} referred...").format(name=isolate_bidi(name))
            if has
            else self.tr("Add a person they referred...")
        )

    def popup(self, view: QAbstractItemView, position: QPoint) -> None:
        """Make the row at ``position`` current and offer the actions on it."""
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = QMenu(self._widget)
        menu.addAction(self.add_referral_action)
        menu.addAction(self.log_meeting_action)
        menu.addAction(self.compose_action)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.set_referrer_action)
        menu.addAction(self.copy_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(position))

    def add_referred_person(self) -> QDialog | None:
        """The editor for a new contact whose referrer is the current contact."""
        contact_id, record = self._current_record()
        if self._context is None or contact_id is None or record is None:
            return None
        return self._context.actions.add_referred_person(contact_id, record.name)

    def log_meeting(self) -> QDialog | None:
        contact_id = self._current()
        if self._context is None or contact_id is None:
            return None
        return self._context.actions.log_meeting(contact_id)

    def compose(self) -> QDialog | None:
        """The Compose dialog for the current contact as someone referred (the opening line
        naming their referrer first; a contact nobody referred gets a contact's messages)."""
        contact_id = self._current()
        if self._context is None or contact_id is None:
            return None
        return self._context.actions.compose(ComposeFor(Fit.REFERRAL, contact_id))

    def open_in_editor(self) -> QDialog | None:
        contact_id = self._current()
        if self._context is None or contact_id is None:
            return None
        return self._context.actions.open_editor(contact_id)
