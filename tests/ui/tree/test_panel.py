"""The referral tree dock: lazy model, selection in step with the table, moves, filter, pictures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from netdesk.core.contacts import load_contact, set_referrer
from netdesk.core.referrals import referrer_of
from netdesk.ui.contacts.model import Column as TableColumn
from netdesk.ui.contacts.model import IdRole as TableIdRole
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.tree.panel import (
    Column,
    IdRole,
    MatchRole,
    ReferralTreeModel,
    ReferralTreePanel,
    SetReferrerDialog,
)
from tests.core.test_tree import add_chain, add_people

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def family(db: Path) -> dict[str, int]:
    """Sara referred John and Carl; John referred Anna; Bob was known directly."""
    sara, john, anna, bob, carl = add_people(
        ["Sara Smith", "John Public", "Anna Árvai", "Bob Brown", "Carl Clark"],
        [None] * 5,
    )
    set_referrer(john, sara)
    set_referrer(carl, sara)
    set_referrer(anna, john)
    return {"sara": sara, "john": john, "anna": anna, "bob": bob, "carl": carl}


def panel_of(window: MainWindow) -> ReferralTreePanel:
    window.refresh()  # what the store announced, read now rather than on the next event
    window.referral_tree.dock.raise_()  # its tab sits behind This week at first
    panel = window.referral_tree.panel
    assert panel.is_shown()
    panel.refresh()
    return panel


def names(model: ReferralTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, Column.NAME, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object, family: dict) -> None:
    model = ReferralTreeModel()
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    sara = model.index_of(family["sara"])
    model.fetchMore(sara)
    model.fetchMore(model.index_of(family["john"]))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    from netdesk.core.tree import filter_forest

    model.set_forest(filter_forest("anna"))
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_children_load_when_a_node_expands(qtbot: QtBot, db: Path) -> None:
    (boss,) = add_people(["Boss"], [None])
    kids = add_people([f"Kid {i}" for i in range(7)], [boss] * 7)
    add_people([f"Root {i}" for i in range(4)], [None] * 4)
    model = ReferralTreeModel()
    model.roots_page, model.children_page = 3, 3
    model.reload()
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    index = model.index_of(boss)
    assert model.hasChildren(index) and model.rowCount(index) == 0
    assert model.index(index.row(), Column.REFERRED).data() == "7"
    assert model.index(index.row(), Column.BELOW).data() == "7"
    model.fetchMore(index)
    assert model.rowCount(index) == 3
    assert [model.index(r, 0, index).data(IdRole) for r in range(3)] == kids[:3]
    model.fetchMore(index)
    model.fetchMore(index)
    assert model.rowCount(index) == 7 and not model.canFetchMore(index)
    assert not model.hasChildren(model.index(0, 0, index))


def test_the_tree_is_a_tab_beside_this_week(qtbot: QtBot, main_window: MainWindow) -> None:
    tree_dock = main_window.referral_tree.dock
    assert tree_dock in main_window.tabifiedDockWidgets(main_window.meetings.week_dock)
    assert tree_dock.toggleViewAction() in main_window.panels_menu.actions()
    assert main_window.meetings.week_view.isVisible()  # This week stays on top at first
    assert not main_window.referral_tree.panel.is_shown()
    tree_dock.raise_()
    assert main_window.referral_tree.panel.is_shown()


def test_tree_shows_counts_and_status(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    model = panel.model
    assert names(model, QModelIndex()) == ["Bob Brown", "Sara Smith"]
    sara = model.index_of(family["sara"])
    assert model.index(sara.row(), Column.REFERRED).data() == "2"
    assert model.index(sara.row(), Column.BELOW).data() == "3"
    assert model.index(sara.row(), Column.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
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


def test_path_to_me_and_opening_line(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["anna"])
    assert panel.path_text() == (
        "You know Sara Smith -> who introduced John Public -> who introduced Anna Árvai"
    )
    assert panel.opening_text() == "John Public suggested I give you a call."
    panel.copy_action.trigger()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "John Public suggested I give you a call."
    main_window.select_contact(family["bob"])
    assert panel.path_text() == "You know Bob Brown directly."
    assert "No introduction needed" in panel.opening_text()


def written(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's writes (moves, saves, undo, redo) are in the database."""
    qtbot.waitUntil(lambda: not window.writer.busy)


def drop(model: ReferralTreeModel, contact_id: int, onto: int) -> bool:
    data = model.mimeData([model.index_of(contact_id)])
    return model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(onto))


