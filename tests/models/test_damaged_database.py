"""A damaged database is never written to or backed up as if it were good, and backups never give
up a good copy for a damaged, empty or far smaller one; a damaged row shows as damaged.

The damage is real: bits flipped in copies of a real database, as a failing disk or a bad cable
would flip them.
"""

from __future__ import annotations

import hashlib
import logging
import random
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.backup import BackupError, create_backup, list_backups
from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.core.importing import import_files
from netdesk.models import DatabaseError, close_db, init_db
from netdesk.models.records import ContactData
from netdesk.ui.contacts.model import Column
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks
from tests.helpers.file_conditions import cli

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # the report quotes bad bytes
        return str(exc)


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def _cards(path: Path, count: int) -> Path:
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {n}\r\nEMAIL:imported{n}@example.org\r\n"
            "END:VCARD\r\n"
            for n in range(count)
        ),
        "utf-8",
    )
    return path


def _refusal(message: str) -> bool:
    """The file was refused as damaged, as not a database, or (a flip in a table's name in
    the schema) as holding tables that are not NetDesk's."""
    reasons = ("damaged", "not a NetDesk database", "tables are not NetDesk's")
    return any(reason in message for reason in reasons)


@pytest.fixture(scope="module")
def flipped(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Copies of a real 150-contact network with three random bits flipped (outside the file
    header, whose damage SQLite reports at once), keeping those SQLite's check finds damaged."""
    folder = tmp_path_factory.mktemp("flipped")
    original = folder / "original.sqlite"
    init_db(original)
    generate_demo(150, seed=7)
    close_db()
    data = original.read_bytes()
    rng = random.Random(12)
    damaged: list[Path] = []
    for n in range(120):
        spoilt = bytearray(data)
        for _ in range(3):
            at = rng.randrange(PAGE, len(spoilt))
            spoilt[at] ^= 1 << rng.randrange(8)
        copy = folder / f"copy-{n:03d}" / "netdesk.sqlite"
        copy.parent.mkdir()
        copy.write_bytes(bytes(spoilt))
        if _integrity(copy) != "ok":
            damaged.append(copy)
        else:
            shutil.rmtree(copy.parent)
    assert len(damaged) >= 20, "too few flips were found damaged to prove anything"
    return damaged


def test_an_import_never_writes_to_a_bit_flipped_database(
    flipped: list[Path], tmp_path: Path
) -> None:
    cards = _cards(tmp_path / "new.vcf", 20)
    written, accepted = [], []
    for copy in flipped:
        before = _digest(copy)
        try:
            init_db(copy)
            import_files([cards])
            accepted.append(copy.parent.name)
        except DatabaseError as exc:  # refused, saying why
            assert _refusal(str(exc)), exc
        finally:
            close_db()
        if _digest(copy) != before:
            written.append(copy.parent.name)
    assert written == [], f"imports wrote into {len(written)} of {len(flipped)} damaged files"
    assert accepted == []


def test_the_import_command_refuses_a_damaged_database_with_one_line(
    flipped: list[Path], tmp_path: Path
) -> None:
    cards = _cards(tmp_path / "new.vcf", 5)
    for copy in flipped[:4]:
        before = _digest(copy)
        code, _out, err = cli("--db", str(copy), "import", str(cards))
        assert code == 2, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        assert _refusal(err), err
        assert _digest(copy) == before


def test_a_bit_flipped_database_is_not_backed_up_and_its_good_backups_stay(
    flipped: list[Path],
) -> None:
    morning = datetime(2026, 12, 1, 9, 0)
    for copy in flipped:
        good = copy.parent / "backups" / "netdesk-backup-20261201-090000.sqlite"
        good.parent.mkdir(exist_ok=True)
        shutil.copyfile(copy.parent.parent / "original.sqlite", good)
        with pytest.raises((BackupError, DatabaseError)):
            create_backup(copy, now=morning + timedelta(hours=9))  # the same day's evening
        assert [b.path for b in list_backups(copy)] == [good], copy.parent.name
        assert not [p for p in good.parent.iterdir() if p != good]  # no partial left behind


def _people(path: Path, count: int) -> None:
    init_db(path)
    try:
        for n in range(count):
            create_contact(ContactData(display_name=f"Person {n:03d}"))
    finally:
        close_db()


def _keep_only(path: Path, count: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM contact WHERE id > ?", (count,))
    conn.commit()
    conn.close()


def test_rotation_never_gives_up_a_good_backup_for_a_far_smaller_one(db_path: Path) -> None:
    day = datetime(2026, 12, 1, 9, 0)
    _people(db_path, 40)
    good = create_backup(db_path, now=day)
    _keep_only(db_path, 3)  # most contacts gone (deleted by mistake, or a file emptied)
    evening = create_backup(db_path, now=day + timedelta(hours=9))
    # one backup a day is kept, but not at the price of the 40-contact copy
    assert {b.path for b in list_backups(db_path)} == {good.path, evening.path}
    create_backup(db_path, now=day + timedelta(days=1))
    assert good.path.exists()  # still the only copy with everyone in it

    _people(db_path, 30)  # the network is back to a size the old copy does not dwarf
    create_backup(db_path, now=day + timedelta(days=2))
    assert not good.path.exists()  # the ordinary rotation again: its day's newest stays
    assert len(list_backups(db_path)) == 3


def test_an_empty_database_does_not_rotate_out_the_days_good_backup(db_path: Path) -> None:
    day = datetime(2026, 12, 1, 9, 0)
    _people(db_path, 12)
    good = create_backup(db_path, now=day)
    _keep_only(db_path, 0)
    create_backup(db_path, now=day + timedelta(hours=8))
    assert good.path.exists()


def _wirm(path: Path, count: int) -> list[int]:
    """What a flipped bit in a stored value looks like: 'warm' read back as 'wirm' (0x61 is
    0x69 with bit 3 cleared). Written past the CHECK constraint, as the disk did."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    ids = [
        r[0] for r in conn.execute("SELECT id FROM contact ORDER BY sort_name LIMIT ?", (count,))
    ]
    conn.executemany("UPDATE contact SET lead = 'wirm' WHERE id = ?", [(i,) for i in ids])
    conn.commit()
    conn.close()
    return ids


def test_a_damaged_row_shows_as_damaged_with_one_message_and_one_log_line(
    qtbot: QtBot, db_path: Path, qsettings: QSettings, caplog: pytest.LogCaptureFixture
) -> None:
    init_db(db_path)
    generate_demo(40, seed=3)
    close_db()
    _wirm(db_path, 3)
    caplog.set_level(logging.WARNING, logger="netdesk")
    init_db(db_path)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.navigation.show_page("contacts")  # the damaged rows are found as they are shown
    window.show()
    qtbot.waitExposed(window)
    try:
        for n in range(3):  # another process writes: the window's poll refreshes it each time
            conn = sqlite3.connect(db_path)
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("UPDATE contact SET title = ? WHERE id = 40", (f"Title {n}",))
            conn.commit()
            conn.close()
            with qtbot.waitSignal(window.signals.external_change, timeout=5000):
                pass
            qtbot.wait(200)
            window.table.viewport().repaint()
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert [b.windowTitle() for b in boxes] == ["Part of your network is damaged"]
        assert "'wirm'" in boxes[0].text()
        lines = [r for r in caplog.records if "is damaged" in r.getMessage()]
        assert len(lines) == 1, [r.getMessage() for r in caplog.records]
        model = window.model
        row = next(
            r for r in range(model.rowCount()) if model.index(r, Column.LEAD).data() == "damaged"
        )
        assert "'wirm'" in str(model.index(row, Column.NAME).data(3))  # the tooltip says what
        assert model.index(row, Column.NAME).data()  # the name still shows
        for box in boxes:
            box.close()
    finally:
        window.close()
        wait_for_tasks()
        close_db()


def test_a_save_into_a_database_that_fails_its_check_is_refused(db_path: Path) -> None:
    init_db(db_path)
    generate_demo(10, seed=3)
    close_db()
    _wirm(db_path, 1)
    before = _count(db_path)
    init_db(db_path)
    try:
        with pytest.raises(DatabaseError, match=r"damaged .*CHECK constraint failed"):
            create_contact(ContactData(display_name="Not saved"))
        with pytest.raises(DatabaseError, match="damaged"):  # and every save after it, at once
            create_contact(ContactData(display_name="Not saved either"))
    finally:
        close_db()
    assert _count(db_path) == before


def test_an_import_checks_the_database_once_and_fully(db_path: Path, tmp_path: Path) -> None:
    """A bulk write runs SQLite's full check before writing; the first write's quick check
    would only repeat part of it (on a large file each takes seconds). Later saves check
    nothing again, and a damaged file is still refused (the bit-flip tests above)."""
    from netdesk.models import database

    init_db(db_path)
    generate_demo(20, seed=5)
    close_db()
    init_db(db_path)
    checks: list[str] = []
    database.connection().set_trace_callback(
        lambda sql: checks.append(sql) if "_check" in sql.lower() else None
    )
    try:
        import_files([_cards(tmp_path / "cards.vcf", 5)])
        assert checks == ["PRAGMA integrity_check(5)"]
        create_contact(ContactData(display_name="Saved after the import"))
        assert checks == ["PRAGMA integrity_check(5)"]
    finally:
        database.connection().set_trace_callback(None)
        close_db()
    assert _count(db_path) == 26
