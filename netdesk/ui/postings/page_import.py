"""Saved job pages ("Save page as" in a browser) opened or dropped on the window: read on a
worker, then confirmed by the user before anything is stored.

The confirmation lists every posting the pages hold (several per page, ``@graph`` arrays, search
result pages) with its fields, each ticked unless it is stored already; the user unticks or
corrects what is wrong and imports the ticked ones in one undoable step. A page without posting
data offers the posting editor filled from its title and address; a file that is no web page
is named with the reason, and the window goes on as before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetDeskError, ValidationError
from netdesk.core.formats.jobpage import PostingData
from netdesk.core.postings import PageRead, PostingInput, add_postings_with_undo, posting_input
from netdesk.core.postings import read_pages as read_saved_pages
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.ui.formatting import format_date
from netdesk.ui.icons import icon
from netdesk.ui.postings.editor import edit_posting, said_after_undo
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import secondary
from netdesk.ui.translations import Plural
from netdesk.ui.widgets import ErrorLabel, plain_tooltip

TITLE, STATE, COMPANY, LOCATION, POSTED, APPLY_BY, LINK, PAGE = range(8)
EDITABLE_COLUMNS = (TITLE, COMPANY, LOCATION)
MAX_PROBLEMS_SHOWN = 12


@dataclass(frozen=True)
class Found:
    """One posting a page gave, as a row of the confirmation."""

    data: PostingData
    page_url: str
    file: str
    stored: int | None
    """The posting stored already that it is (None: it is new)."""


class PageImportDialog(QDialog):
    """What the pages hold, for the user to check before it is imported."""

    def __init__(
        self, context: PanelContext, pages: list[PageRead], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or context.dialog_parent)
        self.setObjectName("pageImport")
        self.setWindowTitle(self.tr("Import job postings"))
        self._context = context
        self._saving = False
        self.found = [
            Found(data, page.page.url if page.page else "", page.file, stored)
            for page in pages
            for data, stored in zip(page.postings, page.stored, strict=True)
        ]
        self.empty_pages = [p for p in pages if p.page is not None and not p.postings]
        self.unreadable = [p for p in pages if p.page is None]

        self.intro = QLabel(
            self.tr(
                "%Ln postings read. Check them: correct a cell by typing in it, untick what "
                "you do not want, then import.",
                "",
                len(self.found),
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Import as"),
                self.tr("Company"),
                self.tr("Location"),
                self.tr("Posted"),
                self.tr("Apply by"),
                self.tr("Link"),
                self.tr("Page"),
            ]
        )
        self.table.setAccessibleName(self.tr("Postings read from the pages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fill()
        self.table.itemChanged.connect(self._changed)

        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        self.table_error = ErrorLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.table_error)
        self.form_buttons: list[QPushButton] = []
        for page in self.empty_pages:
            layout.addLayout(self._empty_page_row(page))
        self.unreadable_label = ErrorLabel(self)
        self.unreadable_label.show_message(
            "\n".join(
                self.tr("{file} was not read: {reason}").format(
                    file=isolate_bidi(p.file), reason=p.error
                )
                for p in self.unreadable
            )
            or None
        )
        layout.addWidget(self.unreadable_label)
        problems = [problem for page in pages if page.page for problem in page.page.problems]
        problems += [problem for found in self.found for problem in found.data.problems]
        self.problems = secondary(QLabel(self))
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        if problems:
            lines = [
                f"{problem.file or self.tr('the text')}: {problem.reason}"
                for problem in problems[:MAX_PROBLEMS_SHOWN]
            ]
            self.problems.setText(
                self.tr("Skipped on the pages (%Ln):", "", len(problems)) + "\n" + "\n".join(lines)
            )
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setIcon(icon("import"))
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.import_ticked)
        self.buttons.rejected.connect(self.reject)
        self.save_notice = secondary(QLabel(self))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_notice, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.table.setVisible(bool(self.found))
        for widget in (self.all_button, self.none_button):
            widget.setVisible(len(self.found) > 1)
        self._update()
        self.resize(1100, 560)
        self.table.resizeColumnsToContents()
        for column, width in ((TITLE, 320), (COMPANY, 180), (LOCATION, 200), (LINK, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))

    def _empty_page_row(self, page: PageRead) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(
            self.tr("{file} holds no posting data.").format(file=isolate_bidi(page.file)), self
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        button = QPushButton(icon("edit-contact"), self.tr("Fill in a &form…"), self)
        button.setToolTip(self.tr("Add the posting by hand, starting from the page's title"))
        button.clicked.connect(lambda: self.fill_in_form(page))
        self.form_buttons.append(button)
        row.addWidget(label, 1)
        row.addWidget(button)
        return row

    # The rows -----------------------------------------------------------------------------------

    def _fill(self) -> None:
        for row, found in enumerate(self.found):
            data = found.data
            values = {
                TITLE: data.title,
                COMPANY: data.company,
                LOCATION: data.location,
                POSTED: format_date(data.date_posted) if data.date_posted else "",
                APPLY_BY: format_date(data.valid_through) if data.valid_through else "",
                LINK: data.url or found.page_url,
                PAGE: found.file,
            }
            title = QTableWidgetItem()
            for column, text in values.items():
                item = title if column == TITLE else QTableWidgetItem()
                item.setText(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column in EDITABLE_COLUMNS and found.stored is None:
                    flags |= Qt.ItemFlag.ItemIsEditable
                if column == TITLE and found.stored is None:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                if text:
                    item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
            ready = found.stored is None and bool(data.company.strip() and data.title.strip())
            title.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
            if data.description:
                title.setToolTip(plain_tooltip(data.description, 600))
            self.table.setItem(row, STATE, QTableWidgetItem())
            self._update_state(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return " ".join(item.text().split()) if item is not None else ""

    def _update_state(self, row: int) -> None:
        state = self.table.item(row, STATE)
        if state is None:
            return
        state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if self.found[row].stored is not None:
            state.setText(self.tr("Already in your postings"))
            state.setIcon(icon("step-done"))
        elif not self._text(row, COMPANY):
            state.setText(self.tr("Type the company"))
            state.setIcon(icon("error"))
        elif not self._text(row, TITLE):
            state.setText(self.tr("Type the title"))
            state.setIcon(icon("error"))
        else:
            state.setText(self.tr("New posting"))
            state.setIcon(icon("add-row"))

    def ticked(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, TITLE)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def tick_all(self, on: bool) -> None:
        self.table.blockSignals(True)
        for row, found in enumerate(self.found):
            item = self.table.item(row, TITLE)
            if item is not None and found.stored is None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update()

    def _changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        self.table.blockSignals(True)
        if item.column() in (TITLE, COMPANY):
            self._update_state(row)
            title = self.table.item(row, TITLE)
            filled = bool(self._text(row, TITLE) and self._text(row, COMPANY))
            if title is not None and item.column() == COMPANY and filled:
                title.setCheckState(Qt.CheckState.Checked)  # the company it lacked was typed
        self.table.blockSignals(False)
        self._update()

    def _update(self) -> None:
        ticked = self.ticked()
        incomplete = [r for r in ticked if not (self._text(r, TITLE) and self._text(r, COMPANY))]
        self.table_error.show_message(
            self.tr("A ticked posting needs a title and a company: type them, or untick it.")
            if incomplete
            else None
        )
        self.import_button.setText(self.tr("&Import %Ln postings", "", len(ticked)))
        self.import_button.setEnabled(bool(ticked) and not incomplete and not self._saving)
        self.import_button.setVisible(bool(self.found))

    def postings(self) -> list[PostingInput]:
        """The ticked postings as they will be stored (with the user's corrections)."""
        chosen = []
        for row in self.ticked():
            found = self.found[row]
            start = posting_input(found.data, found.page_url)
            chosen.append(
                replace(
                    start,
                    title=self._text(row, TITLE),
                    company=self._text(row, COMPANY),
                    location=self._text(row, LOCATION),
                )
            )
        return chosen

    # Actions ------------------------------------------------------------------------------------

    def fill_in_form(self, page: PageRead) -> None:
        """The posting editor, filled from a page without posting data."""
        open_prefilled(self._context, page, parent=self)

    def import_ticked(self) -> bool:
        """Store the ticked postings in one undoable step; the dialog closes once written."""
        postings = self.postings()
        if not postings or self._saving or not self.import_button.isEnabled():
            return False
        context = self._context
        self._saving = True
        self._update()
        self.save_notice.setText(self.tr("Importing…"))

        def done(outcome: tuple[list[int], RowsChange]) -> None:
            ids, change = outcome
            context.undo_stack.push(
                ChangeCommand(
                    change,
                    Plural.tr("Import %Ln postings", "", len(ids)),
                    said_after_undo(context),
                )
            )
            context.show_status(Plural.tr("%Ln postings imported.", "", len(ids)), 5000)
            if shiboken6.isValid(self):
                self.accept()

        def stopped() -> None:
            if shiboken6.isValid(self):
                self._saving = False
                self.save_notice.setText("")
                self._update()

        def refused(error: BaseException) -> bool:
            if not isinstance(error, ValidationError) or not shiboken6.isValid(self):
                return False
            stopped()
            self.table_error.show_message("\n".join(e.message for e in error.errors))
            return True

        context.writer.write(
            lambda: add_postings_with_undo(postings),
            done,
            failure=self.tr("The postings were not imported."),
            parent=self,
            refused=refused,
            given_up=stopped,
            notice=self.save_notice.setText,
        )
        return True


def open_prefilled(context: PanelContext, page: PageRead, parent: QWidget | None = None) -> None:
    """The posting editor filled from a page (or text) without posting data: its title and
    its address; the company is for the user to say."""
    assert page.page is not None
    name = page.file or QCoreApplication.translate("PageImport", "the pasted text")
    notice = QCoreApplication.translate(
        "PageImport",
        "{file} holds no posting data that NetDesk can read, so the form is filled from its "
        "title and address. Type the company and check the rest.",
    ).format(file=isolate_bidi(name))
    prefill = PostingInput(company="", title=page.page.title, url=page.page.url)
    edit_posting(context, None, prefill, notice, parent=parent)


def show_pages(context: PanelContext, pages: list[PageRead]) -> None:
    """What reading pages gave, shown: the confirmation, the prefilled editor for a single
    page without posting data, or why nothing could be read."""
    if not any(page.postings for page in pages):
        empty = [page for page in pages if page.page is not None]
        unreadable = [page for page in pages if page.page is None]
        if len(empty) == 1 and not unreadable:
            open_prefilled(context, empty[0])
            return
        if not empty:
            _say_unreadable(context, unreadable)
            return
    dialog = PageImportDialog(context, pages)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()


def _say_unreadable(context: PanelContext, pages: list[PageRead]) -> None:
    box = QMessageBox(context.dialog_parent)
    box.setObjectName("pagesUnreadable")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("PageImport", "No job page read"))
    box.setText(
        Plural.tr("%Ln files could not be read as saved job pages:", "", len(pages))
        + "\n\n"
        + "\n".join(f"{page.file}: {page.error}" for page in pages)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PageImport",
            "Save the posting from your browser with “Save page as…” (a web page, .html), "
            "then open that file.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def import_job_pages(context: PanelContext, paths: list[Path]) -> None:
    """Read saved job pages on a worker, then show what they hold for the user to confirm."""
    if not paths:
        return
    context.show_status(
        Plural.tr("Reading %Ln job pages…", "", len(paths)),
        0,
    )
    wanted = list(paths)

    def done(result: list[PageRead] | None, error: BaseException | None) -> None:
        context.show_status("", 1)
        if error is not None or result is None:
            if not isinstance(error, (NetDeskError, OSError)):
                raise error if error is not None else RuntimeError("no pages read")
            result = [PageRead(path.name, None, str(error)) for path in wanted]
        show_pages(context, result)

    run_task(lambda _p: read_saved_pages(wanted), done, owner=context.dialog_parent)
