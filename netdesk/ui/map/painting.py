"""Drawing a :class:`~netdesk.ui.map.scene.MapScene` through a view transform, with level of
detail: far away each person is a point, closer a dot of a few pixels, close up a circle with
their name.

Dots of a few pixels are stamped: a 1-pixel ``drawPoints`` of a whole group is one of the
fastest things the raster engine does, so a dot of diameter ``d`` is that group drawn once per
pixel of a disc (a ring for a cold lead), the world transform shifted by a pixel each time. A
wide pen would draw the same dots through the path stroker, ten times slower. Only when few
people are in view are they drawn one by one, as antialiased circles with their names.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from netdesk.core.network_map import RING_GAP, Cluster
from netdesk.core.text import one_line
from netdesk.models.enums import Status
from netdesk.ui.contacts.card_parts import STATUS_COLOURS
from netdesk.ui.map.scene import (
    DIAMETER,
    EDGE_BINS,
    LONG_EDGE,
    MIN_PIXELS,
    STATUSES,
    Cell,
    MapData,
    MapScene,
    split_key,
)
from netdesk.ui.theme import LIGHT, palette

MAX_CELLS = 10
"""At most this many cells cover the view (the level is chosen so): calls stay few. Measured
on 100,000 people with 10,000 in view: 8 to 12 is the fastest (fewer cells submit more points
outside the view, more cells make more calls)."""
MAX_STAMP = 4
"""The largest dot stamped pixel by pixel; beyond it dots are circles or stay this size."""
EDGE_PIXELS = 450_000
"""About how many pixels of line a frame draws at most (a pixel of line costs about 10 ns)."""
CIRCLES_UP_TO = 1200
"""People in view drawn one by one as circles (with names) when there are at most this many."""
CIRCLES_FROM_PIXELS = 2
"""Circles are drawn once the smallest dot is this wide (and few enough people in view)."""
NAMES_UP_TO = 250
"""Names are written for at most this many people in view (the most introduced first)."""
LABEL_LIMIT = 60
"""Characters of a name written beside a dot: a 10,000-character name would cover the map."""
NAMES_FROM_PIXELS = 9
"""A name is written beside a dot at least this many pixels wide."""
FEW_FOR_NAMES = 120
"""With at most this many people in view names are written however small the dots (a small
network fitted in the window reads by name)."""
MAX_RINGS = 240
CLUSTERS_UP_TO = 3000
"""Companies' circles drawn at most in a frame (the biggest first)."""
CLUSTER_FROM_PIXELS = 3.0
"""A company's circle is drawn once its radius is this many pixels."""
CLUSTER_LABELS_UP_TO = 150
"""Companies' names written at most in a frame (the biggest first)."""
LABEL_FROM_PIXELS = 14.0
"""A company's name is written once its circle's radius is this many pixels."""
BOTTOM_TO_TOP = (
    Status.DORMANT,
    Status.TO_CONTACT,
    Status.CONTACTED,
    Status.KEEP_IN_TOUCH,
    Status.MET,
    Status.MEETING_SET,
)
ON_TOP = [BOTTOM_TO_TOP.index(status) for status in STATUSES]
"""Where dots overlap (far away), the statuses that matter most now are drawn last: a meeting
set on top, then met, and resting people underneath."""


@dataclass(frozen=True)
class MapColours:
    """The map's colours in the palette's scheme."""

    background: QColor
    edge: QColor
    ring: QColor
    cluster: QColor
    """A company's circle's faint fill."""
    text: QColor
    accent: QColor
    you: QColor
    status: tuple[QColor, ...]

    @staticmethod
    def of(palette: QPalette) -> MapColours:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        text = palette.color(QPalette.ColorRole.Text)
        # Opaque mixes: a translucent line costs the raster engine ten times an opaque one.
        edge = mix(text, base, 0.28 if dark else 0.22)
        ring = mix(text, base, 0.10)
        return MapColours(
            background=base,
            edge=edge,
            ring=ring,
            cluster=mix(text, base, 0.045),
            text=text,
            accent=palette.color(QPalette.ColorRole.Highlight),
            you=text,
            status=tuple(status_colour(status, dark) for status in STATUSES),
        )


def mix(front: QColor, back: QColor, amount: float) -> QColor:
    """``front`` laid over ``back`` at opacity ``amount``, as one opaque colour."""
    return QColor.fromRgbF(
        back.redF() + (front.redF() - back.redF()) * amount,
        back.greenF() + (front.greenF() - back.greenF()) * amount,
        back.blueF() + (front.blueF() - back.blueF()) * amount,
    )


