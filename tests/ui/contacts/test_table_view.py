"""The contact table's view: a header click sorts in the database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.contacts.model import Column
from netdesk.ui.shell.main_window import MainWindow


def test_header_click_sorts_in_the_database(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    header = main_window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.ORGANIZATION) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Column.ORGANIZATION
    organizations = [main_window.model.index(r, Column.ORGANIZATION).data() for r in range(3)]
    assert organizations == sorted(organizations)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    organizations = [main_window.model.index(r, Column.ORGANIZATION).data() for r in range(3)]
    assert organizations == sorted(organizations, reverse=True)
