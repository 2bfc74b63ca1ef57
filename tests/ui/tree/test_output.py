"""Saving and printing the visible tree."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

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
