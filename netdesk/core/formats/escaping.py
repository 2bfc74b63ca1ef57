"""What NetDesk's writers may put in a file: the stored text, never structure.

Stored values come from files, other programs and people's typing, so they may hold anything:
line breaks, control characters, quotes, the separators of a format, the start of a spreadsheet
formula. Every value a writer (vCard, CSV, iCalendar) puts out goes through one of these
functions, so that no value can end a line, start another property or card, or run as a formula.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# C0 controls (tab stays; line breaks are turned into "\n" first), DEL, C1 controls (NEL is a line
# break) and lone surrogates, which no encoder can write. Several of these end a line for
# programs that split text with str.splitlines() (VT, FF, FS, GS, RS, NEL).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters or lone surrogates, every line break as "\\n"."""
    if text.isprintable():  # no control, separator or surrogate at all: the common case
        return text
    return _UNWRITABLE.sub("", _LINE_BREAK.sub("\n", text))


# vCard (RFC 6350 for 4.0, RFC 2426 for 3.0) --------------------------------------------------


_TEXT_SPECIAL = re.compile(r"[\\,;\n]")


def vcard_text(text: str) -> str:
    """A TEXT value or one component of a structured value (N, ADR, ORG): backslash, comma,
    semicolon and line breaks escaped, so none of them can be read as structure."""
    text = clean_text(text)
    if not _TEXT_SPECIAL.search(text):
        return text
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


# Whitespace, controls and the backslash have no place in a URI (RFC 3986); they are
# percent-encoded so that a URL still leads where it led, on one line.
_NOT_IN_URI = re.compile(r"[\s\x00-\x1f\x7f-\x9f\\\u200b\u2028\u2029\ufeff]")


def vcard_uri(text: str) -> str:
    """A URI value (URL, PHOTO data): nothing in it can break the line or be unescaped."""
    text = _SURROGATE.sub("", text)
    if not _NOT_IN_URI.search(text):
        return text
    return _NOT_IN_URI.sub(lambda m: quote(m.group(), safe=""), text)


_PARAM_SPECIAL = re.compile(r'[;:,"^\s]')


def vcard_param(value: str, version: str = "4.0") -> str:
    """A parameter value (TYPE=...), quoted when it holds ``;``, ``:`` or ``,``.

    vCard 4.0 encodes the characters a quoted value cannot hold with RFC 6868's carets (``^n``
    a line break, ``^'`` a double quote, ``^^`` a caret); vCard 3.0 has no such encoding, so
    there a line break becomes a space and a double quote a single one.
    """
    value = clean_text(value)
    if not _PARAM_SPECIAL.search(value):
        return value
    if version == "4.0":
        value = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    else:
        value = value.replace("\n", " ").replace('"', "'")
    return f'"{value}"'


# CSV ------------------------------------------------------------------------------------------

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP "CSV injection").
# A spreadsheet may also split NetDesk's comma-separated file on another list separator: ';'
# where the decimal sign is a comma (German, French, Dutch... Excel and LibreOffice), a tab or
# '|'; quoting does not help there, since such a reader takes the quotes of the comma reading
# for text and starts a field after every ';' of a cell, and a line break in a cell ends its
# row. So every piece of a cell that such a split would start (the cell's start and what follows
# one of these separators), once spaces and quotes before it are skipped, must not begin a
# formula. NetDesk puts an apostrophe in front of such a piece; one more goes in front of a
# piece that already begins with apostrophes and then a formula, so that reading takes exactly
# one away again.
_PIECE_START = r"(?:^|(?<=[;\t|\n]))"
_STARTS_FORMULA = r"(?='*[ \"]*[=+\-@\t\r])"
_FORMULA = re.compile(_PIECE_START + _STARTS_FORMULA)
_GUARD = re.compile(_PIECE_START + "'" + _STARTS_FORMULA)


def csv_cell(text: str, *, raw: bool = False) -> str:
    """A CSV cell: control characters removed and, unless ``raw``, formulas neutralised, at
    the cell's start and after every separator a spreadsheet may split it on."""
    text = clean_text(text)
    if raw:
        return text
    return _FORMULA.sub("'", text)


def csv_unguard(text: str) -> str:
    """A cell as it was before :func:`csv_cell` (or a spreadsheet) put its apostrophes in."""
    if "'" not in text:
        return text
    return _GUARD.sub("", text)
