"""The network's numbers under the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.tree.test_panel import panel_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def test_network_numbers_are_shown(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    expected = "2 generations below the people you knew; people per generation: 2, 2, 1."
    qtbot.waitUntil(lambda: expected in panel.numbers_label.text())
    assert "No meetings held yet" in panel.numbers_label.text()
