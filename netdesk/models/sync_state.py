"""What NetDesk remembers about its sync accounts: the SQL of ``sync_account``, ``sync_card``,
``sync_conflict``, ``sync_item``, ``sync_calendar`` and ``sync_mark`` (migrations 9, 10 and 12,
``0009_sync.sql``, ``0010_sync_conflicts.sql`` and ``0013_sync_marks.sql``), and the tasks and
meetings as the calendar sync reads them.

An account never holds a password (the keyring or a command has it). A card row says what this
database and the server had in common after the last exchange of that card: the href and ETag
there, the contact here (by id and UID, so a contact deleted here, even one whose id came back
for someone else, is seen as gone), the card text as it was (the three-way merge's base) and the
digest of NetDesk's rendering of the contact then (another digest now: edited here since; ''
for a card that came down as a new contact, not worked out until the contact changes here),
and the contact's change count then (``sync_mark``, kept by triggers: a count that has not grown
since says the contact was not touched, without writing its card to find out).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from netdesk.models.meetings import CalendarMeeting
from netdesk.models.sql import connection, execute_in, select_in
from netdesk.models.store import Topic, store


@dataclass(frozen=True)
class AccountRecord:
    id: int
    url: str
    username: str = ""
    password_command: str = ""
    uses_keyring: bool = False
    fingerprint: str = ""
    allow_insecure: bool = False
    addressbook_url: str = ""
    calendar_url: str = ""
    vcard_version: str = "4.0"
    sync_token: str = ""
    last_sync: str | None = None
    last_result: str = ""


@dataclass(frozen=True)
class CardState:
    href: str
    contact_id: int
    uid: str
    etag: str
    base: str
    digest: str
    mark: int = 0
    """The contact's change count (`change_counts`) when the card was agreed on."""


_ACCOUNT_COLUMNS = (
    "id, url, username, password_command, uses_keyring, fingerprint, allow_insecure, "
    "addressbook_url, calendar_url, vcard_version, sync_token, last_sync, last_result"
)


def _account(row: tuple[object, ...]) -> AccountRecord:
    (ident, url, user, command, keyring, fingerprint, insecure, book, calendar, version) = row[:10]
    token, last_sync, last_result = row[10:]
    return AccountRecord(
        int(str(ident)),
        str(url),
        str(user),
        str(command),
        bool(keyring),
        str(fingerprint),
        bool(insecure),
        str(book),
        str(calendar),
        str(version),
        str(token),
        None if last_sync is None else str(last_sync),
        str(last_result),
    )


def add_account(account: AccountRecord) -> int:
    """Store ``account`` (its ``id`` is ignored); returns the new id."""
    with store.transaction():
        cursor = connection().execute(
            "INSERT INTO sync_account (url, username, password_command, uses_keyring, "
            "fingerprint, allow_insecure, addressbook_url, calendar_url, vcard_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account.url,
                account.username,
                account.password_command,
                int(account.uses_keyring),
                account.fingerprint,
                int(account.allow_insecure),
                account.addressbook_url,
                account.calendar_url,
                account.vcard_version,
            ),
        )
        store.changed(Topic.SETTINGS)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def accounts() -> list[AccountRecord]:
    rows = connection().execute(f"SELECT {_ACCOUNT_COLUMNS} FROM sync_account ORDER BY id")
    return [_account(row) for row in rows]


def account(account_id: int) -> AccountRecord | None:
    row = (
        connection()
        .execute(f"SELECT {_ACCOUNT_COLUMNS} FROM sync_account WHERE id = ?", (account_id,))
        .fetchone()
    )
    return None if row is None else _account(row)


def remove_account(account_id: int) -> bool:
    """Forget the account and what it shared with its server (its cards, its conflicts)."""
    with store.transaction():
        cursor = connection().execute("DELETE FROM sync_account WHERE id = ?", (account_id,))
        store.changed(Topic.SETTINGS)
    return cursor.rowcount > 0


def set_fingerprint(account_id: int, fingerprint: str) -> bool:
    """Trust the certificate with this SHA-256 fingerprint for the account from now on (a
    renewed certificate of a self-hosted server); False when the account is gone."""
    with store.transaction():
        cursor = connection().execute(
            "UPDATE sync_account SET fingerprint = ? WHERE id = ?", (fingerprint, account_id)
        )
        store.changed(Topic.SETTINGS)
    return cursor.rowcount > 0


