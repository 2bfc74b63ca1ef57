"""The network map's data: everyone in the referral network, placed on rings by generation.

You are at the centre (0, 0). The people you knew directly (no referrer) are on the first ring,
the people they introduced on the second, and so on: each generation of introductions one ring
further out, :data:`RING_GAP` apart. Every person owns a wedge of the circle sized by their
subtree (themselves and everyone who came through them), and their introductions share it, so a
branch never crosses another.

The map's widget (``ui/map``) only draws a :class:`MapLayout`; it never reads the database. The
layout is made on a worker (:func:`map_layout`) by :func:`layout` from a :class:`MapPeople`
(everyone, read by ``models.network_map`` straight through each table, no query per person) and
is plain data: parallel lists indexed by position ``i``, one per contact, so that 100,000 people
cost lists, not objects. ``MapPeople`` is defined beside its query (the data layer cannot import
this module) and is the same class here.

:func:`layout` uses no recursion: a breadth-first order from the roots, subtree sizes by one pass
backwards over it, wedges and positions by one pass forwards. A chain 5,000 people deep costs
what 5,000 people in a row cost. In a damaged database whose referrals run in a circle nobody in
the circle (or below it) hangs from a root: walking up from the first such person (in name
order), the first one met twice loses their referrer on the map (:attr:`MapLayout.parent`) and
becomes a root, the others keep their places below, so everyone is placed and the passes end.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate, repeat
from operator import add, mul, sub

from netdesk.core.dates import Week
from netdesk.core.errors import NetDeskError
from netdesk.core.query import ContactFilter, contact_ids
from netdesk.models import network_map as map_data
from netdesk.models.network_map import MapPeople, MapPerson

__all__ = [
    "RING_GAP",
    "START_ANGLE",
    "Cluster",
    "LayoutCancelled",
    "MapLayout",
    "MapPeople",
    "MapPerson",
    "find",
    "grow_weeks",
    "grown_by",
    "index_of",
    "layout",
    "map_layout",
    "person",
    "read_people",
]

RING_GAP = 120.0
"""Distance between two generations' rings, in map units (a unit is a pixel at zoom 1)."""

START_ANGLE = -math.pi / 2
"""Where the first root's wedge begins, in radians: straight up on a screen (y grows down).
Angles grow from there towards +x, then +y: clockwise on a screen."""

CHUNK = 4096
"""People handled between two looks at ``cancelled``."""


class LayoutCancelled(NetDeskError):
    """:func:`layout` was asked to stop (its ``cancelled`` said so); it made nothing."""

    def __init__(self) -> None:
        super().__init__("Laying out the network map was cancelled.")


@dataclass(frozen=True)
class Cluster:
    """One company's circle on a map grouped by company (``core.map_clusters``)."""

    company_id: int | None
    """None for the people without a company, all in one circle."""
    name: str
    """The company's name ("" for the people without one)."""
    x: float
    y: float
    radius: float
    count: int
    """How many people are in the circle."""


@dataclass(frozen=True)
class MapLayout:
    """Where everyone is: ``x[i]``, ``y[i]`` for ``people``'s index ``i``."""

    people: MapPeople
    x: array[float]
    y: array[float]
    generation: array[int]
    """1 for someone you knew directly, 2 for someone they introduced, ..."""
    through: array[int]
    """How many people came through this one (everyone below them in the chains): the size."""
    generations: int
    """The outermost ring's generation (0 for an empty network)."""
    start: array[float] = field(default_factory=lambda: array("d"))
    """Where the person's wedge begins, in radians (see :data:`START_ANGLE`); their position is
    at the wedge's middle. Empty for a layout not made by :func:`layout`."""
    sweep: array[float] = field(default_factory=lambda: array("d"))
    """The wedge's angle, in radians: the share of their parent's wedge (of the full circle for
    a root) that their subtree's size is of everyone below the parent (of everyone)."""
    parent: array[int] = field(default_factory=lambda: array("i"))
    """The index the person hangs from on the map: ``people.referrer`` except where a damaged
    circle of referrals was cut (-1 there). Empty for a layout not made by :func:`layout`."""
    clusters: tuple[Cluster, ...] = ()
    """The companies' circles, biggest first, when everyone is grouped by company
    (``core.map_clusters.cluster_layout``); empty on the rings."""


def read_people(today: date | None = None) -> MapPeople:
    """Everyone the map shows, in name order (``today``: the day a date that cannot be read
    counts as)."""
    return map_data.map_people(today)


def map_layout(cancelled: Callable[[], bool] | None = None) -> MapLayout:
    """The worker's job: read everyone and place them (raises :class:`LayoutCancelled`)."""
    people = read_people()
    if cancelled is not None and cancelled():
        raise LayoutCancelled()
    return layout(people, cancelled)


def person(contact_id: int) -> MapPerson | None:
    """What the hover card shows of ``contact_id`` (name, status, lead, company, the path from
    the person you knew), or None when they no longer exist."""
    return map_data.map_person(contact_id)


