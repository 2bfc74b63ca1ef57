"""The Postings page's list: Board | List remembered, the rows, search as you type, every
header's sort in SQLite, the stage filter, the urgent deadline, Enter to edit, the model's
consistency."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.ui.postings.list_model import Column, PostingTableModel
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.theme import meaning_colours
from tests.ui.postings.conftest import open_page


def column(page: PostingsPage, col: Column) -> list[str]:
    model = page.model
    return [model.index(r, int(col)).data() for r in range(model.rowCount())]


def list_page(qtbot: QtBot, window: MainWindow) -> PostingsPage:
    page = open_page(qtbot, window)
    page.list_button.click()
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() > 0)
    return page


def test_the_list_is_remembered_and_shows_each_posting(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = list_page(qtbot, main_window)
    assert page.views.currentWidget() is page.table
    assert main_window.settings.value("postings_page/view") == "list"
    assert PostingsPage(main_window.context).view == "list"
    page.table.sortByColumn(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.is_complete)
    assert column(page, Column.TITLE) == ["Analyst", "Designer", "Engineer", "Writer"]
    assert column(page, Column.COMPANY) == ["Acme", "Initech", "Globex", "Globex"]
    assert column(page, Column.STAGE) == ["Applied", "Researching", "Seen", "Rejected"]
    assert column(page, Column.PEOPLE) == ["1", "", "", ""]
    deadline = page.model.index(2, int(Column.DEADLINE))
    brush = deadline.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == meaning_colours().error
    assert page.model.index(0, int(Column.DEADLINE)).data(Qt.ItemDataRole.ForegroundRole) is None
    page.board_button.click()
    assert page.views.currentWidget() is page.board
    assert main_window.settings.value("postings_page/view") == "board"


def test_search_sort_and_stage_filter(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = list_page(qtbot, main_window)
    page.table.sortByColumn(int(Column.STAGE), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.is_complete)
    assert column(page, Column.STAGE) == ["Rejected", "Applied", "Researching", "Seen"]
    page.table.sortByColumn(int(Column.COMPANY), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: column(page, Column.COMPANY)[0] == "Acme")
    qtbot.keyClicks(page.search, "GLOB")
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 2)
    assert set(column(page, Column.TITLE)) == {"Engineer", "Writer"}
    assert "found" in page.count.text()
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("closed"))
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 1)
    assert column(page, Column.TITLE) == ["Writer"]
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("applied"))
    qtbot.waitUntil(lambda: column(page, Column.TITLE) == ["Analyst"])


def test_enter_edits_the_row(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    main_window.show()
    page = list_page(qtbot, main_window)
    row = page.model.row_of(postings["designer"])
    assert row is not None
    page.table.setFocus()
    page.table.selectRow(row)
    with qtbot.waitSignal(page.edit_requested) as edit:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert edit.args == [postings["designer"]]


def test_rows_further_down_are_read_by_id_when_painted(
    qtbot: QtBot, qtmodeltester: ModelTester, db: object
) -> None:
    from netdesk.core.postings import PostingInput, add_posting

    for n in range(150):
        add_posting(PostingInput("Globex", f"Job {n:03d}", deadline=date.today() + timedelta(30)))
    model = PostingTableModel()
    model.sort(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.is_complete and model.rowCount() == 150)
    assert model.index(149, int(Column.TITLE)).data() == "Job 149"
    assert model.index(0, int(Column.TITLE)).data() == "Job 000"
    qtmodeltester.check(model)
