"""The queries that find contacts sharing a key, and the pairs marked "not duplicates".

Exact keys are grouped by SQLite on indexed, normalised columns; what needs core's rules (names,
LinkedIn profiles, e-mail domains) is read as rows for core to group.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from netdesk.models.db import database
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",")]


def shared_emails(limit: int) -> Iterator[tuple[str, list[int]]]:
    """(address, contacts) for every address (ignoring ASCII case) that 2 to ``limit`` contacts
    share."""
    for address, ids in connection().execute(
        "SELECT lower(address), group_concat(DISTINCT contact_id) FROM contact_email "
        "GROUP BY address COLLATE NOCASE HAVING count(DISTINCT contact_id) BETWEEN 2 AND ?",
        (limit,),
    ):
        yield str(address), _ids(ids)


def non_ascii_emails() -> list[tuple[int, str]]:
    """(contact, address) of the addresses with letters beyond ASCII, which SQLite's NOCASE
    does not fold."""
    rows = connection().execute(
        "SELECT contact_id, address FROM contact_email "
        "WHERE length(CAST(address AS BLOB)) > length(address)"
    )
    return [(int(c), str(a)) for c, a in rows]


def emails_equal_to(keys: Iterable[str]) -> list[tuple[int, str]]:
    """(contact, address) of the addresses equal to one of ``keys`` ignoring ASCII case."""
    return [
        (int(c), str(a))
        for c, a in select_in(
            connection(),
            "SELECT contact_id, address FROM contact_email "
            "WHERE address COLLATE NOCASE IN ({marks})",
            keys,
        )
    ]


def shared_phones(limit: int) -> Iterator[tuple[str, list[int]]]:
    """(E.164 number, contacts) for every number 2 to ``limit`` contacts share."""
    for e164, ids in connection().execute(
        "SELECT e164, group_concat(DISTINCT contact_id) FROM contact_phone "
        "WHERE e164 NOT IN ('', '-') GROUP BY e164 "
        "HAVING count(DISTINCT contact_id) BETWEEN 2 AND ?",
        (limit,),
    ):
        yield str(e164), _ids(ids)


def email_domains() -> Iterator[tuple[int, str]]:
    """(contact, domain in lower case) of every e-mail address."""
    for cid, domain in connection().execute(
        "SELECT contact_id, lower(substr(address, instr(address, '@') + 1)) FROM contact_email "
        "WHERE instr(address, '@') > 0"
    ):
        yield int(cid), str(domain)


def names_and_places() -> Iterator[tuple[int, str, str]]:
    """(contact, display name, organization key) of everyone."""
    for cid, name, org in connection().execute("SELECT id, display_name, org_sort FROM contact"):
        yield int(cid), str(name), str(org)


def members(ids: Iterable[int]) -> dict[int, tuple[str, str, str, str, str]]:
    """(name, organization, first e-mail, first phone, sort name) of each of ``ids``."""
    return {
        int(row[0]): tuple(row[1:])
        for row in select_in(
            connection(),
            "SELECT c.id, c.display_name, coalesce(co.name, ''), c.primary_email, "
            "c.primary_phone, c.sort_name FROM contact c "
            "LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN ({marks})",
            ids,
        )
    }


# Not duplicates -------------------------------------------------------------------------------


def dismissed_pairs() -> set[tuple[int, int]]:
    rows = connection().execute("SELECT contact_a, contact_b FROM not_duplicate")
    return {(int(a), int(b)) for a, b in rows}


def dismiss(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Record that these contacts are all different people (the ones that still exist);
    returns the pairs newly recorded."""
    conn = connection()
    added = []
    with database.atomic():
        for a, b in itertools.combinations(sorted({int(i) for i in ids}), 2):
            cursor = conn.execute(
                "INSERT OR IGNORE INTO not_duplicate (contact_a, contact_b) "
                "SELECT ?, ? WHERE (SELECT count(*) FROM contact WHERE id IN (?, ?)) = 2",
                (a, b, a, b),
            )
            if cursor.rowcount:
                added.append((a, b))
        if added:
            store.changed(Topic.DUPLICATES, {i for pair in added for i in pair})
    return added


def undismiss(pairs: Iterable[tuple[int, int]]) -> None:
    ordered = [(min(a, b), max(a, b)) for a, b in pairs]
    with database.atomic():
        connection().executemany(
            "DELETE FROM not_duplicate WHERE contact_a = ? AND contact_b = ?", ordered
        )
        store.changed(Topic.DUPLICATES, {i for pair in ordered for i in pair})
