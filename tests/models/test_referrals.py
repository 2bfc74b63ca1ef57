"""The one walk up and the one walk down the referral chains, and the referral writers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netdesk.models import referrals, tree
from netdesk.models.bulk import bulk_insert
from netdesk.models.contact_undo import delete_contacts
from netdesk.models.records import ReferralInfo
from netdesk.models.sql import connection
from netdesk.models.store import store

DEEP = 5000


@pytest.fixture
def shallow_stack() -> Iterator[None]:
    """Python recursion would fail long before a 5,000-deep chain ends."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    yield
    sys.setrecursionlimit(limit)


def people(count: int, parents: list[int | None] | None = None) -> list[int]:
    conn = connection()
    with store.transaction():
        first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
        ids = list(range(first, first + count))
        bulk_insert(
            conn,
            "contact",
            ["id", "uid", "display_name", "sort_name", "date_added"],
            [(i, f"u{i}", f"P {i:05d}", f"p {i:05d}", "2026-11-01") for i in ids],
        )
        if parents is not None:
            bulk_insert(
                conn,
                "referral",
                ["referred_id", "referrer_id"],
                [(i, p) for i, p in zip(ids, parents, strict=True) if p is not None],
            )
    return ids


def chain(length: int) -> list[int]:
    """A chain of introductions, root first."""
    conn = connection()
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    return people(length, [None] + [first + i for i in range(length - 1)])


def test_a_5000_deep_chain_is_walked_up_and_down_without_recursion(
    db: Path, shallow_stack: None
) -> None:
    ids = chain(DEEP)
    bottom, top = ids[-1], ids[0]
    assert referrals.chain_up(bottom) == ids[::-1]
    parents = referrals.ancestors([bottom])
    assert len(parents) == DEEP and parents[top] is None and parents[bottom] == ids[-2]
    assert [r[0] for r in referrals.path_rows(bottom)] == ids
    assert tree.descendant_counts([top, ids[DEEP // 2]]) == {
        top: DEEP - 1,
        ids[DEEP // 2]: DEEP - DEEP // 2 - 1,
    }
    assert referrals.generation_sizes() == [1] * DEEP
    # Below the middle of the chain hangs one subtree: the rest of the chain.
    assert tree.subtrees_off(ids[: DEEP // 2]) == [(ids[DEEP // 2], ids[DEEP // 2 - 1], DEEP // 2)]


def test_ancestors_of_many_are_walked_once(db: Path) -> None:
    ids = chain(300)
    parents = referrals.ancestors(ids)  # every one of them: each link once, not 300 times
    assert len(parents) == 300
    rows = list(tree.with_ancestors(ids[::7]))  # the deepest one is ids[294]
    assert sorted(node[0] for _, node in rows) == ids[:295]


def test_a_loop_in_a_damaged_database_ends_the_walks(db: Path) -> None:
    a, b, c = people(3)
    conn = connection()
    conn.execute("PRAGMA foreign_keys = OFF")
    with store.transaction():
        bulk_insert(conn, "referral", ["referred_id", "referrer_id"], [(a, b), (b, c), (c, a)])
    assert referrals.chain_up(a) == [a, b, c]
    assert set(referrals.ancestors([a])) == {a, b, c}
    assert tree.descendant_counts([a]) == {a: 2}
    assert referrals.generation_sizes() == []  # nobody in a circle hangs from a root


def test_a_missing_contact_has_no_chain(db: Path) -> None:
    assert referrals.chain_up(42) == []
    assert referrals.ancestors([42]) == {}


def test_set_referrer_keeps_what_the_link_said(db: Path) -> None:
    a, b, c = people(3)
    info = ReferralInfo(a, date(2026, 2, 3), "knows the team", True)
    referrals.set_referral(c, info)
    assert referrals.set_referrer(c, b) == a
    assert referrals.referral_of(c) == ReferralInfo(b, date(2026, 2, 3), "knows the team", True)
    assert referrals.set_referrer(c, None) == b
    assert referrals.referral_of(c) is None and referrals.referrer_of(c) is None


def test_the_delete_rule_moves_people_up_the_chain(db: Path) -> None:
    root, middle, leaf, other = people(4)
    referrals.insert_referrals([(middle, root, None, "", False), (leaf, middle, None, "", False)])
    deleted = delete_contacts([middle])
    assert deleted.moved == (leaf,) and referrals.referrer_of(leaf) == root
    deleted = delete_contacts([root])
    assert deleted.moved == (leaf,) and referrals.referrer_of(leaf) is None
    assert referrals.referred_by(other) == []
