"""The command line and the window store the same database from the same file, photos included."""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from netdesk.ui.contacts.photos import PHOTO_MAX
from tests.helpers.file_conditions import cli

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow

CONTACT_TABLES = (
    "company",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_address",
    "contact_link",
    "tag",
    "contact_tag",
    "referral",
)


def _png(width: int, height: int) -> bytes:
    """A photograph-like picture (noise does not compress) as PNG."""
    noise = os.urandom(width * height * 3)
    image = QImage(noise, width, height, width * 3, QImage.Format.Format_RGB888)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _card_file(path: Path) -> Path:
    large = base64.b64encode(_png(900, 600)).decode()  # about 1.6 MB: shrunk
    small = base64.b64encode(_png(40, 40)).decode()  # kept as it came
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nUID:same-1\nFN:Pia Portrait\nN:Portrait;Pia;;;\n"
        "ORG:Globex;Research\nTITLE:Analyst\nEMAIL;TYPE=WORK:pia@globex.example\n"
        "TEL;TYPE=CELL:+1 415 555 0101\nADR;TYPE=WORK:;;1 Market St;San Francisco;CA;94105;USA\n"
        "URL:https://www.linkedin.com/in/pia-portrait\nNICKNAME:Pi\nBDAY:1985-04-15\n"
        "CATEGORIES:priority,tech\nNOTE:Met at the fair\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{large}\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:same-2\nFN:Sam Small\nEMAIL:sam@example.org\n"
        "X-NETDESK-RELATED:urn:uuid:same-1\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{small}\nEND:VCARD\n"
    )
    path.write_text(cards.replace("\n", "\r\n"), encoding="utf-8")
    return path


def _read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read-only (the window still has the file open)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every contact table, in key order."""
    return {table: _read(path, f"SELECT * FROM {table} ORDER BY 1, 2") for table in CONTACT_TABLES}


def test_the_cli_and_the_window_import_a_file_into_the_same_database(
    qtbot: QtBot, main_window: MainWindow, db: Path, tmp_path: Path
) -> None:
    """The window offers the tag "phone" for a vCard file: the command line's --tag phone."""
    cards = _card_file(tmp_path / "cards.vcf")
    on_the_command_line = tmp_path / "cli.sqlite"
    code, _, err = cli("--db", str(on_the_command_line), "import", "--tag", "phone", str(cards))
    assert code == 0, err

    main_window.import_files([cards])
    dialog = main_window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.tag_edit.text() == "phone" and not dialog.warm_check.isChecked()
    with qtbot.waitSignal(main_window.contacts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    from_the_window = _dump(db)
    assert from_the_window == _dump(on_the_command_line)
    assert len(from_the_window["contact"]) == 2 and len(from_the_window["referral"]) == 1
    assert sorted(name for _id, name in from_the_window["tag"]) == ["phone", "priority", "tech"]
    photos = {
        name: (photo, mime)
        for name, photo, mime in _read(db, "SELECT display_name, photo, photo_mime FROM contact")
    }
    photo, mime = photos["Pia Portrait"]
    image = QImage.fromData(photo)
    assert mime == "image/jpeg" and max(image.width(), image.height()) == PHOTO_MAX
    small, small_mime = photos["Sam Small"]
    assert small_mime == "image/png" and QImage.fromData(small).width() == 40


def test_warm_and_a_tag_of_ones_own_are_the_same_from_the_cli_and_the_window(
    qtbot: QtBot, main_window: MainWindow, db: Path, tmp_path: Path
) -> None:
    cards = _card_file(tmp_path / "cards.vcf")
    on_the_command_line = tmp_path / "cli.sqlite"
    code, out, err = cli(
        "--db", str(on_the_command_line), "import", "--warm", "--tag", "Fair 2026", str(cards)
    )
    assert code == 0, err
    assert 'Marked them warm and tagged them "Fair 2026".' in out

    main_window.import_files([cards])
    dialog = main_window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    dialog.warm_check.setChecked(True)
    dialog.tag_edit.clear()
    qtbot.keyClicks(dialog.tag_edit, "Fair 2026")
    with qtbot.waitSignal(main_window.contacts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    from_the_window = _dump(db)
    assert from_the_window == _dump(on_the_command_line)
    assert _read(db, "SELECT DISTINCT lead FROM contact") == [("warm",)]
    assert ("Fair 2026",) in _read(db, "SELECT name FROM tag")
