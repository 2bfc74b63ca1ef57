"""The referral forest as a tree view needs it: pages of roots and children, counts, paths, filters.

Everything is iterative: recursive CTEs in SQLite, loops in Python. A chain of introductions 5,000
people deep is walked like a list, never with Python recursion.

Descendant counts are computed for the rows being shown, never for the whole forest. Siblings
have disjoint subtrees, so counting under one page of siblings costs at most the size of those
subtrees. For a set of nested nodes (a path from a root down to a contact, or the ancestors
revealed by a filter) :func:`closed_descendant_counts` counts each subtree hanging off the set
once and adds the results up the set in Python, which keeps a 5,000-deep path linear instead of
quadratic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from netdesk.core.contacts import set_referral
from netdesk.core.text import fts_query
from netdesk.core.week_plan import REFERRALS_PER_MEETING_GOAL
from netdesk.models import referrals as referrals_data
from netdesk.models import tree as tree_data
from netdesk.models.records import ReferralInfo
from netdesk.models.referrals import chain_up

ROOTS_PAGE = 300
CHILDREN_PAGE = 1000


class NodeRow(NamedTuple):
    """One person as the tree shows them (a tuple: thousands are built per path or page)."""

    id: int
    name: str
    organization: str
    status: str
    lead: str
    sort_key: str
    direct: int
    """How many people they referred."""

    @property
    def key(self) -> tuple[str, int]:
        """Position among siblings: by name, then id (keyset paging)."""
        return (self.sort_key, self.id)


_row = NodeRow._make
"""A NodeRow from a person's values as the data layer reads them (ints and strings)."""


def root_count() -> int:
    """People nobody referred."""
    return tree_data.root_count()


def roots(
    after: tuple[str, int] | None = None,
    limit: int = ROOTS_PAGE,
    upto: tuple[str, int] | None = None,
) -> list[NodeRow]:
    """People you knew directly, by name, after ``after`` (a :attr:`NodeRow.key`).

    ``limit`` of them, or with ``upto`` every one up to that key (and at least ``limit``).
    """
    return [_row(r) for r in tree_data.roots(after, limit, upto)]


def children(
    parent_id: int,
    after: tuple[str, int] | None = None,
    limit: int = CHILDREN_PAGE,
    upto: tuple[str, int] | None = None,
) -> list[NodeRow]:
    """The people ``parent_id`` referred, by name; paged like :func:`roots`."""
    return [_row(r) for r in tree_data.children(parent_id, after, limit, upto)]


def children_through(
    wanted: Iterable[tuple[int, int | None]], at_least: int = CHILDREN_PAGE
) -> dict[int, list[NodeRow]]:
    """For many parents at once: each parent's first children, far enough to hold the wanted ones.

    ``wanted`` holds ``(parent, child)`` pairs (child None: just the first page). Each parent gets
    at least ``at_least`` children, more when a wanted child comes later. One query for any
    number of parents, nested or not: how a path thousands of levels deep loads at once.
    """
    pairs = list(wanted)
    if not pairs:
        return {}
    waiting: dict[int, set[int]] = {}
    for parent, child in pairs:
        waiting.setdefault(parent, set())
        if child is not None:
            waiting[parent].add(child)
    result: dict[int, list[NodeRow]] = {}
    for parent, values in tree_data.children_of(waiting):
        kids = result.setdefault(parent, [])
        pending = waiting[parent]
        if len(kids) < at_least or pending:
            kids.append(_row(values))
            pending.discard(kids[-1].id)
    return result


def direct_count(contact_id: int) -> int:
    return tree_data.direct_count(contact_id)


def descendant_counts(ids: Iterable[int]) -> dict[int, int]:
    """Everyone below each of ``ids`` (referred by them, by those, ...).

    Meant for siblings (disjoint subtrees): the cost is the total size of those subtrees. For
    nested ids use :func:`closed_descendant_counts`.
    """
    ids = list(ids)
    if not ids:
        return {}
    return tree_data.descendant_counts(ids)


