"""The parts of a name typed in one piece, for vCard's N and a CSV's First and Last Name.

People often type only the whole name ("Ada Lovelace"); other programs sort and greet by the
parts. The rule is small and predictable rather than clever:

- one comma means "Family, Given" ("van der Berg, Jan"), unless what follows it is a suffix
  ("John Smith, Jr.");
- honorifics in front ("Dr.", "Mrs.", "Prof.") and suffixes at the end ("Jr.", "III", "PhD") are
  set apart;
- otherwise the first word is the given name and the last word the family name, with the
  lower-case particles before it ("Jan van der Berg", "Maria da Silva"); words between are
  middle names;
- Chinese, Japanese and Korean names written with a space put the family name first
  ("山田 太郎"); a single word, in any script, is the given name ("Madonna", "山田太郎"), as a
  name without spaces cannot be split reliably;
- what is not a person's name gets no parts: the organization's own name, an e-mail address,
  a phone number (no letters).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from netdesk.core.formats.escaping import clean_text
from netdesk.core.text import display_name_from, fold
from netdesk.models.records import ContactData

_PREFIXES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "fr",
    "herr", "frau", "mme", "mlle", "dott", "ing", "mag", "sr", "sra", "srta",
}  # fmt: skip
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "dds", "cpa", "msc", "bsc"}
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la",
    "le", "ten", "ter", "zu", "zur", "bin", "ibn", "al", "el", "y", "st.",
}  # fmt: skip
_FAMILY_FIRST = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003ffff]"
)
_LETTER = re.compile(r"[^\W\d_]")


class NameParts(NamedTuple):
    """vCard's N components, in their order."""

    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""


def _word_key(word: str) -> str:
    return word.lower().replace(".", "")


def split_name(name: str, organization: str = "") -> NameParts:
    """The parts of ``name`` by the rule above; empty parts when it is no person's name."""
    name = " ".join(name.split())
    if not name or "@" in name or not _LETTER.search(name):
        return NameParts()
    if organization and fold(name) == fold(organization):
        return NameParts()
    parts = [p.strip() for p in name.split(",")]
    suffixes: list[str] = []
    while len(parts) > 1 and parts[-1] and _all_suffixes(parts[-1]):
        suffixes.insert(0, parts.pop())
    parts = [p for p in parts if p]
    if len(parts) == 2:
        family, rest = parts
        words = rest.split()
        prefixes = _take_prefixes(words)
        given, additional = (words[0], " ".join(words[1:])) if words else ("", "")
        return NameParts(family, given, additional, " ".join(prefixes), ", ".join(suffixes))
    words = " ".join(parts).split()
    prefixes = _take_prefixes(words)
    while len(words) > 1 and _word_key(words[-1]) in _SUFFIXES:
        suffixes.insert(0, words.pop())
    suffix = ", ".join(suffixes)
    prefix = " ".join(prefixes)
    if len(words) == 1:
        return NameParts("", words[0], "", prefix, suffix)
    if _FAMILY_FIRST.match(words[0]):
        return NameParts(words[0], " ".join(words[1:]), "", prefix, suffix)
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    family = " ".join(words[start:])
    return NameParts(family, words[0], " ".join(words[1:start]), prefix, suffix)


def _all_suffixes(text: str) -> bool:
    return all(_word_key(word) in _SUFFIXES for word in text.split())


def _take_prefixes(words: list[str]) -> list[str]:
    """Remove the honorifics at the front of ``words`` (never the last word) and return them."""
    taken: list[str] = []
    while len(words) > 1 and _word_key(words[0]) in _PREFIXES:
        taken.append(words.pop(0))
    return taken


def written_name(data: ContactData) -> str:
    """The name a file gives a contact (vCard's FN, a CSV's Display Name), which every card needs:
    the name, or what a reader would name the card by when there is none."""
    for candidate in (
        data.display_name,
        display_name_from(data.given_name, data.family_name),
        data.organization,
        *(e.address for e in data.emails),
        *(p.number for p in data.phones),
    ):
        text = clean_text(candidate).strip()
        if text:
            return text
    return "\ufffd"  # a name of control characters only: still one card, not none


def written_parts(data: ContactData) -> NameParts:
    """The given and family names as stored or, when neither is, as :func:`split_name` finds
    them in :func:`written_name`."""
    given, family = clean_text(data.given_name).strip(), clean_text(data.family_name).strip()
    if given or family:
        return NameParts(family, given)
    return split_name(written_name(data), clean_text(data.organization))
