"""Which charset 8-bit contact text is in: files, CHARSET parameters and guesses.

Address books exported on Windows hold raw Windows-1252 (or a DOS code page) with nothing that
says so, and a short card gives a statistical guesser too little to go on: charset-normalizer
reads "München" as Urdu (cp1006) or "Café" as UTF-16. Text that reads as a Western European
language in Windows-1252 (or, failing that, DOS code page 850) is taken as such; anything else,
Cyrillic, Greek, CJK, is left to the guesser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from functools import lru_cache

_CHARSET_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
}

# Codecs Python calls text encodings that are no charset: they raise on any input, interpret
# backslash escapes (and so make lone surrogates), or encode host names.
_NOT_CHARSETS = {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "charmap"}


@lru_cache(maxsize=256)
def text_codec(name: str) -> str | None:
    """The codec for a CHARSET name, or None when Python has none or it is no text encoding
    (``hex``, ``zlib``, ``rot13``, ``undefined``, ``unicode_escape``...)."""
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# What Western European text holds beyond ASCII besides letters, by where it may stand: next
# to letters anywhere; next to letters but not between two (DOS code pages have letters where
# Windows-1252 has quotes and dashes: "J\x94rg" is "J”rg"); after a word but not before one;
# and never touching a letter (Polish "ł" read as Windows-1252 is "³").
_ANYWHERE = frozenset("’·´\xad\xa0")
_NOT_BETWEEN = frozenset("‚„…‹›‘“”•–—«»¡¿°")
_AFTER = frozenset("™®©")
_APART = frozenset("€£¥¢§±×÷¼½¾¹²³¶¨")
# The letters a DOS code page 850 file of Western European text has (it has many more, which
# other 8-bit text read as 850 gives).
_DOS_LETTERS = frozenset("äöüÄÖÜßéèêëÉàâáÀÁÂíìîïÍóòôõÓÔúùûÚñÑçÇåÅæÆøØÿ")


def reads_as_western(text: str, letters: frozenset[str] | None = None) -> bool:
    """Whether 8-bit text read in a Western code page looks like a Western European language:
    beyond ASCII only letters (of ``letters`` when given) and typographic signs where they
    belong, and the letters beyond ASCII at most half of all letters and never more than two
    side by side. Cyrillic, Greek, Hebrew or Arabic bytes read that way give words of nothing
    else, CJK bytes signs between letters."""
    extra = 0
    for run in _NON_ASCII.finditer(text):
        chunk = run.group()
        side = 0
        for k, ch in enumerate(chunk):
            if ch.isalpha():
                extra += 1
                side += 1
                if side > 2 or (letters is not None and ch not in letters):
                    return False
                continue
            side = 0
            if ch in _ANYWHERE:
                continue
            before = (chunk[k - 1] if k else text[run.start() - 1 : run.start()]).isalpha()
            after = (
                chunk[k + 1] if k + 1 < len(chunk) else text[run.end() : run.end() + 1]
            ).isalpha()
            if ch in _NOT_BETWEEN:
                if before and after:
                    return False
            elif ch in _AFTER:
                if after:
                    return False
            elif ch not in _APART or before or after:
                return False
    return extra * 2 <= sum(map(str.isalpha, text))


_SAVE_AS_CSV = "save it as CSV first"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\0", "a SQLite database (open a NetDesk one with File > Open database...)"),
    (b"PK\x03\x04", f"a ZIP archive, such as an Excel or LibreOffice workbook ({_SAVE_AS_CSV})"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"an old Office file, such as an .xls ({_SAVE_AS_CSV})"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive (unpack it first)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
"""How files that are not text begin, and what to call them."""


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it begins as a file that is not text does (a database, a
    workbook, a PDF, an image), said so that the user knows what to do; None otherwise.

    Only signatures count: zeros are no sign (UTF-16, CJK text in UTF-16 without a BOM, a block
    of zeros a damaged copy left in the middle of good cards), and a text file never begins
    with one of these.
    """
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def decode_text_file(data: bytes) -> tuple[bytes, bool]:
    """Turn UTF-16 (with or without BOM) and UTF-8 with BOM into plain UTF-8 bytes.

    Zero bytes at the end are padding (a preallocated file on an SD card, a copy cut short),
    never text, so they are dropped and do not count as a sign of UTF-16: UTF-16 without a BOM
    is told by its zeros standing on one byte parity only, as they do in Latin text.
    Returns the bytes and whether the file's encoding is certain (then CHARSET is ignored).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].rstrip(b"\0"), True
    text = data.rstrip(b"\0")
    if len(text) % 2 and len(text) < len(data):
        text += b"\0"  # the high byte of a last UTF-16 LE character
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        return text.decode("utf-16", "replace").encode("utf-8"), True
    head = text[:4000]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if len(head) >= 4 and (even + odd) * 3 > len(head) and min(even, odd) * 10 <= max(even, odd):
        codec = "utf-16-be" if even > odd else "utf-16-le"
        usable = len(text) - len(text) % 2
        return text[:usable].decode(codec, "replace").encode("utf-8"), True
    return data.rstrip(b"\0"), False


def guess_charset(samples: Sequence[bytes]) -> str:
    """The most likely 8-bit charset of text that is not UTF-8: Windows-1252 or DOS 850 when
    the text reads as a Western European language there, else charset-normalizer's guess."""
    if not samples:
        return "utf-8"
    from charset_normalizer import from_bytes

    joined = b"\n".join(samples)
    # Short Japanese text is often taken for Korean (both are valid double-byte text). Japanese
    # almost always has kana, which Korean bytes read as Shift_JIS never give (they come out as
    # half-width katakana), so kana settle it.
    try:
        japanese = joined.decode("cp932")
    except UnicodeDecodeError:
        japanese = ""
    if sum(1 for ch in japanese if "\u3040" <= ch <= "\u30ff") >= 2 and not any(
        "\uff61" <= ch <= "\uff9f" for ch in japanese
    ):
        return "cp932"
    try:
        if reads_as_western(joined.decode("cp1252")):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    if reads_as_western(joined.decode("cp850"), _DOS_LETTERS):
        return "cp850"
    best = from_bytes(joined).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return "cp1252"
    return str(best.encoding)
