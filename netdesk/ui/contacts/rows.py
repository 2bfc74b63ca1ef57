"""The editor's rows of several values: e-mails, phones and links with their labels, and
addresses; a row can be added and removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.records import Address
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.widgets import tab_before


class PairRows(QWidget):
    """Several (value, label) pairs, e.g. e-mail addresses; rows can be added and removed."""

    def __init__(
        self,
        placeholder: str,
        keys: tuple[str, ...],
        add_text: str,
        names: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``names``: what a screen reader calls a row's value, its label and its Remove
        button ("E-mail address", "Kind of address", "Remove this e-mail address")."""
        super().__init__(parent)
        self._placeholder = placeholder
        self._names = names
        self._labels = keys  # keys of labels.REACH_LABELS: stored as keys, shown translated
        self._rows: list[tuple[QLineEdit, QComboBox, QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add-row"), add_text)
        self.add_button.clicked.connect(lambda: self.add_row("", "").setFocus())
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: str, label: str) -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self._placeholder)
        kind = QComboBox()
        kind.setEditable(True)
        for key in self._labels:
            kind.addItem(labels.reach_label(key), key)
        known = kind.findData(label)
        if known >= 0:
            kind.setCurrentIndex(known)
        else:
            kind.setCurrentText(label)
        remove = QToolButton()
        remove.setIcon(icon("remove-row"))
        remove.setToolTip(self._names[2])
        remove.setAutoRaise(True)
        edit.setAccessibleName(self._names[0])
        kind.setAccessibleName(self._names[1])
        kind.setToolTip(self.tr("Pick a label from the list or type your own"))
        remove.setAccessibleName(self.tr("Remove"))
        layout.addWidget(edit, 3)
        layout.addWidget(kind, 1)
        layout.addWidget(remove)
        entry = (edit, kind, row)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        self._layout.insertWidget(self._layout.count() - 1, row)
        tab_before(self.add_button, edit, kind, remove)
        return edit

    def _remove(self, entry: tuple[QLineEdit, QComboBox, QWidget]) -> None:
        self._rows.remove(entry)
        entry[2].deleteLater()

    def values(self) -> list[tuple[str, str]]:
        """(value, label) of every row; a label picked from the list is its key ("work"), one
        typed in is kept as typed."""
        return [(edit.text(), self._label_of(kind)) for edit, kind, _ in self._rows]

    @staticmethod
    def _label_of(kind: QComboBox) -> str:
        text = kind.currentText().strip()
        picked = kind.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(kind.itemData(picked)) if picked >= 0 else text

    def edit_at(self, index: int) -> QLineEdit | None:
        return self._rows[index][0] if 0 <= index < len(self._rows) else None

    def edits(self) -> list[QLineEdit]:
        return [edit for edit, _, _ in self._rows]


class AddressRows(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict[str, QLineEdit], QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("add-row"), self.tr("Add address"))
        self.add_button.clicked.connect(lambda: self.add_row(Address()))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, address: Address) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 6)
        fields = {
            "label": (self.tr("Label (home, work)"), address.label, 0, 0, 1),
            "street": (self.tr("Street"), address.street, 0, 1, 3),
            "postal_code": (self.tr("Postal code"), address.postal_code, 1, 0, 1),
            "locality": (self.tr("City"), address.locality, 1, 1, 1),
            "region": (self.tr("Region"), address.region, 1, 2, 1),
            "country": (self.tr("Country"), address.country, 1, 3, 1),
        }
        edits: dict[str, QLineEdit] = {}
        for key, (placeholder, value, row, column, span) in fields.items():
            edit = QLineEdit(value)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            grid.addWidget(edit, row, column, 1, span)
            edits[key] = edit
        remove = QToolButton()
        remove.setIcon(icon("remove-row"))
        remove.setToolTip(self.tr("Remove this address"))
        remove.setAccessibleName(self.tr("Remove"))
        remove.setAutoRaise(True)
        grid.addWidget(remove, 0, 4)
        entry = (edits, box)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        self._layout.insertWidget(self._layout.count() - 1, box)
        tab_before(self.add_button, *edits.values(), remove)

    def _remove(self, entry: tuple[dict[str, QLineEdit], QWidget]) -> None:
        self._rows.remove(entry)
        entry[1].deleteLater()

    def values(self) -> list[Address]:
        return [Address(**{k: e.text() for k, e in edits.items()}) for edits, _ in self._rows]
