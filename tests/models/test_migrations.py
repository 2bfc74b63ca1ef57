"""Migrations: a database made by every older schema version opens as one made today, with all
its data, and a backup of it as it was.

``tests/fixtures/schema_vN.sql`` is a database as version N left it on disk (made once, by hand
for 1 and 3, by ``scripts/make_schema_fixture.py`` for the others; never regenerated). A new
migration needs the fixture of the version before it: a test below fails until it is there.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.models import SCHEMA_VERSION, DatabaseError, close_db, database, init_db
from netdesk.models.db import MIGRATIONS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLDER = range(1, SCHEMA_VERSION)


def _fixture(version: int) -> Path:
    return FIXTURES / f"schema_v{version}.sql"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()
    return [(t, n, " ".join(s.split())) for t, n, s in rows]


def structure(conn: sqlite3.Connection) -> dict[str, object]:
    """Everything a schema is, table by table: columns (type, default, NOT NULL, primary key),
    foreign keys, indexes with their columns, triggers, FTS and other virtual tables, and the
    version. Two databases with equal structures behave alike for every query."""
    found: dict[str, object] = {"user_version": conn.execute("PRAGMA user_version").fetchone()[0]}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in objects:
        entry: dict[str, object] = {"on": table, "sql": " ".join((sql or "").split())}
        if kind == "table":
            entry["columns"] = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            entry["foreign_keys"] = sorted(conn.execute(f'PRAGMA foreign_key_list("{name}")'))
            entry["indexes"] = sorted(
                (i[1], i[2], i[3], i[4]) for i in conn.execute(f'PRAGMA index_list("{name}")')
            )
        elif kind == "index":
            entry["columns"] = conn.execute(f'PRAGMA index_xinfo("{name}")').fetchall()
        found[f"{kind} {name}"] = entry
    return found


def _structure_of(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return structure(conn)
    finally:
        conn.close()


def make_old_database(version: int, path: Path) -> Path:
    """``path``, a database as schema ``version`` wrote it (from its fixture)."""
    conn = sqlite3.connect(path)
    conn.executescript(_fixture(version).read_text("utf-8"))
    conn.close()
    return path


def _data_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables holding the user's rows (not FTS tables or their shadow tables)."""
    virtual = [
        n
        for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    tables = [
        n
        for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [t for t in tables if t not in virtual and not any(t.startswith(v) for v in virtual)]


def _rows(conn: sqlite3.Connection) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table's columns and all its rows, in a stable order."""
    found = {}
    for table in _data_tables(conn):
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        order = ", ".join(columns)
        found[table] = (
            columns,
            conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall(),
        )
    return found


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.sqlite"
    init_db(path)
    close_db()
    return path


@pytest.fixture
def opened() -> Iterator[None]:
    yield
    close_db()


def test_every_older_schema_version_has_a_fixture() -> None:
    """A migration to version N + 1 comes with a database as version N wrote it."""
    missing = [v for v in OLDER if not _fixture(v).exists()]
    assert missing == [], (
        f"add tests/fixtures/schema_v{missing[0]}.sql (scripts/make_schema_fixture.py)"
    )
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", OLDER)
def test_each_fixture_is_what_the_frozen_migrations_made(version: int, tmp_path: Path) -> None:
    """The fixture's schema is the one migrations 1..N build today: the fixtures are honest,
    and a released migration file edited afterwards (which users' databases never ran) fails."""
    built = sqlite3.connect(":memory:", isolation_level=None)
    for migration in MIGRATIONS[:version]:
        built.execute("BEGIN")
        migration.apply(built)
        built.execute(f"PRAGMA user_version = {migration.version:d}")
        built.execute("COMMIT")
    assert _structure_of(make_old_database(version, tmp_path / "old.sqlite")) == structure(built)
    built.close()


@pytest.mark.parametrize("version", OLDER)
def test_every_older_version_migrates_to_the_schema_of_a_fresh_database(
    version: int, tmp_path: Path, fresh: Path, opened: None
) -> None:
    old = make_old_database(version, tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    before = _rows(conn)
    conn.close()
    assert sum(len(rows) for _, rows in before.values()) > 10  # the fixture holds data
    init_db(old)
    conn = database.connection()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    close_db()
    assert _structure_of(old) == _structure_of(fresh)
    assert _schema(old) == _schema(fresh)


@pytest.mark.parametrize("version", OLDER)
def test_every_row_of_every_older_version_survives_the_migration(
    version: int, tmp_path: Path, opened: None
) -> None:
    """Each table keeps each row, every column it had holding the same value (migrations add
    columns; a migration that must change values says so here: version 8 made a posting's
    status its stage, see below)."""
    old = make_old_database(version, tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    before = _rows(conn)
    conn.close()
    init_db(old)
    conn = database.connection()
    for table, (columns, rows) in before.items():
        listed = ", ".join(_renamed(version, table, c) for c in columns)
        after = conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}').fetchall()
        assert after == rows, table


RENAMED = {("job_posting", "status"): (8, "CASE stage WHEN 'researching' THEN 'interested' "
           "WHEN 'no_answer' THEN 'closed' ELSE stage END"),
           ("meeting", "kind"): (11, "CASE kind WHEN 'look_for_leads' THEN 'networking' "
           "WHEN 'learn_about' THEN 'informational' ELSE kind END")}  # fmt: skip
"""Columns a migration renamed: the version that did, and an expression giving their old values
(version 8: a posting's status became its stage; version 11: the meeting purposes got their new
names)."""


def _renamed(version: int, table: str, column: str) -> str:
    """How to read ``column`` of a database migrated from ``version`` as that version had it."""
    renamed_by, old_value = RENAMED.get((table, column), (0, column))
    return old_value if version < renamed_by else column


def test_v7_postings_get_their_stage_and_a_first_step_of_history(
    tmp_path: Path, opened: None
) -> None:
    old = make_old_database(7, tmp_path / "v7.sqlite")
    conn = sqlite3.connect(old)
    statuses = ("seen", "interested", "applied", "interviewing", "offer", "rejected", "closed")
    with conn:
        for n, status in enumerate(statuses, 1):
            conn.execute(
                "INSERT INTO job_posting (id, company_id, title, url, date_seen, status, notes) "
                "VALUES (?, 1, ?, '', ?, ?, 'n')",
                (n, f"Job {n}", f"2026-03-0{n}", status),
            )
    conn.close()
    init_db(old)
    conn = database.connection()
    stages = conn.execute("SELECT id, stage, notes FROM job_posting ORDER BY id").fetchall()
    assert [s for _, s, _ in stages] == [
        "seen", "researching", "applied", "interviewing", "offer", "rejected", "no_answer",
    ]  # fmt: skip
    history = conn.execute(
        "SELECT posting_id, stage, changed_on FROM posting_stage ORDER BY id"
    ).fetchall()
    assert history == [(n, s, f"2026-03-0{n}") for n, s, _ in stages]
    assert conn.execute("SELECT DISTINCT posting_id FROM meeting").fetchall() == [(None,)]
    conn.execute(
        "INSERT INTO posting_person (posting_id, contact_id, role) VALUES (2, 1, 'told_me')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO posting_person (posting_id, contact_id, role) VALUES (2, 1, 'told_me')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE job_posting SET stage = 'interested' WHERE id = 1")
    conn.execute("DELETE FROM job_posting WHERE id = 2")  # history and people go with it
    assert conn.execute("SELECT count(*) FROM posting_stage WHERE posting_id = 2").fetchone() == (
        0,
    )
    assert conn.execute("SELECT count(*) FROM posting_person").fetchone() == (0,)


@pytest.mark.parametrize("version", OLDER)
def test_search_finds_everyone_of_an_older_version_after_the_migration(
    version: int, tmp_path: Path, opened: None
) -> None:
    from netdesk.core.query import ContactFilter, contact_ids
    from netdesk.core.text import fold

    old = make_old_database(version, tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    people = conn.execute("SELECT id, display_name FROM contact").fetchall()
    emails = conn.execute("SELECT contact_id, address FROM contact_email").fetchall()
    conn.close()
    assert len(people) >= 2
    init_db(old)
    for contact_id, name in people:
        for word in name.split():
            assert contact_id in contact_ids(ContactFilter(search=word)), (name, word)
            assert contact_id in contact_ids(ContactFilter(search=fold(word)[:3])), (name, word)
    for contact_id, address in emails:
        assert contact_id in contact_ids(ContactFilter(search=address.split("@")[0]))


@pytest.mark.parametrize("version", [v for v in OLDER if v >= 4])
def test_nicknames_and_departments_of_an_older_version_are_found_after_the_migration(
    version: int, tmp_path: Path, opened: None
) -> None:
    """Version 4 added nicknames and departments; from version 6 search finds them too."""
    from netdesk.core.query import ContactFilter, contact_ids

    old = make_old_database(version, tmp_path / "old.sqlite")
    conn = sqlite3.connect(old)
    people = conn.execute(
        "SELECT id, nickname, department FROM contact WHERE nickname != '' AND department != ''"
    ).fetchall()
    conn.close()
    assert people
    init_db(old)
    for contact_id, nickname, department in people:
        assert contact_ids(ContactFilter(search=nickname)) == [contact_id], nickname
        assert contact_id in contact_ids(ContactFilter(search=department)), department


@pytest.mark.parametrize("version", OLDER)
def test_the_migration_keeps_a_backup_of_the_older_version(
    version: int, tmp_path: Path, opened: None
) -> None:
    old = make_old_database(version, tmp_path / "old.sqlite")
    as_it_was = _structure_of(make_old_database(version, tmp_path / "copy.sqlite"))
    init_db(old)
    close_db()
    backups = list(tmp_path.glob(f"old.sqlite.v{version}-*.bak"))
    assert len(backups) == 1
    assert re.fullmatch(rf"old\.sqlite\.v{version}-\d{{8}}-\d{{6}}\.bak", backups[0].name)
    assert _structure_of(backups[0]) == as_it_was


# What each version's migration did, on its fixture's rows ----------------------------------


def test_v1_database_migrates_with_backup_and_matches_a_fresh_one(tmp_path: Path) -> None:
    old = make_old_database(1, tmp_path / "old.sqlite")
    before = _digest(old)
    init_db(old)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # the data survived, and the new search and sort columns were filled from it
        hits = conn.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"mul\"*'"
        ).fetchall()
        assert hits == [(3,)]
        row = conn.execute(
            "SELECT org_sort, primary_email, primary_phone FROM contact WHERE id = 1"
        ).fetchone()
        assert row == ("globex", "sara@example.com", "+1 (555) 010-2000")
        assert conn.execute("SELECT referrer_sort FROM contact WHERE id = 2").fetchone() == (
            "sara smith",
        )
        phone_hit = conn.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"15550102\"*'"
        ).fetchall()
        assert phone_hit == [(1,)]
    finally:
        close_db()
    backups = list(tmp_path.glob("old.sqlite.v1-*.bak"))
    assert len(backups) == 1
    assert (
        _schema(backups[0]) == _schema(make_old_database(1, tmp_path / "v1-again.sqlite"))
        and before
    )
    fresh = tmp_path / "fresh.sqlite"
    init_db(fresh)
    close_db()
    assert _schema(old) == _schema(fresh)


def test_v2_database_gains_phone_keys_to_fill_and_the_fields_of_v4(
    tmp_path: Path, opened: None
) -> None:
    init_db(make_old_database(2, tmp_path / "v2.sqlite"))
    conn = database.connection()
    # E.164 keys are the app's to compute ('' = not yet), and the import fills them
    assert conn.execute("SELECT DISTINCT e164 FROM contact_phone").fetchall() == [("",)]
    row = conn.execute(
        "SELECT display_name, nickname, department, birthday, org_sort, referrer_sort "
        "FROM contact WHERE id = 3"
    ).fetchone()
    assert row == ("Mei Chen", "", "", "", "", "priya raman")
    assert conn.execute("SELECT count(*) FROM not_duplicate").fetchone() == (0,)
    conn.execute("INSERT INTO not_duplicate (contact_a, contact_b) VALUES (1, 3)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO not_duplicate (contact_a, contact_b) VALUES (3, 1)")


def test_v3_database_migrates_with_backup_and_matches_a_fresh_one(tmp_path: Path) -> None:
    old = make_old_database(3, tmp_path / "v3.sqlite")
    init_db(old)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = conn.execute(
            "SELECT display_name, nickname, department, birthday FROM contact ORDER BY id"
        ).fetchall()
        assert rows == [("Jörg Weiß", "", "", ""), ("Lena Ng", "", "", "")]
        phones = conn.execute("SELECT label, e164 FROM contact_phone ORDER BY id").fetchall()
        assert phones == [("work", "+49301234567"), ("fax", "+49307654321")]
        assert conn.execute("SELECT referred_id, referrer_id FROM referral").fetchall() == [(2, 1)]
        hits = conn.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"jorg\"*'")
        assert hits.fetchall() == [(1,)]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE contact SET birthday = '15.04.1985' WHERE id = 1")
        conn.execute("UPDATE contact SET birthday = '--04-15' WHERE id = 1")
    finally:
        close_db()
    assert len(list(tmp_path.glob("v3.sqlite.v3-*.bak"))) == 1
    fresh = tmp_path / "fresh.sqlite"
    init_db(fresh)
    close_db()
    assert _schema(old) == _schema(fresh)


def test_v4_database_keeps_birthdays_and_gains_not_duplicate_pairs(
    tmp_path: Path, opened: None
) -> None:
    init_db(make_old_database(4, tmp_path / "v4.sqlite"))
    conn = database.connection()
    rows = conn.execute("SELECT nickname, department, birthday FROM contact ORDER BY id")
    assert rows.fetchall() == [
        ("Pri", "Analytics", "1988-07-02"),
        ("", "", "--11-23"),
        ("", "", ""),
    ]
    conn.execute("INSERT INTO not_duplicate (contact_a, contact_b) VALUES (1, 2)")
    conn.execute("DELETE FROM contact WHERE id = 2")  # a pair goes with its contact
    assert conn.execute("SELECT count(*) FROM not_duplicate").fetchone() == (0,)


def test_v9_sync_conflicts_stay_the_contacts_and_tasks_and_meetings_get_theirs(
    tmp_path: Path, opened: None
) -> None:
    """Version 10 tells a contact's conflicts from a task's or meeting's: every conflict
    version 9 wrote is a contact's, still listed with its person; a task's or meeting's goes
    when the task or meeting is deleted (a meeting's tasks with it)."""
    from netdesk.models import sync_conflicts, sync_state
    from netdesk.models.sync_state import ConflictRecord

    old = make_old_database(9, tmp_path / "v9.sqlite")
    conn = sqlite3.connect(old)
    with conn:
        conn.execute("INSERT INTO sync_account (id, url) VALUES (1, 'https://dav.example/')")
        conn.execute(
            "INSERT INTO sync_conflict (account_id, contact_id, field, local_value, "
            "remote_value, found_on) VALUES (1, 1, 'title', 'Data Lead', 'Head of Data', "
            "'2026-03-20')"
        )
    conn.close()
    init_db(old)
    [contact] = sync_conflicts.open_conflicts()
    assert (contact.kind, contact.item_id, contact.contact_name, contact.gone) == (
        "contact",
        0,
        "Priya Raman",
        False,
    )
    assert (contact.field, contact.local_value, contact.remote_value) == (
        "title",
        "Data Lead",
        "Head of Data",
    )
    sync_state.put_item_conflicts(
        1, "task", 1, [], [ConflictRecord(1, "due", "2026-03-13", "2026-03-14", "x", "task", 1)]
    )
    sync_state.put_item_conflicts(
        1, "task", 2, [], [ConflictRecord(3, "title", "Call Mei", "Ring Mei", "x", "task", 2)]
    )
    sync_state.put_item_conflicts(
        1,
        "meeting",
        1,
        [],
        [ConflictRecord(1, "minutes", "20", "30", "x", "meeting", 1)],
    )
    listed = [
        (c.kind, c.item_id, c.contact_name, c.item_title) for c in sync_conflicts.open_conflicts()
    ]
    assert listed == [
        ("contact", 0, "Priya Raman", ""),
        ("task", 2, "Mei Chen", "Call Mei"),
        ("meeting", 1, "Priya Raman", "2026-03-12 10:00:00"),
        ("task", 1, "Priya Raman", "Thank Priya for the introduction"),
    ]
    conn = database.connection()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO sync_conflict (account_id, contact_id, field, local_value, "
            "remote_value, found_on, kind) VALUES (1, 1, 'x', '', '', '', 'posting')"
        )
    conn.execute("DELETE FROM meeting WHERE id = 1")  # its thank-you task goes with it
    assert [(c.kind, c.item_id) for c in sync_conflicts.open_conflicts()] == [
        ("contact", 0),
        ("task", 2),
    ]
    conn.execute("DELETE FROM task WHERE id = 2")
    assert [c.kind for c in sync_conflicts.open_conflicts()] == ["contact"]


def test_failed_migration_rolls_back_and_keeps_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.models import db as dbmod

    old = make_old_database(1, tmp_path / "old.sqlite")

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE contact ADD COLUMN half_done TEXT")
        raise RuntimeError("power cut")

    monkeypatch.setattr(
        dbmod, "MIGRATIONS", (*dbmod.MIGRATIONS[:1], dbmod.Migration(2, "broken", broken))
    )
    with pytest.raises(RuntimeError):
        init_db(old)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = {r[1] for r in conn.execute("PRAGMA table_info(contact)")}
    assert "half_done" not in columns
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 3
    conn.close()


def test_v10_meetings_get_their_attendee_and_purpose_named_by_what_it_is(
    tmp_path: Path, opened: None
) -> None:
    """Version 11 renames the purposes ("networking" is looking for leads, "informational"
    learning about a career or company), makes each meeting's contact its first attendee, and
    leaves every row pointing at a meeting (its tasks, the names obtained in it) in place."""
    old = make_old_database(10, tmp_path / "v10.sqlite")
    conn = sqlite3.connect(old)
    with conn:
        conn.execute(
            "INSERT INTO meeting (id, contact_id, starts_at, kind) "
            "VALUES (2, 2, '2026-03-20 14:00:00', 'informational')"
        )
        conn.execute(
            "INSERT INTO meeting (id, contact_id, starts_at, kind) "
            "VALUES (3, 3, '2026-03-21 09:00:00', 'interview')"
        )
    conn.close()
    init_db(old)
    conn = database.connection()
    kinds = conn.execute("SELECT id, kind FROM meeting ORDER BY id").fetchall()
    assert kinds == [(1, "look_for_leads"), (2, "learn_about"), (3, "interview")]
    attendees = conn.execute(
        "SELECT meeting_id, contact_id, position FROM meeting_attendee ORDER BY meeting_id"
    ).fetchall()
    assert attendees == [(1, 1, 0), (2, 2, 0), (3, 3, 0)]
    assert conn.execute("SELECT id, meeting_id FROM task WHERE id = 1").fetchone() == (1, 1)
    assert conn.execute("SELECT meeting_id FROM referral WHERE id = 1").fetchone() == (1,)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE meeting SET kind = 'networking' WHERE id = 1")
    conn.execute("DELETE FROM meeting WHERE id = 1")  # its tasks go, the referral stays
    assert conn.execute("SELECT count(*) FROM task WHERE meeting_id = 1").fetchone() == (0,)
    assert conn.execute("SELECT meeting_id FROM referral WHERE id = 1").fetchone() == (None,)
    gone = conn.execute("SELECT count(*) FROM meeting_attendee WHERE meeting_id = 1")
    assert gone.fetchone() == (0,)


def test_v10_contacts_get_their_last_touch_and_keep_in_touch_rhythm(
    tmp_path: Path, opened: None
) -> None:
    """The last touch is the latest of the contact's dates, interactions, meetings and
    favours (the day they were added without any); the rhythm is the seeded default that
    applies (warm leads every 30 days; a cold contact of no special kind has none)."""
    init_db(make_old_database(10, tmp_path / "v10.sqlite"))
    rows = database.connection().execute(
        "SELECT display_name, last_touch, keep_in_touch_days, keep_in_touch_due, good_at, needs, "
        "rhythm_days FROM contact ORDER BY id"
    )
    assert rows.fetchall() == [
        ("Priya Raman", "2026-03-14", 30, "2026-04-13", "", "", None),  # a favour given
        ("Tomás Ortega", "2026-03-04", 30, "2026-04-03", "", "", None),  # a call
        ("Mei Chen", "2026-03-12", None, None, "", "", None),  # added, cold, to contact
    ]
    rules = database.connection().execute("SELECT kind, key, days FROM rhythm_rule ORDER BY 1, 2")
    assert rules.fetchall() == [
        ("lead", "warm", 30),
        ("relationship", "recruiter", 14),
        ("status", "dormant", 90),
        ("status", "keep_in_touch", 30),
    ]


def test_v12_contacts_synced_before_are_compared_once_more(tmp_path: Path, opened: None) -> None:
    """Version 13 counts changes per contact for the sync; what changed before it was counted
    must not be taken for synced: every card starts below its contact's count."""
    old = make_old_database(12, tmp_path / "v12.sqlite")
    conn = sqlite3.connect(old)
    with conn:
        conn.execute("INSERT INTO sync_account (id, url) VALUES (1, 'http://127.0.0.1:5232/b/')")
        conn.execute(
            "INSERT INTO sync_card (account_id, href, contact_id, uid, base, digest) "
            "SELECT 1, '/b/' || uid || '.vcf', id, uid, 'BEGIN:VCARD', 'digest' FROM contact"
        )
    conn.close()
    init_db(old)
    rows = database.connection().execute(
        "SELECT c.id, s.mark, m.changes FROM contact c JOIN sync_card s ON s.contact_id = c.id "
        "JOIN sync_mark m ON m.contact_id = c.id ORDER BY c.id"
    )
    assert rows.fetchall() == [(1, 0, 1), (2, 0, 1), (3, 0, 1)]


def test_a_migration_that_rebuilds_a_table_refuses_to_break_references(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With foreign keys off, a rebuild that loses rows others point at must not commit."""
    from netdesk.models import db as dbmod

    old = make_old_database(10, tmp_path / "old.sqlite")

    def lossy(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM meeting")  # foreign keys off: its task and referral stay

    monkeypatch.setattr(
        dbmod,
        "MIGRATIONS",
        (*dbmod.MIGRATIONS[:10], dbmod.Migration(11, "lossy", lossy, rebuilds=("meeting",))),
    )
    with pytest.raises(DatabaseError, match="broken references"):
        init_db(old)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    conn.close()
