"""Re-parenting in the tree: drag and drop, Set referrer..., loops refused with a message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netdesk.core.referrals import referrer_of
from netdesk.ui.contacts.model import Column as TableColumn
from netdesk.ui.tree.model import IdRole, ReferralTreeModel
from netdesk.ui.tree.moves import SetReferrerDialog
from netdesk.ui.tree.panel import ReferralTreePanel
from tests.ui.tree.test_panel import panel_of, written

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def drop(model: ReferralTreeModel, contact_id: int, onto: int) -> bool:
    data = model.mimeData([model.index_of(contact_id)])
    return model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(onto))


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
