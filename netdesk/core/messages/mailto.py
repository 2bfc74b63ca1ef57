"""``mailto:`` links (RFC 6068) that open the user's mail program with the message in it.

Everything that is not an unreserved character (letters, digits, ``-._~``) is percent-encoded as
UTF-8, in the addresses and in the subject and body: a space is ``%20`` and a ``+`` is ``%2B``
(mail programs and ``urllib.parse.parse_qs`` read a bare ``+`` in a query as a space), ``&``,
``=``, ``?``, ``#`` and ``%`` cannot end or split a field, so no text can add a header (a
``cc``, a second body) to the link. A body's line breaks are ``%0D%0A`` as RFC 6068 asks; a
subject is one line. A non-ASCII domain is written as IDNA A-labels (``xn--…``), which RFC 6068
allows beside percent-encoded UTF-8 and which mail programs without IDN support still send; a
non-ASCII local part can only be percent-encoded UTF-8.

Mail handlers cut long links: Windows passes about 2,000 characters to the mail program
(Outlook with any browser takes 2,046, Internet Explorer's URL limit is 2,083), Gmail's handler
fails from about 1,600. :func:`mailto` keeps a link under ``max_length`` (2,000 by default) by
shortening the body at a word and ending it with a marker; the Compose dialog then puts the
whole text on the clipboard for the user to paste (``MailtoLink.truncated``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from netdesk.core.formats.escaping import clean_text

MAILTO_SAFE_LENGTH = 2000
TRUNCATION_MARKER = "\n[…]"
"""Ends a shortened body: the user pastes the whole text from the clipboard over it."""


class AddressError(ValueError):
    """Something given as an e-mail address that a link cannot carry as one."""


@dataclass(frozen=True, slots=True)
class MailtoLink:
    url: str
    truncated: bool
    """The body was shortened to keep the link openable: put the full text on the clipboard."""
    limit: int | None

    @property
    def fits(self) -> bool:
        """Short enough for every mail handler; when not even the addresses and subject fit,
        the dialog should offer only copying."""
        return self.limit is None or len(self.url) <= self.limit


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _address(text: str) -> str:
    """One address from what a person typed: "Anna Müller <anna@example.de>" or the bare one."""
    value = text.strip()
    if value.endswith(">") and "<" in value:
        value = value[value.rindex("<") + 1 : -1].strip()
    if "@" not in value or _CONTROL.search(value):
        raise AddressError(f"{text.strip()!r} is not an e-mail address.")
    local, domain = value.rsplit("@", 1)
    if not local or not domain or any(ch.isspace() for ch in domain):
        raise AddressError(f"{text.strip()!r} is not an e-mail address.")
    if not local.startswith('"') and any(ch.isspace() for ch in local):
        raise AddressError(f"{text.strip()!r} is not an e-mail address.")
    return quote(local, safe="") + "@" + _domain(domain)


def _domain(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.isascii():
            labels.append(quote(label, safe=""))
        else:
            label = unicodedata.normalize("NFC", label).lower()
            try:
                labels.append("xn--" + label.encode("punycode").decode("ascii"))
            except UnicodeError:
                labels.append(quote(label, safe=""))
    return ".".join(labels)


def addresses(to: str | Sequence[str]) -> list[str]:
    """The addresses in ``to`` (a comma-separated text or a list), each encoded for the link."""
    items = _split(to) if isinstance(to, str) else [a for item in to for a in _split(item)]
    return [_address(item) for item in items]


def _split(text: str) -> list[str]:
    """Split at commas outside quotes and angle brackets."""
    parts: list[str] = []
    current: list[str] = []
    quoted = angle = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle = True
        elif ch == ">" and not quoted:
            angle = False
        if ch == "," and not quoted and not angle:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in (part.strip() for part in parts) if p]


def _encode(text: str) -> str:
    return quote(text, safe="")


def _subject(text: str) -> str:
    return " ".join(clean_text(text).split())


def _body(text: str) -> str:
    """Line breaks as CRLF (RFC 6068 section 5), no other control characters but tabs."""
    return clean_text(text).replace("\r\n", "\n").replace("\n", "\r\n")


def _url(to: list[str], subject: str, body: str) -> str:
    fields = []
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        fields.append("body=" + _encode(body))
    query = "?" + "&".join(fields) if fields else ""
    return "mailto:" + ",".join(to) + query


def mailto(
    to: str | Sequence[str],
    subject: str = "",
    body: str = "",
    *,
    max_length: int | None = MAILTO_SAFE_LENGTH,
    marker: str = TRUNCATION_MARKER,
) -> MailtoLink:
    """A ``mailto:`` link to ``to`` (one address, several, or none) with subject and body.

    With ``max_length`` (``None``: no limit) a body that would make the link longer is
    shortened at a word and ends with ``marker``. Raises :class:`AddressError` for something
    that is not an e-mail address."""
    recipients = addresses(to)
    subject_text, body_text = _subject(subject), _body(body)
    url = _url(recipients, subject_text, body_text)
    if max_length is None or len(url) <= max_length:
        return MailtoLink(url, False, max_length)
    end_marker = _body(marker)
    low, high = 0, len(body_text)  # the longest prefix that fits lies in [low, high)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_url(recipients, subject_text, _cut(body_text, middle) + end_marker)) <= max_length:
            low = middle
        else:
            high = middle - 1
    return MailtoLink(
        _url(recipients, subject_text, _cut(body_text, low) + end_marker), True, max_length
    )


def _cut(text: str, length: int) -> str:
    """``text`` shortened to at most ``length`` characters, at a word when one is near, never
    inside a character made of several (a letter and its accents, an emoji sequence)."""
    if length >= len(text):
        return text
    cut = text[:length]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= max(0, length - 40):
        cut = cut[:space]
    else:
        while cut and (
            unicodedata.combining(text[len(cut)])
            or text[len(cut)] in "\u200d\ufe0e\ufe0f"
            or cut[-1] == "\u200d"
            or 0x1F3FB <= ord(text[len(cut)]) <= 0x1F3FF
        ):
            cut = cut[:-1]
    return cut.rstrip()
