"""The referral tree's view: a ``QTreeView`` that loads children before a node opens and does
drag and drop itself, both for speed on a large tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from netdesk.ui.icons import icon
from netdesk.ui.tree.model import MIME_TYPE, ReferralTreeModel


class ReferralTreeView(QTreeView):
    """The tree view, with two things done its own way for speed.

    Children load before a node opens, not after: QTreeView asks for more rows once a node is
    open, and rows arriving under an open node make it lay out every visible row again, while
    under a closed one they cost next to nothing.

    Drag and drop is handled here rather than by QAbstractItemView, which needs the model's
    ``flags()`` to say "draggable, droppable". The view asks for flags twice per row whenever it
    lays rows out, and each ask is a call into Python; with the default flags it never asks.
    This also lets a drop under one's own descendant land and be refused with a message, where
    Qt would refuse it without a word.
    """

    drop_requested = Signal(int, int)
    """A person was dropped onto another one: (contact id, target contact id)."""
    resized = Signal(int)
    """The view's new width: the panel shows more columns when there is room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: QPoint | None = None
        self._pressed = QPersistentModelIndex()
        self._drop_rect = QRect()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def prefetch(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        model = self.model()
        if index.isValid() and not self.isExpanded(index) and model.canFetchMore(index):
            model.fetchMore(index)

    def open_node(self, index: QModelIndex) -> None:
        """Expand ``index`` the cheap way (children first)."""
        self.prefetch(index)
        self.expand(index.siblingAtColumn(0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit(event.size().width())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Asterisk):
            self.prefetch(self.currentIndex())
        super().keyPressEvent(event)

    # Dragging ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        self.prefetch(index)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self._press, self._pressed = point, QPersistentModelIndex(index.siblingAtColumn(0))
        else:
            self._press = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
            and self._pressed.isValid()
        ):
            self._press = None
            # PySide converts a persistent index to a QModelIndex; the stubs lack that overload.
            self._start_drag(QModelIndex(self._pressed))  # type: ignore[call-overload]
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _start_drag(self, index: QModelIndex) -> None:
        model = self.model()
        drag = QDrag(self)
        drag.setMimeData(model.mimeData([index]))
        drag.setPixmap(icon("referral").pixmap(24, 24))
        drag.exec(Qt.DropAction.MoveAction)

    # Dropping ------------------------------------------------------------------------------------

    def _drop_target(self, event: QDropEvent) -> tuple[list[int], QModelIndex]:
        ids = ReferralTreeModel.dragged_ids(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        if not ids or not index.isValid() or int(index.internalId()) in ids:
            return ids, QModelIndex()
        return ids, index.siblingAtColumn(0)

    def _show_drop(self, index: QModelIndex) -> None:
        rect = QRect()
        if index.isValid():
            rect = self.visualRect(index)
            rect.setRight(self.viewport().width() - 2)
        if rect != self._drop_rect:
            self._drop_rect = rect
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _ids, index = self._drop_target(event)
        self._show_drop(index)
        y = event.position().toPoint().y()
        bar = self.verticalScrollBar()
        if y < 16:
            bar.setValue(bar.value() - 1)
        elif y > self.viewport().height() - 16:
            bar.setValue(bar.value() + 1)
        if index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop(QModelIndex())
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        ids, index = self._drop_target(event)
        self._show_drop(QModelIndex())
        if not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        for contact_id in ids:
            self.drop_requested.emit(contact_id, int(index.internalId()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._drop_rect.isNull():
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self._drop_rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.end()