def status_colour(status: Status, dark: bool) -> QColor:
    """The colour of a status (the contact card's), lighter on a dark background."""
    colour = QColor(STATUS_COLOURS[status])
    return colour.lighter(150) if dark else colour


@cache
def stamp(diameter: int, filled: bool) -> tuple[tuple[int, int], ...]:
    """The pixel offsets of a disc (or a ring) ``diameter`` pixels across."""
    if diameter <= 1:
        return ((0, 0),)
    radius = diameter / 2
    centre = 0.0 if diameter % 2 else 0.5
    low = -(diameter // 2)
    offsets = []
    for dx in range(low, low + diameter):
        for dy in range(low, low + diameter):
            distance = math.hypot(dx + centre, dy + centre)
            if distance <= radius + 0.1 and (filled or distance > radius - 1.0):
                offsets.append((dx, dy))
    return tuple(offsets)


def dot_pixels(size: int, scale: float) -> int:
    """How many pixels across a dot of ``size`` class is at ``scale``."""
    return max(MIN_PIXELS[size], round(DIAMETER[size] * scale))


@dataclass
class Highlight:
    """What stands out: the selected person with their path back to you, and a drop target."""

    selected: int | None = None
    path: Sequence[int] = ()
    """``selected`` and the referrers up to someone you knew directly."""
    target: int | None = None
    drag_line: QLineF | None = None
    """From the person dragged to the pointer, in map coordinates."""


def fit_view(bounds: QRectF, width: float, height: float) -> tuple[QPointF, float]:
    """The centre and scale that show ``bounds`` whole in ``width`` x ``height`` pixels, with a
    small margin."""
    scale = 0.94 * min(
        max(1.0, width) / max(bounds.width(), 1.0), max(1.0, height) / max(bounds.height(), 1.0)
    )
    return bounds.center(), scale


def view_transform(centre: QPointF, scale: float, target: QRectF) -> QTransform:
    """Map coordinates to ``target``'s: ``centre`` in its middle, ``scale`` pixels a unit."""
    middle = target.center()
    return (
        QTransform.fromTranslate(-centre.x(), -centre.y())
        * QTransform.fromScale(scale, scale)
        * QTransform.fromTranslate(middle.x(), middle.y())
    )


def prepared_scene(data: MapData, width: int = 1280, height: int = 800) -> MapScene:
    """Everyone's scene with what its first, fitted frame draws made already (the cells of the
    whole map, their dots and the edges long enough to show): for the worker that made
    ``data``, so that the GUI thread only paints. Drawn once into an image in the light palette
    (colours do not matter: only what the frame needs is made)."""
    scene = MapScene(data)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    centre, scale = fit_view(scene.fit_bounds, width, height)
    painter = QPainter(image)
    target = QRectF(0, 0, width, height)
    paint_map(
        painter,
        scene,
        view_transform(centre, scale, target),
        target,
        MapColours.of(palette(LIGHT)),
        Highlight(),
    )
    painter.end()
    return scene


def paint_map(
    painter: QPainter,
    scene: MapScene | None,
    transform: QTransform,
    viewport: QRectF,
    colours: MapColours,
    highlight: Highlight,
    *,
    vector: bool = False,
    you_label: str = "",
    cluster_label: Callable[[Cluster], str] | None = None,
) -> None:
    """Draw ``scene`` into ``viewport`` (device coordinates) through ``transform``.

    ``vector`` is for SVG, PDF and printing: every dot is one point of a round pen there (the
    engines write a point, not pixels), and names follow the same rules. On a map grouped by
    company the companies' circles take the rings' place, each named by ``cluster_label``.
    """
    painter.save()
    painter.fillRect(viewport, colours.background)
    painter.setClipRect(viewport)
    scale = math.sqrt(abs(transform.determinant())) or 1.0
    inverse, _ok = transform.inverted()
    view = inverse.mapRect(viewport)
    painter.setWorldTransform(transform)
    circles = _cluster_circles(painter, scene, view, scale, colours)
    if scene is None or not scene.data.layout.clusters:
        _rings(painter, scene, view, scale, colours)
    if scene is not None and scene.count:
        # Edges are kept with the person they lead to: cells a little outside the view hold
        # edges that reach into it. Dots need only their own radius.
        reach = LONG_EDGE
        level, near = scene.visible_cells(view.adjusted(-reach, -reach, reach, reach), MAX_CELLS)
        _edges(painter, scene, near, scale, colours, view, level)
        radius = max(DIAMETER[-1], MAX_STAMP / scale)
        _level, cells = scene.visible_cells(
            view.adjusted(-radius, -radius, radius, radius), MAX_CELLS
        )
        # Few people in view (a small network, or close up): each one a true circle.
        members = None
        if dot_pixels(0, scale) >= CIRCLES_FROM_PIXELS:
            members = scene.members_in(view, CIRCLES_UP_TO)
        if members is not None:
            _circles(painter, scene, members, scale, colours, transform, highlight.selected)
        elif vector:
            _vector_dots(painter, scene, cells, scale, colours)
        else:
            _stamped_dots(painter, scene, cells, scale, colours, transform)
    if circles and cluster_label is not None and scene is not None:
        _cluster_labels(painter, scene, circles, scale, colours, transform, cluster_label)
    _highlight(painter, scene, highlight, scale, colours, transform)
    _you(painter, transform, colours, you_label)
    painter.restore()


def _cosmetic(colour: QColor, width: float = 1.0) -> QPen:
    pen = QPen(colour)
    pen.setCosmetic(True)
    pen.setWidthF(width)
    return pen


def _rings(
    painter: QPainter, scene: MapScene | None, view: QRectF, scale: float, colours: MapColours
) -> None:
    """The faint circle of each generation's ring, where rings are far enough apart to see."""
    generations = scene.data.layout.generations if scene is not None else 0
    if generations <= 0 or RING_GAP * scale < 4:
        return
    corners = (view.topLeft(), view.topRight(), view.bottomLeft(), view.bottomRight())
    far = max(math.hypot(p.x(), p.y()) for p in corners)
    near = 0.0 if view.contains(QPointF(0, 0)) else _distance_to(view)
    first = max(1, math.floor(near / RING_GAP))
    last = min(generations, math.ceil(far / RING_GAP), first + MAX_RINGS)
    painter.setPen(_cosmetic(colours.ring))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(0, 0)
    for generation in range(first, last + 1):
        radius = generation * RING_GAP
        painter.drawEllipse(centre, radius, radius)


class LabelRoom:
    """Where labels may still go without overlapping one already written: the view cut into
    slots a line high and six characters wide, each label taking every slot its box touches
    (the names beside the dots, the companies' labels)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self.height = metrics.height()
        self.width = 6 * metrics.averageCharWidth()
        self.taken: set[tuple[int, int]] = set()

    def take(self, left: float, top: float, text_width: float) -> bool:
        """Claim the slots of a label at ``left``, ``top`` (view pixels), ``text_width`` wide;
        False, and nothing claimed, where one of them is taken already."""
        width, height = self.width, self.height
        slots = [
            (column, row)
            for column in range(int(left // width), int((left + text_width) // width) + 1)
            for row in {int(top // height), int((top + height) // height)}
        ]
        if any(slot in self.taken for slot in slots):
            return False
        self.taken.update(slots)
        return True


def _cluster_circles(
    painter: QPainter, scene: MapScene | None, view: QRectF, scale: float, colours: MapColours
) -> list[int]:
    """The companies' circles in view, big enough to see (the biggest first, up to
    :data:`CLUSTERS_UP_TO`): a faint disc with the rings' outline. Returns which were drawn."""
    if scene is None or not scene.data.layout.clusters:
        return []
    clusters = scene.data.layout.clusters
    smallest = CLUSTER_FROM_PIXELS / scale
    left, top, right, bottom = view.left(), view.top(), view.right(), view.bottom()
    drawn: list[int] = []
    for n in scene.data.clusters_in(left, top, right, bottom):
        if clusters[n].radius < smallest or len(drawn) >= CLUSTERS_UP_TO:
            break  # biggest first: the rest are smaller still
        drawn.append(n)
    if not drawn:
        return drawn
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_cosmetic(colours.ring))
    painter.setBrush(QBrush(colours.cluster))
    for n in drawn:
        cluster = clusters[n]
        painter.drawEllipse(QPointF(cluster.x, cluster.y), cluster.radius, cluster.radius)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    return drawn


