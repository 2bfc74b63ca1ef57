"""What a new, empty database shows instead of an empty table: three ways to get started."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.icons import app_icon, icon

DEMO_CONTACTS = 60
"""Size of the demo network offered to a new user: enough to explore, small enough to read."""


class EmptyStatePanel(QWidget):
    add_contact_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Start your networking campaign"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Most jobs are filled through people. Begin with the people you already know: "
                "family, friends, former co-workers. They are your warm leads."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton(icon("add-contact"), self.tr("Add a contact"))
        self.add_button.clicked.connect(self.add_contact_requested)
        self.demo_button = QPushButton(icon("demo-network"), self.tr("Open the demo network"))
        self.demo_button.setToolTip(
            self.tr(
                "Try NetDesk out on {n} made-up people, in a demo file of its own: your contacts "
                "are never touched. File > Open database brings you back."
            ).format(n=DEMO_CONTACTS)
        )
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.add_button, self.demo_button):
            button.setIconSize(QSize(24, 24))
            button.setMinimumHeight(44)

        drop = QFrame()
        drop.setFrameShape(QFrame.Shape.StyledPanel)
        drop.setObjectName("dropHint")
        drop.setStyleSheet("#dropHint { border: 2px dashed palette(mid); border-radius: 8px; }")
        drop_icon = QLabel()
        drop_icon.setPixmap(icon("drop-file").pixmap(32, 32))
        drop_text = QLabel(
            self.tr(
                "Or drop your address book here (.vcf or .csv from your phone, Outlook, Gmail "
                "or LinkedIn) to bring in your contacts."
            )
        )
        drop_text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Choose files..."))
        self.import_button.clicked.connect(self.import_requested)
        drop_layout = QHBoxLayout(drop)
        drop_layout.addWidget(drop_icon)
        drop_layout.addWidget(drop_text, 1)
        drop_layout.addWidget(self.import_button)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(drop)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(2)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def set_busy(self, busy: bool, message: str = "") -> None:
        """While the demo network is being written: buttons off, a progress bar on."""
        self.add_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
