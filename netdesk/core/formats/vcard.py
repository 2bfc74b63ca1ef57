"""A tolerant vCard 2.1, 3.0 and 4.0 reader, and a vCard 3.0/4.0 writer.

Real address books are written by many programs, and few follow the RFCs: quoted-printable
values with soft line breaks that split a multi-byte character, a different CHARSET on every
line, raw 8-bit text with no charset at all, UTF-16 files, CR CR LF line ends, lower-case names,
group prefixes, truncated or nested cards, comments and garbage between cards. Strict parsers
(vobject, khard) refuse many of them, so NetDesk reads them itself, working on bytes so that each
value is decoded with the charset that applies to it. Whatever cannot be used is reported as a
:class:`Problem` (file, line, reason); nothing raises on bad input.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from netdesk.core.birthdays import APPLE_NO_YEAR, is_birthday, parse_birthday
from netdesk.core.formats.cards import (
    MAX_FIELD_BYTES,
    MAX_PHOTO_BYTES,
    ParsedCard,
    Problem,
    gc_paused,
)
from netdesk.core.formats.charsets import decode_text_file, guess_charset, text_codec
from netdesk.core.formats.escaping import clean_text, vcard_param, vcard_text, vcard_uri
from netdesk.core.formats.netdesk_fields import netdesk_properties, read_netdesk_property
from netdesk.core.names import written_name, written_parts
from netdesk.core.text import display_name_from, scrub_surrogates
from netdesk.models.records import Address, ContactData, Email, Link, Phone

_log = logging.getLogger(__name__)

# name[;param...]:value; quoted parameter values may hold ':' and ';'.
_HEAD = re.compile(rb'([^;:]*)((?:;(?:[^";:]|"[^"]*")*)*):')
_PARAM = re.compile(rb';((?:[^";]|"[^"]*")*)')
_MAX_HEAD = 16 * 1024
"""A property's name and parameters longer than this are no contact data (real ones are under
200 bytes); skipped, so that reading them costs no more memory than the file."""
# Control characters have no place in contact data (a NUL even ends text for SQLite); ESC stays
# for ISO-2022-JP. None of these bytes occurs inside a multi-byte character of UTF-8, Shift_JIS,
# GBK, Big5 or EUC, so they can go before anything is decoded.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=\s]+")
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_BARE_ENCODINGS = {b"QUOTED-PRINTABLE", b"BASE64", b"B", b"8BIT", b"7BIT"}
# RELATED types that describe family or the like, never "who introduced us".
_NOT_REFERRAL = {
    "spouse",
    "child",
    "parent",
    "sibling",
    "kin",
    "sweetheart",
    "emergency",
    "agent",
    "crush",
    "date",
    "me",
    "muse",
    "neighbor",
}
_REFERRER_LABELS = {"referrer", "referred by", "referral", "introduced by", "recommended by"}
_PHONE_LABELS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "other": "other",
}
_EMAIL_LABELS = {"work": "work", "home": "home", "other": "other"}
_MAX_PROBLEMS_PER_FILE = 200
_MB = MAX_FIELD_BYTES // 1024 // 1024


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    if "\\\\" not in text:
        text = text.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
        if "\\" not in text:
            return text
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def _split_components(text: str, separator: str = ";") -> list[str]:
    """Split a structured value (N, ORG, ADR; CATEGORIES on ',') on a separator that is not
    escaped; unescape each part."""
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == separator:
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(_unescape("".join(current)))
    return parts


def _clean_label(label: str) -> str:
    """Apple writes built-in labels as ``_$!<Mobile>!$_``."""
    label = label.strip()
    if label.startswith("_$!<") and label.endswith(">!$_"):
        label = label[4:-4]
    return label.strip()


def sniff_image(data: bytes) -> str:
    """The MIME type of a picture from its first bytes, or "" when it is not one we know."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"BM"):
        return "image/bmp"
    return ""


class _Prop(NamedTuple):
    name: str
    group: str
    params: dict[str, list[str]]
    value: bytes
    line: int
    qp: bool