def _cluster_labels(
    painter: QPainter,
    scene: MapScene,
    drawn: list[int],
    scale: float,
    colours: MapColours,
    transform: QTransform,
    label: Callable[[Cluster], str],
) -> None:
    """Each company's name and count above its circle ("Globex · 42"), the biggest first, one
    left out where it would overlap one already written (as :func:`_names` does)."""
    clusters = scene.data.layout.clusters
    chosen = [n for n in drawn if clusters[n].radius * scale >= LABEL_FROM_PIXELS]
    if not chosen:
        return
    painter.setWorldTransform(QTransform())
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    painter.setPen(colours.text)
    room = LabelRoom(metrics)
    written = 0
    for n in chosen:
        if written >= CLUSTER_LABELS_UP_TO:
            break
        cluster = clusters[n]
        text = label(cluster)
        top_point = transform.map(QPointF(cluster.x, cluster.y - cluster.radius))
        text_width = metrics.horizontalAdvance(text)
        left = top_point.x() - text_width / 2
        # Inside the circle, just below its top: a label never strays onto a neighbour.
        top = top_point.y() + 4
        if not room.take(left, top, text_width):
            continue
        painter.drawText(QPointF(left, top + metrics.ascent()), text)
        written += 1
    painter.setWorldTransform(transform)


