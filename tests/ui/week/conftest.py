"""The week's page writes days and times as the locale does: these tests read British English.

The week's capacity is kept with the network (each test's database starts with the default
one); ``roomy`` gives a test room for a whole demo week (to see every part of the page at
once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from netdesk.core.capacity import MAX_CALLS, MAX_MEETINGS, Capacity
from netdesk.ui.week.capacity import save_capacity

ROOMY = Capacity(MAX_CALLS, MAX_MEETINGS)


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def roomy(db: Path) -> Capacity:
    """Room for every item of a demo week, kept with the test's network."""
    save_capacity(ROOMY)
    return ROOMY
