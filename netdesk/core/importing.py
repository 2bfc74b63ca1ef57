"""Import contacts from vCard and CSV files, matched against the people already known; export.

Three steps, so that the app can show a preview between them and run the slow parts off the GUI
thread: :func:`read_files` (files to cards and problems), :func:`plan_import` (which cards are
new and which match an existing contact, and why) and :func:`apply_import` (one transaction:
cancelling or any error leaves the database exactly as it was). :func:`import_files` runs all
three with the default choices, for the command line.

Matching: same UID, same e-mail (any case), same LinkedIn profile URL, same phone number in
E.164, or same name and organization. Merging fills the existing contact's empty fields, keeps
their notes and adds e-mails, phones and links it did not have yet. A card with a UID of its own
that matches someone with another UID only by a weak key (a phone, name and organization), or
that is another entry of the same file (its address book kept the two apart), is only *maybe*
the same person: it is imported as new unless the user chooses to merge.
"""

from __future__ import annotations

import copy
import csv
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from netdesk.core.birthdays import parse_birthday
from netdesk.core.contact_records import export_cards
from netdesk.core.contacts import ContactData, Email, Phone
from netdesk.core.errors import NetDeskError
from netdesk.core.formats.cards import (
    MAX_IMPORT_BYTES,
    ImportFileError,
    ParsedCard,
    Problem,
    gc_paused,
)
from netdesk.core.formats.csv_contacts import (
    EXPORT_HEADER,
    CsvTable,
    cards_from_table,
    csv_row,
    read_table,
)
from netdesk.core.formats.vcard import (
    ExportCard,
    export_uid,
    looks_like_vcard,
    read_vcards,
    write_vcard,
)
from netdesk.core.phones import NOT_A_NUMBER, default_region, normalize_phone
from netdesk.core.text import fold as _fold
from netdesk.models import Lead, Relationship, Status, bulk_cache, database
from netdesk.models.bulk import bulk_insert
from netdesk.models.db import refuse_if_damaged
from netdesk.models.files import temp_file_replacing

__all__ = [
    "MAX_IMPORT_BYTES",
    "Choice",
    "CsvTable",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportSummary",
    "ParsedCard",
    "PlanItem",
    "Problem",
    "ReadResult",
    "apply_import",
    "export_contacts",
    "import_files",
    "plan_import",
    "read_files",
]

IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv")

# Names and organizations are folded several times each while matching and writing.
fold = lru_cache(maxsize=100_000)(_fold)
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class ImportCancelled(NetDeskError):
    """The import was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


class ExportCancelled(NetDeskError):
    """The export was cancelled; the target file was not touched."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


class Choice(StrEnum):
    MERGE = "merge"
    NEW = "new"
    SKIP = "skip"


@dataclass
class ReadResult:
    cards: list[ParsedCard] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[CsvTable] = field(default_factory=list)
    """CSV files whose columns were not recognised: they need a column mapping first."""
    files: list[Path] = field(default_factory=list)

    def apply_mapping(self, table: CsvTable, mapping: Sequence[str]) -> int:
        """Read an unrecognised CSV with the user's column mapping; returns the cards added."""
        cards, problems = cards_from_table(table, mapping)
        self.cards.extend(cards)
        self.problems.extend(problems)
        if table in self.unmapped:
            self.unmapped.remove(table)
        return len(cards)


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


@dataclass
class ImportSummary:
    imported: int = 0
    merged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    referrals: int = 0
    contact_ids: list[int] = field(default_factory=list)
    kept_apart: list[Problem] = field(default_factory=list)
    """People imported as new although they may be someone already known (another UID)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "merged": self.merged,
            "skipped": [{"file": p.file, "line": p.line, "reason": p.reason} for p in self.skipped],
            "kept_apart": [
                {"file": p.file, "line": p.line, "reason": p.reason} for p in self.kept_apart
            ],
        }


# Reading -----------------------------------------------------------------------------------------


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the .vcf/.vcard/.csv files inside folders (sorted, recursively)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_bytes_checked(path: Path) -> bytes:
    """The file's bytes; refuses files over :data:`MAX_IMPORT_BYTES` before reading them."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if size > MAX_IMPORT_BYTES:
        raise ImportFileError(
            f"{path} is {size / 1024 / 1024:,.0f} MB: NetDesk imports contact files of up to "
            f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it, or export fewer contacts."
        )
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror or exc}") from None


