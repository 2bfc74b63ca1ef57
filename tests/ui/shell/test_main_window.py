"""The main window driven like a user would: add, edit, delete, undo, search, filter, sort."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.dates import Week
from netdesk.core.demo import generate_demo
from netdesk.core.query import contact_ids, count_contacts
from netdesk.models import Lead, Relationship, Status, store
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


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    today = date.today()
    return {
        "sara": create_contact(
            ContactData(
                display_name="Sara Smith",
                organization="Northwind",
                relationship=Relationship.FRIEND,
                lead=Lead.WARM,
                status=Status.MET,
                tags=["logistics"],
                next_follow_up=today - timedelta(days=3),
            )
        ),
        "john": create_contact(
            ContactData(
                display_name="John Public",
                organization="Contoso",
                relationship=Relationship.RECRUITER,
                status=Status.TO_CONTACT,
            )
        ),
        "anna": create_contact(
            ContactData(
                display_name="Anna Müller",
                organization="Acme",
                relationship=Relationship.FORMER_COWORKER,
                lead=Lead.WARM,
                status=Status.CONTACTED,
            )
        ),
    }


def test_a_new_database_shows_the_starting_panel(main_window: MainWindow) -> None:
    assert main_window.stack.currentWidget() is main_window.empty_panel
    assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
    assert main_window.count_label.text() == "0 contacts - 0 follow-ups due this week"


def test_the_demo_network_opens_from_the_starting_panel(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    with qtbot.waitSignal(main_window.contacts_changed, timeout=20_000):
        qtbot.mouseClick(main_window.empty_panel.demo_button, Qt.LeftButton)
        assert not main_window.empty_panel.demo_button.isEnabled()
    assert count_contacts() == 60
    assert main_window.stack.currentWidget() is main_window.table_page
    wait_complete(qtbot, main_window)
    assert main_window.model.rowCount() == 60
    assert main_window.count_label.text().startswith("60 contacts - ")


def test_add_edit_delete_with_undo_and_redo(qtbot: QtBot, main_window: MainWindow) -> None:
    changes: list[None] = []
    main_window.contacts_changed.connect(lambda: changes.append(None))

    # Add from the starting panel.
    qtbot.mouseClick(main_window.empty_panel.add_button, Qt.LeftButton)
    editor = main_window.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.display_name, "Sara Smith")
    qtbot.keyClicks(editor.organization, "Northwind")
    qtbot.keyClicks(editor.emails.edit_at(0), "sara@northwind.example")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)  # Enter saves
    written(qtbot, main_window)
    assert main_window.editor is None
    assert shown_names(main_window) == ["Sara Smith"]
    assert main_window.stack.currentWidget() is main_window.table_page
    sara = main_window.current_contact_id()
    assert sara is not None
    assert load_contact(sara).emails[0].address == "sara@northwind.example"
    assert len(changes) == 1

    # Edit: Enter on the row opens the editor.
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    editor = main_window.editor
    assert editor is not None and editor.contact_id == sara
    assert editor.organization.text() == "Northwind"
    editor.title.setText("Logistics lead")
    save_editor(qtbot, editor)
    assert main_window.model.index(0, Column.TITLE).data() == "Logistics lead"

    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert load_contact(sara).title == ""
    assert main_window.model.index(0, Column.TITLE).data() == ""
    main_window.redo_action.trigger()
    written(qtbot, main_window)
    assert load_contact(sara).title == "Logistics lead"

    # Delete with confirmation, then undo brings back the same contact.
    asked: list[list[str]] = []
    main_window.confirm_delete = lambda names: asked.append(names) or True  # type: ignore[method-assign]
    main_window.select_contact(sara)
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert asked == [["Sara Smith"]]
    assert count_contacts() == 0
    assert main_window.stack.currentWidget() is main_window.empty_panel
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert shown_names(main_window) == ["Sara Smith"]
    assert load_contact(sara).title == "Logistics lead"
    main_window.redo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0

    # Undo the delete, the edit and the add: back to an empty database; redo all.
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0
    for _ in range(3):
        main_window.redo_action.trigger()
        written(qtbot, main_window)
    assert count_contacts() == 0  # the last redo deletes again
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert contact_ids() == [sara]
    assert len(changes) >= 10


def test_delete_can_be_cancelled_and_handles_several_rows(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    main_window.confirm_delete = lambda names: False  # type: ignore[method-assign]
    main_window.table.selectAll()
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 3
    main_window.confirm_delete = lambda names: True  # type: ignore[method-assign]
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0
    assert main_window.undo_stack.undoText() == "Delete 3 contacts"
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 3


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
    assert statuses == ["To contact", "Met", "Contacted"]
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


def test_an_ampersand_in_a_name_shows_in_the_undo_menu(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from PySide6.QtGui import QAction

    qtbot.mouseClick(main_window.empty_panel.add_button, Qt.LeftButton)
    editor = main_window.editor
    assert editor is not None
    qtbot.keyClicks(editor.display_name, "Smith & Jones")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    written(qtbot, main_window)
    assert main_window.editor is None
    action: QAction = main_window.undo_action
    assert action.text() == "&Undo Add Smith && Jones"
    assert action.iconText() == "Undo Add Smith & Jones"  # what a toolbar or menu shows


def test_a_contact_saved_while_the_search_hides_it_is_shown_and_selected(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    qtbot.keyClicks(main_window.search, "contoso")
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["John Public"]
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Zoé Moreau")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    written(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.search.text() == "")  # the search made way for her
    zoe = main_window.current_contact_id()
    assert zoe is not None and load_contact(zoe).name == "Zoé Moreau"
    assert main_window.table.currentIndex().data(IdRole) == zoe
    assert len(shown_names(main_window)) == 4
