"""File > Print weekly sheet...: the preview loads off the GUI thread and saves what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout
from pytestqt.qtbot import QtBot

from netdesk.ui.sheet.dialog import WeeklySheetDialog
from tests.core.test_week_plan import TODAY, WEEK, seed


@pytest.fixture
def dialog(qtbot: QtBot, db: Path, qsettings: QSettings) -> Iterator[WeeklySheetDialog]:
    seed()
    dlg = WeeklySheetDialog(None, today=TODAY, settings=qsettings)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.sheet is not None, timeout=10_000)
    yield dlg
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)


def test_opens_on_this_week_and_previews_the_sheet(dialog: WeeklySheetDialog) -> None:
    assert dialog.week == WEEK
    assert "2026-W48" in dialog.week_label.text() and "(7 items)" in dialog.week_label.text()
    sheet = dialog.sheet
    assert sheet is not None
    assert "John Public" in sheet.text() and "Olga Overdue" in sheet.text()
    assert dialog.preview is not None
    assert dialog.preview.pageCount() == sheet.page_count >= 1
    assert dialog.save_action.isEnabled()


def test_week_picker_loads_another_week(qtbot: QtBot, dialog: WeeklySheetDialog) -> None:
    with qtbot.waitSignal(dialog.sheet_ready, timeout=10_000) as ready:
        dialog.set_week(WEEK.next())
    assert ready.args == ["2026-W49"]
    sheet = dialog.sheet
    assert sheet is not None and "Week 49, 2026" in sheet.text()
    assert "No meetings booked yet" in sheet.text()
    with qtbot.waitSignal(dialog.sheet_ready, timeout=10_000):
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-7))
    assert dialog.week == WEEK


def test_paper_size_is_applied_and_remembered(
    dialog: WeeklySheetDialog, qsettings: QSettings
) -> None:
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    sheet = dialog.sheet
    assert sheet is not None
    size = sheet.page_layout.fullRect(sheet.page_layout.Unit.Point).size().toTuple()
    assert tuple(round(v) for v in size) == (612, 792)
    assert qsettings.value("weekly_sheet/paper") == "Letter"


def test_save_as_pdf_writes_the_week_shown(
    qtbot: QtBot, dialog: WeeklySheetDialog, tmp_path: Path
) -> None:
    target = tmp_path / "week.pdf"
    with qtbot.waitSignal(dialog.pdf_saved, timeout=10_000) as saved:
        dialog.save_pdf(target)
    assert saved.args == [str(target)]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "John" in text and "Public" in text


def test_shows_a_placeholder_page_until_the_worker_is_done(
    qtbot: QtBot, db: Path, qsettings: QSettings
) -> None:
    seed()
    dlg = WeeklySheetDialog(None, today=TODAY, settings=qsettings)
    qtbot.addWidget(dlg)
    # The worker's result can only arrive through the event loop, which has not run yet.
    assert dlg.sheet is None and dlg.busy
    assert not dlg.save_action.isEnabled()
    assert "preparing" in dlg.week_label.text()
    assert dlg.preview is not None and dlg.preview.pageCount() == 1
    qtbot.waitUntil(lambda: dlg.sheet is not None, timeout=10_000)
    assert dlg.preview.pageCount() == dlg.sheet.page_count
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)


def test_other_page_setups_are_laid_out_on_demand(dialog: WeeklySheetDialog) -> None:
    """Page setup may pick landscape or another size: the preview must follow it."""
    printer = dialog.printer()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    sheet = dialog.sheet
    assert sheet is not None
    assert sheet.page_layout.orientation() == QPageLayout.Orientation.Landscape
    assert "John Public" in sheet.text()
    assert dialog.sheet is sheet  # laid out once, then reused
