"""The tree view: a click on the arrow loads and opens a node, scrolling loads more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.core.test_tree import add_people
from tests.ui.tree.test_panel import names, panel_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def test_a_click_on_the_arrow_loads_and_opens_a_node(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    panel = panel_of(main_window)
    sara = panel.model.index_of(family["sara"])
    assert panel.model.rowCount(sara) == 0 and not panel.view.isExpanded(sara)
    rect = panel.view.visualRect(sara)
    arrow = QPoint(rect.left() - panel.view.indentation() // 2, rect.center().y())
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert panel.view.isExpanded(sara)
    assert names(panel.model, sara) == ["Carl Clark", "John Public"]


def test_scrolling_down_loads_more_children(qtbot: QtBot, main_window: MainWindow) -> None:
    (boss,) = add_people(["Boss"], [None])
    add_people([f"Kid {i:03d}" for i in range(400)], [boss] * 400)
    panel = panel_of(main_window)
    panel.model.children_page = 40
    panel.reveal(boss)
    panel.view.expand(panel.model.index_of(boss))
    boss_index = panel.model.index_of(boss)
    assert panel.model.rowCount(boss_index) < 400  # a page or two, enough to fill the view
    bar = panel.view.verticalScrollBar()
    for _ in range(20):
        bar.setValue(bar.maximum())
    assert panel.model.rowCount(boss_index) == 400
    assert not panel.model.canFetchMore(boss_index)
