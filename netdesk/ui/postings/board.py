"""The board: one column per open stage and a collapsible "Closed" group, cards moved by drag
or keyboard.

Each column is a :class:`QListView` over a :class:`~netdesk.ui.postings.cards.CardModel` with
the card delegate, so two thousand postings are two thousand painted rows, not widgets. The
cards are read on a worker (:meth:`PostingBoard.refresh`). A card dropped on a column (or on one
of the closed stages' rows) asks for the move (``move_requested``); so do Ctrl+Left and
Ctrl+Right on the focused card. The board moves the card at once and the store's change event
brings the written state back. One card is current in the whole board.

The columns share the board's width: at 1280 pixels every column and the shut Closed group (its
count and a drop target per closed stage) are on screen, and wider windows widen the columns;
the open Closed group is as wide as a column. Only a window narrower than that scrolls.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.posting_list import (
    BOARD_STAGES,
    CLOSED_STAGES,
    PostingRow,
    board_rows,
    next_stage,
)
from netdesk.models.enums import PostingStage
from netdesk.ui import labels
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.postings.cards import CardDelegate, CardModel, CardRole, posting_ids_of
from netdesk.ui.shell.tasks import QueryRequest, run_task

COLUMN_WIDTH = 128
"""The narrowest a column gets before the board scrolls; they share what is wider alike."""
CLOSED_WIDTH = (96, 200)
"""The shut Closed group: as wide as its stage names, within these."""
_DROP_STYLE = (
    "QFrame#boardColumn, QFrame#closedStage {{ border-radius: 8px; background: {fill};"
    " border: 2px {line} {colour}; }}"
)


class CardList(QListView):
    """A column's cards: Enter opens, Ctrl+Left/Right moves, Left/Right go to the next column."""

    def __init__(self, board: PostingBoard, model: CardModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._board = board
        self.setModel(model)
        self._delegate = CardDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setAutoFillBackground(False)
        self.activated.connect(lambda index: board.open_requested.emit(index.data(CardRole).id))
        self.customContextMenuRequested.connect(self._menu)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().viewportEvent(event)

    def _fit_cards(self) -> None:
        """Cards as wide as the viewport, which narrows when the scroll bar shows."""
        width = max(60, self.viewport().width())
        if width != self._delegate.width:
            self._delegate.width = width
            self.scheduleDelayedItemsLayout()

    def card_delegate(self) -> CardDelegate:
        return self._delegate

    def card_model(self) -> CardModel:
        model = self.model()
        assert isinstance(model, CardModel)
        return model

    def current_card(self) -> PostingRow | None:
        index = self.currentIndex()
        card = index.data(CardRole) if index.isValid() else None
        return card if isinstance(card, PostingRow) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        card = self.current_card()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl and card is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            self._board.step(card, step)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods:
            self._board.focus_neighbour(self, -1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card is not None:
            self._board.open_requested.emit(card.id)
            return
        if key == Qt.Key.Key_Delete and card is not None:
            self._board.delete_requested.emit(card.id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
        self._board.card_focused(self)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        card = self.current_card()
        if card is not None:
            self._board.menu_requested.emit(card, self.viewport().mapToGlobal(pos))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(8, 16, -8, -8),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.tr("Drag a card here"),
            )


class FitLabel(QLabel):
    """A one-line label that, when narrow, shortens the name in its text and keeps the rest
    (the count): "Im Auswahlve… (2)". Its text stays whole; so does its tooltip, when cut."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._name = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_text(self, text: str, name: str) -> None:
        """Show ``text``, of which ``name`` is the part to shorten."""
        self._name = name
        self.setText(text)
        self._tip()

    def shown_text(self) -> str:
        """The text as it fits the label's width."""
        text, metrics = self.text(), self.fontMetrics()
        width = self.contentsRect().width()
        if metrics.horizontalAdvance(text) <= width:
            return text
        if self._name and self._name in text:
            # The parts measured apart can come to a pixel or two less than the whole.
            room = width - metrics.horizontalAdvance(text.replace(self._name, "", 1))
            while room > 0:
                short = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, room)
                shortened = text.replace(self._name, short, 1)
                if metrics.horizontalAdvance(shortened) <= width:
                    return shortened
                room -= 2
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 2, height)

    def _tip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class _DropTarget(QFrame):
    """A frame a card can be dropped on: the posting moves to ``stage``."""

    def __init__(self, board: PostingBoard, stage: PostingStage, name: str, parent: QWidget):
        super().__init__(parent)
        self._board = board
        self.stage = stage
        self.setObjectName(name)
        self.setAcceptDrops(True)
        self._highlight(False)

    def _highlight(self, on: bool) -> None:
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.AlternateBase).name()
        colour = palette.color(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window)
        style = _DROP_STYLE.format(
            fill=fill, line="dashed" if on else "solid", colour=colour.name()
        )
        self.setStyleSheet(style)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if posting_ids_of(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        ids = posting_ids_of(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        for posting_id in ids:
            card = self._board.card(posting_id)
            if card is not None and card.stage != self.stage:
                self._board.move_requested.emit(posting_id, self.stage)


class StageColumn(_DropTarget):
    """An open stage's column: its name and count, and its cards."""

    def __init__(self, board: PostingBoard, stage: PostingStage, parent: QWidget) -> None:
        super().__init__(board, stage, "boardColumn", parent)
        self.model = CardModel(self)
        self.header = FitLabel(self)
        self.header.setProperty("role", "section")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.list = CardList(board, self.model, self)
        self.list.setAccessibleName(labels.label(stage))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.show_count()

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, super().minimumSizeHint().height())

    def show_count(self) -> None:
        name = labels.label(self.stage)
        count = format_number(self.model.rowCount())
        self.header.show_text(self.tr("{stage} ({n})").format(stage=name, n=count), name)


class _ClosedStage(_DropTarget):
    """One stage that ends a posting, in the Closed group: a drop target with its count."""

    def __init__(self, board: PostingBoard, stage: PostingStage, parent: QWidget) -> None:
        super().__init__(board, stage, "closedStage", parent)
        self.label = FitLabel(self)
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        self.show_count(0)

    def show_count(self, n: int) -> None:
        name = labels.label(self.stage)
        self.label.show_text(self.tr("{stage}: {n}").format(stage=name, n=format_number(n)), name)

    def wanted_width(self) -> int:
        """The width that shows the stage's name and count whole."""
        margins = self.contentsMargins() + self._layout.contentsMargins()
        text = self.label.fontMetrics().horizontalAdvance(self.label.text())
        return text + margins.left() + margins.right() + 4


class ClosedGroup(QFrame):
    """Accepted, declined, rejected, withdrawn, no answer: one row per stage to drop a card on,
    and (when open) the closed cards themselves."""

    toggled = Signal(bool)

    def __init__(self, board: PostingBoard, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("closedGroup")
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.setToolTip(self.tr("Show or hide the postings that have ended"))
        self.toggle.setAccessibleName(self.tr("Closed postings"))
        self.stages = {stage: _ClosedStage(board, stage, self) for stage in CLOSED_STAGES}
        self.model = CardModel(self)
        self.list = CardList(board, self.model, self)
        self.list.setAccessibleName(self.tr("Closed"))
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.toggle)
        for row in self.stages.values():
            layout.addWidget(row)
        layout.addWidget(self.list, 1)
        self._spacer = QWidget(self)
        layout.addWidget(self._spacer, 1)
        self.toggle.toggled.connect(self.set_expanded)
        self.set_expanded(False)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, on: bool) -> None:
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)  # comes back here
            return
        self.toggle.setIcon(icon("next-week" if not on else "show-more"))
        self.list.setVisible(on)
        self._spacer.setVisible(not on)
        self.updateGeometry()
        self.toggled.emit(on)

    def sizeHint(self) -> QSize:
        """Shut, as wide as the stages' names and counts (within :data:`CLOSED_WIDTH`); open,
        as wide as a column, or as that when it is wider."""
        margins = self.contentsMargins() + self._layout.contentsMargins()
        wanted = max(
            [self.toggle.sizeHint().width()] + [row.wanted_width() for row in self.stages.values()]
        )
        low, high = CLOSED_WIDTH
        width = min(high, max(low, wanted + margins.left() + margins.right()))
        return QSize(
            max(width, COLUMN_WIDTH) if self.expanded else width, super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def show_counts(self) -> None:
        counts = {stage: 0 for stage in CLOSED_STAGES}
        for card in self.model.cards():
            counts[card.stage] = counts.get(card.stage, 0) + 1
        for stage, row in self.stages.items():
            row.show_count(counts[stage])
        total = format_number(self.model.rowCount())
        self.toggle.setText(self.tr("Closed ({n})").format(n=total))
        self.updateGeometry()


class PostingBoard(QWidget):
    """The board of the Postings page (see the module's docstring)."""

    open_requested = Signal(int)
    """Enter or a double click on a card: its posting id."""
    delete_requested = Signal(int)
    move_requested = Signal(int, object)
    """A card dropped on another stage, or moved with Ctrl+Left/Right: (posting id, stage)."""
    menu_requested = Signal(object, QPoint)
    """A card's context menu: (its :class:`PostingRow`, where, globally)."""
    loaded = Signal()
    """The cards read by :meth:`refresh` are shown."""
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request: QueryRequest | None = None
        self._current: int | None = None
        self._total = 0
        row = QWidget(self)
        self.columns = {stage: StageColumn(self, stage, row) for stage in BOARD_STAGES}
        self.closed = ClosedGroup(self, row)
        self._strip = strip = QHBoxLayout(row)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(6)
        for column in self.columns.values():
            strip.addWidget(column, 1)
        strip.addWidget(self.closed)
        self.closed.toggled.connect(self._closed_toggled)
        self._closed_toggled(self.closed.expanded)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(row)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Postings board"))
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def sizeHint(self) -> QSize:
        return QSize(1200, 700)

    def _closed_toggled(self, on: bool) -> None:
        """Open, the Closed group takes a column's share of the width; shut, what it needs."""
        self._strip.setStretchFactor(self.closed, 1 if on else 0)

    # Reading ----------------------------------------------------------------------------------

    def refresh(self, search: str = "", stages: Collection[PostingStage] | None = None) -> None:
        """Read the cards matching ``search`` and ``stages`` on a worker; shown when read."""
        self.stop()
        request = QueryRequest()

        def finished(cards: list[PostingRow] | None, error: BaseException | None) -> None:
            if request is not self._request:
                return
            self._request = None
            if error is not None or cards is None:
                self.load_failed.emit(str(error))
                return
            self.set_cards(cards)
            self.loaded.emit()

        self._request = request
        request.task = run_task(
            lambda _p: board_rows(search, stages, interrupt=request.interrupt),
            finished,
            owner=self,
        )

    @property
    def loading(self) -> bool:
        """A read of the cards is under way."""
        return self._request is not None

    def stop(self) -> None:
        if self._request is not None:
            self._request.stop()
            self._request = None

    def set_cards(self, cards: list[PostingRow]) -> None:
        """Show ``cards`` (in board order), keeping the current card current."""
        focused = self._has_focus()
        by_stage: dict[PostingStage, list[PostingRow]] = {stage: [] for stage in BOARD_STAGES}
        closed: list[PostingRow] = []
        for card in cards:
            by_stage.get(card.stage, closed).append(card)
        for stage, column in self.columns.items():
            column.model.set_cards(by_stage[stage])
        self.closed.model.set_cards(closed)
        self._total = len(cards)
        self._show_counts()
        if self._current is not None:
            self.select(self._current, focus=focused)

    def _show_counts(self) -> None:
        for column in self.columns.values():
            column.show_count()
        self.closed.show_counts()

    @property
    def total(self) -> int:
        return self._total

    # Cards ------------------------------------------------------------------------------------

    def lists(self) -> list[CardList]:
        return [column.list for column in self.columns.values()] + [self.closed.list]

    def list_of(self, stage: PostingStage) -> CardList:
        column = self.columns.get(stage)
        return column.list if column is not None else self.closed.list

    def card(self, posting_id: int) -> PostingRow | None:
        for view in self.lists():
            row = view.card_model().row_of(posting_id)
            if row is not None:
                return view.card_model().card(row)
        return None

    def current_card(self) -> PostingRow | None:
        return None if self._current is None else self.card(self._current)

    def select(self, posting_id: int, *, focus: bool = False) -> bool:
        """Make the card current (opening the Closed group for a closed one)."""
        card = self.card(posting_id)
        if card is None:
            return False
        view = self.list_of(card.stage)
        if view is self.closed.list:
            self.closed.set_expanded(True)
        row = view.card_model().row_of(posting_id)
        assert row is not None
        self._current = posting_id
        self._clear_others(view)
        index = view.model().index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def card_focused(self, view: CardList) -> None:
        card = view.current_card()
        if card is not None:
            self._current = card.id
            self._clear_others(view)

    def _clear_others(self, keep: CardList) -> None:
        for view in self.lists():
            if view is not keep:
                view.selectionModel().clearSelection()

    def _has_focus(self) -> bool:
        return any(view.hasFocus() for view in self.lists())

    def focus_neighbour(self, view: CardList, step: int) -> None:
        lists = [v for v in self.lists() if v.isVisible()]
        if view not in lists:
            return
        position = lists.index(view) + step
        if 0 <= position < len(lists):
            lists[position].setFocus(Qt.FocusReason.TabFocusReason)

    def step(self, card: PostingRow, step: int) -> None:
        """Ctrl+Left/Right: ask to move ``card`` one stage back or on."""
        stage = next_stage(card.stage, step)
        if stage is not None:
            self.move_requested.emit(card.id, stage)

    def move_card(self, posting_id: int, stage: PostingStage, on: date | None = None) -> bool:
        """Show the card at ``stage`` now, before the write comes back (it keeps the focus)."""
        focused = self._has_focus()
        card = self.card(posting_id)
        if card is None or card.stage == stage:
            return False
        self.list_of(card.stage).card_model().take(posting_id)
        moved = replace(card, stage=stage, last_step=on or date.today())
        self.list_of(stage).card_model().put_first(moved)
        self._show_counts()
        self.select(posting_id, focus=focused)
        return True

    def focus_first(self) -> None:
        for view in self.lists():
            if view.isVisible() and view.model().rowCount():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.lists()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def first_index(self) -> QModelIndex:
        return self.lists()[0].model().index(0, 0)
