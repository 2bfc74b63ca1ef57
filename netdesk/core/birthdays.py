"""Birthdays, kept as ISO text: ``1985-04-15``, or ``--04-15`` when the year is not known.

Address books often know the day but not the year (vCard 4.0 writes ``--0415``, Apple a
placeholder year 1604), so a birthday cannot be a plain date.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")
_SPELLED = re.compile(
    r"(\d{1,2})\.?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})|([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})"
)
_STORED = re.compile(r"(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}")
_PLACEHOLDER = re.compile(r"0+[./-]0+[./-]0+")  # Outlook's "0/0/00": no birthday
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
APPLE_NO_YEAR = 1604
"""The year Apple writes for a birthday without one (with ``X-APPLE-OMIT-YEAR=1604``)."""


def parse_birthday(text: str, *, no_year: bool = False) -> str | None:
    """The ISO form of a birthday as vCard, Outlook, Google, LinkedIn or a person writes it:
    ``1985-04-15``, ``19850415``, ``--0415``, with or without a time of day, ``4/15/1985``
    (month first, as Outlook and Google write it), ``15.04.1985``, ``15 Apr 1985`` or
    ``April 15, 1985``. "" when empty or a placeholder, None when not understood or no date."""
    text = text.strip()
    if not text or _PLACEHOLDER.fullmatch(text):
        return ""
    if "T" in text[8:]:
        text = text[: text.index("T", 8)]
    year: int | None
    if found := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in found.groups())
    elif found := _NO_YEAR.fullmatch(text):
        year, (month, day) = None, (int(g) for g in found.groups())
    elif found := _US.fullmatch(text):
        month, day, year = (int(g) for g in found.groups())
    elif found := _DOTTED.fullmatch(text):
        day, month, year = (int(g) for g in found.groups())
    elif found := _SPELLED.fullmatch(text.lower()):
        day_text, name, year_text = found.group(1, 2, 3) if found.group(1) else found.group(5, 4, 6)
        if name not in _MONTHS:
            return None
        day, month, year = int(day_text), _MONTHS[name], int(year_text)
    else:
        return None
    if no_year or year == APPLE_NO_YEAR:
        year = None
    try:
        date(year or 2000, month, day)  # 2000 has a 29 February
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def is_birthday(text: str) -> bool:
    """Whether ``text`` is a birthday in the form NetDesk stores (what :func:`parse_birthday`
    gives); a writer leaves anything else out, as only a damaged row can hold it."""
    return bool(_STORED.fullmatch(text)) and parse_birthday(text) == text
