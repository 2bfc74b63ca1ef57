"""The Contacts page: the filter bar and the table, with what belongs to the current contact
beside them, or the empty state while the database holds nobody.

The side (the contact card, with its History) sits in a splitter whose width is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from netdesk.ui.shell.navigation import role_label
from netdesk.ui.shell.side_splitter import SideSplitter

SPLITTER_KEY = "contacts_page/side_width"
SIDE_WIDTH = 420
"""The card's width until the user moves the splitter."""


class ContactsPage(QWidget):
    """Title; then the table's side and the current contact's side, or the empty state."""

    def __init__(
        self,
        filter_bar: QWidget,
        table: QWidget,
        side: QWidget,
        empty_state: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = role_label(self.tr("Contacts"), "page-title")
        self.table = table
        self.side = side
        self.empty_state = empty_state

        self.table_pane = QWidget()
        pane = QVBoxLayout(self.table_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(filter_bar)
        pane.addWidget(table, 1)

        self.splitter = SideSplitter(SPLITTER_KEY, self.table_pane, side, SIDE_WIDTH)
        self.splitter.setObjectName("contactsSplitter")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.show_contacts(True)

    def show_contacts(self, any_contacts: bool) -> None:
        """The table and the side when there is someone to show, else the empty state."""
        self.stack.setCurrentWidget(self.splitter if any_contacts else self.empty_state)
        self.title.setVisible(any_contacts)  # the empty state has its own, larger title

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def restore_state(self, settings: QSettings) -> None:
        self.splitter.restore(settings)

    def save_state(self, settings: QSettings) -> None:
        self.splitter.save(settings)
