"""Saved job pages opened in the window: every posting they hold is shown for the user to check,
correct or untick, stored postings are shown as such, the ticked ones are imported in one
undoable step; a page without posting data opens the editor filled from it; a file that is no
web page is named, and the window goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.postings import all_postings, import_pages
from netdesk.ui.postings.editor import PostingEditor
from netdesk.ui.postings.page_import import (
    COMPANY,
    LINK,
    STATE,
    TITLE,
    PageImportDialog,
    import_job_pages,
)
from netdesk.ui.shell.main_window import MainWindow

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "jobpages"
WITH_POSTINGS = sorted(p.name for p in PAGES.glob("*.html") if p.name != "no-posting.html")


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.writer.busy)


def confirm(qtbot: QtBot, window: MainWindow, *paths: Path) -> PageImportDialog:
    import_job_pages(window.context, list(paths))
    qtbot.waitUntil(lambda: window.findChild(PageImportDialog) is not None, timeout=10_000)
    dialog = window.findChild(PageImportDialog)
    assert isinstance(dialog, PageImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def cell(dialog: PageImportDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def ticked(dialog: PageImportDialog, row: int) -> bool:
    item = dialog.table.item(row, TITLE)
    assert item is not None
    return item.checkState() == Qt.CheckState.Checked


def do_import(qtbot: QtBot, window: MainWindow, dialog: PageImportDialog) -> None:
    with qtbot.waitSignal(dialog.finished):
        assert dialog.import_ticked()
    settle(qtbot, window)


@pytest.mark.parametrize("name", WITH_POSTINGS)
def test_every_vendors_page_is_read_for_confirmation(
    qtbot: QtBot, db: Path, main_window: MainWindow, name: str
) -> None:
    dialog = confirm(qtbot, main_window, PAGES / name)
    assert dialog.table.rowCount() >= 1
    for row in range(dialog.table.rowCount()):
        assert cell(dialog, row, TITLE) and ticked(dialog, row)
        assert cell(dialog, row, STATE) == "New posting"
        link = cell(dialog, row, LINK)
        assert link == "" or link.startswith(("https://", "http://"))
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_the_ticked_postings_are_imported_in_one_undoable_step(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    dialog = confirm(qtbot, main_window, PAGES / "search-results.html", PAGES / "lever.html")
    titles = [cell(dialog, r, TITLE) for r in range(dialog.table.rowCount())]
    assert "Python Developer" in titles and "Backend Engineer, Search" in titles
    count = len(titles)
    # Untick one, correct another's company.
    dialog.table.item(titles.index("Python Developer"), TITLE).setCheckState(  # type: ignore[union-attr]
        Qt.CheckState.Unchecked
    )
    dialog.table.item(titles.index("Data Engineer"), COMPANY).setText("Globex Corp.")  # type: ignore[union-attr]
    assert f"Import {count - 1} posting" in dialog.import_button.text()
    do_import(qtbot, main_window, dialog)

    stored = {p.title: p for p in all_postings()}
    assert len(stored) == count - 1 and "Python Developer" not in stored
    assert stored["Data Engineer"].company == "Globex Corp."
    assert stored["Backend Engineer, Search"].company == "Hooli"
    assert stored["Backend Engineer, Search"].url.startswith("https://jobs.lever.co/hooli/")
    assert f"{count - 1} posting" in main_window.statusBar().currentMessage()

    stack = main_window.context.undo_stack
    stack.undo()
    settle(qtbot, main_window)
    assert all_postings() == []
    stack.redo()
    settle(qtbot, main_window)
    assert len(all_postings()) == count - 1


def test_postings_stored_already_are_shown_and_not_imported_again(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    import_pages([PAGES / "greenhouse.html"])
    dialog = confirm(qtbot, main_window, PAGES / "greenhouse.html", PAGES / "workday.html")
    states = {cell(dialog, r, TITLE): cell(dialog, r, STATE) for r in range(2)}
    assert states == {
        "Senior Engineer, Payments & Risk": "Already in your postings",
        "Senior Data Engineer": "New posting",
    }
    row = [cell(dialog, r, TITLE) for r in range(2)].index("Senior Engineer, Payments & Risk")
    assert not ticked(dialog, row)
    item = dialog.table.item(row, TITLE)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.tick_all(True)
    assert not ticked(dialog, row)
    do_import(qtbot, main_window, dialog)
    assert sorted(p.title for p in all_postings()) == [
        "Senior Data Engineer",
        "Senior Engineer, Payments & Risk",
    ]


def test_a_posting_without_an_employer_waits_for_the_company_to_be_typed(
    qtbot: QtBot, db: Path, main_window: MainWindow, tmp_path: Path
) -> None:
    page = tmp_path / "anonymous.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type": "JobPosting", '
        '"title": "Night Porter", "url": "https://hotel.example/jobs/7"}</script></head></html>',
        encoding="utf-8",
    )
    dialog = confirm(qtbot, main_window, page)
    assert cell(dialog, 0, STATE) == "Type the company" and not ticked(dialog, 0)
    assert not dialog.import_button.isEnabled()
    dialog.table.item(0, TITLE).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    assert dialog.table_error.isVisible() and not dialog.import_button.isEnabled()
    dialog.table.item(0, COMPANY).setText("Grand Hotel")  # type: ignore[union-attr]
    assert cell(dialog, 0, STATE) == "New posting" and ticked(dialog, 0)
    assert dialog.import_button.isEnabled() and not dialog.table_error.isVisible()
    do_import(qtbot, main_window, dialog)
    (posting,) = all_postings()
    assert (posting.company, posting.title, posting.url) == (
        "Grand Hotel",
        "Night Porter",
        "https://hotel.example/jobs/7",
    )


def test_a_page_without_posting_data_opens_the_editor_filled_from_it(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    import_job_pages(main_window.context, [PAGES / "no-posting.html"])
    qtbot.waitUntil(lambda: main_window.findChild(PostingEditor) is not None, timeout=10_000)
    editor = main_window.findChild(PostingEditor)
    assert isinstance(editor, PostingEditor)
    assert editor.title.text() == "Careers at Stark & Wayne | Join our team"
    assert editor.url.text() == "https://stark-wayne.example/careers"
    assert editor.company.text() == ""
    assert "no-posting.html holds no posting data" in editor.notice.text()
    assert all_postings() == []


def test_a_mix_names_the_pages_without_postings_and_the_unreadable_files(
    qtbot: QtBot, db: Path, main_window: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    dialog = confirm(qtbot, main_window, PAGES / "lever.html", PAGES / "no-posting.html", picture)
    assert dialog.table.rowCount() == 1
    assert "photo.html was not read: photo.html is a picture" in dialog.unreadable_label.text()
    (form_button,) = dialog.form_buttons
    form_button.click()
    editor = dialog.findChild(PostingEditor)
    assert isinstance(editor, PostingEditor)
    assert editor.url.text() == "https://stark-wayne.example/careers"
    editor.reject()


def test_files_that_are_no_web_page_are_named_and_the_window_goes_on(
    qtbot: QtBot, db: Path, main_window: MainWindow, tmp_path: Path
) -> None:
    binary = tmp_path / "cv.html"
    binary.write_bytes(b"%PDF-1.7\n" + bytes(500))
    missing = tmp_path / "gone.html"
    import_job_pages(main_window.context, [binary, missing])

    def box() -> QMessageBox | None:
        found = main_window.findChild(QMessageBox, "pagesUnreadable")
        return found if isinstance(found, QMessageBox) and found.isVisible() else None

    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    shown = box()
    assert shown is not None
    assert "cv.html: cv.html is a PDF document" in shown.text()
    assert "gone.html" in shown.text()
    shown.close()
    dialog = confirm(qtbot, main_window, PAGES / "lever.html")  # still working
    assert dialog.table.rowCount() == 1


def test_a_hostile_page_gives_plain_text_and_no_script_link(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    dialog = confirm(qtbot, main_window, PAGES / "hostile.html")
    title = cell(dialog, 0, TITLE)
    assert "<" not in title and "\x00" not in title and "alert" not in title
    assert cell(dialog, 0, LINK) == "https://evil.example/jobs/1"
    do_import(qtbot, main_window, dialog)
    (posting,) = all_postings()
    assert "javascript" not in posting.url and "<" not in posting.company
