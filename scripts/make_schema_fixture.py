"""Write ``tests/fixtures/schema_vN.sql``: a NetDesk database as schema version N wrote it.

Run once when a migration to N + 1 is added (``python scripts/make_schema_fixture.py N``), then
never again: the fixture is what the migration test upgrades, and it must stay what version N
left on a user's disk. It is made from the frozen migration files 1..N (released migrations
are never edited, so they are that schema exactly) and a few rows as the app wrote them:
contacts with e-mails, phones, an address, tags, a referral, a meeting, a task, a call and a
favour, from version 11 a second attendee of the meeting. Columns and tables a version did not
have are left out; the rows a migration itself writes (version 11's default rhythms) are kept as
it wrote them.

The file holds the schema as SQLite stored it (``sqlite_master``, FTS shadow tables left to
``CREATE VIRTUAL TABLE``), then the rows, so that loading it fires the triggers that fill the
search index exactly as the app did, then ``PRAGMA user_version``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netdesk.core.phones import phone_key  # noqa: E402
from netdesk.core.text import fold  # noqa: E402
from netdesk.models.db import MIGRATIONS  # noqa: E402

COMPANIES = [
    {"id": 1, "name": "Initech", "sort_name": fold("Initech")},
    {"id": 2, "name": "Kühne + Nagel", "sort_name": fold("Kühne + Nagel")},
]
CONTACTS = [
    {
        "id": 1,
        "uid": "uid-priya",
        "display_name": "Priya Raman",
        "given_name": "Priya",
        "family_name": "Raman",
        "company_id": 1,
        "title": "Data Lead",
        "notes": "Knows every data team in town",
        "relationship": "former_coworker",
        "lead": "warm",
        "status": "met",
        "how_met": "Worked together at Hooli",
        "date_added": "2026-03-02",
        "last_contact": "2026-03-12",
        "next_follow_up": "2026-03-26",
        "nickname": "Pri",
        "department": "Analytics",
        "birthday": "1988-07-02",
        "good_at": "data platform hiring",
        "needs": "a speaker for her meetup",
    },
    {
        "id": 2,
        "uid": "uid-tomas",
        "display_name": "Tomás Ortega",
        "given_name": "Tomás",
        "family_name": "Ortega",
        "company_id": 2,
        "title": "Logistics Manager",
        "relationship": "alumni",
        "lead": "warm",
        "status": "contacted",
        "date_added": "2026-03-03",
        "birthday": "--11-23",
        "rhythm_days": 21,
    },
    {
        "id": 3,
        "uid": "uid-mei",
        "display_name": "Mei Chen",
        "given_name": "Mei",
        "family_name": "Chen",
        "relationship": "other",
        "lead": "cold",
        "status": "to_contact",
        "date_added": "2026-03-12",
    },
]
EMAILS = [
    {"id": 1, "contact_id": 1, "address": "priya@initech.example", "label": "work", "position": 0},
    {"id": 2, "contact_id": 1, "address": "priya.r@mail.example", "label": "home", "position": 1},
    {"id": 3, "contact_id": 2, "address": "tomas@kn.example", "label": "work", "position": 0},
]
PHONES = [
    {"id": 1, "contact_id": 1, "number": "+1 415 555 0134", "label": "mobile", "position": 0},
    {"id": 2, "contact_id": 3, "number": "+49 30 1234567", "label": "work", "position": 0},
    {"id": 3, "contact_id": 3, "number": "+49 30 7654321", "label": "fax", "position": 1},
]
ADDRESSES = [
    {
        "id": 1,
        "contact_id": 2,
        "label": "work",
        "street": "Großer Grasbrook 11",
        "locality": "Hamburg",
        "postal_code": "20457",
        "country": "Deutschland",
        "position": 0,
    }
]
LINKS = [
    {
        "id": 1,
        "contact_id": 1,
        "url": "https://www.linkedin.com/in/priya-raman",
        "label": "LinkedIn",
        "position": 0,
    }
]
TAGS = [{"id": 1, "name": "priority"}, {"id": 2, "name": "hiring"}]
CONTACT_TAGS: list[dict[str, object]] = [
    {"contact_id": 1, "tag_id": 1},
    {"contact_id": 1, "tag_id": 2},
    {"contact_id": 3, "tag_id": 2},
]
MEETINGS = [
    {
        "id": 1,
        "contact_id": 1,
        "starts_at": "2026-03-12 10:00:00",
        "kind": "networking",  # "look_for_leads" from version 11 (see _derived)
        "purpose": "How Initech hires data engineers",
        "agenda": "Her team\nWho else to ask",
        "planned_minutes": 20,
        "actual_minutes": 25,
        "outcome": "Two names: Mei Chen and Bo Lindqvist",
        "help_information": 1,
        "help_referrals": 1,
        "thank_you_due": "2026-03-13",
        "follow_up": "2026-03-26",
    }
]
ATTENDEES: list[dict[str, object]] = [{"meeting_id": 1, "contact_id": 2, "position": 1}]
"""From version 11; the meeting's own contact is its first attendee by trigger."""
REFERRALS = [
    {
        "id": 1,
        "referred_id": 3,
        "referrer_id": 1,
        "referred_on": "2026-03-12",
        "meeting_id": 1,
        "reason": "hires data engineers in Berlin",
        "calls_ahead": 1,
    }
]
INTERACTIONS = [
    {
        "id": 1,
        "contact_id": 2,
        "kind": "call",
        "happened_at": "2026-03-04 17:30:00",
        "summary": "Left a message",
    }
]
TASKS = [
    {
        "id": 1,
        "contact_id": 1,
        "meeting_id": 1,
        "kind": "thank_you",
        "title": "Thank Priya for the introduction",
        "due": "2026-03-13",
    },
    {"id": 2, "contact_id": 3, "kind": "call", "title": "Call Mei", "due": "2026-03-16"},
]
FAVOURS = [
    {
        "id": 1,
        "contact_id": 1,
        "direction": "given",
        "description": "Reviewed her talk",
        "happened_on": "2026-03-14",
    }
]
ROWS: list[tuple[str, list[dict[str, object]]]] = [
    ("company", COMPANIES),
    ("contact", CONTACTS),
    ("contact_email", EMAILS),
    ("contact_phone", PHONES),
    ("contact_address", ADDRESSES),
    ("contact_link", LINKS),
    ("tag", TAGS),
    ("contact_tag", CONTACT_TAGS),
    ("meeting", MEETINGS),
    ("meeting_attendee", ATTENDEES),
    ("referral", REFERRALS),
    ("interaction", INTERACTIONS),
    ("task", TASKS),
    ("favour", FAVOURS),
]


