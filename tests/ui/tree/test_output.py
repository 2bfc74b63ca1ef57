"""Saving and printing the visible tree."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from netdesk.ui.shell.tasks import wait_for_tasks
from tests.ui.tree.test_panel import panel_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


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
