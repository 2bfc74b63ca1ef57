"""Small charts drawn with QPainter: bars, lines with several series, and horizontal bars.

QtCharts is not in PySide6-Essentials (and would weigh on the bundle); these draw what the
dashboard needs: a title, axes with ticks and labels, a legend where there are two series or
more, a readable empty state, and a tooltip with the figure under the pointer
(:meth:`Chart.tip_at`). Every colour comes from the widget's palette, so a chart follows the
light or dark scheme; series colours are the palette's highlight turned round the colour
wheel, as light as the scheme wants. Charts hold figures, never read the database.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from netdesk.ui.formatting import format_decimal, format_number
from netdesk.ui.theme import Role, role_font
from netdesk.ui.widgets import plain_tooltip

__all__ = [
    "BarChart",
    "Chart",
    "HBar",
    "HBarChart",
    "LineChart",
    "Series",
    "nice_ticks",
    "series_colour",
]

PAD = 8.0
LEGEND_SWATCH = 10.0


@dataclass(frozen=True, slots=True)
class Series:
    """One series: its name (legend, tooltip) and a value per category (None: no value)."""

    name: str
    values: Sequence[float | None]
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class HBar:
    """One row of a horizontal bar chart: the bar's length is ``value``; ``text`` is written
    after it, ``tip`` shown on hover; ``key`` is what a click reports (None: not clickable)."""

    label: str
    value: float
    text: str
    tip: str = ""
    key: int | None = None


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Ticks from 0 to a round value at least ``top``: steps of 1, 2 or 5 times a power of
    ten, about ``count`` of them."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def series_colour(palette: QPalette, index: int, count: int = 6) -> QColor:
    """The colour of series ``index`` of ``count``: the highlight colour for the first, the
    next ones spread round the colour wheel; lighter on a dark window, darker on a light one."""
    base = palette.color(QPalette.ColorRole.Highlight)
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    hue = base.hslHueF()
    hue = (hue + index / max(1, count)) % 1.0 if hue >= 0 else 0.6
    lightness = 0.66 if dark else 0.42
    return QColor.fromHslF(hue, max(0.55, base.hslSaturationF()), lightness)


def _number(value: float) -> str:
    if float(value).is_integer():
        return format_number(int(value))
    return format_decimal(float(value), 1)


class Chart(QWidget):
    """What every chart shares: the frame, the title, the empty state and the tooltips."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._empty_text = self.tr("Nothing to show yet.")
        self.setMouseTracking(True)
        # Tab reaches every chart (its accessible name says which); a frame shows the focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.value_text: Callable[[float], str] = _number
        """How a value is written on the axis and in the tooltips."""

    @property
    def title(self) -> str:
        return self._title

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    @property
    def empty_text(self) -> str:
        return self._empty_text

    def has_data(self) -> bool:
        raise NotImplementedError

    def tip_at(self, pos: QPointF) -> str | None:
        """The tooltip for the point ``pos`` (widget coordinates): the figure under it."""
        raise NotImplementedError

    # Colours and fonts ------------------------------------------------------------------------

    def _colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def _text_colour(self) -> QColor:
        return self._colour(QPalette.ColorRole.WindowText)

    def _faint_colour(self) -> QColor:
        return self._colour(QPalette.ColorRole.PlaceholderText)

    def _small_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(role_font(Role.SECONDARY, self.font()))

    # Layout -----------------------------------------------------------------------------------

    def _frame(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)

    def _title_height(self) -> float:
        return QFontMetricsF(role_font(Role.SECTION, self.font())).height() + PAD

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        return []

    def _legend_height(self) -> float:
        shown = self.has_data() and self._legend_entries()
        return self._small_metrics().height() + PAD if shown else 0.0

    def _body(self) -> QRectF:
        """Where the plot and its axes go: inside the frame, under the title and legend."""
        frame = self._frame().adjusted(PAD, PAD, -PAD, -PAD)
        top = self._title_height() + self._legend_height()
        return frame.adjusted(0, top, 0, 0)

    # Painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        border = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        painter.setPen(QPen(self._colour(border), 2 if self.hasFocus() else 1))
        painter.setBrush(self._colour(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 6, 6)
        painter.setPen(self._text_colour())
        painter.setFont(role_font(Role.SECTION, self.font()))
        title_rect = QRectF(frame.left() + PAD, frame.top() + PAD / 2, frame.width() - 2 * PAD, 0)
        title_rect.setHeight(self._title_height())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title
        )
        painter.setFont(role_font(Role.SECONDARY, self.font()))
        if not self.has_data():
            painter.setPen(self._faint_colour())
            painter.drawText(
                self._body(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            return
        self._paint_legend(painter, title_rect.bottom())
        self._paint_plot(painter)

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        metrics = self._small_metrics()
        x = self._frame().left() + PAD
        for name, colour, dashed in self._legend_entries():
            y = top + metrics.height() / 2
            pen = QPen(colour, 2.5)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 2 * LEGEND_SWATCH, y))
            x += 2 * LEGEND_SWATCH + 4
            painter.setPen(self._text_colour())
            width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(x, top, width + 2, metrics.height()), name)
            x += width + 2 * PAD

    def _paint_plot(self, painter: QPainter) -> None:
        raise NotImplementedError

    # Tooltips ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos())) if self.has_data() else None
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class _AxisChart(Chart):
    """A chart with categories along the bottom and values up the left."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._labels: list[str] = []
        self._tip_labels: list[str] = []
        self._series: list[Series] = []

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def series(self) -> list[Series]:
        return list(self._series)

    def has_data(self) -> bool:
        return bool(self._labels) and any(
            v is not None and v != 0 for s in self._series for v in s.values
        )

    def _series_colour(self, index: int) -> QColor:
        """A dashed series is a reference (a goal, a curve to compare with): in the text's
        colour; the others are spread round the wheel."""
        if self._series[index].dashed:
            return self._colour(QPalette.ColorRole.Text)
        solid = [i for i, s in enumerate(self._series) if not s.dashed]
        return series_colour(self.palette(), solid.index(index), len(solid))

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        if len(self._series) < 2:
            return []
        return [(s.name, self._series_colour(i), s.dashed) for i, s in enumerate(self._series)]

    def _top_value(self) -> float:
        return max(
            (v for s in self._series for v in s.values if v is not None),
            default=0.0,
        )

    def _ticks(self) -> list[float]:
        return nice_ticks(self._top_value())

    def _plot(self) -> QRectF:
        """The plot area inside the axes."""
        body = self._body()
        metrics = self._small_metrics()
        left = max(metrics.horizontalAdvance(self.value_text(t)) for t in self._ticks()) + PAD
        return body.adjusted(left, metrics.height() / 2, -PAD, -(metrics.height() + PAD))

    def _y(self, value: float, plot: QRectF) -> float:
        top = self._ticks()[-1] or 1.0
        return plot.bottom() - plot.height() * value / top

    def _paint_axes(self, painter: QPainter, plot: QRectF, centres: list[float]) -> None:
        metrics = self._small_metrics()
        grid = QPen(self._colour(QPalette.ColorRole.Midlight), 1)
        for tick in self._ticks():
            y = self._y(tick, plot)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._faint_colour())
            text = self.value_text(tick)
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(plot.left() - width - PAD / 2, y - metrics.height() / 2, width + 1, 99),
                text,
            )
        painter.setPen(QPen(self._colour(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        # Category labels, every n-th where they would overlap.
        if not centres:
            return
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + PAD
        spacing = plot.width() / max(1, len(centres))
        every = max(1, math.ceil(widest / max(1.0, spacing)))
        painter.setPen(self._faint_colour())
        for i in range(0, len(centres), every):
            x = centres[i]
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            label = self._labels[i]
            width = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(x - width / 2, plot.bottom() + 4, width + 1, 99), label)

    def _index_at(self, pos: QPointF) -> int | None:
        plot = self._plot()
        if not self._labels or not (plot.left() <= pos.x() <= plot.right()):
            return None
        if not (plot.top() - PAD <= pos.y() <= plot.bottom()):
            return None
        slot = plot.width() / len(self._labels)
        return min(len(self._labels) - 1, int((pos.x() - plot.left()) / slot))


class BarChart(_AxisChart):
    """Bars per category, the series side by side; a dashed goal line if one is set."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._goal: float | None = None
        self._goal_name = ""
        self.tip_text: Callable[[int, int], str] | None = None
        """What the tooltip of bar (series, category) says beyond its value (None: its
        category, series and value)."""

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        goal: float | None = None,
        goal_name: str = "",
        tip_labels: Sequence[str] | None = None,
    ) -> None:
        """``tip_labels``: the categories as the tooltips name them (the labels by default)."""
        self._labels = list(labels)
        self._tip_labels = list(tip_labels or labels)
        self._series = list(series)
        self._goal = goal
        self._goal_name = goal_name
        self.update()

    @property
    def goal(self) -> float | None:
        return self._goal

    def _top_value(self) -> float:
        return max(super()._top_value(), self._goal or 0.0)

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        entries = [
            (s.name, series_colour(self.palette(), i), s.dashed) for i, s in enumerate(self._series)
        ]
        if self._goal is not None:
            entries.append((self._goal_name, self._goal_colour(), True))
        return entries if len(entries) > 1 else []

    def _goal_colour(self) -> QColor:
        return QColor(self._colour(QPalette.ColorRole.Text))

    def bar_rect(self, series: int, index: int) -> QRectF:
        """Where bar ``index`` of ``series`` is drawn (empty when it has no value)."""
        plot = self._plot()
        slot = plot.width() / max(1, len(self._labels))
        group = slot * 0.75
        width = group / max(1, len(self._series))
        value = self._series[series].values[index]
        if value is None:
            return QRectF()
        left = plot.left() + slot * index + (slot - group) / 2 + width * series
        top = self._y(value, plot)
        return QRectF(left, top, max(1.0, width - 1), plot.bottom() - top)

    def _paint_plot(self, painter: QPainter) -> None:
        plot = self._plot()
        slot = plot.width() / max(1, len(self._labels))
        centres = [plot.left() + slot * (i + 0.5) for i in range(len(self._labels))]
        self._paint_axes(painter, plot, centres)
        painter.setPen(Qt.PenStyle.NoPen)
        for s in range(len(self._series)):
            painter.setBrush(self._series_colour(s))
            for i in range(len(self._labels)):
                rect = self.bar_rect(s, i)
                if not rect.isEmpty():
                    painter.drawRect(rect)
        if self._goal is not None:
            pen = QPen(self._goal_colour(), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = self._y(self._goal, plot)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def tip_at(self, pos: QPointF) -> str | None:
        index = self._index_at(pos)
        if index is None:
            return None
        for s, series in enumerate(self._series):
            rect = self.bar_rect(s, index)
            wide = QRectF(rect.left(), self._plot().top(), rect.width(), self._plot().height())
            if not rect.isNull() and wide.contains(pos):
                if self.tip_text is not None:
                    return self.tip_text(s, index)
                value = series.values[index]
                assert value is not None
                return f"{self._tip_labels[index]}\n{series.name}: {self.value_text(value)}"
        return None


class LineChart(_AxisChart):
    """A line per series over the categories; the tooltip lists every series at the week
    under the pointer."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.note = ""
        """Added under the tooltip's figures (what a series means)."""

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        tip_labels: Sequence[str] | None = None,
    ) -> None:
        self._labels = list(labels)
        self._tip_labels = list(tip_labels or labels)
        self._series = list(series)
        self.update()

    def point(self, series: int, index: int) -> QPointF | None:
        """Where the value ``index`` of ``series`` is drawn (None: it has none)."""
        value = self._series[series].values[index]
        if value is None:
            return None
        plot = self._plot()
        slot = plot.width() / max(1, len(self._labels))
        return QPointF(plot.left() + slot * (index + 0.5), self._y(value, plot))

    def _paint_plot(self, painter: QPainter) -> None:
        plot = self._plot()
        slot = plot.width() / max(1, len(self._labels))
        centres = [plot.left() + slot * (i + 0.5) for i in range(len(self._labels))]
        self._paint_axes(painter, plot, centres)
        dots = slot >= 8
        for s, series in enumerate(self._series):
            colour = self._series_colour(s)
            pen = QPen(colour, 2.0)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            points = [self.point(s, i) for i in range(len(self._labels))]
            previous: QPointF | None = None
            for p in points:
                if p is not None and previous is not None:
                    painter.drawLine(previous, p)
                previous = p
            if dots and not series.dashed:
                painter.setBrush(colour)
                for p in points:
                    if p is not None:
                        painter.drawEllipse(p, 2.5, 2.5)

    def tip_at(self, pos: QPointF) -> str | None:
        index = self._index_at(pos)
        if index is None:
            return None
        lines = [self._tip_labels[index]]
        for series in self._series:
            value = series.values[index]
            if value is not None:
                lines.append(f"{series.name}: {self.value_text(value)}")
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


