"""Merge a group of contacts that are one person into one contact, and undo that exactly.

One contact of the group survives (its id and UID stay, so links to it keep working). Each of
its fields is taken from the member the user chose: by default from the most complete member
(ties: the most recently contacted), or, where that one's field is empty, from the next one;
the name is the fullest ("Sara Smith" rather than "S. Smith"), the last contact the latest and
the date added the earliest. Notes that differ are
kept one after the other. Every e-mail, phone, address, link and tag is kept once; every
meeting, interaction, task and favour moves to the survivor, and so do the people any of them
referred. The survivor's own referrer is the one chosen among the members' referrers: a link
between two members disappears (it would be someone referring themselves), and a referrer who
came to you through one of the members is refused, naming both, since that would close a loop.

Everything happens in one transaction. :func:`merge_contacts` returns a snapshot of every row it
changed or removed, taken before; :func:`undo_merge` puts exactly those rows back, with their
ids, so the removed contacts return with their meetings, referrals and all.

Tables that point at a contact are found in the schema (``PRAGMA foreign_key_list``), so rows of
tables added later move with the person too instead of being deleted with a removed member.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from netdesk.core.contacts import ContactData, TableRows, load_contact
from netdesk.core.duplicates import name_words
from netdesk.core.errors import NetDeskError, NotFoundError, ReferralCycleError
from netdesk.core.importing import linkedin_key
from netdesk.core.phones import NOT_A_NUMBER, phone_key
from netdesk.core.text import fold
from netdesk.models import database

FIELDS = (
    "name",
    "nickname",
    "organization",
    "department",
    "title",
    "birthday",
    "relationship",
    "lead",
    "status",
    "how_met",
    "date_added",
    "last_contact",
    "next_follow_up",
    "photo",
    "notes",
)
"""What the user picks per field, in the order the merge view shows them."""

_COLUMNS = {
    "name": ("display_name", "given_name", "family_name", "sort_name"),
    "nickname": ("nickname",),
    "organization": ("company_id",),
    "department": ("department",),
    "title": ("title",),
    "birthday": ("birthday",),
    "relationship": ("relationship",),
    "lead": ("lead",),
    "status": ("status",),
    "how_met": ("how_met",),
    "date_added": ("date_added",),
    "last_contact": ("last_contact",),
    "next_follow_up": ("next_follow_up",),
    "photo": ("photo", "photo_mime"),
    "notes": ("notes",),
}
_DEFAULTS = {"relationship": "other", "lead": "cold", "status": "to_contact"}
"""A field holding its default value counts as empty when picking the most complete member."""
_DERIVED = {"org_sort", "referrer_sort", "primary_email", "primary_phone"}
"""Contact columns kept up to date by triggers (migration 2)."""
_SPECIAL = {"referral", "contact_tag", "not_duplicate"}
"""Tables pointing at contacts that the merge handles row by row, not by moving them."""


@dataclass
class MergePlan:
    contact_ids: list[int]
    keep: int
    """The member that survives; the others are removed."""
    choices: dict[str, int] = field(default_factory=dict)
    """Field (one of :data:`FIELDS`) -> the member whose value is kept; absent: the survivor's."""
    combine_notes: bool = True
    """Keep every member's notes, one after the other (``choices["notes"]`` is then ignored)."""
    referrer: int | None = None
    """Who referred the merged contact (None: someone you knew directly)."""


@dataclass
class ReferrerOption:
    contact_id: int
    name: str
    referred: list[int]
    """The members this person referred."""
    loop: str = ""
    """Why choosing them would make a loop in the chain of introductions ("" when it would not)."""


@dataclass
class MergeDraft:
    """What the merge view shows: each member, the default plan, what will be combined."""

    order: list[int]
    """The members, most complete first (the default survivor)."""
    contacts: dict[int, ContactData]
    plan: MergePlan
    referrers: list[ReferrerOption]
    emails: list[str]
    phones: list[str]
    addresses: list[str]
    links: list[str]
    tags: list[str]
    combined_notes: str
    moved: dict[str, int]
    """How many meetings, interactions, tasks, favours and referred people move to the survivor."""


