"""A contact as a card on the server, and a card from the server as a contact.

NetDesk writes the card with the export's writer (`write_vcard`), so the server gets the same
faithful vCard as File > Export: NetDesk's fields as ``X-NETDESK-*``, the referrer as
``RELATED`` and Apple's ``X-ABRELATEDNAMES``. What a phone or another program stored that
NetDesk does not read (IMPP, X-SOCIALPROFILE, anniversaries, relatives, labels of its own) is
taken from the card as last synced and written back line for line, with the group labels that
go with it, so a sync never strips a phone's data. Photos over 100 KB stay in NetDesk.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final, NamedTuple

from netdesk.core.formats.cards import ParsedCard
from netdesk.core.formats.vcard import ExportCard, fold_line, read_vcards, write_vcard

MAX_SYNC_PHOTO: Final = 100 * 1024
"""A larger photo is not sent (phones shrink theirs; a big one would slow every sync)."""

# What NetDesk reads and writes itself; anything else on a card is the phone's to keep.
_OWN: Final = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "UID",
        "FN",
        "N",
        "ORG",
        "NICKNAME",
        "BDAY",
        "TITLE",
        "EMAIL",
        "TEL",
        "ADR",
        "URL",
        "CATEGORIES",
        "NOTE",
        "PHOTO",
        "PRODID",
        "REV",
    }
)
_NOT_REFERRAL: Final = frozenset(
    {"spouse", "child", "parent", "sibling", "kin", "sweetheart", "emergency", "agent", "crush"}
    | {"date", "me", "muse", "neighbor", "friend", "colleague", "co-worker", "acquaintance"}
)
_REFERRER_LABELS: Final = frozenset(
    {"referrer", "referred by", "referral", "introduced by", "recommended by"}
)
_NAME: Final = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
_TYPES: Final = re.compile(r";TYPE=([^;:]*)", re.I)


class Line(NamedTuple):
    group: str
    name: str
    text: str
    """The whole content line, unfolded, as the server sent it."""


def content_lines(card: str) -> list[Line]:
    """The unfolded content lines of one vCard text."""
    unfolded = re.sub(r"\r?\n[ \t]", "", card.replace("\r\n", "\n"))
    lines: list[Line] = []
    for text in unfolded.split("\n"):
        match = _NAME.match(text)
        if text.strip() and match is not None:
            lines.append(Line((match.group(1) or "").upper(), match.group(2).upper(), text))
    return lines


def _label(lines: list[Line], group: str) -> str:
    for line in lines:
        if line.group == group and line.name == "X-ABLABEL":
            return line.text.split(":", 1)[-1].strip().casefold()
    return ""


def _is_own(line: Line, lines: list[Line]) -> bool:
    name = line.name
    if name in _OWN or name.startswith("X-NETDESK-"):
        return True
    head = line.text.split(":", 1)[0]
    if name == "RELATED":
        types = {t.strip().casefold() for m in _TYPES.findall(head) for t in m.split(",")}
        return not (types and types <= _NOT_REFERRAL)
    if name == "X-ABRELATEDNAMES":
        label = _label(lines, line.group) if line.group else ""
        types = {t.strip().casefold() for m in _TYPES.findall(head) for t in m.split(",")}
        return label in _REFERRER_LABELS or bool(types & _REFERRER_LABELS)
    return False


def foreign_lines(card: str) -> list[Line]:
    """The lines of ``card`` that NetDesk does not read, with their groups' labels."""
    lines = content_lines(card)
    own_groups = {line.group for line in lines if line.group and _is_own(line, lines)}
    kept: list[Line] = []
    for line in lines:
        if line.group and line.group in own_groups:
            continue  # NetDesk writes the property and its label again
        if line.name == "X-ABLABEL" and line.group:
            kept.append(line)  # the label of a foreign property of the same group
        elif not _is_own(line, lines):
            kept.append(line)
    return kept


def social_profiles(lines: list[Line]) -> set[str]:
    """The addresses the reader also took as links from X-SOCIALPROFILE: written back as they
    were, they are not written a second time as URL."""
    return {
        line.text.split(":", 1)[-1].strip()
        for line in lines
        if line.name == "X-SOCIALPROFILE" and ":" in line.text
    }


def render(card: ExportCard, base: str | None, version: str = "4.0") -> str:
    """The card NetDesk writes for ``card``: the export's vCard, without a photo over the
    limit, with the foreign lines of ``base`` (the card as last synced) before END."""
    data = card.data
    foreign = foreign_lines(base) if base else []
    profiles = social_profiles(foreign)
    if (data.photo and len(data.photo) > MAX_SYNC_PHOTO) or profiles:
        data = replace(
            data,
            photo=None if data.photo and len(data.photo) > MAX_SYNC_PHOTO else data.photo,
            links=[link for link in data.links if link.url.strip() not in profiles],
        )
    text = write_vcard(replace(card, data=data), version)
    if not foreign:
        return text
    taken = {line.group for line in content_lines(text) if line.group}
    renamed: dict[str, str] = {}
    extra: list[str] = []
    for line in foreign:
        body = line.text
        if line.group and line.group in taken:
            if line.group not in renamed:
                number = len(taken) + len(renamed) + 1
                while f"ITEM{number}" in taken:
                    number += 1
                renamed[line.group] = f"item{number}"
            body = renamed[line.group] + body[len(line.group) :]
        extra.append(body)
    end = text.rindex("END:VCARD")
    return text[:end] + "".join(fold_line(line) for line in extra) + text[end:]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse(text: str, href: str) -> ParsedCard | None:
    """The one contact in a server's card; None when it holds none NetDesk can use."""
    cards, _problems = read_vcards(text.encode("utf-8", "surrogatepass"), href)
    return cards[0] if cards else None


def parse_batch(items: Sequence[tuple[str, str]]) -> list[ParsedCard | None]:
    """`parse` for each (href, text) of a multiget batch, read as one file: what repeats from
    card to card (every ``TEL;TYPE=CELL``) is read once, two and a half times as fast.

    The batch's cards are told apart by the line they begin on. Whenever that could read a
    card otherwise than `parse` would (not exactly one card in a text, a problem met, quoted-
    printable text whose charset is guessed over the whole file), each is read on its own.
    """
    if len(items) < 2:
        return [parse(text, href) for href, text in items]
    starts: list[int] = []
    line = 1
    pieces: list[str] = []
    for _href, text in items:
        if not text.endswith("\n"):
            text += "\r\n"
        starts.append(line)
        line += text.count("\n")
        pieces.append(text)
    joined = "".join(pieces)
    upper = joined.upper()
    if (
        "QUOTED-PRINTABLE" in upper
        or upper.count("BEGIN:VCARD") != len(items)
        or "\r" in (joined.replace("\r\n", ""))
    ):
        return [parse(text, href) for href, text in items]
    found, problems = read_vcards(joined.encode("utf-8", "surrogatepass"), "batch")
    if problems or len(found) != len(items):
        return [parse(text, href) for href, text in items]
    result: list[ParsedCard | None] = []
    ends = [*starts[1:], line]
    for (href, _text), card, start, end in zip(items, found, starts, ends, strict=True):
        if not start <= card.line < end:
            return [parse(text, href) for href, text in items]
        result.append(replace(card, file=href, line=card.line - start + 1))
    return result


def version_of(text: str) -> str:
    for line in content_lines(text):
        if line.name == "VERSION":
            return line.text.split(":", 1)[-1].strip()
    return "4.0"
