"""Dates and numbers are written the user's way: QLocale's names and separators, never
strftime's English months or Python's "1,234"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from netdesk.ui.formatting import format_date, format_date_time, format_decimal, format_number


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_english_dates_and_numbers() -> None:
    assert format_date(date(2026, 12, 9)) == "Wed 9 Dec 2026"
    assert format_date_time(datetime(2026, 12, 9, 14, 30)) == "Wed 9 Dec 2026 14:30"
    assert format_number(1234567) == "1,234,567"
    assert format_decimal(0.5) == "0.5"


def test_german_month_names_and_separators(german: None) -> None:
    assert format_date(date(2026, 12, 9)) == "Mi. 9 Dez. 2026"  # the format is translated too
    assert format_number(1234567) == "1.234.567"
    assert format_decimal(0.5) == "0,5"
