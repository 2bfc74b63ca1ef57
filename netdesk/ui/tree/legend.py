"""The referral tree's legend: what each icon and mark in the tree means, in words.

The icons are there to scan a long tree quickly; a reader should not have to guess them. Each
status is listed in campaign order with its icon, then the warm-lead flame, then the columns and
the bold names of a search.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from netdesk.models.enums import Status
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.navigation import role_label

ICON_SIZE = 18


def status_meaning(status: Status) -> str:
    """One line on what a status means for the campaign."""
    meanings = {
        Status.TO_CONTACT: QCoreApplication.translate("TreeLegend", "not called or written yet"),
        Status.CONTACTED: QCoreApplication.translate("TreeLegend", "called or written to"),
        Status.MEETING_SET: QCoreApplication.translate("TreeLegend", "a meeting is planned"),
        Status.MET: QCoreApplication.translate("TreeLegend", "you have met"),
        Status.KEEP_IN_TOUCH: QCoreApplication.translate(
            "TreeLegend", "met; stay in touch every few weeks"
        ),
        Status.DORMANT: QCoreApplication.translate("TreeLegend", "resting: no follow-up planned"),
    }
    return meanings[status]


class TreeLegend(QWidget):
    """Icons with their meaning, in a grid a reader scans down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("treeLegend")
        self.setAccessibleName(self.tr("What the icons mean"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.entries: dict[str, str] = {}
        """Each entry's meaning key ("status-met", "warm-lead"...) and the text shown for it."""
        row = 0
        for status in Status:
            text = self.tr("{status}: {meaning}").format(
                status=labels.label(status), meaning=status_meaning(status)
            )
            self._add(grid, row, f"status-{status.value}", text)
            row += 1
        self._add(grid, row, "warm-lead", self.tr("Warm lead: someone who already knows you"))
        row += 1
        columns = QLabel(
            self.tr(
                "Referred: the people this person referred you to. All below: everyone who "
                "came through them. Names in bold match your search."
            )
        )
        columns.setWordWrap(True)
        columns.setProperty("role", "secondary")
        columns.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(role_label(self.tr("What the icons mean"), "section"))
        layout.addLayout(grid)
        layout.addWidget(columns)

    def _add(self, grid: QGridLayout, row: int, meaning: str, text: str) -> None:
        picture = QLabel()
        picture.setPixmap(icon(meaning).pixmap(ICON_SIZE, ICON_SIZE))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        picture.setAccessibleName(text)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        grid.addWidget(picture, row, 0)
        grid.addWidget(label, row, 1)
        self.entries[meaning] = text