def set_sync_token(account_id: int, token: str) -> None:
    with store.transaction():
        connection().execute(
            "UPDATE sync_account SET sync_token = ? WHERE id = ?", (token, account_id)
        )


def set_vcard_version(account_id: int, version: str) -> None:
    with store.transaction():
        connection().execute(
            "UPDATE sync_account SET vcard_version = ? WHERE id = ?", (version, account_id)
        )
        store.changed(Topic.SETTINGS)


def set_result(account_id: int, when: datetime, result: str) -> None:
    with store.transaction():
        connection().execute(
            "UPDATE sync_account SET last_sync = ?, last_result = ? WHERE id = ?",
            (when.isoformat(timespec="seconds"), result, account_id),
        )
        store.changed(Topic.SETTINGS)


def cards(account_id: int) -> dict[str, CardState]:
    """Every card the account shares with its server, by href."""
    rows = connection().execute(
        "SELECT href, contact_id, uid, etag, base, digest, mark FROM sync_card "
        "WHERE account_id = ?",
        (account_id,),
    )
    return {row[0]: CardState(*row) for row in rows}


def put_card(account_id: int, card: CardState) -> None:
    """Remember ``card`` as the state both sides now share (replacing what was there)."""
    put_cards(account_id, [card])


def put_cards(account_id: int, rows: Sequence[CardState]) -> None:
    """`put_card` for each of ``rows``, in one transaction and two statements (of two rows
    for one contact, the later is its card, as if each had been put in turn)."""
    rows = list({card.contact_id: card for card in rows}.values())
    with store.transaction():
        conn = connection()
        conn.executemany(
            "DELETE FROM sync_card WHERE account_id = ? AND contact_id = ? AND href <> ?",
            [(account_id, card.contact_id, card.href) for card in rows],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO sync_card (account_id, href, contact_id, uid, etag, base, "
            "digest, mark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (account_id, c.href, c.contact_id, c.uid, c.etag, c.base, c.digest, c.mark)
                for c in rows
            ],
        )


def change_counts(ids: Iterable[int] | None = None) -> dict[int, int]:
    """How many times each contact (every one, or those of ``ids``) was written to in what its
    card is made of (see ``0013_sync_marks.sql``); one never counted is left out."""
    sql = "SELECT contact_id, changes FROM sync_mark"
    if ids is None:
        return {int(i): int(n) for i, n in connection().execute(sql)}
    rows = select_in(connection(), sql + " WHERE contact_id IN ({marks})", ids)
    return {int(i): int(n) for i, n in rows}


def drop_card(account_id: int, href: str) -> None:
    with store.transaction():
        connection().execute(
            "DELETE FROM sync_card WHERE account_id = ? AND href = ?", (account_id, href)
        )


def contact_uids() -> dict[int, str]:
    """Every contact's id and UID (what a sync compares with its cards)."""
    return {int(i): str(u) for i, u in connection().execute("SELECT id, uid FROM contact")}


def adopt_uid(contact_id: int, uid: str) -> None:
    """Give a contact the UID of the server's card it was matched with, so that every device
    knows the person by the same one (a card's UID cannot change at its address)."""
    with store.transaction():
        connection().execute("UPDATE contact SET uid = ? WHERE id = ?", (uid, contact_id))
        store.changed(Topic.CONTACTS, [contact_id])


def ids_with_uids(uids: Iterable[str]) -> dict[str, int]:
    """The contact that has each UID, of those found."""
    rows = select_in(connection(), "SELECT id, uid FROM contact WHERE uid IN ({marks})", uids)
    return {str(uid): int(contact_id) for contact_id, uid in rows}


CONTACT = "contact"
"""``sync_conflict.kind`` of a contact's field (the others: a task's, ``"task"``, or a
meeting's, ``"meeting"``, as ``sync_item.kind``)."""