@dataclass
class MergeSnapshot:
    """Every row :func:`merge_contacts` changed or removed, as it was before."""

    plan: MergePlan
    removed: list[int]
    contacts: TableRows
    moved: list[tuple[TableRows, str]]
    """Rows of other tables that belonged to removed members, with their key column."""
    tags: TableRows
    referrals: TableRows
    not_duplicates: TableRows
    added_pairs: list[tuple[int, int]]


# Reading -----------------------------------------------------------------------------------------


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = database.connection()
    return conn


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _select(conn: sqlite3.Connection, table: str, where: str, params: Sequence[Any]) -> TableRows:
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', tuple(params))
    return TableRows(table, [d[0] for d in cursor.description], cursor.fetchall())


def _contact_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    rows = _select(conn, "contact", f"id IN ({_marks(ids)})", ids)
    return {row[0]: dict(zip(rows.columns, row, strict=True)) for row in rows.rows}


def _filled(name: str, row: dict[str, Any]) -> bool:
    value = row[_COLUMNS[name][0]]
    return value not in (None, "", b"") and value != _DEFAULTS.get(name)


def rank(ids: Iterable[int]) -> list[int]:
    """Most complete first (filled fields, then e-mails, phones, meetings...), then most
    recently contacted."""
    conn = _conn()
    ids = sorted({int(i) for i in ids})
    rows = _contact_rows(conn, ids)
    marks = _marks(ids)
    items = dict.fromkeys(ids, 0)
    for table in ("contact_email", "contact_phone", "contact_address", "contact_link",
                  "contact_tag", "meeting", "interaction"):  # fmt: skip
        for contact_id, count in conn.execute(
            f"SELECT contact_id, count(*) FROM {table} WHERE contact_id IN ({marks}) "
            "GROUP BY contact_id",
            ids,
        ):
            items[contact_id] += count

    def key(contact_id: int) -> tuple[int, int, int, int]:
        row = rows[contact_id]
        filled = sum(_filled(name, row) for name in FIELDS if name != "name")
        return (-filled, -items[contact_id], -_ordinal(row["last_contact"]), contact_id)

    return sorted((i for i in ids if i in rows), key=key)


def _ordinal(day: object) -> int:
    """A stored date as a number to sort by (0 when there is none, or it is not a date)."""
    try:
        return date.fromisoformat(str(day)).toordinal() if day else 0
    except ValueError:
        return 0


def _fullness(name: str) -> tuple[int, int]:
    """ "Sara Smith" is fuller than "S. Smith": more whole words, then more letters."""
    words = name_words(name)
    return (sum(len(w) > 1 for w in words), sum(len(w) for w in words))


def combined_notes(notes: Iterable[str]) -> str:
    """Each different note once, in order; a note already contained in another is left out."""
    kept: list[str] = []
    for note in notes:
        note = note.strip()
        if not note or any(note in other for other in kept):
            continue
        kept = [other for other in kept if other not in note]
        kept.append(note)
    return "\n\n".join(kept)


def _email_key(row: dict[str, Any]) -> str:
    return str(row["address"]).strip().casefold()


def _phone_key(row: dict[str, Any]) -> str:
    e164 = row["e164"] or phone_key(row["number"])
    return e164 if e164 != NOT_A_NUMBER else " ".join(str(row["number"]).split()).casefold()


def _link_key(row: dict[str, Any]) -> str:
    return linkedin_key(row["url"]) or str(row["url"]).strip().casefold()


def _address_key(row: dict[str, Any]) -> str:
    parts = ("street", "locality", "region", "postal_code", "country")
    return "\x1f".join(fold(str(row[p])) for p in parts)


_CHILDREN = {
    "contact_email": _email_key,
    "contact_phone": _phone_key,
    "contact_link": _link_key,
    "contact_address": _address_key,
}


