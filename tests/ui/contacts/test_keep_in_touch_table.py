"""The contact table's Keep in touch column and the "Due to keep in touch" filter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models import Relationship
from netdesk.models.records import ContactData
from netdesk.ui.contacts.model import Column
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.theme import meaning_colours
from tests.ui.shell.test_main_window import shown_names, wait_complete


def _cell(window: MainWindow, name: str) -> tuple[str, object]:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, Column.NAME).data() == name:
            index = model.index(row, Column.KEEP_IN_TOUCH)
            return index.data(), index.data(Qt.ItemDataRole.ForegroundRole)
    raise AssertionError(f"{name} is not shown")


def _network(db: Path) -> None:
    today = date.today()
    # Touched 30 days ago, every week: due 23 days ago.
    month_ago = today - timedelta(days=30)
    create_contact(
        ContactData(
            display_name="Late Lena", date_added=month_ago, last_contact=month_ago, rhythm_days=7
        )
    )
    # A recruiter touched today: due in two weeks by the default rule.
    create_contact(
        ContactData(
            display_name="Rita Recruiter", relationship=Relationship.RECRUITER, last_contact=today
        )
    )
    # No rule applies: never due.
    create_contact(ContactData(display_name="Nobody Noel"))


def test_the_column_shows_due_days_and_overdue_in_the_error_colour(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    _network(db)
    main_window.refresh()
    wait_complete(qtbot, main_window)
    header = main_window.model.headerData(Column.KEEP_IN_TOUCH, Qt.Orientation.Horizontal)
    assert header == "Keep in touch"
    text, colour = _cell(main_window, "Late Lena")
    assert text == "overdue 23 days"
    assert colour == QColor(meaning_colours().error)
    text, colour = _cell(main_window, "Rita Recruiter")
    due = date.today() + timedelta(days=14)
    assert str(due.day) in text and str(due.year) in text
    assert colour is None
    assert _cell(main_window, "Nobody Noel") == ("", None)


def test_sorting_by_keep_in_touch_puts_the_most_overdue_first_and_no_rhythm_last(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    _network(db)
    main_window.refresh()
    main_window.model.sort(Column.KEEP_IN_TOUCH, Qt.SortOrder.AscendingOrder)
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["Late Lena", "Rita Recruiter", "Nobody Noel"]
    main_window.model.sort(Column.KEEP_IN_TOUCH, Qt.SortOrder.DescendingOrder)
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["Rita Recruiter", "Late Lena", "Nobody Noel"]


def test_the_due_to_keep_in_touch_filter(qtbot: QtBot, db: Path, main_window: MainWindow) -> None:
    _network(db)
    main_window.refresh()
    wait_complete(qtbot, main_window)
    box = main_window.filter_bar.keep_in_touch_filter
    assert box.text() == "Due to keep in touch"
    box.setChecked(True)
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["Late Lena"]
    main_window.clear_filters()
    assert not box.isChecked()
    wait_complete(qtbot, main_window)
    assert len(shown_names(main_window)) == 3