def layout(people: MapPeople, cancelled: Callable[[], bool] | None = None) -> MapLayout:
    """Place everyone on the rings (see the module's docstring).

    Children share their parent's wedge in proportion to their subtrees' sizes, in the order of
    ``people``'s lists (name order, as ``read_people`` gives them); the roots share the full
    circle the same way, from :data:`START_ANGLE`. ``cancelled`` is called after every
    :data:`CHUNK` people or so; when it returns True the layout stops and raises
    :class:`LayoutCancelled`.
    """
    count = len(people.ids)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise LayoutCancelled()

    parent = array("i", people.referrer)
    if count and (min(parent) < -1 or max(parent) >= count):
        for i, up in enumerate(parent):
            if not 0 <= up < count:
                parent[i] = -1
    kids = _Children(parent)
    generation = array("i", bytes(4 * count))
    order = _spread(kids, generation, check)
    if len(order) < count:
        _cut_circles(parent, generation)
        kids = _Children(parent)
        generation = array("i", bytes(4 * count))
        order = _spread(kids, generation, check)
    check()

    size = array("i", [1]) * count
    end = len(order)
    while end > 0:
        begin = max(0, end - CHUNK)
        for i in reversed(order[begin:end]):
            up = parent[i]
            if up >= 0:
                size[up] += size[i]
        end = begin
        check()

    start = array("d", bytes(8 * count))
    sweep = array("d", bytes(8 * count))
    cursor = START_ANGLE
    share = 2 * math.pi / count if count else 0.0
    for i in kids.roots:
        start[i] = cursor
        sweep[i] = wedge = size[i] * share
        cursor += wedge
    first, by_parent = kids.first, kids.by_parent
    for begin in range(0, len(order), CHUNK):
        for i in order[begin : begin + CHUNK]:
            a = first[i]
            b = first[i + 1]
            if a != b:
                scale = sweep[i] / (size[i] - 1)
                cursor = start[i]
                for kid in by_parent[a:b]:
                    start[kid] = cursor
                    sweep[kid] = wedge = size[kid] * scale
                    cursor += wedge
        check()

    middle = list(map(add, start, map(mul, sweep, repeat(0.5, count))))
    radius = list(map(mul, generation, repeat(RING_GAP, count)))
    return MapLayout(
        people=people,
        x=array("d", map(mul, radius, map(math.cos, middle))),
        y=array("d", map(mul, radius, map(math.sin, middle))),
        generation=generation,
        through=array("i", map(sub, size, repeat(1, count))),
        generations=max(generation) if count else 0,
        start=start,
        sweep=sweep,
        parent=parent,
    )


class _Children:
    """Everyone's children, in index order, as one list sorted by parent (stable, so each
    parent's children keep ``people``'s order): ``by_parent[first[i]:first[i + 1]]`` are
    ``i``'s children; ``roots`` those with no parent (-1)."""

    def __init__(self, parent: array[int]) -> None:
        count = len(parent)
        self.by_parent = sorted(range(count), key=parent.__getitem__)
        tally = Counter(parent)
        self.roots = self.by_parent[: tally[-1]]
        counts = map(tally.get, range(count), repeat(0))
        self.first = list(accumulate(counts, initial=tally[-1]))


def _spread(kids: _Children, generation: array[int], check: Callable[[], None]) -> list[int]:
    """Everyone below the roots, breadth first, each generation in the order of their parents;
    fills in ``generation`` (1 for the roots)."""
    first, by_parent = kids.first, kids.by_parent
    order: list[int] = []
    level = kids.roots
    ring = 1
    since = 0
    while level:
        for i in level:
            generation[i] = ring
        order += level
        below: list[int] = []
        for i in level:
            a = first[i]
            b = first[i + 1]
            if a != b:
                below += by_parent[a:b]
        since += len(level)
        if since >= CHUNK:
            check()
            since = 0
        level = below
        ring += 1
    return order


def _cut_circles(parent: array[int], generation: array[int]) -> None:
    """Make roots of people no root reaches: each such group hangs from one circle of
    referrals, and the first person met twice walking up from the group's first member (in
    ``people``'s order) loses their referrer (``parent`` -1)."""
    state = bytearray(1 if g else 0 for g in generation)  # 0 unplaced, 2 walking, 1 settled
    for i in range(len(parent)):
        if state[i]:
            continue
        walked: list[int] = []
        node = i
        while not state[node]:  # above an unplaced person everyone is unplaced, up to a circle
            state[node] = 2
            walked.append(node)
            node = parent[node]
        if state[node] == 2:
            parent[node] = -1
        for node in walked:
            state[node] = 1


MAX_WEEKS = 52 * 30
"""The time slider goes back at most thirty years: a date added of 0001-01-01 (a damaged or
badly converted file) would otherwise make a hundred thousand stops. Anyone added before the
first stop is there from it on."""


def grow_weeks(people: MapPeople, today: date | None = None) -> list[int]:
    """The Mondays (``date.toordinal()``) of every week from the first person's to this one's
    (at most :data:`MAX_WEEKS` of them): the time slider's stops. Just this week for an empty
    network."""
    last = Week.containing(today or date.today()).monday.toordinal()
    if not people.added_on:
        return [last]
    first = Week.containing(date.fromordinal(max(1, min(people.added_on)))).monday.toordinal()
    last = max(last, Week.containing(date.fromordinal(max(people.added_on))).monday.toordinal())
    return list(range(max(first, last - 7 * MAX_WEEKS), last + 1, 7))


def grown_by(people: MapPeople, weeks: list[int]) -> list[int]:
    """How many people were in the network by the end of each week of ``weeks`` (Mondays as
    :func:`grow_weeks` gives them)."""
    days = sorted(people.added_on)
    return [bisect_right(days, monday + 6) for monday in weeks]


def find(people: MapPeople, text: str, limit: int = 20) -> list[int]:
    """Indexes of the first ``limit`` people the contact table's search finds for ``text``
    (names, e-mails, companies...: the full-text index), in name order; people added since
    ``people`` was read are left out."""
    if not text.strip():
        return []
    ids = contact_ids(ContactFilter(search=text), limit=limit)
    return [i for i in map(people.index.get, ids) if i is not None]


def index_of(people: MapPeople, contact_id: int) -> int | None:
    """The position of ``contact_id`` in ``people``'s lists, or None when they are not there."""
    if people.index or not people.ids:
        return people.index.get(contact_id)
    try:
        return people.ids.index(contact_id)
    except ValueError:
        return None
