"""What writers report: the store's change events recorded while a block runs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

from netdesk.models import Changes, Topic, store


@contextlib.contextmanager
def recorded() -> Iterator[list[Changes]]:
    """The :class:`Changes` every commit inside the block reported, in order.

    Set-up written before it outside a transaction (as :mod:`tests.helpers.rows` writes) is
    looked for first: the store cannot tell such writes from another program's, and would
    otherwise report them at the block's first write.
    """
    store.poll_external()
    seen: list[Changes] = []
    unsubscribe = store.changes.subscribe(seen.append)
    try:
        yield seen
    finally:
        unsubscribe()


def reported(seen: list[Changes]) -> Mapping[Topic, frozenset[int] | None]:
    """The topics (with their ids) of the one commit that happened; fails if there were more."""
    assert len(seen) == 1, f"expected one commit, got {len(seen)}: {seen}"
    assert not seen[0].external
    return seen[0].topics