class _Lines:
    """``data.splitlines()``, split a block at a time as the reader moves on: memory for one
    block's lines, not for every line of the file (a file of millions of one-byte lines cost
    16-40 times its size as a list of lines). Read in order, looking one line back at most."""

    BLOCK = 1 << 18  # 256 KB: its lines cost up to 15 times that while they are held

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.count = (
            data.count(b"\n")
            + data.count(b"\r")
            - data.count(b"\r\n")
            + (1 if data and not data.endswith((b"\n", b"\r")) else 0)
        )
        self.lines: list[bytes] = []
        self.first = 0  # the index of self.lines[0]
        self.end = 0  # how much of data is split

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> bytes:
        at = index - self.first
        if at >= len(self.lines):
            self._advance(index)
            at = index - self.first
        return self.lines[at]

    def _advance(self, index: int) -> None:
        drop = min(max(0, index - 1 - self.first), len(self.lines))  # keep one line back
        del self.lines[:drop]
        self.first += drop
        data = self.data
        while self.first + len(self.lines) <= index and self.end < len(data):
            cut = len(data)
            if self.end + self.BLOCK < len(data):
                newline = data.find(b"\n", self.end + self.BLOCK)
                ret = data.find(b"\r", self.end + self.BLOCK)
                found = [p for p in (newline, ret) if p >= 0]
                if found:
                    cut = min(found) + 1
                    if data[cut - 1 : cut] == b"\r" and data[cut : cut + 1] == b"\n":
                        cut += 1  # never between the two bytes of a CRLF
            self.lines.extend(data[self.end : cut].splitlines())
            self.end = cut
        if self.first + len(self.lines) <= index:
            raise IndexError(index)


