"""The network map's legend: each status's colour, the warm and cold marks, and the sizes.

Drawn with the map's own colours (light or dark), so that what the legend shows is what the map
shows; the status words are the tree's and the table's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from netdesk.ui import labels
from netdesk.ui.map.painting import MapColours
from netdesk.ui.map.scene import DIAMETER, STATUSES
from netdesk.ui.shell.navigation import role_label
from netdesk.ui.tree.legend import status_meaning

SWATCH = 18


def swatch(colours: MapColours, status: int, *, filled: bool, diameter: float = 10.0) -> QPixmap:
    """A dot as the map draws it close up: filled for a warm lead, a ring for a cold one; in
    the status's colour, or the text's for ``status`` -1 (the marks that go with any)."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = colours.status[status] if status >= 0 else colours.text
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
    else:
        pen = QPen(colour)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(SWATCH / 2, SWATCH / 2), diameter / 2, diameter / 2)
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """What the colours, marks and sizes of the map mean, in a grid a reader scans down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAccessibleName(self.tr("What the map shows"))
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        self.entries: dict[str, str] = {}
        """Each entry's key ("status-met", "warm", "cold", "size") and its text."""
        self._pictures: list[tuple[QLabel, int, bool, float]] = []
        row = 0
        for number, status in enumerate(STATUSES):
            text = self.tr("{status}: {meaning}").format(
                status=labels.label(status), meaning=status_meaning(status)
            )
            self._add(row, f"status-{status.value}", text, number, True, DIAMETER[0])
            row += 1
        self._add(row, "warm", self.tr("Filled: a warm lead, who already knows you"), -1, True, 10)
        row += 1
        self._add(row, "cold", self.tr("Ring: a cold lead"), -1, False, 10)
        row += 1
        self._add(
            row,
            "size",
            self.tr("Larger: more people came to you through them"),
            -1,
            True,
            DIAMETER[-1] * 0.6,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(role_label(self.tr("What the map shows"), "section"))
        layout.addLayout(self._grid)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "secondary")
        layout.addWidget(self.hint)
        self.set_grouped(False)
        layout.addStretch(1)
        self.recolour()

    def _add(
        self, row: int, key: str, text: str, status: int, filled: bool, diameter: float
    ) -> None:
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        picture.setAccessibleName(text)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self._grid.addWidget(picture, row, 0)
        self._grid.addWidget(label, row, 1)
        self._pictures.append((picture, status, filled, min(diameter, SWATCH - 2.0)))
        self.entries[key] = text

    def recolour(self) -> None:
        """Draw the swatches in the palette's scheme (again, after a scheme change)."""
        colours = MapColours.of(self.palette())
        for picture, status, filled, diameter in self._pictures:
            picture.setPixmap(swatch(colours, status, filled=filled, diameter=diameter))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.recolour()
        super().changeEvent(event)

    def set_grouped(self, grouped: bool) -> None:
        """Explain the rings, or the companies' circles when the map is grouped by company."""
        if grouped:
            text = self.tr(
                "Each circle is a company, with the people you know there; the lines are "
                "introductions, across companies too. Drag a person onto another to change who "
                "referred them."
            )
        else:
            text = self.tr(
                "You are at the centre; each ring is one more introduction away. Drag a "
                "person onto another to change who referred them."
            )
        self.hint.setText(text)
