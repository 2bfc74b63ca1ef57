"""The Companies page in the window: the companies and their figures, search as you type, every
column's sort, the people beside the table following the selection, and each action (with its
undo)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.card import set_next_step
from netdesk.core.companies import add_posting
from netdesk.core.contacts import create_contact
from netdesk.core.meetings import timeline
from netdesk.models import Lead
from netdesk.models.enums import PostingStage
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.companies.model import Column
from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.shell.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    """Globex: Ann (warm) and Bob (cold), two open postings; Acme: Cid (warm); Initech: Dee."""

    def person(name: str, company: str, lead: Lead, last: date | None = None) -> int:
        data = ContactData(display_name=name, organization=company, lead=lead, last_contact=last)
        return create_contact(data)

    ids = {
        "ann": person("Ann Archer", "Globex", Lead.WARM, TODAY - timedelta(days=3)),
        "bob": person("Bob Baker", "Globex", Lead.COLD),
        "cid": person("Cid Carter", "Acme", Lead.WARM, TODAY - timedelta(days=9)),
        "dee": person("Dee Dunn", "Initech", Lead.COLD),
    }
    add_posting("Globex", "Engineer")
    add_posting("Globex", "Analyst", stage=PostingStage.APPLIED)
    add_posting("Acme", "Old job", stage=PostingStage.REJECTED)
    set_next_step(ids["bob"], "Call Bob", TODAY + timedelta(days=2))
    set_next_step(ids["dee"], "Write to Dee", TODAY + timedelta(days=5))
    return ids


def open_page(qtbot: QtBot, window: MainWindow) -> CompaniesPage:
    window.navigation.show_page("companies")
    page = window.navigation.page("companies")
    assert isinstance(page, CompaniesPage)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() > 0)
    return page


def column(page: CompaniesPage, col: Column) -> list[str]:
    model = page.model
    return [model.index(r, int(col)).data() for r in range(model.rowCount())]


def select(qtbot: QtBot, page: CompaniesPage, name: str) -> None:
    row = column(page, Column.NAME).index(name)
    with qtbot.waitSignal(page.people.people_shown):
        page.table.selectRow(row)
    assert page.people.company == name


def rows(page: CompaniesPage) -> list[str]:
    """The people panel as it reads: each heading, then its people indented."""
    model, found = page.people.model, []
    for r in range(model.rowCount()):
        heading = model.index(r, 0)
        found.append(heading.data())
        found += [f"  {model.index(n, 0, heading).data()}" for n in range(model.rowCount(heading))]
    return found


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.writer.busy)


def test_the_page_shows_every_company_with_its_figures(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    assert column(page, Column.NAME) == ["Acme", "Globex", "Initech"]
    assert column(page, Column.WARM) == ["1", "1", "0"]
    assert column(page, Column.COLD) == ["0", "1", "1"]
    assert column(page, Column.OPEN_POSTINGS) == ["0", "2", "0"]
    last = column(page, Column.LAST_INTERACTION)
    assert last[2] == "" and last[0] and last[1]
    steps = column(page, Column.NEXT_STEP)
    assert steps[0] == "" and steps[1].endswith("Call Bob") and steps[2].endswith("Write to Dee")
    assert page.count.text() == "3 companies"
    assert page.title.text() == "Companies"


def test_search_filters_as_you_type_ignoring_case_and_accents(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    qtbot.keyClicks(page.search, "GLÖB")
    qtbot.waitUntil(lambda: page.model.is_complete and column(page, Column.NAME) == ["Globex"])
    assert page.count.text() == "1 company found"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 3)


@pytest.mark.parametrize(
    ("col", "ascending"),
    [
        (Column.NAME, ["Acme", "Globex", "Initech"]),
        (Column.WARM, ["Initech", "Acme", "Globex"]),
        (Column.COLD, ["Acme", "Globex", "Initech"]),
        (Column.OPEN_POSTINGS, ["Acme", "Initech", "Globex"]),
        (Column.LAST_INTERACTION, ["Acme", "Globex", "Initech"]),
        (Column.NEXT_STEP, ["Globex", "Initech", "Acme"]),
    ],
)
def test_a_header_click_sorts_by_that_column(
    qtbot: QtBot,
    network: dict[str, int],
    main_window: MainWindow,
    col: Column,
    ascending: list[str],
) -> None:
    page = open_page(qtbot, main_window)
    header = page.table.horizontalHeader()
    header.setSortIndicator(int(col), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.is_complete and column(page, Column.NAME) == ascending)
    header.setSortIndicator(int(col), Qt.SortOrder.DescendingOrder)
    blanks_last = col in (Column.LAST_INTERACTION, Column.NEXT_STEP)
    descending = [*ascending[1::-1], ascending[2]] if blanks_last else ascending[::-1]
    qtbot.waitUntil(lambda: page.model.is_complete and column(page, Column.NAME) == descending)


def test_the_people_follow_the_selection_warm_first(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    people = page.people
    assert people.title.text() == "No company selected"
    assert not people.call_button.isEnabled()
    select(qtbot, page, "Globex")
    names = rows(page)
    assert names[0] == "Works there (2)"
    assert names[1].startswith("  Ann Archer") and names[2].startswith("  Bob Baker")
    assert people.title.text() == "People at Globex"
    assert people.current_person() is not None and people.call_button.isEnabled()
    select(qtbot, page, "Initech")
    assert rows(page)[0] == "Works there (1)" and rows(page)[1].startswith("  Dee Dunn")
    assert len(rows(page)) == 2


def test_the_people_come_in_three_rings(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    """Who works there now, who used to, and who is one introduction away, said on each row."""
    eve = create_contact(
        ContactData(display_name="Eve Evans", organization="Stark", past_employers=["Globex"])
    )
    create_contact(ContactData(display_name="Fay Fox", referral=ReferralInfo(eve)))
    page = open_page(qtbot, main_window)
    select(qtbot, page, "Globex")
    people = page.people
    shown = rows(page)
    assert [row.split(" (")[0] for row in shown] == [
        "Works there", "  Ann Archer", "  Bob Baker",
        "Used to work there", "  Eve Evans",
        "One introduction away", "  Fay Fox",
    ]  # fmt: skip
    assert "knows Eve Evans" in shown[6]
    fay = people.model.index(0, 0, people.model.index(2, 0))
    assert "Opening line: You know Eve Evans, who used to work at Globex" in fay.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert not people.model.flags(people.model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_log_a_call_logs_it_and_undoes(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    select(qtbot, page, "Acme")
    qtbot.mouseClick(page.people.call_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert [e.kind for e in timeline(network["cid"])] == ["call"]
    # The figures follow: the last interaction with anyone at Acme is today.
    qtbot.waitUntil(lambda: page.model.company(0) is not None and page.model.is_complete)
    qtbot.waitUntil(lambda: page.model.company(0).last_interaction == TODAY)  # type: ignore[union-attr]
    assert main_window.context.undo_stack.undoText() == "Log call with Cid Carter"
    main_window.context.undo_stack.undo()
    settle(qtbot, main_window)
    assert timeline(network["cid"]) == []


def test_ask_for_an_introduction_adds_the_task_and_undoes(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    select(qtbot, page, "Acme")
    qtbot.mouseClick(page.people.intro_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    step = "Ask Cid Carter for an introduction at Acme"
    qtbot.waitUntil(lambda: page.model.is_complete and column(page, Column.NEXT_STEP)[0] != "")
    assert column(page, Column.NEXT_STEP)[0].endswith(step)
    main_window.context.undo_stack.undo()
    settle(qtbot, main_window)
    qtbot.waitUntil(lambda: page.model.is_complete and column(page, Column.NEXT_STEP)[0] == "")


def test_log_a_meeting_opens_the_form_for_that_person(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    select(qtbot, page, "Acme")
    qtbot.mouseClick(page.people.meeting_button, Qt.MouseButton.LeftButton)
    form = main_window.meetings.form
    assert form is not None and form.isVisible()
    assert form.contact.contact_id() == network["cid"]
    form.reject()


def test_show_in_contacts_goes_there_with_the_person_selected(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    select(qtbot, page, "Initech")
    qtbot.mouseClick(page.people.show_button, Qt.MouseButton.LeftButton)
    assert main_window.navigation.current_page() == "contacts"
    qtbot.waitUntil(lambda: main_window.selection.current() == network["dee"])


def test_keyboard_only_from_the_search_to_the_people(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    page.search.setFocus()
    with qtbot.waitSignal(page.people.people_shown):
        qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.people.company == "Acme" and len(rows(page)) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.people.list.hasFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.navigation.current_page() == "companies"
