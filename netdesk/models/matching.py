"""Indexed lookups that find who a card or a contact may be: by UID, e-mail, profile, phone, name.

The keys are computed by core's matching rules (folded names, E.164 numbers); each lookup is one
indexed query per 500 keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from netdesk.models.db import database
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store


def ids_by_uid(uids: Iterable[str]) -> dict[str, int]:
    return {
        str(uid): int(cid)
        for uid, cid in select_in(
            connection(), "SELECT uid, id FROM contact WHERE uid IN ({marks})", uids
        )
    }


def ids_by_email(addresses: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(address in lower case, contact) for each stored address equal to one of ``addresses``
    ignoring ASCII case, lowest contact id first."""
    for address, cid in select_in(
        connection(),
        "SELECT lower(address), contact_id FROM contact_email "
        "WHERE address COLLATE NOCASE IN ({marks}) ORDER BY contact_id",
        addresses,
    ):
        yield str(address), int(cid)


def linkedin_urls() -> Iterator[tuple[str, int]]:
    """(url, contact) of every link that may be a LinkedIn profile, lowest contact id first."""
    for url, cid in connection().execute(
        "SELECT url, contact_id FROM contact_link WHERE url LIKE '%linkedin.com/%' "
        "ORDER BY contact_id"
    ):
        yield str(url), int(cid)


def ids_by_phone_key(keys: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(E.164 key, contact) of the phones with one of ``keys``, highest contact id first."""
    for key, cid in select_in(
        connection(),
        "SELECT e164, contact_id FROM contact_phone WHERE e164 IN ({marks}) "
        "ORDER BY contact_id DESC",
        keys,
    ):
        yield str(key), int(cid)


def ids_by_name_and_org(sort_names: Iterable[str]) -> Iterator[tuple[str, str, int]]:
    """(sort name, organization key, contact) of the contacts with one of these sort names and
    an organization, lowest id first."""
    for name, org, cid in select_in(
        connection(),
        "SELECT sort_name, org_sort, id FROM contact WHERE sort_name IN ({marks}) "
        "AND org_sort != '' ORDER BY id",
        sort_names,
    ):
        yield str(name), str(org), int(cid)


def ids_by_sort_name(sort_names: Iterable[str]) -> Iterator[tuple[str, int]]:
    """(sort name, contact) of the contacts with one of these sort names."""
    for name, cid in select_in(
        connection(), "SELECT sort_name, id FROM contact WHERE sort_name IN ({marks})", sort_names
    ):
        yield str(name), int(cid)


# Phone keys -------------------------------------------------------------------------------------


def phones_without_key() -> list[tuple[int, str]]:
    """(id, number) of the phones nobody computed the matching key of yet (older versions)."""
    rows = connection().execute("SELECT id, number FROM contact_phone WHERE e164 = ''")
    return [(int(i), str(n)) for i, n in rows]


def set_phone_keys(keys: Sequence[tuple[int, str]]) -> None:
    """Store the matching key of phones (by phone id) that have none yet."""
    if not keys:
        return
    conn = connection()
    with database.atomic():
        conn.executemany(
            "UPDATE contact_phone SET e164 = ? WHERE id = ? AND e164 = ''",
            [(key, pid) for pid, key in keys],
        )
        owners = select_in(
            conn, "SELECT DISTINCT contact_id FROM contact_phone WHERE id IN ({marks})",
            [pid for pid, _ in keys],
        )  # fmt: skip
        store.changed(Topic.CONTACTS, [int(cid) for (cid,) in owners])
