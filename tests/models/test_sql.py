"""The shared query helpers: IN lists of any length, and row snapshots that restore exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from netdesk.models import database
from netdesk.models.bulk import bulk_insert
from netdesk.models.sql import (
    CHUNK,
    TableRows,
    chunks,
    connection,
    execute_in,
    marks,
    restore_rows,
    select_in,
    snapshot_rows,
)
from netdesk.models.store import store


def _people(count: int) -> list[int]:
    conn = connection()
    with store.transaction():
        bulk_insert(
            conn,
            "contact",
            ["id", "uid", "display_name", "sort_name", "date_added", "photo"],
            [
                (i, f"u{i}", f"P {i}", f"p {i}", "2026-11-01", bytes([i % 256]) * 3)
                for i in range(1, count + 1)
            ],
        )
        bulk_insert(
            conn,
            "contact_email",
            ["contact_id", "address", "position"],
            [(i, f"p{i}@x.org", 0) for i in range(1, count + 1)],
        )
    return list(range(1, count + 1))


def _dump(table: str) -> list[tuple[object, ...]]:
    return connection().execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def test_chunks_and_marks() -> None:
    assert list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunks([])) == []
    assert marks(3) == "?,?,?"


def test_select_in_finds_every_one_of_2000_ids(db: Path) -> None:
    ids = _people(2000)
    sql = "SELECT id FROM contact WHERE id IN ({marks})"
    assert sorted(r[0] for r in select_in(connection(), sql, ids)) == ids
    # Far more values than SQLite takes in one statement: chunked, never one list.
    assert len(ids) > CHUNK
    assert sorted(r[0] for r in select_in(connection(), sql, [*ids, *ids, 99_999])) == ids


def test_select_in_repeats_the_chunk_for_each_marks_and_keeps_the_other_parameters(
    db: Path,
) -> None:
    ids = _people(1200)
    rows = select_in(
        connection(),
        "SELECT c.id FROM contact c JOIN contact_email e ON e.contact_id = c.id "
        "WHERE c.display_name LIKE ? AND (c.id IN ({marks}) OR e.contact_id IN ({marks})) "
        "AND c.id % ? = 0",
        ids[:1100],
        ["P %"],
        [7],
    )
    assert sorted(r[0] for r in rows) == [i for i in ids[:1100] if i % 7 == 0]


def test_select_in_needs_a_place_for_the_values(db: Path) -> None:
    with pytest.raises(ValueError, match="marks"):
        list(select_in(connection(), "SELECT id FROM contact", [1]))


def test_execute_in_changes_every_chunk(db: Path) -> None:
    ids = _people(2000)
    with store.transaction():
        changed = execute_in(
            connection(), "UPDATE contact SET title = ? WHERE id IN ({marks})", ids[::2], ["x"]
        )
    assert changed == 1000
    titles = connection().execute("SELECT count(*) FROM contact WHERE title = 'x'").fetchone()
    assert titles[0] == 1000


def test_a_snapshot_restores_the_rows_exactly(db: Path) -> None:
    ids = _people(1500)
    before = {t: _dump(t) for t in ("contact", "contact_email")}
    conn = connection()
    with store.transaction():
        contacts = snapshot_rows(conn, "contact", "id IN ({marks})", ids=ids)
        emails = snapshot_rows(conn, "contact_email", "contact_id IN ({marks})", ids=ids)
        execute_in(conn, "DELETE FROM contact WHERE id IN ({marks})", ids)
    assert _dump("contact") == [] and _dump("contact_email") == []
    assert len(contacts.rows) == 1500 and contacts.columns[0] == "id"
    with store.transaction():
        restore_rows(conn, contacts)
        restore_rows(conn, emails)
    assert {t: _dump(t) for t in ("contact", "contact_email")} == before


def test_a_snapshot_over_chunks_holds_each_row_once(db: Path) -> None:
    ids = _people(1200)
    # Every row matches two chunks (its own id, and the id 600 below or above it).
    partner = {i: i + 600 if i <= 600 else i - 600 for i in ids}
    with store.transaction():
        connection().executemany(
            "UPDATE contact SET how_met = ? WHERE id = ?", [(str(partner[i]), i) for i in ids]
        )
    rows = snapshot_rows(
        connection(),
        "contact",
        "id IN ({marks}) OR CAST(how_met AS INTEGER) IN ({marks})",
        ids=ids,
    )
    assert sorted(rows.values("id")) == ids


def test_a_snapshot_of_no_rows_still_knows_the_columns(db: Path) -> None:
    rows = snapshot_rows(connection(), "contact_tag", "contact_id IN ({marks})", ids=[])
    assert rows.columns == ("contact_id", "tag_id") and rows.rows == () and not rows
    restore_rows(connection(), rows)  # nothing to do


def test_rowid_tables_are_copied_with_their_rowid(db: Path) -> None:
    conn = connection()
    conn.execute("CREATE TABLE note (contact_id INTEGER, text TEXT)")
    conn.execute("INSERT INTO note (rowid, contact_id, text) VALUES (7, 1, 'a'), (9, 1, 'b')")
    rows = snapshot_rows(conn, "note", "contact_id = ?", (1,), rowid=True)
    assert rows.columns == ("rowid", "contact_id", "text")
    conn.execute("DELETE FROM note")
    restore_rows(conn, rows)
    assert conn.execute("SELECT rowid, * FROM note ORDER BY rowid").fetchall() == [
        (7, 1, "a"),
        (9, 1, "b"),
    ]


def test_restore_refuses_other_verbs(db: Path) -> None:
    with pytest.raises(ValueError):
        restore_rows(connection(), TableRows("contact", ("id",), ((1,),)), "DELETE")


def test_restore_rows_stays_inside_the_callers_transaction(db: Path) -> None:
    ids = _people(3)
    conn = connection()
    rows = snapshot_rows(conn, "contact", "id IN ({marks})", ids=ids)
    with pytest.raises(sqlite3.IntegrityError), database.atomic():
        execute_in(conn, "DELETE FROM contact WHERE id IN ({marks})", ids[:2])
        restore_rows(conn, rows)  # the third one is still there: the whole restore fails
    assert len(_dump("contact")) == 3


def test_table_rows_filter_and_join() -> None:
    rows = TableRows("t", ("id", "v"), ((1, "a"), (2, "b")))
    assert rows.keep(lambda r: r["v"] == "b").rows == ((2, "b"),)
    assert rows.plus(TableRows("t", ("id", "v"), ((3, "c"),))).values("id") == [1, 2, 3]
    assert rows.records() == [{"id": 1, "v": "a"}, {"id": 2, "v": "b"}]
    with pytest.raises(ValueError):
        rows.plus(TableRows("u", ("id",), ((1,),)))