def read_files(
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> ReadResult:
    """Read every card of every file (folders are searched for .vcf, .vcard and .csv files).

    Raises :class:`ImportFileError` naming the file when one cannot be read at all, and
    :class:`ImportCancelled` when ``should_cancel`` says so.
    """
    files = expand_paths(paths)
    result = ReadResult(files=files)
    for raw in paths:
        folder = Path(raw)
        if folder.is_dir() and not any(f.is_relative_to(folder) for f in files):
            result.problems.append(Problem(str(folder), 0, "no .vcf, .vcard or .csv file here"))
    for done, path in enumerate(files):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(done, len(files))
        data = read_bytes_checked(path)
        name = str(path)
        if path.suffix.lower() in (".vcf", ".vcard") or (
            path.suffix.lower() != ".csv" and looks_like_vcard(data)
        ):
            cards, problems = read_vcards(data, name, should_cancel=should_cancel)
            result.cards.extend(cards)
            result.problems.extend(problems)
        else:
            table, problems = read_table(data, name)
            result.problems.extend(problems)
            if table is None:
                continue
            if table.recognised:
                cards, problems = cards_from_table(table)
                result.cards.extend(cards)
                result.problems.extend(problems)
            else:
                result.unmapped.append(table)
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    if progress is not None:
        progress(len(files), len(files))
    return result


# Matching -----------------------------------------------------------------------------------

_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(in|pub)/([^/?#\s]+)", re.I)


def linkedin_key(url: str) -> str:
    """``linkedin.com/in/sara-smith`` for any spelling of a LinkedIn profile URL, else ""."""
    match = _LINKEDIN.search(url.strip())
    if match is None:
        return ""
    return f"{match.group(1).lower()}/{match.group(2).rstrip('/').lower()}"


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _query_in(conn: sqlite3.Connection, sql: str, keys: Sequence[Any]) -> Iterable[tuple[Any, ...]]:
    """Run ``sql`` (with one ``{marks}`` placeholder list) for every chunk of ``keys``."""
    keys = list(dict.fromkeys(keys))
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(sql.format(marks=marks), list(chunk))


def plan_import(read_result: ReadResult, *, region: str | None = None) -> ImportPlan:
    """Which cards are new and which match an existing contact (and why)."""
    with gc_paused():
        return _plan(read_result, region)


def _plan(read_result: ReadResult, region: str | None) -> ImportPlan:
    region = region or default_region()
    conn: sqlite3.Connection = database.connection()
    cards = read_result.cards
    items = [PlanItem(index, card) for index, card in enumerate(cards)]

    uids = [c.source_uid for c in cards if c.source_uid]
    by_uid: dict[str, int] = {}
    for uid, contact_id in _query_in(
        conn, "SELECT uid, id FROM contact WHERE uid IN ({marks})", uids
    ):
        by_uid[uid] = contact_id

    emails = [e.address.casefold() for c in cards for e in c.data.emails]
    by_email: dict[str, int] = {}
    for address, contact_id in _query_in(
        conn,
        "SELECT lower(address), contact_id FROM contact_email "
        "WHERE address COLLATE NOCASE IN ({marks}) ORDER BY contact_id",
        emails,
    ):
        by_email.setdefault(address.casefold(), contact_id)

    by_link: dict[str, int] = {}
    if any(linkedin_key(lk.url) for c in cards for lk in c.data.links):
        for url, contact_id in conn.execute(
            "SELECT url, contact_id FROM contact_link WHERE url LIKE '%linkedin.com/%' "
            "ORDER BY contact_id"
        ):
            key = linkedin_key(url)
            if key:
                by_link.setdefault(key, contact_id)

    by_phone: dict[str, int] = {}
    phone_keys = [
        key for c in cards for p in c.data.phones if (key := normalize_phone(p.number, region))
    ]
    if phone_keys:
        fill_phone_keys(conn, region)
        for key, contact_id in _query_in(
            conn,
            "SELECT e164, contact_id FROM contact_phone WHERE e164 IN ({marks}) "
            "ORDER BY contact_id DESC",
            phone_keys,
        ):
            by_phone[key] = contact_id  # the lowest id wins, as for e-mails

    names = [fold(c.data.display_name) for c in cards if c.data.organization]
    by_name_org: dict[tuple[str, str], int] = {}
    for sort_name, org_sort, contact_id in _query_in(
        conn,
        "SELECT sort_name, org_sort, id FROM contact WHERE sort_name IN ({marks}) "
        "AND org_sort != '' ORDER BY id",
        names,
    ):
        by_name_org.setdefault((sort_name, org_sort), contact_id)

    # Contacts that are a card of one of these files: another card of the same file (the same
    # address book) with another UID was kept apart there on purpose.
    in_file = {(c.file, by_uid[c.source_uid]) for c in cards if c.source_uid in by_uid}
    for item in items:
        data = item.card.data
        found: tuple[int, str, str] | None = None
        if item.card.source_uid in by_uid:
            found = (by_uid[item.card.source_uid], "same UID", "uid")
        if found is None:
            for email in data.emails:
                if email.address.casefold() in by_email:
                    found = (
                        by_email[email.address.casefold()],
                        f"same e-mail {email.address}",
                        "email",
                    )
                    break
        if found is None:
            for link in data.links:
                key = linkedin_key(link.url)
                if key and key in by_link:
                    found = (by_link[key], "same LinkedIn profile", "link")
                    break
        if found is None:
            for phone in data.phones:
                key = normalize_phone(phone.number, region)
                if key and key in by_phone:
                    found = (by_phone[key], f"same phone {phone.number}", "phone")
                    break
        if found is None and data.organization:
            key2 = (fold(data.display_name), fold(data.organization))
            if key2 in by_name_org:
                found = (by_name_org[key2], "same name and organization", "name")
        if found is not None:
            item.match_id, item.match_reason, kind = found
            # Every contact has a UID, so a card with one has another one.
            item.maybe = _only_maybe(
                item.card, kind, same_file=(item.card.file, item.match_id) in in_file
            )
    _find_duplicates(items, region)
    matched = [item.match_id for item in items if item.match_id is not None]
    names_by_id = dict(
        _query_in(conn, "SELECT id, display_name FROM contact WHERE id IN ({marks})", matched)
    )
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
            keys.append((("uid", uid), "same UID"))
        keys.extend(
            (("email", e.address.casefold()), f"same e-mail {e.address}") for e in data.emails
        )
        for link in data.links:
            if key := linkedin_key(link.url):
                keys.append((("link", key), "same LinkedIn profile"))
        for phone in data.phones:
            # A phone alone may be a shared line (a family, a switchboard): the name must agree.
            if key := normalize_phone(phone.number, region):
                keys.append(
                    (("phone", key, fold(data.display_name)), f"same name and phone {phone.number}")
                )
        if data.organization:
            keys.append(
                (("name", fold(data.display_name), fold(data.organization)), "same name and "
                 "organization")
            )  # fmt: skip
        first = None
        if item.match_id is None:
            first = next(((owner[k], reason, k[0]) for k, reason in keys if k in owner), None)
        elif item.maybe and uid and ("uid", uid) in owner:
            first = (owner[("uid", uid)], "same UID", "uid")
            item.match_id, item.maybe = None, False
        target = item
        if first is not None:
            earlier, reason, kind = first
            maybe = bool(earlier.card.source_uid) and _only_maybe(
                item.card, kind, same_file=item.card.file == earlier.card.file
            )
            if earlier.match_id is not None and not earlier.maybe and not maybe:
                item.match_id = earlier.match_id
                item.match_reason = f"{reason} (as {earlier.card.data.display_name} here)"
            else:
                item.duplicate_of = earlier.index
                item.match_name = earlier.card.data.display_name
                item.match_reason = f"{reason}, also in this import"
            item.maybe = maybe
            if not maybe:
                target = earlier
        for owned, _ in keys:
            owner.setdefault(owned, target)


def fill_phone_keys(conn: sqlite3.Connection, region: str) -> int:
    """Compute ``contact_phone.e164`` where nobody has yet (rows from older versions or other
    writers), so that matching by phone is an index lookup; returns how many were filled."""
    missing = conn.execute("SELECT id, number FROM contact_phone WHERE e164 = ''").fetchall()
    if not missing:
        return 0
    with database.atomic():
        conn.executemany(
            "UPDATE contact_phone SET e164 = ? WHERE id = ? AND e164 = ''",
            [(normalize_phone(number, region) or NOT_A_NUMBER, pid) for pid, number in missing],
        )
    return len(missing)


# Applying -----------------------------------------------------------------------------------

_CONTACT_COLUMNS = [
    "id",
    "uid",
    "display_name",
    "given_name",
    "family_name",
    "sort_name",
    "company_id",
    "title",
    "notes",
    "photo",
    "photo_mime",
    "relationship",
    "lead",
    "status",
    "how_met",
    "date_added",
    "org_sort",
    "primary_email",
    "primary_phone",
    "last_contact",
    "next_follow_up",
    "nickname",
    "department",
    "birthday",
]


_MERGED_DETAILS = ("nickname", "department", "birthday")
"""Filled in by a merge when the contact has none (like the names and the title)."""


class _Applier:
    def __init__(
        self,
        conn: sqlite3.Connection,
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
        today: date,
        region: str,
    ) -> None:
        self.conn = conn
        self.progress = progress
        self.should_cancel = should_cancel
        self.today = today
        self.region = region
        self.companies: dict[str, int] = {}
        self.problems: list[Problem] = []

    def check(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled()

    def company_ids(self, names: Iterable[str]) -> None:
        wanted: dict[str, str] = {}
        for name in names:
            name = name.strip()
            key = fold(name)
            if key and key not in self.companies:
                wanted.setdefault(key, name)
        if not wanted:
            return
        for sort_name, company_id in _query_in(
            self.conn, "SELECT sort_name, id FROM company WHERE sort_name IN ({marks})", [*wanted]
        ):
            self.companies[sort_name] = company_id
        missing = [(name, key) for key, name in wanted.items() if key not in self.companies]
        if missing:
            bulk_insert(self.conn, "company", ["name", "sort_name"], missing)
            for sort_name, company_id in _query_in(
                self.conn,
                "SELECT sort_name, id FROM company WHERE sort_name IN ({marks})",
                [key for _, key in missing],
            ):
                self.companies[sort_name] = company_id

    def insert_new(self, items: list[tuple[PlanItem, int, str]]) -> None:
        """Children first, contacts last: each full-text row is written once (see bulk.py)."""
        conn = self.conn
        self.company_ids(item.card.data.organization for item, _, _ in items)
        rows: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        addresses: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        tags: list[tuple[int, str]] = []
        for count, (item, contact_id, uid) in enumerate(items):
            if count % 2000 == 0:
                self.check()
                if self.progress is not None:
                    self.progress(count, len(items))
            data = item.card.data
            org_key = fold(data.organization)
            company_id = self.companies.get(org_key) if org_key else None
            mails = _unique_emails(data.emails)
            numbers = _unique_phones(data.phones)
            for pos, email in enumerate(mails):
                emails.append((contact_id, email.address, email.label, pos))
            for pos, phone in enumerate(numbers):
                key = normalize_phone(phone.number, self.region) or NOT_A_NUMBER
                phones.append((contact_id, phone.number, phone.label, pos, key))
            for pos, addr in enumerate(data.addresses):
                addresses.append(
                    (
                        contact_id,
                        addr.label,
                        addr.street,
                        addr.locality,
                        addr.region,
                        addr.postal_code,
                        addr.country,
                        pos,
                    )
                )
            for pos, link in enumerate(data.links):
                links.append((contact_id, link.url, link.label, pos))
            tags.extend((contact_id, tag) for tag in data.tags)
            name = data.display_name.strip()
            rows.append(
                (
                    contact_id,
                    uid,
                    name,
                    data.given_name,
                    data.family_name,
                    fold(name),
                    company_id,
                    data.title,
                    data.notes,
                    data.photo,
                    data.photo_mime if data.photo else "",
                    Relationship(data.relationship).value,
                    Lead(data.lead).value,
                    Status(data.status).value,
                    data.how_met,
                    (data.date_added or self.today).isoformat(),
                    org_key if company_id is not None else "",
                    mails[0].address if mails else "",
                    numbers[0].number if numbers else "",
                    data.last_contact.isoformat() if data.last_contact else None,
                    data.next_follow_up.isoformat() if data.next_follow_up else None,
                    data.nickname.strip(),
                    data.department.strip(),
                    parse_birthday(data.birthday) or "",
                )
            )
        self.check()
        tag_ids = self.tag_ids(name for _, name in tags)
        conn.execute("PRAGMA defer_foreign_keys = ON")
        bulk_insert(conn, "contact_email", ["contact_id", "address", "label", "position"], emails)
        bulk_insert(
            conn, "contact_phone", ["contact_id", "number", "label", "position", "e164"], phones
        )
        bulk_insert(
            conn,
            "contact_address",
            [
                "contact_id",
                "label",
                "street",
                "locality",
                "region",
                "postal_code",
                "country",
                "position",
            ],
            addresses,
        )
        bulk_insert(conn, "contact_link", ["contact_id", "url", "label", "position"], links)
        bulk_insert(
            conn,
            "contact_tag",
            ["contact_id", "tag_id"],
            [(cid, tag_ids[fold_tag(name)]) for cid, name in tags],
            verb="INSERT OR IGNORE",
        )
        self.check()
        bulk_insert(conn, "contact", _CONTACT_COLUMNS, rows)

    def tag_ids(self, names: Iterable[str]) -> dict[str, int]:
        wanted = {fold_tag(n): " ".join(n.split()) for n in names if n.strip()}
        for name in wanted.values():
            self.conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        return {
            fold_tag(name): tag_id
            for tag_id, name in _query_in(
                self.conn,
                "SELECT id, name FROM tag WHERE name IN ({marks})",
                list(wanted.values()),
            )
        }

    def merge_all(self, merges: list[tuple[int, ContactData]]) -> None:
        """Fill empty fields, keep their notes, add new e-mails, phones, links and tags.

        Everything is read first and written with one statement per table (see bulk.py: one
        statement per row would cost a full-text segment each).
        """
        conn = self.conn
        ids = [contact_id for contact_id, _ in merges]
        current: dict[int, dict[str, Any]] = {}
        for found in _query_in(
            conn,
            "SELECT id, given_name, family_name, company_id, title, notes, photo IS NULL, how_met, "
            "nickname, department, birthday FROM contact WHERE id IN ({marks})",
            ids,
        ):
            current[found[0]] = dict(
                zip(
                    ("given_name", "family_name", "company_id", "title", "notes", "no_photo",
                     "how_met", *_MERGED_DETAILS),
                    found[1:],
                    strict=True,
                )
            )  # fmt: skip
        emails: dict[int, set[str]] = {i: set() for i in ids}
        email_pos: dict[int, int] = dict.fromkeys(ids, 0)
        for cid, address, position in _query_in(
            conn,
            "SELECT contact_id, address, position FROM contact_email WHERE contact_id IN ({marks})",
            ids,
        ):
            emails[cid].add(address.casefold())
            email_pos[cid] = max(email_pos[cid], position + 1)
        phones: dict[int, set[str]] = {i: set() for i in ids}
        phone_pos: dict[int, int] = dict.fromkeys(ids, 0)
        for cid, number, position in _query_in(
            conn,
            "SELECT contact_id, number, position FROM contact_phone WHERE contact_id IN ({marks})",
            ids,
        ):
            phones[cid].add(normalize_phone(number, self.region) or number.strip())
            phone_pos[cid] = max(phone_pos[cid], position + 1)
        links: dict[int, set[str]] = {i: set() for i in ids}
        link_pos: dict[int, int] = dict.fromkeys(ids, 0)
        for cid, url, position in _query_in(
            conn,
            "SELECT contact_id, url, position FROM contact_link WHERE contact_id IN ({marks})",
            ids,
        ):
            links[cid].add(linkedin_key(url) or url.strip().casefold())
            link_pos[cid] = max(link_pos[cid], position + 1)
        has_address = {
            cid
            for (cid,) in _query_in(
                conn,
                "SELECT DISTINCT contact_id FROM contact_address WHERE contact_id IN ({marks})",
                ids,
            )
        }
        self.company_ids(data.organization for _, data in merges)
        new_emails: list[tuple[Any, ...]] = []
        new_phones: list[tuple[Any, ...]] = []
        new_links: list[tuple[Any, ...]] = []
        new_addresses: list[tuple[Any, ...]] = []
        new_tags: list[tuple[int, str]] = []
        changed: dict[int, dict[str, Any]] = {}
        for contact_id, data in merges:
            row = current.get(contact_id)
            if row is None:
                raise NetDeskError(f"Contact {contact_id} no longer exists.")
            fills = {
                "given_name": data.given_name,
                "family_name": data.family_name,
                "title": data.title,
                "notes": data.notes,
                "how_met": data.how_met,
                "nickname": data.nickname.strip(),
                "department": data.department.strip(),
                "birthday": parse_birthday(data.birthday) or "",
            }
            for column, value in fills.items():
                if not row[column] and value:
                    row[column] = value
                    changed.setdefault(contact_id, {})[column] = value
            org_key = fold(data.organization)
            if row["company_id"] is None and org_key:
                row["company_id"] = self.companies[org_key]
                changed.setdefault(contact_id, {})["company_id"] = row["company_id"]
            if row["no_photo"] and data.photo:
                row["no_photo"] = False
                changed.setdefault(contact_id, {}).update(
                    photo=data.photo, photo_mime=data.photo_mime
                )
            for email in _unique_emails(data.emails):
                if email.address.casefold() not in emails[contact_id]:
                    emails[contact_id].add(email.address.casefold())
                    new_emails.append(
                        (contact_id, email.address, email.label, email_pos[contact_id])
                    )
                    email_pos[contact_id] += 1
            for phone in _unique_phones(data.phones):
                e164 = normalize_phone(phone.number, self.region)
                key = e164 or phone.number
                if key not in phones[contact_id]:
                    phones[contact_id].add(key)
                    new_phones.append(
                        (contact_id, phone.number, phone.label, phone_pos[contact_id],
                         e164 or NOT_A_NUMBER)
                    )  # fmt: skip
                    phone_pos[contact_id] += 1
            for link in data.links:
                key = linkedin_key(link.url) or link.url.strip().casefold()
                if key and key not in links[contact_id]:
                    links[contact_id].add(key)
                    new_links.append(
                        (contact_id, link.url.strip(), link.label, link_pos[contact_id])
                    )
                    link_pos[contact_id] += 1
            if contact_id not in has_address and data.addresses:
                has_address.add(contact_id)
                for pos, addr in enumerate(data.addresses):
                    new_addresses.append(
                        (contact_id, addr.label, addr.street, addr.locality, addr.region,
                         addr.postal_code, addr.country, pos)
                    )  # fmt: skip
            new_tags.extend((contact_id, tag) for tag in data.tags)
        for column in (
            "given_name", "family_name", "title", "notes", "how_met", "company_id",
            *_MERGED_DETAILS,
        ):  # fmt: skip
            rows = [(cid, ch[column]) for cid, ch in changed.items() if column in ch]
            self.update_column(column, rows)
        photos = [
            (cid, ch["photo"], ch["photo_mime"]) for cid, ch in changed.items() if "photo" in ch
        ]
        conn.executemany(
            "UPDATE contact SET photo = ?, photo_mime = ? WHERE id = ?",
            [(photo, mime, cid) for cid, photo, mime in photos],
        )
        bulk_insert(
            conn, "contact_email", ["contact_id", "address", "label", "position"], new_emails
        )
        bulk_insert(
            conn,
            "contact_phone",
            ["contact_id", "number", "label", "position", "e164"],
            new_phones,
        )
        bulk_insert(conn, "contact_link", ["contact_id", "url", "label", "position"], new_links)
        bulk_insert(
            conn,
            "contact_address",
            ["contact_id", "label", "street", "locality", "region", "postal_code", "country",
             "position"],
            new_addresses,
        )  # fmt: skip
        if new_tags:
            tag_ids = self.tag_ids(name for _, name in new_tags)
            bulk_insert(
                conn,
                "contact_tag",
                ["contact_id", "tag_id"],
                [(cid, tag_ids[fold_tag(name)]) for cid, name in new_tags],
                verb="INSERT OR IGNORE",
            )

    def update_column(self, column: str, rows: list[tuple[int, Any]]) -> None:
        """``UPDATE contact SET column = ...`` for many contacts in one statement."""
        if not rows:
            return
        conn = self.conn
        conn.execute("CREATE TEMP TABLE merge_update (id INTEGER PRIMARY KEY, value)")
        try:
            conn.executemany("INSERT INTO temp.merge_update (id, value) VALUES (?, ?)", rows)
            conn.execute(
                f"UPDATE main.contact SET {column} = u.value FROM temp.merge_update u "
                "WHERE main.contact.id = u.id"
            )
        finally:
            conn.execute("DROP TABLE temp.merge_update")


def fold_tag(name: str) -> str:
    return " ".join(name.split()).casefold()


def _unique_emails(emails: Sequence[Email]) -> list[Email]:
    seen: set[str] = set()
    result = []
    for email in emails:
        address = email.address.strip()
        if address and address.casefold() not in seen:
            seen.add(address.casefold())
            result.append(Email(address, email.label))
    return result


def _unique_phones(phones: Sequence[Phone]) -> list[Phone]:
    seen: set[str] = set()
    result = []
    for phone in phones:
        number = phone.number.strip()
        if number and number not in seen:
            seen.add(number)
            result.append(Phone(number, phone.label))
    return result


def apply_import(
    plan: ImportPlan,
    *,
    choices: Mapping[int, Choice | str] | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    today: date | None = None,
    region: str | None = None,
) -> ImportSummary:
    """Write the plan in one transaction; :class:`ImportCancelled` leaves nothing written.

    ``choices`` maps a plan item's index to merge, new or skip; by default matches are merged
    (except those only maybe the same person) and the rest imported as new. A card merged with
    an earlier card of this import goes wherever that one goes.
    """
    choices = choices or {}
    conn: sqlite3.Connection = database.connection()
    applier = _Applier(conn, progress, should_cancel, today or date.today(), region or "")
    applier.region = region or default_region()
    summary = ImportSummary(skipped=list(plan.problems))
    selected: list[tuple[PlanItem, Choice]] = []
    into_new: dict[int, int] = {}  # item index -> the new item it becomes part of
    into_contact: dict[int, int] = {}  # item index -> the existing contact it merges into
    folded: dict[int, list[PlanItem]] = {}  # new item index -> later cards of the same person
    for item in plan.items:
        choice = Choice(choices.get(item.index, item.default_choice))
        if choice == Choice.MERGE and item.match_id is None:
            target = item.duplicate_of
            if target is not None and target in into_new:
                into_new[item.index] = into_new[target]
                folded.setdefault(into_new[target], []).append(item)
                continue
            if target is not None and target in into_contact:
                item = replace(item, match_id=into_contact[target])
            else:
                choice = Choice.NEW
        if choice == Choice.SKIP:
            summary.skipped.append(Problem(item.card.file, item.card.line, "not selected"))
            continue
        if choice == Choice.NEW:
            into_new[item.index] = item.index
            if item.is_match and item.maybe:
                summary.kept_apart.append(
                    Problem(
                        item.card.file,
                        item.card.line,
                        f"{item.card.data.display_name} may be the same person as "
                        f"{item.match_name} ({item.match_reason}; another UID): imported as new",
                    )
                )
        else:
            assert item.match_id is not None
            into_contact[item.index] = item.match_id
        selected.append((item, choice))
    selected = [
        (_fold_in(item, folded.get(item.index, []), applier.region), choice)
        for item, choice in selected
    ]
    aliases = [(dup, target) for target, dups in folded.items() for dup in dups]
    total = len(selected)
    with gc_paused(), bulk_cache(conn), database.atomic():
        refuse_if_damaged(conn)  # an import never writes into a file SQLite finds damaged
        next_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
        taken = {
            uid
            for (uid,) in _query_in(
                conn,
                "SELECT uid FROM contact WHERE uid IN ({marks})",
                [item.card.source_uid for item, _ in selected if item.card.source_uid],
            )
        }
        new_items: list[tuple[PlanItem, int, str]] = []
        id_of: dict[int, int] = {}
        for item, choice in selected:
            if choice == Choice.NEW:
                uid = item.card.source_uid
                if not uid or uid in taken:
                    uid = str(uuid.uuid4())
                taken.add(uid)
                new_items.append((item, next_id, uid))
                id_of[item.index] = next_id
                next_id += 1
            else:
                assert item.match_id is not None
                id_of[item.index] = item.match_id
        for dup, target in aliases:
            id_of[dup.index] = id_of[target]
        edges = _resolve_referrals(conn, selected, [d for d, _ in aliases], id_of, applier)
        applier.check()
        applier.insert_new(new_items)
        summary.imported = len(new_items)
        merges = [
            (item.match_id, item.card.data)
            for item, choice in selected
            if choice == Choice.MERGE and item.match_id is not None
        ]
        applier.check()
        if merges:
            applier.merge_all(merges)
        summary.merged = len(merges) + len(aliases)
        applier.check()
        if edges:
            bulk_insert(
                conn,
                "referral",
                ["referred_id", "referrer_id", "referred_on", "reason", "calls_ahead"],
                edges,
            )
        summary.referrals = len(edges)
        applier.check()
        if progress is not None:
            progress(total, total)
    summary.skipped.extend(applier.problems)
    summary.contact_ids = [id_of[item.index] for item, _ in selected]
    return summary


def _fold_in(item: PlanItem, duplicates: list[PlanItem], region: str) -> PlanItem:
    """``item`` with the later cards of the same person merged into a copy of its data."""
    if not duplicates:
        return item
    card = replace(item.card, data=copy.deepcopy(item.card.data))
    if not card.source_uid:  # a LinkedIn row and the phone's card: keep the phone's UID
        card.source_uid = next((d.card.source_uid for d in duplicates if d.card.source_uid), "")
    for duplicate in duplicates:
        merge_data(card.data, duplicate.card.data, region)
        if not card.related_uid and not card.referrer_name:
            other = duplicate.card
            card.related_uid, card.referrer_name = other.related_uid, other.referrer_name
            card.referral_reason, card.referred_on = other.referral_reason, other.referred_on
            card.calls_ahead = other.calls_ahead
    return replace(item, card=card)


def merge_data(into: ContactData, other: ContactData, region: str = "US") -> None:
    """The merge rule on plain data: fill what is empty, keep notes, add e-mails and phones."""
    for name in (
        "given_name", "family_name", "organization", "title", "notes", "how_met",
        *_MERGED_DETAILS,
    ):  # fmt: skip
        if not getattr(into, name) and getattr(other, name):
            setattr(into, name, getattr(other, name))
    if into.photo is None and other.photo is not None:
        into.photo, into.photo_mime = other.photo, other.photo_mime
    if into.date_added is None:
        into.date_added = other.date_added
    known = {e.address.casefold() for e in into.emails}
    into.emails.extend(e for e in other.emails if e.address.casefold() not in known)
    numbers = {normalize_phone(p.number, region) or p.number for p in into.phones}
    into.phones.extend(
        p for p in other.phones if (normalize_phone(p.number, region) or p.number) not in numbers
    )
    urls = {linkedin_key(lk.url) or lk.url.casefold() for lk in into.links}
    into.links.extend(
        lk for lk in other.links if (linkedin_key(lk.url) or lk.url.casefold()) not in urls
    )
    if not into.addresses:
        into.addresses = list(other.addresses)
    into.tags.extend(t for t in other.tags if t not in into.tags)


def _resolve_referrals(
    conn: sqlite3.Connection,
    selected: list[tuple[PlanItem, Choice]],
    aliases: list[PlanItem],
    id_of: dict[int, int],
    applier: _Applier,
) -> list[tuple[int, int, str | None, str, bool]]:
    """Referral links (referred, referrer, referred on, reason, calls ahead) from RELATED UIDs
    and referrer names, without loops."""
    wanting = [
        (item, choice)
        for item, choice in selected
        if item.card.related_uid or item.card.referrer_name
    ]
    if not wanting:
        return []
    by_uid: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for item in [i for i, _ in selected] + aliases:
        if item.card.source_uid:
            by_uid.setdefault(item.card.source_uid, id_of[item.index])
        # The same name twice in one import is most likely one person from two sources.
        by_name.setdefault(fold(item.card.data.display_name), id_of[item.index])
    missing_uids = [i.card.related_uid for i, _ in wanting if i.card.related_uid not in by_uid]
    for uid, contact_id in _query_in(
        conn, "SELECT uid, id FROM contact WHERE uid IN ({marks})", missing_uids
    ):
        by_uid.setdefault(uid, contact_id)
    missing_names = [
        fold(i.card.referrer_name)
        for i, _ in wanting
        if i.card.referrer_name and fold(i.card.referrer_name) not in by_name
    ]
    db_names: dict[str, int | None] = {}
    for sort_name, contact_id in _query_in(
        conn, "SELECT sort_name, id FROM contact WHERE sort_name IN ({marks})", missing_names
    ):
        db_names[sort_name] = None if sort_name in db_names else contact_id
    parent: dict[int, int] = {}
    db_parent: dict[int, int | None] = {}
    new_ids = {id_of[item.index] for item, choice in selected if choice == Choice.NEW}

    def referrer_of(contact_id: int) -> int | None:
        if contact_id in parent:
            return parent[contact_id]
        if contact_id in new_ids:
            return None
        if contact_id not in db_parent:
            row = conn.execute(
                "SELECT referrer_id FROM referral WHERE referred_id = ?", (contact_id,)
            ).fetchone()
            db_parent[contact_id] = int(row[0]) if row else None
        return db_parent[contact_id]

    # Some ancestor of each contact walked through, nearer the top than its referrer: links are
    # only ever added above a top, so it stays an ancestor, and every walk is short (a chain
    # listed top first made each walk as long as the chain: 20,000 cards took 34 s).
    ancestor: dict[int, int] = {}

    def top_of(contact_id: int) -> int | None:
        """The top of the chain above ``contact_id``; None when it runs in a circle (only a
        damaged database holds one; linking below it adds no loop)."""
        path: list[int] = []
        on_path: set[int] = set()
        node = contact_id
        while True:
            up = ancestor.get(node)
            if up is None:
                up = referrer_of(node)
            if up is None:
                break
            if node in on_path:
                return None
            path.append(node)
            on_path.add(node)
            node = up
        for step in path:
            ancestor[step] = node
        return node

    edges: list[tuple[int, int, str | None, str, bool]] = []
    for item, choice in wanting:
        card = item.card
        child = id_of[item.index]
        referrer: int | None = None
        if card.related_uid:
            referrer = by_uid.get(card.related_uid)
        if referrer is None and card.referrer_name:
            key = fold(card.referrer_name)
            referrer = by_name.get(key) if key in by_name else db_names.get(key)
        if referrer is None:
            who = card.referrer_name or card.related_uid
            applier.problems.append(
                Problem(card.file, card.line, f"referrer {who!r} not found: link not made")
            )
            if card.referrer_name and not card.data.how_met:
                card.data.how_met = f"Referred by {card.referrer_name}"
            continue
        if referrer == child:
            continue
        if choice == Choice.MERGE and referrer_of(child) is not None:
            continue  # they already have a referrer: keep it
        # The child has no referrer yet, so it tops its own chain: a link to a referrer below
        # it would close a loop.
        if top_of(referrer) == child:
            applier.problems.append(
                Problem(card.file, card.line, "referral would make a loop: link not made")
            )
            continue
        parent[child] = referrer
        on = card.referred_on.isoformat() if card.referred_on else None
        edges.append((child, referrer, on, card.referral_reason, card.calls_ahead))
    return edges


def import_files(
    paths: Iterable[Path | str],
    *,
    merge: bool = True,
    merge_possible: bool = False,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Read, match and write in one go (the command line's import). ``merge`` merges sure
    matches, ``merge_possible`` also those only maybe the same person."""
    result = read_files(paths, progress=progress, should_cancel=should_cancel)
    plan = plan_import(result)
    choices: dict[int, Choice] = {}
    for item in plan.items:
        if not merge:
            choices[item.index] = Choice.NEW
        elif merge_possible and item.is_match:
            choices[item.index] = Choice.MERGE
    return apply_import(
        plan, choices=choices, progress=progress, should_cancel=should_cancel, today=today
    )


# Export ----------------------------------------------------------------------------------------

EXPORT_FORMATS = ("vcard4", "vcard3", "csv")


def export_contacts(
    path: Path | str,
    fmt: str = "vcard4",
    ids: Sequence[int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    raw: bool = False,
) -> int:
    """Write contacts (all, or ``ids``) as vCard 4.0, vCard 3.0 or CSV; returns how many.

    A CSV cell that a spreadsheet would run as a formula gets an apostrophe in front (which
    NetDesk's import takes away again); ``raw`` writes such cells as they are.

    The file is written to a new temporary file beside it (created exclusively, never through
    a planted symlink, 0600) and renamed when complete, so a cancelled or failed export
    (:class:`ExportCancelled`, a full disk) leaves any earlier file as it was.
    """
    if fmt not in EXPORT_FORMATS:
        raise NetDeskError(
            f"Unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}."
        )
    cards = export_cards(ids)
    path = Path(path)
    total = len(cards)

    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # Excel wants the BOM on a CSV
    with temp_file_replacing(path) as partial:
        with partial.open("w", encoding=encoding, newline="") as out:
            write: Callable[[ExportCard], object]
            if fmt == "csv":
                writer = csv.writer(out)
                writer.writerow(EXPORT_HEADER)
                write = lambda card: writer.writerow(  # noqa: E731
                    csv_row(
                        card.data,
                        card.referrer_name,
                        uid=export_uid(card.uid),
                        referrer_uid=export_uid(card.referrer_uid) if card.referrer_uid else "",
                        raw=raw,
                    )
                )
            else:
                version = "4.0" if fmt == "vcard4" else "3.0"
                write = lambda card: out.write(write_vcard(card, version))  # noqa: E731
            for done, card in enumerate(cards):
                if done % 500 == 0:
                    step(done)
                write(card)
        step(total)
    return total
