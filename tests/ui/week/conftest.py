"""The week's page writes days and times as the locale does: these tests read British English.

The week's capacity is the process's: every test ends with the default one again, and
``roomy`` gives a test room for a whole demo week (to see every part of the page at once)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings

from netdesk.core.capacity import MAX_CALLS, MAX_MEETINGS, Capacity, set_capacity
from netdesk.ui.week.capacity import save_capacity

ROOMY = Capacity(MAX_CALLS, MAX_MEETINGS)


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def default_capacity() -> Iterator[None]:
    yield
    set_capacity(Capacity())


@pytest.fixture
def roomy(qsettings: QSettings) -> Capacity:
    """Room for every item of a demo week, kept in the settings (so a window built after reads
    it) and in use at once (for one built before)."""
    save_capacity(qsettings, ROOMY)
    return ROOMY
