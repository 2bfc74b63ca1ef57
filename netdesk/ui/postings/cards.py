"""The board's cards: a list model per column and the delegate that paints a card.

A column's model holds the :class:`PostingRow` of its cards; dragging cards out of it carries
their ids (:data:`MIME`), and whoever accepts the drop asks for the move. The delegate paints a
card as a rounded panel: the title (on two lines before it is cut), the company and location,
the deadline ("Deadline 21 Dec"; in the error colour with an icon when it is within a week or
past, for a posting still open) or the stage that closed it, and how long ago the last step was
with the number of people linked. A card is as tall as its lines; a tooltip gives in full only
what is cut. Painting, not widgets: a column of a thousand cards costs what the screen shows.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

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


def short_day(day: date, today: date | None = None) -> str:
    """ "21 Dec" ("21. Dez." in German, "Dec 21" in American English): the day and the short
    month in the locale's own order, without the weekday, with the year only when it is not this
    year's."""
    locale = QLocale()
    this_year = day.year == (today or date.today()).year
    pattern = _short_format(locale.dateFormat(QLocale.FormatType.LongFormat), not this_year)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


@functools.cache
def _short_format(long_format: str, with_year: bool) -> str:
    """The locale's long date format without its weekday, with short month names (and without
    the year unless ``with_year``)."""
    pattern = re.sub(r"d{3,4}[\s,.]*|[\s,]*d{3,4}$", "", long_format).replace("MMMM", "MMM")
    if not with_year:
        if pattern.startswith("y"):
            pattern = re.sub(r"^y+[^dM']*", "", pattern)
        else:
            pattern = re.sub(r"[\s,./-]*(?:'[^']*'\s*)?y+\.?", "", pattern)
    pattern = pattern.strip(" ,")
    if "d" not in pattern or "M" not in pattern:
        return "d MMM yyyy" if with_year else "d MMM"
    return pattern


def wrap(text: str, font: QFont, width: int, lines: int) -> tuple[list[str], bool]:
    """``text`` broken into at most ``lines`` lines of ``width`` pixels, the last one elided;
    and whether anything was cut."""
    metrics = QFontMetrics(font)
    if lines <= 1 or metrics.horizontalAdvance(text) <= width:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return [shown], shown != text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    result: list[str] = []
    start = 0
    while len(result) < lines - 1 and start < len(text):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        result.append(text[start : start + line.textLength()].rstrip())
        start += line.textLength()
    layout.endLayout()
    rest = text[start:].strip()
    if rest:
        shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        result.append(shown)
        return result, shown != rest
    return result, False


@dataclass(frozen=True, slots=True)
class CardLayout:
    """What a card shows at a width: each line's text, what was cut, and its height."""

    title: list[str]
    title_cut: bool
    where: str
    where_cut: bool
    status: list[str]
    """The deadline (or the stage that closed the posting), on one or two lines."""
    status_cut: bool
    status_meaning: str | None
    """The icon before the deadline: "overdue" when past, "deadline" when close."""
    urgent: bool
    since: str
    people: str
    height: int


_TITLE_LINES = 2
_STATUS_LINES = 2
_PAD_X, _PAD_Y = 9, 8
_GAP = 6
_LEADING = 2
"""Pixels inside a card (across, down), between two cards and between two lines."""


@dataclass(frozen=True, slots=True)
class _Fonts:
    """A card's fonts for a view's font, with the widths of the texts measured in them."""

    key: str
    bold: QFont
    small: QFont
    bold_height: int
    small_height: int
    widths: dict[tuple[str, bool], int]
    """(text, bold) -> its width in pixels."""

    def advance(self, text: str, bold: bool) -> int:
        found = self.widths.get((text, bold))
        if found is None:
            if len(self.widths) > 20000:
                self.widths.clear()
            metrics = QFontMetrics(self.bold if bold else self.small)
            found = self.widths[(text, bold)] = metrics.horizontalAdvance(text)
        return found


