"""One stored text that is not UTF-8 (a flipped high bit in a name, which SQLite's integrity
check does not see) stopped the window from starting (a traceback from the referral tree) and
made every listing and export fail as a whole. The row now shows with replacement characters,
and the rest of the network is listed and exported. The commands run as real processes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks
from tests.helpers.file_conditions import cli
from tests.ui.shell.test_main_window import shown_names, wait_complete


def _damaged(db_path: Path) -> None:
    init_db(db_path)
    try:
        generate_demo(30)  # referral chains (the tree that raised), meetings, follow-ups
        create_contact(ContactData(display_name="Ann Example"))
    finally:
        close_db()
    conn = sqlite3.connect(db_path)
    # "J" + a surrogate in CESU-8 + "L"; a lone lead byte in a meeting's purpose
    conn.execute("UPDATE contact SET display_name = CAST(X'4AEDA0804C' AS TEXT) WHERE id = 3")
    conn.execute("UPDATE meeting SET purpose = CAST(X'C328' AS TEXT)")
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_the_window_starts_and_shows_the_row_with_replacement_characters(
    qtbot: QtBot, db_path: Path, qsettings: QSettings
) -> None:
    _damaged(db_path)
    init_db(db_path)
    try:
        window = MainWindow(qsettings)
        qtbot.addWidget(window)
        window.show()
        wait_complete(qtbot, window)
        names = shown_names(window)
        assert "Ann Example" in names
        assert any(name.startswith("J\ufffd") and name.endswith("L") for name in names), names
        window.close()
        wait_for_tasks()
    finally:
        close_db()


def test_listing_and_exporting_go_on_past_the_undecodable_row(
    db_path: Path, tmp_path: Path
) -> None:
    _damaged(db_path)
    code, out, err = cli("--db", str(db_path), "list", "--json")
    assert code == 0, err
    names = [c["display_name"] for c in json.loads(out)]
    assert "Ann Example" in names and any(n.startswith("J\ufffd") for n in names), names
    target = tmp_path / "rescue.vcf"
    code, out, err = cli("--db", str(db_path), "export", "-o", str(target))
    assert code == 0, err
    text = target.read_text("utf-8")
    assert text.count("BEGIN:VCARD") == 31 and "Ann Example" in text
    code, out, err = cli("--db", str(db_path), "calendar", str(tmp_path / "x.ics"))
    assert code == 0, err
