"""A company's other names and merging two companies from the Companies page: each step
undoable, the merge confirmed with both names and what moves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.companies import add_posting, aliases, find_company, who_knows
from netdesk.core.contacts import create_contact, load_contact
from netdesk.models.records import ContactData
from netdesk.ui.companies.aliases import AliasDialog, MergeDialog
from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.shell.main_window import MainWindow


def _page(qtbot: QtBot, window: MainWindow, rows: int) -> CompaniesPage:
    window.navigation.show_page("companies")
    page = window.navigation.page("companies")
    assert isinstance(page, CompaniesPage)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == rows)
    return page


def _select(qtbot: QtBot, page: CompaniesPage, name: str) -> None:
    for row in range(page.model.rowCount()):
        company = page.model.company(row)
        if company is not None and company.name == name:
            with qtbot.waitSignal(page.people.people_shown):
                page.table.selectRow(row)
            return
    raise AssertionError(name)


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.writer.busy)


def test_names_are_added_and_removed_and_each_undone(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    create_contact(ContactData(display_name="Ann", organization="Globex"))
    create_contact(ContactData(display_name="Otto", organization="Initech"))
    page = _page(qtbot, main_window, 2)
    _select(qtbot, page, "Globex")
    qtbot.waitUntil(lambda: page.people.names.text() == "No other names")
    globex = find_company("Globex")
    assert globex is not None
    dialog = AliasDialog(main_window.context, globex, "Globex", page.people.aliases, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Globex Corp.")
    with qtbot.waitSignal(dialog.names_changed):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.names() == ["Globex Corp."] and dialog.name.text() == ""
    assert find_company("GLOBEX CORP") == globex
    qtbot.waitUntil(lambda: page.people.aliases == ["Globex Corp."])
    assert "Also known as:" in page.people.names.text()
    qtbot.keyClicks(dialog.name, "Initech")  # another company's name: refused, said why
    with qtbot.waitSignal(dialog.names_changed):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden() and "merge the two companies" in dialog.error.text()
    assert aliases(globex) == ["Globex Corp."]
    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.names_changed):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.names() == [] and aliases(globex) == []
    stack = main_window.context.undo_stack
    assert stack.undoText() == "Remove the name Globex Corp."
    stack.undo()
    _settle(qtbot, main_window)
    assert aliases(globex) == ["Globex Corp."]
    stack.undo()
    _settle(qtbot, main_window)
    assert aliases(globex) == []
    qtbot.waitUntil(lambda: page.people.names.text() == "No other names")


def test_merge_into_names_both_says_what_moves_and_undoes(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    ann = create_contact(ContactData(display_name="Ann", organization="Globex"))
    bo = create_contact(ContactData(display_name="Bo", organization="Globex Corporation"))
    cy = create_contact(ContactData(display_name="Cy", past_employers=["Globex Corporation"]))
    add_posting("Globex Corporation", "Data Engineer")
    page = _page(qtbot, main_window, 2)
    assert not page.merge_button.isEnabled()
    _select(qtbot, page, "Globex Corporation")
    assert page.merge_button.isEnabled()
    dialog = page.merge_selected()
    assert isinstance(dialog, MergeDialog)
    assert dialog.windowTitle() == "Merge Globex Corporation" and dialog.isVisible()
    assert not dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_shown):
        qtbot.keyClicks(dialog.target, "Initrode")
    qtbot.waitUntil(lambda: "There is no company called" in dialog.summary.text())
    dialog.target.clear()
    qtbot.keyClicks(dialog.target, "globex")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.merge_button.isEnabled())
    summary = dialog.summary.text()
    assert summary.startswith("Globex Corporation becomes part of Globex")
    assert "people who work there: 1; people who used to work there: 1" in summary
    assert "postings: 1; other names: 0" in summary
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, main_window)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 1)
    globex = find_company("Globex")
    assert globex is not None and find_company("Globex Corporation") == globex
    assert [p.id for p in who_knows(globex)] == [ann, bo, cy]
    assert load_contact(bo).organization == "Globex"
    stack = main_window.context.undo_stack
    assert stack.undoText() == "Merge Globex Corporation into Globex"
    stack.undo()
    _settle(qtbot, main_window)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 2)
    assert load_contact(bo).organization == "Globex Corporation"
    assert load_contact(cy).past_employers == ["Globex Corporation"]
