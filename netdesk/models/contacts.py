"""The contact aggregate: the one reader and the one writer of a contact with all its parts.

A contact is its ``contact`` row, its e-mails, phones, addresses, links and tags, its company, the
companies it used to work for and who referred them. :data:`FIELDS` is the one list of the contact
columns the application reads and writes; the reader (:func:`read_contacts`) and the writers
(:func:`insert_contacts`, :func:`save_contact`, :func:`add_to_contacts`) all go through it, so that
the editor, the import, the demo and export store and see a contact the same way. Undo writes back
copies of whole rows (:mod:`netdesk.models.contact_undo`).

Core's rules prepare what is written (validation, trimming, the sort and matching keys in
:class:`Keys`); this module stores it as given. Every writer says what it changed
(:meth:`~netdesk.models.store.Store.changed`) inside its transaction.

Inserts write the parts first and the contacts last, in one statement per table (see
:mod:`netdesk.models.bulk`): each contact's full-text row is then built once, from parts already
there, however many contacts one call writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, TypeVar

import peewee

from netdesk.models.bulk import bulk_insert
from netdesk.models.columns import as_date_or_none
from netdesk.models.db import database
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store

# The one column list ------------------------------------------------------------------------

TEXT, BLOB, DATE, INTEGER = "text", "blob", "date", "integer"


@dataclass(frozen=True)
class Field:
    """A column of ``contact`` that holds the :class:`ContactData` attribute of the same name."""

    column: str
    kind: str | type[Enum] = TEXT
    """TEXT, BLOB, DATE, INTEGER (or NULL), or the enum the column stores the value of."""
    fill: bool = False
    """An import merging into a contact fills it in when the contact has none."""


FIELDS: tuple[Field, ...] = (
    Field("uid"),
    Field("display_name"),
    Field("given_name", fill=True),
    Field("family_name", fill=True),
    Field("title", fill=True),
    Field("notes", fill=True),
    Field("photo", BLOB),
    Field("photo_mime"),
    Field("relationship", Relationship),
    Field("lead", Lead),
    Field("status", Status),
    Field("how_met", fill=True),
    Field("date_added", DATE),
    Field("last_contact", DATE),
    Field("next_follow_up", DATE),
    Field("nickname", fill=True),
    Field("department", fill=True),
    Field("birthday", fill=True),
    Field("good_at", fill=True),
    Field("needs", fill=True),
    Field("rhythm_days", INTEGER),
)
"""Every contact column the application writes from :class:`ContactData`. The others: ``id``,
``sort_name`` and ``company_id`` (from :class:`Keys` and the organization), and the sort keys the
triggers of migration 2 keep (``org_sort``, ``referrer_sort``, ``primary_email``,
``primary_phone``), which an insert supplies itself (see the module docstring), and what the
triggers of migration 11 keep for keeping in touch (``last_touch``, ``keep_in_touch_days``,
``keep_in_touch_due``)."""

FILLED = tuple(f.column for f in FIELDS if f.fill)
DERIVED = frozenset(
    {
        "org_sort",
        "referrer_sort",
        "primary_email",
        "primary_phone",
        "last_touch",
        "keep_in_touch_days",
        "keep_in_touch_due",
    }
)
"""Columns kept up to date by triggers: never written back from a copy."""
PARTS = (
    "contact_email",
    "contact_phone",
    "contact_address",
    "contact_link",
    "contact_tag",
    "contact_past_employer",
)
"""Tables holding the parts of a contact (``contact_id`` and the part)."""

_INSERT_COLUMNS = (
    "id",
    *(f.column for f in FIELDS),
    "sort_name",
    "company_id",
    "org_sort",
    "primary_email",
    "primary_phone",
)
_UPDATED = tuple(f.column for f in FIELDS if f.column not in ("uid", "date_added"))
_EMAIL_COLUMNS = ("contact_id", "address", "label", "position")
_PHONE_COLUMNS = ("contact_id", "number", "label", "position", "e164")
_ADDRESS_COLUMNS = (
    "contact_id",
    "label",
    "street",
    "locality",
    "region",
    "postal_code",
    "country",
    "position",
)
_LINK_COLUMNS = ("contact_id", "url", "label", "position")

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class Keys:
    """What core's rules derive from a contact, for the database to sort and match it by."""

    sort_name: str
    """The folded name (``core.text.fold``): the name index and order."""
    company: tuple[str, str] | None = None
    """The organization as shown and its folded key, or None for none."""
    phone_keys: Sequence[str] = ()
    """The matching key (E.164, or ``-`` for not a number) of each phone, in order."""
    past_companies: Sequence[tuple[str, str]] = ()
    """(name, folded key) of each past employer, in order: one for each of
    ``ContactData.past_employers``."""


