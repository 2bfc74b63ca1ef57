"""The contact editor's past employers: the companies someone used to work for, most recent
first (the second ring of "who do I know at X?"). Typed with a completer from the companies
already known, added by picking one, with Enter or with Add, removed, and put in order with
the arrows or by drag.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from netdesk.core.companies import company_names
from netdesk.core.text import fold
from netdesk.ui.icons import icon

VISIBLE_ROWS = 3


class _NameEdit(QLineEdit):
    """Enter adds the typed name instead of saving the dialog (the completer's popup first)."""

    add_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup() if self.completer() is not None else None
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.text().strip()
            and (popup is None or not popup.isVisible())
        ):
            self.add_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PastEmployers(QWidget):
    """Edit a list of company names (see the module docstring)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _NameEdit()
        self.name.setPlaceholderText(self.tr("A company they used to work for"))
        self.name.setAccessibleName(self.tr("Past employer to add"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)
        # A company picked from the list is added at once (after the completer wrote its text).
        completer.activated.connect(lambda text: QTimer.singleShot(0, lambda: self.add(text)))
        self.name.textEdited.connect(
            lambda text: self._model.setStringList(company_names(text, 20))
        )
        self.name.add_requested.connect(self.add_typed)
        self.add_button = self._button("add-row", self.tr("Add this past employer"))
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Past employers, most recent first"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        row_height = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(row_height * VISIBLE_ROWS + 2 * self.list.frameWidth() + 4)
        self.list.model().rowsMoved.connect(self.changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.up_button = self._button("move-up", self.tr("Move up (more recent)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = self._button("move-down", self.tr("Move down (longer ago)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = self._button("remove-row", self.tr("Remove this past employer"))
        self.remove_button.clicked.connect(self.remove_current)
        self.list.addAction(self._shortcut_action(QKeySequence.StandardKey.Delete))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.list, 1, 0, 3, 1)
        layout.addWidget(self.up_button, 1, 1)
        layout.addWidget(self.down_button, 2, 1)
        layout.addWidget(self.remove_button, 3, 1, Qt.AlignmentFlag.AlignTop)
        self._update_buttons()

    def _button(self, meaning: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(meaning))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def _shortcut_action(self, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(self.tr("Remove this past employer"), self.list)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.remove_current)
        return action

    # In and out ----------------------------------------------------------------------------------

    def values(self) -> list[str]:
        """The names in order, with one still typed but not added yet at the end (a Save
        right after typing keeps it)."""
        names = [self.list.item(row).text() for row in range(self.list.count())]
        typed = " ".join(self.name.text().split())
        if typed and fold(typed) not in {fold(name) for name in names}:
            names.append(typed)
        return names

    def set_values(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self.list.addItem(QListWidgetItem(name))
        self.name.clear()
        self._update_buttons()

    # Editing -------------------------------------------------------------------------------------

    def add_typed(self) -> bool:
        """Add the typed name at the end (a name listed already is selected instead)."""
        return self.add(self.name.text())

    def add(self, text: str) -> bool:
        """Add ``text`` at the end and empty the field (a name listed already is selected
        instead); False when nothing was added."""
        name = " ".join(text.split())
        self.name.clear()
        if not name:
            return False
        for row in range(self.list.count()):
            if fold(self.list.item(row).text()) == fold(name):
                self.list.setCurrentRow(row)
                return False
        self.list.addItem(QListWidgetItem(name))
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()
        return True

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