def _distance_to(rect: QRectF) -> float:
    """How far the nearest point of ``rect`` is from the centre."""
    dx = max(rect.left(), 0.0, -rect.right())
    dy = max(rect.top(), 0.0, -rect.bottom())
    return math.hypot(dx, dy)


def _edges(
    painter: QPainter,
    scene: MapScene,
    cells: list[Cell],
    scale: float,
    colours: MapColours,
    view: QRectF,
    level: int,
) -> None:
    """The referrals in view, from the referrer to the person: those under a pixel skipped,
    and, where the view holds more lines than a frame can draw, the hubs' first (a bigger
    person's edge before a smaller one's) up to :data:`EDGE_PIXELS` pixels of line."""
    # A bin holds lengths [2^b, 2^(b+1)): draw it when its longest would reach a pixel.
    shortest = 0
    while shortest < EDGE_BINS and (2 ** (shortest + 1)) * scale < 1.0:
        shortest += 1
    by_size: list[list[tuple[Cell, tuple[int, int]]]] = [[] for _ in DIAMETER]
    pixels = [0.0 for _ in DIAMETER]
    for cell in cells:
        for group, members in scene.edge_groups(cell).items():
            size, number = group
            if number >= shortest:
                by_size[size].append((cell, group))
                pixels[size] += len(members) * (2.0 ** (number + 0.5)) * scale
    painter.setPen(_cosmetic(colours.edge))
    budget = float(EDGE_PIXELS)
    for size in reversed(range(len(DIAMETER))):
        if size < len(DIAMETER) - 1 and pixels[size] > budget:
            break
        budget -= pixels[size]
        for cell, group in by_size[size]:
            painter.drawLines(scene.edge_lines(cell, group))
    # The long edges too within a budget of pixels (a map grouped by company has thousands
    # crossing the view): each list's hubs first, the same share of every list.
    found = scene.long_edges_in(view, level)
    diagonal = math.hypot(view.width(), view.height())
    needed = sum(len(lines) * min(longest, diagonal) * scale for longest, lines in found)
    share = min(1.0, EDGE_PIXELS / needed) if needed > 0 else 1.0
    for _longest, lines in found:
        painter.drawLines(lines if share >= 1.0 else lines[: math.ceil(len(lines) * share)])


def _stamped_dots(
    painter: QPainter,
    scene: MapScene,
    cells: list[Cell],
    scale: float,
    colours: MapColours,
    transform: QTransform,
) -> None:
    by_stamp: dict[tuple[int, bool], list[tuple[int, QPolygonF]]] = {}
    for cell in cells:
        for key, points in scene.groups(cell):
            status, size, warm = split_key(key)
            pixels = min(MAX_STAMP, dot_pixels(size, scale))
            by_stamp.setdefault((pixels, warm or pixels <= 3), []).append((status, points))
    pens = [_cosmetic(colour, 1.0) for colour in colours.status]
    for (pixels, filled), items in sorted(by_stamp.items()):
        items.sort(key=lambda item: ON_TOP[item[0]])
        for dx, dy in stamp(pixels, filled):
            painter.setWorldTransform(transform * QTransform.fromTranslate(dx, dy))
            current = -1
            for status, points in items:
                if status != current:
                    painter.setPen(pens[status])
                    current = status
                painter.drawPoints(points)
    painter.setWorldTransform(transform)


def _vector_dots(
    painter: QPainter,
    scene: MapScene,
    cells: list[Cell],
    scale: float,
    colours: MapColours,
) -> None:
    for cell in cells:
        for key, points in scene.groups(cell):
            status, size, _warm = split_key(key)
            pen = _cosmetic(colours.status[status], max(1.0, dot_pixels(size, scale) * 0.9))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(points)


