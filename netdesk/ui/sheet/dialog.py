"""File > Print weekly sheet...: a print preview of the week's outreach sheet.

The plan is read and laid out on a worker thread (for A4 and Letter at once), so a week with
hundreds of items never freezes the window; the preview only paints the finished layout. Page
setup, printing and the preview's zoom come from ``QPrintPreviewDialog``; this adds a week picker,
the paper size, whether to print what waits beyond the week's capacity (off by default: the sheet
counts it) and Save as PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from netdesk.core.dates import Week
from netdesk.core.week_plan import PlanItem, WeekPlan, build_week_plan
from netdesk.core.week_queue import Source, waiting_items
from netdesk.models.store import Topic
from netdesk.ui.icons import icon
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import PAPERS, SheetLayout, default_paper, page_layout
from netdesk.ui.sheet.paint import paint_sheet, write_pdf
from netdesk.ui.sheet.waiting import PRINTED_WAITING
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.widgets import from_qdate, to_qdate

SHEET_TOPICS = (
    Topic.CONTACTS,
    Topic.REFERRALS,
    Topic.MEETINGS,
    Topic.TASKS,
    Topic.INTERACTIONS,
    Topic.POSTINGS,
    Topic.COMPANIES,
    Topic.SETTINGS,
)
"""What the week's plan is made of (as for the This week panel), and the week's capacity."""
SETTINGS_PAPER = "weekly_sheet/paper"
SETTINGS_FOLDER = "weekly_sheet/pdf_folder"
SETTINGS_WAITING = "weekly_sheet/include_waiting"


PAPER_NAMES: dict[str, object] = {
    "A4": QT_TRANSLATE_NOOP("WeeklySheetDialog", "A4"),
    "Letter": QT_TRANSLATE_NOOP("WeeklySheetDialog", "Letter"),
}
"""The paper sizes as the combo shows them, marked for lupdate."""


@dataclass(frozen=True)
class PreparedSheet:
    """What the worker hands back: the week's sheet for each paper size, and what it holds."""

    week: Week
    sheets: dict[str, SheetLayout]
    plan: WeekPlan
    waiting: list[tuple[Source, PlanItem]] = field(default_factory=list)
    """The waiting items printed after the plan (none unless asked for)."""

    @property
    def item_count(self) -> int:
        return self.plan.item_count


def prepare_sheets(
    week: Week, today: date, progress: Progress | None = None, *, include_waiting: bool = False
) -> PreparedSheet:
    """Read the plan (and, with ``include_waiting``, the first of what waits beyond it) and lay
    it out for A4 and Letter; runs on a worker thread."""
    plan = build_week_plan(week, today)
    waiting = waiting_items(plan, PRINTED_WAITING) if include_waiting else []
    sheets: dict[str, SheetLayout] = {}
    for done, paper in enumerate(PAPERS):
        if progress is not None:
            if progress.cancelled:  # another week was picked meanwhile
                break
            progress(done, len(PAPERS))
        sheets[paper] = layout_sheet(plan, page_layout(paper), waiting)
    return PreparedSheet(week, sheets, plan, waiting)


def _true(value: object) -> bool:
    """A QSettings boolean (an INI file gives it back as text)."""
    return value is True or str(value).lower() == "true"