class HBarChart(Chart):
    """Horizontal bars, one per row, longest first as given; a row with a ``key`` can be
    clicked (or chosen with the arrow keys and Enter), which emits :attr:`activated`."""

    activated = Signal(int)
    """A clickable row was clicked: its key."""

    ROW_GAP = 6.0

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._rows: list[HBar] = []
        self._scale: float | None = None
        self._current = -1
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_data(self, rows: Sequence[HBar], scale: float | None = None) -> None:
        """``scale``: the value of a full-length bar (None: the largest value)."""
        self._rows = list(rows)
        self._scale = scale
        self._current = -1
        self.updateGeometry()
        self.update()

    @property
    def rows(self) -> list[HBar]:
        return list(self._rows)

    def has_data(self) -> bool:
        return bool(self._rows)

    def _row_height(self) -> float:
        return self._small_metrics().height() + self.ROW_GAP

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def sizeHint(self) -> QSize:
        rows = max(2, len(self._rows))
        height = self._title_height() + rows * self._row_height() + 3 * PAD
        return QSize(420, int(height))

    def _label_width(self) -> float:
        metrics = self._small_metrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0.0)
        return min(widest + PAD, self._body().width() * 0.4)

    def _text_width(self) -> float:
        metrics = self._small_metrics()
        widest = max((metrics.horizontalAdvance(r.text) for r in self._rows), default=0.0)
        return min(widest + PAD, self._body().width() * 0.3)

    def row_rect(self, index: int) -> QRectF:
        """The whole row ``index`` (label, bar and text): what a click or a hover hits."""
        body = self._body()
        height = self._row_height()
        return QRectF(body.left(), body.top() + index * height, body.width(), height)

    def bar_rect(self, index: int) -> QRectF:
        row = self.row_rect(index)
        left = row.left() + self._label_width()
        room = max(1.0, row.width() - self._label_width() - self._text_width())
        scale = self._scale or max((r.value for r in self._rows), default=0.0) or 1.0
        length = room * max(0.0, min(1.0, self._rows[index].value / scale))
        return QRectF(left, row.top() + self.ROW_GAP / 2, length, row.height() - self.ROW_GAP)

    def _paint_plot(self, painter: QPainter) -> None:
        metrics = self._small_metrics()
        label_width = self._label_width()
        colour = series_colour(self.palette(), 0)
        for i, row in enumerate(self._rows):
            rect = self.row_rect(i)
            if rect.bottom() > self._frame().bottom():
                break
            if i == self._current and self.hasFocus():
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._colour(QPalette.ColorRole.AlternateBase))
                painter.drawRect(rect)
            painter.setPen(self._text_colour())
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - PAD)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                QRectF(rect.left(), rect.top(), label_width, rect.height()), align, label
            )
            bar = self.bar_rect(i)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(bar)
            painter.setPen(self._text_colour())
            text_rect = QRectF(bar.right() + PAD / 2, rect.top(), self._text_width(), rect.height())
            painter.drawText(text_rect, align, row.text)

    def _row_at(self, pos: QPointF) -> int | None:
        for i in range(len(self._rows)):
            if self.row_rect(i).contains(pos):
                return i
        return None

    def tip_at(self, pos: QPointF) -> str | None:
        index = self._row_at(pos)
        if index is None:
            return None
        row = self._rows[index]
        return row.tip or f"{row.label}: {row.text}"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position())
        clickable = index is not None and self._rows[index].key is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self._activate(index)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = [i for i, r in enumerate(self._rows) if r.key is not None]
        if not keys:
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            place = keys.index(self._current) + step if self._current in keys else 0
            self._current = keys[max(0, min(len(keys) - 1, place))]
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._current in keys:
                self._activate(self._current)
        else:
            super().keyPressEvent(event)

    def _activate(self, index: int) -> None:
        key = self._rows[index].key
        if key is not None:
            self.activated.emit(key)
