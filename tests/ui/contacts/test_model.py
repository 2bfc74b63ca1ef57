"""The contact table model: qtmodeltester, first page then full list, stale results dropped; on
a large network the GUI thread only swaps answers in, and a replaced query is interrupted."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.core.query import ContactFilter, QueryInterrupted, Sort, SortColumn, contact_ids
from netdesk.models import Lead, database
from netdesk.models import query as sql
from netdesk.models.records import ContactData
from netdesk.ui.contacts import model as model_module
from netdesk.ui.contacts.model import (
    BLOCK,
    Column,
    ContactDelegate,
    ContactRole,
    ContactTableModel,
    IdRole,
)
from netdesk.ui.shell.main_window import MainWindow
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


# A network too big to ask on the GUI thread (``inline_limit`` 0 makes any network one) ----------


def _queries_by_thread(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Record every query of the contact table, and whether it ran on the GUI thread. Those
    whose cost does not grow with the network are labelled so: a row fetch with how many rows
    it asked for, the first page of the unfiltered list (one walk of an index)."""
    calls: list[tuple[str, bool]] = []
    for name in ("contact_ids", "contact_id_array", "count_contacts", "row_values"):
        original = getattr(sql, name)

        def spy(
            *args: object, _name: str = name, _original: object = original, **kwargs: object
        ) -> object:
            label = _name
            if _name == "row_values":
                label = f"row_values:{len(args[0])}"  # type: ignore[arg-type]
            elif _name == "contact_ids" and kwargs.get("limit") and args[0] == sql.Criteria():
                label = "first page, unfiltered"
            calls.append((label, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(sql, name, spy)
    return calls


def test_typing_runs_no_query_that_grows_with_the_hits_on_the_gui_thread(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(120)
    model = ContactTableModel()
    model.inline_limit = 0
    model.first_page = 10
    with qtbot.waitSignal(model.query_finished):
        model.refresh()
    calls = _queries_by_thread(monkeypatch)
    for text in ("a", "an", "ann", "e", "", "s"):
        model.set_filter(ContactFilter(search=text))
        qtbot.waitUntil(lambda: model.is_shown)
        for r in range(model.rowCount()):
            model.index(r, Column.NAME).data()  # what painting asks for
    qtbot.waitUntil(lambda: model.is_complete, timeout=10_000)
    on_gui = [name for name, main in calls if main]
    rows = [name for name in on_gui if name.startswith("row_values:")]
    assert set(on_gui) - set(rows) == {"first page, unfiltered"}, on_gui
    assert all(int(name.split(":")[1]) <= BLOCK for name in rows)  # a block, never all rows
    on_worker = [name for name, main in calls if not main]
    assert on_worker.count("contact_ids") == 5  # every search's first page
    assert model.rowCount() == len(contact_ids(ContactFilter(search="s")))


def test_the_rows_shown_stay_until_the_new_ones_arrive(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(60)
    model = ContactTableModel()
    model.inline_limit = 0
    with qtbot.waitSignal(model.query_finished):
        model.refresh()
    before = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
    release = threading.Event()
    slow = _slow(monkeypatch, "e", release)
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.set_filter(ContactFilter(search="e"))
    assert slow.wait(5)  # the worker is asking now
    qtbot.wait(30)
    assert not model.is_shown and not model.is_complete
    assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == before
    assert model.index(0, Column.NAME).data()  # still painted, not blanked
    assert resets == []
    release.set()
    qtbot.waitUntil(lambda: model.is_complete)
    assert resets == [None]  # one swap, no flicker through an empty table
    assert _shown(model) == contact_ids(ContactFilter(search="e"))


def _slow(
    monkeypatch: pytest.MonkeyPatch, search: str, release: threading.Event
) -> threading.Event:
    """The worker's first page for ``search`` waits for ``release`` (ignoring interrupts,
    like a query past its last look at them); returns the event set once it waits."""
    asking = threading.Event()
    original = model_module.contact_ids

    def slowly(flt: ContactFilter | None = None, *args: object, **kwargs: object) -> list[int]:
        if flt is not None and flt.search == search and kwargs.get("limit"):
            asking.set()
            release.wait(10)
        return original(flt, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(model_module, "contact_ids", slowly)
    return asking


def _shown(model: ContactTableModel) -> list[int]:
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def test_a_late_answer_never_replaces_a_newer_one(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(60)
    model = ContactTableModel()
    model.inline_limit = 0
    with qtbot.waitSignal(model.query_finished):
        model.refresh()
    release = threading.Event()
    asking = _slow(monkeypatch, "a", release)
    pages: list[str] = []
    model.page_shown.connect(lambda: pages.append(model.contact_filter.search))
    model.set_filter(ContactFilter(search="a"))
    assert asking.wait(5)
    model.set_filter(ContactFilter(search="e"))  # typed while "a" is still being asked
    qtbot.waitUntil(lambda: model.is_complete)
    release.set()  # the answer for "a" comes now, after the one for "e"
    assert wait_for_tasks()
    qtbot.wait(50)  # let it arrive, if it were to be shown
    assert pages == ["e"]
    assert model.contact_filter == ContactFilter(search="e")
    assert _shown(model) == contact_ids(ContactFilter(search="e"))


def test_a_query_replaced_by_a_newer_one_is_interrupted_not_finished(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.models.test_query import ENDLESS

    generate_demo(30)
    monkeypatch.setattr(sql, "follow_up_due_condition", lambda _through: (ENDLESS, []))
    outcomes: dict[str, list[str]] = {"endless": [], "other": []}
    running = threading.Event()
    original = sql.contact_ids

    def watched(criteria: sql.Criteria, *args: object, **kwargs: object) -> list[int]:
        endless = criteria.follow_up_due_by is not None
        if endless:
            running.set()
        outcome = outcomes["endless" if endless else "other"]
        try:
            result = original(criteria, *args, **kwargs)  # type: ignore[arg-type]
        except QueryInterrupted:
            outcome.append("interrupted")
            raise
        outcome.append("finished")
        return result

    monkeypatch.setattr(sql, "contact_ids", watched)
    model = ContactTableModel()
    model.inline_limit = 0
    failures: list[str] = []
    model.query_failed.connect(failures.append)
    model.set_filter(ContactFilter(follow_up_due_by=date.today()))  # never finishes by itself
    assert running.wait(5)
    qtbot.wait(20)
    model.set_filter(ContactFilter(search="a"))
    qtbot.waitUntil(lambda: model.is_complete, timeout=10_000)
    assert wait_for_tasks(10_000)  # the endless query ended: no worker is left running it
    assert outcomes == {"endless": ["interrupted"], "other": ["finished"]}
    assert failures == []
    assert _shown(model) == contact_ids(ContactFilter(search="a"))


def test_stopping_interrupts_the_query_and_shows_nothing_more(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.models.test_query import ENDLESS

    generate_demo(30)
    model = ContactTableModel()
    model.inline_limit = 0
    with qtbot.waitSignal(model.query_finished):
        model.refresh()
    monkeypatch.setattr(sql, "follow_up_due_condition", lambda _through: (ENDLESS, []))
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.set_filter(ContactFilter(follow_up_due_by=date.today()))
    qtbot.wait(50)
    model.stop()  # the window closes
    assert wait_for_tasks(10_000)
    qtbot.wait(20)
    assert resets == []
    assert model.rowCount() == 30


def test_a_large_network_keeps_the_selection_when_the_contact_still_matches(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    generate_demo(60)
    main_window.model.inline_limit = 0
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    keep = contact_ids(ContactFilter(search="a"))[3]
    main_window.select_contact(keep)
    assert main_window.current_contact_id() == keep
    main_window.search.setText("a")
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    assert main_window.current_contact_id() == keep
    assert main_window.table.currentIndex().data(IdRole) == keep
    gone = ContactFilter(search="zzzz")
    main_window.search.setText(gone.search)
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    assert main_window.model.rowCount() == 0
    assert main_window.current_contact_id() is None


def test_a_row_with_text_that_is_not_utf8_shows_with_replacement_characters(
    qtbot: QtBot, db: Path
) -> None:
    create_contact(ContactData(display_name="Ann"))
    broken = create_contact(ContactData(display_name="Bob"))
    conn = database.connection()
    conn.execute("UPDATE contact SET title = CAST(x'ff41' AS TEXT) WHERE id = ?", (broken,))
    conn.commit()
    model = ContactTableModel()
    reports: list[str] = []
    model.damage_found.connect(reports.append)
    model.refresh()
    names = [model.index(r, Column.NAME).data() for r in range(model.rowCount())]
    assert names == ["Ann", "Bob"]  # a text that is not UTF-8 no longer costs its whole block
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert titles[1] == "\ufffdA"  # shown with a replacement character
    assert reports == []


def test_a_failed_search_says_so_and_shows_no_rows_of_the_one_before(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(30)
    model = ContactTableModel()
    model.inline_limit = 0
    with qtbot.waitSignal(model.query_finished):
        model.refresh()

    def failing(*_args: object, **_kwargs: object) -> list[int]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(model_module, "contact_ids", failing)
    with qtbot.waitSignal(model.query_failed) as failed:
        model.set_filter(ContactFilter(search="a"))
    assert "disk on fire" in failed.args[0]
    assert model.rowCount() == 0 and model.is_complete


@pytest.mark.parametrize("wrap", [False, True], ids=["one line", "word wrap"])
def test_the_table_paints_exactly_as_the_standard_delegate_would(
    qapp: QApplication, db: Path, wrap: bool
) -> None:
    """ContactDelegate only saves calls into Python: every pixel is what Qt's own paints."""
    today = date.today()
    create_contact(ContactData(display_name="Ann Warm", organization="Acme", lead=Lead.WARM))
    create_contact(ContactData(display_name="Bob Late", next_follow_up=today - timedelta(days=3)))
    create_contact(
        ContactData(
            display_name="Cy\nTwo lines",
            title="A title far too long for its column, which the view elides or wraps",
            next_follow_up=today - timedelta(days=1),
            lead=Lead.WARM,
        )
    )
    damaged = create_contact(ContactData(display_name="Dee Damaged"))
    conn = database.connection()
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE contact SET lead = 'wirm' WHERE id = ?", (damaged,))
    conn.commit()
    model = ContactTableModel()
    model.refresh()
    view = QTableView()
    view.setWordWrap(wrap)
    view.setAlternatingRowColors(True)
    view.resize(1100, 260)
    model.attach(view)
    assert isinstance(view.itemDelegate(), ContactDelegate)
    view.selectionModel().setCurrentIndex(
        model.index(1, Column.NAME),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.show()
    qapp.processEvents()
    ours = view.viewport().grab().toImage()
    view.setItemDelegate(QStyledItemDelegate(view))
    qapp.processEvents()
    standard = view.viewport().grab().toImage()
    assert ours == standard
    view.close()