@dataclass(frozen=True)
class NewContact:
    data: ContactData
    keys: Keys
    uid: str
    id: int | None = None
    """The id to give the contact (an import plans them ahead), or None for the next free one."""


# Reading ----------------------------------------------------------------------------------------


def _member(kind: type[E], value: object) -> E:
    """A stored vocabulary value, or the enum's first member for a damaged one."""
    found = kind._value2member_map_.get(value)  # the enum's own lookup, without its overhead
    # _DEFAULTS holds a member of each enum, which its type (dict[type, Enum]) cannot say.
    return found if isinstance(found, kind) else _DEFAULTS[kind]  # type: ignore[return-value]


_DEFAULTS: dict[type[Enum], Enum] = {
    Relationship: Relationship.OTHER,
    Lead: Lead.COLD,
    Status: Status.TO_CONTACT,
}


def _reader(item: Field, photos: bool) -> tuple[str, Callable[[Any], Any]]:
    """The SQL expression reading ``item`` and the function turning its value into Python."""
    kind = item.kind
    if kind == BLOB:
        expr = f"c.{item.column}" if photos else "NULL"
        return expr, lambda v: bytes(v) if v is not None else None
    if kind == DATE:
        return f"c.{item.column}", as_date_or_none
    if kind == INTEGER:
        return f"c.{item.column}", lambda v: None if v is None else int(v)
    if isinstance(kind, type):
        enum = kind
        return f"c.{item.column}", lambda v: _member(enum, v)
    return f"c.{item.column}", lambda v: "" if v is None else v


def read_contacts(ids: Iterable[int], *, photos: bool = True) -> dict[int, ContactData]:
    """The contacts with these ids that exist, with every part, by id (one query per part and
    500 ids). ``photos=False`` leaves the photos out (``photo`` None), for lists."""
    conn = connection()
    ids = list(dict.fromkeys(int(i) for i in ids))
    readers = [_reader(item, photos) for item in FIELDS]
    names = [item.column for item in FIELDS]
    sql = (
        f"SELECT c.id, {', '.join(expr for expr, _ in readers)}, coalesce(co.name, ''), "
        "r.referrer_id, r.referred_on, r.reason, r.calls_ahead, r.meeting_id FROM contact c "
        "LEFT JOIN company co ON co.id = c.company_id LEFT JOIN referral r ON r.referred_id = c.id "
        "WHERE c.id IN ({marks})"
    )
    convert = [fn for _, fn in readers]
    found: dict[int, ContactData] = {}
    width = len(readers)
    for row in select_in(conn, sql, ids):
        values = {n: fn(v) for n, fn, v in zip(names, convert, row[1 : width + 1], strict=True)}
        data = ContactData(organization=row[width + 1], **values)
        referrer, on, reason, ahead, meeting = row[width + 2 :]
        if referrer is not None:
            data.referral = ReferralInfo(
                int(referrer), as_date_or_none(on), reason, bool(ahead), meeting
            )
        found[int(row[0])] = data
    if not found:
        return found
    present = list(found)
    for cid, address, label in select_in(
        conn,
        "SELECT contact_id, address, label FROM contact_email WHERE contact_id IN ({marks}) "
        "ORDER BY contact_id, position, id",
        present,
    ):
        found[cid].emails.append(Email(address, label))
    for cid, number, label in select_in(
        conn,
        "SELECT contact_id, number, label FROM contact_phone WHERE contact_id IN ({marks}) "
        "ORDER BY contact_id, position, id",
        present,
    ):
        found[cid].phones.append(Phone(number, label))
    for row in select_in(
        conn,
        "SELECT contact_id, label, street, locality, region, postal_code, country "
        "FROM contact_address WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
        present,
    ):
        found[row[0]].addresses.append(Address(*row[1:]))
    for cid, url, label in select_in(
        conn,
        "SELECT contact_id, url, label FROM contact_link WHERE contact_id IN ({marks}) "
        "ORDER BY contact_id, position, id",
        present,
    ):
        found[cid].links.append(Link(url, label))
    for cid, name in select_in(
        conn,
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name",
        present,
    ):
        found[cid].tags.append(name)
    for cid, name in select_in(
        conn,
        "SELECT p.contact_id, co.name FROM contact_past_employer p "
        "JOIN company co ON co.id = p.company_id WHERE p.contact_id IN ({marks}) "
        "ORDER BY p.contact_id, p.position, p.id",
        present,
    ):
        if name not in found[cid].past_employers:  # a merge of two may list one twice
            found[cid].past_employers.append(name)
    return found


