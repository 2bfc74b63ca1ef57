"""One contact's history, newest first, with quick "log a call / an e-mail" actions.

Meetings, interactions and favours come from :func:`netdesk.core.meetings.timeline`; this module
only shows them and turns clicks into core calls, written on the window's writer and undoable.
Given the window's ``StoreSignals``, the history is read again whenever the contact's meetings,
calls or favours (or the contact) change, whoever wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.contacts import display_names
from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import (
    TimelineEntry,
    delete_entry_with_undo,
    favour_with_undo,
    log_with_undo,
    timeline,
)
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import FavourDirection, InteractionKind, MeetingKind
from netdesk.models.store import Changes, Topic
from netdesk.ui import labels
from netdesk.ui.formatting import format_date, format_date_time
from netdesk.ui.icons import icon
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import Writer
from netdesk.ui.widgets import ErrorLabel, confirm, name_clear_button, plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HISTORY_TOPICS = (Topic.CONTACTS, Topic.MEETINGS, Topic.INTERACTIONS)
"""What a history shows: the contact's name, its meetings, calls, e-mails and favours."""


LOG_STEP = {
    InteractionKind.CALL: QT_TRANSLATE_NOOP("TimelineWidget", "Log a call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("TimelineWidget", "Log an e-mail"),
    InteractionKind.LETTER: QT_TRANSLATE_NOOP("TimelineWidget", "Log a letter"),
    InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("TimelineWidget", "Log a message"),
    InteractionKind.NOTE: QT_TRANSLATE_NOOP("TimelineWidget", "Log a note"),
}
"""The undo step of logging each kind (Edit > Undo Log a call), a whole sentence per kind."""


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    SUMMARY = 2


def _entry_icon(entry: TimelineEntry) -> QIcon:
    if entry.source == "meeting":
        return icon("meeting")
    if entry.source == "favour":
        return icon("favour-given" if entry.kind == FavourDirection.GIVEN else "favour-received")
    return icon(entry.kind)


class TimelineModel(QAbstractTableModel):
    """The entries of one contact; ``ENTRY_ROLE`` gives the :class:`TimelineEntry`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("What"), self.tr("Summary"))[section]

    def what(self, entry: TimelineEntry) -> str:
        if entry.source == "meeting":
            kind = labels.label(MeetingKind(entry.kind))
            if len(entry.attendees) < 2:
                return kind
            return self.tr("{kind} with {people}").format(
                kind=kind, people=self.together(entry.attendees)
            )
        if entry.source == "favour":
            return labels.label(FavourDirection(entry.kind))
        return labels.label(InteractionKind(entry.kind))

    def together(self, names: tuple[str, ...]) -> str:
        """ "Sara Smith and John Lee", "Sara Smith, John Lee and Lena Ortiz"."""
        shown = [isolate_bidi(name) for name in names]
        if len(shown) < 2:
            return "".join(shown)
        return self.tr("{others} and {last}").format(
            others=self.tr(", ").join(shown[:-1]), last=shown[-1]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.WHEN:
                if entry.has_time:
                    return format_date_time(entry.when)
                return format_date(entry.when.date())
            if column == Column.WHAT:
                return self.what(entry)
            return entry.summary.splitlines()[0] if entry.summary else ""
        if role == Qt.ItemDataRole.DecorationRole and column == Column.WHAT:
            return _entry_icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.WHAT:
            return self.what(entry) if entry.attendees else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SUMMARY:
            text = "\n\n".join(part for part in (entry.summary, entry.detail) if part)
            return plain_tooltip(text) or None
        return None


class TimelineWidget(QWidget):
    """History of the contact given to :meth:`set_contact`, and quick logging for it.

    ``meeting_activated(meeting_id)`` asks the owner to open a meeting;
    ``log_meeting_requested(contact_id)`` asks for a new meeting form;
    ``compose_requested(meeting_id)`` asks for a message about a meeting (a thank-you note);
    ``history_changed(contact_id)`` says something was logged or deleted (status and last
    contact may have changed too).
    """

    meeting_activated = Signal(int)
    log_meeting_requested = Signal(int)
    compose_requested = Signal(int)
    history_changed = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        writer: Writer | None = None,
        after_undo: Callable[[str | None], None] | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._now = now
        self.writer = writer if writer is not None else Writer(self)
        self.watch = (
            ChangeWatch(signals, HISTORY_TOPICS, self._store_changed, self)
            if signals is not None
            else None
        )
        # Alone, nobody says what a write changed: the widget reads the history again itself.
        self._after_undo = after_undo or (
            (lambda _error: None) if self.watch is not None else (lambda _error: self.refresh())
        )
        self.title = QLabel(wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLineEdit(placeholderText=self.tr("What was said (optional)"))
        name_clear_button(self.summary)
        self.call_button = QToolButton()
        self.call_button.setIcon(icon("call"))
        self.call_button.setText(self.tr("Log a call"))
        self.email_button = QToolButton()
        self.email_button.setIcon(icon("email"))
        self.email_button.setText(self.tr("Log an e-mail"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.log_actions: dict[str, QAction] = {}
        for kind in InteractionKind:
            self.log_actions[kind.value] = QAction(icon(kind.value), labels.label(kind), self)
            self.log_actions[kind.value].triggered.connect(lambda _=False, k=kind: self.log(k))
        for kind in (InteractionKind.LETTER, InteractionKind.MESSAGE, InteractionKind.NOTE):
            more.addAction(self.log_actions[kind.value])
        more.addSeparator()
        self.favour_given_action = more.addAction(
            icon("favour-given"), self.tr("Favour I did for them")
        )
        self.favour_given_action.triggered.connect(lambda: self.log_favour(FavourDirection.GIVEN))
        self.favour_received_action = more.addAction(
            icon("favour-received"), self.tr("Favour they did for me")
        )
        self.favour_received_action.triggered.connect(
            lambda: self.log_favour(FavourDirection.RECEIVED)
        )
        more.addSeparator()
        self.log_meeting_action = more.addAction(icon("log-meeting"), self.tr("Log meeting..."))
        self.log_meeting_action.triggered.connect(self._request_meeting)
        self.more_button.setMenu(more)
        for button in (self.call_button, self.email_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.call_button.clicked.connect(lambda: self.log(InteractionKind.CALL))
        self.email_button.clicked.connect(lambda: self.log(InteractionKind.EMAIL))
        self.error = ErrorLabel()

        self.model = TimelineModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab goes on, not from cell to cell
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.delete_action = QAction(icon("delete"), self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.empty = QLabel(self.tr("Nothing logged yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        quick = QHBoxLayout()
        quick.addWidget(self.call_button)
        quick.addWidget(self.email_button)
        quick.addWidget(self.more_button)
        quick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(quick)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.set_contact(None)

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.error.show_message(None)
        self.summary.clear()
        self.refresh()

    def _store_changed(self, changes: Changes) -> None:
        contact_id = self._contact_id
        if contact_id is None:
            return
        contacts = changes.ids(Topic.CONTACTS)
        mine = contacts is None or contact_id in contacts
        if mine or Topic.MEETINGS in changes or Topic.INTERACTIONS in changes:
            self.refresh()

    def refresh(self) -> None:
        if self.watch is not None:
            self.watch.cancel()  # this one reads everything pending
        contact_id = self._contact_id
        enabled = contact_id is not None
        for widget in (self.summary, self.call_button, self.email_button, self.more_button):
            widget.setEnabled(enabled)
        if contact_id is None:
            self.title.setText(self.tr("No contact selected"))
            self.model.set_entries([])
        else:
            name = display_names([contact_id]).get(contact_id)
            if name is None:  # deleted meanwhile
                self._contact_id = None
                self.refresh()
                return
            self.title.setText(self.tr("History with {name}").format(name=isolate_bidi(name)))
            self.model.set_entries(timeline(contact_id))
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def log(self, kind: InteractionKind) -> bool:
        """Log an interaction now with the summary typed, on the writer's worker (undoably).

        False when there is nobody to log it for; the summary stays until it is written.
        """
        contact_id = self._contact_id
        if contact_id is None:
            return False
        kind = InteractionKind(kind)
        summary, when = self.summary.text(), self._now()
        text = self.tr(str(LOG_STEP[kind]))
        self._write(
            lambda: log_with_undo(contact_id, kind, summary, when),
            text,
            self.tr("It was not logged."),
        )
        return True

    def log_favour(self, direction: FavourDirection) -> bool:
        """Log a favour with the summary typed as what it was; False when that is empty."""
        contact_id = self._contact_id
        if contact_id is None:
            return False
        description = self.summary.text()
        if not description.strip():
            self.error.show_message(self.tr("Type what the favour was, then choose it again."))
            self.summary.setFocus()
            return False
        day = self._now().date()
        self._write(
            lambda: favour_with_undo(contact_id, direction, description, day),
            self.tr("Log favour"),
            self.tr("The favour was not logged."),
        )
        return True

    def _write(self, work: Callable[[], tuple[int, RowsChange]], text: str, failure: str) -> None:
        contact_id = self._contact_id

        def done(outcome: tuple[int, RowsChange]) -> None:
            _new_id, change = outcome
            self.writer.undo_stack.push(ChangeCommand(change, text, self._after_undo))
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            if self._contact_id == contact_id:
                self.summary.clear()
            self._logged(contact_id)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            self._set_busy(False)
            self.error.show_message(str(error))
            return True

        self._set_busy(True)
        self.writer.write(
            work,
            done,
            failure=failure,
            parent=self,
            refused=refused,
            given_up=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.call_button, self.email_button, self.more_button):
            widget.setEnabled(not busy and self._contact_id is not None)

    def _logged(self, contact_id: int | None) -> None:
        self.error.show_message(None)
        if self.watch is None:  # otherwise the store's event brings the new entry
            self.refresh()
        if contact_id is not None:
            self.history_changed.emit(contact_id)

    def _request_meeting(self) -> None:
        if self._contact_id is not None:
            self.log_meeting_requested.emit(self._contact_id)

    def selected_entry(self) -> TimelineEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, TimelineEntry) else None

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry) and entry.source == "meeting":
            self.meeting_activated.emit(entry.record_id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry):
            self.entry_menu(entry).exec(self.view.viewport().mapToGlobal(pos))

    def entry_menu(self, entry: TimelineEntry) -> QMenu:
        """What can be done with ``entry``: a meeting opened or written about, anything else
        deleted."""
        menu = QMenu(self)
        if entry.source == "meeting":
            open_action = menu.addAction(icon("meeting"), self.tr("Open meeting..."))
            open_action.triggered.connect(lambda: self.meeting_activated.emit(entry.record_id))
            write = menu.addAction(icon("compose"), self.tr("Compose a message..."))
            write.triggered.connect(lambda: self.compose_requested.emit(entry.record_id))
        else:
            menu.addAction(self.delete_action)
        return menu

    def confirm_delete(self, entry: TimelineEntry) -> bool:
        """Ask before deleting (replaced in tests)."""
        return confirm(
            self,
            self.tr("Delete from the history?"),
            self.tr("Delete “{what}” of {when} from the history?").format(
                what=self.model.what(entry), when=format_date(entry.when.date())
            ),
            self.tr("&Delete this entry"),
            self.tr("&Keep it"),
        )

    def delete_selected(self) -> bool:
        """Delete the selected interaction or favour (meetings are deleted from their form)."""
        entry = self.selected_entry()
        if entry is None or entry.source == "meeting" or not self.confirm_delete(entry):
            return False
        what = self.model.what(entry)

        def work() -> tuple[int, RowsChange]:
            return entry.record_id, delete_entry_with_undo(entry.source, entry.record_id)

        self._write(
            work,
            self.tr("Delete “{what}” from the history").format(what=what),
            self.tr("It was not deleted."),
        )
        return True