def _combine(
    conn: sqlite3.Connection, table: str, order: Sequence[int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``table`` kept (in order: the survivor's first) and those that repeat one."""
    key_of = _CHILDREN[table]
    rows = _select(conn, table, f"contact_id IN ({_marks(order)})", order)
    place = {contact_id: n for n, contact_id in enumerate(order)}
    records = [dict(zip(rows.columns, row, strict=True)) for row in rows.rows]
    records.sort(key=lambda r: (place[r["contact_id"]], r["position"], r["id"]))
    seen: set[str] = set()
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    for record in records:
        key = key_of(record)
        if key in seen and record["contact_id"] != order[0]:
            dropped.append(record)
            continue
        seen.add(key)
        kept.append(record)
    return kept, dropped


def _ancestors(conn: sqlite3.Connection, contact_id: int) -> list[int]:
    """``contact_id`` and everyone up its chain of referrers, nearest first."""
    return [
        row[0]
        for row in conn.execute(
            """
            WITH RECURSIVE up(id, depth) AS (
                SELECT ?, 0
                UNION ALL
                SELECT r.referrer_id, up.depth + 1 FROM referral r JOIN up ON r.referred_id = up.id
                WHERE up.depth < 1000000
            )
            SELECT id FROM up ORDER BY depth
            """,
            (contact_id,),
        )
    ]


def _loop(conn: sqlite3.Connection, referrer: int, members: Sequence[int]) -> str:
    """Why ``referrer`` cannot refer the merged contact, or ""."""
    if referrer in members:
        return "A contact cannot be their own referrer."
    through = next((i for i in _ancestors(conn, referrer) if i in members), None)
    if through is None:
        return ""
    names = dict(
        conn.execute(
            "SELECT id, display_name FROM contact WHERE id IN (?, ?)", (referrer, through)
        ).fetchall()
    )
    return (
        f"{names.get(referrer, '')} cannot be the referrer of the merged contact: "
        f"{names.get(referrer, '')} came to you through {names.get(through, '')}, "
        "so that would make a loop in the chain of introductions."
    )


def _referrer_options(conn: sqlite3.Connection, order: Sequence[int]) -> list[ReferrerOption]:
    options: dict[int, ReferrerOption] = {}
    rows = conn.execute(
        "SELECT r.referred_id, r.referrer_id, c.display_name FROM referral r "
        f"JOIN contact c ON c.id = r.referrer_id WHERE r.referred_id IN ({_marks(order)})",
        list(order),
    ).fetchall()
    place = {contact_id: n for n, contact_id in enumerate(order)}
    for referred, referrer, name in sorted(rows, key=lambda r: place[r[0]]):
        if referrer in place:
            continue  # a link inside the group disappears
        if referrer not in options:
            options[referrer] = ReferrerOption(referrer, name, [], _loop(conn, referrer, order))
        options[referrer].referred.append(referred)
    return list(options.values())


def prepare_merge(ids: Iterable[int]) -> MergeDraft:
    """The members as the merge view shows them, with the default choices."""
    conn = _conn()
    order = rank(ids)
    if len(order) < 2:
        raise NotFoundError("Fewer than two of these contacts still exist: nothing to merge.")
    rows = _contact_rows(conn, order)
    choices: dict[str, int] = {}
    for name in FIELDS:
        choices[name] = next((i for i in order if _filled(name, rows[i])), order[0])
    choices["name"] = max(
        order, key=lambda i: (_fullness(rows[i]["display_name"]), -order.index(i))
    )
    dated = [i for i in order if rows[i]["last_contact"]]
    if dated:
        choices["last_contact"] = max(dated, key=lambda i: str(rows[i]["last_contact"]))
    choices["date_added"] = min(order, key=lambda i: (str(rows[i]["date_added"]), order.index(i)))
    referrers = _referrer_options(conn, order)
    allowed = next((r.contact_id for r in referrers if not r.loop), None)
    plan = MergePlan(list(order), order[0], choices, True, allowed)
    others = order[1:]
    marks = _marks(others)
    moved = {
        table: int(
            conn.execute(
                f"SELECT count(*) FROM {table} WHERE contact_id IN ({marks})", others
            ).fetchone()[0]
        )
        for table in ("meeting", "interaction", "task", "favour")
    }
    moved["referred"] = int(
        conn.execute(
            f"SELECT count(*) FROM referral WHERE referrer_id IN ({marks}) "
            f"AND referred_id NOT IN ({_marks(order)})",
            [*others, *order],
        ).fetchone()[0]
    )

    def kept(table: str, show: Any) -> list[str]:
        return [show(r) for r in _combine(conn, table, order)[0]]

    tags = conn.execute(
        f"SELECT DISTINCT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"WHERE ct.contact_id IN ({_marks(order)}) ORDER BY t.name COLLATE NOCASE",
        order,
    ).fetchall()
    contacts = {i: load_contact(i) for i in order}
    return MergeDraft(
        order=order,
        contacts=contacts,
        plan=plan,
        referrers=referrers,
        emails=kept("contact_email", lambda r: r["address"]),
        phones=kept("contact_phone", lambda r: r["number"]),
        addresses=kept(
            "contact_address",
            lambda r: ", ".join(
                str(r[p])
                for p in ("street", "postal_code", "locality", "region", "country")
                if str(r[p]).strip()
            ),
        ),
        links=kept("contact_link", lambda r: r["url"]),
        tags=[t for (t,) in tags],
        combined_notes=combined_notes(contacts[i].notes for i in order),
        moved=moved,
    )


# Merging ---------------------------------------------------------------------------------------


def _referencing(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``contact``, from the schema itself."""
    found = []
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for (table,) in tables:
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            if row[2] == "contact":
                found.append((table, row[3]))
    return found


def _key_column(conn: sqlite3.Connection, table: str) -> str:
    """The INTEGER PRIMARY KEY of ``table`` (its rowid), or "rowid"."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
        return str(keys[0][1])
    without_rowid = conn.execute(
        "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    if without_rowid:
        raise NetDeskError(f"Contacts cannot be merged: NetDesk does not know table {table}.")
    return "rowid"


def _check(conn: sqlite3.Connection, plan: MergePlan) -> tuple[list[int], list[int]]:
    members = list(dict.fromkeys(int(i) for i in plan.contact_ids))
    if plan.keep not in members:
        raise NetDeskError("The contact to keep must be one of those merged.")
    present = {
        row[0]
        for row in conn.execute(
            f"SELECT id FROM contact WHERE id IN ({_marks(members)})", members
        ).fetchall()
    }
    missing = [i for i in members if i not in present]
    if missing:
        raise NotFoundError(
            "These contacts were deleted in the meantime: nothing was merged. "
            f"(ids {', '.join(map(str, missing))})"
        )
    if len(members) < 2:
        raise NetDeskError("A merge needs at least two contacts.")
    unknown = set(plan.choices) - set(FIELDS)
    if unknown:
        raise NetDeskError(f"Unknown fields: {', '.join(sorted(unknown))}.")
    outside = {i for i in plan.choices.values() if i not in members}
    if outside:
        raise NetDeskError("Every value must come from one of the contacts merged.")
    if plan.referrer is not None:
        if conn.execute("SELECT 1 FROM contact WHERE id = ?", (plan.referrer,)).fetchone() is None:
            raise NotFoundError("The chosen referrer no longer exists.")
        message = _loop(conn, plan.referrer, members)
        if message:
            raise ReferralCycleError(message)
    others = [i for i in rank(members) if i != plan.keep]
    return members, others


def merge_contacts(plan: MergePlan) -> MergeSnapshot:
    """Merge ``plan.contact_ids`` into ``plan.keep`` in one transaction (see the module)."""
    conn = _conn()
    with database.atomic():
        members, others = _check(conn, plan)
        keep = plan.keep
        order = [keep, *others]
        everyone, rest = _marks(members), _marks(others)
        tables = [(t, c) for t, c in _referencing(conn) if t not in _SPECIAL]
        moved = []
        for table, column in tables:
            key = _key_column(conn, table)
            cursor = conn.execute(
                f'SELECT {"rowid, " if key == "rowid" else ""}* FROM "{table}" '
                f'WHERE "{column}" IN ({rest})',
                others,
            )
            rows = TableRows(table, [d[0] for d in cursor.description], cursor.fetchall())
            moved.append((rows, key))
        snapshot = MergeSnapshot(
            plan=replace(plan, contact_ids=list(members), choices=dict(plan.choices)),
            removed=others,
            contacts=_select(conn, "contact", f"id IN ({everyone})", members),
            moved=moved,
            tags=_select(conn, "contact_tag", f"contact_id IN ({everyone})", members),
            referrals=_select(
                conn,
                "referral",
                f"referred_id IN ({everyone}) OR referrer_id IN ({everyone})",
                members * 2,
            ),
            not_duplicates=_select(
                conn,
                "not_duplicate",
                f"contact_a IN ({everyone}) OR contact_b IN ({everyone})",
                members * 2,
            ),
            added_pairs=[],
        )
        _write_fields(conn, plan, order)
        for table in _CHILDREN:
            kept, dropped = _combine(conn, table, order)
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(r["id"],) for r in dropped])
            position = max((r["position"] for r in kept if r["contact_id"] == keep), default=-1)
            for record in kept:
                if record["contact_id"] != keep:
                    position += 1
                    conn.execute(
                        f"UPDATE {table} SET contact_id = ?, position = ? WHERE id = ?",
                        (keep, position, record["id"]),
                    )
        conn.execute(
            f"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
            f"SELECT ?, tag_id FROM contact_tag WHERE contact_id IN ({rest})",
            [keep, *others],
        )
        for table, column in tables:
            if table not in _CHILDREN:
                conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" IN ({rest})',
                    [keep, *others],
                )
        _merge_referrals(conn, plan, members, others)
        snapshot.added_pairs = _carry_dismissals(conn, keep, members, others)
        conn.execute(f"DELETE FROM contact WHERE id IN ({rest})", others)
    return snapshot


def _write_fields(conn: sqlite3.Connection, plan: MergePlan, order: list[int]) -> None:
    rows = _contact_rows(conn, order)
    keep = plan.keep
    values: dict[str, Any] = {}
    for name in FIELDS:
        source = plan.choices.get(name, keep)
        if name == "notes" and plan.combine_notes:
            values["notes"] = combined_notes(rows[i]["notes"] for i in order)
            continue
        for column in _COLUMNS[name]:
            values[column] = rows[source][column]
    # Columns this version does not know (added by a later one): fill what the survivor lacks.
    known = {c for columns in _COLUMNS.values() for c in columns} | _DERIVED | {"id", "uid"}
    for column in rows[keep]:
        if column in known or rows[keep][column] not in (None, "", b""):
            continue
        values[column] = next(
            (rows[i][column] for i in order if rows[i][column] not in (None, "", b"")),
            rows[keep][column],
        )
    changed = {c: v for c, v in values.items() if v != rows[keep][c]}
    if changed:
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        conn.execute(f"UPDATE contact SET {sets} WHERE id = ?", (*changed.values(), keep))


def _merge_referrals(
    conn: sqlite3.Connection, plan: MergePlan, members: list[int], others: list[int]
) -> None:
    keep = plan.keep
    everyone, rest = _marks(members), _marks(others)
    # The people they referred: now referred by the survivor. Links inside the group go.
    conn.execute(
        f"DELETE FROM referral WHERE referrer_id IN ({everyone}) AND referred_id IN ({everyone})",
        members * 2,
    )
    conn.execute(
        f"UPDATE referral SET referrer_id = ? WHERE referrer_id IN ({rest})", [keep, *others]
    )
    own = conn.execute("SELECT id, referrer_id FROM referral WHERE referred_id = ?", (keep,))
    current = own.fetchone()
    if plan.referrer is None:
        conn.execute("DELETE FROM referral WHERE referred_id = ?", (keep,))
        return
    if current is not None and current[1] == plan.referrer:
        return
    source = conn.execute(
        f"SELECT id, referred_on, reason, calls_ahead, meeting_id FROM referral "
        f"WHERE referrer_id = ? AND referred_id IN ({rest}) ORDER BY id LIMIT 1",
        [plan.referrer, *others],
    ).fetchone()
    details = tuple(source[1:]) if source is not None else (None, "", 0, None)
    if current is not None:
        conn.execute(
            "UPDATE referral SET referrer_id = ?, referred_on = ?, reason = ?, calls_ahead = ?, "
            "meeting_id = ? WHERE id = ?",
            (plan.referrer, *details, current[0]),
        )
    elif source is not None:
        conn.execute("UPDATE referral SET referred_id = ? WHERE id = ?", (keep, source[0]))
    else:
        conn.execute(
            "INSERT INTO referral (referred_id, referrer_id, referred_on, reason, calls_ahead, "
            "meeting_id) VALUES (?, ?, ?, ?, ?, ?)",
            (keep, plan.referrer, *details),
        )


def _carry_dismissals(
    conn: sqlite3.Connection, keep: int, members: list[int], others: list[int]
) -> list[tuple[int, int]]:
    """ "Not duplicates" said of a removed member holds for the merged contact."""
    rest = _marks(others)
    pairs = conn.execute(
        f"SELECT contact_a, contact_b FROM not_duplicate "
        f"WHERE contact_a IN ({rest}) OR contact_b IN ({rest})",
        others * 2,
    ).fetchall()
    added = []
    for a, b in pairs:
        other = b if a in others else a
        if other in members:
            continue
        pair = (min(keep, other), max(keep, other))
        cursor = conn.execute(
            "INSERT OR IGNORE INTO not_duplicate (contact_a, contact_b) VALUES (?, ?)", pair
        )
        if cursor.rowcount:
            added.append(pair)
    return added


# Undo ------------------------------------------------------------------------------------------


def undo_merge(snapshot: MergeSnapshot) -> None:
    """Put back every row :func:`merge_contacts` changed or removed, with the same ids."""
    conn = _conn()
    members = [row[0] for row in snapshot.contacts.rows]
    everyone = _marks(members)
    columns = snapshot.contacts.columns
    with database.atomic():
        removed = [row for row in snapshot.contacts.rows if row[0] in snapshot.removed]
        _insert(conn, TableRows("contact", columns, removed))
        for row in snapshot.contacts.rows:
            if row[0] not in snapshot.removed:
                pairs = [(c, v) for c, v in zip(columns, row, strict=True)
                         if c != "id" and c not in _DERIVED]  # fmt: skip
                sets = ", ".join(f'"{c}" = ?' for c, _ in pairs)
                conn.execute(
                    f"UPDATE contact SET {sets} WHERE id = ?", (*(v for _, v in pairs), row[0])
                )
        for rows, key in snapshot.moved:
            _put_back(conn, rows, key)
        conn.execute(f"DELETE FROM contact_tag WHERE contact_id IN ({everyone})", members)
        _insert(conn, snapshot.tags)
        ids = [row[0] for row in snapshot.referrals.rows]
        conn.execute(
            f"DELETE FROM referral WHERE referred_id IN ({everyone}) "
            f"OR referrer_id IN ({everyone}) OR id IN ({_marks(ids)})",
            [*members, *members, *ids],
        )
        _insert(conn, snapshot.referrals)
        conn.executemany(
            "DELETE FROM not_duplicate WHERE contact_a = ? AND contact_b = ?",
            snapshot.added_pairs,
        )
        _insert(conn, snapshot.not_duplicates, "INSERT OR IGNORE")


def _insert(conn: sqlite3.Connection, rows: TableRows, verb: str = "INSERT") -> None:
    if not rows.rows:
        return
    cols = ", ".join(f'"{c}"' for c in rows.columns)
    conn.executemany(
        f'{verb} INTO "{rows.table}" ({cols}) VALUES ({_marks(rows.columns)})', rows.rows
    )


def _put_back(conn: sqlite3.Connection, rows: TableRows, key: str) -> None:
    """Each row as it was: updated where it still exists (moved), inserted where not (a
    repeated e-mail or phone the merge dropped)."""
    if not rows.rows:
        return
    at = rows.columns.index(key)
    others = [(n, c) for n, c in enumerate(rows.columns) if n != at and c != key]
    sets = ", ".join(f'"{c}" = ?' for _, c in others)
    for row in rows.rows:
        cursor = conn.execute(
            f'UPDATE "{rows.table}" SET {sets} WHERE "{key}" = ?',
            (*(row[n] for n, _ in others), row[at]),
        )
        if cursor.rowcount == 0:
            values = (row[at], *(row[n] for n, _ in others))
            cols = ", ".join(f'"{c}"' for c in (key, *(c for _, c in others)))
            conn.execute(f'INSERT INTO "{rows.table}" ({cols}) VALUES ({_marks(values)})', values)
