"""The referral forest: who led to whom, the path back to someone you knew, the opening line."""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.text import isolate_bidi
from netdesk.models import database


@dataclass(frozen=True)
class ChainLink:
    id: int
    display_name: str
    reason: str = ""
    calls_ahead: bool = False


def path_to_me(contact_id: int) -> list[ChainLink]:
    """The chain of introductions from someone you already knew down to ``contact_id``.

    The first link is a root (nobody referred them); the last is the contact itself. Iterative in
    SQLite, so a chain thousands of levels deep is no problem.
    """
    rows = database.execute_sql(
        """
        WITH RECURSIVE up(id, depth) AS (
            SELECT ?, 0
            UNION ALL
            SELECT r.referrer_id, up.depth + 1 FROM referral r JOIN up ON r.referred_id = up.id
        )
        SELECT c.id, c.display_name, coalesce(r.reason, ''), coalesce(r.calls_ahead, 0)
        FROM up JOIN contact c ON c.id = up.id
        LEFT JOIN referral r ON r.referred_id = c.id
        ORDER BY up.depth DESC
        """,
        (contact_id,),
    ).fetchall()
    return [ChainLink(int(i), str(n), str(reason), bool(ahead)) for i, n, reason, ahead in rows]


def describe_path(chain: list[ChainLink], max_links: int | None = None) -> str:
    """ "You know Sara Smith -> she introduced John Public -> ..." as plain text.

    With ``max_links`` a longer chain keeps its first and last links and says how many
    introductions lie between them.
    """
    if not chain:
        return ""
    if len(chain) == 1:
        return f"You know {isolate_bidi(chain[0].display_name)} directly."
    parts = [f"You know {isolate_bidi(chain[0].display_name)}"]
    middle = chain[1:]
    if max_links is not None and len(chain) > max(max_links, 3):
        head = max(1, (max_links - 1) // 2)
        tail = max(1, max_links - 1 - head)
        skipped = len(middle) - head - tail
        parts.extend(f"who introduced {isolate_bidi(link.display_name)}" for link in middle[:head])
        parts.append(f"... {skipped:,} more introductions ...")
        middle = middle[-tail:]
    parts.extend(f"who introduced {isolate_bidi(link.display_name)}" for link in middle)
    return " -> ".join(parts)


def opening_line(contact_id: int) -> str | None:
    """What to say first on a call or in an e-mail: "Sara Smith suggested I give you a call.\""""
    row = database.execute_sql(
        "SELECT p.display_name FROM referral r JOIN contact p ON p.id = r.referrer_id "
        "WHERE r.referred_id = ?",
        (contact_id,),
    ).fetchone()
    if row is None:
        return None
    return f"{isolate_bidi(row[0])} suggested I give you a call."


def referrer_of(contact_id: int) -> int | None:
    row = database.execute_sql(
        "SELECT referrer_id FROM referral WHERE referred_id = ?", (contact_id,)
    ).fetchone()
    return int(row[0]) if row else None


def referred_by(contact_id: int) -> list[int]:
    """Ids of the people ``contact_id`` referred, by name."""
    rows = database.execute_sql(
        "SELECT c.id FROM referral r JOIN contact c ON c.id = r.referred_id "
        "WHERE r.referrer_id = ? ORDER BY c.sort_name, c.id",
        (contact_id,),
    )
    return [int(r[0]) for r in rows]


def generation_sizes() -> list[int]:
    """How many people each generation holds: [people you knew, their referrals, ...]."""
    rows = database.execute_sql(
        """
        WITH RECURSIVE gen(id, depth) AS (
            SELECT id, 0 FROM contact WHERE id NOT IN (SELECT referred_id FROM referral)
            UNION ALL
            SELECT r.referred_id, gen.depth + 1 FROM referral r JOIN gen ON r.referrer_id = gen.id
        )
        SELECT depth, count(*) FROM gen GROUP BY depth ORDER BY depth
        """
    ).fetchall()
    return [int(count) for _, count in rows]
