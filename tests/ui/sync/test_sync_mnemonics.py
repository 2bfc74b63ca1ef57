"""Alt+letter in the sync dialogs: each letter goes to one control, in every shipped language and
with the standard buttons as GNOME labels them ("&Cancel", "&Abbrechen")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.writes import Writer
from netdesk.ui.sync.accounts_dialog import AccountsDialog
from netdesk.ui.sync.add_account import AddAccountDialog
from tests.helpers.mnemonics import clashes, mnemonic, mnemonics


def test_the_add_account_dialog_gives_each_letter_to_one_control(
    qtbot: QtBot, db: Path, language: str
) -> None:
    dialog = AddAccountDialog()
    qtbot.addWidget(dialog)
    # The http and certificate check boxes, shown only sometimes, count too.
    assert dialog.insecure_check.text() and dialog.trust_check.text()
    assert clashes(dialog) == {}, f"{language}: {clashes(dialog)}"
    # Every control a user types into or ticks has a letter of its own.
    assert len(mnemonics(dialog)) >= 10, mnemonics(dialog)


def test_the_accounts_dialog_gives_each_letter_to_one_control(
    qtbot: QtBot, db: Path, qsettings: QSettings, language: str
) -> None:
    signals = StoreSignals()
    writer = Writer()
    dialog = AccountsDialog(qsettings, signals, writer)
    qtbot.addWidget(dialog)
    assert clashes(dialog) == {}, f"{language}: {clashes(dialog)}"
    assert len(mnemonics(dialog)) >= 5, mnemonics(dialog)
    signals.stop()


def test_a_letter_taken_twice_is_found(qtbot: QtBot) -> None:
    """The check itself: two controls sharing Alt+A are caught, a label without a buddy, an
    ``&&`` and a GNOME-labelled Cancel are read as they show."""
    assert mnemonic("Add &account") == "a"
    assert mnemonic("R&&D team") is None
    assert mnemonic("R&&D &team") == "t"
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field = QPushButton("&Address book")
    layout.addWidget(field)
    layout.addWidget(QPushButton("Add &account"))
    layout.addWidget(QLabel("&Not a mnemonic: no buddy"))
    edit = QLineEdit()
    label = QLabel("&Calendar:")
    label.setBuddy(edit)
    layout.addWidget(label)
    layout.addWidget(edit)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
    assert clashes(dialog) == {
        "a": ["&Address book", "Add &account"],
        "c": ["&Calendar:", "&Cancel"],
    }