@dataclass(frozen=True)
class ConflictRecord:
    contact_id: int
    """The contact; for a task or meeting, its person (0 for a task without one)."""
    field: str
    local_value: str
    remote_value: str
    found_on: str
    kind: str = CONTACT
    item_id: int = 0
    """The task or meeting (0 for a contact's field)."""


_CONFLICT_INSERT = (
    "INSERT INTO sync_conflict "
    "(account_id, contact_id, field, local_value, remote_value, found_on, kind, item_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _conflict_row(account_id: int, c: ConflictRecord) -> tuple[object, ...]:
    return (
        account_id,
        c.contact_id,
        c.field,
        c.local_value,
        c.remote_value,
        c.found_on,
        c.kind,
        c.item_id,
    )


def put_item_conflicts(
    account_id: int, kind: str, item_id: int, merged: Iterable[str], found: Iterable[ConflictRecord]
) -> None:
    """A task's or meeting's conflicts after a merge with the server: those of the ``merged``
    fields (taken from the server, so settled, or found in conflict again) replaced by
    ``found``; the others stay until the user chooses."""
    _put_conflicts(account_id, "kind = ? AND item_id = ?", (kind, item_id), merged, found)


def put_contact_conflicts(
    account_id: int, contact_id: int, merged: Iterable[str], found: Iterable[ConflictRecord]
) -> None:
    """A contact's conflicts after a merge with the server, as :func:`put_item_conflicts` does
    for tasks and meetings: a field the merge took from the server or sent to it (the server
    changed it again, or you did) is no longer the conflict it was."""
    _put_conflicts(account_id, "kind = 'contact' AND contact_id = ?", (contact_id,), merged, found)


def _put_conflicts(
    account_id: int,
    which: str,
    params: tuple[object, ...],
    merged: Iterable[str],
    found: Iterable[ConflictRecord],
) -> None:
    rows = [_conflict_row(account_id, c) for c in found]
    fields = sorted(set(merged) | {str(row[2]) for row in rows})
    if not fields:
        return
    with store.transaction():
        conn = connection()
        dropped = execute_in(
            conn,
            f"DELETE FROM sync_conflict WHERE account_id = ? AND {which} AND field IN ({{marks}})",
            fields,
            (account_id, *params),
        )
        conn.executemany(_CONFLICT_INSERT, rows)
        if rows or dropped:
            store.changed(Topic.SETTINGS)


def drop_item_conflicts(account_id: int, kind: str, item_id: int) -> None:
    """Forget a task's or meeting's conflicts: the server's object is gone, and with it the
    other value."""
    with store.transaction():
        cursor = connection().execute(
            "DELETE FROM sync_conflict WHERE account_id = ? AND kind = ? AND item_id = ?",
            (account_id, kind, item_id),
        )
        if cursor.rowcount:
            store.changed(Topic.SETTINGS)


def conflicts(account_id: int) -> list[ConflictRecord]:
    rows = connection().execute(
        "SELECT contact_id, field, local_value, remote_value, found_on, kind, item_id "
        "FROM sync_conflict WHERE account_id = ? ORDER BY id",
        (account_id,),
    )
    return [ConflictRecord(*row) for row in rows]


# The calendar: follow-ups, thank-you notes and meetings (``sync_item``, ``sync_calendar``) ----


@dataclass(frozen=True)
class ItemState:
    """A calendar object the account shares with its server (see ``sync_item``)."""

    href: str
    kind: str
    local_id: int
    owner: str
    uid: str
    etag: str
    base: str
    digest: str


def items(account_id: int) -> dict[str, ItemState]:
    """Every calendar object the account shares with its server, by href."""
    rows = connection().execute(
        "SELECT href, kind, local_id, owner, uid, etag, base, digest FROM sync_item "
        "WHERE account_id = ?",
        (account_id,),
    )
    return {
        str(r[0]): ItemState(str(r[0]), str(r[1]), int(r[2]), *(str(v) for v in r[3:]))
        for r in rows
    }


def put_item(account_id: int, item: ItemState) -> None:
    """Remember ``item`` as the state both sides now share (one row per task or meeting)."""
    with store.transaction():
        conn = connection()
        if item.kind != "other":
            conn.execute(
                "DELETE FROM sync_item WHERE account_id = ? AND kind = ? AND local_id = ? "
                "AND href <> ?",
                (account_id, item.kind, item.local_id, item.href),
            )
        conn.execute(
            "INSERT OR REPLACE INTO sync_item (account_id, href, kind, local_id, owner, uid, "
            "etag, base, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account_id,
                item.href,
                item.kind,
                item.local_id,
                item.owner,
                item.uid,
                item.etag,
                item.base,
                item.digest,
            ),
        )


