"""The referral forest as the tree reads it: pages, counts, paths, filters, moves, numbers."""

from __future__ import annotations

import random
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from netdesk.core import tree
from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.errors import ReferralCycleError
from netdesk.core.referrals import ChainLink, describe_path, generation_sizes
from netdesk.core.text import fold
from netdesk.models import database
from netdesk.models.bulk import bulk_insert
from netdesk.models.records import ContactData, ReferralInfo


def add_people(names: list[str], parents: list[int | None]) -> list[int]:
    """Contacts (bulk, fast) with their referrers; ``parents[i]`` may name an earlier new id."""
    conn = database.connection()
    with database.atomic():
        first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
        bulk_insert(
            conn,
            "contact",
            ["uid", "display_name", "sort_name", "date_added"],
            [(f"t-{first + i}", n, fold(n), "2026-11-01") for i, n in enumerate(names)],
        )
        bulk_insert(
            conn,
            "referral",
            ["referred_id", "referrer_id"],
            [(first + i, p) for i, p in enumerate(parents) if p is not None],
        )
    return list(range(first, first + len(names)))


def add_chain(length: int, prefix: str = "Link") -> list[int]:
    """A chain of introductions ``length`` people deep, root first."""
    conn = database.connection()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    names = [f"{prefix} {i:05d}" for i in range(length)]
    return add_people(names, [None] + [first + i for i in range(length - 1)])


def brute_descendants(parent_of: dict[int, int | None]) -> dict[int, int]:
    counts = dict.fromkeys(parent_of, 0)
    for node in parent_of:
        up = parent_of[node]
        while up is not None:
            counts[up] += 1
            up = parent_of[up]
    return counts


def random_forest(seed: int, size: int) -> dict[int, int | None]:
    rng = random.Random(seed)
    names = [f"P{rng.randrange(10**6):06d}" for _ in range(size)]
    parents: list[int | None] = []
    conn = database.connection()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    for i in range(size):
        parents.append(None if i == 0 or rng.random() < 0.2 else first + rng.randrange(i))
    ids = add_people(names, parents)
    return dict(zip(ids, parents, strict=True))


def test_roots_and_children_page_by_name(db: Path) -> None:
    sara, _bob, john, anna, zoe = add_people(
        ["Sara Smith", "Bob Brown", "John Public", "Anna Árvai", "Zoé Moreau"],
        [None, None, None, None, None],
    )
    set_referrer(john, sara)
    set_referrer(anna, sara)
    set_referrer(zoe, sara)
    assert tree.root_count() == 2
    assert [r.name for r in tree.roots()] == ["Bob Brown", "Sara Smith"]
    first = tree.children(sara, limit=2)
    assert [r.name for r in first] == ["Anna Árvai", "John Public"]
    rest = tree.children(sara, after=first[-1].key, limit=2)
    assert [r.name for r in rest] == ["Zoé Moreau"]
    assert tree.children(sara, after=rest[-1].key) == []
    assert [r.direct for r in tree.roots()] == [0, 3]
    # Everything up to a given key, at least a page.
    upto = tree.children(sara, limit=1, upto=first[-1].key)
    assert [r.name for r in upto] == ["Anna Árvai", "John Public"]


def test_descendant_counts_match_a_brute_force_count(db: Path) -> None:
    parent_of = random_forest(seed=4, size=300)
    expected = brute_descendants(parent_of)
    roots = [i for i, p in parent_of.items() if p is None]
    assert tree.descendant_counts(roots) == {r: expected[r] for r in roots}
    # An ancestor-closed set: a node with all its ancestors (nested, not siblings).
    deepest = max(parent_of, key=lambda i: len(tree.ancestors(i)))
    path = tree.ancestors(deepest)
    closed = {path[0]: None, **{path[k + 1]: path[k] for k in range(len(path) - 1)}}
    counts = tree.closed_descendant_counts(closed)
    off_path = [
        c for c, p in parent_of.items() if p in closed and c not in closed
    ]  # their children outside the set are counted too
    assert off_path
    for node in [*path, *off_path]:
        assert counts[node] == expected[node], node


def test_a_5000_deep_chain_is_walked_without_recursion(db: Path) -> None:
    chain = add_chain(5000)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # any Python recursion over the chain would fail now
    try:
        assert tree.ancestors(chain[-1]) == chain
        closed = {chain[0]: None, **{chain[k + 1]: chain[k] for k in range(len(chain) - 1)}}
        counts = tree.closed_descendant_counts(closed)
        loaded = tree.children_through([(chain[k], chain[k + 1]) for k in range(4999)])
    finally:
        sys.setrecursionlimit(limit)
    assert counts[chain[0]] == 4999
    assert counts[chain[2500]] == 2499
    assert counts[chain[-1]] == 0
    assert len(loaded) == 4999
    assert all(loaded[chain[k]][0].id == chain[k + 1] for k in range(4999))
    assert tree.descendant_counts([chain[0]]) == {chain[0]: 4999}


