"""The board's cards: a list model per column and the delegate that paints a card.

A column's model holds the :class:`PostingRow` of its cards; dragging cards out of it carries
their ids (:data:`MIME`), and whoever accepts the drop asks for the move. The delegate paints a
card as a rounded panel: the title, the company and location, the deadline (in the error colour
when it is within a week or past, for a posting still open) or the stage that closed it, and how
long ago the last step was with the number of people linked. Painting, not widgets: a column of
a thousand cards costs what the screen shows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from netdesk.core.posting_list import PostingRow, days_since, deadline_close
from netdesk.ui import labels
from netdesk.ui.formatting import format_date, format_number
from netdesk.ui.icons import icon
from netdesk.ui.theme import meaning_colours

Index = QModelIndex | QPersistentModelIndex

MIME = "application/x-netdesk-postings"
"""Dragged cards: a JSON list of posting ids."""
CardRole = Qt.ItemDataRole.UserRole + 1
"""data() for this role returns the card's :class:`PostingRow`."""

_PAD = 10
_GAP = 6
"""Pixels inside a card, and between two cards."""


def posting_ids_of(mime: QMimeData) -> list[int]:
    """The posting ids a drag carries (none when it carries something else)."""
    if not mime.hasFormat(MIME):
        return []
    try:
        values = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(values, list):
        return []
    return [int(v) for v in values if isinstance(v, int)]


class CardModel(QAbstractListModel):
    """The cards of one column, in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PostingRow] = []

    def set_cards(self, cards: Sequence[PostingRow]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[PostingRow]:
        return list(self._cards)

    def card(self, row: int) -> PostingRow | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, posting_id: int) -> int | None:
        for number, card in enumerate(self._cards):
            if card.id == posting_id:
                return number
        return None

    def take(self, posting_id: int) -> PostingRow | None:
        row = self.row_of(posting_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        self.endRemoveRows()
        return card

    def put_first(self, card: PostingRow) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._cards.insert(0, card)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CardRole:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title} at {company}, {stage}").format(
                title=card.title, company=card.company, stage=labels.label(card.stage)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(card)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._cards[i.row()].id for i in indexes if self.card(i.row())})
        mime = QMimeData()
        mime.setData(MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime


def _tooltip(card: PostingRow) -> str:
    lines = [card.title, card.company]
    if card.location:
        lines.append(card.location)
    if card.people:
        lines.append(QCoreApplication.translate("CardModel", "%Ln people linked", "", card.people))
    if card.url:
        lines.append(card.url)
    return "\n".join(lines)


class CardDelegate(QStyledItemDelegate):
    """Paints a card (see the module's docstring); every card is the same height, and as wide
    as its column (:attr:`width`, which the column sets)."""

    width = 180

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(option)
        height = QFontMetrics(bold).height() + 3 * QFontMetrics(small).height()
        return QSize(self.width, height + 2 * _PAD + 3 * 2 + _GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, PostingRow):
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRect(option.rect).adjusted(2, _GAP // 2, -2, -_GAP // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if focused and selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(3.5, 3.5, -3.5, -3.5), 4, 4)
        self._texts(painter, option, card, rect.adjusted(_PAD, _PAD - 2, -_PAD, -_PAD + 2))
        painter.restore()

    def _texts(
        self, painter: QPainter, option: QStyleOptionViewItem, card: PostingRow, rect: QRect
    ) -> None:
        palette: QPalette = option.palette
        bold, small = self._fonts(option)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        y = rect.top()
        y = _line(painter, bold, text, rect, y, card.title)
        where = card.company if not card.location else f"{card.company} · {card.location}"
        y = _line(painter, small, text, rect, y, where)
        if not card.is_open:
            y = _line(painter, small, quiet, rect, y, labels.label(card.stage))
        elif card.deadline is not None:
            urgent = deadline_close(card.deadline)
            colour = QColor(meaning_colours().error) if urgent else quiet
            due = self.tr("Deadline {day}").format(day=format_date(card.deadline))
            y = _line(painter, small, colour, rect, y, due, "overdue" if urgent else None)
        else:
            y = _line(painter, small, quiet, rect, y, self.tr("No deadline"))
        days = days_since(card.last_step)
        if days is None:
            since = ""
        elif days == 0:
            since = self.tr("Last step today")
        else:
            since = self.tr("Last step %Ln days ago", "", days)
        metrics = QFontMetrics(small)
        people = format_number(card.people) if card.people else ""
        room = metrics.horizontalAdvance(people) + metrics.height() + 8 if people else 0
        _line(painter, small, quiet, rect.adjusted(0, 0, -room, 0), y, since)
        if people:
            width = metrics.horizontalAdvance(people)
            painter.setFont(small)
            painter.setPen(quiet)
            spot = QRect(rect.right() - width, y, width, metrics.height())
            painter.drawText(spot, int(Qt.AlignmentFlag.AlignRight), people)
            size = metrics.height() - 2
            icon("contacts").paint(
                painter,
                QRect(spot.left() - size - 3, y + 1, size, size),
                Qt.AlignmentFlag.AlignCenter,
            )


def _line(
    painter: QPainter,
    font: QFont,
    colour: QColor,
    rect: QRect,
    y: int,
    text: str,
    meaning: str | None = None,
) -> int:
    """Draw ``text`` elided on one line at ``y`` (after an icon for ``meaning``); the next y."""
    metrics = QFontMetrics(font)
    left = rect.left()
    if meaning is not None:
        size = metrics.height() - 2
        icon(meaning).paint(painter, QRect(left, y + 1, size, size), Qt.AlignmentFlag.AlignCenter)
        left += size + 4
    painter.setFont(font)
    painter.setPen(colour)
    width = rect.right() - left
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    painter.drawText(
        QRect(left, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), shown
    )
    return y + metrics.height() + 2
