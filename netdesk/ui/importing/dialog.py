"""The import preview: what dropped files hold, who is new, who matches, and every problem.

Reading, matching and writing run on a worker (``run_task``) with a progress bar and Cancel; the
write is one transaction, so Cancel (or any error) leaves the database as it was. An unknown CSV
gets a column-mapping step first. Per matching person the user picks merge or import as new, and
any person can be unchecked. Someone only maybe the same person (another UID, or the same UID and
nothing else in common) is shown as such and imported as new unless the user picks Merge.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.formats.cards import Problem
from netdesk.core.formats.csv_contacts import CsvTable, Field
from netdesk.core.import_undo import ImportChange, import_with_undo
from netdesk.core.importing import (
    Choice,
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    PlanItem,
    ReadResult,
    plan_import,
    read_files,
)
from netdesk.ui.contacts.photos import shrink_photo
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, Task, run_task

ItemRole = Qt.ItemDataRole.UserRole + 1
"""The :class:`PlanItem` (preview) or :class:`Problem` (problems) of a row."""

_Index = QModelIndex | QPersistentModelIndex


class PreviewColumn(IntEnum):
    NAME = 0
    ACTION = 1
    MATCH = 2
    ORGANIZATION = 3
    EMAIL = 4
    PHONE = 5
    REFERRED_BY = 6
    SOURCE = 7


class Shown(IntEnum):
    EVERYONE = 0
    MATCHES = 1
    NEW = 2


_PREVIEW_HEADERS = {
    PreviewColumn.NAME: "Name",
    PreviewColumn.ACTION: "Action",
    PreviewColumn.MATCH: "Same person as",
    PreviewColumn.ORGANIZATION: "Organization",
    PreviewColumn.EMAIL: "E-mail",
    PreviewColumn.PHONE: "Phone",
    PreviewColumn.REFERRED_BY: "Referred by",
    PreviewColumn.SOURCE: "From",
}


class PreviewModel(QAbstractTableModel):
    """One row per person read; the check box imports them, Action merges or imports as new."""

    choices_changed = Signal()

    def __init__(self, plan: ImportPlan | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[PlanItem] = []
        self._items: list[PlanItem] = []  # the rows shown (see ``set_shown``)
        self._shown = Shown.EVERYONE
        self._unchecked: set[int] = set()
        self._actions: dict[int, Choice] = {}  # merge or new, where the user changed the default
        self._name_of_uid: dict[str, str] = {}  # for RELATED links between the cards read
        if plan is not None:
            self.set_plan(plan)

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._all = list(plan.items)
        self._name_of_uid = {
            i.card.source_uid: i.card.data.display_name for i in self._all if i.card.source_uid
        }
        self._items = self._filtered()
        self._unchecked.clear()
        self._actions.clear()
        self.endResetModel()
        self.choices_changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(PreviewColumn):
            return self.tr(_PREVIEW_HEADERS[PreviewColumn(section)])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PreviewColumn.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item = self._items[index.row()]
        if (
            index.column() == PreviewColumn.ACTION
            and item.is_match
            and item.index not in self._unchecked
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and column == PreviewColumn.NAME:
            checked = item.index not in self._unchecked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == PreviewColumn.ACTION:
            if item.index in self._unchecked:
                return None
            return icon("merge") if self.choice(item) == Choice.MERGE else icon("add-contact")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PreviewColumn.MATCH and item.same_uid:
                return self.tr(
                    "Maybe {name} ({reason}): two people may have been given one UID by another "
                    "program; imported as new unless you choose Merge"
                ).format(name=item.match_name, reason=item.match_reason)
            if column == PreviewColumn.MATCH and item.maybe:
                return self.tr(
                    "Maybe {name} ({reason}), but they have different UIDs: imported as new "
                    "unless you choose Merge"
                ).format(name=item.match_name, reason=item.match_reason)
            if column == PreviewColumn.MATCH and item.is_match:
                return self.tr("{name} ({reason})").format(
                    name=item.match_name, reason=item.match_reason
                )
            if column == PreviewColumn.SOURCE:
                return f"{item.card.file}:{item.card.line}"
        return None

    def _text(self, item: PlanItem, column: int, role: int) -> Any:
        data = item.card.data
        if column == PreviewColumn.NAME:
            return data.display_name
        if column == PreviewColumn.ORGANIZATION:
            return data.organization
        if column == PreviewColumn.EMAIL:
            return data.emails[0].address if data.emails else ""
        if column == PreviewColumn.PHONE:
            return data.phones[0].number if data.phones else ""
        if column == PreviewColumn.MATCH:
            if not item.is_match:
                return ""
            if item.maybe:
                return self.tr("Maybe {name}: {reason}").format(
                    name=item.match_name, reason=item.match_reason
                )
            return self.tr("{name}: {reason}").format(
                name=item.match_name, reason=item.match_reason
            )
        if column == PreviewColumn.ACTION:
            choice = self.choice(item)
            if role == Qt.ItemDataRole.EditRole:
                return choice.value
            if choice == Choice.SKIP:
                return self.tr("Not imported")
            if choice == Choice.MERGE:
                return self.tr("Merge")
            return self.tr("Import as new") if item.is_match else self.tr("New")
        if column == PreviewColumn.REFERRED_BY:
            return self.referred_by(item)
        if column == PreviewColumn.SOURCE:
            return f"{Path(item.card.file).name}:{item.card.line}"
        return None

    def referred_by(self, item: PlanItem) -> str:
        """Who the card says referred this person: a name, or another card's UID resolved."""
        card = item.card
        if card.referrer_name:
            return card.referrer_name
        if card.related_uid:
            return self._name_of_uid.get(card.related_uid, "")
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == PreviewColumn.NAME:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked:
                self._unchecked.discard(item.index)
            else:
                self._unchecked.add(item.index)
        elif role == Qt.ItemDataRole.EditRole and index.column() == PreviewColumn.ACTION:
            if not item.is_match:
                return False
            self._actions[item.index] = Choice(value)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(PreviewColumn) - 1))
        self.choices_changed.emit()
        return True

    def choice(self, item: PlanItem) -> Choice:
        if item.index in self._unchecked:
            return Choice.SKIP
        if not item.is_match:
            return Choice.NEW
        return self._actions.get(item.index, item.default_choice)

    def choices(self) -> dict[int, Choice]:
        """What :func:`apply_import` is to do with each plan item."""
        return {item.index: self.choice(item) for item in self._all}

    def set_shown(self, shown: Shown) -> None:
        """Show everyone, only people who match someone, or only new people."""
        self.beginResetModel()
        self._shown = shown
        self._items = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PlanItem]:
        if self._shown == Shown.MATCHES:
            return [item for item in self._all if item.is_match]
        if self._shown == Shown.NEW:
            return [item for item in self._all if not item.is_match]
        return list(self._all)

    def set_all_checked(self, checked: bool) -> None:
        """Check or uncheck every row shown."""
        shown = {item.index for item in self._items}
        if checked:
            self._unchecked -= shown
        else:
            self._unchecked |= shown
        self._all_changed()

    def set_all_matches(self, choice: Choice) -> None:
        """Merge, or import as new, every match shown."""
        for item in self._items:
            if item.is_match:
                self._actions[item.index] = choice
        self._all_changed()

    def _all_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(PreviewColumn) - 1)
            )
        self.choices_changed.emit()

    def counts(self) -> dict[Choice, int]:
        result = dict.fromkeys(Choice, 0)
        for item in self._all:
            result[self.choice(item)] += 1
        return result