class CardDelegate(QStyledItemDelegate):
    """Paints a card (see the module's docstring). A card is as wide as its column
    (:attr:`width`, which the column sets) and as tall as its lines: the title takes two lines
    before it is cut, and so does the deadline.

    A column asks every card's height when it lays out (at each width), so a height comes from
    text widths measured once; a card's lines are broken only when it is painted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._width = 180
        self._layouts: dict[tuple[PostingRow, str, date], CardLayout] = {}
        self._statuses: dict[tuple[PostingRow, date], tuple[str, str | None, bool]] = {}
        self._font_sets: list[tuple[QFont, _Fonts]] = []
        self._day = (date.today(), time.monotonic())

    def _today(self) -> date:
        """Today, asked of the clock once a second (a column asks it of every card)."""
        day, asked = self._day
        now = time.monotonic()
        if now - asked > 1.0:
            day = date.today()
            self._day = (day, now)
        return day

    @property
    def width(self) -> int:
        return self._width

    @width.setter
    def width(self, value: int) -> None:
        if value != self._width:
            self._width = value
            self._layouts.clear()

    def _fonts(self, font: QFont) -> _Fonts:
        for known, fonts in self._font_sets:
            if known == font:
                return fonts
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.92)
        heights = QFontMetrics(bold).height(), QFontMetrics(small).height()
        fonts = _Fonts(font.key(), bold, small, *heights, {})
        self._font_sets = [(QFont(font), fonts), *self._font_sets[:3]]
        return fonts

    def _text_width(self) -> int:
        return self._width - 2 - 2 * _PAD_X

    def _height(self, title_lines: int, status_lines: int, fonts: _Fonts) -> int:
        lines = title_lines * (fonts.bold_height + _LEADING)
        lines += (2 + status_lines) * (fonts.small_height + _LEADING) - _LEADING
        return lines + 2 * _PAD_Y + _GAP

    def card_height(self, card: PostingRow, font: QFont) -> int:
        """The card's height at :attr:`width` in ``font`` (the view's), without breaking lines."""
        fonts = self._fonts(font)
        width = self._text_width()
        title_lines = 1 if fonts.advance(card.title, True) <= width else _TITLE_LINES
        text, meaning, _urgent = self._status(card, self._today())
        room = width - (fonts.small_height + 2 if meaning else 0)
        status_lines = 1 if fonts.advance(text, False) <= room else _STATUS_LINES
        return self._height(title_lines, status_lines, fonts)

    def card_layout(self, card: PostingRow, font: QFont) -> CardLayout:
        """The card's lines at :attr:`width` in ``font`` (the view's)."""
        today = self._today()
        key = (card, self._fonts(font).key, today)
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > 2000:
                self._layouts.clear()
            found = self._layouts[key] = self._lay_out(card, font, today)
        return found

    def _lay_out(self, card: PostingRow, font: QFont, today: date) -> CardLayout:
        fonts = self._fonts(font)
        width = self._text_width()
        title, title_cut = wrap(card.title, fonts.bold, width, _TITLE_LINES)
        where_text = card.company if not card.location else f"{card.company} · {card.location}"
        (where,), where_cut = wrap(where_text, fonts.small, width, 1)
        status_text, meaning, urgent = self._status(card, today)
        indent = fonts.small_height + 2 if meaning else 0
        status, status_cut = wrap(status_text, fonts.small, width - indent, _STATUS_LINES)
        days = days_since(card.last_step, today)
        if days is None:
            since = ""
        elif days == 0:
            since = self.tr("Today")
        elif days == 1:
            since = self.tr("Yesterday")
        else:
            since = self.tr("%Ln days ago", "", days)
        people = format_number(card.people) if card.people else ""
        return CardLayout(
            title,
            title_cut,
            where,
            where_cut,
            status,
            status_cut,
            meaning,
            urgent,
            since,
            people,
            self._height(len(title), len(status), fonts),
        )

    def _status(self, card: PostingRow, today: date) -> tuple[str, str | None, bool]:
        """The deadline's (or closed stage's) text, its icon and whether it is urgent."""
        key = (card, today)
        found = self._statuses.get(key)
        if found is None:
            if len(self._statuses) > 20000:
                self._statuses.clear()
            found = self._statuses[key] = self._status_of(card, today)
        return found

    def _status_of(self, card: PostingRow, today: date) -> tuple[str, str | None, bool]:
        if not card.is_open:
            return labels.label(card.stage), None, False
        if card.deadline is None:
            return self.tr("No deadline"), None, False
        day = short_day(card.deadline, today)
        if card.deadline < today:
            return self.tr("Deadline passed {day}").format(day=day), "overdue", True
        if card.deadline == today:
            return self.tr("Deadline today"), "deadline", True
        text = self.tr("Deadline {day}").format(day=day)
        if deadline_close(card.deadline, today):
            return text, "deadline", True
        return text, None, False

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CardRole)
        if not isinstance(card, PostingRow):
            return QSize(self._width, 0)
        return QSize(self._width, self.card_height(card, option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, PostingRow):
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = self._card_rect(option)
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
        layout = self.card_layout(card, option.font)
        self._texts(painter, option, layout, rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y))
        painter.restore()

    def _card_rect(self, option: QStyleOptionViewItem) -> QRect:
        """The card's panel inside its row: the column's width, less the gap below."""
        top_left = option.rect.topLeft()
        height = option.rect.height()
        return QRect(top_left.x() + 1, top_left.y() + _GAP // 2, self._width - 2, height - _GAP)

    def _texts(
        self, painter: QPainter, option: QStyleOptionViewItem, layout: CardLayout, rect: QRect
    ) -> None:
        palette: QPalette = option.palette
        fonts = self._fonts(option.font)
        bold, small = fonts.bold, fonts.small
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        y = rect.top()
        for line in layout.title:
            y = _line(painter, bold, text, rect, y, line)
        y = _line(painter, small, text, rect, y, layout.where)
        colour = QColor(meaning_colours().error) if layout.urgent else quiet
        for number, line in enumerate(layout.status):
            meaning = layout.status_meaning if number == 0 else None
            indent = fonts.small_height + 2 if layout.status_meaning and number else 0
            y = _line(painter, small, colour, rect.adjusted(indent, 0, 0, 0), y, line, meaning)
        spot = self._people_spot(layout, small, rect, y)
        room = rect.right() - spot.left() + 6 if layout.people else 0
        _line(painter, small, quiet, rect.adjusted(0, 0, -room, 0), y, layout.since)
        if layout.people:
            painter.setFont(small)
            painter.setPen(quiet)
            size = fonts.small_height - 2
            icon("contacts").paint(
                painter, QRect(spot.left(), y + 1, size, size), Qt.AlignmentFlag.AlignCenter
            )
            painter.drawText(spot, int(Qt.AlignmentFlag.AlignRight), layout.people)

    @staticmethod
    def _people_spot(layout: CardLayout, small: QFont, rect: QRect, y: int) -> QRect:
        """Where the people count and its icon go, at the right of the last line."""
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(layout.people) + metrics.height() + 1
        return QRect(rect.right() + 1 - width, y, width, metrics.height())

    # Tooltips ---------------------------------------------------------------------------------

    def tooltip(self, card: PostingRow, font: QFont, pos: QPoint) -> str:
        """The tooltip at ``pos`` (from the card's top left): the title, company and location
        in full where they are cut, the people linked, when the last step was; nothing over
        text shown whole."""
        layout = self.card_layout(card, font)
        fonts = self._fonts(font)
        rect = QRect(0, _GAP // 2, self._width - 2, layout.height - _GAP)
        rect = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        small_line = fonts.small_height + _LEADING
        head = rect.top() + len(layout.title) * (fonts.bold_height + _LEADING)
        status = head + small_line
        last = status + len(layout.status) * small_line
        y = pos.y()
        if y < status:
            if not (layout.title_cut or layout.where_cut):
                return ""
            where = card.company if not card.location else f"{card.company} · {card.location}"
            return f"{card.title}\n{where}"
        if y < last:
            return self._status(card, self._today())[0] if layout.status_cut else ""
        spot = self._people_spot(layout, fonts.small, rect, last)
        if layout.people and spot.left() <= pos.x():
            return self.tr("%Ln people linked", "", card.people)
        if card.last_step is not None:
            return self.tr("Last step {day}").format(day=format_date(card.last_step))
        return ""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        card = index.data(CardRole)
        if event.type() != QEvent.Type.ToolTip or not isinstance(card, PostingRow):
            return super().helpEvent(event, view, option, index)
        text = self.tooltip(card, option.font, event.pos() - option.rect.topLeft())
        if text:
            QToolTip.showText(event.globalPos(), text, view.viewport(), option.rect)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def _line(
    painter: QPainter,
    font: QFont,
    colour: QColor,
    rect: QRect,
    y: int,
    text: str,
    meaning: str | None = None,
) -> int:
    """Draw ``text`` on one line at ``y`` (after an icon for ``meaning``); the next y."""
    metrics = QFontMetrics(font)
    left = rect.left()
    if meaning is not None:
        size = metrics.height() - 2
        icon(meaning).paint(painter, QRect(left, y + 1, size, size), Qt.AlignmentFlag.AlignCenter)
        left += size + 4
    painter.setFont(font)
    painter.setPen(colour)
    width = rect.right() + 1 - left
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    painter.drawText(
        QRect(left, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), shown
    )
    return y + metrics.height() + _LEADING
