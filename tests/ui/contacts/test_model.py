"""The contact table model: qtmodeltester, first page then full list, stale results dropped."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.core.query import ContactFilter, Sort, SortColumn, contact_ids
from netdesk.models import Lead
from netdesk.models.records import ContactData
from netdesk.ui.contacts.model import BLOCK, Column, ContactRole, ContactTableModel, IdRole
from netdesk.ui.shell.tasks import wait_for_tasks


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, db: Path) -> None:
    generate_demo(40)
    model = ContactTableModel()
    model.refresh()
    assert model.rowCount() == 40
    qtmodeltester.check(model)
    model.set_filter(ContactFilter(search="a"))
    qtmodeltester.check(model)


def test_rows_show_what_the_core_knows(qapp: QApplication, db: Path) -> None:
    today = date.today()
    sara = create_contact(
        ContactData(
            display_name="<b>Sara</b> Smith",
            organization="Northwind",
            lead=Lead.WARM,
            next_follow_up=today - timedelta(days=2),
        )
    )
    model = ContactTableModel()
    model.refresh()
    assert model.rowCount() == 1
    name = model.index(0, Column.NAME)
    assert name.data() == "<b>Sara</b> Smith"  # plain text, never interpreted
    assert name.data(IdRole) == sara
    assert name.data(ContactRole).organization == "Northwind"
    assert model.index(0, Column.ORGANIZATION).data() == "Northwind"
    lead = model.index(0, Column.LEAD)
    assert lead.data() == "Warm"
    assert not lead.data(Qt.ItemDataRole.DecorationRole).isNull()
    follow_up = model.index(0, Column.NEXT_FOLLOW_UP)
    assert follow_up.data(Qt.ItemDataRole.FontRole).bold()
    assert follow_up.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "overdue" in follow_up.data(Qt.ItemDataRole.ToolTipRole)


def test_follow_up_not_yet_due_is_not_flagged(qapp: QApplication, db: Path) -> None:
    create_contact(ContactData(display_name="Ann", next_follow_up=date.today()))
    model = ContactTableModel()
    model.refresh()
    follow_up = model.index(0, Column.NEXT_FOLLOW_UP)
    assert follow_up.data(Qt.ItemDataRole.FontRole) is None
    assert follow_up.data(Qt.ItemDataRole.DecorationRole) is None


def test_first_page_then_the_full_list(qtbot: QtBot, db: Path) -> None:
    generate_demo(60)
    model = ContactTableModel()
    model.first_page = 7
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.query_finished):
        model.sort(Column.ORGANIZATION, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 7
        assert not model.is_complete
    expected = contact_ids(None, Sort(SortColumn.ORGANIZATION, descending=True))
    assert model.is_complete
    assert inserted == [(7, len(expected) - 1)]
    assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == expected


def test_a_stale_full_list_is_dropped(qtbot: QtBot, db: Path) -> None:
    generate_demo(60)
    model = ContactTableModel()
    model.first_page = 3
    model.set_filter(ContactFilter(search="a"))
    with qtbot.waitSignal(model.query_finished):
        model.set_filter(ContactFilter(search="e"))
    wait_for_tasks()
    qtbot.wait(20)  # let any late result of the first query arrive
    assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == contact_ids(
        ContactFilter(search="e")
    )


def test_rows_are_fetched_in_blocks_not_all_at_once(qapp: QApplication, db: Path) -> None:
    generate_demo(250)
    model = ContactTableModel()
    model.first_page = 1000
    model.refresh()
    assert model.rowCount() == 250
    model.index(0, 0).data()
    assert len(model._cache) == BLOCK
    model.index(249, 0).data()
    assert len(model._cache) == 2 * BLOCK  # rows 200-249, beside the first block


def test_headers_and_no_children(qapp: QApplication, db: Path) -> None:
    model = ContactTableModel()
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.LEAD, Qt.Orientation.Horizontal) == "Warm/cold"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    create_contact(ContactData(display_name="Ann"))
    model.refresh()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 1
