"""The main window driven like a user would: add, edit, delete, undo, search, filter, sort."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMenu
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
    # Nobody to plan a week for yet: the window opens on Contacts, with the ways to begin.
    assert main_window.navigation.current_page() == "contacts"
    assert main_window.stack.currentWidget() is main_window.empty_panel
    assert main_window.empty_panel.isVisible() and not main_window.table.isVisible()
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
    assert main_window.navigation.current_page() == "contacts" and main_window.table.isVisible()
    wait_complete(qtbot, main_window)
    assert main_window.model.rowCount() == 60
    assert main_window.count_label.text().startswith("60 contacts - ")


def test_settings_are_restored(
    qtbot: QtBot, db: Path, qsettings: QSettings, people: dict[str, int]
) -> None:
    first = MainWindow(qsettings)
    qtbot.addWidget(first)
    first.show()
    first.navigation.show_page("contacts")
    first.resize(1240, 700)
    assert first.width() == 1240  # a laptop's screen holds the sidebar, the table and History
    splitter = first.contacts_page.splitter
    splitter.moveSplitter(splitter.width() - 300, 1)  # History made narrower by its handle
    history_width = first.contacts_page.splitter.sizes()[1]
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
    # (The offscreen screen is 800 pixels wide: a window wider is brought back as narrow as
    # it can be.)
    fits = max(second.minimumSizeHint().width(), second.screen().availableGeometry().width())
    assert (second.width(), second.height()) == (min(1240, fits), 700)
    assert second.navigation.current_page() == "contacts"  # where the user left off
    second.resize(1240, 700)
    assert second.contacts_page.splitter.sizes()[1] == history_width
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


def test_every_action_is_in_a_menu_with_its_shortcut(main_window: MainWindow) -> None:
    """Nothing is reachable only by a toolbar button or a context menu (Log meeting was)."""

    def walk(actions: list[QAction]) -> list[QAction]:
        found: list[QAction] = []
        for action in actions:
            menu = action.menu()
            found.extend(walk(menu.actions()) if isinstance(menu, QMenu) else [action])
        return found

    in_menus = walk(main_window.menuBar().actions())
    registry = main_window.registry
    missing = [name for name in registry if registry[name] not in in_menus]
    assert missing == []
    assert "log-meeting" in registry and "go-tree" in registry
    assert registry["log-meeting"] in main_window.menuBar().actions()[1].menu().actions()
    shortcuts = [registry[n].shortcut().toString() for n in registry]
    shortcuts = [shortcut for shortcut in shortcuts if shortcut]
    assert len(shortcuts) == len(set(shortcuts))  # no two actions share one
    assert {"Ctrl+Shift+M", "Ctrl+E", "Ctrl+1", "Ctrl+2", "Ctrl+3"} <= set(shortcuts)
    assert "Ctrl+Shift+S" in shortcuts  # Sync now (issue 16)
    # The toolbar keeps to the everyday few (and Sync now, issue 16).
    assert len([a for a in main_window.toolbar.actions() if not a.isSeparator()]) <= 7


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
    tools = [a.text() for a in main_window.tools_menu.actions() if not a.isSeparator()]
    assert tools == [
        "&Who have I neglected?",
        "Find &duplicates...",
        "&Sync now",
        "Sync &conflicts...",
        "Show &reminders in the system tray",
    ]


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
