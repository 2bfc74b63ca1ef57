"""The sidebar and its pages: alone, and in the window (shortcuts, remembered page and splitters,
keyboard only, an old window state with docks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.navigation import Navigation
from netdesk.ui.shell.tasks import wait_for_tasks


def page_with(text: str) -> QWidget:
    page = QWidget()
    QLineEdit(text, page).setObjectName(text)
    return page


@pytest.fixture
def navigation(qtbot: QtBot) -> Navigation:
    registry = Actions()
    navigation = Navigation(registry)
    navigation.registry = registry  # type: ignore[attr-defined]
    qtbot.addWidget(navigation)
    navigation.add_page("one", "&One", "this-week", page_with("first"), "Ctrl+1")
    navigation.add_page("two", "&Two", "contacts", page_with("second"), "Ctrl+2")
    navigation.add_page("three", "T&hree", "referral-tree", page_with("third"), None)
    navigation.resize(800, 500)
    navigation.show()
    qtbot.waitExposed(navigation)
    return navigation


def test_pages_have_a_sidebar_row_a_go_to_entry_and_an_action(navigation: Navigation) -> None:
    assert navigation.pages() == ["one", "two", "three"]
    assert navigation.current_page() == "one"  # the first page added
    rows = [navigation.sidebar.item(r) for r in range(navigation.sidebar.count())]
    assert [r.text() for r in rows] == ["One", "Two", "Three"]
    assert all(not r.icon().isNull() for r in rows)
    assert rows[1].toolTip() == "Two (Ctrl+2)"
    entries = [(a.text(), a.shortcut().toString()) for a in navigation.go_menu.actions()]
    assert entries == [("&One", "Ctrl+1"), ("&Two", "Ctrl+2"), ("T&hree", "")]
    registry: Actions = navigation.registry  # type: ignore[attr-defined]
    assert list(registry) == ["go-one", "go-two", "go-three"]
    with pytest.raises(ValueError, match="two"):
        navigation.add_page("two", "Again", "contacts", QWidget(), None)


def test_show_page_switches_the_stack_and_says_so(qtbot: QtBot, navigation: Navigation) -> None:
    seen: list[str] = []
    navigation.page_changed.connect(seen.append)
    navigation.show_page("three")
    assert navigation.stack.currentWidget() is navigation.page("three")
    assert navigation.sidebar.currentItem().text() == "Three"
    assert navigation.action("three").isChecked() and not navigation.action("one").isChecked()
    navigation.show_page("three")  # already there: nothing to say
    navigation.sidebar.setCurrentRow(1)  # a click on a row
    assert seen == ["three", "two"]
    assert navigation.page("two").isVisible() and not navigation.page("three").isVisible()
    with pytest.raises(KeyError):
        navigation.show_page("nowhere")


def test_up_and_down_switch_pages_and_enter_goes_into_one(
    qtbot: QtBot, navigation: Navigation
) -> None:
    navigation.sidebar.setFocus()
    qtbot.keyClick(navigation.sidebar, Qt.Key.Key_Down)
    assert navigation.current_page() == "two"
    qtbot.keyClick(navigation.sidebar, Qt.Key.Key_Down)
    assert navigation.current_page() == "three"
    qtbot.keyClick(navigation.sidebar, Qt.Key.Key_Up)
    assert navigation.current_page() == "two"
    qtbot.keyClick(navigation.sidebar, Qt.Key.Key_Return)
    assert navigation.focusWidget() is navigation.findChild(QLineEdit, "second")


def test_a_page_shortcut_works_from_inside_another_page(
    qtbot: QtBot, navigation: Navigation
) -> None:
    first = navigation.findChild(QLineEdit, "first")
    assert isinstance(first, QLineEdit)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert navigation.current_page() == "two"
    assert navigation.focusWidget() is navigation.findChild(QLineEdit, "second")
    navigation.action("three").trigger()  # View > Go to > Three
    assert navigation.current_page() == "three"


# In the window ---------------------------------------------------------------------------------


def test_the_window_opens_on_this_week(qtbot: QtBot, people: dict, main_window: MainWindow) -> None:
    """With people in the database, the home page is This week."""
    second = main_window
    assert second.navigation.pages() == [
        "week",
        "contacts",
        "tree",
        "companies",
        "postings",
        "map",
        "dashboard",
    ]
    assert second.navigation.current_page() == "week"
    assert second.meetings.week_view.isVisible() and not second.table.isVisible()
    titles = [
        second.navigation.sidebar.item(r).text() for r in range(second.navigation.sidebar.count())
    ]
    assert titles == [
        "This week",
        "Contacts",
        "Referral tree",
        "Companies",
        "Postings",
        "Network map",
        "Dashboard",
    ]


def test_view_go_to_lists_every_page_with_its_shortcut(main_window: MainWindow) -> None:
    go_menu = main_window.navigation.go_menu
    assert go_menu.menuAction() in main_window.view_menu.actions()
    entries = [(a.text(), a.shortcut()) for a in go_menu.actions()]
    assert entries == [
        ("This &week", QKeySequence("Ctrl+1")),
        ("&Contacts", QKeySequence("Ctrl+2")),
        ("&Referral tree", QKeySequence("Ctrl+3")),
        ("C&ompanies", QKeySequence("Ctrl+4")),
        ("&Postings", QKeySequence("Ctrl+5")),
        ("Network &map", QKeySequence("Ctrl+6")),
        ("&Dashboard", QKeySequence("Ctrl+7")),
    ]


def test_pages_have_titles(people: dict, main_window: MainWindow) -> None:
    main_window.refresh()
    for key, text in (
        ("contacts", "Contacts"),
        ("tree", "Referral tree"),
        ("companies", "Companies"),
        ("postings", "Postings"),
        ("dashboard", "Dashboard"),
    ):
        page = main_window.navigation.page(key)
        titles = [
            label for label in page.findChildren(QLabel) if label.property("role") == "page-title"
        ]
        assert [t.text() for t in titles] == [text]
        main_window.navigation.show_page(key)
        assert titles[0].isVisible()


def test_keyboard_only_from_the_sidebar_to_a_contact(
    qtbot: QtBot, people: dict, main_window: MainWindow
) -> None:
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    main_window.navigation.sidebar.setFocus()
    qtbot.keyClick(main_window.navigation.sidebar, Qt.Key.Key_Down)
    assert main_window.navigation.current_page() == "contacts"
    qtbot.keyClick(main_window.navigation.sidebar, Qt.Key.Key_Return)
    assert main_window.focusWidget() is main_window.search  # typing finds people at once
    qtbot.keyClicks(main_window.search, "anna")
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 1 and main_window.model.is_complete)
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)  # on to the match
    assert main_window.focusWidget() is main_window.table
    assert main_window.current_contact_id() == people["anna"]
    # Ctrl+3 from the table: the tree, the same person current there.
    qtbot.keyClick(main_window.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tree = main_window.referral_tree.panel
    assert main_window.navigation.current_page() == "tree"
    assert tree.current_contact_id() == people["anna"]
    # Find on the tree's page is the tree's filter; Ctrl+1 goes home.
    main_window.find_action.trigger()
    assert main_window.focusWidget() is tree.filter_edit
    qtbot.keyClick(tree.filter_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.navigation.current_page() == "week"
    assert main_window.meetings.week_view.isAncestorOf(main_window.focusWidget())


def test_find_from_another_page_goes_to_the_contacts_search(
    people: dict, main_window: MainWindow
) -> None:
    main_window.refresh()
    main_window.navigation.show_page("week")
    main_window.find_action.trigger()
    assert main_window.navigation.current_page() == "contacts"
    assert main_window.focusWidget() is main_window.search


@pytest.mark.parametrize("key", ["companies", "postings", "map"])
def test_find_on_a_page_with_a_search_of_its_own_goes_there(
    people: dict, main_window: MainWindow, key: str
) -> None:
    main_window.navigation.show_page(key)
    search = main_window.pages.searches[key]
    assert search is not None
    main_window.find_action.trigger()
    assert main_window.navigation.current_page() == key
    field = main_window.focusWidget()
    assert isinstance(field, QLineEdit) and main_window.navigation.page(key).isAncestorOf(field)


def test_the_empty_state_takes_the_keyboard_too(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.navigation.show_page("week")
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    focused = main_window.focusWidget()
    assert isinstance(focused, QPushButton) and focused is main_window.empty_panel.add_button


def test_page_and_splitters_are_remembered(
    qtbot: QtBot, db: Path, qsettings: QSettings, people: dict
) -> None:
    first = MainWindow(qsettings)
    qtbot.addWidget(first)
    first.resize(1400, 860)
    first.show()
    first.navigation.show_page("contacts")
    splitter = first.contacts_page.splitter
    splitter.moveSplitter(splitter.width() - 330, 1)  # as dragging the handle does
    contacts_sizes = splitter.sizes()
    assert contacts_sizes[1] == 330 - splitter.handleWidth()
    first.navigation.show_page("tree")
    splitter = first.referral_tree.panel.splitter
    splitter.moveSplitter(splitter.width() - 500, 1)
    tree_sizes = splitter.sizes()
    assert tree_sizes[1] == 500 - splitter.handleWidth()
    first.close()
    wait_for_tasks()

    second = MainWindow(qsettings)
    qtbot.addWidget(second)
    second.show()
    second.resize(1400, 860)
    assert second.navigation.current_page() == "tree"
    # The side columns keep their width; the tree and the table take what the window gives.
    assert second.referral_tree.panel.splitter.sizes()[1] == tree_sizes[1]
    second.navigation.show_page("contacts")
    assert second.contacts_page.splitter.sizes()[1] == contacts_sizes[1]
    second.close()
    wait_for_tasks()


def test_an_unknown_remembered_page_falls_back_home(
    qtbot: QtBot, db: Path, qsettings: QSettings, people: dict
) -> None:
    qsettings.setValue("main_window/page", "observatory")  # from a later version, say
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.current_page() == "week"
    window.close()
    wait_for_tasks()


def test_an_old_window_state_with_docks_does_not_break_the_layout(
    qtbot: QtBot, db: Path, qsettings: QSettings, people: dict
) -> None:
    """A state saved by the window of docks (issue 13 and before): no empty dock frames come
    back, the toolbar stays, the pages take the window."""
    old = QMainWindow()
    qtbot.addWidget(old)
    old.setCentralWidget(QLabel("table"))
    old.addToolBar("Main toolbar").setObjectName("mainToolbar")
    for name in ("weekDock", "timelineDock", "referralTreeDock"):
        dock = QDockWidget(name)
        dock.setObjectName(name)
        dock.setWidget(QLabel(name))
        old.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    old.resize(1200, 720)
    old.show()
    state = old.saveState()
    assert isinstance(state, QByteArray) and not state.isEmpty()
    qsettings.setValue("main_window/state", state)
    qsettings.setValue("main_window/geometry", old.saveGeometry())
    old.close()

    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChildren(QDockWidget) == []
    assert window.centralWidget() is window.navigation
    assert window.toolbar.isVisible()
    assert window.navigation.width() >= window.width() - 20
    window.navigation.show_page("contacts")
    assert window.table.width() > 500
    window.close()
    wait_for_tasks()


def test_a_long_page_title_widens_the_sidebar_to_show_it_whole(navigation: Navigation) -> None:
    """ "Árbol de recomendaciones" was cut to "Árbol de recomend..." in a fixed sidebar."""
    before = navigation.sidebar.width()
    title = "Árbol de recomendaciones y más"
    navigation.add_page("long", title, "referral-tree", page_with("long"), None)
    row = navigation.sidebar.item(navigation.sidebar.count() - 1)
    text_room = navigation.sidebar.visualItemRect(row).width() - 40  # less the icon
    assert navigation.sidebar.width() > before
    assert navigation.sidebar.fontMetrics().horizontalAdvance(title) <= text_room