_NO_PARAMS: dict[str, list[str]] = {}
_new_prop = tuple.__new__  # skips NamedTuple's Python-level __new__ in the hot loop


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.outside_reported = False
        self.settled = False
        self.labels: dict[tuple[int, int], str] = {}
        self.keep: list[object] = []
        self.problems: list[Problem] = []
        self.default_charset = "utf-8"
        self.certain = False
        self.samples: list[bytes] = []
        self.refused: set[str] = set()

    def problem(self, line: int, reason: str) -> None:
        if len(self.problems) < _MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, line, reason))
        elif len(self.problems) == _MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, line, "more problems in this file not listed"))

    # Pass 1: bytes to properties, grouped by card ---------------------------------------------

    def split_cards(self, data: bytes) -> list[tuple[int, int, list[_Prop], bool]]:
        """(order of BEGIN, line of BEGIN, properties, closed) for every card, nested included."""
        if b"\r\r\n" in data:
            data = data.replace(b"\r\r\n", b"\r\n")  # one line end, as editors show it
        lines = _Lines(data)
        count = len(lines)
        stack: list[tuple[int, int, list[_Prop]]] = []
        cards: list[tuple[int, int, list[_Prop], bool]] = []
        # Everything before the ':' repeats from card to card ("TEL;TYPE=CELL"): read it once.
        heads: dict[bytes, tuple[str, str, dict[str, list[str]], bool, bool]] = {}
        folded = (b" ", b"\t")
        certain = self.certain
        current: list[_Prop] | None = None
        begun = 0
        i = 0
        limit = MAX_FIELD_BYTES
        # The reads of every line index the current block directly: ``lines[i]`` is a Python
        # call (a fifth of the parse), made only when the block is used up. ``lines.lines`` is
        # one list, moved on in place, and ``i`` never goes back past ``lines.first``.
        block = lines.lines
        while i < count:
            first = lines.first  # the rarer reads below may have moved the block on
            try:
                raw = block[i - first]
            except IndexError:
                raw = lines[i]
                first = lines.first
            number = i + 1
            i += 1
            size = len(raw)
            if i >= count:
                following = b""
            else:
                try:
                    following = block[i - first]
                except IndexError:
                    following = lines[i]
                    first = lines.first
            if following.startswith(folded):
                # A bytearray, not a list to join: joining a million one-byte pieces takes
                # 80 bytes of bookkeeping per piece, a hundred times the value.
                unfolded = bytearray(raw)
                while True:
                    size += len(following) - 1
                    if size <= limit:
                        unfolded += memoryview(following)[1:]
                    i += 1
                    if i >= count:
                        break
                    try:
                        following = block[i - first]
                    except IndexError:
                        following = lines[i]
                        first = lines.first
                    if not following.startswith(folded):
                        break
                if size <= limit:
                    raw = bytes(unfolded)
                del unfolded
            colon = raw.find(b":")
            if colon < 0:
                if raw and not raw.isspace():
                    self.junk(raw[:200], number, current is not None)
                continue
            head = raw[:colon]
            info = heads.get(head)
            if info is None:
                if b'"' in head and size <= limit:
                    # Only the head is matched, within its bound: the regular expression needs
                    # memory for every character it repeats over (~100 bytes each).
                    match = _HEAD.match(raw, 0, _MAX_HEAD + 1)
                    if match is not None:
                        head = match.group(1) + match.group(2)
                        colon = len(head)
                    elif colon > _MAX_HEAD:
                        head = raw[: _MAX_HEAD + 1]
                if len(head) > _MAX_HEAD:
                    self.problem(
                        number, f"property with {len(head) // 1024:,} KB of parameters: skipped"
                    )
                    continue
                info = self.read_head(head)
                if b'"' not in head:
                    heads[head] = info
                else:
                    self.keep.append(info)  # label() remembers parameters by identity
            name, group, params, qp, b64 = info
            value = raw[colon + 1 :] if size <= limit else b""
            if name == "BEGIN":
                if value.strip().upper().startswith(b"VCARD"):
                    current = []
                    stack.append((begun, number, current))
                    begun += 1
                continue
            if name == "END":
                if value.strip().upper().startswith(b"VCARD") and stack:
                    order, start, props = stack.pop()
                    cards.append((order, start, props, True))
                    current = stack[-1][2] if stack else None
                continue
            if current is None:
                self.junk(raw[:200], number, False)
                continue
            if qp and i < count and (value if size <= limit else lines[i - 1]).endswith(b"="):
                # Soft line breaks: a value ending in '=' continues on the next physical line.
                joined = bytearray()
                tail = value
                while True:
                    following = lines[i]
                    if following.strip().upper() in (b"END:VCARD", b"BEGIN:VCARD"):
                        break
                    size += len(following) - 1
                    if size <= limit:
                        joined += memoryview(tail)[:-1]
                    tail = following
                    i += 1
                    if i >= count or not tail.endswith(b"="):
                        break
                joined += tail
                value = bytes(joined) if size <= limit else b""
                del joined
            elif b64 and i < count and lines[i] and _BASE64_LINE.fullmatch(lines[i]):
                # vCard 2.1 writers continue base64 on unindented lines up to a blank line.
                joined = bytearray(value)
                while i < count and lines[i] and _BASE64_LINE.fullmatch(lines[i]):
                    size += len(lines[i])
                    if size <= limit:
                        joined += lines[i]
                    i += 1
                value = bytes(joined) if size <= limit else b""
                del joined
            if size > limit:
                self.problem(
                    number, f"{name} of {size / 1024 / 1024:,.0f} MB (over {_MB} MB): skipped"
                )
                continue
            current.append(_new_prop(_Prop, (name, group, params, value, number, qp)))
            if not certain and not qp and not value.isascii() and "CHARSET" not in params:
                self.check_sample(value)
        while stack:
            order, start, props = stack.pop()
            cards.append((order, start, props, False))
        cards.sort(key=lambda c: c[0])
        return cards

    def read_head(self, head: bytes) -> tuple[str, str, dict[str, list[str]], bool, bool]:
        """Name, group, parameters, quoted-printable?, base64? of ``group.NAME;params``."""
        semi = head.find(b";")
        name_part, params_raw = (head[:semi], head[semi:]) if semi >= 0 else (head, b"")
        name_part = name_part.strip()
        if name_part.startswith(b"\xef\xbb\xbf"):  # files joined with `cat`, each with a BOM
            name_part = name_part[3:]
        group = ""
        dot = name_part.rfind(b".")
        if dot >= 0:
            group = name_part[:dot].decode("ascii", "replace").lower()
            name_part = name_part[dot + 1 :]
        name = name_part.decode("ascii", "replace").upper()
        if not params_raw:
            return name, group, _NO_PARAMS, False, False
        upper = params_raw.upper()
        return (
            name,
            group,
            self.parse_params(params_raw),
            b"QUOTED-PRINTABLE" in upper,
            b"BASE64" in upper or b"ENCODING=B" in upper,
        )

    def junk(self, raw: bytes, number: int, in_card: bool) -> None:
        if raw.lstrip().startswith(b"#"):
            return
        if in_card:
            shown = raw[:40].decode("utf-8", "replace").strip()
            self.problem(number, f"line without ':' ignored: {shown!r}")
        elif not self.outside_reported:
            self.outside_reported = True
            self.problem(number, "text outside a card ignored")

    def check_sample(self, value: bytes) -> None:
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            self.samples.append(value)

    @staticmethod
    def parse_params(raw: bytes) -> dict[str, list[str]]:
        params: dict[str, list[str]] = {}
        for item in _PARAM.findall(raw):
            item = item.strip()
            if not item:
                continue
            eq = item.find(b"=")
            if eq < 0:
                key = "ENCODING" if item.upper() in _BARE_ENCODINGS else "TYPE"
                values = [item.decode("utf-8", "replace")]
            else:
                key = item[:eq].strip().decode("utf-8", "replace").upper()
                values = [
                    v.strip().strip('"')
                    for v in item[eq + 1 :].decode("utf-8", "replace").split(",")
                ]
            params.setdefault(key, []).extend(v for v in values if v)
        return params

    # Pass 2: properties to contacts -------------------------------------------------------------

    def text(self, prop: _Prop) -> str:
        value = prop.value
        if not prop.qp and value.isascii():
            return value.decode("ascii")
        if prop.qp:
            try:
                value = binascii.a2b_qp(value)
            except (binascii.Error, ValueError):
                self.problem(prop.line, "damaged quoted-printable text read as is")
            if _CONTROL_BYTES.search(value):
                value = _CONTROL_BYTES.sub(b"", value)
        if value.isascii():
            return value.decode("ascii")
        if not self.certain:
            charsets = prop.params.get("CHARSET")
            if charsets:
                charset = self.charset(charsets[0], prop.line)
                if charset is not None:
                    try:
                        return scrub_surrogates(value.decode(charset))
                    except UnicodeDecodeError:
                        pass
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            if not self.settled:
                # Quoted-printable text only shows its bytes now: let it count in the guess.
                self.settled = True
                self.default_charset = guess_charset([*self.samples[:200], value])
            return scrub_surrogates(value.decode(self.default_charset, "replace"))

    def charset(self, name: str, line: int) -> str | None:
        """The codec a CHARSET parameter names; None (reported once per name) when it is not a
        text encoding Python knows: the value is then read as the file's other text is."""
        codec = text_codec(name)
        if codec is None and name.lower() not in self.refused:
            self.refused.add(name.lower())
            self.problem(
                line,
                f"CHARSET={name} is not a text encoding NetDesk knows: read as the rest is",
            )
        return codec

    def label(self, params: dict[str, list[str]], known: dict[str, str]) -> str:
        """The label TYPE parameters give; parameter dicts are shared, so remember by identity."""
        if not params:
            return ""
        key = (id(params), id(known))
        label = self.labels.get(key)
        if label is None:
            label = self.labels[key] = _first_label(params, known)
        return label

    def build(self, start: int, props: list[_Prop], closed: bool) -> ParsedCard | None:
        data = ContactData()
        card = ParsedCard(data=data, file=self.file, line=start)
        labels: dict[str, str] = {}
        for prop in props:
            if prop.group and prop.name == "X-ABLABEL":
                labels[prop.group] = _clean_label(_unescape(self.text(prop)))
        fn = ""
        n_parts: list[str] = []
        org = ""
        department = ""
        notes: list[str] = []
        related_name = ""
        for prop in props:
            name = prop.name
            if name == "FN":
                if not fn:
                    fn = _unescape(self.text(prop)).strip()
            elif name == "N":
                if not n_parts:
                    n_parts = _split_components(self.text(prop))
            elif name == "ORG":
                if not org:
                    units = [u.strip() for u in _split_components(self.text(prop))]
                    org, department = units[0], ", ".join(u for u in units[1:] if u)
            elif name == "TITLE":
                if not data.title:
                    data.title = _unescape(self.text(prop)).strip()
            elif name == "EMAIL":
                address = _unescape(self.text(prop)).strip()
                if address.lower().startswith("mailto:"):
                    address = address[7:].strip()
                if address:
                    label = labels.get(prop.group) or self.label(prop.params, _EMAIL_LABELS)
                    data.emails.append(Email(address, label))
            elif name == "TEL":
                number = _unescape(self.text(prop)).strip()
                if number.lower().startswith("tel:"):
                    number = number[4:].strip()
                if number:
                    label = labels.get(prop.group) or self.label(prop.params, _PHONE_LABELS)
                    data.phones.append(Phone(number, "fax" if "fax" in label.lower() else label))
            elif name == "ADR":
                parts = [p.strip() for p in _split_components(self.text(prop))] + [""] * 7
                street = "\n".join(p for p in (parts[0], parts[1], parts[2]) if p)
                place = Address(
                    labels.get(prop.group) or self.label(prop.params, _EMAIL_LABELS),
                    street,
                    parts[3],
                    parts[4],
                    parts[5],
                    parts[6],
                )
                if street or any(parts[3:7]):
                    data.addresses.append(place)
            elif name in ("URL", "X-SOCIALPROFILE"):
                url = _unescape(self.text(prop)).strip()
                if url:
                    label = labels.get(prop.group) or ", ".join(prop.params.get("TYPE", [])[:1])
                    if "linkedin.com/" in url.lower():
                        label = "LinkedIn"
                    data.links.append(Link(url, label))
            elif name == "NOTE":
                note = _unescape(self.text(prop)).strip()
                if note:
                    notes.append(note)
            elif name == "PHOTO":
                if data.photo is None:
                    self.photo(prop, data)
            elif name == "UID":
                card.source_uid = _strip_uid(_unescape(self.text(prop)))
            elif name == "CATEGORIES":
                for tag in _split_components(self.text(prop), ","):
                    if tag.strip() and tag.strip() not in data.tags:
                        data.tags.append(tag.strip())
            elif name == "NICKNAME":
                if not data.nickname:  # a list: the first one, commas in it escaped
                    data.nickname = _split_components(self.text(prop), ",")[0].strip()
            elif name == "BDAY":
                if not data.birthday:
                    written = _unescape(self.text(prop)).strip()
                    data.birthday = parse_birthday(written) or ""
                    if parse_birthday(written) is None:
                        self.problem(prop.line, f"birthday {written[:40]!r} not understood")
            elif name in ("RELATED", "X-NETDESK-RELATED"):
                self.related(prop, card)
            elif name.startswith("X-NETDESK-"):
                reason = read_netdesk_property(name, _unescape(self.text(prop)), card)
                if reason is not None:
                    self.problem(prop.line, reason)
            elif name == "X-ABRELATEDNAMES":
                label = labels.get(prop.group, "") or " ".join(prop.params.get("TYPE", []))
                if label.casefold() in _REFERRER_LABELS and not related_name:
                    related_name = _unescape(self.text(prop)).strip()
        if related_name and not card.referrer_name:
            card.referrer_name = related_name
        given = n_parts[1].strip() if len(n_parts) > 1 else ""
        family = n_parts[0].strip() if n_parts else ""
        data.given_name = given
        data.family_name = family
        data.organization = org
        data.department = department
        data.notes = "\n\n".join(notes)
        data.display_name = (
            fn
            or display_name_from(given, family)
            or org
            or (data.emails[0].address if data.emails else "")
            or data.nickname
            or (data.phones[0].number if data.phones else "")
        )
        if data.uid == "" and card.source_uid:
            data.uid = card.source_uid
        if not closed:
            self.problem(start, "card not closed (END:VCARD missing): read up to the end")
        if not data.display_name:
            self.problem(start, "card without a name, organization, e-mail or phone: skipped")
            return None
        return card

    def related(self, prop: _Prop, card: ParsedCard) -> None:
        if card.related_uid or card.referrer_name:
            return
        types = {t.lower() for t in prop.params.get("TYPE", [])}
        if types and types <= _NOT_REFERRAL:
            return
        value = _unescape(self.text(prop)).strip()
        if not value:
            return
        kind = [v.lower() for v in prop.params.get("VALUE", [])]
        if "text" in kind:
            card.referrer_name = value
        else:
            card.related_uid = _strip_uid(value)

    def photo(self, prop: _Prop, data: ContactData) -> None:
        value = prop.value.strip()
        encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
        mime = ""
        if value[:5].lower() == b"data:":
            head, sep, payload = value.partition(b",")
            if not sep:
                self.problem(prop.line, "photo could not be read (damaged data URI): skipped")
                return
            if b";base64" not in head.lower():
                return
            mime = head[5:].split(b";")[0].decode("ascii", "replace").lower()
            value = payload
        elif not ({"B", "BASE64"} & set(encoding)):
            return  # a link to a picture elsewhere: nothing to keep offline
        if len(value) > MAX_PHOTO_BYTES * 4 // 3 + 4096:
            self.problem(prop.line, "photo larger than 4 MB: skipped")
            return
        try:
            picture = binascii.a2b_base64(value)
        except (binascii.Error, ValueError):
            try:
                picture = base64.b64decode(value + b"=" * (-len(value) % 4))
            except (binascii.Error, ValueError):
                self.problem(prop.line, "photo could not be decoded: skipped")
                return
        sniffed = sniff_image(picture)
        if not sniffed:
            self.problem(prop.line, "photo is not a picture NetDesk can show: skipped")
            return
        data.photo = picture
        data.photo_mime = sniffed or mime


