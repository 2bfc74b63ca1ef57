"""Tools > Who have I neglected?: everyone due to keep in touch with, the most overdue first.

The list is :func:`netdesk.core.rhythms.keep_in_touch_due`, read on a worker fifty at a time
("Show more" reads the next fifty) with the total beside it. Someone past twice their rhythm is
shown in the error colour. The buttons act on the person chosen: show them in Contacts (the
shared selection), log a call now (undoable, on the window's writer) and compose a message (the
shared Compose command). An open dialog reads again when contacts, interactions or meetings
change, so that a call logged from anywhere takes the person off the list.

A panel like the others: :class:`Neglected` gets the window's ``PanelContext`` and registers
``neglected``, which the window puts in its Tools menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.compose import ComposeFor
from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import log_with_undo
from netdesk.core.messages import Fit
from netdesk.core.rhythms import KeepInTouch, keep_in_touch_count, keep_in_touch_due, rhythm_words
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import InteractionKind
from netdesk.models.store import Topic
from netdesk.ui.formatting import format_date, format_number
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import meaning_colours

PAGE = 50
"""People read at a time."""
TOPICS = (Topic.CONTACTS, Topic.INTERACTIONS, Topic.MEETINGS)
"""What moves someone's last touch or rhythm."""

Index = QModelIndex | QPersistentModelIndex
PersonRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's :class:`~netdesk.core.rhythms.KeepInTouch`."""


class Column(IntEnum):
    NAME = 0
    RHYTHM = 1
    LAST_TOUCH = 2
    DUE = 3


_HEADERS: dict[Column, object] = {
    Column.NAME: QT_TRANSLATE_NOOP("NeglectedModel", "Name"),
    Column.RHYTHM: QT_TRANSLATE_NOOP("NeglectedModel", "Rhythm"),
    Column.LAST_TOUCH: QT_TRANSLATE_NOOP("NeglectedModel", "Last touch"),
    Column.DUE: QT_TRANSLATE_NOOP("NeglectedModel", "Due"),
}


@dataclass(frozen=True)
class Reading:
    """One reading of the list: its people from ``offset`` and the total."""

    offset: int
    people: list[KeepInTouch]
    total: int


def read(by: date, offset: int, limit: int) -> Reading:
    """On a worker: ``limit`` people due by ``by`` from ``offset``, and how many there are."""
    return Reading(
        offset, keep_in_touch_due(by, limit=limit, offset=offset), keep_in_touch_count(by)
    )


