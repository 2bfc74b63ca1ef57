"""The Companies table's item model on its own: Qt's model checks, and a replaced query."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models import Lead
from netdesk.models.records import ContactData
from netdesk.ui.companies.model import Column, CompanyRole, CompanyTableModel


def people(db: Path) -> None:
    for index in range(30):
        lead = Lead.WARM if index % 5 == 0 else Lead.COLD
        organization = f"Company {index % 12:02d}"
        create_contact(ContactData(display_name=f"P {index}", organization=organization, lead=lead))


def names(model: CompanyTableModel) -> list[str]:
    return [model.index(r, int(Column.NAME)).data() for r in range(model.rowCount())]


def test_the_model_passes_qts_checks_through_a_first_page_and_the_full_list(
    qtbot: QtBot, db: Path, qtmodeltester: ModelTester
) -> None:
    people(db)
    model = CompanyTableModel()
    model.first_page = 5  # a first page, then the rest appended
    qtmodeltester.check(model)
    model.refresh()
    qtbot.waitUntil(lambda: model.is_complete)
    assert names(model) == [f"Company {i:02d}" for i in range(12)]
    row = model.index(0, 0).data(CompanyRole)
    assert (row.warm, row.cold) == (1, 2)  # P 0 (warm), P 12 and P 24
    model.sort(int(Column.WARM), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.is_complete)
    qtmodeltester.check(model)
    assert model.index(0, int(Column.WARM)).data() == "1"


def test_a_replaced_query_is_dropped_and_the_newest_one_shown(qtbot: QtBot, db: Path) -> None:
    people(db)
    model = CompanyTableModel()
    model.refresh()
    model.sort(int(Column.NAME), Qt.SortOrder.DescendingOrder)  # replaces the first at once
    with qtbot.waitSignal(model.query_finished):
        pass
    qtbot.waitUntil(lambda: model.is_complete)
    assert names(model) == [f"Company {i:02d}" for i in range(11, -1, -1)]
    model.set_search("company 0")
    assert not model.is_complete  # waits for typing to pause
    qtbot.waitUntil(lambda: model.is_complete)
    assert names(model) == [f"Company {i:02d}" for i in range(9, -1, -1)]
