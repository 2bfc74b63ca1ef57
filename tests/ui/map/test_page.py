"""The Network map page in the window, on a real database: it lists under View > Go to, shows
everyone (or says nobody is there yet), follows and sets the window's current contact, finds a
name, re-reads after a change, re-parents by a drop (undoably, loops refused) and exports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.referrals import referrer_of
from netdesk.models import Lead, Status
from netdesk.models.records import ContactData
from netdesk.ui.map.page import MapPage
from netdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def family(db: Path) -> dict[str, int]:
    """Sara (warm, met) referred John and Carl; John referred Anna; Bob known directly."""

    def person(name: str, status: Status = Status.TO_CONTACT, lead: Lead = Lead.COLD) -> int:
        return create_contact(
            ContactData(display_name=name, status=status, lead=lead, organization="Northwind")
        )

    ids = {
        "sara": person("Sara Smith", Status.MET, Lead.WARM),
        "john": person("John Public"),
        "anna": person("Anna Árvai"),
        "bob": person("Bob Brown", Status.CONTACTED, Lead.WARM),
        "carl": person("Carl Clark"),
    }
    set_referrer(ids["john"], ids["sara"])
    set_referrer(ids["carl"], ids["sara"])
    set_referrer(ids["anna"], ids["john"])
    return ids


def open_map(qtbot: QtBot, window: MainWindow) -> MapPage:
    page = window.navigation.page("map")
    assert isinstance(page, MapPage)
    window.navigation.show_page("map")
    qtbot.waitUntil(lambda: not page.loading and page.canvas.data is not None, timeout=10_000)
    return page


def point_of(page: MapPage, contact_id: int) -> QPointF:
    index = page.canvas.index_of(contact_id)
    assert index is not None
    layout = page.canvas.data.layout if page.canvas.data is not None else None
    assert layout is not None
    return page.canvas.to_widget(QPointF(layout.x[index], layout.y[index]))


def written(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.writer.busy)


def test_the_map_is_a_page_under_view_go_to(main_window: MainWindow) -> None:
    action = main_window.navigation.action("map")
    assert action in main_window.navigation.go_menu.actions()
    assert action.text() == "Network &map"
    assert action.shortcut() == QKeySequence("Ctrl+6")
    action.trigger()
    assert main_window.navigation.current_page() == "map"


def test_an_empty_network_says_so(qtbot: QtBot, main_window: MainWindow) -> None:
    page = open_map(qtbot, main_window)
    assert page.stack.currentWidget() is page.empty
    assert "Nobody on the map yet" in page.empty.text()


def test_everyone_is_drawn_and_selection_goes_both_ways(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    assert page.stack.currentWidget() is page.canvas
    assert page.canvas.shown_count() == 5
    # The window's current contact is marked on the map.
    main_window.select_contact(family["anna"])
    qtbot.waitUntil(lambda: page.canvas.selected_id() == family["anna"])
    assert page.canvas.path_text(page.canvas.highlight.selected or 0) == (
        "You → Sara Smith → John Public → Anna Árvai"
    )
    # A click on the map makes the person current in the window.
    canvas = page.canvas
    canvas.fly_to(canvas.index_of(family["bob"]) or 0, animate=False)
    qtbot.mouseClick(canvas, qtbot_left(), pos=point_of(page, family["bob"]).toPoint())
    qtbot.waitUntil(lambda: main_window.selection.current() == family["bob"])
    assert canvas.selected_id() == family["bob"]


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_search_flies_to_the_best_match(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    assert page.best_match("carl clark") == page.canvas.index_of(family["carl"])
    assert page.best_match("clar") == page.canvas.index_of(family["carl"])  # inside the name
    assert page.best_match("bo") == page.canvas.index_of(family["bob"])  # the start first
    assert page.find_person("john")
    qtbot.waitUntil(lambda: page.canvas.animation.state() == page.canvas.animation.State.Stopped)
    index = page.canvas.index_of(family["john"])
    assert index is not None
    centre = page.canvas.centre
    layout = page.canvas.data.layout if page.canvas.data is not None else None
    assert layout is not None
    assert abs(centre.x() - layout.x[index]) < 1e-6
    qtbot.waitUntil(lambda: main_window.selection.current() == family["john"])
    assert not page.find_person("zebra")
    assert page.not_found.isVisible()


def test_a_new_person_appears_after_the_store_says_so(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    create_contact(ContactData(display_name="Dee Dunn"))
    qtbot.waitUntil(lambda: page.canvas.shown_count() == 6, timeout=10_000)


def test_the_time_slider_shows_the_network_week_by_week(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    from netdesk.models.entities import Contact

    old = date.today() - timedelta(weeks=6)
    Contact.update(date_added=old).where(Contact.id == family["sara"]).execute()
    main_window.signals.store.poll_external()
    page = open_map(qtbot, main_window)
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading)
    slider = page.timeline.slider
    assert slider.maximum() >= 6
    slider.setValue(0)
    assert page.canvas.shown_count() == 1  # only Sara was there six weeks ago
    assert page.timeline.label.text().endswith(": 1 person")
    assert page.timeline.label.text().startswith("Week of ")
    slider.setValue(slider.maximum())
    assert page.canvas.shown_count() == 5
    assert page.timeline.label.text().endswith(": 5 people")
    page.timeline.play_button.setChecked(True)
    assert slider.value() == 0
    qtbot.waitUntil(lambda: slider.value() == slider.maximum(), timeout=5000)
    qtbot.waitUntil(lambda: not page.timeline.play_button.isChecked())


def test_a_drop_reparents_undoably_and_a_loop_is_refused(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    with qtbot.waitSignal(page.canvas.reparent_requested):
        page.canvas.reparent_requested.emit(family["anna"], family["bob"])
    qtbot.waitUntil(lambda: referrer_of(family["anna"]) == family["bob"])
    written(qtbot, main_window)
    assert main_window.undo_stack.undoText() == "Move Anna Árvai"
    qtbot.waitUntil(
        lambda: (
            page.canvas.path_indices(page.canvas.index_of(family["anna"]) or 0)[-1]
            == page.canvas.index_of(family["bob"])
        )
    )
    main_window.undo_stack.undo()
    written(qtbot, main_window)
    assert referrer_of(family["anna"]) == family["john"]
    # Sara under John would be a loop: refused with a message, nothing written.
    refused: list[str] = []
    page.moves.refused.connect(refused.append)
    assert not page.move_contact(family["sara"], family["anna"])
    assert refused and "loop" in refused[0]
    assert referrer_of(family["sara"]) is None
    box = page.findChild(QMessageBox, "moveRefused")
    assert box is not None
    box.close()


def test_the_context_menu_offers_the_trees_actions(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    page.canvas.select(family["john"])
    page.canvas.context_menu_requested.emit(family["john"], page.mapToGlobal(page.rect().center()))
    menu = page.context_menu
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Add a person John Public referred...",
        "Log meeting...",
        "Compose a message...",
        "Open in editor...",
        "Set referrer...",
        "Copy the path",
    ]
    assert all(a.isEnabled() for a in menu.actions() if a.text())
    menu.close()


def test_export_writes_png_svg_and_pdf(
    qtbot: QtBot, main_window: MainWindow, family: dict[str, int], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    page = open_map(qtbot, main_window)
    page.canvas.select(family["anna"])
    png, svg, pdf = tmp_path / "map.png", tmp_path / "map.svg", tmp_path / "map.pdf"
    assert page.output.save(png)
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == 2 * page.canvas.width()
    assert page.output.save(svg)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "Network map" in text
    assert page.output.save(pdf)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert reader.metadata is not None and reader.metadata.title == "Network map"
    # Printing draws the same view on the printer's page (here a PDF file).
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.output.print_map(printer)
    assert len(PdfReader(str(printed)).pages) == 1
    # A folder where the file should be is refused with a message.
    (tmp_path / "folder.png").mkdir()
    assert not page.output.save(tmp_path / "folder.png")
    box = page.findChild(QMessageBox, "mapNotSaved")
    assert box is not None
    box.close()
