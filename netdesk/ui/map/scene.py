"""What the map's canvas draws, prepared once per layout (and per time filter), never per frame.

A frame of a 100,000-person map has about 16 ms, and a call from Python into Qt costs a few
microseconds, so a frame may make a few thousand calls at most and never one per person. The
people are therefore put in a grid of square cells, in a pyramid of levels (each cell of a level
is four of the level below); a frame picks the finest level at which a few dozen cells cover the
view and draws only those. A cell holds its people grouped by what they look like (status,
size, warm or cold), each group as one ``QPolygonF`` of map coordinates that a single
``drawPoints`` draws, and its edges grouped by length, so that edges shorter than a pixel are
skipped whole. A cell's groups are made the first time it is drawn and kept; the painter's
world transform does the pan and zoom.

Polygons are filled through ``QDataStream`` from packed doubles: one C++ call for the whole
group instead of one ``QPointF`` per person. All of this is plain Qt value types, so a worker
can prepare a :class:`MapData` while the GUI thread keeps drawing the previous one.
"""

from __future__ import annotations

import bisect
import math
import struct
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QLineF, QRectF
from PySide6.QtGui import QPolygonF

from netdesk.core.network_map import RING_GAP, MapLayout
from netdesk.models.enums import Status

STATUSES: tuple[Status, ...] = tuple(Status)
"""The order of the status colours (a group's key holds the position)."""
SIZE_STEPS = (1, 10, 100)
"""``through`` from which a person is drawn one size larger: 0, 1-9, 10-99, 100 and more."""
DIAMETER = (9.0, 13.0, 19.0, 28.0)
"""A dot's diameter in map units, by size class."""
MIN_PIXELS = (1, 2, 3, 4)
"""The smallest a dot of each size class is drawn, in pixels (far away, hubs still show)."""
CELL = RING_GAP
"""The finest cells' side, in map units."""
LONG_EDGE = 2 * CELL
"""Edges longer than this are kept aside and drawn whenever they cross the view."""
EDGE_BINS = 24
MANY_LONG_EDGES = 2000
"""Up to this many long edges are all drawn every frame; beyond, only those near the view."""
CLUSTER_CELL = 4 * RING_GAP
"""The side of the squares companies' circles are found by."""
"""Edges are grouped by ``floor(log2(length))``, 0 to ``EDGE_BINS - 1``."""

_NATIVE = (
    QDataStream.ByteOrder.LittleEndian
    if sys.byteorder == "little"
    else QDataStream.ByteOrder.BigEndian
)


def polygon(xs: array[float], ys: array[float], indices: list[int]) -> QPolygonF:
    """The points ``(xs[i], ys[i])`` for ``indices``, built in one C++ call."""
    count = len(indices)
    packed = array("d", bytes(16 * count))
    packed[0::2] = array("d", [xs[i] for i in indices])
    packed[1::2] = array("d", [ys[i] for i in indices])
    data = QByteArray(struct.pack("=I", count) + packed.tobytes())
    # The stream reads ``data`` in place: it must outlive the read.
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream.setByteOrder(_NATIVE)
    result = QPolygonF()
    stream >> result
    return result


def size_class(through: int) -> int:
    """0 for nobody through them, 1 for 1-9, 2 for 10-99, 3 for 100 and more."""
    return bisect.bisect_right(SIZE_STEPS, through)


def group_key(status: int, size: int, warm: bool) -> int:
    """How a person looks, as one small int: status, size class, warm."""
    return (status * len(DIAMETER) + size) * 2 + int(warm)


def split_key(key: int) -> tuple[int, int, bool]:
    """``(status, size, warm)`` of :func:`group_key`."""
    rest, warm = divmod(key, 2)
    status, size = divmod(rest, len(DIAMETER))
    return status, size, bool(warm)


def _dot_look(status: int, size: int, warm: bool) -> tuple[int, int, bool]:
    return status, 0 if size < 2 else 2, warm


