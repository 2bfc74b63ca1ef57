"""The main window driven like a user would: add, edit, delete, undo, search, filter, sort."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.core.query import count_contacts
from netdesk.models import store
from netdesk.models.records import ContactData
from netdesk.ui.contacts.editor import ContactEditor
from netdesk.ui.contacts.model import Column, IdRole
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def wait_complete(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.model.is_complete)


def save_editor(qtbot: QtBot, editor: ContactEditor) -> None:
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def written(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's writes (saves, deletes, undo, redo) are in the database."""
    qtbot.waitUntil(lambda: not window.writer.busy)


def test_a_new_database_shows_the_starting_panel(main_window: MainWindow) -> None:
    assert main_window.stack.currentWidget() is main_window.empty_panel
    assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
    assert main_window.count_label.text() == "0 contacts - 0 follow-ups due this week"


def test_the_demo_network_opens_from_the_starting_panel(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a demo file of its own (tests/ui/shell/test_demo.py), not in the user's database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    qtbot.mouseClick(main_window.empty_panel.demo_button, Qt.LeftButton)
    assert not main_window.empty_panel.demo_button.isEnabled()
    shown = main_window.stack.currentWidget
    qtbot.waitUntil(lambda: shown() is main_window.table_page, timeout=20_000)
    assert count_contacts() == 60
    wait_complete(qtbot, main_window)
    assert main_window.model.rowCount() == 60
    assert main_window.count_label.text().startswith("60 contacts - ")


def test_settings_are_restored(
    qtbot: QtBot, db: Path, qsettings: QSettings, people: dict[str, int]
) -> None:
    first = MainWindow(qsettings)
    qtbot.addWidget(first)
    first.show()
    # Closed docks stay closed; without them the window may be as small as this.
    first.meetings.week_dock.close()
    first.meetings.timeline_dock.close()
    first.referral_tree.dock.close()
    first.layout().activate()
    first.resize(760, 540)
    assert first.width() == 760
    header = first.table.horizontalHeader()
    header.resizeSection(Column.ORGANIZATION, 250)
    first.column_actions[Column.PHONE].setChecked(False)
    header.moveSection(header.visualIndex(Column.STATUS), 0)
    first.table.sortByColumn(Column.STATUS, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(qsettings)
    qtbot.addWidget(second)
    second.show()
    header = second.table.horizontalHeader()
    assert (second.width(), second.height()) == (760, 540)
    assert not second.meetings.week_dock.isVisible()
    assert not second.meetings.timeline_dock.isVisible()
    assert not second.referral_tree.dock.isVisible()
    assert header.sectionSize(Column.ORGANIZATION) == 250
    assert second.table.isColumnHidden(Column.PHONE)
    assert not second.column_actions[Column.PHONE].isChecked()
    assert header.visualIndex(Column.STATUS) == 0
    assert header.sortIndicatorSection() == Column.STATUS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    statuses = [second.model.index(r, Column.STATUS).data() for r in range(3)]
    assert statuses == ["Met", "Contacted", "To contact"]  # campaign order, from the end
    second.close()
    wait_for_tasks()


def test_current_contact_signal_and_select(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    seen: list[object] = []
    main_window.selection.current_changed.connect(seen.append)
    main_window.select_contact(people["john"])
    assert seen == [people["john"]]
    assert main_window.table.currentIndex().data(IdRole) == people["john"]
    # A contact hidden by the search is still found: the filters are cleared.
    main_window.search.setText("anna")
    assert seen[-1] is None
    main_window.select_contact(people["sara"])
    assert main_window.search.text() == ""
    assert seen[-1] == people["sara"]


def test_refresh_sees_changes_made_elsewhere(
    main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    create_contact(ContactData(display_name="Zoé Moreau"))
    main_window.refresh()
    assert "Zoé Moreau" in shown_names(main_window)
    assert main_window.count_label.text().startswith("4 contacts")


def test_docks_are_listed_under_view_panels(main_window: MainWindow) -> None:
    panels = [a.text() for a in main_window.panels_menu.actions()]
    assert panels == ["This week", "History", "Referral tree"]  # meetings' docks, the tree
    assert main_window.panels_menu.menuAction().isVisible()
    dock = QDockWidget("Notes")
    dock.setObjectName("notesDock")
    dock.setWidget(QLabel("notes"))
    main_window.add_dock(dock)
    assert main_window.panels_menu.menuAction().isVisible()
    assert dock.toggleViewAction() in main_window.panels_menu.actions()


def test_menus_show_only_what_exists(main_window: MainWindow) -> None:
    titles = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert titles == [
        "&New contact...",
        "&Print weekly sheet...",
        "Export &calendar (.ics)...",
        "&Import contacts...",
        "E&xport contacts...",
        "&Open database...",
        "&Restore from backup...",
        "&Quit",
    ]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert [a.text() for a in main_window.tools_menu.actions()] == ["Find &duplicates..."]


def test_file_print_weekly_sheet_opens_the_preview(
    qtbot: QtBot, main_window: MainWindow, qsettings: QSettings
) -> None:
    from netdesk.ui.sheet.dialog import WeeklySheetDialog

    action = main_window.print_sheet_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    dialog = main_window.findChild(WeeklySheetDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.settings is qsettings
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.busy, timeout=10_000)
    assert "Nothing is planned for this week yet." in dialog.sheet.text()
    dialog.close()


def test_open_database_switches_files(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, qsettings: QSettings
) -> None:
    other = tmp_path / "campaign.sqlite"
    assert main_window.open_database(other)
    generate_demo(12)
    main_window.refresh()
    assert main_window.windowTitle() == "campaign.sqlite - NetDesk"
    assert main_window.model.rowCount() == 12
    assert qsettings.value("database/last") == str(other)


def test_a_foreign_file_is_refused_and_the_current_database_kept(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    warnings: list[str] = []
    monkeypatch.setattr(main_window, "_warn", lambda title, message: warnings.append(title))
    assert not main_window.open_database(bad)
    assert warnings == ["NetDesk cannot open that database"]
    assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
    create_contact(ContactData(display_name="Still here"))
    main_window.refresh()
    assert shown_names(main_window) == ["Still here"]


def test_file_open_database_switches_to_the_chosen_file(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from netdesk.models import close_db, init_db

    mine = store.path
    assert mine is not None
    other = tmp_path / "other.sqlite"
    init_db(other)
    create_contact(ContactData(display_name="Olivia Other"))
    close_db()
    init_db(mine)
    asked: list[str] = []

    def pick(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    main_window.choose_database()
    assert asked == ["Open a NetDesk database"]
    assert store.path == other
    assert "other" in main_window.windowTitle()
    qtbot.waitUntil(lambda: main_window.model.is_complete and main_window.model.rowCount() == 1)
    assert main_window.model.index(0, Column.NAME).data() == "Olivia Other"
