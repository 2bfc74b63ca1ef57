"""The referral tree page: its own page, in step with the table, filter, refresh, legend."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from netdesk.core.contacts import set_referrer
from netdesk.core.referrals import referrer_of
from netdesk.ui.contacts.model import IdRole as TableIdRole
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.tree.model import Column, IdRole, MatchRole, ReferralTreeModel
from netdesk.ui.tree.panel import ReferralTreePanel
from tests.core.test_tree import add_chain, add_people

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def panel_of(window: MainWindow) -> ReferralTreePanel:
    window.refresh()  # what the store announced, read now rather than on the next event
    window.navigation.show_page("tree")  # This week is the page shown at first
    panel = window.referral_tree.panel
    assert panel.is_shown()
    panel.refresh()
    return panel


def names(model: ReferralTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, Column.NAME, parent).data() for r in range(model.rowCount(parent))]


def test_the_tree_has_a_page_of_its_own(
    qtbot: QtBot, family: dict, main_window: MainWindow
) -> None:
    main_window.refresh()
    panel = main_window.referral_tree.panel
    assert main_window.navigation.page("tree") is panel
    assert main_window.navigation.current_page() == "week"  # This week is the home page
    assert not panel.is_shown()
    main_window.resize(1600, 1000)
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert panel.is_shown() and not main_window.meetings.week_view.isVisible()
    assert panel.title.text() == "Referral tree"
    assert panel.title.property("role") == "page-title"
    # The tree takes the width, the path and the numbers sit beside it, whole.
    qtbot.waitUntil(lambda: panel.view.width() > 2 * panel.details.width())
    assert panel.details.width() >= 300
    assert panel.view.height() > main_window.height() * 0.6
    main_window.select_contact(family["anna"])
    qtbot.waitUntil(lambda: "Sara Smith" in panel.path_text())
    assert not panel.details.verticalScrollBar().isVisible()
    assert not panel.details.horizontalScrollBar().isVisible()
    # Room enough: the status is written out beside its icon.
    assert not panel.view.isColumnHidden(Column.STATUS)


def test_the_legend_says_what_each_icon_means(qtbot: QtBot, main_window: MainWindow) -> None:
    panel = main_window.referral_tree.panel
    entries = panel.legend.entries
    assert list(entries) == [
        "status-to_contact",
        "status-contacted",
        "status-meeting_set",
        "status-met",
        "status-keep_in_touch",
        "status-dormant",
        "warm-lead",
    ]
    assert entries["status-dormant"].startswith("Dormant: ")
    assert entries["warm-lead"] == "Warm lead: someone who already knows you"


def test_a_narrow_tree_keeps_the_icons_and_drops_the_words(qtbot: QtBot, family: dict) -> None:
    panel = ReferralTreePanel()
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    qtbot.waitUntil(lambda: not panel.view.isColumnHidden(Column.STATUS))
    panel.resize(700, 700)
    qtbot.waitUntil(lambda: panel.view.isColumnHidden(Column.STATUS))
    wait_for_tasks()


def test_tree_shows_counts_and_status(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    model = panel.model
    assert names(model, QModelIndex()) == ["Bob Brown", "Sara Smith"]
    sara = model.index_of(family["sara"])
    assert model.index(sara.row(), Column.REFERRED).data() == "2"
    assert model.index(sara.row(), Column.BELOW).data() == "3"
    assert model.index(sara.row(), Column.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(sara.row(), Column.STATUS).data() == "To contact"
    assert model.index(sara.row(), Column.LEAD).data() == ""  # cold
    assert "To contact" in model.index(sara.row(), Column.NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_selection_follows_the_table_and_back(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["anna"])
    assert panel.view.currentIndex().data(IdRole) == family["anna"]
    assert panel.view.isExpanded(panel.model.index_of(family["john"]))
    assert panel.view.isExpanded(panel.model.index_of(family["sara"]))
    panel.view.setCurrentIndex(panel.model.index_of(family["bob"]))
    assert main_window.current_contact_id() == family["bob"]
    assert main_window.table.currentIndex().data(TableIdRole) == family["bob"]


def written(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's writes (moves, saves, undo, redo) are in the database."""
    qtbot.waitUntil(lambda: not window.writer.busy)


