"""Two writers on one database: nobody sees "database is locked"; the window shows what another
process added."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import peewee
import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.models import Company, close_db, init_db
from netdesk.models import db as db_module
from netdesk.models.records import ContactData
from netdesk.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _hold_write_lock(path: Path, seconds: float, *, write: str = "") -> threading.Thread:
    """Another connection takes the write lock now and keeps it for ``seconds``."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    if write:
        conn.execute(write)

    def release() -> None:
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def test_a_read_then_write_save_waits_for_another_writer(db: Path) -> None:
    """A deferred BEGIN would read an old snapshot and then fail at once ("database is locked",
    SQLITE_BUSY_SNAPSHOT) when the other writer commits; BEGIN IMMEDIATE waits instead."""
    contact_id = create_contact(ContactData(display_name="Ann Archer", organization="Globex"))
    data = load_contact(contact_id)
    data.organization = "Initech"
    holder = _hold_write_lock(
        db, 0.8, write="INSERT INTO company (name, sort_name) VALUES ('Umbrella', 'umbrella')"
    )
    started = time.monotonic()
    update_contact(contact_id, data)  # reads (company lookup) and writes in one transaction
    assert time.monotonic() - started >= 0.5
    holder.join()
    assert load_contact(contact_id).organization == "Initech"
    assert Company.get_or_none(Company.name == "Umbrella") is not None


def test_a_lock_held_past_the_busy_timeout_is_retried(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    init_db(db_path)
    try:
        holder = _hold_write_lock(db_path, 0.45)  # longer than one busy timeout
        create_contact(ContactData(display_name="Bob Baker"))
        holder.join()
        assert load_contact(1).display_name == "Bob Baker"

        holder = _hold_write_lock(db_path, 2.0)  # longer than every retry together
        with pytest.raises(peewee.OperationalError, match="locked"):
            create_contact(ContactData(display_name="Cem Cakir"))
        holder.join()
        create_contact(ContactData(display_name="Cem Cakir"))  # and all is well afterwards
    finally:
        close_db()


WRITER = textwrap.dedent(
    """
    import sys, time
    from netdesk.core.contacts import create_contact
    from netdesk.models.records import ContactData, Email
    from netdesk.models import init_db
    init_db(sys.argv[1])
    print("ready", flush=True)
    for n in range(int(sys.argv[2])):
        create_contact(ContactData(display_name=f"Imported {n:04d}",
                                   emails=[Email(f"imported{n}@example.org")]))
        time.sleep(0.002)
    print("done", flush=True)
    """
)


def test_the_window_saves_while_another_process_writes_and_shows_its_contacts(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    count = 150
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    mine = 0
    while writer.poll() is None:  # the GUI thread saves while the other process writes
        create_contact(ContactData(display_name=f"Typed {mine:03d}"))
        mine += 1
        qtbot.wait(5)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert out.strip() == "done" and "locked" not in err
    assert mine > 0
    # nobody told the window: it notices the other process's commits by itself
    qtbot.waitUntil(lambda: main_window.model.rowCount() == count + mine, timeout=10_000)
    assert main_window.model.is_complete
    assert "Imported 0000" in {
        main_window.model.index(r, 0).data() for r in range(main_window.model.rowCount())
    }


def test_the_watcher_ignores_the_windows_own_saves(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    watcher = main_window.signals
    assert not watcher.poll()
    create_contact(ContactData(display_name="Mine"))  # the GUI's own connection
    assert not watcher.poll()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE contact SET title = 'x'")
    conn.commit()
    conn.close()
    with qtbot.waitSignal(watcher.external_change, timeout=1000):
        assert watcher.poll()
    assert not watcher.poll()


def test_a_command_line_import_while_the_window_is_open(
    qtbot: QtBot, main_window: MainWindow, db: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Imported {i:04d}\r\n"
            f"EMAIL:imported{i}@example.org\r\nEND:VCARD\r\n"
            for i in range(5000)
        ),
        "utf-8",
    )
    importer = subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--db", str(db), "import", str(cards)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed = 0
    while importer.poll() is None:  # keep saving from the window meanwhile, as the editor does
        data = ContactData(display_name=f"Typed {typed:03d}")
        main_window.writer.write(
            lambda data=data: create_contact(data),  # type: ignore[misc]
            lambda _id: None,  # the window shows it when the store says it was written
            failure="Not saved.",
        )
        typed += 1
        qtbot.wait(10)
    qtbot.waitUntil(lambda: not main_window.writer.busy, timeout=30_000)
    out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert out.startswith("Imported 5,000 new contacts")
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 5000 + typed, timeout=10_000)
    assert main_window.count_label.text().startswith(f"{5000 + typed:,} contacts")
