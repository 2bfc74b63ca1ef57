"""Map layouts made up for the canvas's tests and the frame benchmarks: people in a referral
forest, placed on rings by generation with wedges sized by subtree (the layout the core makes,
done simply here so that the widget can be tested on its own)."""

from __future__ import annotations

import math
import random
from array import array
from datetime import date

from netdesk.core.network_map import RING_GAP, MapLayout, MapPeople
from netdesk.models.enums import Status

FIRST_DAY = date(2026, 1, 5).toordinal()


def synthetic_people(count: int, *, seed: int = 7, chain: int = 0, days: int = 300) -> MapPeople:
    """``count`` people: about one in 400 known directly, each person referring 0-4 more
    (breadth first, so generations fill outwards), and optionally one chain ``chain`` deep.
    Everyone comes in over ``days`` days in the order they were referred."""
    rng = random.Random(seed)
    roots = max(1, count // 400) if count else 0
    referrer = array("q", [-1] * count)
    queue = list(range(min(roots, count)))
    made = len(queue)
    head = 0
    reserve = min(chain, max(0, count - made))
    while made < count - reserve and head < len(queue):
        parent = queue[head]
        head += 1
        for _ in range(rng.choice((0, 1, 2, 2, 3, 4))):
            if made >= count - reserve:
                break
            referrer[made] = parent
            queue.append(made)
            made += 1
    if head >= len(queue) and made < count - reserve:  # everyone stopped: more roots
        while made < count - reserve:
            made += 1
    previous = 0
    while made < count:
        referrer[made] = previous
        previous = made
        made += 1
    statuses = list(Status)
    names = [f"Person {i}" for i in range(count)]
    return MapPeople(
        ids=[1000 + i for i in range(count)],
        names=names,
        referrer=referrer,
        status=[statuses[rng.randrange(len(statuses))].value for _ in range(count)],
        warm=[referrer[i] < 0 or rng.random() < 0.2 for i in range(count)],
        company_id=[None if i % 3 else i % 97 for i in range(count)],
        company=["" if i % 3 else f"Company {i % 97}" for i in range(count)],
        added_on=array("q", [FIRST_DAY + (i * days) // max(1, count) for i in range(count)]),
    )


def ring_layout(people: MapPeople) -> MapLayout:
    """Everyone on the ring of their generation, in a wedge sized by their subtree."""
    count = len(people.ids)
    children: list[list[int]] = [[] for _ in range(count)]
    roots: list[int] = []
    for i, parent in enumerate(people.referrer):
        (children[parent] if parent >= 0 else roots).append(i)
    order: list[int] = []
    generation = array("q", [0] * count)
    stack = list(reversed(roots))
    for root in roots:
        generation[root] = 1
    while stack:
        node = stack.pop()
        order.append(node)
        for child in children[node]:
            generation[child] = generation[node] + 1
            stack.append(child)
    size = array("q", [1] * count)
    for node in reversed(order):
        parent = people.referrer[node]
        if parent >= 0:
            size[parent] += size[node]
    start = array("d", [0.0] * count)
    span = array("d", [0.0] * count)
    total = sum(size[r] for r in roots) or 1
    at = 0.0
    for root in roots:
        start[root], span[root] = at, 2 * math.pi * size[root] / total
        at += span[root]
    xs = array("d", [0.0] * count)
    ys = array("d", [0.0] * count)
    for node in order:
        below = size[node] - 1
        at = start[node]
        for child in children[node]:
            start[child] = at
            span[child] = span[node] * size[child] / below
            at += span[child]
        angle = start[node] + span[node] / 2
        radius = generation[node] * RING_GAP
        xs[node], ys[node] = radius * math.cos(angle), radius * math.sin(angle)
    through = array("q", [s - 1 for s in size])
    return MapLayout(
        people=people,
        x=xs,
        y=ys,
        generation=generation,
        through=through,
        generations=max(generation, default=0),
    )


def synthetic_layout(count: int, *, seed: int = 7, chain: int = 0) -> MapLayout:
    return ring_layout(synthetic_people(count, seed=seed, chain=chain))