FILLED_BY_TRIGGERS = {"meeting_attendee", "company_figures"}
"""Tables whose rows a trigger writes too as the fixture loads (a meeting's first attendee, the
companies' kept figures)."""


def _derived(table: str, row: dict[str, object], version: int) -> dict[str, object]:
    """What the app computed when it wrote ``row`` (columns of later versions are dropped)."""
    if table == "meeting" and version >= 11:
        renamed = {"networking": "look_for_leads", "informational": "learn_about"}
        return {**row, "kind": renamed.get(str(row["kind"]), row["kind"])}
    if table == "contact":
        return {**row, "sort_name": fold(str(row["display_name"]))}
    if table == "contact_phone":
        return {**row, "e164": phone_key(str(row["number"]))}
    return row


def build(version: int) -> sqlite3.Connection:
    """An in-memory database at ``version``, from the frozen migrations, with the rows."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for migration in MIGRATIONS[:version]:
        assert migration.version <= version
        conn.execute("BEGIN")
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {migration.version:d}")
        conn.execute("COMMIT")
    for table, rows in ROWS:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not columns:  # a table of a later version
            continue
        for row in rows:
            values = {k: v for k, v in _derived(table, row, version).items() if k in columns}
            names = ", ".join(values)
            marks = ", ".join("?" * len(values))
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))
    return conn


def dump(conn: sqlite3.Connection, version: int) -> str:
    files = sorted(
        f.name
        for f in resources.files("netdesk.models.migrations").iterdir()
        if f.name.endswith(".sql") and int(f.name[:4]) <= version
    )
    lines = [
        f"-- A NetDesk database as schema version {version} wrote it (made once by",
        f"-- scripts/make_schema_fixture.py {version}; do not regenerate). The schema is what the",
        "-- frozen migrations made (released migrations are never edited):",
        *(f"--   netdesk/models/migrations/{name}" for name in files),
        "-- then a few realistic rows as the app wrote them; loading them fires the triggers that",
        "-- fill the search index.",
        "BEGIN TRANSACTION;",
    ]
    virtual = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]

    def shadow(name: str) -> bool:
        return any(name.startswith(v + "_") for v in virtual)

    tables: list[str] = []
    for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ):
        if kind == "table" and shadow(name):
            continue
        lines.append(f"{sql};")
        if kind == "table" and name not in virtual:
            tables.append(name)
    # The script's tables first, in their order (parents before children), then any other
    # table holding rows a migration wrote itself.
    ordered = [t for t, _ in ROWS if t in tables] + [t for t in tables if t not in dict(ROWS)]
    for table in ordered:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        quoted = " || ',' || ".join(f"quote({c})" for c in columns)
        order = ", ".join(columns)
        verb = "INSERT OR REPLACE" if table in FILLED_BY_TRIGGERS else "INSERT"
        for (values,) in conn.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}"):
            lines.append(f'{verb} INTO "{table}" VALUES({values});')
    lines += ["COMMIT;", f"PRAGMA user_version = {version:d};", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", type=int, help="the schema version to write a fixture of")
    parser.add_argument("--force", action="store_true", help="replace an existing fixture")
    args = parser.parse_args()
    if not 1 <= args.version <= len(MIGRATIONS):
        parser.error(f"versions are 1 to {len(MIGRATIONS)}")
    target = ROOT / "tests" / "fixtures" / f"schema_v{args.version}.sql"
    if target.exists() and not args.force:
        parser.error(f"{target} exists: fixtures are made once")
    text = dump(build(args.version), args.version)
    check = sqlite3.connect(":memory:")
    check.executescript(text)  # the fixture loads
    check.close()
    target.write_text(text, "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
