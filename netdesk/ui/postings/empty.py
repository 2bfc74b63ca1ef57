"""What the Postings page shows before there is any posting: what postings are for, and the
three ways in."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netdesk.ui.icons import icon


class PostingsEmptyState(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon("postings").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Follow every opportunity to a person"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Keep the postings you find here and move each one along as it goes: seen, "
                "researching, introduced, applied, interviewing, offer. As you add one, think "
                "of who you know at that employer: an introduction from a friend or a former "
                "co-worker is the surest way to stand out."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icon("add-posting"), self.tr("Add a posting"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(
            icon("open-job-page"), self.tr("Open a saved job page"), self
        )
        self.open_button.setToolTip(
            self.tr("A page saved from your browser with Save page as (.html or .htm)")
        )
        self.open_button.clicked.connect(self.open_requested)
        self.paste_button = QPushButton(icon("paste-posting"), self.tr("Paste a posting"), self)
        self.paste_button.clicked.connect(self.paste_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.paste_button):
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(42)
            buttons.addWidget(button)
        hint = QLabel(self.tr("You can also drop saved job pages here."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setProperty("role", "secondary")

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(picture)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(hint)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