def closed_descendant_counts(parents: dict[int, int | None]) -> dict[int, int]:
    """Descendant counts for a set closed under "referrer of" and for its children outside it.

    ``parents`` maps each id of the set to its referrer (None for a root; every referrer that is
    not None must be in the set too). Each subtree hanging off the set is counted once in SQLite;
    the totals are then added up the set from the deepest node, without recursion.
    """
    if not parents:
        return {}
    counts: dict[int, int] = dict.fromkeys(parents, 0)
    for top, referrer, size in tree_data.subtrees_off(parents):
        counts[top] = size - 1
        counts[referrer] += size
    # Add each member into its referrer, deepest first: a member is ready once all of its
    # children inside the set have been added into it.
    waiting: dict[int, int] = dict.fromkeys(parents, 0)
    for parent in parents.values():
        if parent is not None:
            waiting[parent] += 1
    ready = [node for node, n in waiting.items() if n == 0]
    while ready:
        node = ready.pop()
        parent = parents[node]
        if parent is None:
            continue
        counts[parent] += counts[node] + 1
        waiting[parent] -= 1
        if waiting[parent] == 0:
            ready.append(parent)
    return counts


def ancestors(contact_id: int) -> list[int]:
    """The ids from a root down to ``contact_id`` (included); empty when it does not exist."""
    return list(reversed(chain_up(contact_id)))


def rows_for(ids: Iterable[int]) -> dict[int, NodeRow]:
    ids = list(ids)
    if not ids:
        return {}
    return {r.id: r for r in map(_row, tree_data.rows_for(ids))}


# Filtering ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilteredForest:
    """The people matching a search, with everyone on their paths back to someone you knew."""

    matches: frozenset[int]
    total_matches: int
    """All matches, of which only the first ``len(matches)`` (by name) are shown."""
    parents: dict[int, int | None]
    """Every shown id with its referrer (None for roots)."""
    children: dict[int, list[NodeRow]]
    """Shown children by parent id, 0 for the roots, in name order."""
    descendants: dict[int, int]


MATCH_LIMIT = 500


def filter_forest(text: str, limit: int = MATCH_LIMIT) -> FilteredForest | None:
    """The first ``limit`` people (by name) matching ``text`` plus their ancestors.

    None when ``text`` holds nothing to search for.
    """
    match = fts_query(text)
    if not match:
        return None
    total, hits = tree_data.search(match, limit)
    parents: dict[int, int | None] = {}
    kids: dict[int, list[NodeRow]] = {}
    for parent, values in tree_data.with_ancestors(hits):
        node = _row(values)
        parents[node.id] = parent
        kids.setdefault(parent or 0, []).append(node)
    return FilteredForest(
        matches=frozenset(hits),
        total_matches=total,
        parents=parents,
        children=kids,
        descendants=closed_descendant_counts(parents),
    )


# Re-parenting ------------------------------------------------------------------------------------


def referral_of(contact_id: int) -> ReferralInfo | None:
    """Who referred ``contact_id`` and how, or None for someone you knew directly."""
    return referrals_data.referral_of(contact_id)


def restore_referral(contact_id: int, info: ReferralInfo | None) -> None:
    """Put back a referral exactly as :func:`referral_of` described it (undo of a move)."""
    if info is None:
        referrals_data.remove_referral(contact_id)
    else:
        set_referral(contact_id, info)


# Network numbers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkNumbers:
    meetings_held: int
    referrals_from_meetings: int
    generations: list[int]
    """How many people each generation holds: people you knew, their referrals, ..."""
    goal: int = REFERRALS_PER_MEETING_GOAL

    @property
    def referrals_per_meeting(self) -> float | None:
        if not self.meetings_held:
            return None
        return self.referrals_from_meetings / self.meetings_held

    @property
    def depth(self) -> int:
        """Generations below the people you knew (0: nobody referred anyone yet)."""
        return max(0, len(self.generations) - 1)


def network_numbers(now: datetime | None = None) -> NetworkNumbers:
    """Referrals obtained per meeting held (the goal is two), and the size of each generation."""
    held, obtained = tree_data.meeting_numbers(now or datetime.now())
    return NetworkNumbers(held, obtained, referrals_data.generation_sizes())
