"""A page's main part with a side column beside it, the side's width remembered.

The side keeps its width as the window grows or shrinks (the main part, a table or a tree, takes
the difference), until the user drags the handle; that width is what is remembered. A width is
kept rather than Qt's splitter state because a state restored before the window has its final
size is squeezed to the minimums first.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class SideSplitter(QSplitter):
    """``main`` left, ``side`` right (``side_width`` wide until the user says otherwise)."""

    def __init__(
        self, key: str, main: QWidget, side: QWidget, side_width: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.key = key
        self.side_width = side_width
        self.setChildrenCollapsible(False)
        self.addWidget(main)
        self.addWidget(side)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self._main = main
        self.splitterMoved.connect(self._moved)

    def _moved(self, _position: int, _index: int) -> None:
        self.side_width = self.sizes()[1]

    def set_side_width(self, width: int) -> None:
        self.side_width = width
        self._apply()

    def _apply(self) -> None:
        total = sum(self.sizes())
        if total > 0:
            side = min(self.side_width, max(0, total - self._main.minimumSizeHint().width()))
            self.setSizes([total - side, side])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply()

    def restore(self, settings: QSettings) -> None:
        value = settings.value(self.key)
        try:
            width = int(str(value)) if value is not None else 0
        except ValueError:
            return
        if width > 0:
            self.set_side_width(width)

    def save(self, settings: QSettings) -> None:
        settings.setValue(self.key, self.side_width)
