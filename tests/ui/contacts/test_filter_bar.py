"""Search as you type and the quick filters above the contact table."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.dates import Week
from netdesk.models import Lead, Relationship, Status
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.shell.test_main_window import shown_names, wait_complete


def test_search_filters_as_you_type(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    assert len(shown_names(main_window)) == 3
    main_window.find_action.trigger()
    assert main_window.search.hasFocus()
    qtbot.keyClicks(main_window.search, "mul")
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["Anna Müller"]
    assert main_window.count_label.text().startswith("1 of 3 contacts - ")
    main_window.search.clear()
    qtbot.keyClicks(main_window.search, "northw")
    assert shown_names(main_window) == ["Sara Smith"]
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)  # on to the results
    assert main_window.current_contact_id() == people["sara"]
    assert main_window.focusWidget() is main_window.table
    main_window.search.clear()
    assert len(shown_names(main_window)) == 3


def test_quick_filters_change_the_rows(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    window = main_window
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.MET))
    assert shown_names(window) == ["Sara Smith"]
    window.status_filter.setCurrentIndex(0)
    window.lead_filter.setCurrentIndex(window.lead_filter.findData(Lead.WARM))
    assert shown_names(window) == ["Anna Müller", "Sara Smith"]
    window.relationship_filter.setCurrentIndex(
        window.relationship_filter.findData(Relationship.FORMER_COWORKER)
    )
    assert shown_names(window) == ["Anna Müller"]
    window.clear_filters()
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("logistics"))
    assert shown_names(window) == ["Sara Smith"]
    window.clear_filters()
    window.due_filter.setChecked(True)
    assert shown_names(window) == ["Sara Smith"]
    # Sara's follow-up was three days ago: this week's, or overdue when that was last week.
    overdue = date.today() - timedelta(days=3) < Week.containing(date.today()).monday
    expected = "0 follow-ups due this week, 1 overdue" if overdue else "1 follow-up due this week"
    qtbot.waitUntil(lambda: window.count_label.text() == f"1 of 3 contacts - {expected}")
    window.clear_filters()
    assert len(shown_names(window)) == 3