def test_drag_onto_a_person_reparents_undoably(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    model = panel.model
    main_window.select_contact(family["anna"])
    assert drop(model, family["anna"], family["bob"])
    qtbot.waitUntil(lambda: referrer_of(family["anna"]) == family["bob"])
    qtbot.waitUntil(lambda: model.index_of(family["anna"]).parent().data(IdRole) == family["bob"])
    assert panel.view.currentIndex().data(IdRole) == family["anna"]
    assert panel.opening_text() == "Bob Brown suggested I give you a call."
    row = main_window.model.row_of(family["anna"])
    assert main_window.model.index(row, TableColumn.REFERRED_BY).data() == "Bob Brown"
    assert main_window.undo_stack.undoText() == "Move Anna Árvai"

    main_window.undo_stack.undo()
    written(qtbot, main_window)
    assert referrer_of(family["anna"]) == family["john"]
    qtbot.waitUntil(lambda: model.index_of(family["anna"]).parent().data(IdRole) == family["john"])
    main_window.undo_stack.redo()
    written(qtbot, main_window)
    assert referrer_of(family["anna"]) == family["bob"]
    qtbot.waitUntil(lambda: model.index_of(family["anna"]).parent().data(IdRole) == family["bob"])


def drag_onto(panel: ReferralTreePanel, contact_id: int, onto: int) -> None:
    """What Qt delivers to the view when a row is dragged onto another one."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    model = panel.model
    assert panel.reveal(onto) and panel.reveal(contact_id)  # both rows on screen
    data = model.mimeData([model.index_of(contact_id)])
    point = panel.view.visualRect(model.index_of(onto)).center()
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton)
    modifiers = Qt.KeyboardModifier.NoModifier
    viewport = panel.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, *args, modifiers))
    move = QDragMoveEvent(point, *args, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point.toPointF(), *args, modifiers)
    drop.setDropAction(Qt.DropAction.MoveAction)
    drop.ignore()
    QApplication.sendEvent(viewport, drop)


def test_a_drop_on_the_view_moves_the_person(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    drag_onto(panel, family["carl"], family["bob"])
    qtbot.waitUntil(lambda: referrer_of(family["carl"]) == family["bob"])
    written(qtbot, main_window)
    assert main_window.undo_stack.undoText() == "Move Carl Clark"


def test_a_drop_under_ones_own_descendant_says_why_not(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    refused: list[str] = []
    panel.move_refused.connect(refused.append)
    panel.reveal(family["anna"])
    panel.view.setCurrentIndex(panel.model.index_of(family["john"]))  # the row being dragged
    drag_onto(panel, family["john"], family["anna"])
    qtbot.waitUntil(lambda: bool(refused))
    assert "loop" in refused[0]
    assert referrer_of(family["john"]) == family["sara"]


def test_a_cycle_is_refused_with_a_message(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    refused: list[str] = []
    panel.move_refused.connect(refused.append)
    panel.reveal(family["anna"])
    assert drop(panel.model, family["sara"], family["anna"])  # Sara under her own grandchild
    qtbot.waitUntil(lambda: bool(refused))
    assert "loop" in refused[0] and "Anna Árvai" in refused[0] and "Sara Smith" in refused[0]
    box = panel.findChild(QMessageBox, "moveRefused")
    assert box is not None and box.text() == refused[0]
    box.close()
    assert referrer_of(family["sara"]) is None
    assert main_window.undo_stack.count() == 0
    # Dropping someone onto themselves is not offered at all.
    data = panel.model.mimeData([panel.model.index_of(family["bob"])])
    assert not panel.model.canDropMimeData(
        data, Qt.DropAction.MoveAction, -1, -1, panel.model.index_of(family["bob"])
    )


def test_set_referrer_dialog(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["carl"])
    dialog = panel.choose_referrer()
    assert isinstance(dialog, SetReferrerDialog)
    assert dialog.picker.text() == "Sara Smith"  # who referred Carl so far
    dialog.accept()  # unchanged: nothing to undo
    assert main_window.undo_stack.count() == 0
    dialog = panel.choose_referrer()
    assert dialog is not None
    dialog.picker.set_contact(None)
    dialog.accept()  # nobody chosen
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.picker.set_contact(family["anna"])
    dialog.accept()
    assert dialog.isVisible()  # until the change is written
    written(qtbot, main_window)
    assert referrer_of(family["carl"]) == family["anna"]
    dialog = panel.choose_referrer()
    assert dialog is not None
    dialog.nobody.setChecked(True)
    dialog.accept()
    written(qtbot, main_window)
    assert referrer_of(family["carl"]) is None
    assert panel.choose_referrer().nobody.isChecked()  # type: ignore[union-attr]
    main_window.undo_stack.undo()
    written(qtbot, main_window)
    assert referrer_of(family["carl"]) == family["anna"]
    qtbot.waitUntil(lambda: panel.model.index_of(family["carl"]).parent().isValid())


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


def test_context_menu_adds_a_referred_person(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["bob"])
    assert panel.add_referral_action.text() == "Add a person Bob Brown referred..."
    editor = panel.add_referred_person()
    assert editor is not None
    assert editor.referrer.text() == "Bob Brown"  # type: ignore[attr-defined]
    editor.display_name.setText("Dana Diaz")  # type: ignore[attr-defined]
    editor.accept()
    written(qtbot, main_window)
    dana = main_window.current_contact_id()
    assert dana is not None and load_contact(dana).name == "Dana Diaz"
    assert referrer_of(dana) == family["bob"]
    qtbot.waitUntil(lambda: panel.model.index_of(dana).parent().data(IdRole) == family["bob"])
    assert panel.view.currentIndex().data(IdRole) == dana

    form = panel.log_meeting()
    assert form is not None
    form.close()
    editor = panel.open_in_editor()
    assert editor is not None and editor.contact_id == dana  # type: ignore[attr-defined]
    editor.reject()


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


def test_network_numbers_are_shown(qtbot: QtBot, main_window: MainWindow, family: dict) -> None:
    panel = panel_of(main_window)
    expected = "2 generations below the people you knew; people per generation: 2, 2, 1."
    qtbot.waitUntil(lambda: expected in panel.numbers_label.text())
    assert "No meetings held yet" in panel.numbers_label.text()


def test_saving_the_picture_onto_a_symlink_says_why_and_writes_nothing(
    qtbot: QtBot,
    main_window: MainWindow,
    family: dict,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    panel = panel_of(main_window)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "tree.png"
    link.symlink_to(victim)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(link), ""))
    panel.choose_image_file()
    box = panel.findChild(QMessageBox, "pictureNotSaved")
    assert box is not None and box.windowTitle() == "Picture not saved"
    assert box.text().startswith(f"{link} could not be written: {link} is a symbolic link")
    box.close()
    assert victim.read_text() == "keep me" and link.is_symlink()


def test_save_and_print_the_visible_tree(
    qtbot: QtBot, main_window: MainWindow, family: dict, tmp_path: Path
) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["anna"])
    rows, hidden = panel.visible_rows()
    assert [(r.record.name, r.depth) for r in rows] == [
        ("Bob Brown", 0),
        ("Sara Smith", 0),
        ("Carl Clark", 1),
        ("John Public", 1),
        ("Anna Árvai", 2),
    ] and hidden == 0
    png = tmp_path / "tree.png"
    assert panel.save_image(png)
    image = QImage(str(png))
    assert not image.isNull() and image.height() > 5 * 22
    svg = tmp_path / "tree.svg"
    assert panel.save_image(svg)
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(svg)).isValid()
    assert "Anna Árvai" in svg.read_text("utf-8")
    pdf = tmp_path / "tree.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    assert panel.print_tree(printer)
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    for name in ("Sara Smith", "John Public", "Anna", "Bob Brown"):
        assert name in text
    wait_for_tasks()


def test_panel_works_without_a_window(qtbot: QtBot, family: dict) -> None:
    panel = ReferralTreePanel()
    qtbot.addWidget(panel)
    assert names(panel.model, QModelIndex()) == ["Bob Brown", "Sara Smith"]
    assert panel.reveal(family["anna"])
    assert panel.move_contact(family["anna"], family["bob"])
    qtbot.waitUntil(lambda: referrer_of(family["anna"]) == family["bob"])
    wait_for_tasks()


def test_a_click_on_the_arrow_loads_and_opens_a_node(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    panel = panel_of(main_window)
    sara = panel.model.index_of(family["sara"])
    assert panel.model.rowCount(sara) == 0 and not panel.view.isExpanded(sara)
    rect = panel.view.visualRect(sara)
    arrow = QPoint(rect.left() - panel.view.indentation() // 2, rect.center().y())
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert panel.view.isExpanded(sara)
    assert names(panel.model, sara) == ["Carl Clark", "John Public"]


def test_scrolling_down_loads_more_children(qtbot: QtBot, main_window: MainWindow) -> None:
    (boss,) = add_people(["Boss"], [None])
    add_people([f"Kid {i:03d}" for i in range(400)], [boss] * 400)
    panel = panel_of(main_window)
    panel.model.children_page = 40
    panel.reveal(boss)
    panel.view.expand(panel.model.index_of(boss))
    boss_index = panel.model.index_of(boss)
    assert panel.model.rowCount(boss_index) < 400  # a page or two, enough to fill the view
    bar = panel.view.verticalScrollBar()
    for _ in range(20):
        bar.setValue(bar.maximum())
    assert panel.model.rowCount(boss_index) == 400
    assert not panel.model.canFetchMore(boss_index)


def test_a_hidden_panel_catches_up_when_shown(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    main_window.meetings.week_dock.raise_()  # the tree's tab goes behind This week
    assert not panel.is_shown()
    set_referrer(family["bob"], family["carl"])  # the store tells the window and the tree
    qtbot.wait(10)
    assert names(panel.model, QModelIndex()) == ["Bob Brown", "Sara Smith"]  # not yet
    main_window.select_contact(family["anna"])
    assert panel.view.currentIndex().data(IdRole) != family["anna"]
    main_window.referral_tree.dock.raise_()
    assert names(panel.model, QModelIndex()) == ["Sara Smith"]
    assert panel.view.currentIndex().data(IdRole) == family["anna"]


def test_context_menu_offers_the_actions(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    from PySide6.QtWidgets import QMenu

    panel = panel_of(main_window)
    sara = panel.model.index_of(family["sara"])
    panel._context_menu(panel.view.visualRect(sara).center())
    menu = next(m for m in panel.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Add a person Sara Smith referred...",
        "Log meeting...",
        "Open in editor...",
        "Set referrer...",
        "Copy opening line",
    ]
    assert main_window.current_contact_id() == family["sara"]
    menu.close()


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
