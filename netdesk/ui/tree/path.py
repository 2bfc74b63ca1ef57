"""The "Path to me" part of the tree panel: how you came to know someone, and the opening line.

A cold call goes better when it opens with whoever introduced you ("John Public suggested I give
you a call"): this shows the chain from someone you knew down to the selected person, and that
line, ready to copy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from netdesk.core.referrals import ChainLink, describe_path, opening_line, path_to_me
from netdesk.ui.icons import icon
from netdesk.ui.widgets import opening_line_label

PATH_LINKS_SHOWN = 9


class PathToMe(QWidget):
    """The chain of introductions to one contact, with the line to open a call with.

    ``current`` says whose opening line Copy takes: the panel's current contact.
    """

    def __init__(self, current: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.opening_label = opening_line_label()
        self.copy_action = QAction(icon("copy"), self.tr("Copy opening line"), self)
        self.copy_action.triggered.connect(self.copy_opening_line)
        copy_button = QToolButton()
        copy_button.setDefaultAction(self.copy_action)
        copy_button.setAutoRaise(True)
        opening_row = QHBoxLayout()
        opening_row.addWidget(self.opening_label, 1)
        opening_row.addWidget(copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Path to me</b>")))
        layout.addWidget(self.path_label)
        layout.addLayout(opening_row)

    def show_contact(self, contact_id: int | None, loaded: list[ChainLink]) -> None:
        """Show the path to ``contact_id``: ``loaded`` when the tree has it, else read it."""
        if contact_id is None:
            self.path_label.setText(self.tr("Select someone to see how you came to know them."))
            self.opening_label.setText("")
            self.copy_action.setEnabled(False)
            return
        chain = loaded or path_to_me(contact_id)
        if not chain:
            self.path_label.setText("")
            self.opening_label.setText("")
            self.copy_action.setEnabled(False)
            return
        self.path_label.setText(describe_path(chain, PATH_LINKS_SHOWN))
        line = opening_line(contact_id)
        if line is None:
            self.opening_label.setText(
                self.tr("No introduction needed: you know {name} already.").format(
                    name=chain[-1].display_name
                )
            )
            self.copy_action.setEnabled(False)
        else:
            self.opening_label.setText(f"“{line}”")
            self.copy_action.setEnabled(True)

    def path_text(self) -> str:
        return self.path_label.text()

    def opening_text(self) -> str:
        return self.opening_label.text().strip("“”")

    def copy_opening_line(self) -> None:
        contact_id = self._current()
        if contact_id is not None:
            line = opening_line(contact_id)
            if line:
                QGuiApplication.clipboard().setText(line)