class WeeklySheetDialog(QPrintPreviewDialog):
    """Print preview of one week's outreach sheet, with a week picker and Save as PDF."""

    sheet_ready = Signal(str)  # the ISO week whose sheet is now shown
    pdf_saved = Signal(str)  # the path written

    def __init__(
        self,
        parent: QWidget | None = None,
        week: Week | None = None,
        today: date | None = None,
        settings: QSettings | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        settings = settings if settings is not None else QSettings()
        paper = str(settings.value(SETTINGS_PAPER, default_paper()))
        paper = paper if paper in PAPERS else default_paper()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(paper))
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self.settings = settings
        self._today = today or date.today()
        self._week = week or Week.containing(self._today)
        self._prepared: PreparedSheet | None = None
        self._extra: dict[tuple[float, ...], SheetLayout] = {}
        self._tasks: set[Task[Any]] = set()
        self._loading: Task[PreparedSheet] | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Print Weekly Sheet"))
        self.preview = self.findChild(QPrintPreviewWidget)
        self._build_toolbar(paper)
        self.paintRequested.connect(self._paint)
        self.resize(900, 1000)
        self._watch = (  # the sheet follows what is written while it is open
            ChangeWatch(signals, SHEET_TOPICS, lambda _changes: self._load(), self)
            if signals is not None
            else None
        )
        self._load()

    # Controls ------------------------------------------------------------------------------------

    def _build_toolbar(self, paper: str) -> None:
        # A row of its own above the preview's toolbar, which is full already.
        toolbar = QToolBar(self.tr("Weekly sheet"), self)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, toolbar)
        week_caption = QLabel(self.tr("Week:") + " ")
        toolbar.addWidget(week_caption)
        previous = QToolButton()
        previous.setToolTip(self.tr("Previous week"))
        previous.setAccessibleName(self.tr("Previous week"))
        previous.setIcon(icon("previous-week"))
        previous.clicked.connect(lambda: self.set_week(self._week.previous()))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("'Week of' d MMM yyyy"))
        self.date_edit.setToolTip(self.tr("Pick any day of the week to print"))
        self.date_edit.setDate(to_qdate(self._week.monday))
        self.date_edit.dateChanged.connect(lambda d: self.set_week(Week.containing(from_qdate(d))))
        following = QToolButton()
        following.setToolTip(self.tr("Next week"))
        following.setAccessibleName(self.tr("Next week"))
        following.setIcon(icon("next-week"))
        following.clicked.connect(lambda: self.set_week(self._week.next()))
        this_week = QToolButton()
        this_week.setText(self.tr("This Week"))
        this_week.setIcon(icon("this-week"))
        this_week.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        this_week.clicked.connect(lambda: self.set_week(Week.containing(self._today)))
        self.week_label = QLabel()
        self.paper_combo = QComboBox()
        self.paper_combo.setToolTip(self.tr("Paper size"))
        for name in PAPERS:
            self.paper_combo.addItem(
                QCoreApplication.translate("WeeklySheetDialog", str(PAPER_NAMES[name])), name
            )
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
        self.paper_combo.currentIndexChanged.connect(self._paper_changed)
        for widget in (previous, self.date_edit, following, this_week, self.week_label):
            toolbar.addWidget(widget)
        toolbar.addSeparator()
        paper_label = QLabel(" " + self.tr("Paper:") + " ")
        toolbar.addWidget(paper_label)
        toolbar.addWidget(self.paper_combo)
        toolbar.addSeparator()
        self.waiting_check = QCheckBox(self.tr("Also print what is &waiting"))
        self.waiting_check.setToolTip(
            self.tr(
                "After the week's plan, the first {count} items beyond your weekly capacity "
                "(the sheet always says how many wait)"
            ).format(count=PRINTED_WAITING)
        )
        self.waiting_check.setChecked(_true(self.settings.value(SETTINGS_WAITING, False)))
        self.waiting_check.toggled.connect(self._waiting_toggled)
        toolbar.addWidget(self.waiting_check)
        week_caption.setBuddy(self.date_edit)
        paper_label.setBuddy(self.paper_combo)
        self._name_qt_controls()
        toolbar.addSeparator()
        self.save_action = toolbar.addAction(icon("save-pdf"), self.tr("Save as PDF..."))
        save_button = toolbar.widgetForAction(self.save_action)
        if isinstance(save_button, QToolButton):
            save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._ask_save_pdf)
        self._show_week_label()

    def _name_qt_controls(self) -> None:
        """Qt's own zoom box, page number field and the toolbars' button for what does not fit
        come without a name for screen readers."""
        for button in self.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(self.tr("More"))
            button.setToolTip(self.tr("The tools that do not fit in the toolbar"))
        for view in self.findChildren(QGraphicsView):
            view.setAccessibleName(self.tr("Sheet preview"))
        for combo in self.findChildren(QComboBox):
            if combo is not self.paper_combo:
                combo.setAccessibleName(self.tr("Zoom"))
                combo.setToolTip(self.tr("Zoom"))
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), QComboBox | QAbstractSpinBox):
                edit.setAccessibleName(self.tr("Page"))

    @property
    def week(self) -> Week:
        return self._week

    @property
    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    @property
    def sheet(self) -> SheetLayout | None:
        """The laid-out sheet for the printer's current page layout (None while loading)."""
        return self._sheet_for(self._printer)

    def set_week(self, week: Week) -> None:
        if week == self._week and self._prepared is not None:
            return
        self._week = week
        if from_qdate(self.date_edit.date()) not in week:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(week.monday))
            self.date_edit.blockSignals(False)
        self._load()

    def _waiting_toggled(self, checked: bool) -> None:
        self.settings.setValue(SETTINGS_WAITING, checked)
        self._load()

    def _paper_changed(self) -> None:
        self.settings.setValue(SETTINGS_PAPER, self.paper)
        self._printer.setPageLayout(page_layout(self.paper))
        self._refresh()

    def _show_week_label(self, note: str = "") -> None:
        week = self._week
        text = self.tr("{iso}: {start} \u2013 {end}").format(
            iso=week.iso,
            start=to_qdate(week.monday).toString("d MMM"),
            end=to_qdate(week.sunday).toString("d MMM yyyy"),
        )
        self.week_label.setText(f"  {text}  {note}")

    # Loading off the GUI thread ------------------------------------------------------------------

    def _load(self) -> None:
        self._generation += 1
        generation = self._generation
        self._prepared = None
        self._extra.clear()
        self.save_action.setEnabled(False)
        self._show_week_label(self.tr("(preparing...)"))
        week, today, waiting = self._week, self._today, self.waiting_check.isChecked()
        if self._loading is not None:
            self._loading.cancel()
        self._loading = self._start(
            lambda progress: prepare_sheets(week, today, progress, include_waiting=waiting),
            lambda result, error: self._loaded(generation, result, error),
        )
        self._refresh()

    def _start(
        self, work: Callable[[Progress], Any], on_done: Callable[[Any, BaseException | None], None]
    ) -> Task[Any]:
        def done(result: Any, error: BaseException | None) -> None:
            self._tasks.discard(task)
            if shiboken6.isValid(self):  # the dialog may have been closed and deleted meanwhile
                on_done(result, error)

        task: Task[Any] = run_task(work, done)
        self._tasks.add(task)
        return task

    @property
    def busy(self) -> bool:
        """True while the sheet is being prepared or saved."""
        return bool(self._tasks)

    def _loaded(
        self, generation: int, result: PreparedSheet | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return  # the user moved on to another week meanwhile
        if error is not None or result is None:
            self._show_week_label(self.tr("(failed)"))
            QMessageBox.warning(
                self, self.tr("Weekly sheet"), self.tr("The sheet could not be prepared: {error}")
                .format(error=error)
            )  # fmt: skip
            return
        self._prepared = result
        self.save_action.setEnabled(True)
        count, waiting = result.item_count, result.plan.waiting
        self._show_week_label(
            self.tr("({count} items, {waiting} more waiting)").format(
                count=count, waiting=QLocale().toString(waiting)
            )
            if waiting
            else self.tr("({count} items)").format(count=count)
            if count
            else self.tr("(nothing yet)")
        )
        self._printer.setDocName(
            self.tr("Weekly outreach sheet {week}").format(week=result.week.iso)
        )
        self._refresh()
        self.sheet_ready.emit(result.week.iso)

    def _refresh(self) -> None:
        if self.preview is not None:
            self.preview.updatePreview()

    # Painting ------------------------------------------------------------------------------------

    def _sheet_for(self, printer: QPrinter) -> SheetLayout | None:
        prepared = self._prepared
        if prepared is None:
            return None
        layout = printer.pageLayout()
        for sheet in prepared.sheets.values():
            if sheet.page_layout.isEquivalentTo(layout):
                return sheet
        # Another size, landscape or a printer's own margins: rare, and quick enough here.
        rect = layout.fullRect(QPageLayout.Unit.Point)
        margins = layout.margins(QPageLayout.Unit.Point)
        key = (
            round(rect.width(), 1),
            round(rect.height(), 1),
            *(
                round(v, 1)
                for v in (margins.left(), margins.top(), margins.right(), margins.bottom())
            ),
        )
        if key not in self._extra:
            self._extra[key] = layout_sheet(prepared.plan, layout, prepared.waiting)
        return self._extra[key]

    def _paint(self, printer: QPrinter) -> None:
        sheet = self._sheet_for(printer)
        if sheet is not None:
            paint_sheet(sheet, printer)
            return
        painter = QPainter()
        if painter.begin(printer):
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            painter.drawText(
                rect.translated(-rect.topLeft()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Preparing the sheet for {week}...").format(week=self._week.iso),
            )
            painter.end()

    # Save as PDF ---------------------------------------------------------------------------------

    def _ask_save_pdf(self) -> None:
        settings = self.settings
        folder = Path(str(settings.value(SETTINGS_FOLDER, str(Path.home()))))
        suggested = folder / f"weekly-sheet-{self._week.iso}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Weekly Sheet as PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
        self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the sheet as shown (week and paper) to ``path`` on a worker thread."""
        sheet = self.sheet
        if sheet is None:
            return
        self.save_action.setEnabled(False)

        def work(_progress: Progress) -> Path:
            write_pdf(sheet, path)
            return path

        self._start(work, self._saved)

    def _saved(self, path: Path | None, error: BaseException | None) -> None:
        self.save_action.setEnabled(self._prepared is not None)
        if error is not None:
            QMessageBox.warning(
                self,
                self.tr("Weekly sheet"),
                self.tr("The PDF could not be written: {error}").format(error=error),
            )
            return
        self.pdf_saved.emit(str(path))


def open_weekly_sheet(
    parent: QWidget | None = None,
    week: Week | None = None,
    *,
    settings: QSettings | None = None,
    signals: StoreSignals | None = None,
) -> WeeklySheetDialog:
    """File > Print weekly sheet...: show the preview for ``week`` (this week by default)."""
    dialog = WeeklySheetDialog(parent, week, settings=settings, signals=signals)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