def read_contact(contact_id: int) -> ContactData | None:
    """One contact with every part, or None when it does not exist."""
    return read_contacts([contact_id]).get(int(contact_id))


def all_ids_by_name() -> list[int]:
    """Every contact's id, in name order."""
    return [
        int(r[0]) for r in connection().execute("SELECT id FROM contact ORDER BY sort_name, id")
    ]


def names_and_uids(ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(display name, UID) of each of ``ids`` that exists."""
    return {
        int(i): (name, uid)
        for i, name, uid in select_in(
            connection(), "SELECT id, display_name, uid FROM contact WHERE id IN ({marks})", ids
        )
    }


def display_names(ids: Iterable[int]) -> dict[int, str]:
    return {
        int(i): name
        for i, name in select_in(
            connection(), "SELECT id, display_name FROM contact WHERE id IN ({marks})", ids
        )
    }


def contact_exists(contact_id: int) -> bool:
    row = connection().execute("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return row is not None


def find_by_name(key: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, display name, organization) of contacts whose sort name starts with ``key``
    (a prefix range on the sort-name index)."""
    rows = connection().execute(
        "SELECT c.id, c.display_name, coalesce(co.name, '') FROM contact c "
        "LEFT JOIN company co ON co.id = c.company_id "
        "WHERE c.sort_name >= ? AND c.sort_name < ? ORDER BY c.sort_name LIMIT ?",
        (key, key + "\U0010ffff", limit),
    )
    return [(int(i), str(n), str(o)) for i, n, o in rows]


# Writing ----------------------------------------------------------------------------------------


def _stored(item: Field, value: Any) -> Any:
    kind = item.kind
    if kind == DATE:
        return value.isoformat() if value is not None else None
    if isinstance(kind, type):
        return value.value if isinstance(value, kind) else kind(value).value
    return value


def _values(data: ContactData, uid: str, today: date) -> dict[str, Any]:
    """The :data:`FIELDS` columns of ``data`` as stored (a dict in :data:`FIELDS` order)."""
    values = {
        column: getattr(data, column) if item is None else _stored(item, getattr(data, column))
        for column, item in _CONVERTED
    }
    values["uid"] = uid
    values["display_name"] = data.name
    values["photo_mime"] = data.photo_mime if data.photo else ""
    values["date_added"] = (data.date_added or today).isoformat()
    return values


_CONVERTED = tuple((f.column, None if f.kind in (TEXT, BLOB) else f) for f in FIELDS)
"""Each column with the field whose value needs converting to be stored (None: as it is)."""


def company_ids(
    conn: sqlite3.Connection, companies: Iterable[tuple[str, str] | None]
) -> dict[str, int]:
    """The company id of each (name, key), creating the companies not there yet; by key. A key
    that is a known alias of a company (``company_alias.sort_name``) is that company."""
    wanted: dict[str, str] = {}
    for company in companies:
        if company is not None and company[1]:
            wanted.setdefault(company[1], company[0])
    found = {
        key: int(cid)
        for key, cid in select_in(
            conn, "SELECT sort_name, id FROM company WHERE sort_name IN ({marks})", wanted
        )
    }
    unknown = [key for key in wanted if key not in found]
    if unknown:
        found.update(
            (key, int(cid))
            for key, cid in select_in(
                conn,
                "SELECT sort_name, company_id FROM company_alias WHERE sort_name IN ({marks})",
                unknown,
            )
        )
    missing = [(name, key) for key, name in wanted.items() if key not in found]
    if missing:
        bulk_insert(conn, "company", ["name", "sort_name"], missing)
        found.update(
            (key, int(cid))
            for key, cid in select_in(
                conn,
                "SELECT sort_name, id FROM company WHERE sort_name IN ({marks})",
                [key for _, key in missing],
            )
        )
        store.changed(Topic.COMPANIES, [found[key] for _, key in missing])
    return found


def company_id(name: str, key: str) -> int:
    """The id of the company with this folded name, created (as ``name``) if needed."""
    with database.atomic():
        return company_ids(connection(), [(name, key)])[key]


def fold_tag(name: str) -> str:
    """Tags are told apart ignoring case and runs of spaces."""
    return " ".join(name.split()).casefold()


def tag_ids(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    """The id of each tag (by :func:`fold_tag`), creating the tags not there yet."""
    wanted = {fold_tag(n): " ".join(n.split()) for n in names if n.strip()}
    for name in wanted.values():
        conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))  # NOCASE column
    return {
        fold_tag(name): int(tid)
        for tid, name in select_in(
            conn, "SELECT id, name FROM tag WHERE name IN ({marks})", list(wanted.values())
        )
    }


