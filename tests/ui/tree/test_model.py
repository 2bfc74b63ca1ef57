"""The tree's lazy model: valid for Qt, children loaded page by page as nodes expand."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from netdesk.ui.tree.model import Column, IdRole, ReferralTreeModel
from tests.core.test_tree import add_people

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


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


def test_status_and_warm_lead_are_written_out(qtbot: QtBot, db: Path) -> None:
    from PySide6.QtCore import Qt

    from netdesk.core.contacts import create_contact
    from netdesk.models import Lead, Status
    from netdesk.models.records import ContactData

    warm = create_contact(
        ContactData(display_name="Wanda Warm", lead=Lead.WARM, status=Status.MEETING_SET)
    )
    cold = create_contact(ContactData(display_name="Colin Cold", lead=Lead.COLD))
    model = ReferralTreeModel()
    model.reload()
    row = model.index_of(warm).row()
    assert model.index(row, Column.STATUS).data() == "Meeting set"
    assert model.index(row, Column.LEAD).data() == "Warm"
    assert model.index(row, Column.LEAD).data(Qt.ItemDataRole.DecorationRole) is not None
    row = model.index_of(cold).row()
    assert model.index(row, Column.STATUS).data() == "To contact"
    assert model.index(row, Column.LEAD).data() == ""
    assert model.index(row, Column.LEAD).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
    model.clear()
    assert model.rowCount() == 0
