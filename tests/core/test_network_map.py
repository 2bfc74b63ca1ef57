"""The network map's layout: rings by generation, wedges by subtree, on real databases."""

from __future__ import annotations

import math
import random
import sys
from array import array
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netdesk.core import network_map
from netdesk.core.contacts import create_contact
from netdesk.core.network_map import (
    RING_GAP,
    START_ANGLE,
    LayoutCancelled,
    MapLayout,
    MapPeople,
)
from netdesk.core.text import fold
from netdesk.models import database
from netdesk.models.bulk import bulk_insert
from netdesk.models.records import ContactData, Email, ReferralInfo

TAU = 2 * math.pi
CLOSE = 1e-9


@pytest.fixture
def shallow_stack() -> Iterator[None]:
    """Python recursion would fail long before a 5,000-deep chain ends."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    yield
    sys.setrecursionlimit(limit)


def add_people(names: list[str], parents: list[int | None], added: str = "2026-11-01") -> list[int]:
    """Contacts (bulk, fast) with their referrers; ``parents[i]`` may name an earlier new id."""
    conn = database.connection()
    with database.atomic():
        first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
        bulk_insert(
            conn,
            "contact",
            ["uid", "display_name", "sort_name", "date_added"],
            [(f"t-{first + i}", n, fold(n), added) for i, n in enumerate(names)],
        )
        bulk_insert(
            conn,
            "referral",
            ["referred_id", "referrer_id"],
            [(first + i, p) for i, p in enumerate(parents) if p is not None],
        )
    return list(range(first, first + len(names)))


def random_forest(seed: int, size: int) -> dict[int, int | None]:
    """``size`` people, a fifth of them roots, the others referred by someone earlier."""
    rng = random.Random(seed)
    conn = database.connection()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    parents: list[int | None] = [
        None if i == 0 or rng.random() < 0.2 else first + rng.randrange(i) for i in range(size)
    ]
    names = [f"P{rng.randrange(10**6):06d}" for _ in range(size)]
    return dict(zip(add_people(names, parents), parents, strict=True))


def add_chain(length: int) -> list[int]:
    """A chain of introductions ``length`` people deep, root first."""
    conn = database.connection()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    names = [f"Link {i:05d}" for i in range(length)]
    return add_people(names, [None] + [first + i for i in range(length - 1)])


def made() -> MapLayout:
    return network_map.layout(network_map.read_people())


def angle_of(placed: MapLayout, i: int) -> float:
    """The person's angle, from the wedges' start, in [0, 2π)."""
    return (math.atan2(placed.y[i], placed.x[i]) - START_ANGLE) % TAU


def check_wedges(placed: MapLayout) -> None:
    """Everything the map promises about rings and wedges, for every person."""
    people = placed.people
    count = len(people.ids)
    kids: dict[int, list[int]] = {}
    roots: list[int] = []
    for i in range(count):
        up = placed.parent[i]
        (kids.setdefault(up, []) if up >= 0 else roots).append(i)
        assert placed.generation[i] == (1 if up < 0 else placed.generation[up] + 1)
        radius = math.hypot(placed.x[i], placed.y[i])
        assert radius == pytest.approx(placed.generation[i] * RING_GAP)
        middle = placed.start[i] + placed.sweep[i] / 2
        assert math.cos(middle) * radius == pytest.approx(placed.x[i], abs=1e-6)
        assert math.sin(middle) * radius == pytest.approx(placed.y[i], abs=1e-6)
    groups = [(roots, START_ANGLE, TAU, count)] + [
        (below, placed.start[p], placed.sweep[p], placed.through[p]) for p, below in kids.items()
    ]
    for members, start, sweep, total in groups:
        cursor = start
        for i in members:  # in the lists' order (name order), edge to edge, no overlap
            assert placed.start[i] == pytest.approx(cursor, abs=CLOSE)
            assert placed.start[i] >= start - CLOSE
            assert placed.start[i] + placed.sweep[i] <= start + sweep + CLOSE
            share = (placed.through[i] + 1) / total
            assert placed.sweep[i] == pytest.approx(sweep * share, rel=1e-9)
            cursor = placed.start[i] + placed.sweep[i]
        assert cursor == pytest.approx(start + sweep, abs=CLOSE)  # the whole wedge is shared


def test_you_knew_them_first_ring_they_introduced_the_next(db: Path) -> None:
    sara, john = add_people(["Sara Smith", "John Public"], [None, None])
    anna, bob, zoe = add_people(["Anna Árvai", "Bob Brown", "Zoé Moreau"], [sara, sara, sara])
    (kim,) = add_people(["Kim Lee"], [bob])
    placed = made()
    index = placed.people.index
    generation = {c: placed.generation[index[c]] for c in (sara, john, anna, bob, zoe, kim)}
    assert generation == {sara: 1, john: 1, anna: 2, bob: 2, zoe: 2, kim: 3}
    assert placed.generations == 3
    assert placed.through[index[sara]] == 4 and placed.through[index[bob]] == 1
    assert placed.through[index[john]] == 0 and placed.through[index[kim]] == 0
    # Sara brought 5 of the 6 people, so her wedge is 5/6 of the circle and John's 1/6.
    assert placed.sweep[index[sara]] == pytest.approx(TAU * 5 / 6)
    assert placed.sweep[index[john]] == pytest.approx(TAU / 6)
    # Her introductions share her wedge by name, Bob's with Kim twice the others'.
    sweeps = [placed.sweep[index[c]] / placed.sweep[index[sara]] for c in (anna, bob, zoe)]
    assert sweeps == pytest.approx([0.25, 0.5, 0.25])
    assert (
        angle_of(placed, index[anna]) < angle_of(placed, index[bob]) < angle_of(placed, index[zoe])
    )
    # A single introduction sits straight out from the one who made it.
    assert angle_of(placed, index[kim]) == pytest.approx(angle_of(placed, index[bob]))
    check_wedges(placed)


def test_a_random_network_keeps_every_promise(db: Path) -> None:
    parents = random_forest(5, 600)
    placed = made()
    index = placed.people.index
    below = dict.fromkeys(parents, 0)
    for node in parents:
        up = parents[node]
        while up is not None:
            below[up] += 1
            up = parents[up]
    assert {c: placed.through[index[c]] for c in parents} == below
    check_wedges(placed)


def test_a_chain_5000_deep_is_laid_out_without_recursion(db: Path, shallow_stack: None) -> None:
    chain = add_chain(5000)
    (other,) = add_people(["Other Root"], [None])
    placed = made()
    index = placed.people.index
    bottom = index[chain[-1]]
    assert placed.generations == 5000 and placed.generation[bottom] == 5000
    assert math.hypot(placed.x[bottom], placed.y[bottom]) == pytest.approx(5000 * RING_GAP)
    assert placed.through[index[chain[0]]] == 4999
    # Everyone in the chain has its whole wedge: one straight line out.
    assert {round(angle_of(placed, index[c]), 9) for c in chain} == {
        round(angle_of(placed, index[chain[0]]), 9)
    }
    assert placed.sweep[index[other]] == pytest.approx(TAU / 5001)


@pytest.mark.timeout(60)
def test_referrals_running_in_a_circle_neither_hang_nor_hide_anyone(db: Path) -> None:
    """A damaged database: a -> b -> c -> a with d below c, and e <-> f."""
    (root,) = add_people(["Root"], [None])
    a, b, c, d, e, f = add_people(["A", "B", "C", "D", "E", "F"], [None] * 6)
    conn = database.connection()
    conn.executemany(
        "INSERT INTO referral (referred_id, referrer_id) VALUES (?, ?)",
        [(b, a), (c, b), (a, c), (d, c), (e, f), (f, e)],
    )
    placed = made()
    index = placed.people.index
    assert set(placed.people.ids) == {root, a, b, c, d, e, f}
    assert all(placed.generation[i] >= 1 for i in range(7))
    # The first of the circle in name order (A) becomes a root; the circle hangs from her.
    assert placed.parent[index[a]] == -1 and placed.people.referrer[index[a]] == index[c]
    assert [placed.generation[index[x]] for x in (a, b, c, d)] == [1, 2, 3, 4]
    assert placed.through[index[a]] == 3
    assert placed.parent[index[e]] == -1 and placed.generation[index[f]] == 2
    assert placed.generation[index[root]] == 1
    check_wedges(placed)


def test_a_layout_of_hand_made_people_survives_bad_referrers() -> None:
    """Someone referring herself, a referrer index out of range: roots, not a crash."""
    people = MapPeople(
        ids=[1, 2, 3],
        names=["A", "B", "C"],
        referrer=array("i", [0, 7, 1]),
        status=["to_contact"] * 3,
        warm=[False] * 3,
        company_id=[None] * 3,
        company=[""] * 3,
        added_on=array("i", [1, 1, 1]),
    )
    placed = network_map.layout(people)
    assert list(placed.parent) == [-1, -1, 1]
    assert list(placed.generation) == [1, 1, 2]
    assert list(placed.through) == [0, 1, 0]
    check_wedges(placed)


def test_an_empty_network_is_an_empty_map(db: Path) -> None:
    placed = made()
    assert placed.people.ids == [] and len(placed.x) == 0 and placed.generations == 0
    assert network_map.grow_weeks(placed.people, date(2026, 12, 2)) == [
        date(2026, 11, 30).toordinal()
    ]
    assert network_map.find(placed.people, "anyone") == []


def test_one_person_is_alone_on_the_first_ring(db: Path) -> None:
    add_people(["Sara Smith"], [None])
    placed = made()
    assert placed.sweep[0] == pytest.approx(TAU) and placed.generations == 1
    assert math.hypot(placed.x[0], placed.y[0]) == pytest.approx(RING_GAP)


def test_cancelling_stops_the_layout(db: Path) -> None:
    random_forest(3, 20_000)
    people = network_map.read_people()
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(LayoutCancelled):
        network_map.layout(people, cancelled)
    assert len(asked) == 3
    with pytest.raises(LayoutCancelled):
        network_map.map_layout(lambda: True)
    calls: list[int] = []

    def counted() -> bool:
        calls.append(1)
        return False

    placed = network_map.layout(people, counted)
    assert len(placed.x) == 20_000 and len(calls) >= 20_000 // network_map.CHUNK


def test_the_time_slider_steps_a_week_at_a_time_from_the_first_contact(db: Path) -> None:
    add_people(["Early Bird"], [None], added="2026-11-04")  # a Wednesday
    add_people(["Next Week"], [None], added="2026-11-09")
    add_people(["Late Comer", "Same Day"], [None, None], added="2026-11-22")  # a Sunday
    people = network_map.read_people()
    weeks = network_map.grow_weeks(people, date(2026, 12, 2))
    assert [date.fromordinal(w) for w in weeks] == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
        date(2026, 11, 30),
    ]
    assert network_map.grown_by(people, weeks) == [1, 2, 4, 4, 4]


def test_a_date_added_centuries_ago_does_not_make_the_slider_endless(db: Path) -> None:
    add_people(["Damaged Date"], [None], added="0001-01-01")
    add_people(["This Year"], [None], added="2026-11-04")
    people = network_map.read_people()
    weeks = network_map.grow_weeks(people, date(2026, 12, 2))
    assert len(weeks) == network_map.MAX_WEEKS + 1
    assert weeks[-1] == date(2026, 11, 30).toordinal()
    assert network_map.grown_by(people, weeks)[0] == 1  # there from the first stop


def test_a_name_is_found_and_the_hover_card_has_the_path(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(
        ContactData(
            display_name="John Public",
            emails=[Email("jp@example.com")],
            referral=ReferralInfo(sara),
        )
    )
    people = network_map.read_people()
    assert network_map.find(people, "publ") == [people.index[john]]
    assert network_map.find(people, "jp@example") == [people.index[john]]
    assert network_map.index_of(people, sara) == people.index[sara]
    assert network_map.index_of(people, 4242) is None
    card = network_map.person(john)
    assert card is not None and card.path == [(sara, "Sara Smith"), (john, "John Public")]
