"""The network map's canvas: one widget that paints the whole referral network itself.

Not a ``QGraphicsScene`` with an item per person: at 100,000 people its per-item bookkeeping
is what makes a frame slow. The canvas keeps a :class:`~netdesk.ui.map.scene.MapScene` (made
once per layout and time filter) and a view (a centre and a scale); a pan or a zoom changes only
the view, and a frame draws what the view shows (:mod:`.painting`).

The mouse: drag the background to pan, the wheel zooms around the pointer, a click selects a
person, a drag from one person onto another asks to re-parent them, the right button asks for
the context menu, hovering shows who it is and their path back to you. Keys: arrows pan, + and -
zoom, Ctrl+0 fits the whole map. A pinch zooms (a touchpad's native gesture, or a touch screen's).
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture, QToolTip, QWidget

from netdesk.core.network_map import Cluster, MapLayout
from netdesk.core.text import one_line
from netdesk.models.enums import Status
from netdesk.ui import labels
from netdesk.ui.formatting import format_number
from netdesk.ui.map.painting import (
    Highlight,
    MapColours,
    dot_pixels,
    fit_view,
    paint_map,
    view_transform,
)
from netdesk.ui.map.scene import MapData, MapScene, split_key
from netdesk.ui.widgets import plain_tooltip

MIN_SCALE = 1e-5
MAX_SCALE = 12.0
WHEEL_STEP = 1.25
"""Zoom factor per notch of the wheel (and per + or -)."""
FLY_MS = 600
FLY_SCALE = 1.6
"""The zoom a fly-to ends at (names are written), unless already closer."""
HIT_PIXELS = 6.0
"""How near the pointer a person must be to be under it, beyond their dot."""
NAME_LIMIT = 120
"""Characters of a name or a company in the hover text and the path (the rest an ellipsis)."""
PATH_SHOWN = 8
"""A path longer than this shows its first two and last names with "..." between."""


class MapCanvas(QWidget):
    """Draws a :class:`MapLayout`; see the module docstring for what the user can do."""

    person_clicked = Signal(int)
    """A click on a person: their contact id."""
    context_menu_requested = Signal(int, QPoint)
    """The context menu over a person: their contact id, and where (global)."""
    reparent_requested = Signal(int, int)
    """A person was dragged onto another: (contact id, new referrer's contact id)."""
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkMap")
        self.setAccessibleName(self.tr("Network map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 160)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.data: MapData | None = None
        self.scene: MapScene | None = None
        self.highlight = Highlight()
        self._centre = QPointF(0, 0)
        self._scale = 1.0
        self._fitted = False
        self._press: QPointF | None = None
        self._press_index: int | None = None
        self._panning = False
        self._dragging = False
        self._last: QPointF | None = None
        self._hover: int | None = None
        self._hover_cluster: int | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(FLY_MS)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._fly_step)
        self._fly: tuple[QPointF, float, QPointF, float] | None = None

    # The data -----------------------------------------------------------------------------------

    def set_layout(
        self, layout: MapLayout | MapData | MapScene | None, until: int | None = None
    ) -> None:
        """Show ``layout``: a :class:`MapData` or a prepared :class:`MapScene` made on a worker
        (:func:`~netdesk.ui.map.painting.prepared_scene`) saves the GUI thread their making.

        The first layout is fitted into view; a later one (the network changed) keeps the view.
        """
        self.animation.stop()
        contact = self.selected_id()
        if layout is None:
            self.data = None
            self.scene = None
        elif isinstance(layout, MapScene):
            self.data = layout.data
            self.scene = layout if layout.until == until else MapScene(layout.data, until)
        else:
            self.data = layout if isinstance(layout, MapData) else MapData(layout)
            self.scene = MapScene(self.data, until)
        self.highlight = Highlight()
        self._hover = None
        self._hover_cluster = None
        if contact is not None:
            self.select(contact)
        if not self._fitted and self.scene is not None and self.scene.count:
            self.fit()
            self._fitted = True
        self.update()
        self.view_changed.emit()

    def forget_view(self) -> None:
        """Fit the next layout into view (another database is open: the old view means
        nothing there)."""
        self._fitted = False

    def set_until(self, day: int | None) -> None:
        """Show only the people there by ``day`` (a ``date.toordinal()``; None: everyone)."""
        if self.data is None or (self.scene is not None and self.scene.until == day):
            return
        self.scene = MapScene(self.data, day)
        self.update()

    @property
    def until(self) -> int | None:
        return self.scene.until if self.scene is not None else None

    def shown_count(self) -> int:
        return self.scene.count if self.scene is not None else 0

    def index_of(self, contact_id: int) -> int | None:
        return self.data.index_of.get(contact_id) if self.data is not None else None

    def contact_id(self, index: int) -> int:
        assert self.data is not None
        return self.data.layout.people.ids[index]

    # The view -----------------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def centre(self) -> QPointF:
        return QPointF(self._centre)

    def transform(self) -> QTransform:
        """Map coordinates to the widget's."""
        return self.transform_for(QRectF(self.rect()))

    def transform_for(self, target: QRectF) -> QTransform:
        """The current view drawn into ``target`` (an export's page): the same part of the
        map, scaled to fit it."""
        ratio = min(target.width() / max(1, self.width()), target.height() / max(1, self.height()))
        return view_transform(self._centre, self._scale * ratio, target)

    def to_map(self, point: QPointF) -> QPointF:
        inverse, _ok = self.transform().inverted()
        return inverse.map(point)

    def to_widget(self, point: QPointF) -> QPointF:
        return self.transform().map(point)

    def visible_rect(self) -> QRectF:
        """The part of the map in view, in map coordinates."""
        inverse, _ok = self.transform().inverted()
        return inverse.mapRect(QRectF(self.rect()))

    def set_view(self, centre: QPointF, scale: float) -> None:
        self._centre = QPointF(centre)
        self._scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self.update()
        self.view_changed.emit()

    def fit(self, *, everyone: bool = False) -> None:
        """Everyone shown (and you) in view, with a small margin; where a thin tail of
        introductions runs far beyond the crowd, the crowd (``MapScene.fit_bounds``) unless
        ``everyone``."""
        self.animation.stop()
        if self.scene is None or not self.scene.count:
            self.set_view(QPointF(0, 0), 1.0)
            return
        bounds = self.scene.bounds if everyone else self.scene.fit_bounds
        self.set_view(*fit_view(bounds, self.width(), self.height()))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the map point under ``anchor`` (widget coordinates; the
        middle by default) where it is."""
        self.animation.stop()
        if anchor is None:
            anchor = QPointF(self.width() / 2, self.height() / 2)
        before = self.to_map(anchor)
        scale = min(MAX_SCALE, max(MIN_SCALE, self._scale * factor))
        offset = anchor - QPointF(self.width() / 2, self.height() / 2)
        centre = before - offset / scale
        self.set_view(centre, scale)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by ``(dx, dy)`` pixels (the map follows a drag)."""
        self.animation.stop()
        self.set_view(self._centre - QPointF(dx, dy) / self._scale, self._scale)

    def fly_to(self, index: int, *, animate: bool = True) -> None:
        """Bring person ``index`` to the middle, close enough to read names."""
        if self.data is None:
            return
        layout = self.data.layout
        target = QPointF(layout.x[index], layout.y[index])
        scale = max(self._scale, FLY_SCALE)
        self.animation.stop()
        if not animate:
            self.set_view(target, scale)
            return
        self._fly = (QPointF(self._centre), self._scale, target, scale)
        self.animation.start()

    def _fly_step(self, value: object) -> None:
        if self._fly is None or not isinstance(value, float):
            return
        start, scale0, end, scale1 = self._fly
        # The zoom goes geometrically, so that the speed looks even.
        scale = math.exp(math.log(scale0) + (math.log(scale1) - math.log(scale0)) * value)
        self._centre = start + (end - start) * value
        self._scale = scale
        self.update()
        self.view_changed.emit()

    # Selection ----------------------------------------------------------------------------------

    def select(self, contact_id: int | None) -> None:
        """Mark the person (and their path back to you); None or someone not on the map clears."""
        index = self.index_of(contact_id) if contact_id is not None else None
        path = self.path_indices(index) if index is not None else []
        self.highlight.selected = index
        self.highlight.path = path
        self.update()

    def selected_id(self) -> int | None:
        index = self.highlight.selected
        return self.contact_id(index) if index is not None else None

    def path_indices(self, index: int) -> list[int]:
        """``index`` and the referrers up to someone you knew directly (no recursion)."""
        if self.data is None:
            return []
        referrer = self.data.layout.people.referrer
        path = [index]
        seen = {index}
        while (parent := referrer[path[-1]]) >= 0 and parent not in seen:
            path.append(parent)
            seen.add(parent)
        return path

    def path_text(self, index: int) -> str:
        """ "You → Sara Smith → John Public", shortened in the middle when long."""
        assert self.data is not None
        names = self.data.layout.people.names
        chain = [one_line(names[i], NAME_LIMIT) for i in reversed(self.path_indices(index))]
        if len(chain) > PATH_SHOWN:
            hidden = len(chain) - 5
            more = self.tr("… {count} more …").format(count=format_number(hidden))
            chain = [*chain[:2], more, *chain[-3:]]
        return " → ".join([self.tr("You"), *chain])

    def describe(self, index: int) -> str:
        """The hover text: name, status, company, warm or cold, and the path back to you."""
        assert self.data is not None
        people = self.data.layout.people
        lines = [one_line(people.names[index], NAME_LIMIT)]
        status_index, _size, warm = split_key(self.data.keys[index])
        parts = [labels.label(list(Status)[status_index])]
        parts.append(self.tr("warm lead") if warm else self.tr("cold lead"))
        if people.company[index]:
            parts.append(one_line(people.company[index], NAME_LIMIT))
        lines.append(" · ".join(parts))
        through = self.data.layout.through[index]
        if through:
            lines.append(self.tr("{count} came through them").format(count=format_number(through)))
        lines.append(self.path_text(index))
        return "\n".join(lines)

    def cluster_name(self, cluster: Cluster) -> str:
        """The company's name, "No company" for the circle of people without one."""
        return (
            one_line(cluster.name, 60) if cluster.company_id is not None else self.tr("No company")
        )

    def cluster_label(self, cluster: Cluster) -> str:
        """ "Globex · 42": what a company's circle is labelled with on the map."""
        return self.tr("{company} · {count}").format(
            company=self.cluster_name(cluster), count=format_number(cluster.count)
        )

    def describe_cluster(self, number: int) -> str:
        """The hover text over a company's circle: its name and how many people are in it."""
        assert self.data is not None
        cluster = self.data.layout.clusters[number]
        return "\n".join([self.cluster_name(cluster), self.tr("%Ln people", "", cluster.count)])

    def cluster_at(self, point: QPointF) -> int | None:
        """The company's circle under ``point`` (widget coordinates), if the map is grouped
        by company."""
        if self.data is None or not self.data.layout.clusters:
            return None
        at = self.to_map(point)
        return self.data.cluster_at(at.x(), at.y())

    def index_at(self, point: QPointF) -> int | None:
        """The person under ``point`` (widget coordinates), if any."""
        if self.scene is None or not self.scene.count:
            return None
        at = self.to_map(point)
        radius = (dot_pixels(3, self._scale) / 2 + HIT_PIXELS) / self._scale
        return self.scene.nearest(at.x(), at.y(), radius)

    # Painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.render_into(painter, QRectF(self.rect()))
        painter.end()

    def render_into(self, painter: QPainter, target: QRectF, *, vector: bool = False) -> None:
        """Draw the current view into ``target`` of any paint device (a file, a printer)."""
        paint_map(
            painter,
            self.scene,
            self.transform_for(target),
            target,
            MapColours.of(self.palette()),
            self.highlight,
            vector=vector,
            you_label=self.tr("You"),
            cluster_label=self.cluster_label,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted and event.oldSize().isValid() and self.scene is not None:
            return
        if self.scene is not None and self.scene.count:
            self.fit()
            self._fitted = True

    # Mouse and keys -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.animation.stop()
        self._press = event.position()
        self._last = event.position()
        self._press_index = self.index_at(event.position())
        self._panning = self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hovered(position)
            return
        moved = (position - self._press).manhattanLength()
        if not (self._panning or self._dragging) and moved >= QApplication.startDragDistance():
            if self._press_index is not None:
                self._dragging = True
            else:
                self._panning = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._panning and self._last is not None:
            delta = position - self._last
            self.pan_by(delta.x(), delta.y())
        elif self._dragging and self._press_index is not None:
            target = self.index_at(position)
            self.highlight.target = target if target != self._press_index else None
            layout = self.data.layout if self.data is not None else None
            if layout is not None:
                start = QPointF(layout.x[self._press_index], layout.y[self._press_index])
                self.highlight.drag_line = QLineF(start, self.to_map(position))
            self.update()
        self._last = position

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        pressed, dragging, panning = self._press_index, self._dragging, self._panning
        self._press = self._last = None
        self._press_index = None
        self._panning = self._dragging = False
        self.unsetCursor()
        if dragging and pressed is not None:
            target = self.index_at(event.position())
            self.highlight.target = None
            self.highlight.drag_line = None
            self.update()
            if target is not None and target != pressed:
                self.reparent_requested.emit(self.contact_id(pressed), self.contact_id(target))
        elif not panning and pressed is not None:
            contact_id = self.contact_id(pressed)
            self.select(contact_id)
            self.person_clicked.emit(contact_id)

    def _hovered(self, position: QPointF) -> None:
        index = self.index_at(position)
        cluster = self.cluster_at(position) if index is None else None
        if index == self._hover and cluster == self._hover_cluster:
            return
        self._hover = index
        self._hover_cluster = cluster
        if index is None:
            self.unsetCursor()
            if cluster is None:
                QToolTip.hideText()
            else:
                text = plain_tooltip(self.describe_cluster(cluster))
                QToolTip.showText(self.mapToGlobal(position.toPoint()), text, self)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(
                self.mapToGlobal(position.toPoint()), plain_tooltip(self.describe(index)), self
            )

    def hover_text(self) -> str:
        """What the tooltip shows for the person (or the company's circle) under the pointer
        ("" for nothing)."""
        if self._hover is not None:
            return self.describe(self._hover)
        if self._hover_cluster is not None:
            return self.describe_cluster(self._hover_cluster)
        return ""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.index_at(QPointF(event.pos()))
        if index is None:
            event.ignore()
            return
        contact_id = self.contact_id(index)
        self.select(contact_id)
        self.person_clicked.emit(contact_id)
        self.context_menu_requested.emit(contact_id, event.globalPos())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            event.ignore()
            return
        self.zoom_by(WHEEL_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        step = 0.12 * min(self.width(), self.height())
        pans: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Left: (step, 0.0),
            Qt.Key.Key_Right: (-step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        if key in pans:
            self.pan_by(*pans[key])
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
        ):
            self.zoom_by(WHEEL_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == Qt.Key.Key_Minus:
            self.zoom_by(1 / WHEEL_STEP)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit(everyone=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), self.mapFromGlobal(event.globalPosition()))
                return True
        elif isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                anchor = self.mapFromGlobal(pinch.centerPoint())
                self.zoom_by(pinch.scaleFactor(), anchor)
                event.accept(pinch)
                return True
        return super().event(event)
