"""The network map grouped by company: one circle per company, everyone inside their own.

Each company (and the people without one, together) is a circle whose area grows with its
people: radius :data:`SPACING` times the square root of the count, plus :data:`PADDING`. Inside,
the people sit on a sunflower (Vogel) spiral, ``k``-th at distance ``SPACING * sqrt(k + 0.5)``
and angle ``k`` times the golden angle, the most introduced first, in the middle.

The circles go round you at (0, 0) in rings, biggest first. A ring's distance is set by its
first (biggest) circle; each circle takes the angle ``2 * asin((r + GAP) / D)`` of the ring,
and as ``sin`` is concave two neighbours' centres are then at least ``r1 + r2 + 2 * GAP``
apart; the angle left over is shared out evenly. The next ring is out by the two rings'
biggest radii and two gaps, so circles on different rings cannot meet either. One sort and one
pass: O(n log n) in the people, no recursion.

The referral edges stay: who introduced whom across employers is what this view shows. The
generations and sizes are those of the rings (:func:`netdesk.core.network_map.layout`).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from dataclasses import replace

from netdesk.core.network_map import (
    CHUNK,
    Cluster,
    LayoutCancelled,
    MapLayout,
    MapPeople,
    layout,
    map_layout,
)

__all__ = ["GAP", "PADDING", "SPACING", "cluster_layout", "map_cluster_layout"]

SPACING = 12.0
"""The sunflower spiral's step, in map units: neighbours are about 20 apart."""
PADDING = 16.0
"""From the outermost person's centre to the circle (the largest dot's radius and a little)."""
GAP = 24.0
"""At least half the space between two circles, and between you and the first ring."""
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def cluster_radius(count: int) -> float:
    """The circle of a company with ``count`` people."""
    return SPACING * math.sqrt(count) + PADDING


def map_cluster_layout(cancelled: Callable[[], bool] | None = None) -> MapLayout:
    """The worker's job for the grouped map: read everyone, place them by company."""
    return cluster_layout(map_layout(cancelled).people, cancelled)


def cluster_layout(
    people: MapPeople,
    cancelled: Callable[[], bool] | None = None,
    rings: MapLayout | None = None,
) -> MapLayout:
    """Everyone in their company's circle (see the module's docstring).

    ``rings``, the layout on rings of the same ``people`` when there is one already, gives the
    generations and sizes (otherwise they are computed). Raises :class:`LayoutCancelled` when
    ``cancelled`` says so.
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            raise LayoutCancelled()

    if rings is None or rings.people is not people:
        rings = layout(people, cancelled)
    count = len(people.ids)
    through = rings.through

    # The companies, biggest first (ties by name, then by id; the people without one as any).
    members: dict[int | None, int] = {}
    first_of: dict[int | None, int] = {}
    for i, company in enumerate(people.company_id):
        if company in members:
            members[company] += 1
        else:
            members[company] = 1
            first_of[company] = i
    names = {
        company: people.company[i] if company is not None else "" for company, i in first_of.items()
    }
    companies = sorted(
        members,
        key=lambda c: (-members[c], names[c].casefold(), c is None, c if c is not None else 0),
    )
    rank = {company: n for n, company in enumerate(companies)}
    check()

    # Everyone by company, the most introduced first within each (stable: then name order).
    span = count + 1
    ranks = [rank[c] for c in people.company_id]
    order = sorted(range(count), key=lambda i: ranks[i] * span + (count - through[i]))
    check()

    centres = _centres([cluster_radius(members[c]) for c in companies])
    clusters = tuple(
        Cluster(
            company_id=company,
            name=names[company],
            x=cx,
            y=cy,
            radius=cluster_radius(members[company]),
            count=members[company],
        )
        for company, (cx, cy) in zip(companies, centres, strict=True)
    )
    check()

    xs = array("d", bytes(8 * count))
    ys = array("d", bytes(8 * count))
    cos, sin, sqrt = math.cos, math.sin, math.sqrt
    current = -1
    k = 0
    cx = cy = 0.0
    for done, i in enumerate(order):
        r = ranks[i]
        if r != current:
            current = r
            k = 0
            cx, cy = centres[r]
        distance = SPACING * sqrt(k + 0.5)
        angle = k * GOLDEN_ANGLE
        xs[i] = cx + distance * cos(angle)
        ys[i] = cy + distance * sin(angle)
        k += 1
        if done % CHUNK == 0:
            check()
    return replace(rings, x=xs, y=ys, start=array("d"), sweep=array("d"), clusters=clusters)


def _centres(radii: list[float]) -> list[tuple[float, float]]:
    """The centres of circles of ``radii`` (largest first) in rings round (0, 0)."""
    centres: list[tuple[float, float]] = []
    at = 0
    total = len(radii)
    distance = 0.0
    previous = 0.0
    asin = math.asin
    while at < total:
        biggest = radii[at]
        distance = biggest + 2 * GAP if not centres else distance + previous + biggest + 2 * GAP
        # Fill the ring while the circles' angles fit in the full turn.
        angles: list[float] = []
        used = 0.0
        end = at
        while end < total:
            angle = 2 * asin(min(1.0, (radii[end] + GAP) / distance))
            if angles and used + angle > 2 * math.pi:
                break
            angles.append(angle)
            used += angle
            end += 1
        spare = (2 * math.pi - used) / len(angles) if used < 2 * math.pi else 0.0
        cursor = -math.pi / 2 - angles[0] / 2
        for angle in angles:
            middle = cursor + angle / 2
            centres.append((distance * math.cos(middle), distance * math.sin(middle)))
            cursor += angle + spare
        previous = biggest
        at = end
    return centres
