"""Paste a posting: a page's source is read like a saved page and confirmed; plain words fill
the editor (first line as the title); the address must be a web address; nothing is fetched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from netdesk.core.postings import all_postings
from netdesk.ui.postings.editor import PostingEditor
from netdesk.ui.postings.page_import import TITLE, PageImportDialog
from netdesk.ui.postings.paste import PasteDialog, paste_posting
from netdesk.ui.shell.main_window import MainWindow

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "jobpages"


def open_paste(qtbot: QtBot, window: MainWindow) -> PasteDialog:
    dialog = paste_posting(window.context)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_pasted_page_source_is_read_and_confirmed(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    dialog = open_paste(qtbot, main_window)
    dialog.text.setPlainText((PAGES / "linkedin.html").read_text(encoding="utf-8"))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        assert dialog.read()
    qtbot.waitUntil(lambda: main_window.findChild(PageImportDialog) is not None)
    confirm = main_window.findChild(PageImportDialog)
    assert isinstance(confirm, PageImportDialog)
    item = confirm.table.item(0, TITLE)
    assert item is not None and item.text().startswith("R&D Engineer")
    with qtbot.waitSignal(confirm.finished):
        assert confirm.import_ticked()
    qtbot.waitUntil(lambda: not main_window.context.writer.busy)
    (posting,) = all_postings()
    assert posting.company == "Vandelay Industries"


def test_plain_words_fill_the_editor_with_their_first_line(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    dialog = open_paste(qtbot, main_window)
    dialog.url.setText("careers.initech.example/jobs/88")
    dialog.text.setPlainText("\n\n   Logistics Planner (m/w/d)\nInitech, Hamburg\nWe are hiring.")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        assert dialog.read()
    qtbot.waitUntil(lambda: main_window.findChild(PostingEditor) is not None)
    editor = main_window.findChild(PostingEditor)
    assert isinstance(editor, PostingEditor)
    assert editor.title.text() == "Logistics Planner (m/w/d)"
    assert editor.url.text() == "https://careers.initech.example/jobs/88"
    assert editor.notice.isVisible() and "no posting data" in editor.notice.text()
    assert all_postings() == []


def test_the_address_must_be_a_web_address(qtbot: QtBot, db: Path, main_window: MainWindow) -> None:
    dialog = open_paste(qtbot, main_window)
    dialog.url.setText("javascript:alert(1)")
    dialog.text.setPlainText("Engineer")
    assert not dialog.read()
    assert dialog.url_error.isVisible() and "http://" in dialog.url_error.text()
    dialog.url.setText("")
    dialog.text.setPlainText("   ")
    assert not dialog.read()
    assert dialog.text_error.text() == "Paste the posting's text, or its address."
    assert dialog.isVisible()


def test_an_address_on_the_clipboard_is_taken(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText("https://jobs.lever.co/hooli/42")
    dialog = open_paste(qtbot, main_window)
    assert dialog.url.text() == "https://jobs.lever.co/hooli/42"
    dialog.reject()
    QGuiApplication.clipboard().setText("just some words")
    dialog = open_paste(qtbot, main_window)
    assert dialog.url.text() == ""
