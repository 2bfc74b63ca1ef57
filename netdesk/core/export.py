"""Plain records of contacts, shared by ``list --json`` and the exporters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netdesk.models import database


def contact_records(ids: Sequence[int]) -> list[dict[str, Any]]:
    """One dict per id, in the order given, with the fields ``netdesk list --json`` promises."""
    records: dict[int, dict[str, Any]] = {}
    conn = database.connection()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"""
            SELECT c.id, c.display_name, c.given_name, c.family_name, coalesce(co.name, ''),
                   c.title, r.referrer_id, c.relationship, c.status, c.next_follow_up
            FROM contact c
            LEFT JOIN company co ON co.id = c.company_id
            LEFT JOIN referral r ON r.referred_id = c.id
            WHERE c.id IN ({marks})
            """,
            chunk,
        ):
            records[row[0]] = {
                "id": row[0],
                "display_name": row[1],
                "given_name": row[2],
                "family_name": row[3],
                "organization": row[4],
                "title": row[5],
                "emails": [],
                "phones": [],
                "referred_by": row[6],
                "relationship": row[7],
                "status": row[8],
                "next_follow_up": row[9],
            }
        for table, column, key in (
            ("contact_email", "address", "emails"),
            ("contact_phone", "number", "phones"),
        ):
            for contact_id, value in conn.execute(
                f"SELECT contact_id, {column} FROM {table} WHERE contact_id IN ({marks}) "
                "ORDER BY contact_id, position, id",
                chunk,
            ):
                records[contact_id][key].append(value)
    return [records[i] for i in ids if i in records]