class NeglectedModel(QAbstractTableModel):
    """The people read so far, in the order the core gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[KeepInTouch] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return QCoreApplication.translate("NeglectedModel", str(_HEADERS[Column(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = Column(index.column())
        if role == PersonRole:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DUE and person.overdue:
            return QBrush(QColor(meaning_colours().error))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DUE:
            return self.tr("Due since {day}").format(day=format_date(person.due))
        return None

    def _text(self, person: KeepInTouch, column: Column) -> str:
        if column == Column.NAME:
            return person.display_name
        if column == Column.RHYTHM:
            return rhythm_words(person.rhythm_days)
        if column == Column.LAST_TOUCH:
            if person.last_touch is None:
                return self.tr("never")
            return format_date(person.last_touch)
        return self.due_text(person)

    def due_text(self, person: KeepInTouch) -> str:
        """ "due today", "overdue 12 days"."""
        if person.overdue_days <= 0:
            return self.tr("due today")
        return self.tr("overdue %Ln days", "", person.overdue_days)

    def person(self, row: int) -> KeepInTouch | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def people(self) -> list[KeepInTouch]:
        return list(self._people)

    def row_of(self, contact_id: int) -> int:
        """The row of ``contact_id`` (-1: not in the list)."""
        return next((r for r, p in enumerate(self._people) if p.contact_id == contact_id), -1)

    def replace(self, people: list[KeepInTouch]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def append(self, people: list[KeepInTouch]) -> None:
        known = {p.contact_id for p in self._people}
        fresh = [p for p in people if p.contact_id not in known]
        if not fresh:
            return
        first = len(self._people)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._people.extend(fresh)
        self.endInsertRows()


class NeglectedDialog(QDialog):
    """The list, the total, "Show more" and what to do with the person chosen."""

    read_finished = Signal()
    """A reading arrived and is shown."""

    def __init__(self, integration: Neglected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integration = integration
        self.setWindowTitle(self.tr("Who have I neglected?"))
        self.setWindowIcon(icon("neglected"))
        self.total: int | None = None
        self._task: Task[Any] | None = None
        self._generation = 0

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.model = NeglectedModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("People to keep in touch with"))
        self.view.header().setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(False)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.activated.connect(lambda _index: self.show_in_contacts())

        self.more_button = self._button(self.tr("Show &more"), "show-more", self.show_more)
        self.more_button.setObjectName("more")
        self.show_button = self._button(
            self.tr("&Show in Contacts"), "contacts", self.show_in_contacts
        )
        self.show_button.setToolTip(self.tr("Select this person in the contact table"))
        self.call_button = self._button(self.tr("Log a &call"), "call", self.log_call)
        self.call_button.setToolTip(self.tr("Log a call with this person now"))
        self.compose_button = self._button(self.tr("C&ompose..."), "compose", self.compose)
        self.compose_button.setToolTip(self.tr("Write to this person from a template"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        more = QHBoxLayout()
        more.addStretch(1)
        more.addWidget(self.more_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.compose_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(more)
        layout.addLayout(buttons)
        self.resize(720, 480)
        self._update_buttons()

    def _button(self, text: str, meaning: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(meaning), text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again from the top, as many people as are shown (at least a page)."""
        self._read(0, max(PAGE, self.model.rowCount()))

    def show_more(self) -> None:
        """Read the next page after the people shown."""
        if self.total is not None and self.model.rowCount() < self.total:
            self._read(self.model.rowCount(), PAGE)

    def _read(self, offset: int, limit: int) -> None:
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        by = self.integration.today()
        if self.total is None:
            self.status.setText(self.tr("Reading..."))
        self.more_button.setEnabled(False)

        def done(result: Reading | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._task = None
            if error is not None or result is None:
                self.status.setText(
                    self.tr("The list could not be read: {error}").format(error=error)
                )
            else:
                self._show(result)
            self.read_finished.emit()

        self._task = run_task(lambda _p: read(by, offset, limit), done, owner=self)

    def _show(self, reading: Reading) -> None:
        keep = self.current_person()
        if reading.offset == 0:
            self.model.replace(reading.people)
        else:
            self.model.append(reading.people)
        self.total = reading.total
        shown = self.model.rowCount()
        if not reading.total:
            self.status.setText(self.tr("Nobody is due: you are in touch with everyone."))
        else:
            self.status.setText(
                self.tr(
                    "%Ln people to keep in touch with, the most overdue first.", "", reading.total
                )
                + (
                    " " + self.tr("Showing {shown}.").format(shown=format_number(shown))
                    if shown < reading.total
                    else ""
                )
            )
        self.more_button.setEnabled(shown < reading.total)
        row = self.model.row_of(keep.contact_id) if keep is not None else -1
        if row < 0 and reading.offset == 0 and shown:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    # The person chosen ------------------------------------------------------------------------

    def current_person(self) -> KeepInTouch | None:
        person = self.model.person(self.view.currentIndex().row())
        return person if self.view.currentIndex().isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current_person() is not None
        for button in (self.show_button, self.call_button, self.compose_button):
            button.setEnabled(chosen)

    def show_in_contacts(self) -> bool:
        person = self.current_person()
        if person is None:
            return False
        self.integration.show_in_contacts(person.contact_id)
        return True

    def log_call(self) -> bool:
        """Log a call with the chosen person now (undoably); False when nobody is chosen."""
        person = self.current_person()
        if person is None:
            return False
        self.integration.log_call(person.contact_id, person.display_name, self)
        return True

    def compose(self) -> QDialog | None:
        person = self.current_person()
        if person is None:
            return None
        return self.integration.compose(person.contact_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)


class Neglected(QObject):
    """Tools > Who have I neglected? of one main window."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self.today: Callable[[], date] = date.today
        self.dialog: NeglectedDialog | None = None
        self.action = context.actions.add(
            "neglected",
            QAction(icon("neglected"), self.tr("&Who have I neglected?"), context.dialog_parent),
        )
        self.action.setStatusTip(
            self.tr("Everyone due to keep in touch with, the most overdue first")
        )
        self.action.triggered.connect(self.open)
        self._watch = ChangeWatch(context.signals, TOPICS, lambda _c: self._changed(), self)
        context.signals.switched.connect(lambda _path: self._changed())

    def open(self) -> NeglectedDialog:
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = NeglectedDialog(self, self.context.dialog_parent)
            self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.refresh()
        return dialog

    def _changed(self) -> None:
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.refresh()

    def show_in_contacts(self, contact_id: int) -> None:
        go = self.context.actions.get("go-contacts")
        if go is not None:
            go.trigger()
        self.context.selection.select(contact_id)

    def compose(self, contact_id: int) -> QDialog | None:
        return self.context.actions.compose(ComposeFor(Fit.CONTACT, contact_id))

    def log_call(self, contact_id: int, display_name: str, parent: QWidget) -> None:
        """Log a call with the person now on the window's writer, undoably."""
        context = self.context
        when = datetime.now().replace(second=0, microsecond=0)
        name = isolate_bidi(display_name)

        def work() -> RowsChange:
            return log_with_undo(contact_id, InteractionKind.CALL, "", when)[1]

        def done(change: RowsChange) -> None:
            context.undo_stack.push(
                ChangeCommand(
                    change, self.tr("Log call with {name}").format(name=name), self._undone
                )
            )
            context.show_status(self.tr("Call with {name} logged.").format(name=name), 5000)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            context.show_status(str(error), 8000)
            return True

        context.writer.write(
            work, done, failure=self.tr("The call was not logged."), parent=parent, refused=refused
        )

    def _undone(self, error: str | None) -> None:
        if error:
            self.context.show_status(error, 8000)
