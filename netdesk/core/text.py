"""Text helpers shared by search, sorting and matching."""

from __future__ import annotations

import re
import unicodedata

# Words as FTS5's unicode61 tokenizer sees them: runs of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """A sort and match key that ignores case and accents: "Müller" -> "muller"."""
    if text.isascii():  # nothing to decompose (the common case, and 10x faster)
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def fts_query(text: str) -> str:
    """Turn what a person typed into an FTS5 prefix query that cannot be a syntax error.

    Every word becomes a quoted prefix term and all must match, so "mul an" finds "Anna Müller"
    and "john.sm" finds john.smith@example.com. FTS5 operators and quotes typed by the user are
    taken literally. Returns "" when nothing searchable was typed.
    """
    words = _TOKEN.findall(unicodedata.normalize("NFC", text))
    return " ".join(f'"{word}"*' for word in dict.fromkeys(words))


def scrub_surrogates(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD.

    Decoders make them from broken input (UTF-7, a ``surrogateescape`` handler); SQLite and a
    UTF-8 file cannot hold them, so one in an imported name would abort the import's write or a
    later export. Readers pass what they decode through here."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def display_name_from(given: str, family: str) -> str:
    return " ".join(part for part in (given.strip(), family.strip()) if part)


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Explicit embeddings, overrides and isolates: what can reorder text after them."""


def isolate_bidi(text: str) -> str:
    """``text`` ready to sit inside a sentence: a name holding explicit direction controls
    (a right-to-left override, say) is wrapped in a first-strong isolate, so it cannot reorder
    the words around it. Text without such controls is returned unchanged."""
    if _BIDI_CONTROLS.isdisjoint(text):
        return text
    return f"\u2068{text}\u2069"


_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+")
"""Control characters (tabs, escapes, line breaks) and stray surrogates: boxes on screen, and
characters an XML file (an exported SVG) cannot hold even escaped."""


def one_line(text: str, limit: int = 80) -> str:
    """``text`` as a label drawn on one line beside other words: every run of control characters
    (line breaks included) a single space, at most ``limit`` characters (the rest an ellipsis),
    direction controls isolated (:func:`isolate_bidi`)."""
    cleaned = _LINE_BREAKING.sub(" ", text)
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return isolate_bidi(cleaned)
