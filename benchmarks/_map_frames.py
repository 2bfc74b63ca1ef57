"""Frame timings of the network map's canvas, and of a naive baseline, for ``bench_map.py``.

- :func:`first_paint_ms`: the canvas shown at 1280x800 with the whole map fitted; from handing
  it what the page's worker delivers (the layout's :class:`MapData` and the scene of the first
  frame, prepared beside the layout) until the first paint is done: the GUI thread's part.
  :func:`map_data_ms` times the worker's part after the layout.
- :func:`frame_times`: a scripted pan and zoom over a region where about 10,000 people are in
  view; each frame is one ``repaint()`` (a synchronous paint), timed.
- :func:`baseline_frame_times`: the same script on a ``QGraphicsView`` over a ``QGraphicsScene``
  holding one ``QGraphicsEllipseItem`` per person and one ``QGraphicsLineItem`` per referral,
  with no level of detail: the usual way to draw a graph in Qt.

Offscreen (``QT_QPA_PLATFORM=offscreen``); the caller owns the ``QApplication``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
)

from netdesk.core.network_map import MapLayout
from netdesk.ui.map.canvas import MapCanvas
from netdesk.ui.map.painting import MapColours, prepared_scene, status_colour
from netdesk.ui.map.scene import DIAMETER, STATUSES, MapData, size_class

WIDTH, HEIGHT = 1280, 800
VISIBLE = 10_000
"""People in view during the scripted pan and zoom."""


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("make the QApplication first")
    return app


def first_paint_ms(layout: MapLayout) -> float:
    """Milliseconds from giving a shown canvas ``layout`` to the end of its first paint."""
    app = _application()
    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    app.processEvents()
    scene = prepared_scene(MapData(layout))
    started = time.perf_counter()
    canvas.set_layout(scene)
    canvas.fit()
    canvas.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return elapsed


def map_data_ms(layout: MapLayout) -> float:
    """Milliseconds the page's worker spends after the layout: the canvas's per-layout data
    and the prepared scene of the first frame (:func:`prepared_scene`)."""
    started = time.perf_counter()
    prepared_scene(MapData(layout))
    return (time.perf_counter() - started) * 1000


def in_view(layout: MapLayout, centre: QPointF, scale: float) -> int:
    """How many people a 1280x800 view at ``centre`` and ``scale`` shows."""
    half_w, half_h = WIDTH / 2 / scale, HEIGHT / 2 / scale
    left, right = centre.x() - half_w, centre.x() + half_w
    top, bottom = centre.y() - half_h, centre.y() + half_h
    return sum(
        1
        for x, y in zip(layout.x, layout.y, strict=True)
        if left <= x <= right and top <= y <= bottom
    )


def busy_view(layout: MapLayout, visible: int = VISIBLE) -> tuple[QPointF, float]:
    """A centre and a scale at which about ``visible`` people are in view: the middle of the
    busiest ring's neighbourhood, zoomed until the count is right."""
    count = len(layout.x)
    if count == 0:
        return QPointF(0, 0), 1.0
    # The person halfway out by distance, in the busiest direction: where the map is dense.
    by_radius = sorted(range(count), key=lambda i: math.hypot(layout.x[i], layout.y[i]))
    pick = by_radius[len(by_radius) * 2 // 3]
    centre = QPointF(layout.x[pick] * 0.6, layout.y[pick] * 0.6)
    low, high = 1e-4, 20.0
    for _ in range(40):
        middle = math.sqrt(low * high)
        if in_view(layout, centre, middle) > visible:
            low = middle
        else:
            high = middle
    return centre, math.sqrt(low * high)


def script(layout: MapLayout, frames: int) -> list[tuple[QPointF, float]]:
    """The views of the scripted pan and zoom: a slow circle of panning around the busy view,
    the zoom breathing in and out by 15 %."""
    centre, scale = busy_view(layout)
    radius = 0.25 * WIDTH / scale
    views = []
    for frame in range(frames):
        angle = 2 * math.pi * frame / max(1, frames)
        zoom = scale * (1 + 0.15 * math.sin(3 * angle))
        at = QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle))
        views.append((at, zoom))
    return views


def frame_times(
    layout: MapLayout, frames: int = 200, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    """Milliseconds of each repaint of the canvas along :func:`script`, by ``clock``: wall time,
    or ``time.thread_time`` for the GUI thread's CPU (what the load of other programs stretches
    least)."""
    app = _application()
    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    canvas.set_layout(layout)
    app.processEvents()
    times = []
    for centre, scale in script(layout, frames):
        canvas.set_view(centre, scale)
        started = clock()
        canvas.repaint()
        times.append((clock() - started) * 1000)
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return times


def baseline_scene(layout: MapLayout) -> QGraphicsScene:
    """One ellipse item per person and one line item per referral, styled as the canvas."""
    scene = QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    colours = MapColours.of(QApplication.palette())
    edge = QPen(colours.edge)
    edge.setCosmetic(True)
    people = layout.people
    xs, ys = layout.x, layout.y
    for i, parent in enumerate(people.referrer):
        px, py = (xs[parent], ys[parent]) if parent >= 0 else (0.0, 0.0)
        line = QGraphicsLineItem(px, py, xs[i], ys[i])
        line.setPen(edge)
        scene.addItem(line)
    brushes = [QBrush(status_colour(status, False)) for status in STATUSES]
    index = {status.value: n for n, status in enumerate(STATUSES)}
    no_pen = QPen(Qt.PenStyle.NoPen)
    for i in range(len(xs)):
        radius = DIAMETER[size_class(layout.through[i])] / 2
        item = QGraphicsEllipseItem(xs[i] - radius, ys[i] - radius, 2 * radius, 2 * radius)
        item.setBrush(brushes[index.get(people.status[i], 0)])
        item.setPen(no_pen)
        scene.addItem(item)
    return scene


def baseline_frame_times(layout: MapLayout, frames: int = 200) -> list[float]:
    """Milliseconds of each repaint of the naive ``QGraphicsView`` along :func:`script`."""
    app = _application()
    scene = baseline_scene(layout)
    view = QGraphicsView(scene)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.resize(WIDTH, HEIGHT)
    bounds = scene.itemsBoundingRect()
    view.setSceneRect(bounds.adjusted(-WIDTH * 1e3, -HEIGHT * 1e3, WIDTH * 1e3, HEIGHT * 1e3))
    view.show()
    app.processEvents()
    times = []
    for centre, scale in script(layout, frames):
        view.setTransform(QTransform.fromScale(scale, scale))
        view.centerOn(centre)
        started = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    view.close()
    view.deleteLater()
    scene.deleteLater()
    app.processEvents()
    return times


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0
