"""The fields a sync found changed differently on both sides (``sync_conflict``), as the
window's Sync conflicts list shows them, and settling one (the user chose a value).

Kept apart from ``sync_state`` (what the engine reads and writes while it syncs): these are the
reads and writes of the user's side of a conflict. A conflict is a contact's field, or a task's
or meeting's (read here with what names it: the task's title and kind, the meeting's start and
kind, and the person).
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.models.sql import connection
from netdesk.models.store import Topic, store
from netdesk.models.sync_state import CONTACT


@dataclass(frozen=True)
class OpenConflict:
    id: int
    account_id: int
    account_url: str
    contact_id: int
    """The contact; for a task or meeting, its person now (0 for a task without one)."""
    contact_name: str
    """Empty when the contact was deleted here since (or the task has no person)."""
    field: str
    local_value: str
    remote_value: str
    found_on: str
    kind: str = CONTACT
    """`CONTACT`, ``"task"`` or ``"meeting"``."""
    item_id: int = 0
    """The task or meeting (0 for a contact's field)."""
    item_kind: str = ""
    """The task's kind (``follow_up``, ``thank_you``...) or the meeting's (``networking``...)."""
    item_title: str = ""
    """The task's title; for a meeting, when it starts (ISO)."""
    gone: bool = False
    """The contact, task or meeting was deleted here since."""


_SELECT = (
    "SELECT k.id, k.account_id, a.url, COALESCE(c.id, k.contact_id), "
    "COALESCE(c.display_name, ''), k.field, k.local_value, k.remote_value, k.found_on, k.kind, "
    "k.item_id, COALESCE(t.kind, m.kind, ''), COALESCE(t.title, m.starts_at, ''), "
    "CASE k.kind WHEN 'task' THEN t.id IS NULL WHEN 'meeting' THEN m.id IS NULL "
    "ELSE c.id IS NULL END "
    "FROM sync_conflict k JOIN sync_account a ON a.id = k.account_id "
    "LEFT JOIN task t ON k.kind = 'task' AND t.id = k.item_id "
    "LEFT JOIN meeting m ON k.kind = 'meeting' AND m.id = k.item_id "
    "LEFT JOIN contact c ON c.id = CASE k.kind WHEN 'task' THEN t.contact_id "
    "WHEN 'meeting' THEN m.contact_id ELSE k.contact_id END"
)


def _conflict(row: tuple[object, ...]) -> OpenConflict:
    ident, account_id, url, contact_id, name, field, local, remote, found = row[:9]
    kind, item_id, item_kind, item_title, gone = row[9:]
    return OpenConflict(
        int(str(ident)),
        int(str(account_id)),
        str(url),
        int(str(contact_id)),
        str(name),
        str(field),
        str(local),
        str(remote),
        str(found),
        str(kind),
        int(str(item_id)),
        str(item_kind),
        str(item_title),
        bool(gone),
    )


def open_conflicts() -> list[OpenConflict]:
    """Every conflict not settled yet: the contacts' by contact, then the tasks' and meetings'
    by person, each in the order they were found."""
    rows = connection().execute(
        f"{_SELECT} ORDER BY k.kind <> 'contact', COALESCE(c.display_name, '') COLLATE NOCASE, "
        "k.kind, k.item_id, k.id"
    )
    return [_conflict(row) for row in rows]


def open_conflict(conflict_id: int) -> OpenConflict | None:
    row = connection().execute(f"{_SELECT} WHERE k.id = ?", (conflict_id,)).fetchone()
    return None if row is None else _conflict(row)


def conflict_count() -> int:
    row = connection().execute("SELECT COUNT(*) FROM sync_conflict").fetchone()
    return int(row[0])


def settle_conflict(conflict_id: int) -> bool:
    """Forget the conflict (the value the user chose is in the contact, task or meeting); False
    when it was settled already (in another window)."""
    with store.transaction():
        cursor = connection().execute("DELETE FROM sync_conflict WHERE id = ?", (conflict_id,))
        store.changed(Topic.SETTINGS)
    return cursor.rowcount > 0


def reopen_conflict(conflict: OpenConflict) -> int | None:
    """Write a settled conflict down again (its settling undone) and return its new id; None
    when its account is gone or a sync has written down a conflict of the same field since
    (that one is the conflict now)."""
    with store.transaction():
        conn = connection()
        account = conn.execute(
            "SELECT 1 FROM sync_account WHERE id = ?", (conflict.account_id,)
        ).fetchone()
        newer = conn.execute(
            "SELECT 1 FROM sync_conflict WHERE account_id = ? AND kind = ? AND item_id = ? "
            "AND contact_id = ? AND field = ?",
            (
                conflict.account_id,
                conflict.kind,
                conflict.item_id,
                conflict.contact_id,
                conflict.field,
            ),
        ).fetchone()
        if account is None or newer is not None:
            return None
        cursor = conn.execute(
            "INSERT INTO sync_conflict "
            "(account_id, contact_id, field, local_value, remote_value, found_on, kind, item_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conflict.account_id,
                conflict.contact_id,
                conflict.field,
                conflict.local_value,
                conflict.remote_value,
                conflict.found_on,
                conflict.kind,
                conflict.item_id,
            ),
        )
        store.changed(Topic.SETTINGS)
    return int(cursor.lastrowid or 0)
