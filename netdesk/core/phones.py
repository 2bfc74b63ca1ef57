"""Phone numbers compared as E.164 ("+14155550134"), whatever way they were written."""

from __future__ import annotations

import locale
import re
from functools import lru_cache

import phonenumbers

# "+1 415 555 0134", "+44-20-7946-0958": already international, only separators to drop.
_PLAIN_INTERNATIONAL = re.compile(r"\+[1-9][0-9 \-.\u00a0/]{6,20}")
_SEPARATORS = re.compile(r"[ \-.\u00a0/]")


def default_region() -> str:
    """The country numbers without a leading '+' are read in: the user's locale, else US."""
    try:
        name = locale.getlocale(locale.LC_CTYPE)[0] or locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    match = re.search(r"_([A-Z]{2})", name)
    return match.group(1) if match else "US"


@lru_cache(maxsize=65536)
def normalize_phone(number: str, region: str = "US") -> str:
    """E.164 form of ``number``, or "" when it is not a phone number at all."""
    text = number.strip()
    if not text:
        return ""
    if _PLAIN_INTERNATIONAL.fullmatch(text):
        digits = _SEPARATORS.sub("", text)
        if 8 <= len(digits) <= 16:
            return digits
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


NOT_A_NUMBER = "-"
"""Stored in ``contact_phone.e164`` for text that is no phone number ("" = not computed yet)."""


def phone_key(number: str, region: str | None = None) -> str:
    """What ``contact_phone.e164`` holds for ``number``: E.164, or :data:`NOT_A_NUMBER`."""
    return normalize_phone(number, region or _region()) or NOT_A_NUMBER


@lru_cache(maxsize=1)
def _region() -> str:
    return default_region()