def test_filter_reveals_matches_with_their_ancestors(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    model = panel.model
    panel.filter_edit.setText("arva")
    panel.apply_filter()
    assert names(model, QModelIndex()) == ["Sara Smith"]
    sara = model.index_of(family["sara"])
    assert names(model, sara) == ["John Public"]  # Carl leads to no match
    john = model.index_of(family["john"])
    assert panel.view.isExpanded(sara) and panel.view.isExpanded(john)
    anna = model.index_of(family["anna"])
    assert anna.data(MatchRole) and not john.data(MatchRole)
    assert "1 matching" in panel.filter_info.text()
    panel.filter_edit.clear()
    panel.apply_filter()
    assert names(model, QModelIndex()) == ["Bob Brown", "Sara Smith"]


def test_new_contacts_appear_after_changes(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Eve Early")
    editor.accept()
    qtbot.waitUntil(lambda: "Eve Early" in names(panel.model, QModelIndex()))
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Eve Early" not in names(panel.model, QModelIndex()))


def test_deep_chain_selects_without_recursion_error(
    qtbot: QtBot, main_window: MainWindow, db: Path
) -> None:
    chain = add_chain(5000)
    panel = panel_of(main_window)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    try:
        main_window.select_contact(chain[-1])
    finally:
        sys.setrecursionlimit(limit)
    assert main_window.current_contact_id() == chain[-1]
    assert panel.view.currentIndex().data(IdRole) == chain[-1]
    assert panel.view.isExpanded(panel.model.index_of(chain[0]))
    assert panel.view.isExpanded(panel.model.index_of(chain[-2]))
    assert panel.model.index(0, Column.BELOW).data() == "4,999"
    assert "4,991 more introductions" in panel.path_text()
    assert panel.opening_text() == "Link 04998 suggested I give you a call."
    rows, hidden = panel.visible_rows(limit=100)
    assert [r.depth for r in rows[:3]] == [0, 1, 2] and hidden == 4900


def test_panel_works_without_a_window(qtbot: QtBot, family: dict) -> None:
    panel = ReferralTreePanel()
    qtbot.addWidget(panel)
    assert names(panel.model, QModelIndex()) == ["Bob Brown", "Sara Smith"]
    assert panel.reveal(family["anna"])
    assert panel.move_contact(family["anna"], family["bob"])
    qtbot.waitUntil(lambda: referrer_of(family["anna"]) == family["bob"])
    wait_for_tasks()


def test_a_hidden_panel_catches_up_when_shown(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    main_window.navigation.show_page("week")  # This week hides the tree
    assert not panel.is_shown()
    set_referrer(family["bob"], family["carl"])  # the store tells the window and the tree
    qtbot.wait(10)
    assert names(panel.model, QModelIndex()) == ["Bob Brown", "Sara Smith"]  # not yet
    main_window.select_contact(family["anna"])
    assert panel.view.currentIndex().data(IdRole) != family["anna"]
    main_window.navigation.show_page("tree")
    assert names(panel.model, QModelIndex()) == ["Sara Smith"]
    assert panel.view.currentIndex().data(IdRole) == family["anna"]


def test_switching_databases_starts_afresh(
    qtbot: QtBot, main_window: MainWindow, family: dict, tmp_path: Path
) -> None:
    from netdesk.models import close_db, init_db, store

    panel = panel_of(main_window)
    panel.filter_edit.setText("arva")
    panel.apply_filter()
    main_window.select_contact(family["anna"])
    mine = store.path
    assert mine is not None
    other = tmp_path / "other.sqlite"
    database = init_db(other)
    add_people(["Olga Other"], [None])
    database.close()
    init_db(mine)  # the window switches from its own file, as File > Open does
    assert main_window.open_database(other)
    qtbot.waitUntil(lambda: names(panel.model, QModelIndex()) == ["Olga Other"])
    assert panel.filter_edit.text() == "" and panel.model.forest is None
    assert panel.current_contact_id() in (None, main_window.current_contact_id())
    assert "Árvai" not in panel.path_text()
    close_db()
