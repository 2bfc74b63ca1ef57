"""The network map's data: everyone in the referral network, placed on rings by generation.

You are at the centre (0, 0). The people you knew directly (no referrer) are on the first ring,
the people they introduced on the second, and so on: each generation of introductions one ring
further out, :data:`RING_GAP` apart. Every person owns a wedge of the circle sized by their
subtree (themselves and everyone who came through them), and their introductions share it, so a
branch never crosses another.

The map's widget (``ui/map``) only draws a :class:`MapLayout`; it never reads the database. The
layout is made on a worker by :func:`layout` from a :class:`MapPeople` (read in one pass by
``models.network_map``) and is plain data: parallel lists indexed by position ``i``, one per
contact, so that 100,000 people cost lists, not objects.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

RING_GAP = 120.0
"""Distance between two generations' rings, in map units (a unit is a pixel at zoom 1)."""


@dataclass(frozen=True)
class MapPeople:
    """Everyone the map shows, index ``i`` in every list (``models.network_map.map_people``)."""

    ids: list[int]
    """Contact ids."""
    names: list[str]
    """Display names."""
    referrer: array[int]
    """Index of the person's referrer in these lists, or -1 for someone you knew directly (or
    whose referrer is not among them)."""
    status: list[str]
    """``ContactStatus`` values (the colour)."""
    warm: list[bool]
    """A warm lead (the mark)."""
    company_id: list[int | None]
    company: list[str]
    """The company's name, "" without one."""
    added_on: array[int]
    """The day the person came into the network (``date.toordinal()`` of the date added, or of
    the referral where that is earlier): the time slider shows who was there by a week."""


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