def drop_item(account_id: int, href: str) -> None:
    with store.transaction():
        connection().execute(
            "DELETE FROM sync_item WHERE account_id = ? AND href = ?", (account_id, href)
        )


def calendar_token(account_id: int) -> str:
    row = (
        connection()
        .execute("SELECT sync_token FROM sync_calendar WHERE account_id = ?", (account_id,))
        .fetchone()
    )
    return "" if row is None else str(row[0])


def set_calendar_token(account_id: int, token: str) -> None:
    with store.transaction():
        connection().execute(
            "INSERT OR REPLACE INTO sync_calendar (account_id, sync_token) VALUES (?, ?)",
            (account_id, token),
        )


@dataclass(frozen=True)
class SyncTask:
    """A task as the calendar sync sees it, with its person ("" when none)."""

    id: int
    kind: str
    title: str
    due: date
    done: bool
    done_on: date | None
    contact_id: int | None
    meeting_id: int | None
    contact_uid: str
    name: str
    phone: str
    email: str


_TASK_SELECT = (
    "SELECT t.id, t.kind, t.title, t.due, t.done, t.done_on, t.contact_id, t.meeting_id, "
    "coalesce(c.uid, ''), coalesce(c.display_name, ''), coalesce(c.primary_phone, ''), "
    "coalesce(c.primary_email, '') FROM task t LEFT JOIN contact c ON c.id = t.contact_id"
)


def sync_tasks(ids: Iterable[int] | None = None) -> list[SyncTask]:
    """Every task, open or done (or those of ``ids``)."""
    if ids is None:
        rows: Iterable[Any] = connection().execute(_TASK_SELECT)
    else:
        rows = select_in(connection(), _TASK_SELECT + " WHERE t.id IN ({marks})", ids)
    return [
        SyncTask(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            date.fromisoformat(str(r[3])[:10]),
            bool(r[4]),
            None if r[5] is None else date.fromisoformat(str(r[5])[:10]),
            None if r[6] is None else int(r[6]),
            None if r[7] is None else int(r[7]),
            *(str(v) for v in r[8:]),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class SyncMeeting:
    """A meeting as the calendar sync sees it: the export's view and the dates of its tasks."""

    calendar: CalendarMeeting
    contact_id: int
    thank_you_due: date | None
    thank_you_sent: date | None
    follow_up: date | None


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


_MEETING_SELECT = (
    "SELECT m.id, c.uid, c.display_name, c.primary_phone, c.primary_email, m.starts_at, "
    "m.kind, m.purpose, m.agenda, m.planned_minutes, m.actual_minutes, m.contact_id, "
    "m.thank_you_due, m.thank_you_sent, m.follow_up "
    "FROM meeting m JOIN contact c ON c.id = m.contact_id"
)


def sync_meetings(ids: Iterable[int] | None = None) -> list[SyncMeeting]:
    """Every meeting (or those of ``ids``)."""
    if ids is None:
        rows: Iterable[Any] = connection().execute(_MEETING_SELECT)
    else:
        rows = select_in(connection(), _MEETING_SELECT + " WHERE m.id IN ({marks})", ids)
    return [
        SyncMeeting(
            CalendarMeeting(
                id=int(r[0]),
                contact_uid=str(r[1]),
                name=str(r[2]),
                phone=str(r[3] or ""),
                email=str(r[4] or ""),
                starts_at=datetime.fromisoformat(str(r[5])),
                kind=str(r[6]),
                purpose=str(r[7]),
                agenda=str(r[8]),
                planned_minutes=int(r[9]),
                actual_minutes=None if r[10] is None else int(r[10]),
            ),
            int(r[11]),
            _day(r[12]),
            _day(r[13]),
            _day(r[14]),
        )
        for r in rows
    ]
