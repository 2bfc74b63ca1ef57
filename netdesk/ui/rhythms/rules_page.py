"""Settings > Keep-in-touch rhythms: the default rhythms by relationship, status, tag or warm
or cold mark (``core.rhythms``), listed, edited in place, added and removed.

Each rule shows its kind, what it is for and how often ("every 2 weeks"); its number and unit
(weeks or days) are edited in the list and kept at once. Add picks the kind, then the value (a
relationship, a status, one of the tags in use or a new one, warm or cold) and the rhythm;
Remove drops the selected rule, so its contacts follow the next rule that matches them.

Every change is a write on the window's :class:`~netdesk.ui.shell.writes.Writer` and a step
on its undo stack (Edit > Undo puts the old rhythm back). :class:`RhythmRulesDialog` is what
Preferences opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.query import all_tags
from netdesk.core.rhythms import (
    MAX_RHYTHM_DAYS,
    RhythmRule,
    rhythm_rules,
    rhythm_words,
    set_rhythm_rule,
)
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.store import store
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.writes import WriteCommand, Writer
from netdesk.ui.theme import MARGIN, SPACING, secondary, section_header

KIND_ORDER = ("relationship", "status", "tag", "lead")
"""The kinds as Add offers them."""

_VALUES: dict[str, type[Relationship] | type[Status] | type[Lead]] = {
    "relationship": Relationship,
    "status": Status,
    "lead": Lead,
}

_MERGE_ID = 1717


def kind_label(kind: str) -> str:
    """A rule's kind as a person reads it."""
    texts = {
        "relationship": QCoreApplication.translate("RhythmRules", "Relationship"),
        "status": QCoreApplication.translate("RhythmRules", "Status"),
        "tag": QCoreApplication.translate("RhythmRules", "Tag"),
        "lead": QCoreApplication.translate("RhythmRules", "Warm or cold"),
    }
    return texts[kind]


def key_label(kind: str, key: str) -> str:
    """What a rule is for: the relationship, status or mark translated, a tag as named."""
    vocabulary = _VALUES.get(kind)
    if vocabulary is None or key not in {m.value for m in vocabulary}:
        return key
    return labels.label(vocabulary(key))


class RuleCommand(WriteCommand):
    """A rule's rhythm changed from ``before`` to ``after`` days (None: no rule). Push it once
    the change is written; undo writes ``before`` back. Edits of one rule in a row merge."""

    def __init__(self, kind: str, key: str, before: int | None, after: int | None) -> None:
        super().__init__(self._text(kind, key, before, after))
        self.kind, self.key, self.before, self.after_days = kind, key, before, after

    @staticmethod
    def _text(kind: str, key: str, before: int | None, after: int | None) -> str:
        name = key_label(kind, key)
        if before is None:
            text = QCoreApplication.translate("RhythmRules", "Add the rhythm for {name}")
        elif after is None:
            text = QCoreApplication.translate("RhythmRules", "Remove the rhythm for {name}")
        else:
            text = QCoreApplication.translate("RhythmRules", "Change the rhythm for {name}")
        return text.format(name=name)

    def write_undo(self) -> object:
        set_rhythm_rule(self.kind, self.key, self.before)
        return None

    def write_redo(self) -> object:
        set_rhythm_rule(self.kind, self.key, self.after_days)
        return None

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: object) -> bool:
        if not (
            isinstance(other, RuleCommand)
            and (other.kind, other.key) == (self.kind, self.key)
            and None not in (self.before, self.after_days, other.after_days)
        ):
            return False
        self.after_days = other.after_days
        return True


