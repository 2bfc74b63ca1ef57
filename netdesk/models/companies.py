"""Companies and their job postings: the completer's names, who works at a company, postings.

The rules (folding a name into its key, a posting needs a company) are in
:mod:`netdesk.core.companies`; this module stores and reads what it is given. Writers say what
they changed (:meth:`~netdesk.models.store.Store.changed`) inside their transaction.
"""

from __future__ import annotations

from datetime import date

from netdesk.models.contacts import company_ids
from netdesk.models.sql import connection
from netdesk.models.store import Topic, store

_LAST = "\U0010ffff"
"""Sorts after every folded name that starts with a given prefix."""


def names_starting(key: str, limit: int) -> list[str]:
    """The names of the companies whose folded name starts with ``key`` (all for ""), by
    folded name: a range on the unique sort-name index, however many companies there are."""
    if not key:
        rows = connection().execute("SELECT name FROM company ORDER BY sort_name LIMIT ?", (limit,))
    else:
        rows = connection().execute(
            "SELECT name FROM company WHERE sort_name >= ? AND sort_name < ? "
            "ORDER BY sort_name LIMIT ?",
            (key, key + _LAST, limit),
        )
    return [str(name) for (name,) in rows]


def people_at(company_key: str) -> list[tuple[int, str, str, str, str]]:
    """(id, name, title, lead, status) of everyone at the company with this folded name, warm
    leads first, by name."""
    rows = connection().execute(
        "SELECT c.id, c.display_name, c.title, c.lead, c.status "
        "FROM contact c JOIN company co ON co.id = c.company_id WHERE co.sort_name = ? "
        "ORDER BY c.lead = 'cold', c.sort_name",
        (company_key,),
    )
    return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def contact_count(company_id: int) -> int:
    """How many contacts work at the company."""
    row = (
        connection()
        .execute("SELECT count(*) FROM contact WHERE company_id = ?", (company_id,))
        .fetchone()
    )
    return int(row[0])


def add_posting(
    company: tuple[str, str], title: str, url: str, date_seen: date, status: str
) -> int:
    """Store a job posting at ``company`` (name, folded name), creating the company if needed;
    returns the posting's id. Runs in one transaction (the caller's, when there is one)."""
    with store.transaction():
        conn = connection()
        company_id = company_ids(conn, [company])[company[1]]
        cursor = conn.execute(
            "INSERT INTO job_posting (company_id, title, url, date_seen, status, notes) "
            "VALUES (?, ?, ?, ?, ?, '')",
            (company_id, title, url, date_seen.isoformat(), status),
        )
        posting_id = int(cursor.lastrowid or 0)
        store.changed(Topic.POSTINGS, [posting_id])
    return posting_id
