"""Matching cards against the people already known, and against each other (see the package)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from netdesk.core.formats.cards import ParsedCard, Problem, gc_paused
from netdesk.core.importing.reading import ReadResult
from netdesk.core.phones import NOT_A_NUMBER, default_region, normalize_phone
from netdesk.core.text import fold as _fold
from netdesk.core.wording import translate
from netdesk.models import contacts as contacts_data
from netdesk.models import matching
from netdesk.models.records import ContactData

# Names and organizations are folded several times each while matching and writing.
fold = lru_cache(maxsize=100_000)(_fold)


class Choice(StrEnum):
    MERGE = "merge"
    NEW = "new"
    SKIP = "skip"


@dataclass
class PlanItem:
    index: int
    card: ParsedCard
    match_id: int | None = None
    match_name: str = ""
    match_reason: str = ""
    duplicate_of: int | None = None
    """Index of an earlier item of this import that is the same person (and new)."""
    maybe: bool = False
    """Only maybe the same person (see :func:`_only_maybe`): imported as new by default."""
    same_uid: bool = False
    """The match is by UID alone: name, e-mails and phones have nothing in common (another
    program numbered its cards, or a card was made with someone else's UID), so only maybe."""

    @property
    def is_match(self) -> bool:
        """Matches an existing contact, or another person of this import: merge or keep apart."""
        return self.match_id is not None or self.duplicate_of is not None

    @property
    def default_choice(self) -> Choice:
        """Merge a match, unless it is only maybe the same person; import the rest as new."""
        return Choice.MERGE if self.is_match and not self.maybe else Choice.NEW


@dataclass
class ImportPlan:
    items: list[PlanItem]
    problems: list[Problem]

    @property
    def new_count(self) -> int:
        return sum(1 for item in self.items if not item.is_match)

    @property
    def match_count(self) -> int:
        """People already in the database."""
        return sum(1 for item in self.items if item.match_id is not None)

    @property
    def duplicate_count(self) -> int:
        """People who appear more than once in these files."""
        return sum(1 for item in self.items if item.duplicate_of is not None)

    @property
    def maybe_count(self) -> int:
        """Matches that are only maybe the same person (see :attr:`PlanItem.maybe`)."""
        return sum(1 for item in self.items if item.is_match and item.maybe)


_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(in|pub)/([^/?#\s]+)", re.I)


def linkedin_key(url: str) -> str:
    """``linkedin.com/in/sara-smith`` for any spelling of a LinkedIn profile URL, else ""."""
    match = _LINKEDIN.search(url.strip())
    if match is None:
        return ""
    return f"{match.group(1).lower()}/{match.group(2).rstrip('/').lower()}"


def plan_import(read_result: ReadResult, *, region: str | None = None) -> ImportPlan:
    """Which cards are new and which match an existing contact (and why)."""
    with gc_paused():
        return _plan(read_result, region)


def _plan(read_result: ReadResult, region: str | None) -> ImportPlan:
    region = region or default_region()
    cards = read_result.cards
    items = [PlanItem(index, card) for index, card in enumerate(cards)]

    by_uid = matching.ids_by_uid(c.source_uid for c in cards if c.source_uid)

    emails = [e.address.casefold() for c in cards for e in c.data.emails]
    by_email: dict[str, int] = {}
    for address, contact_id in matching.ids_by_email(emails):
        by_email.setdefault(address.casefold(), contact_id)

    by_link: dict[str, int] = {}
    if any(linkedin_key(lk.url) for c in cards for lk in c.data.links):
        for url, contact_id in matching.linkedin_urls():
            key = linkedin_key(url)
            if key:
                by_link.setdefault(key, contact_id)

    by_phone: dict[str, int] = {}
    phone_keys = [
        key for c in cards for p in c.data.phones if (key := normalize_phone(p.number, region))
    ]
    if phone_keys:
        fill_phone_keys(region)
        for key, contact_id in matching.ids_by_phone_key(phone_keys):
            by_phone[key] = contact_id  # the lowest id wins, as for e-mails

    names = [fold(c.data.display_name) for c in cards if c.data.organization]
    by_name_org: dict[tuple[str, str], int] = {}
    for sort_name, org_sort, contact_id in matching.ids_by_name_and_org(names):
        by_name_org.setdefault((sort_name, org_sort), contact_id)

    # Contacts that are a card of one of these files: another card of the same file (the same
    # address book) with another UID was kept apart there on purpose.
    in_file = {(c.file, by_uid[c.source_uid]) for c in cards if c.source_uid in by_uid}
    strangers = _uid_strangers(items, by_uid, region)
    for item in items:
        data = item.card.data
        found: tuple[int, str, str] | None = None
        if item.card.source_uid in by_uid and item.index not in strangers:
            found = (by_uid[item.card.source_uid], _same_uid(), "uid")
        if found is None:
            for email in data.emails:
                if email.address.casefold() in by_email:
                    found = (
                        by_email[email.address.casefold()],
                        _reason(translate("ImportMatch", "same e-mail {value}"), email.address),
                        "email",
                    )
                    break
        if found is None:
            for link in data.links:
                key = linkedin_key(link.url)
                if key and key in by_link:
                    found = (
                        by_link[key],
                        _reason(translate("ImportMatch", "same LinkedIn profile")),
                        "link",
                    )
                    break
        if found is None:
            for phone in data.phones:
                key = normalize_phone(phone.number, region)
                if key and key in by_phone:
                    found = (
                        by_phone[key],
                        _reason(translate("ImportMatch", "same phone {value}"), phone.number),
                        "phone",
                    )
                    break
        if found is None and data.organization:
            key2 = (fold(data.display_name), fold(data.organization))
            if key2 in by_name_org:
                found = (
                    by_name_org[key2],
                    _reason(translate("ImportMatch", "same name and organization")),
                    "name",
                )
        if found is not None:
            item.match_id, item.match_reason, kind = found
            # Every contact has a UID, so a card with one has another one.
            item.maybe = _only_maybe(
                item.card, kind, same_file=(item.card.file, item.match_id) in in_file
            )
        elif item.index in strangers:
            item.match_id, item.match_reason = by_uid[item.card.source_uid], _stranger_reason()
            item.maybe = item.same_uid = True
    _find_duplicates(items, region)
    matched = [item.match_id for item in items if item.match_id is not None]
    names_by_id = contacts_data.display_names(matched)
    for item in items:
        if item.match_id is not None:
            item.match_name = names_by_id.get(item.match_id, "")
    problems = list(read_result.problems)
    for table in read_result.unmapped:
        problems.append(
            Problem(
                table.file,
                table.header_line,
                "columns not recognised (no name or e-mail column): map them in the app",
            )
        )
    return ImportPlan(items, problems)


_WEAK_KEYS = {"phone", "name"}
"""A phone may be a shared line, and two people may share a name at one organization."""


def _reason(text: str, value: str = "") -> str:
    """Why a card was taken for a contact, as the import preview shows it: ``text`` translated
    where it is written (so that lupdate finds it), with its ``{value}`` filled in."""
    return text.format(value=value)


def _same_uid() -> str:
    return translate("ImportMatch", "same UID")


def _stranger_reason() -> str:
    return translate("ImportMatch", "same UID, but no name, e-mail or phone in common")


def _name_words(data: ContactData) -> set[str]:
    return set(
        re.findall(r"\w+", fold(f"{data.display_name} {data.given_name} {data.family_name}"))
    )


def _strangers(a: ContactData, b: ContactData, region: str) -> bool:
    """Whether two people with one UID plainly are two people: both named, with no word of
    their names, no e-mail and no phone number in common. A renamed person keeps a first or
    family name, an e-mail or a phone."""
    if fold(a.display_name) == fold(b.display_name):  # the common case: a file imported again
        return False
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b or words_a & words_b:
        return False
    if {e.address.casefold() for e in a.emails} & {e.address.casefold() for e in b.emails}:
        return False
    phones_a = {k for p in a.phones if (k := normalize_phone(p.number, region))}
    return not any(normalize_phone(p.number, region) in phones_a for p in b.phones)


def _uid_strangers(items: list[PlanItem], by_uid: dict[str, int], region: str) -> set[int]:
    """The items whose UID is an existing contact's who plainly is someone else (see
    :func:`_strangers`). Names are compared first; only contacts whose names differ are read."""
    matched = [item for item in items if item.card.source_uid in by_uid]
    if not matched:
        return set()
    names = contacts_data.display_names(by_uid[item.card.source_uid] for item in matched)
    unlike = [
        item
        for item in matched
        if _strangers(
            item.card.data,
            ContactData(display_name=names.get(by_uid[item.card.source_uid], "")),
            region,
        )
    ]
    if not unlike:
        return set()
    known = contacts_data.read_contacts(
        (by_uid[item.card.source_uid] for item in unlike), photos=False
    )
    return {
        item.index
        for item in unlike
        if (other := known.get(by_uid[item.card.source_uid])) is not None
        and _strangers(item.card.data, other, region)
    }


def _only_maybe(card: ParsedCard, kind: str, *, same_file: bool) -> bool:
    """Whether a match by ``kind`` with someone of another UID is only maybe the same person:
    by a weak key, or when one address book (one file) kept the two apart. Cards without a UID
    match as they always did."""
    return bool(card.source_uid) and kind != "uid" and (kind in _WEAK_KEYS or same_file)


def _find_duplicates(items: list[PlanItem], region: str) -> None:
    """The same person twice in one import (LinkedIn and a phone, say), by the same rules, but
    a phone number counts only together with the name.

    A later card joins the earlier one: the existing contact the earlier one surely matches, or
    else the earlier card itself (``duplicate_of``). Two cards with different UIDs are only
    maybe the same person; the same UID is stronger than a maybe-match with an existing contact.
    """
    owner: dict[tuple[str, ...], PlanItem] = {}
    for item in items:
        data = item.card.data
        uid = item.card.source_uid
        keys: list[tuple[tuple[str, ...], str]] = []
        if uid:
            keys.append((("uid", uid), _same_uid()))
        keys.extend(
            (
                ("email", e.address.casefold()),
                _reason(translate("ImportMatch", "same e-mail {value}"), e.address),
            )
            for e in data.emails
        )
        for link in data.links:
            if key := linkedin_key(link.url):
                keys.append(
                    (("link", key), _reason(translate("ImportMatch", "same LinkedIn profile")))
                )
        for phone in data.phones:
            # A phone alone may be a shared line (a family, a switchboard): the name must agree.
            if key := normalize_phone(phone.number, region):
                keys.append(
                    (
                        ("phone", key, fold(data.display_name)),
                        _reason(
                            translate("ImportMatch", "same name and phone {value}"), phone.number
                        ),
                    )
                )
        if data.organization:
            keys.append(
                (
                    ("name", fold(data.display_name), fold(data.organization)),
                    _reason(translate("ImportMatch", "same name and organization")),
                )
            )
        # A card with an earlier one's UID but nothing else in common is only maybe that one.
        stranger = (
            bool(uid)
            and ("uid", uid) in owner
            and _strangers(data, owner[("uid", uid)].card.data, region)
        )
        first = None
        if item.match_id is None:
            first = next(
                (
                    (owner[k], reason, k[0])
                    for k, reason in keys
                    if k in owner and not (stranger and k[0] == "uid")
                ),
                None,
            )
            if first is None and stranger:
                first = (owner[("uid", uid)], _stranger_reason(), "stranger")
        elif item.maybe and uid and ("uid", uid) in owner and not stranger:
            first = (owner[("uid", uid)], _same_uid(), "uid")
            item.match_id, item.maybe, item.same_uid = None, False, False
        target = item
        if first is not None:
            earlier, reason, kind = first
            maybe = kind == "stranger" or (
                bool(earlier.card.source_uid)
                and _only_maybe(item.card, kind, same_file=item.card.file == earlier.card.file)
            )
            item.same_uid = kind == "stranger"
            if earlier.match_id is not None and not earlier.maybe and not maybe:
                item.match_id = earlier.match_id
                item.match_reason = translate("ImportMatch", "{reason} (as {name} here)").format(
                    reason=reason, name=earlier.card.data.display_name
                )
            else:
                item.duplicate_of = earlier.index
                item.match_name = earlier.card.data.display_name
                item.match_reason = translate(
                    "ImportMatch", "{reason}, also in this import"
                ).format(reason=reason)
            item.maybe = maybe
            if not maybe:
                target = earlier
        for owned, _ in keys:
            owner.setdefault(owned, target)


def fill_phone_keys(region: str) -> int:
    """Compute ``contact_phone.e164`` where nobody has yet (rows from older versions or other
    writers), so that matching by phone is an index lookup; returns how many were filled."""
    missing = matching.phones_without_key()
    matching.set_phone_keys(
        [(pid, normalize_phone(number, region) or NOT_A_NUMBER) for pid, number in missing]
    )
    return len(missing)