class DaysEditor(QWidget):
    """A rhythm as a number of weeks or days; ``changed(days)`` once a value is settled."""

    changed = Signal(int)

    def __init__(self, days: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.number = QSpinBox()
        self.number.setKeyboardTracking(False)  # a value once typed, not at every digit
        self.number.setAccessibleName(self.tr("Every"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("weeks"), 7)
        self.unit.addItem(self.tr("days"), 1)
        self.unit.setAccessibleName(self.tr("Unit"))
        layout.addWidget(self.number)
        layout.addWidget(self.unit)
        self.set_days(days)
        self.number.valueChanged.connect(self._settled)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def set_days(self, days: int) -> None:
        blocked = self.number.blockSignals(True), self.unit.blockSignals(True)
        unit = 7 if days % 7 == 0 else 1
        self.unit.setCurrentIndex(self.unit.findData(unit))
        self.number.setRange(1, MAX_RHYTHM_DAYS // unit)
        self.number.setValue(days // unit)
        self.number.blockSignals(blocked[0])
        self.unit.blockSignals(blocked[1])
        self.setToolTip(rhythm_words(days))

    def days(self) -> int:
        return int(self.number.value()) * int(self.unit.currentData())

    def _unit_changed(self) -> None:
        unit = int(self.unit.currentData())
        # Weeks to days keeps the rhythm (2 weeks: 14 days); days to weeks rounds it.
        days = self.number.value() * (7 if unit == 1 else 1)
        value = days if unit == 1 else max(1, round(days / 7))
        blocked = self.number.blockSignals(True)
        self.number.setRange(1, MAX_RHYTHM_DAYS // unit)
        self.number.setValue(value)
        self.number.blockSignals(blocked)
        self._settled()

    def _settled(self) -> None:
        self.setToolTip(rhythm_words(self.days()))
        self.changed.emit(self.days())


class RhythmRulesDialog(QDialog):
    """The default rhythms of the open network, each change written on ``writer``."""

    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.rules: list[RhythmRule] = []
        self.editable = store.is_open and store.read_only is None
        self.setWindowTitle(self.tr("Keep-in-touch rhythms"))
        self.setWindowIcon(icon("preferences"))
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)

        layout.addWidget(section_header(self.tr("Default rhythms")))
        note = secondary(
            QLabel(
                self.tr(
                    "How often to keep in touch with the contacts that have no rhythm of their "
                    "own: a tag's rule first, then the status, the relationship, warm or cold."
                )
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("rhythmRules")
        self.table.setAccessibleName(self.tr("Default rhythms"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("For"), self.tr("Every")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.remove_button = QPushButton(icon("remove-row"), self.tr("&Remove rule"))
        self.remove_button.setAccessibleName(self.tr("Remove rule"))
        self.remove_button.setAccessibleDescription(
            self.tr("The selected rule's contacts follow the next rule that matches them")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(section_header(self.tr("Add a rule")))
        add = QHBoxLayout()
        self.add_kind = QComboBox()
        self.add_kind.setAccessibleName(self.tr("Kind of the new rule"))
        for kind in KIND_ORDER:
            self.add_kind.addItem(kind_label(kind), kind)
        self.add_key = QComboBox()
        self.add_key.setAccessibleName(self.tr("What the new rule is for"))
        self.add_days = DaysEditor(28)
        self.add_button = QPushButton(icon("add-row"), self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the rule"))
        self.add_button.clicked.connect(self.add_rule)
        for widget in (self.add_kind, self.add_key, self.add_days, self.add_button):
            add.addWidget(widget)
        add.setStretch(1, 1)
        layout.addLayout(add)
        self.add_kind.currentIndexChanged.connect(self._fill_keys)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for widget in (self.add_kind, self.add_key, self.add_days, self.add_button):
            widget.setEnabled(self.editable)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        writer.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    # The list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the rules (after a write, an undo or a redo); nothing moves if none changed."""
        if not store.is_open:
            return
        rules = rhythm_rules()
        if rules == self.rules:
            return
        selected = self.selected()
        self.rules = rules
        self.table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            self.table.setItem(row, 0, QTableWidgetItem(kind_label(rule.kind)))
            self.table.setItem(row, 1, QTableWidgetItem(key_label(rule.kind, rule.key)))
            editor = DaysEditor(rule.days)
            editor.setEnabled(self.editable)
            editor.changed.connect(
                lambda days, kind=rule.kind, key=rule.key: self.set_days(kind, key, days)
            )
            self.table.setCellWidget(row, 2, editor)
            if selected is not None and (selected.kind, selected.key) == (rule.kind, rule.key):
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._fill_keys()
        self._update_buttons()

    def selected(self) -> RhythmRule | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.rules[min(rows)] if rows and min(rows) < len(self.rules) else None

    def editor(self, row: int) -> DaysEditor:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, DaysEditor)
        return widget

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.editable and self.selected() is not None)

    def _fill_keys(self) -> None:
        kind = str(self.add_kind.currentData())
        taken = {rule.key for rule in self.rules if rule.kind == kind}
        self.add_key.clear()
        vocabulary = _VALUES.get(kind)
        keys = [m.value for m in vocabulary] if vocabulary is not None else all_tags()
        for key in keys:
            if key not in taken:
                self.add_key.addItem(key_label(kind, key), key)
        self.add_key.setEditable(kind == "tag")  # a tag no contact has yet, too
        if kind == "tag":
            self.add_key.setEditText("")
            line = self.add_key.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Tag"))

    # Writing -------------------------------------------------------------------------------------

    def _write(self, kind: str, key: str, before: int | None, after: int | None) -> None:
        def written(_result: object) -> None:
            self.writer.undo_stack.push(RuleCommand(kind, key, before, after))
            self.refresh()

        self.writer.write(
            lambda: set_rhythm_rule(kind, key, after),
            written,
            failure=self.tr("The rhythm was not saved."),
            parent=self,
            given_up=self._restore,
        )

    def _restore(self) -> None:
        self.rules = []
        self.refresh()

    def set_days(self, kind: str, key: str, days: int) -> None:
        before = next((r.days for r in self.rules if (r.kind, r.key) == (kind, key)), None)
        if before is None or before == days:
            return
        self.rules = [
            RhythmRule(r.kind, r.key, days) if (r.kind, r.key) == (kind, key) else r
            for r in self.rules
        ]
        self._write(kind, key, before, days)

    def add_rule(self) -> bool:
        """Add (or set) the rule chosen under the list; False when no value is chosen."""
        kind = str(self.add_kind.currentData())
        if kind == "tag":
            key = " ".join(self.add_key.currentText().split())
        else:
            key = str(self.add_key.currentData() or "")
        if not key:
            return False
        before = next((r.days for r in self.rules if (r.kind, r.key) == (kind, key)), None)
        self._write(kind, key, before, self.add_days.days())
        return True

    def remove_selected(self) -> bool:
        rule = self.selected()
        if rule is None:
            return False
        self._write(rule.kind, rule.key, rule.days, None)
        return True
