"""Names a user or an import can make (markup, control characters, direction overrides, ten
thousand characters, emoji) are shown on the map as the text they are: the hover text never
turns into rich text, an exported SVG stays well-formed XML with the names as text, and a huge
name is cut short rather than covering the map."""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as SafeXml
import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.models.records import ContactData
from netdesk.ui.map.page import MapPage
from netdesk.ui.shell.main_window import MainWindow

MARKUP = "<b>Bold</b> &amp; <img src=x>"
CONTROL = "Ctl\x01\x07\x1b[31m Name"
LONG = "L" * 10_000
EMOJI = "Émoji 😀 中文"
RTL = "\u202eevil RTL"


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow) -> MapPage:
    sara = create_contact(ContactData(display_name=MARKUP, organization="<i>Acme</i>"))
    for name in (CONTROL, LONG, EMOJI, RTL):
        set_referrer(create_contact(ContactData(display_name=name)), sara)
    result = main_window.navigation.page("map")
    assert isinstance(result, MapPage)
    main_window.navigation.show_page("map")
    qtbot.waitUntil(lambda: not result.loading and result.canvas.data is not None, timeout=10_000)
    return result


def as_shown(tip: str) -> str:
    """The text a tooltip shows: Qt takes text that looks like HTML as HTML."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document.toPlainText()


def hover(qtbot: QtBot, page: MapPage, name: str) -> str:
    canvas = page.canvas
    assert canvas.data is not None
    layout = canvas.data.layout
    index = layout.people.names.index(name)
    canvas.fly_to(index, animate=False)
    canvas.repaint()
    QToolTip.hideText()
    qtbot.mouseMove(canvas, canvas.to_widget(QPointF(layout.x[index], layout.y[index])).toPoint())
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() != "")
    return as_shown(QToolTip.text())


def test_markup_in_a_name_shows_as_written_in_the_hover_text(qtbot: QtBot, page: MapPage) -> None:
    shown = hover(qtbot, page, MARKUP).splitlines()
    assert shown[0] == MARKUP
    assert "<i>Acme</i>" in shown[1]


def test_a_huge_name_is_cut_short_in_the_hover_text(qtbot: QtBot, page: MapPage) -> None:
    shown = hover(qtbot, page, LONG)
    first = shown.splitlines()[0]
    assert first.startswith("LLLL") and first.endswith("…")
    assert len(first) <= 200
    assert "\x01" not in hover(qtbot, page, CONTROL)


def test_the_exported_svg_is_well_formed_with_the_names_as_text(
    page: MapPage, tmp_path: Path
) -> None:
    page.canvas.fit()
    target = tmp_path / "map.svg"
    assert page.output.save(target)
    root = SafeXml.parse(str(target)).getroot()  # raises on ill-formed XML
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert not tags & {"b", "img", "i"}
    written = " ".join(
        "".join(element.itertext()) for element in root.iter() if element.tag.endswith("text")
    )
    assert MARKUP in written
    assert all(part in written for part in EMOJI.split())  # a text run per font
    assert "Ctl" in written and "\x01" not in written
    assert LONG not in written  # cut short on the map
