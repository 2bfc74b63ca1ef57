"""The import preview's tables: who would be added or merged, and every problem found.

:class:`PreviewModel` holds one row per person read, with a check box (import them or not) and,
for someone who matches a contact, the choice to merge or import as new (edited in place by
:class:`ActionDelegate`); it can show everyone, only the new or only the matches.
:class:`ProblemModel` lists what could not be read, with the file and line.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netdesk.core.formats.cards import Problem
from netdesk.core.importing import (
    Choice,
    ImportPlan,
    PlanItem,
)
from netdesk.ui.icons import icon

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


_PREVIEW_HEADERS: dict[PreviewColumn, object] = {
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("PreviewModel", "Name"),
    PreviewColumn.ACTION: QT_TRANSLATE_NOOP("PreviewModel", "Action"),
    PreviewColumn.MATCH: QT_TRANSLATE_NOOP("PreviewModel", "Same person as"),
    PreviewColumn.ORGANIZATION: QT_TRANSLATE_NOOP("PreviewModel", "Organization"),
    PreviewColumn.EMAIL: QT_TRANSLATE_NOOP("PreviewModel", "E-mail"),
    PreviewColumn.PHONE: QT_TRANSLATE_NOOP("PreviewModel", "Phone"),
    PreviewColumn.REFERRED_BY: QT_TRANSLATE_NOOP("PreviewModel", "Referred by"),
    PreviewColumn.SOURCE: QT_TRANSLATE_NOOP("PreviewModel", "From"),
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
            return QCoreApplication.translate(
                "PreviewModel", str(_PREVIEW_HEADERS[PreviewColumn(section)])
            )
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

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemModel", "File"),
        QT_TRANSLATE_NOOP("ProblemModel", "Line"),
        QT_TRANSLATE_NOOP("ProblemModel", "Reason"),
    )

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
            return QCoreApplication.translate("ProblemModel", str(self.HEADERS[section]))
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
