"""Edit > Preferences: the appearance applies at once and is kept; the language is kept for the
next start, which the dialog says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.theme import DARK, LIGHT, Scheme, Theme, install_theme
from netdesk.ui.translations import language_in_effect


@pytest.fixture
def theme(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Theme]:
    result = install_theme(qapp)
    monkeypatch.setattr(Theme, "system_is_dark", lambda _self: False)
    result.set_choice(Scheme.SYSTEM)
    yield result
    monkeypatch.undo()
    result.set_choice(Scheme.SYSTEM)


def _open(window: MainWindow, qtbot: QtBot) -> PreferencesDialog:
    window.registry["preferences"].trigger()
    dialog = window.preferences.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_preferences_is_in_the_edit_menu_with_its_shortcut(main_window: MainWindow) -> None:
    action = main_window.registry["preferences"]
    edit = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert not action.icon().isNull()


def test_the_appearance_applies_at_once_and_is_kept(
    qapp: QApplication, qtbot: QtBot, main_window: MainWindow, qsettings: QSettings, theme: Theme
) -> None:
    dialog = _open(main_window, qtbot)
    assert dialog.scheme_radios[Scheme.SYSTEM].isChecked()
    assert main_window.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)

    dialog.scheme_radios[Scheme.DARK].click()
    assert theme.dark
    assert main_window.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert main_window.table.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert qsettings.value("appearance/scheme") == "dark"

    dialog.scheme_radios[Scheme.LIGHT].click()
    assert not theme.dark
    assert qsettings.value("appearance/scheme") == "light"
    dialog.scheme_radios[Scheme.SYSTEM].click()
    assert qsettings.value("appearance/scheme") == "system"
    assert theme.choice is Scheme.SYSTEM
    dialog.close()
    qtbot.waitUntil(lambda: main_window.preferences.dialog is None)


def test_the_dialog_opens_once_with_the_saved_choices(
    qtbot: QtBot, main_window: MainWindow, qsettings: QSettings, theme: Theme
) -> None:
    theme.set_choice(Scheme.DARK)
    qsettings.setValue("language/code", "fr")
    dialog = _open(main_window, qtbot)
    assert dialog.scheme_radios[Scheme.DARK].isChecked()
    assert dialog.language.currentData() == "fr"
    main_window.registry["preferences"].trigger()
    assert main_window.preferences.dialog is dialog
    assert len([w for w in main_window.findChildren(PreferencesDialog) if w.isVisible()]) == 1
    dialog.close()


def test_the_language_is_kept_for_the_next_start(
    qtbot: QtBot, main_window: MainWindow, qsettings: QSettings, theme: Theme
) -> None:
    dialog = _open(main_window, qtbot)
    combo = dialog.language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Same as the system", "English", "Deutsch", "Español", "Français"]
    assert combo.currentData() == language_in_effect() == ""
    assert not dialog.language_note.isVisible()

    combo.setCurrentIndex(combo.findData("de"))
    assert qsettings.value("language/code") == "de"
    assert dialog.language_note.isVisible()
    assert "next time" in dialog.language_note.text()

    combo.setCurrentIndex(combo.findData(""))  # back to what the window speaks now
    assert qsettings.value("language/code") == ""
    assert not dialog.language_note.isVisible()
    dialog.close()


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot: QtBot, main_window: MainWindow, theme: Theme
) -> None:
    dialog = _open(main_window, qtbot)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != w.focusPolicy().NoFocus
    ]
    assert controls
    for control in controls:
        assert control.accessibleName(), control
    combo = dialog.findChild(QComboBox)
    assert combo is not None and combo.accessibleDescription()
    dialog.close()
