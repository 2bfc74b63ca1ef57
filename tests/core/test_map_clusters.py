"""The network map grouped by company: a circle per company, nobody outside their own circle,
no two circles touching, the biggest nearest you, and the rings' generations kept."""

from __future__ import annotations

import math
import random
import time
from array import array
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.map_clusters import GAP, cluster_layout, map_cluster_layout
from netdesk.core.network_map import Cluster, LayoutCancelled, MapLayout, MapPeople, layout
from netdesk.models.records import ContactData


def made_up(count: int, companies: int, *, seed: int = 3) -> MapPeople:
    """``count`` people in a random referral forest, spread over ``companies`` companies very
    unevenly (a few big employers, many small), a third without a company."""
    rng = random.Random(seed)
    referrer = array(
        "i", [-1 if i < max(1, count // 400) else rng.randrange(i) for i in range(count)]
    )
    company_id: list[int | None] = [
        None if rng.random() < 0.33 else int(companies * rng.random() ** 3) for _ in range(count)
    ]
    return MapPeople(
        ids=[10 + i for i in range(count)],
        names=[f"Person {i}" for i in range(count)],
        referrer=referrer,
        status=["to_contact"] * count,
        warm=[False] * count,
        company_id=company_id,
        company=["" if c is None else f"Company {c}" for c in company_id],
        added_on=array("i", [738000 + i for i in range(count)]),
    )


def overlapping(clusters: tuple[Cluster, ...]) -> list[tuple[int, int]]:
    """Pairs of circles that meet (a sweep along x: fast enough for 10,000 circles)."""
    order = sorted(range(len(clusters)), key=lambda n: clusters[n].x - clusters[n].radius)
    found = []
    for position, a in enumerate(order):
        first = clusters[a]
        for b in order[position + 1 :]:
            second = clusters[b]
            if second.x - second.radius > first.x + first.radius:
                break
            if math.hypot(first.x - second.x, first.y - second.y) < first.radius + second.radius:
                found.append((a, b))
    return found


def check_promises(placed: MapLayout, people: MapPeople) -> None:
    clusters = placed.clusters
    assert sum(c.count for c in clusters) == len(people.ids)
    assert not overlapping(clusters)
    # You, at the centre, are in no circle.
    assert all(math.hypot(c.x, c.y) >= c.radius + GAP for c in clusters)
    # The biggest first, and never further from you than a smaller one's ring.
    counts = [c.count for c in clusters]
    assert counts == sorted(counts, reverse=True)
    distances = [math.hypot(c.x, c.y) - c.radius for c in clusters]
    assert distances[0] == min(distances)
    by_company = {c.company_id: c for c in clusters}
    assert len(by_company) == len(clusters)
    for i, company in enumerate(people.company_id):
        circle = by_company[company]
        assert math.hypot(placed.x[i] - circle.x, placed.y[i] - circle.y) <= circle.radius
        assert circle.name == people.company[i]
    # The most introduced of each company is at its circle's middle.
    for circle in clusters:
        members = [i for i, c in enumerate(people.company_id) if c == circle.company_id]
        hub = max(members, key=lambda i: (placed.through[i], -i))
        nearest = min(
            members, key=lambda i: math.hypot(placed.x[i] - circle.x, placed.y[i] - circle.y)
        )
        assert placed.through[nearest] == placed.through[hub]


def test_every_company_is_a_circle_holding_its_people_and_none_overlap() -> None:
    people = made_up(3000, 200)
    placed = cluster_layout(people)
    check_promises(placed, people)
    rings = layout(people)
    assert placed.people is people
    assert placed.generation == rings.generation
    assert placed.through == rings.through
    assert placed.parent == rings.parent
    # The rings' own layout is left as it was.
    assert rings.clusters == ()


def test_the_grouping_is_the_same_every_time() -> None:
    people = made_up(2000, 50)
    first = cluster_layout(people)
    second = cluster_layout(people, rings=layout(people))
    assert first.x == second.x and first.y == second.y
    assert first.clusters == second.clusters


def test_people_without_a_company_share_one_circle() -> None:
    people = made_up(500, 5)
    placed = cluster_layout(people)
    nobody = [c for c in placed.clusters if c.company_id is None]
    assert len(nobody) == 1
    assert nobody[0].name == ""
    assert nobody[0].count == people.company_id.count(None)


def test_an_empty_network_has_no_circles_and_one_person_has_one() -> None:
    empty = made_up(0, 1)
    assert cluster_layout(empty).clusters == ()
    alone = made_up(1, 1)
    placed = cluster_layout(alone)
    assert len(placed.clusters) == 1
    check_promises(placed, alone)


def test_a_hundred_thousand_people_at_ten_thousand_companies() -> None:
    people = made_up(100_000, 10_000)
    rings = layout(people)
    started = time.perf_counter()
    placed = cluster_layout(people, rings=rings)
    elapsed = time.perf_counter() - started
    print(f"cluster_layout at 100,000 people: {elapsed * 1000:.0f} ms")
    assert len(placed.clusters) > 5000
    assert not overlapping(placed.clusters)


def test_cancelling_stops_the_grouping() -> None:
    people = made_up(20_000, 100)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(LayoutCancelled):
        cluster_layout(people, cancelled, rings=layout(people))


def test_read_from_a_database_the_companies_are_named(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Globex"))
    john = create_contact(ContactData(display_name="John Public", organization="Initech"))
    anna = create_contact(ContactData(display_name="Anna Árvai", organization="Globex"))
    create_contact(ContactData(display_name="Bob Brown"))
    set_referrer(john, sara)
    set_referrer(anna, john)
    placed = map_cluster_layout()
    names = sorted((c.name, c.count) for c in placed.clusters)
    assert names == [("", 1), ("Globex", 2), ("Initech", 1)]
    check_promises(placed, placed.people)
    index = placed.people.index
    assert placed.generation[index[anna]] == 3
    assert placed.through[index[sara]] == 2
