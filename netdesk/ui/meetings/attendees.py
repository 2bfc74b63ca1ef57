"""Who else was at a meeting: a list the meeting form shows under its "With" field.

The meeting's contact (the form's "With") is its first attendee; this list holds the others, in
their order. Someone is added by typing their name and choosing them from the contacts offered
(found by the database as you type, like every contact field), and removed with the button or
the Delete key. Only people already in the address book can attend: a new name is for the
referrals below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.contacts import display_names
from netdesk.core.text import isolate_bidi
from netdesk.ui.icons import icon
from netdesk.ui.widgets import ContactPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _AttendeeListView(QListWidget):
    """The list itself; Delete removes the selected person."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class AttendeeList(QWidget):
    """The attendees besides the meeting's contact; ``attendees_changed`` when the list or the
    first attendee (:meth:`set_first`) changes."""

    attendees_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: int | None = None
        self.picker = ContactPicker()
        self.picker.setPlaceholderText(
            QCoreApplication.translate("MeetingForm", "Add someone else who was there")
        )
        self.picker.contact_changed.connect(self._picked)
        self.picker.returnPressed.connect(self.add_typed)
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("add-row"))
        self.add_button.setToolTip(
            QCoreApplication.translate("MeetingForm", "Add this person to the meeting")
        )
        self.add_button.setAccessibleName(QCoreApplication.translate("MeetingForm", "Add attendee"))
        self.add_button.clicked.connect(self.add_typed)
        self.view = _AttendeeListView()
        self.view.setAccessibleName(QCoreApplication.translate("MeetingForm", "Also attending"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMaximumHeight(90)
        self.view.remove_requested.connect(self.remove_selected)
        self.remove_button = QPushButton(
            icon("remove-row"),
            QCoreApplication.translate("MeetingForm", "&Remove from the meeting"),
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.itemSelectionChanged.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.message.hide()

        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.setContentsMargins(0, 0, 0, 0)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        layout.addLayout(remove_row)
        self._update_buttons()

    # The people ----------------------------------------------------------------------------------

    def others(self) -> list[int]:
        """The attendees besides the first, in their order."""
        return [int(self.view.item(n).data(ID_ROLE)) for n in range(self.view.count())]

    def names(self) -> list[str]:
        return [self.view.item(n).text() for n in range(self.view.count())]

    def set_others(self, contact_ids: list[int]) -> None:
        names = display_names(contact_ids)
        self.view.clear()
        for contact_id in contact_ids:
            self._append(contact_id, names.get(contact_id, ""))
        self._changed()

    def set_first(self, contact_id: int | None) -> None:
        """The meeting's contact is now ``contact_id``: not offered, and not listed twice."""
        self._first = contact_id
        self.picker.exclude = contact_id
        for n in reversed(range(self.view.count())):
            if self.view.item(n).data(ID_ROLE) == contact_id:
                self.view.takeItem(n)
        self._changed()

    def add(self, contact_id: int, name: str | None = None) -> bool:
        """Add ``contact_id`` at the end; False (and a word why) when they are already there."""
        if contact_id == self._first or contact_id in self.others():
            shown = name or display_names([contact_id]).get(contact_id, "")
            self._say(
                QCoreApplication.translate(
                    "MeetingForm", "{name} is already at this meeting."
                ).format(name=isolate_bidi(shown))
            )
            return False
        if name is None:
            name = display_names([contact_id]).get(contact_id, "")
        self._append(contact_id, name)
        self._say("")
        self._changed()
        return True

    def add_typed(self) -> bool:
        """Add the contact typed in the picker (the first one offered for the text)."""
        if self.picker.contact_id() is None and not self.picker.choose_first_match():
            if self.picker.text().strip():
                self._say(
                    QCoreApplication.translate("MeetingForm", "Choose someone from your contacts.")
                )
            return False
        return self._picked()

    def remove_selected(self) -> bool:
        row = self.view.currentRow()
        if row < 0 or not self.view.item(row).isSelected():
            return False
        self.view.takeItem(row)
        self._changed()
        return True

    # Reactions -----------------------------------------------------------------------------------

    def _append(self, contact_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, contact_id)
        self.view.addItem(item)

    def _picked(self) -> bool:
        contact_id = self.picker.contact_id()
        if contact_id is None:
            return False
        added = self.add(contact_id, self.picker.text())
        self.picker.set_contact(None)
        return added

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _changed(self) -> None:
        self.view.setVisible(self.view.count() > 0)
        self._update_buttons()
        self.attendees_changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setVisible(self.view.count() > 0)
        self.remove_button.setEnabled(bool(self.view.selectedItems()))