class ProblemModel(QAbstractTableModel):
    """Every problem found: file, line, reason."""

    HEADERS = ("File", "Line", "Reason")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == ItemRole:
            return problem
        if role == Qt.ItemDataRole.DisplayRole:
            return (Path(problem.file).name, problem.line, problem.reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return problem.file
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActionDelegate(QStyledItemDelegate):
    """A combo box for the Action column: merge into the match, or import as new."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(icon("merge"), self.tr("Merge"), Choice.MERGE.value)
        combo.addItem(icon("add-contact"), self.tr("Import as new"), Choice.NEW.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingPage(QWidget):
    """Which column of an unknown CSV holds what: one combo per column, with sample values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        self.combos: list[QComboBox] = []
        self.table: CsvTable | None = None

    def show_table(self, table: CsvTable) -> None:
        self.table = table
        self.title.setText(
            self.tr(
                "NetDesk does not know the columns of {name}. Say which column holds what; "
                "columns left at (ignore) are not imported."
            ).format(name=Path(table.file).name)
        )
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(self.tr("<b>Column</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Holds</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>First values</b>")), 0, 2)
        self.combos = []
        samples = table.sample(3)
        suggested = table.suggested_mapping()
        for column, header in enumerate(table.header):
            name = QLabel(header or self.tr("(no name)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            for field in Field.ALL:
                combo.addItem(self.tr(Field.LABELS[field]), field)
            guess = suggested[column]
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            combo.currentIndexChanged.connect(self._changed)
            values = [row[column] for row in samples if column < len(row) and row[column]]
            sample = QLabel(" | ".join(v.replace("\n", " ")[:40] for v in values))
            sample.setTextFormat(Qt.TextFormat.PlainText)
            font = sample.font()
            font.setItalic(True)
            sample.setFont(font)
            grid.addWidget(name, column + 1, 0)
            grid.addWidget(combo, column + 1, 1)
            grid.addWidget(sample, column + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.header) + 1, 1)
        self.scroll.setWidget(grid_host)

    mapping_changed = Signal()

    def _changed(self) -> None:
        self.mapping_changed.emit()

    def mapping(self) -> list[str]:
        return [str(combo.currentData()) for combo in self.combos]

    def usable(self) -> bool:
        """Something to name people by: a name, organization, e-mail or phone column."""
        wanted = {
            Field.DISPLAY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME,
            Field.ORGANIZATION,
            Field.EMAIL,
            Field.PHONE,
        }
        return bool(wanted & set(self.mapping()))


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
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.preview_page)

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
        self.model.set_plan(self.plan)
        self.problem_model.set_problems(self.plan.problems)
        problems = len(self.plan.problems)
        self.problems_label.setText(
            self.tr("No problems found.")
            if problems == 0
            else self.tr("1 problem found:")
            if problems == 1
            else self.tr("{n} problems found:").format(n=f"{problems:,}")
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
        text = self.tr("{total} people found: {new} new").format(
            total=f"{len(plan.items):,}", new=f"{plan.new_count:,}"
        )
        if plan.match_count:
            text += self.tr(", {matching} already in NetDesk").format(
                matching=f"{plan.match_count:,}"
            )
        if plan.duplicate_count:
            text += self.tr(", {twice} more than once in these files").format(
                twice=f"{plan.duplicate_count:,}"
            )
        if plan.match_count or plan.duplicate_count:
            text += self.tr(" ({merge} to merge)").format(merge=f"{counts[Choice.MERGE]:,}")
        text += "."
        if plan.maybe_count:
            text += " " + self.tr(
                "{n} only maybe the same person (another UID, or one UID for different "
                "people): imported as new unless you choose Merge."
            ).format(n=f"{plan.maybe_count:,}")
        if counts[Choice.SKIP]:
            text += " " + self.tr("{n} unchecked will not be imported.").format(
                n=f"{counts[Choice.SKIP]:,}"
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