@dataclass
class _Parts:
    emails: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    addresses: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[int, str]] = field(default_factory=list)
    past: list[tuple[int, tuple[str, str], int]] = field(default_factory=list)
    """(contact, (company name, key), position) of each past employer."""

    def add(
        self,
        contact_id: int,
        data: ContactData,
        phone_keys: Sequence[str],
        start: Mapping[str, int] | None = None,
        past_companies: Sequence[tuple[str, str]] = (),
    ) -> None:
        """The parts of ``data``, numbered from ``start`` (per table) or 0."""
        at = start or {}
        first = at.get("contact_email", 0)
        for pos, email in enumerate(data.emails, first):
            self.emails.append((contact_id, email.address, email.label, pos))
        first = at.get("contact_phone", 0)
        for pos, (phone, key) in enumerate(zip(data.phones, phone_keys, strict=True), first):
            self.phones.append((contact_id, phone.number, phone.label, pos, key))
        first = at.get("contact_address", 0)
        for pos, a in enumerate(data.addresses, first):
            self.addresses.append(
                (contact_id, a.label, a.street, a.locality, a.region, a.postal_code, a.country, pos)
            )
        first = at.get("contact_link", 0)
        for pos, link in enumerate(data.links, first):
            self.links.append((contact_id, link.url, link.label, pos))
        self.tags.extend((contact_id, tag) for tag in data.tags)
        if len(past_companies) != len(data.past_employers):
            raise ValueError("each past employer needs its company key (Keys.past_companies)")
        first = at.get("contact_past_employer", 0)
        self.past.extend(
            (contact_id, company, pos) for pos, company in enumerate(past_companies, first)
        )

    def write(self, conn: sqlite3.Connection) -> None:
        bulk_insert(conn, "contact_email", _EMAIL_COLUMNS, self.emails)
        bulk_insert(conn, "contact_phone", _PHONE_COLUMNS, self.phones)
        bulk_insert(conn, "contact_address", _ADDRESS_COLUMNS, self.addresses)
        bulk_insert(conn, "contact_link", _LINK_COLUMNS, self.links)
        if self.tags:
            ids = tag_ids(conn, (name for _, name in self.tags))
            bulk_insert(
                conn,
                "contact_tag",
                ["contact_id", "tag_id"],
                [(cid, ids[fold_tag(name)]) for cid, name in self.tags if fold_tag(name) in ids],
                verb="INSERT OR IGNORE",
            )
        if self.past:
            companies = company_ids(conn, (company for _, company, _ in self.past))
            bulk_insert(
                conn,
                "contact_past_employer",
                ["contact_id", "company_id", "position"],
                [(cid, companies[company[1]], pos) for cid, company, pos in self.past],
            )