def _circles(
    painter: QPainter,
    scene: MapScene,
    members: list[int],
    scale: float,
    colours: MapColours,
    transform: QTransform,
    selected: int | None,
) -> None:
    """Few people in view: each a circle (filled when warm, a ring when cold), then names."""
    data = scene.data
    xs, ys, keys = data.layout.x, data.layout.y, data.keys
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    # A ring is a dot with a dot of the background inside: two fills cost a quarter of one
    # stroked circle.
    thickness = 2.0 / scale
    background = QBrush(colours.background)
    brushes = [QBrush(colour) for colour in colours.status]
    for i in members:
        status, size, warm = split_key(keys[i])
        radius = max(DIAMETER[size], (MIN_PIXELS[size] + 1) / scale) / 2
        centre = QPointF(xs[i], ys[i])
        painter.setBrush(brushes[status])
        painter.drawEllipse(centre, radius, radius)
        if not warm:
            inner = max(radius * 0.35, radius - thickness)
            painter.setBrush(background)
            painter.drawEllipse(centre, inner, inner)
    if dot_pixels(0, scale) >= NAMES_FROM_PIXELS or len(members) <= FEW_FOR_NAMES:
        _names(painter, scene, members, scale, colours, transform, selected)


def _names(
    painter: QPainter,
    scene: MapScene,
    members: list[int],
    scale: float,
    colours: MapColours,
    transform: QTransform,
    selected: int | None,
) -> None:
    """The names of the people in view: the selected person's first, then the most
    introduced."""
    data = scene.data
    through = data.layout.through
    chosen = sorted(members, key=lambda i: (i != selected, -through[i]))[:NAMES_UP_TO]
    names = data.layout.people.names
    xs, ys, keys = data.layout.x, data.layout.y, data.keys
    painter.setWorldTransform(QTransform())
    font = QFont(painter.font())
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    painter.setPen(colours.text)
    # A name is left out where it would overlap one already written (the bigger people's go
    # first).
    room = LabelRoom(metrics)
    height = metrics.height()
    for i in chosen:
        _status, size, _warm = split_key(keys[i])
        point = transform.map(QPointF(xs[i], ys[i]))
        offset = DIAMETER[size] * scale / 2 + 3
        left = point.x() + offset
        name = one_line(names[i], LABEL_LIMIT)
        text_width = metrics.horizontalAdvance(name)
        if not room.take(left, point.y() - height / 2, text_width):
            continue
        painter.drawText(QPointF(left, point.y() + metrics.ascent() / 2 - 1), name)
    painter.setWorldTransform(transform)


def _highlight(
    painter: QPainter,
    scene: MapScene | None,
    highlight: Highlight,
    scale: float,
    colours: MapColours,
    transform: QTransform,
) -> None:
    """The selected person's path back to you, their ring, and a drag under way."""
    if scene is None:
        return
    data = scene.data
    xs, ys = data.layout.x, data.layout.y
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    accent = colours.accent
    if highlight.path:
        points = [QPointF(xs[i], ys[i]) for i in highlight.path if scene.visible[i]]
        points.append(QPointF(0, 0))
        painter.setPen(_cosmetic(accent, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
    painter.setWorldTransform(QTransform())
    for index, width in ((highlight.selected, 3.0), (highlight.target, 2.0)):
        if index is None or not scene.visible[index]:
            continue
        _status, size, _warm = split_key(data.keys[index])
        radius = dot_pixels(size, scale) / 2 + 5
        painter.setPen(_cosmetic(accent, width))
        painter.drawEllipse(transform.map(QPointF(xs[index], ys[index])), radius, radius)
    painter.setWorldTransform(transform)
    if highlight.drag_line is not None:
        pen = _cosmetic(accent, 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(highlight.drag_line)


def _you(painter: QPainter, transform: QTransform, colours: MapColours, label: str) -> None:
    """You, at the centre: a dot a little larger than anyone's, with "You" beside it."""
    painter.setWorldTransform(QTransform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    centre = transform.map(QPointF(0, 0))
    painter.setPen(_cosmetic(colours.background, 2.0))
    painter.setBrush(QBrush(colours.you))
    painter.drawEllipse(centre, 7.0, 7.0)
    if label:
        painter.setPen(colours.text)
        painter.drawText(QPointF(centre.x() + 10, centre.y() - 8), label)
    painter.setWorldTransform(transform)
