"""Tools > Who have I neglected? in a window on a real database: the most overdue first, fifty
at a time, "overdue N days" in the error colour past twice the rhythm, a call logged takes the
person off the list (and undo puts them back), and the buttons reach Contacts and Compose."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models.records import ContactData
from netdesk.ui.formatting import format_date
from netdesk.ui.rhythms.neglected import Column, NeglectedDialog, NeglectedModel
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.theme import meaning_colours

TODAY = date.today()


def person(name: str, rhythm: int | None, last_touch_days_ago: int) -> int:
    touched = TODAY - timedelta(days=last_touch_days_ago)
    return create_contact(
        ContactData(display_name=name, rhythm_days=rhythm, last_contact=touched, date_added=touched)
    )


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    return {
        # due 23 days ago, past twice its week
        "ann": person("Ann Archer", 7, 30),
        # due 10 days ago, not yet past twice its month
        "bob": person("Bob Baker", 30, 40),
        # due today
        "cid": person("Cid Carter", 14, 14),
        # not due for another 25 days
        "dee": person("Dee Dunn", 30, 5),
        # no rhythm: never due
        "eve": person("Eve Evans", None, 400),
    }


def settle(qtbot: QtBot, dialog: NeglectedDialog) -> None:
    wait_for_tasks()
    qtbot.waitUntil(lambda: dialog.total is not None and dialog._task is None)


def open_dialog(qtbot: QtBot, window: MainWindow) -> NeglectedDialog:
    window.registry["neglected"].trigger()
    dialog = window.findChild(NeglectedDialog)
    assert isinstance(dialog, NeglectedDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog)
    return dialog


def column(dialog: NeglectedDialog, col: Column) -> list[str]:
    model = dialog.model
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def test_the_tools_menu_opens_the_most_overdue_first(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    assert main_window.registry["neglected"] in main_window.tools_menu.actions()
    dialog = open_dialog(qtbot, main_window)
    assert dialog.windowTitle() == "Who have I neglected?"
    assert column(dialog, Column.NAME) == ["Ann Archer", "Bob Baker", "Cid Carter"]
    assert column(dialog, Column.RHYTHM) == ["every week", "every month", "every 2 weeks"]
    assert column(dialog, Column.LAST_TOUCH) == [
        format_date(TODAY - timedelta(days=30)),
        format_date(TODAY - timedelta(days=40)),
        format_date(TODAY - timedelta(days=14)),
    ]
    assert column(dialog, Column.DUE) == ["overdue 23 days", "overdue 10 days", "due today"]
    assert "3 people to keep in touch with" in dialog.status.text()
    assert not dialog.more_button.isEnabled()
    # Past twice the rhythm only is in the error colour.
    colours = [
        dialog.model.index(r, Column.DUE).data(Qt.ItemDataRole.ForegroundRole) for r in range(3)
    ]
    assert isinstance(colours[0], QBrush)
    assert colours[0].color() == QColor(meaning_colours().error)
    assert colours[1:] == [None, None]
    # The first person is chosen and the buttons act on them.
    assert dialog.current_person() is not None
    assert dialog.current_person().contact_id == network["ann"]  # type: ignore[union-attr]
    assert dialog.call_button.isEnabled() and dialog.compose_button.isEnabled()


def test_fifty_at_a_time_with_show_more(qtbot: QtBot, db: Path, main_window: MainWindow) -> None:
    for n in range(60):
        person(f"Person {n:02}", 7, 20 + n)  # Person 59 is the most overdue
    dialog = open_dialog(qtbot, main_window)
    assert dialog.model.rowCount() == 50
    assert dialog.total == 60
    assert "60 people" in dialog.status.text() and "Showing 50." in dialog.status.text()
    assert dialog.more_button.isEnabled()
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    names = column(dialog, Column.NAME)
    assert names == [f"Person {n:02}" for n in range(59, -1, -1)]
    assert column(dialog, Column.DUE)[-1] == "overdue 13 days"
    assert not dialog.more_button.isEnabled()
    assert "Showing" not in dialog.status.text()


def test_a_call_logged_takes_the_person_off_and_undo_puts_them_back(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, main_window)
    assert dialog.current_person().display_name == "Ann Archer"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(dialog, Column.NAME) == ["Bob Baker", "Cid Carter"])
    settle(qtbot, dialog)
    assert "2 people" in dialog.status.text()
    assert main_window.context.undo_stack.undoText() == "Log call with Ann Archer"
    main_window.context.undo_stack.undo()
    qtbot.waitUntil(
        lambda: column(dialog, Column.NAME) == ["Ann Archer", "Bob Baker", "Cid Carter"]
    )


def test_a_call_logged_elsewhere_refreshes_the_open_list(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    from netdesk.core.meetings import log_interaction
    from netdesk.models.enums import InteractionKind

    dialog = open_dialog(qtbot, main_window)
    log_interaction(network["bob"], InteractionKind.EMAIL, "Hello")
    qtbot.waitUntil(lambda: column(dialog, Column.NAME) == ["Ann Archer", "Cid Carter"])


def test_show_in_contacts_and_compose(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    from netdesk.ui.compose.dialog import ComposeDialog

    main_window.navigation.show_page("week")
    dialog = open_dialog(qtbot, main_window)
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert main_window.navigation.current_page() == "contacts"
    qtbot.waitUntil(lambda: main_window.selection.current() == network["bob"])
    composed = dialog.compose()
    assert isinstance(composed, ComposeDialog)
    qtbot.waitExposed(composed)
    composed.close()


def test_nobody_due_says_so(qtbot: QtBot, db: Path, main_window: MainWindow) -> None:
    person("Dee Dunn", 30, 5)
    dialog = open_dialog(qtbot, main_window)
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nobody is due: you are in touch with everyone."
    assert not dialog.call_button.isEnabled() and not dialog.more_button.isEnabled()


def test_the_model_is_a_valid_qt_model(
    qtbot: QtBot, qtmodeltester: object, network: dict[str, int]
) -> None:
    from netdesk.core.rhythms import keep_in_touch_due

    model = NeglectedModel()
    model.replace(keep_in_touch_due(TODAY))
    assert model.rowCount() == 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]
