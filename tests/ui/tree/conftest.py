"""The family the tree's tests look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core.contacts import set_referrer
from tests.core.test_tree import add_people


@pytest.fixture
def family(db: Path) -> dict[str, int]:
    """Sara referred John and Carl; John referred Anna; Bob was known directly."""
    sara, john, anna, bob, carl = add_people(
        ["Sara Smith", "John Public", "Anna Árvai", "Bob Brown", "Carl Clark"],
        [None] * 5,
    )
    set_referrer(john, sara)
    set_referrer(carl, sara)
    set_referrer(anna, john)
    return {"sara": sara, "john": john, "anna": anna, "bob": bob, "carl": carl}
