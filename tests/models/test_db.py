"""The database file: pragmas, schema versions, refusal of strangers (migrations: next door)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from netdesk.models import (
    SCHEMA_VERSION,
    DatabaseError,
    DatabaseTooNewError,
    close_db,
    database,
    init_db,
)
from netdesk.models.entities import ALL_MODELS
from netdesk.models.enums import (
    Lead,
    MeetingKind,
    PostingRole,
    PostingStage,
    Relationship,
    Status,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_uses_wal_foreign_keys_and_current_version(db: Path) -> None:
    conn = database.connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_model_field_is_a_column_of_the_migrated_schema(db: Path) -> None:
    conn = database.connection()
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields <= columns, (table, fields - columns)


def test_enum_values_match_the_check_constraints(db: Path) -> None:
    conn = database.connection()
    conn.execute("INSERT INTO company (id, name, sort_name) VALUES (1, 'x', 'x')")
    for column, values in (
        ("relationship", Relationship),
        ("lead", Lead),
        ("status", Status),
    ):
        for value in values:
            conn.execute(
                f"INSERT INTO contact (uid, display_name, sort_name, date_added, {column}) "
                "VALUES (?, 'n', 'n', '2026-01-01', ?)",
                (f"{column}-{value}", value.value),
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                f"INSERT INTO contact (uid, display_name, sort_name, date_added, {column}) "
                "VALUES ('bad', 'n', 'n', '2026-01-01', 'nonsense')"
            )
    contact_id = conn.execute("SELECT max(id) FROM contact").fetchone()[0]
    for kind in MeetingKind:
        conn.execute(
            "INSERT INTO meeting (contact_id, starts_at, kind) VALUES (?, '2026-01-01 10:00', ?)",
            (contact_id, kind.value),
        )
    for stage in PostingStage:
        posting = conn.execute(
            "INSERT INTO job_posting (company_id, title, date_seen, stage) "
            "VALUES (1, 't', '2026-01-01', ?)",
            (stage.value,),
        ).lastrowid
        conn.execute(
            "INSERT INTO posting_stage (posting_id, stage, changed_on) VALUES (?, ?, '2026-01-01')",
            (posting, stage.value),
        )
        for role in PostingRole:
            conn.execute(
                "INSERT INTO posting_person (posting_id, contact_id, role) VALUES (?, ?, ?)",
                (posting, contact_id, role.value),
            )
    for table, column in (("job_posting", "stage"), ("posting_stage", "stage")):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"UPDATE {table} SET {column} = 'interested'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE posting_person SET role = 'friend'")


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer NetDesk"):
        init_db(path)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"hello, I am a text file\n" * 10, "not a NetDesk database")],
)
def test_not_a_database_is_refused_and_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        init_db(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="another program"):
        init_db(path)
    assert _digest(path) == before


def test_reopening_closes_this_threads_connection_to_the_old_file(tmp_path: Path) -> None:
    """Switching files (or reopening one) must not leave the old connection for the GC to close:
    while it is open, nothing can take the file for itself (a restore, leaving WAL mode)."""
    import gc
    import sqlite3

    from netdesk.models import Contact, init_db

    path = tmp_path / "first.sqlite"
    gc.disable()
    try:
        first = init_db(path)
        Contact.select().count()  # this thread now holds a connection to the file
        init_db(tmp_path / "second.sqlite")
        assert first.is_closed()
        other = sqlite3.connect(path, timeout=0.1)
        try:
            assert other.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        finally:
            other.close()
    finally:
        gc.enable()
        close_db()


def test_page_cache_is_modest_except_during_a_bulk_write(db: Path) -> None:
    """Every thread's connection keeps its own page cache: the usual one stays small (the
    window's peak memory), a bulk write gets a large one and gives it back, even on error."""
    from netdesk.models import bulk_cache, database
    from netdesk.models.db import BULK_CACHE_KIB, CACHE_KIB

    conn = database.connection()
    size = lambda: conn.execute("PRAGMA cache_size").fetchone()[0]  # noqa: E731
    assert size() == -CACHE_KIB
    with bulk_cache(conn):
        assert size() == -BULK_CACHE_KIB
    assert size() == -CACHE_KIB
    with pytest.raises(RuntimeError), bulk_cache(conn):
        raise RuntimeError("the import failed")
    assert size() == -CACHE_KIB
