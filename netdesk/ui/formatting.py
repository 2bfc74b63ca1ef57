"""Dates, times and numbers as the user's language writes them.

Each format is a text to translate (German writes "Mi., 9. Dez. 2026", English "Wed 9 Dec 2026")
applied with ``QLocale``, which supplies the day and month names: never ``strftime``, whose
names are always English here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def date_format() -> str:
    """The format of a day with its weekday, for text and for date fields."""
    return QCoreApplication.translate("Dates", "ddd d MMM yyyy")


def date_time_format() -> str:
    """The format of a day with its weekday and a time of day."""
    return QCoreApplication.translate("Dates", "ddd d MMM yyyy HH:mm")


def format_date(day: date) -> str:
    """ "Wed 9 Dec 2026" in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def format_date_time(moment: datetime) -> str:
    """ "Wed 9 Dec 2026 14:30" in the user's language."""
    qt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(qt, date_time_format())


def number_locale() -> QLocale:
    """The locale numbers are written in: the bare ``C`` locale (no language set) still groups
    thousands, as NetDesk has always shown counts (the app makes this its default at start)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def format_number(value: int) -> str:
    """ "1,234" in English, "1.234" in German (never Python's ``f"{n:,}"``)."""
    return number_locale().toString(value)


def format_decimal(value: float, decimals: int = 1) -> str:
    """ "0.5" in English, "0,5" in German."""
    return number_locale().toString(value, "f", decimals)
