"""Alt+letter in the contact editor and in the window's menus: each letter goes to one control
(or one entry of a menu), in every shipped language, with the standard buttons as GNOME labels
them ("&Save", "S&peichern")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.ui.contacts.editor import ContactEditor
from netdesk.ui.shell.main_window import MainWindow
from tests.helpers.mnemonics import clashes, menu_clashes, mnemonics


def test_the_contact_editor_gives_each_letter_to_one_control(
    qtbot: QtBot, db: Path, language: str
) -> None:
    editor = ContactEditor(lambda *_: None)
    qtbot.addWidget(editor)
    assert clashes(editor) == {}, f"{language}: {clashes(editor)}"
    # Every field has a letter: names, work, how you know them, keep in touch, the buttons.
    assert sum(len(texts) for texts in mnemonics(editor).values()) >= 22, mnemonics(editor)


def test_each_menu_gives_each_letter_to_one_entry(
    qtbot: QtBot, db: Path, qsettings: QSettings, language: str
) -> None:
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    assert menu_clashes(window.menuBar()) == {}, f"{language}: {menu_clashes(window.menuBar())}"
    assert len(window.menuBar().actions()) >= 5
