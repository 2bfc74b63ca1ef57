"""Contact CSV files: LinkedIn, Google (current and legacy), Outlook (English and localised),
Thunderbird, and NetDesk's own export; anything else through a column mapping.

Columns are always found by their header name, never by position; the header itself is searched
for (LinkedIn puts a "Notes:" preamble above it). The encoding and the delimiter are detected.

Why it is long: about half of it is the exporters' column tables (every localised Outlook and
Google header); the rest reads them in one pass that all of them share.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from netdesk.core.birthdays import is_birthday, parse_birthday
from netdesk.core.formats.cards import ParsedCard, Problem
from netdesk.core.formats.charsets import decode_text_file, guess_charset
from netdesk.core.formats.csv_records import line_end, split_records
from netdesk.core.formats.escaping import clean_text, csv_cell, csv_unguard
from netdesk.core.names import written_name, written_parts
from netdesk.core.text import display_name_from, fold, scrub_surrogates
from netdesk.models.records import Address, ContactData, Email, Link, Phone

_log = logging.getLogger(__name__)


class Field:
    """What a column can be mapped to (also the choices of the mapping step in the app)."""

    IGNORE = ""
    DISPLAY_NAME = "display_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    ORGANIZATION = "organization"
    TITLE = "title"
    DEPARTMENT = "department"
    NICKNAME = "nickname"
    BIRTHDAY = "birthday"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    NOTES = "notes"
    REFERRED_BY = "referred_by"
    TAGS = "tags"
    PAST_EMPLOYERS = "past_employers"
    GOOD_AT = "good_at"
    NEEDS = "needs"
    CONNECTED_ON = "connected_on"
    UID = "uid"
    REFERRER_UID = "referrer_uid"

    ALL = (
        IGNORE,
        DISPLAY_NAME,
        GIVEN_NAME,
        FAMILY_NAME,
        ORGANIZATION,
        TITLE,
        DEPARTMENT,
        NICKNAME,
        BIRTHDAY,
        EMAIL,
        PHONE,
        URL,
        NOTES,
        REFERRED_BY,
        TAGS,
        PAST_EMPLOYERS,
        GOOD_AT,
        NEEDS,
        UID,
        REFERRER_UID,
    )
    LABELS = {
        IGNORE: "(ignore)",
        DISPLAY_NAME: "Display name",
        GIVEN_NAME: "Given name",
        FAMILY_NAME: "Family name",
        ORGANIZATION: "Organization",
        TITLE: "Job title",
        DEPARTMENT: "Department",
        NICKNAME: "Nickname",
        BIRTHDAY: "Birthday",
        EMAIL: "E-mail",
        PHONE: "Phone",
        URL: "Web page",
        NOTES: "Notes",
        REFERRED_BY: "Referred by",
        TAGS: "Tags",
        PAST_EMPLOYERS: "Past employers",
        GOOD_AT: "Good at",
        NEEDS: "Needs",
        CONNECTED_ON: "Connected on",
        UID: "Unique ID (UID)",
        REFERRER_UID: "Referrer's UID",
    }


# Header name (case-insensitive) -> field, in order of preference within each field.
_COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    (Field.DISPLAY_NAME, ("display name", "name", "anzeigename", "nom complet")),
    (
        Field.GIVEN_NAME,
        ("first name", "given name", "first", "vorname", "prénom", "nombre", "voornaam"),
    ),
    (
        Field.FAMILY_NAME,
        (
            "last name",
            "family name",
            "surname",
            "last",
            "nachname",
            "nom",
            "apellidos",
            "achternaam",
        ),
    ),
    (
        Field.ORGANIZATION,
        (
            "company",
            "organization",
            "organisation",
            "organization 1 - name",
            "organization name",
            "firma",
            "société",
            "organización",
            "compañía",
            "bedrijf",
        ),
    ),
    (
        Field.TITLE,
        (
            "job title",
            "position",
            "organization title",
            "organization 1 - title",
            "fonction",
            "puesto",
            "functie",
        ),
    ),
    (
        Field.DEPARTMENT,
        (
            "department",
            "organization 1 - department",
            "organization department",
            "abteilung",
            "service",
            "departamento",
            "afdeling",
        ),
    ),
    (Field.NICKNAME, ("nickname", "spitzname", "surnom", "apodo", "bijnaam")),
    (Field.BIRTHDAY, ("birthday", "geburtstag", "anniversaire", "cumpleaños", "verjaardag")),
    (
        Field.EMAIL,
        (
            "e-mail address",
            "e-mail 1 - value",
            "primary email",
            "e-mail-adresse",
            "e-mail",
            "email address",
            "email",
            "email home",
            "email work",
            "email other",
            "e-mail 2 address",
            "e-mail 3 address",
            "e-mail 2 - value",
            "e-mail 3 - value",
            "secondary email",
            "e-mail 2: adresse",
            "e-mail 2",
            "e-mail 3",
            "adresse de messagerie",
            "dirección de correo electrónico",
            "e-mailadres",
        ),
    ),
    (
        Field.PHONE,
        (
            "business phone",
            "mobile phone",
            "phone 1 - value",
            "work phone",
            "mobile number",
            "telefon geschäftlich",
            "mobiltelefon",
            "phone",
            "phone number",
            "primary phone",
            "home phone",
            "telefon privat",
            "business phone 2",
            "home phone 2",
            "company main phone",
            "other phone",
            "car phone",
            "phone 2 - value",
            "phone 3 - value",
            "téléphone bureau",
            "tél. mobile",
            "téléphone domicile",
            "teléfono del trabajo",
            "teléfono móvil",
            "telefoon op werk",
            "mobiele telefoon",
            # Fax numbers last: a contact's first phone is one to call.
            "business fax",
            "home fax",
            "other fax",
            "fax",
            "fax number",
            "fax geschäftlich",
            "fax privat",
            "weiteres fax",
            "télécopie bureau",
            "télécopie domicile",
            "fax del trabajo",
            "fax particular",
            "fax werk",
            "fax thuis",
        ),
    ),
    (
        Field.URL,
        (
            "url",
            "profile url",
            "linkedin url",
            "website 1 - value",
            "web page",
            "web page 1",
            "web page 2",
            "webseite",
            "page web",
            "website",
        ),
    ),
    (Field.NOTES, ("notes", "note", "notizen", "remarques", "notas", "notities")),
    (
        Field.REFERRED_BY,
        (
            "referred by",
            "empfohlen von",
            "recommandé par",
            "referido por",
            "doorverwezen door",
        ),
    ),
    (Field.TAGS, ("labels", "categories", "group membership", "kategorien", "catégories")),
    (
        Field.PAST_EMPLOYERS,
        (
            "past employers",
            "former employers",
            "previous employers",
            "frühere arbeitgeber",
            "anciens employeurs",
            "empleadores anteriores",
        ),
    ),
    (Field.GOOD_AT, ("good at",)),
    (Field.NEEDS, ("needs",)),
    (Field.CONNECTED_ON, ("connected on",)),
    (Field.UID, ("uid",)),
    (Field.REFERRER_UID, ("referrer uid",)),
]
_BY_HEADER: dict[str, tuple[str, int]] = {}
for _field, _names in _COLUMNS:
    for _rank, _name in enumerate(_names):
        _BY_HEADER.setdefault(_name, (_field, _rank))

# Outlook (English, German) and Thunderbird address columns: label -> part -> header names.
_ADDRESS_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "work": {
        "street": ("business street", "straße geschäftlich", "work address"),
        "street 2": ("business street 2", "straße geschäftlich 2", "work address 2"),
        "street 3": ("business street 3", "straße geschäftlich 3"),
        "locality": ("business city", "ort geschäftlich", "work city"),
        "region": (
            "business state",
            "region geschäftlich",
            "bundesland/kanton geschäftlich",
            "work state",
        ),
        "postal_code": ("business postal code", "postleitzahl geschäftlich", "work zipcode"),
        "country": (
            "business country/region",
            "business country",
            "land/region geschäftlich",
            "work country",
        ),
    },
    "home": {
        "street": ("home street", "straße privat", "home address"),
        "street 2": ("home street 2", "straße privat 2", "home address 2"),
        "street 3": ("home street 3", "straße privat 3"),
        "locality": ("home city", "ort privat"),
        "region": ("home state", "bundesland/kanton privat", "region privat"),
        "postal_code": ("home postal code", "postleitzahl privat", "home zipcode"),
        "country": ("home country/region", "home country", "land/region privat"),
    },
    "other": {
        "street": ("other street", "weitere straße"),
        "street 2": ("other street 2", "weitere straße 2"),
        "street 3": ("other street 3", "weitere straße 3"),
        "locality": ("other city", "weiterer ort"),
        "region": ("other state", "weiteres/r bundesland/kanton"),
        "postal_code": ("other postal code", "weitere postleitzahl"),
        "country": ("other country/region", "weiteres/r land/region"),
    },
}
_BIRTH_PARTS = ("birth year", "birth month", "birth day")  # Thunderbird
# The phone or e-mail label a word in the column's header gives (fax first: "Business Fax").
_HEADER_LABELS = (
    ("fax", "fax"),
    ("télécopie", "fax"),
    ("mobil", "mobile"),
    ("business", "work"),
    ("work", "work"),
    ("geschäftlich", "work"),
    ("home", "home"),
    ("privat", "home"),
    ("other", "other"),
    ("weitere", "other"),
)
_KNOWN_HEADERS = frozenset(
    [*_BY_HEADER, *_BIRTH_PARTS]
    + [name for parts in _ADDRESS_COLUMNS.values() for names in parts.values() for name in names]
)
_REPLACED = re.compile("\ufffd+|[^\ufffd]+")

_GOOGLE_RELATION = re.compile(r"relation (\d+) - (label|type|value)")
_REFERRER_LABEL = re.compile(r"refer|recommend|introduc", re.I)
_DELIMITERS = (",", ";", "\t", "|")
_EMAIL_VALUE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE_VALUE = re.compile(r"\+?[\d\s().\-/]{6,24}")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_SPACE = re.compile(r"\S")


@lru_cache(maxsize=4096)
def header_key(header: str) -> str:
    """A column header as NetDesk knows it: lower case, spaces collapsed, and characters that
    were replaced by U+FFFD before the file reached us (Outlook's German "Straße geschäftlich"
    saved as "Stra\ufffde gesch\ufffdftlich") matched against the known headers, one or two
    characters for each run of replacements."""
    key = " ".join(header.strip().lstrip("\ufeff").lower().split())
    if "\ufffd" not in key or key in _KNOWN_HEADERS:
        return key
    kept = len(key.replace("\ufffd", ""))
    if kept < 3 or kept < 2 * key.count("\ufffd"):
        return key
    pattern = re.compile(
        "".join(
            f".{{1,{len(part)}}}" if part[0] == "\ufffd" else re.escape(part)
            for part in _REPLACED.findall(key)
        )
    )
    found = [name for name in _KNOWN_HEADERS if pattern.fullmatch(name)]
    return found[0] if len(found) == 1 else key


def suggest_field(header: str) -> str:
    """The field a column header most likely holds, or ``Field.IGNORE``."""
    found = _BY_HEADER.get(header_key(header))
    return found[0] if found else Field.IGNORE


@dataclass
class CsvTable:
    """A CSV file split into its header and rows, with where each row starts."""

    file: str
    header: list[str]
    rows: list[list[str]]
    row_lines: list[int]
    header_line: int
    mapping: list[str] = field(default_factory=list)
    """Per column, the field it is read as (``Field``); empty until mapped."""

    @property
    def recognised(self) -> bool:
        wanted = {Field.DISPLAY_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME, Field.EMAIL}
        return bool(wanted & set(self.mapping))

    def sample(self, count: int = 5) -> list[list[str]]:
        return self.rows[:count]

    def suggested_mapping(self) -> list[str]:
        """The header-name mapping, plus e-mail and phone columns recognised by their values
        (a starting point for the mapping step)."""
        mapping = list(self.mapping) + [Field.IGNORE] * (len(self.header) - len(self.mapping))
        taken = set(mapping)
        for column, current in enumerate(mapping):
            if current:
                continue
            values = [row[column].strip() for row in self.rows[:50] if column < len(row)]
            values = [v for v in values if v]
            if not values:
                continue
            for field_name, pattern in ((Field.EMAIL, _EMAIL_VALUE), (Field.PHONE, _PHONE_VALUE)):
                hits = sum(1 for v in values if pattern.fullmatch(v))
                if field_name not in taken and hits >= 0.8 * len(values):
                    mapping[column] = field_name
                    taken.add(field_name)
                    break
        return mapping


def _decode(data: bytes) -> str:
    data, certain = decode_text_file(data)
    if certain:
        return data.decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return scrub_surrogates(data.decode(guess_charset([data[:200_000]]), "replace"))


def _header_index(text: str) -> tuple[int, int, str]:
    """The line holding the header (its number from 0, its position) and its delimiter;
    LinkedIn puts notes above it."""
    best = (-1, 0, 0, ",")
    pos = 0
    for index in range(60):
        if pos >= len(text):
            break
        end = line_end(text, pos)
        line = text[pos:end].rstrip("\r\n")
        if line.strip():
            for delimiter in _DELIMITERS:
                if delimiter not in line:
                    continue
                cells = next(csv.reader([line], delimiter=delimiter), [])
                known = sum(1 for cell in cells if suggest_field(cell))
                if known > best[2]:
                    best = (index, pos, known, delimiter)
            if best[2] >= 2:
                break
        pos = end
    if best[0] >= 0:
        return best[0], best[1], best[3]
    pos = index = 0
    while pos < len(text):
        end = line_end(text, pos)
        line = text[pos:end]
        if line.strip() and not line.lower().startswith("sep="):
            counts = {d: line.count(d) for d in _DELIMITERS}
            delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
            return index, pos, delimiter
        pos, index = end, index + 1
    return 0, 0, ","


def read_table(data: bytes, file: str) -> tuple[CsvTable | None, list[Problem]]:
    """Split a CSV file into header and rows, guessing the mapping from the header names."""
    text = _decode(data)
    if _CONTROL.search(text):  # no place in contact data; a NUL even ends text for SQLite
        text = _CONTROL.sub("", text)
    if not _NOT_SPACE.search(text):
        return None, [Problem(file, 1, "the file is empty")]
    start, offset, delimiter = _header_index(text)
    problems: list[Problem] = []
    header: list[str] = []
    header_line = 0
    rows: list[list[str]] = []
    row_lines: list[int] = []
    for row_line, record in split_records(text, offset, start + 1, delimiter, file, problems):
        if not header:
            header = [cell.strip().lstrip("\ufeff") for cell in record]
            header_line = row_line
            continue
        if not any(cell.strip() for cell in record):
            continue
        rows.append(record)
        row_lines.append(row_line)
    if not header:
        return None, [*problems, Problem(file, 1, "no header line found")]
    table = CsvTable(file, header, rows, row_lines, header_line)
    table.mapping = [suggest_field(h) for h in header]
    return table, problems


def _parse_date(text: str) -> date | None:
    text = text.strip()
    for pattern in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%d %B %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def cards_from_table(
    table: CsvTable, mapping: Sequence[str] | None = None
) -> tuple[list[ParsedCard], list[Problem]]:
    """One card per row with any content, read through ``mapping`` (default: the table's)."""
    mapping = list(mapping if mapping is not None else table.mapping)
    lowered = [header_key(h) for h in table.header]
    # Preference order within a field: the order of the known header names, then position.
    order: dict[str, list[int]] = {}
    for index, target in enumerate(mapping):
        if target:
            order.setdefault(target, []).append(index)
    for target, indexes in order.items():
        indexes.sort(key=lambda i: (_BY_HEADER.get(lowered[i], (target, 999))[1], i))
    relations: dict[str, dict[str, int]] = {}
    for index, name in enumerate(lowered):
        match = _GOOGLE_RELATION.fullmatch(name)
        if match:
            kind = "value" if match.group(2) == "value" else "label"
            relations.setdefault(match.group(1), {})[kind] = index
    google_labels = {  # "Phone 1 - Label" (older exports: "- Type") beside "Phone 1 - Value"
        index: lowered.index(name[: -len("value")] + kind)
        for index, name in enumerate(lowered)
        if name.endswith(" - value")
        for kind in ("type", "label")
        if name[: -len("value")] + kind in lowered
    }
    address_columns = _address_columns(lowered)
    cards: list[ParsedCard] = []
    problems: list[Problem] = []
    width = len(table.header)

    def read_row(row: list[str], line: int) -> ParsedCard | None:
        if len(row) < width:
            row = row + [""] * (width - len(row))
        row = [csv_unguard(cell) for cell in row]

        def values(target: str, row: list[str] = row) -> list[tuple[int, str]]:
            return [(i, row[i].strip()) for i in order.get(target, []) if row[i].strip()]

        def first(target: str) -> str:
            found = values(target)
            return found[0][1] if found else ""

        data = ContactData(
            given_name=first(Field.GIVEN_NAME),
            family_name=first(Field.FAMILY_NAME),
            organization=first(Field.ORGANIZATION),
            title=first(Field.TITLE),
            department=first(Field.DEPARTMENT),
            nickname=first(Field.NICKNAME),
            notes="\n\n".join(v for _, v in values(Field.NOTES)),
            good_at=first(Field.GOOD_AT),
            needs=first(Field.NEEDS),
        )
        birthday = first(Field.BIRTHDAY) or _birth_parts(row, lowered)
        data.birthday = parse_birthday(birthday) or ""
        if birthday and parse_birthday(birthday) is None:
            problems.append(Problem(table.file, line, f"birthday {birthday!r} not understood"))
        seen: set[str] = set()
        for index, value in values(Field.EMAIL):
            for address in value.split(" ::: "):
                if address.strip() and address.strip().casefold() not in seen:
                    seen.add(address.strip().casefold())
                    label = _label(row, google_labels.get(index), lowered[index])
                    data.emails.append(Email(address.strip(), label))
        seen.clear()
        for index, value in values(Field.PHONE):
            for number in value.split(" ::: "):
                if number.strip() and number.strip() not in seen:
                    seen.add(number.strip())
                    label = _label(row, google_labels.get(index), lowered[index])
                    data.phones.append(Phone(number.strip(), label))
        for _, value in values(Field.URL):
            for url in value.split(" ::: "):
                if url.strip():
                    label = "LinkedIn" if "linkedin.com/" in url.lower() else ""
                    data.links.append(Link(url.strip(), label))
        for _, value in values(Field.TAGS):
            for tag in re.split(r" ::: |;|,", value):
                tag = tag.strip().lstrip("*").strip()
                if tag and tag.casefold() not in ("mycontacts", "starred") and tag not in data.tags:
                    data.tags.append(tag)
        for _, value in values(Field.PAST_EMPLOYERS):
            for name in value.split(":::"):  # written with " ::: " between, as Google does
                name = " ".join(name.split())
                if name and name not in data.past_employers:
                    data.past_employers.append(name)
        connected = first(Field.CONNECTED_ON)
        if connected:
            data.date_added = _parse_date(connected)
            data.how_met = "LinkedIn"
        data.addresses.extend(_google_addresses(row, lowered))
        data.addresses.extend(_outlook_addresses(row, address_columns))
        referrer = first(Field.REFERRED_BY)
        for parts in relations.values():
            label_index, value_index = parts.get("label"), parts.get("value")
            if label_index is None or value_index is None:
                continue
            if _REFERRER_LABEL.search(row[label_index]) and row[value_index].strip():
                referrer = referrer or row[value_index].strip()
        display = first(Field.DISPLAY_NAME)
        data.display_name = (
            display
            or display_name_from(data.given_name, data.family_name)
            or data.organization
            or (data.emails[0].address if data.emails else "")
            or (data.phones[0].number if data.phones else "")
        )
        if not data.display_name:
            return None
        return ParsedCard(
            data=data,
            file=table.file,
            line=line,
            referrer_name=referrer,
            source_uid=first(Field.UID),
            related_uid=first(Field.REFERRER_UID),
        )

    for row, line in zip(table.rows, table.row_lines, strict=True):
        try:
            card = read_row(row, line)
        except MemoryError:
            raise
        except Exception as exc:  # a defect met by one row must not cost the others
            _log.exception("reading the row at %s:%d failed", table.file, line)
            reason = f"row could not be read ({type(exc).__name__}: {exc}): skipped"
            problems.append(Problem(table.file, line, reason))
            continue
        if card is None:
            reason = "row without a name, organization, e-mail or phone"
            problems.append(Problem(table.file, line, reason))
        else:
            cards.append(card)
    return cards, problems


def _label(row: list[str], label_index: int | None, header: str) -> str:
    if label_index is not None:
        label = row[label_index].split(" ::: ")[0].strip().lstrip("*").strip().lower()
        return "fax" if "fax" in label else label  # Google's "Work Fax"
    for word, label in _HEADER_LABELS:
        if word in header:
            return label
    return ""


def _birth_parts(row: list[str], lowered: list[str]) -> str:
    """Thunderbird's birthday, written as three columns."""
    if not all(part in lowered for part in _BIRTH_PARTS):
        return ""
    year, month, day = (row[lowered.index(part)].strip() for part in _BIRTH_PARTS)
    if not (month.isdigit() and day.isdigit()):
        return ""
    return f"{year:0>4}-{month:0>2}-{day:0>2}" if year.isdigit() else f"--{month:0>2}-{day:0>2}"


def _address_columns(lowered: list[str]) -> list[tuple[str, dict[str, int]]]:
    """Per address label of Outlook or Thunderbird, the column of each part the file has."""
    found = []
    for label, parts in _ADDRESS_COLUMNS.items():
        where = {
            part: next(lowered.index(n) for n in names if n in lowered)
            for part, names in parts.items()
            if any(n in lowered for n in names)
        }
        if where:
            found.append((label, where))
    return found


def _outlook_addresses(
    row: list[str], columns: list[tuple[str, dict[str, int]]]
) -> Iterable[Address]:
    for label, where in columns:
        cells = {part: row[index].strip() for part, index in where.items()}
        street = "\n".join(cells[p] for p in ("street", "street 2", "street 3") if cells.get(p))
        address = Address(
            label,
            street,
            cells.get("locality", ""),
            cells.get("region", ""),
            cells.get("postal_code", ""),
            cells.get("country", ""),
        )
        if not address.is_empty():
            yield address


def _google_addresses(row: list[str], lowered: list[str]) -> Iterable[Address]:
    for n in range(1, 4):
        prefix = f"address {n} - "
        if prefix + "street" not in lowered:
            if n == 1:
                return
            continue

        def cell(name: str, prefix: str = prefix) -> str:
            key = prefix + name
            return row[lowered.index(key)].strip() if key in lowered else ""

        address = Address(
            cell("label").lower(),
            cell("street"),
            cell("city"),
            cell("region"),
            cell("postal code"),
            cell("country"),
        )
        if not address.is_empty():
            yield address


# Writing ---------------------------------------------------------------------------------------

EXPORT_HEADER = [
    "Display Name",
    "First Name",
    "Last Name",
    "Organization",
    "Job Title",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Mobile Phone",
    "Phone 2 - Value",
    "Phone 3 - Value",
    "Web Page",
    "Notes",
    "Referred By",
    "Categories",
    "Nickname",
    "Department",
    "Birthday",
    "Business Fax",
    "UID",
    "Referrer UID",
    "Past Employers",
    "Good At",
    "Needs",
]


def csv_row(
    data: ContactData,
    referrer_name: str,
    *,
    uid: str = "",
    referrer_uid: str = "",
    raw: bool = False,
) -> list[str]:
    """One contact as a row under :data:`EXPORT_HEADER`; see :func:`csv_cell` for ``raw``."""
    emails = [e.address for e in data.emails] + ["", "", ""]
    phones = [p.number for p in data.phones if not _is_fax(p.label)] + ["", "", ""]
    parts = written_parts(data)
    row = [
        written_name(data),
        parts.given,
        parts.family,
        data.organization,
        data.title,
        *emails[:3],
        *phones[:3],
        data.links[0].url if data.links else "",
        data.notes,
        referrer_name,
        ", ".join(data.tags),
        data.nickname,
        data.department,
        data.birthday if is_birthday(data.birthday) else "",
        " ::: ".join(p.number for p in data.phones if _is_fax(p.label)),
        uid,
        referrer_uid,
        " ::: ".join(data.past_employers),
        data.good_at,
        data.needs,
    ]
    return [csv_cell(cell, raw=raw) for cell in row]


def _is_fax(label: str) -> bool:
    """A fax line, told by its label as written, as the readers tell it ("fax", "Work Fax")."""
    return "fax" in clean_text(label).lower()


def name_key(name: str) -> str:
    return fold(name)
