"""Date and time columns as Python values, however they were read.

Peewee gives a ``date`` or ``datetime`` for text it can parse and the text itself otherwise, and a
raw query always gives text; the readers in this package hand the rest of the app real dates.
"""

from __future__ import annotations

from datetime import date, datetime, time


def as_date(value: object) -> date | None:
    """The day ``value`` stands for; None for NULL or empty text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_date_or_none(value: object) -> date | None:
    """As :func:`as_date`, but None for a value that is no date (a damaged row reads on)."""
    try:
        return as_date(value)
    except ValueError:
        return None


def as_datetime(value: object) -> datetime:
    """The moment ``value`` stands for (midnight for a bare date)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.fromisoformat(str(value))
