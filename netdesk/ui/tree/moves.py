"""Re-parenting in the referral tree: give someone another referrer, undoably, or say why not.

A drop onto a person and "Set referrer..." both end here. A move that would make a loop in the
chain of introductions is refused at once with a message; one refused while it is written
(someone deleted meanwhile) is shown the same way. The write runs on the window's writer and its
undo step goes on the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.contacts import display_names, would_create_cycle
from netdesk.core.errors import NetDeskError
from netdesk.core.referrals import referrer_of
from netdesk.core.text import isolate_bidi
from netdesk.models.records import ReferralInfo
from netdesk.ui.shell.writes import Writer
from netdesk.ui.widgets import ContactPicker


class SetReferrerDialog(QDialog):
    """Choose who referred a contact, or say you knew them directly."""

    def __init__(self, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Set referrer of {name}").format(name=isolate_bidi(name)))
        self.picker = ContactPicker(exclude=contact_id)
        self.picker.setPlaceholderText(self.tr("Start typing a name"))
        self.nobody = QCheckBox(
            self.tr("Nobody: I knew {name} directly").format(name=isolate_bidi(name))
        )
        self.nobody.toggled.connect(lambda on: self.picker.setEnabled(not on))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.submit: Callable[[int | None], bool] | None = None
        """Writes the choice; the panel sets it (without one, OK just closes)."""
        form = QFormLayout()
        form.addRow(self.tr("Referred &by:"), self.picker)
        form.addRow("", self.nobody)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def referrer_id(self) -> int | None:
        return None if self.nobody.isChecked() else self.picker.contact_id()

    def accept(self) -> None:
        """OK: the dialog stays open (OK off) until ``submit`` has the change written."""
        if not self.ok_button.isEnabled():
            return
        if not self.nobody.isChecked() and self.picker.contact_id() is None:
            self.error.setText(self.tr("Choose the referrer from the list, or tick “Nobody”."))
            self.error.show()
            return
        self.error.hide()
        if self.submit is None:
            super().accept()
            return
        self.ok_button.setEnabled(False)
        if not self.submit(self.referrer_id()):
            self.ok_button.setEnabled(True)

    def written(self) -> None:
        if shiboken6.isValid(self):
            super().accept()

    def stopped(self) -> None:
        if shiboken6.isValid(self):
            self.ok_button.setEnabled(True)
            self.show_notice("")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


class ReferrerMoves(QObject):
    """Moves people to another referrer for one panel (``widget``: where messages show)."""

    refused = Signal(str)
    """A move was refused; the message says why (it is also shown in a message box)."""
    moved = Signal(object)
    """A move, or its undo or redo, is written: the contact id moved (None: several)."""

    def __init__(self, writer: Writer, undo_stack: QUndoStack | None, widget: QWidget) -> None:
        super().__init__(widget)
        self._writer = writer
        self._undo_stack = undo_stack
        self._widget = widget

    def move(
        self,
        contact_id: int,
        referrer_id: int | None,
        *,
        parent: QWidget | None = None,
        on_done: Callable[[], None] | None = None,
        given_up: Callable[[], None] | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> bool:
        """Give ``contact_id`` another referrer (None: known directly), undoably, on the writer.

        False when refused at once (a loop); a refusal found while writing (someone deleted
        meanwhile) is shown the same way. ``on_done``/``given_up``/``notice`` are for the dialog
        that asked (``parent``), which stays open until the change is written.
        """
        from netdesk.ui.shell.undo import SetReferrerCommand, move_contact

        if referrer_of(contact_id) == referrer_id:
            if on_done is not None:
                on_done()
            return True  # nothing to change, nothing to undo
        names = display_names([i for i in (contact_id, referrer_id) if i is not None])
        name = names.get(contact_id, "")
        if referrer_id is not None and would_create_cycle(contact_id, referrer_id):
            referrer = names.get(referrer_id, "")
            if referrer_id == contact_id:
                message = self.tr("{name} cannot be their own referrer.").format(
                    name=isolate_bidi(name)
                )
            else:
                message = self.tr(
                    "{referrer} cannot become {name}'s referrer: {referrer} came to you through "
                    "{name}, so that would make a loop in the chain of introductions."
                ).format(referrer=referrer, name=name)
            self.refuse(message)
            return False

        def done(before: ReferralInfo | None) -> None:
            command = SetReferrerCommand(contact_id, name, before, referrer_id, self._undo_changed)
            if self._undo_stack is not None:
                self._undo_stack.push(command)
            if shiboken6.isValid(self):
                self.moved.emit(contact_id)
            if on_done is not None:
                on_done()

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            if shiboken6.isValid(self):
                self.refuse(str(error))
            if given_up is not None:
                given_up()
            return True

        self._writer.write(
            lambda: move_contact(contact_id, referrer_id),
            done,
            failure=self.tr("The referrer was not changed."),
            parent=parent,
            refused=refused,
            given_up=given_up,
            notice=notice,
        )
        return True

    def choose_referrer(self, contact_id: int, name: str) -> SetReferrerDialog:
        """The Set referrer dialog for ``contact_id`` (called ``name``), open until written."""
        dialog = SetReferrerDialog(contact_id, name, self._widget)
        current = referrer_of(contact_id)
        if current is None:
            dialog.nobody.setChecked(True)
        else:
            dialog.picker.set_contact(current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submit = lambda referrer_id: self.move(
            contact_id,
            referrer_id,
            parent=dialog,
            on_done=dialog.written,
            given_up=dialog.stopped,
            notice=dialog.show_notice,
        )
        dialog.open()
        return dialog

    def refuse(self, message: str) -> None:
        self.refused.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Referrer not changed"), message, parent=self._widget
        )
        box.setObjectName("moveRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _undo_changed(self, ids: list[int]) -> None:
        if shiboken6.isValid(self):
            self.moved.emit(ids[0] if len(ids) == 1 else None)