def next_contact_id() -> int:
    """The id the next new contact gets (inside the transaction that inserts it)."""
    row = connection().execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()
    return int(row[0])


def taken_uids(uids: Iterable[str]) -> set[str]:
    """Which of ``uids`` a contact already has."""
    return {
        str(uid)
        for (uid,) in select_in(
            connection(), "SELECT uid FROM contact WHERE uid IN ({marks})", uids
        )
    }


def insert_contacts(
    contacts: Sequence[NewContact],
    *,
    today: date | None = None,
    step: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Insert contacts with all their parts and companies (not their referrals) in one
    transaction; returns their ids, in order. ``step(done, total)`` is called as the work goes
    on (it raises to cancel, which writes nothing)."""
    today = today or date.today()
    conn = connection()
    total = len(contacts)
    tick = step or (lambda done, total: None)
    with database.atomic():
        # Past employers too, each contact's after its company: the ids one save at a time gives.
        companies = company_ids(
            conn, (k for c in contacts for k in (c.keys.company, *c.keys.past_companies))
        )
        next_id = next_contact_id()
        ids: list[int] = []
        rows: list[tuple[Any, ...]] = []
        parts = _Parts()
        for count, new in enumerate(contacts):
            if count % 2000 == 0:
                tick(count, total)
            contact_id = new.id if new.id is not None else next_id
            next_id = max(next_id, contact_id + 1)
            ids.append(contact_id)
            data, keys = new.data, new.keys
            parts.add(contact_id, data, keys.phone_keys, past_companies=keys.past_companies)
            company = companies.get(keys.company[1]) if keys.company else None
            rows.append(
                (
                    contact_id,
                    *_values(data, new.uid, today).values(),
                    keys.sort_name,
                    company,
                    keys.company[1] if company is not None and keys.company else "",
                    data.emails[0].address if data.emails else "",
                    data.phones[0].number if data.phones else "",
                )
            )
        tick(total, total)
        # Parts first, contacts last (see the module docstring).
        conn.execute("PRAGMA defer_foreign_keys = ON")
        parts.write(conn)
        tick(total, total)
        bulk_insert(conn, "contact", _INSERT_COLUMNS, rows)
        store.changed(Topic.CONTACTS, ids)
    return ids


def have_photos(ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` have a photo."""
    return {
        int(i)
        for (i,) in select_in(
            connection(), "SELECT id FROM contact WHERE photo IS NOT NULL AND id IN ({marks})", ids
        )
    }


def update_contact(contact_id: int, data: ContactData, keys: Keys) -> bool:
    """Replace every field and part of a contact (not its UID, nor its date added when ``data``
    has none); False when it does not exist."""
    conn = connection()
    with database.atomic():
        companies = company_ids(conn, [keys.company])
        values = _values(data, "", date.today())
        sets = {column: values[column] for column in _UPDATED}
        if data.date_added is not None:
            sets["date_added"] = values["date_added"]
        sets["sort_name"] = keys.sort_name
        sets["company_id"] = companies.get(keys.company[1]) if keys.company else None
        assignments = ", ".join(f"{column} = ?" for column in sets)
        cursor = conn.execute(
            f"UPDATE contact SET {assignments} WHERE id = ?", (*sets.values(), contact_id)
        )
        if cursor.rowcount == 0:
            return False
        for table in PARTS:
            conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        parts = _Parts()
        parts.add(contact_id, data, keys.phone_keys, past_companies=keys.past_companies)
        parts.write(conn)
        store.changed(Topic.CONTACTS, [contact_id])
    return True


def save_contact(
    data: ContactData,
    keys: Keys,
    *,
    contact_id: int | None = None,
    uid: str = "",
    today: date | None = None,
) -> int | None:
    """The editor's write of one contact: a new one (``contact_id`` None, returns its id), or
    every field and part of an existing one (returns None when it no longer exists).

    Its errors are peewee's (``peewee.IntegrityError``...), like those of every other single
    write of the application, which goes through peewee.
    """
    with peewee.__exception_wrapper__:
        if contact_id is None:
            return insert_contacts([NewContact(data, keys, uid)], today=today)[0]
        return contact_id if update_contact(contact_id, data, keys) else None


@dataclass
class Additions:
    """What an import merging into an existing contact adds to it."""

    contact_id: int
    fields: dict[str, Any] = field(default_factory=dict)
    """:data:`FILLED` columns (and ``photo``, ``photo_mime``, and ``lead`` when the user marks
    the import warm) to set, as :class:`ContactData` holds them."""
    company: tuple[str, str] | None = None
    """The organization to give a contact that has none."""
    parts: ContactData = field(default_factory=ContactData)
    """E-mails, phones, addresses, links, tags and past employers to add after those it has."""
    phone_keys: list[str] = field(default_factory=list)
    past_companies: list[tuple[str, str]] = field(default_factory=list)
    """(name, folded key) of each of ``parts.past_employers``."""


def add_to_contacts(additions: Sequence[Additions]) -> None:
    """Set fields and append parts of existing contacts (one :class:`Additions` each), one
    statement per column and table."""
    conn = connection()
    by_field = {item.column: item for item in FIELDS}
    ids = [a.contact_id for a in additions]
    if len(set(ids)) != len(ids):
        raise ValueError("one Additions per contact")
    with database.atomic():
        companies = company_ids(conn, (a.company for a in additions))
        columns: dict[str, list[tuple[int, Any]]] = {}
        for a in additions:
            for column, value in a.fields.items():
                columns.setdefault(column, []).append(
                    (a.contact_id, _stored(by_field[column], value))
                )
            if a.company is not None:
                columns.setdefault("company_id", []).append((a.contact_id, companies[a.company[1]]))
        for column, rows in columns.items():
            _update_column(conn, column, rows)
        start: dict[int, dict[str, int]] = {i: {} for i in ids}
        for table in (
            "contact_email",
            "contact_phone",
            "contact_address",
            "contact_link",
            "contact_past_employer",
        ):
            for cid, last in select_in(
                conn,
                f"SELECT contact_id, max(position) FROM {table} WHERE contact_id IN ({{marks}}) "
                "GROUP BY contact_id",
                ids,
            ):
                start[cid][table] = int(last) + 1
        parts = _Parts()
        for a in additions:
            parts.add(a.contact_id, a.parts, a.phone_keys, start[a.contact_id], a.past_companies)
        parts.write(conn)
        store.changed(Topic.CONTACTS, ids)


def _update_column(conn: sqlite3.Connection, column: str, rows: list[tuple[int, Any]]) -> None:
    """``UPDATE contact SET column = ...`` for many contacts in one statement."""
    if column not in FILLED and column not in ("photo", "photo_mime", "company_id", "lead"):
        raise ValueError(f"an import does not fill in {column}")
    conn.execute("CREATE TEMP TABLE merge_update (id INTEGER PRIMARY KEY, value)")
    try:
        conn.executemany("INSERT INTO temp.merge_update (id, value) VALUES (?, ?)", rows)
        conn.execute(
            f"UPDATE main.contact SET {column} = u.value FROM temp.merge_update u "
            "WHERE main.contact.id = u.id"
        )
    finally:
        conn.execute("DROP TABLE temp.merge_update")
