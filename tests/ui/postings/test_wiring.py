"""The Postings page's and the contact card's ways into a posting reach the dialogs in the
window: New posting and Enter open the editor, as does a posting in This week; "Who do I know
there?" shows the company on the Companies page; a posting named on the card opens it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.companies import find_company
from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.postings.editor import PostingEditor
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.postings.conftest import open_page


def editor(window: MainWindow) -> PostingEditor | None:
    shown = [d for d in window.findChildren(PostingEditor) if d.isVisible()]
    return shown[0] if shown else None


def close_editor(qtbot: QtBot, window: MainWindow) -> None:
    dialog = editor(window)
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: editor(window) is None)


def test_new_posting_and_edit_open_the_editor(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    page.new_action.trigger()
    qtbot.waitUntil(lambda: editor(main_window) is not None)
    dialog = editor(main_window)
    assert dialog is not None and dialog.record is None
    close_editor(qtbot, main_window)

    page.edit_requested.emit(postings["analyst"])
    qtbot.waitUntil(lambda: editor(main_window) is not None)
    dialog = editor(main_window)
    assert dialog is not None and dialog.record is not None
    assert dialog.record.id == postings["analyst"]
    close_editor(qtbot, main_window)


def test_who_do_i_know_there_shows_the_company_on_its_page(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    companies = main_window.navigation.page("companies")
    assert isinstance(companies, CompaniesPage)
    companies.search.setText("Initech")  # a search that hides Globex
    globex = find_company("Globex")
    assert globex is not None
    page.company_requested.emit(globex)
    assert main_window.navigation.current_page() == "companies"
    qtbot.waitUntil(lambda: companies.selected_company() == "Globex", timeout=5000)
    assert companies.search.text() == ""
    qtbot.waitUntil(lambda: companies.people.company == "Globex")


def test_a_posting_on_the_card_opens_the_editor(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    main_window.card.posting_activated.emit(postings["engineer"])
    qtbot.waitUntil(lambda: editor(main_window) is not None)
    dialog = editor(main_window)
    assert dialog is not None and dialog.record is not None
    assert dialog.record.id == postings["engineer"]
    close_editor(qtbot, main_window)


def test_a_posting_in_this_week_opens_the_editor(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    main_window.meetings.week_view.posting_activated.emit(postings["designer"])
    qtbot.waitUntil(lambda: editor(main_window) is not None)
    dialog = editor(main_window)
    assert dialog is not None and dialog.record is not None
    assert dialog.record.id == postings["designer"]
    close_editor(qtbot, main_window)
