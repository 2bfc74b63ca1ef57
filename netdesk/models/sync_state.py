"""What NetDesk remembers about its sync accounts: the SQL of ``sync_account``, ``sync_card`` and
``sync_conflict`` (migration 9, ``0009_sync.sql``).

An account never holds a password (the keyring or a command has it). A card row says what this
database and the server had in common after the last exchange of that card: the href and ETag
there, the contact here (by id and UID, so a contact deleted here, even one whose id came back
for someone else, is seen as gone), the card text as it was (the three-way merge's base) and the
digest of NetDesk's rendering of the contact then (another digest now: edited here since).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

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
        "SELECT href, contact_id, uid, etag, base, digest FROM sync_card WHERE account_id = ?",
        (account_id,),
    )
    return {row[0]: CardState(*row) for row in rows}


def put_card(account_id: int, card: CardState) -> None:
    """Remember ``card`` as the state both sides now share (replacing what was there)."""
    with store.transaction():
        conn = connection()
        conn.execute(
            "DELETE FROM sync_card WHERE account_id = ? AND contact_id = ? AND href <> ?",
            (account_id, card.contact_id, card.href),
        )
        conn.execute(
            "INSERT OR REPLACE INTO sync_card "
            "(account_id, href, contact_id, uid, etag, base, digest) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (account_id, card.href, card.contact_id, card.uid, card.etag, card.base, card.digest),
        )


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


@dataclass(frozen=True)
class ConflictRecord:
    contact_id: int
    field: str
    local_value: str
    remote_value: str
    found_on: str


def add_conflicts(account_id: int, found: Iterable[ConflictRecord]) -> None:
    rows = [
        (account_id, c.contact_id, c.field, c.local_value, c.remote_value, c.found_on)
        for c in found
    ]
    if not rows:
        return
    with store.transaction():
        conn = connection()
        execute_in(
            conn,
            "DELETE FROM sync_conflict WHERE account_id = ? AND contact_id IN ({marks})",
            sorted({r[1] for r in rows}),
            (account_id,),
        )
        conn.executemany(
            "INSERT INTO sync_conflict "
            "(account_id, contact_id, field, local_value, remote_value, found_on) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        store.changed(Topic.SETTINGS)


def conflicts(account_id: int) -> list[ConflictRecord]:
    rows = connection().execute(
        "SELECT contact_id, field, local_value, remote_value, found_on FROM sync_conflict "
        "WHERE account_id = ? ORDER BY id",
        (account_id,),
    )
    return [ConflictRecord(*row) for row in rows]