def _extent(
    xs: array[float], ys: array[float], indices: Sequence[int]
) -> tuple[float, float, float, float]:
    """``(left, top, right, bottom)`` of ``indices`` and the centre."""
    if not indices:
        return 0.0, 0.0, 0.0, 0.0
    return (
        min(min(xs[i] for i in indices), 0.0),
        min(min(ys[i] for i in indices), 0.0),
        max(max(xs[i] for i in indices), 0.0),
        max(max(ys[i] for i in indices), 0.0),
    )


def bulk_generation(counts: Sequence[int]) -> int:
    """The outermost generation a fitted view shows, from ``counts[g]``, how many people are at
    generation ``g`` (``counts[0]`` is you): every generation, unless a thin tail (a chain of
    introductions thousands deep, one person a generation) would more than double the radius;
    then the generations up to the last that still holds a crowd (at least two people, and a
    five-hundredth of the busiest generation)."""
    last = len(counts) - 1
    if last <= 1:
        return max(0, last)
    threshold = max(2, max(counts) // 500)
    dense = max((g for g in range(1, last + 1) if counts[g] >= threshold), default=last)
    return last if last <= 2 * dense else dense


def _generation_counts(generation: array[int], members: Sequence[int] | None) -> list[int]:
    counts: list[int] = [0] * (max(generation, default=0) + 1)
    for g in generation if members is None else (generation[i] for i in members):
        counts[g] += 1
    return counts


class MapData:
    """What every scene of one layout shares: how each person looks, where their edge starts
    and how long it is, and everyone in the order they came (for the time filter).

    Made once per layout, on the worker that made the layout (about 0.1 s at 100,000 people).
    """

    def __init__(self, layout: MapLayout) -> None:
        self.layout = layout
        people = layout.people
        count = len(people.ids)
        self.count = count
        # group_key without a call per person: (status * sizes + size) * 2 + warm.
        sizes = len(DIAMETER)
        status_base = {status.value: i * sizes * 2 for i, status in enumerate(STATUSES)}
        place = bisect.bisect_right
        self.keys = array(
            "h",
            [
                status_base.get(s, 0) + place(SIZE_STEPS, t) * 2 + w
                for s, t, w in zip(people.status, layout.through, people.warm, strict=True)
            ],
        )
        looks = [group_key(*_dot_look(*split_key(key))) for key in range(len(STATUSES) * sizes * 2)]
        self.dot_keys = array("h", [looks[key] for key in self.keys])
        """How a person looks as a dot far away: the sizes only as small (0) or large (2), so
        that a cell has half as many groups to draw."""
        self.parent = layout.parent if len(layout.parent) == count else people.referrer
        """Each person's referrer as the map draws the edge (-1: from you): the layout's, which
        leaves out the one referral that closed a circle in a damaged database."""
        xs, ys, referrer = layout.x, layout.y, self.parent
        self.px = array("d", [xs[r] if r >= 0 else 0.0 for r in referrer])
        self.py = array("d", [ys[r] if r >= 0 else 0.0 for r in referrer])
        hypot, log2 = math.hypot, math.log2
        lengths = [hypot(a - b, c - d) for a, b, c, d in zip(xs, self.px, ys, self.py, strict=True)]
        self.lengths = array("d", lengths)
        self.bins = array(
            "b", [min(EDGE_BINS - 1, int(log2(n))) if n >= 1.0 else 0 for n in lengths]
        )
        self.order = sorted(range(count), key=people.added_on.__getitem__)
        """Everyone by the day they came in (stable: ties keep the layout's order)."""
        self.index_of = {contact_id: i for i, contact_id in enumerate(people.ids)}
        self.folded = [name.casefold() for name in people.names]
        """Names for the search, case-folded once."""
        fine: dict[tuple[int, int], list[int]] = {}
        floor = math.floor
        for i in self.order:
            key = (floor(xs[i] / CELL), floor(ys[i] / CELL))
            members = fine.get(key)
            if members is None:
                fine[key] = [i]
            else:
                members.append(i)
        self.fine = fine
        """The finest cells' people, each cell in the order they came (a time filter keeps
        the start of each)."""
        self.long = [i for i in self.order if lengths[i] > LONG_EDGE]
        """The people whose edge is too long for their cell's margin."""
        self.extent = (
            (min(min(xs), 0.0), min(min(ys), 0.0), max(max(xs), 0.0), max(max(ys), 0.0))
            if count
            else (0.0, 0.0, 0.0, 0.0)
        )
        self.bulk = bulk_generation(_generation_counts(layout.generation, None))
        """The outermost generation the fitted view shows (:func:`bulk_generation`)."""
        clusters = layout.clusters
        self.cluster_box = [
            (c.x - c.radius, c.y - c.radius, c.x + c.radius, c.y + c.radius) for c in clusters
        ]
        """Each company's circle's ``(left, top, right, bottom)``, biggest first."""
        if clusters:
            left, top, right, bottom = self.extent
            self.extent = (
                min(left, min(box[0] for box in self.cluster_box)),
                min(top, min(box[1] for box in self.cluster_box)),
                max(right, max(box[2] for box in self.cluster_box)),
                max(bottom, max(box[3] for box in self.cluster_box)),
            )

        self._cluster_grid: dict[tuple[int, int], list[int]] | None = None

    def clusters_in(self, left: float, top: float, right: float, bottom: float) -> list[int]:
        """The companies' circles whose boxes meet the rectangle, biggest first: through a
        grid of :data:`CLUSTER_CELL` squares, or a look at every circle where the rectangle
        covers most of the map."""
        boxes = self.cluster_box
        size = CLUSTER_CELL
        floor = math.floor
        x0, y0, x1, y1 = (
            floor(left / size),
            floor(top / size),
            floor(right / size),
            floor(bottom / size),
        )
        if (x1 - x0 + 1) * (y1 - y0 + 1) * 8 > len(boxes):
            return [
                n
                for n, (a, b, c, d) in enumerate(boxes)
                if c >= left and a <= right and d >= top and b <= bottom
            ]
        grid = self._cluster_grid
        if grid is None:
            grid = {}
            for n, (a, b, c, d) in enumerate(boxes):
                for cx in range(floor(a / size), floor(c / size) + 1):
                    for cy in range(floor(b / size), floor(d / size) + 1):
                        grid.setdefault((cx, cy), []).append(n)
            self._cluster_grid = grid
        found: set[int] = set()
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                found.update(grid.get((cx, cy), ()))
        return sorted(
            n
            for n in found
            if boxes[n][2] >= left
            and boxes[n][0] <= right
            and boxes[n][3] >= top
            and boxes[n][1] <= bottom
        )

    def cluster_at(self, x: float, y: float) -> int | None:
        """The company's circle ``(x, y)`` is in (its position in ``layout.clusters``)."""
        for n in self.clusters_in(x, y, x, y):
            found = self.layout.clusters[n]
            if (x - found.x) ** 2 + (y - found.y) ** 2 <= found.radius**2:
                return n
        return None

    def shown_until(self, day: int | None) -> list[int]:
        """The people there by ``day`` (all for None), in the order they came."""
        if day is None:
            return self.order
        added = self.layout.people.added_on
        low, high = 0, len(self.order)
        while low < high:
            middle = (low + high) // 2
            if added[self.order[middle]] <= day:
                low = middle + 1
            else:
                high = middle
        return self.order[:low]


@dataclass
class Cell:
    """One cell of one level: its people and, once drawn, their groups and edges."""

    members: list[int]
    groups: list[tuple[int, QPolygonF]] | None = None
    """``(group key, points)`` for each look present in the cell."""
    edge_bins: dict[tuple[int, int], list[int]] | None = None
    """(size class of the person, edge length bin) -> the people whose edge (from their
    referrer) is in it: a hub's edges are drawn first, a leaf's only when there is time."""
    edge_lines: dict[tuple[int, int], list[QLineF]] = field(default_factory=dict)
    """The lines of the bins drawn so far."""


class MapScene:
    """The people of one :class:`MapData` shown at once (all, or those there by a day), in the
    pyramid of cells the canvas draws from (see the module docstring)."""

    def __init__(self, data: MapData, until: int | None = None) -> None:
        self.data = data
        self.until = until
        layout = data.layout
        xs, ys = layout.x, layout.y
        referrer = data.parent
        fine: dict[tuple[int, int], list[int]]
        if until is None:
            self.visible = bytearray(b"\x01") * data.count
            self.count = data.count
            fine = data.fine
            left, top, right, bottom = data.extent
            bulk = data.bulk
        else:
            shown = data.shown_until(until)
            self.visible = bytearray(data.count)
            for i in shown:
                self.visible[i] = 1
            self.count = len(shown)
            added = layout.people.added_on.__getitem__
            fine = {}
            for key, members in data.fine.items():
                end = bisect.bisect_right(members, until, key=added)
                if end:
                    fine[key] = members if end == len(members) else members[:end]
            left, top, right, bottom = _extent(xs, ys, shown)
            bulk = bulk_generation(_generation_counts(layout.generation, shown))
        visible = self.visible
        self.long_edges = [
            QLineF(data.px[i], data.py[i], xs[i], ys[i])
            for i in data.long
            if visible[i] and (referrer[i] < 0 or visible[referrer[i]])
        ]
        """Edges too long for their cell's margin, drawn whenever the view is drawn (or, when
        there are many, as :meth:`long_edges_in` finds them)."""
        self._long_sorted: list[QLineF] | None = None
        self._long_by_level: dict[int, list[QLineF]] | None = None
        self._long_index: dict[tuple[int, int], dict[tuple[int, int], list[QLineF]]] = {}
        margin = DIAMETER[-1]
        self.bounds = QRectF(left, top, right - left, bottom - top).adjusted(
            -margin, -margin, margin, margin
        )
        """Everyone shown, and you at the centre."""
        reach = bulk * RING_GAP + margin
        self.fit_bounds = (
            self.bounds
            if layout.clusters  # no thin tail: the generations are not distances here
            else self.bounds.intersected(QRectF(-reach, -reach, 2 * reach, 2 * reach))
        )
        """What Fit shows: everyone shown, or where a thin tail of introductions goes on far
        beyond the crowd (:func:`bulk_generation`), the crowd and the tail's start."""
        self.whole = self.fit_bounds == self.bounds
        """Fit shows everyone."""
        span = max(1, math.ceil(max(right - left, bottom - top) / CELL) + 2)
        self.levels = max(1, math.ceil(math.log2(span)) + 2)
        self._occupied: list[set[tuple[int, int]]] = [set(fine)]
        self._cells: dict[tuple[int, int, int], Cell] = {
            (0, cx, cy): Cell(members) for (cx, cy), members in fine.items()
        }

    # The pyramid --------------------------------------------------------------------------------

    def cell_size(self, level: int) -> float:
        return CELL * (1 << level)

    def occupied(self, level: int) -> set[tuple[int, int]]:
        """The cells of ``level`` with somebody in them."""
        while len(self._occupied) <= level:
            below = self._occupied[-1]
            self._occupied.append({(cx >> 1, cy >> 1) for cx, cy in below})
        return self._occupied[level]

    def cell(self, level: int, cx: int, cy: int) -> Cell | None:
        """The cell, made from its four children the first time (None when empty)."""
        key = (level, cx, cy)
        found = self._cells.get(key)
        if found is not None:
            return found
        if level == 0 or (cx, cy) not in self.occupied(level):
            return None
        members: list[int] = []
        for dx in (0, 1):
            for dy in (0, 1):
                child = self.cell(level - 1, 2 * cx + dx, 2 * cy + dy)
                if child is not None:
                    members.extend(child.members)
        made = Cell(members)
        self._cells[key] = made
        return made

    def cells_in(self, level: int, rect: QRectF) -> tuple[int, int, int, int]:
        """The range of cell coordinates ``(x0, y0, x1, y1)`` (inclusive) ``rect`` touches."""
        size = self.cell_size(level)
        return (
            math.floor(rect.left() / size),
            math.floor(rect.top() / size),
            math.floor(rect.right() / size),
            math.floor(rect.bottom() / size),
        )

    def visible_cells(self, rect: QRectF, max_cells: int) -> tuple[int, list[Cell]]:
        """The level to draw ``rect`` at (the finest where at most ``max_cells`` cells cover
        it) and its non-empty cells there."""
        level = 0
        while True:
            x0, y0, x1, y1 = self.cells_in(level, rect)
            if (x1 - x0 + 1) * (y1 - y0 + 1) <= max_cells or level >= self.levels:
                break
            level += 1
        occupied = self.occupied(level)
        found: list[Cell] = []
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(occupied):
            keys = [(cx, cy) for cx, cy in occupied if x0 <= cx <= x1 and y0 <= cy <= y1]
        else:
            keys = [
                (cx, cy)
                for cx in range(x0, x1 + 1)
                for cy in range(y0, y1 + 1)
                if (cx, cy) in occupied
            ]
        for cx, cy in keys:
            cell = self.cell(level, cx, cy)
            if cell is not None:
                found.append(cell)
        return level, found

    def long_edges_in(self, rect: QRectF, level: int) -> list[tuple[float, list[QLineF]]]:
        """The long edges that may cross ``rect``, in a few lists, for a view drawn at
        ``level`` (:meth:`visible_cells`): all of them where they are few (the rings), else
        those near it (a map grouped by company, where most referrals cross from one circle
        to another).

        An edge of length up to a cell of level ``l`` lies inside the cell of its middle
        widened by half a cell; edges are kept by the cells of their middles at level
        ``max(l, level)``, so a view looks at a few cells per length, never at every edge.
        Each list comes with the longest its edges may be; the hubs' edges come first in it.
        """
        if len(self.long_edges) <= MANY_LONG_EDGES:
            return [(math.inf, self.long_edges)] if self.long_edges else []
        found: list[tuple[float, list[QLineF]]] = []
        for own in range(self.levels + 1):
            at = max(own, level)
            grouped = self._long_index.get((own, at))
            if grouped is None:
                grouped = self._long_grouped(own, at)
                self._long_index[(own, at)] = grouped
            if not grouped:
                continue
            longest = self.cell_size(own) if own < self.levels else math.inf
            x0, y0, x1, y1 = self.cells_in(at, rect)
            if (x1 - x0 + 3) * (y1 - y0 + 3) > len(grouped):
                found.extend(
                    (longest, lines)
                    for (cx, cy), lines in grouped.items()
                    if x0 - 1 <= cx <= x1 + 1 and y0 - 1 <= cy <= y1 + 1
                )
            else:
                for cx in range(x0 - 1, x1 + 2):
                    for cy in range(y0 - 1, y1 + 2):
                        lines = grouped.get((cx, cy))
                        if lines:
                            found.append((longest, lines))
        return found

    def _long_by_size(self) -> list[QLineF]:
        """The long edges, the biggest people's first (those a frame short of time keeps)."""
        if self._long_sorted is None:
            data = self.data
            visible, referrer = self.visible, data.parent
            sizes = len(DIAMETER)
            keys = data.keys
            shown = [
                i for i in data.long if visible[i] and (referrer[i] < 0 or visible[referrer[i]])
            ]
            order = sorted(range(len(shown)), key=lambda n: -((keys[shown[n]] >> 1) % sizes))
            self._long_sorted = [self.long_edges[n] for n in order]
        return self._long_sorted

    def _long_grouped(self, own: int, at: int) -> dict[tuple[int, int], list[QLineF]]:
        """The long edges whose length fits a cell of level ``own`` (and not of the level
        below), by the cell of level ``at`` their middle is in."""
        if self._long_by_level is None:
            by_level: dict[int, list[QLineF]] = {}
            top = self.levels
            log2, ceil = math.log2, math.ceil
            for line in self._long_by_size():
                ratio = line.length() / CELL
                own_level = min(top, max(0, ceil(log2(ratio)))) if ratio > 0 else 0
                by_level.setdefault(own_level, []).append(line)
            self._long_by_level = by_level
        size = self.cell_size(at)
        grouped: dict[tuple[int, int], list[QLineF]] = {}
        floor = math.floor
        for line in self._long_by_level.get(own, ()):
            middle = line.center()
            key = (floor(middle.x() / size), floor(middle.y() / size))
            grouped.setdefault(key, []).append(line)
        return grouped

    # A cell's drawing ---------------------------------------------------------------------------

    def groups(self, cell: Cell) -> list[tuple[int, QPolygonF]]:
        """The cell's dots by look (:attr:`MapData.dot_keys`), each look one polygon."""
        if cell.groups is None:
            keys = self.data.dot_keys
            grouped: dict[int, list[int]] = {}
            for i in cell.members:
                grouped.setdefault(keys[i], []).append(i)
            xs, ys = self.data.layout.x, self.data.layout.y
            cell.groups = [(key, polygon(xs, ys, grouped[key])) for key in sorted(grouped)]
        return cell.groups

    def edge_groups(self, cell: Cell) -> dict[tuple[int, int], list[int]]:
        """The cell's edges by (size class of the person, length bin), without lines yet."""
        if cell.edge_bins is None:
            data = self.data
            bins: dict[tuple[int, int], list[int]] = {}
            referrer, visible, lengths = data.parent, self.visible, data.lengths
            edge_bin, keys = data.bins, data.keys
            sizes = len(DIAMETER)
            for i in cell.members:
                parent = referrer[i]
                if lengths[i] <= LONG_EDGE and (parent < 0 or visible[parent]):
                    size = (keys[i] >> 1) % sizes
                    bins.setdefault((size, edge_bin[i]), []).append(i)
            cell.edge_bins = bins
        return cell.edge_bins

    def edge_lines(self, cell: Cell, group: tuple[int, int]) -> list[QLineF]:
        """The lines of one of :meth:`edge_groups`, from the referrer (or you) to the person."""
        lines = cell.edge_lines.get(group)
        if lines is None:
            data = self.data
            xs, ys, px, py = data.layout.x, data.layout.y, data.px, data.py
            members = self.edge_groups(cell)[group]
            lines = [QLineF(px[i], py[i], xs[i], ys[i]) for i in members]
            cell.edge_lines[group] = lines
        return lines

    def members_in(self, rect: QRectF, limit: int) -> list[int] | None:
        """Everyone shown inside ``rect``, or None when there are more than ``limit``."""
        _level, cells = self.visible_cells(rect, 64)
        if sum(len(cell.members) for cell in cells) > 8 * limit:
            return None
        xs, ys = self.data.layout.x, self.data.layout.y
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        found = [
            i
            for cell in cells
            for i in cell.members
            if left <= xs[i] <= right and top <= ys[i] <= bottom
        ]
        return found if len(found) <= limit else None

    def nearest(self, x: float, y: float, radius: float) -> int | None:
        """The shown person nearest ``(x, y)`` within ``radius`` map units, if any."""
        xs, ys = self.data.layout.x, self.data.layout.y
        best: int | None = None
        best_distance = radius * radius
        x0, y0 = math.floor((x - radius) / CELL), math.floor((y - radius) / CELL)
        x1, y1 = math.floor((x + radius) / CELL), math.floor((y + radius) / CELL)
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                cell = self._cells.get((0, cx, cy))
                if cell is None:
                    continue
                for i in cell.members:
                    distance = (xs[i] - x) ** 2 + (ys[i] - y) ** 2
                    if distance <= best_distance:
                        best, best_distance = i, distance
        return best