def test_children_through_loads_far_enough_for_the_wanted_child(db: Path) -> None:
    (boss,) = add_people(["Boss"], [None])
    kids = add_people([f"Kid {i:02d}" for i in range(30)], [boss] * 30)
    grandkid = add_people(["Grandkid"], [kids[25]])[0]
    loaded = tree.children_through([(boss, kids[25]), (kids[25], grandkid)], at_least=5)
    assert [r.id for r in loaded[boss]] == kids[:26]
    assert [r.id for r in loaded[kids[25]]] == [grandkid]
    first_page = tree.children_through([(boss, None)], at_least=5)
    assert [r.id for r in first_page[boss]] == kids[:5]


def test_filter_reveals_matches_with_their_ancestors(db: Path) -> None:
    sara, john, anna, bob, carl = add_people(
        ["Sara Smith", "John Public", "Anna Árvai", "Bob Brown", "Carl Clark"],
        [None, None, None, None, None],
    )
    set_referrer(john, sara)
    set_referrer(anna, john)
    set_referrer(carl, sara)
    forest = tree.filter_forest("arvai")
    assert forest is not None
    assert forest.matches == {anna}
    assert forest.total_matches == 1
    assert forest.parents == {sara: None, john: sara, anna: john}
    assert [r.id for r in forest.children[0]] == [sara]
    assert [r.id for r in forest.children[sara]] == [john]  # Carl is not on a path to a match
    assert forest.descendants[sara] == 3  # counts stay those of the whole network
    assert bob not in forest.parents
    assert tree.filter_forest("  ") is None
    nobody = tree.filter_forest("nobody-here")
    assert nobody is not None and not nobody.parents


def test_filter_shows_at_most_the_limit(db: Path) -> None:
    add_people([f"Same Name {i}" for i in range(12)], [None] * 12)
    forest = tree.filter_forest("same", limit=5)
    assert forest is not None
    assert (len(forest.matches), forest.total_matches) == (5, 12)


def test_a_move_can_be_undone_exactly(db: Path) -> None:
    sara, john, anna = add_people(["Sara Smith", "John Public", "Anna Árvai"], [None] * 3)
    info = ReferralInfo(sara, date(2026, 11, 2), "knows logistics", calls_ahead=True)
    from netdesk.core.contacts import set_referral

    set_referral(anna, info)
    before = tree.referral_of(anna)
    assert before == info
    set_referrer(anna, john)
    assert tree.referral_of(anna) is not None
    assert tree.referral_of(anna).referrer_id == john  # type: ignore[union-attr]
    tree.restore_referral(anna, before)
    assert tree.referral_of(anna) == info
    tree.restore_referral(sara, None)
    assert tree.referral_of(sara) is None
    with pytest.raises(ReferralCycleError):
        set_referrer(sara, anna)


def test_network_numbers(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    conn = database.connection()
    conn.execute(
        "INSERT INTO meeting (contact_id, starts_at) VALUES (?, '2026-11-02 10:00:00')", (sara,)
    )
    conn.execute(
        "INSERT INTO meeting (contact_id, starts_at) VALUES (?, '2026-12-20 10:00:00')", (sara,)
    )
    meeting = conn.execute("SELECT min(id) FROM meeting").fetchone()[0]
    for name in ("John Public", "Anna Árvai", "Carl Clark"):
        create_contact(
            ContactData(display_name=name, referral=ReferralInfo(sara, meeting_id=meeting))
        )
    numbers = tree.network_numbers(now=datetime(2026, 11, 30, 12, 0))
    assert numbers.meetings_held == 1  # the December meeting has not happened yet
    assert numbers.referrals_from_meetings == 3
    assert numbers.referrals_per_meeting == 3.0
    assert numbers.goal == 2
    assert numbers.generations == [1, 3] == generation_sizes()
    assert numbers.depth == 1


def test_long_paths_are_described_with_their_ends() -> None:
    chain = [ChainLink(i, f"Person {i}") for i in range(50)]
    text = describe_path(chain, max_links=5)
    assert text.startswith(
        "You know Person 0 -> who introduced Person 1 -> who introduced Person 2"
    )
    assert "... 45 more introductions ..." in text
    assert text.endswith("who introduced Person 48 -> who introduced Person 49")
    short = chain[:3]
    assert describe_path(short, max_links=5) == describe_path(short)
