"""Path to me: the chain of introductions to the selected person and the opening line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.tree.test_panel import panel_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def test_path_to_me_and_opening_line(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["anna"])
    assert panel.path_text() == (
        "You know Sara Smith -> who introduced John Public -> who introduced Anna Árvai"
    )
    assert panel.opening_text() == "John Public suggested I give you a call."
    panel.copy_action.trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "John Public suggested I give you a call."
    main_window.select_contact(family["bob"])
    assert panel.path_text() == "You know Bob Brown directly."
    assert "No introduction needed" in panel.opening_text()
