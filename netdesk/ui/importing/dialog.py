"""The import preview: what dropped files hold, who is new, who matches, and every problem.

Reading, matching and writing run on a worker (``run_task``) with a progress bar and Cancel; the
write is one transaction, so Cancel (or any error) leaves the database as it was. An unknown CSV
gets a column-mapping step first. Per matching person the user picks merge or import as new, and
any person can be unchecked. Someone only maybe the same person (another UID, or the same UID and
nothing else in common) is shown as such and imported as new unless the user picks Merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.formats.cards import Problem
from netdesk.core.import_undo import ImportChange, import_with_undo
from netdesk.core.importing import (
    Batch,
    Choice,
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    ReadResult,
    plan_import,
    read_files,
)
from netdesk.ui.contacts.photos import shrink_photo
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.importing.mapping import MappingPage
from netdesk.ui.importing.preview import (
    ActionDelegate,
    PreviewColumn,
    PreviewModel,
    ProblemModel,
    Shown,
)
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.widgets import name_clear_button


class ImportDialog(QDialog):
    """Preview and run an import of ``paths`` (files or folders)."""

    import_finished = Signal(object)
    """The :class:`ImportSummary` of an import that was written."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWindowIcon(icon("import"))
        self.read_result: ReadResult | None = None
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.change: ImportChange | None = None
        """What undoing the import needs, once it is written."""
        self._task: Task[Any] | None = None
        self._closing = False

        self.stack = QStackedWidget()
        self._build_busy_page()
        self.mapping_page = MappingPage()
        self.mapping_page.mapping_changed.connect(self._mapping_changed)
        self.stack.addWidget(self.mapping_page)
        self._build_preview_page()

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        self.import_button.setDefault(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.skip_file_button = QPushButton(self.tr("Skip this file"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.skip_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.continue_button.clicked.connect(self._mapping_done)
        self.skip_file_button.clicked.connect(self._skip_mapping)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 600)
        self._read()

    # Pages -----------------------------------------------------------------------------------

    def _build_busy_page(self) -> None:
        self.busy_page = QWidget()
        self.busy_label = QLabel()
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        layout = QVBoxLayout(self.busy_page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(2)
        self.stack.addWidget(self.busy_page)

    def _build_preview_page(self) -> None:
        self.preview_page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary_label.setFont(font)

        self.model = PreviewModel(parent=self)
        self.model.choices_changed.connect(self._update_counts)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("People in the files"))
        self.table.setTabKeyNavigation(False)  # Tab goes on; the arrows go from cell to cell
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PreviewColumn.ACTION, ActionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        widths = {
            PreviewColumn.NAME: 180,
            PreviewColumn.ACTION: 130,
            PreviewColumn.MATCH: 200,
            PreviewColumn.ORGANIZATION: 130,
            PreviewColumn.EMAIL: 170,
            PreviewColumn.PHONE: 110,
            PreviewColumn.REFERRED_BY: 130,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

        self.check_all_button = QPushButton(self.tr("Check all"))
        self.check_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.check_none_button = QPushButton(self.tr("Uncheck all"))
        self.check_none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.merge_all_button = QPushButton(icon("merge"), self.tr("Merge all matches"))
        self.merge_all_button.clicked.connect(lambda: self.model.set_all_matches(Choice.MERGE))
        self.new_all_button = QPushButton(icon("add-contact"), self.tr("Import all matches as new"))
        self.new_all_button.clicked.connect(lambda: self.model.set_all_matches(Choice.NEW))
        row = QHBoxLayout()
        for button in (
            self.check_all_button,
            self.check_none_button,
            self.merge_all_button,
            self.new_all_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self.shown_combo = QComboBox()
        self.shown_combo.addItem(self.tr("Everyone"), Shown.EVERYONE)
        self.shown_combo.addItem(self.tr("Only matches"), Shown.MATCHES)
        self.shown_combo.addItem(self.tr("Only new people"), Shown.NEW)
        self.shown_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_shown(Shown(self.shown_combo.currentData()))
        )
        shown_label = QLabel(self.tr("&Show:"))
        shown_label.setBuddy(self.shown_combo)
        row.addWidget(shown_label)
        row.addWidget(self.shown_combo)

        self.problem_model = ProblemModel(self)
        self.problems_table = QTableView()
        self.problems_table.setObjectName("importProblems")
        self.problems_table.setAccessibleName(self.tr("Problems in the files"))
        self.problems_table.setTabKeyNavigation(False)
        self.problems_table.setModel(self.problem_model)
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setWordWrap(False)
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.problems_table.horizontalHeader().resizeSection(0, 220)
        self.problems_table.horizontalHeader().resizeSection(1, 60)
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems_table)

        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addLayout(row)
        people_layout.addWidget(self.table)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(people_box)
        self.splitter.addWidget(problems_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self.preview_page)
        layout.addWidget(self.summary_label)
        layout.addLayout(self._batch_row())
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.preview_page)

    def _batch_row(self) -> QHBoxLayout:
        """Mark everyone warm, tag everyone: applied in the import's transaction, undone with
        it. The tag is prefilled from where the files came from (``ReadResult.suggested_tag``)."""
        self.warm_check = QCheckBox(self.tr("Mark them all &warm (people you know)"))
        self.warm_check.setIcon(icon("warm-lead"))
        self.warm_check.setToolTip(self.tr("Everyone imported, new or merged, becomes a warm lead"))
        self.tag_edit = QLineEdit()
        name_clear_button(self.tag_edit)
        self.tag_edit.setPlaceholderText(self.tr("No tag"))
        self.tag_edit.setToolTip(
            self.tr("Everyone imported gets this tag, so you can find them as a group; empty: none")
        )
        self.tag_edit.setAccessibleName(self.tr("Tag for everyone imported"))
        self.tag_edit.setMaximumWidth(260)
        tag_label = QLabel(self.tr("&Tag them all:"))
        tag_label.setBuddy(self.tag_edit)
        row = QHBoxLayout()
        row.addWidget(self.warm_check)
        row.addSpacing(24)
        row.addWidget(tag_label)
        row.addWidget(self.tag_edit, 1)
        row.addStretch(1)
        return row

    def batch(self) -> Batch:
        """What the user asked for everyone of this import."""
        return Batch(warm=self.warm_check.isChecked(), tag=self.tag_edit.text())

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.import_button.setVisible(page is self.preview_page)
        self.continue_button.setVisible(page is self.mapping_page)
        self.skip_file_button.setVisible(page is self.mapping_page)

    def _busy(self, message: str) -> None:
        self.busy_label.setText(message)
        self.progress_bar.setRange(0, 0)
        self._show_page(self.busy_page)

    def _set_progress(self, done: int, total: int) -> None:
        if total <= 1:  # one big file: no steps to show, only that work goes on
            self.progress_bar.setRange(0, 0)
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    # Reading and planning ---------------------------------------------------------------------

    def _read(self) -> None:
        count = len(self.paths)
        self._busy(
            self.tr("Reading {name}...").format(name=self.paths[0].name)
            if count == 1
            else self.tr("Reading {n} files and folders...").format(n=count)
        )
        paths = list(self.paths)

        def work(progress: Progress) -> tuple[ReadResult, ImportPlan | None]:
            result = read_files(paths, progress=progress, should_cancel=lambda: progress.cancelled)
            plan = None if result.unmapped else plan_import(result)
            return result, plan

        self._task = run_task(work, self._read_done, on_progress=self._set_progress)

    def _read_done(
        self, outcome: tuple[ReadResult, ImportPlan | None] | None, error: BaseException | None
    ) -> None:
        self._task = None
        if self._closing:
            self._finish_close()
            return
        if error is not None or outcome is None:
            self._fail(self.tr("The files could not be read"), error)
            return
        self.read_result, self.plan = outcome
        if self.plan is None:
            self._next_mapping()
        else:
            self._show_preview()

    def _next_mapping(self) -> None:
        assert self.read_result is not None
        if self.read_result.unmapped:
            self.mapping_page.show_table(self.read_result.unmapped[0])
            self._mapping_changed()
            self._show_page(self.mapping_page)
        else:
            self._plan()

    def _mapping_changed(self) -> None:
        self.continue_button.setEnabled(self.mapping_page.usable())

    def _mapping_done(self) -> None:
        assert self.read_result is not None and self.mapping_page.table is not None
        self.read_result.apply_mapping(self.mapping_page.table, self.mapping_page.mapping())
        self._next_mapping()

    def _skip_mapping(self) -> None:
        assert self.read_result is not None and self.mapping_page.table is not None
        table = self.mapping_page.table
        self.read_result.unmapped.remove(table)
        self.read_result.sources.pop(table.file, None)  # its name is no longer the suggestion
        self.read_result.problems.append(
            Problem(table.file, table.header_line, "columns not mapped: file skipped")
        )
        self._next_mapping()

    def _plan(self) -> None:
        assert self.read_result is not None
        result = self.read_result
        self._busy(self.tr("Looking for people you already have..."))
        self._task = run_task(lambda _p: plan_import(result), self._plan_done)

    def _plan_done(self, plan: ImportPlan | None, error: BaseException | None) -> None:
        self._task = None
        if self._closing:
            self._finish_close()
            return
        if error is not None or plan is None:
            self._fail(self.tr("The files could not be compared"), error)
            return
        self.plan = plan
        self._show_preview()

    def _show_preview(self) -> None:
        assert self.plan is not None
        if self.read_result is not None and not self.tag_edit.isModified():
            self.tag_edit.setText(self.read_result.suggested_tag)
        self.model.set_plan(self.plan)
        self.problem_model.set_problems(self.plan.problems)
        problems = len(self.plan.problems)
        self.problems_label.setText(
            self.tr("No problems found.")
            if problems == 0
            else self.tr("%Ln problems found:", "", problems)
        )
        self.problems_table.setVisible(problems > 0)
        has_matches = any(item.is_match for item in self.plan.items)
        self.merge_all_button.setEnabled(has_matches)
        self.new_all_button.setEnabled(has_matches)
        self.table.setColumnHidden(PreviewColumn.MATCH, not has_matches)
        self.table.setColumnHidden(PreviewColumn.ACTION, not has_matches)
        has_referrals = any(self.model.referred_by(item) for item in self.plan.items)
        self.table.setColumnHidden(PreviewColumn.REFERRED_BY, not has_referrals)
        self._update_counts()
        self._show_page(self.preview_page)

    def _update_counts(self) -> None:
        if self.plan is None:
            return
        counts = self.model.counts()
        plan = self.plan
        text = self.tr("%Ln people found: {new} new", "", len(plan.items)).format(
            new=format_number(plan.new_count)
        )
        if plan.match_count:
            text += self.tr(", {matching} already in NetDesk").format(
                matching=format_number(plan.match_count)
            )
        if plan.duplicate_count:
            text += self.tr(", {twice} more than once in these files").format(
                twice=format_number(plan.duplicate_count)
            )
        if plan.match_count or plan.duplicate_count:
            text += self.tr(" ({merge} to merge)").format(merge=format_number(counts[Choice.MERGE]))
        text += "."
        if plan.maybe_count:
            text += " " + self.tr(
                "{n} only maybe the same person (another UID, or one UID for different "
                "people): imported as new unless you choose Merge."
            ).format(n=format_number(plan.maybe_count))
        if counts[Choice.SKIP]:
            text += " " + self.tr("{n} unchecked will not be imported.").format(
                n=format_number(counts[Choice.SKIP])
            )
        self.summary_label.setText(text)
        self.import_button.setEnabled(counts[Choice.SKIP] < len(self.plan.items))

    # Writing ---------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the checked people in one transaction, on a worker."""
        if self.plan is None or self._task is not None:
            return
        plan = self.plan
        choices = self.model.choices()
        batch = self.batch()
        self._busy(self.tr("Importing..."))
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> tuple[ImportSummary, ImportChange]:
            # A phone's 4 MB portrait is shown at a few hundred pixels: stored as the command
            # line's import stores it.
            return import_with_undo(
                plan,
                choices=choices,
                progress=progress,
                should_cancel=lambda: progress.cancelled,
                photos=shrink_photo,
                batch=batch,
            )

        self._task = run_task(work, self._import_done, on_progress=self._set_progress)

    def _import_done(
        self, result: tuple[ImportSummary, ImportChange] | None, error: BaseException | None
    ) -> None:
        self._task = None
        summary = None
        if result is not None:
            summary, self.change = result
        if isinstance(error, ImportCancelled):
            if self._closing:
                self._finish_close()
                return
            self._show_preview()
            self.summary_label.setText(self.tr("The import was cancelled; nothing was changed."))
            return
        if error is not None or summary is None:
            self._fail(self.tr("The contacts were not imported"), error)
            return
        self.summary = summary
        self.import_finished.emit(summary)
        self._closing = True
        self.accept()

    def _fail(self, title: str, error: BaseException | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error or title), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Nothing was changed in your contacts."))
        box.finished.connect(lambda _r: self.reject())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    # Closing ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        """Cancel: a running read or import stops first (nothing is written), then we close."""
        if self._task is not None:
            self._closing = True
            self._task.cancel()
            self.busy_label.setText(self.tr("Cancelling..."))
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def _finish_close(self) -> None:
        self._closing = True
        super().reject()