def _first_label(params: dict[str, list[str]], known: dict[str, str]) -> str:
    types = params.get("TYPE", [])
    if known is _PHONE_LABELS and any(t.lower() == "fax" for t in types):
        return "fax"  # "TEL;WORK;FAX": a fax line first of all, never one to call
    for value in types:
        label = known.get(value.lower())
        if label:
            return label
    return ""


def _strip_uid(value: str) -> str:
    value = value.strip()
    for prefix in ("urn:uuid:", "uuid:"):
        if value.lower().startswith(prefix):
            return value[len(prefix) :].strip()
    return value


def looks_like_vcard(data: bytes) -> bool:
    head, _ = decode_text_file(data[:65536])
    return b"BEGIN:VCARD" in head.upper()


def read_vcards(
    data: bytes,
    file: str,
    *,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[list[ParsedCard], list[Problem]]:
    """Every card in ``data`` (the bytes of one file) and every problem met on the way."""
    reader = _Reader(file)
    data, reader.certain = decode_text_file(data)
    if _CONTROL_BYTES.search(data):
        data = _CONTROL_BYTES.sub(b"", data)
    with gc_paused():
        return _read(reader, data, should_cancel)


def _read(
    reader: _Reader, data: bytes, should_cancel: Callable[[], bool] | None
) -> tuple[list[ParsedCard], list[Problem]]:
    raw_cards = reader.split_cards(data)
    if reader.samples:
        reader.default_charset = guess_charset(reader.samples[:200])
        reader.settled = True
    cards: list[ParsedCard] = []
    for index, (_order, start, props, closed) in enumerate(raw_cards):
        if should_cancel is not None and index % 1000 == 0 and should_cancel():
            break
        try:
            card = reader.build(start, props, closed)
        except MemoryError:
            raise
        except Exception as exc:  # a defect met by one card must not cost the others
            _log.exception("reading the card at %s:%d failed", reader.file, start)
            reader.problem(start, f"card could not be read ({type(exc).__name__}: {exc}): skipped")
            continue
        if card is not None:
            cards.append(card)
    if not raw_cards:
        reader.problem(1, "no vCard found in this file")
    return cards, reader.problems


# Writing ---------------------------------------------------------------------------------------


def fold_line(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 3.2)."""
    if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
        return line + "\r\n"
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current = ""
            size = 0
            limit = 74  # the leading space counts
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out) + "\r\n"


@dataclass
class ExportCard:
    """One contact as the writers need it (:func:`netdesk.core.contact_records.export_cards`).

    ``data.referral``, when set, carries the referral's reason, date and calls-ahead mark.
    """

    data: ContactData
    uid: str
    referrer_uid: str = ""
    referrer_name: str = ""


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_UID_NAMESPACE = uuid.UUID("6f1c3c8e-5d0b-4b8e-9a57-2f3a4d1e7c90")


def export_uid(uid: str) -> str:
    """The UID as files carry it: as stored when a reader gives it back unchanged, else (line
    breaks, control characters, surrounding spaces, empty) a UUID made from it, the same in
    every export, so that links to it still resolve."""
    if uid and clean_text(uid) == uid and "\n" not in uid and _strip_uid(uid) == uid:
        return uid
    return str(uuid.uuid5(_UID_NAMESPACE, uid.encode("utf-8", "surrogatepass").hex()))


def _uid_value(uid: str) -> str:
    uid = export_uid(uid)
    return "urn:uuid:" + uid if _UUID.fullmatch(uid) else vcard_text(uid)


_PREFERRED_TYPE = {"mobile": "cell"}


def _type(label: str, known: dict[str, str], version: str) -> tuple[str, bool]:
    """``;TYPE=...`` for a label that is a standard type in any case ("" if none), and whether
    it reads back as exactly ``label`` (else X-ABLabel carries the label as written)."""
    if not label:
        return "", True
    token = _PREFERRED_TYPE.get(label.lower(), label.lower())
    if token not in known:
        if known is _PHONE_LABELS and "fax" in token:  # "Work Fax": a fax to every program
            return ";TYPE=fax", False
        return "", False
    return ";TYPE=" + vcard_param(token, version), known[token] == label


def _bday(birthday: str, v4: bool) -> str:
    """BDAY in vCard 4.0's basic form ("--0415" without the year); vCard 3.0 has no form
    without a year, so it gets Apple's placeholder year, as Apple writes it."""
    if v4:
        return "BDAY:" + ("--" if birthday.startswith("--") else "") + birthday.replace("-", "")
    if birthday.startswith("--"):
        return f"BDAY;X-APPLE-OMIT-YEAR={APPLE_NO_YEAR}:{APPLE_NO_YEAR}{birthday[1:]}"
    return "BDAY:" + birthday


def write_vcard(card: ExportCard, version: str = "4.0") -> str:
    """One contact as a vCard 4.0 or 3.0 text with CRLF line ends.

    Every value is escaped as its type requires (TEXT, URI, parameter), so nothing stored can
    add a line, a property or a card; labels other than the standard types travel as Apple's
    ``X-ABLabel`` on a group; NetDesk's own fields as ``X-NETDESK-*`` properties.
    """
    data = card.data
    v4 = version == "4.0"
    version = "4.0" if v4 else "3.0"
    text = vcard_text
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    lines.append("UID:" + _uid_value(card.uid))
    lines.append("FN:" + text(written_name(data)))
    lines.append("N:" + ";".join(map(text, written_parts(data))))
    if data.organization or data.department:
        units = [data.organization, data.department] if data.department else [data.organization]
        lines.append("ORG:" + ";".join(map(text, units)))
    if data.nickname:
        lines.append("NICKNAME:" + text(data.nickname))
    if is_birthday(data.birthday):
        lines.append(_bday(data.birthday, v4))
    if data.title:
        lines.append("TITLE:" + text(data.title))
    groups = 0

    def labelled(prop: str, value: str, label: str, known: dict[str, str]) -> None:
        nonlocal groups
        kind, exact = _type(label, known, version)
        if exact:
            lines.append(f"{prop}{kind}:{value}")
            return
        groups += 1
        lines.append(f"item{groups}.{prop}{kind}:{value}")
        lines.append(f"item{groups}.X-ABLabel:{text(label)}")

    for email in data.emails:
        labelled("EMAIL", text(email.address), email.label, _EMAIL_LABELS)
    for phone in data.phones:
        labelled("TEL", text(phone.number), phone.label, _PHONE_LABELS)
    for addr in data.addresses:
        parts = ["", "", addr.street, addr.locality, addr.region, addr.postal_code, addr.country]
        labelled("ADR", ";".join(map(text, parts)), addr.label, _EMAIL_LABELS)
    for link in data.links:
        derived = "LinkedIn" if "linkedin.com/" in link.url.lower() else ""
        labelled("URL", vcard_uri(link.url), "" if link.label == derived else link.label, {})
    if data.tags:
        lines.append("CATEGORIES:" + ",".join(map(text, data.tags)))
    if data.notes:
        lines.append("NOTE:" + text(data.notes))
    if data.photo:
        mime = sniff_image(data.photo) or "image/jpeg"
        encoded = base64.b64encode(data.photo).decode("ascii")
        if v4:
            lines.append(f"PHOTO:data:{mime};base64,{encoded}")
        else:
            kind = vcard_param(mime.split("/")[-1].upper(), version)
            lines.append(f"PHOTO;ENCODING=b;TYPE={kind}:{encoded}")
    if card.referrer_uid:
        target = _uid_value(card.referrer_uid)
        lines.append(f"RELATED;TYPE=contact:{target}" if v4 else f"X-NETDESK-RELATED:{target}")
    if card.referrer_name:
        groups += 1
        lines.append(f"item{groups}.X-ABRELATEDNAMES:" + text(card.referrer_name))
        lines.append(f"item{groups}.X-ABLabel:Referrer")
    lines.extend(f"{name}:{text(value)}" for name, value in netdesk_properties(data))
    lines.append("END:VCARD")
    return "".join(map(fold_line, lines))
