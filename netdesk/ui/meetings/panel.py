"""Meetings in the main window: "Log meeting...", the This-week and History docks, the calendar.

Everything goes through the window's public extension points (``add_dock``, ``file_menu`` and
``file_import_anchor``, ``toolbar``, ``current_contact_changed``, ``select_contact``, ``refresh``,
``contacts_changed``, ``database_changed``), so the window itself needs one line:
``self.meetings = install_meetings(self)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QStatusBar,
    QToolBar,
)

from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import load_meeting
from netdesk.ui.icons import icon
from netdesk.ui.meetings.calendar_export import export_calendar
from netdesk.ui.meetings.form import MeetingForm
from netdesk.ui.meetings.timeline import TimelineWidget
from netdesk.ui.shell.writes import Writer
from netdesk.ui.week.view import WeekView


class HostWindow(Protocol):
    """What the meetings need from the main window."""

    settings: QSettings
    writer: Writer
    file_menu: QMenu
    file_import_anchor: QAction
    toolbar: QToolBar
    table: QAbstractItemView
    current_contact_changed: SignalInstance
    contacts_changed: SignalInstance
    database_changed: SignalInstance

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea | None = None) -> None: ...
    def current_contact_id(self) -> int | None: ...
    def select_contact(self, contact_id: int) -> None: ...
    def refresh(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class MeetingsIntegration(QObject):
    """Owns the meeting actions and docks of one main window."""

    def __init__(self, window: HostWindow) -> None:
        assert isinstance(window, QMainWindow)
        super().__init__(window)
        self.window = window
        self.form: MeetingForm | None = None

        self.log_meeting_action = QAction(icon("log-meeting"), self.tr("&Log meeting..."), window)
        self.log_meeting_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.log_meeting_action.setStatusTip(
            self.tr("Plan or record a meeting with the current contact")
        )
        self.log_meeting_action.triggered.connect(self.log_meeting_for_current)
        self.export_calendar_action = QAction(
            icon("export-calendar"), self.tr("Export &calendar (.ics)..."), window
        )
        self.export_calendar_action.setStatusTip(
            self.tr("Meetings and follow-ups as a file for your calendar application")
        )
        self.export_calendar_action.triggered.connect(self.export_calendar)
        window.file_menu.insertAction(window.file_import_anchor, self.export_calendar_action)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.log_meeting_action)
        window.addAction(self.log_meeting_action)
        window.table.addAction(self.log_meeting_action)  # the contact table's context menu

        self.week_view = WeekView(writer=window.writer, after_undo=self._undone)
        self.week_dock = QDockWidget(self.tr("This week"), window)
        self.week_dock.setObjectName("weekDock")
        self.week_dock.setWidget(self.week_view)
        window.add_dock(self.week_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.timeline = TimelineWidget(writer=window.writer, after_undo=self._undone)
        self.timeline_dock = QDockWidget(self.tr("History"), window)
        self.timeline_dock.setObjectName("timelineDock")
        self.timeline_dock.setWidget(self.timeline)
        window.add_dock(self.timeline_dock, Qt.DockWidgetArea.RightDockWidgetArea)

        window.current_contact_changed.connect(self._current_changed)
        window.contacts_changed.connect(self._refresh_panels)
        window.database_changed.connect(self._database_changed)
        self.week_view.contact_activated.connect(window.select_contact)
        self.week_view.meeting_activated.connect(self.open_meeting)
        self.week_view.plan_changed.connect(self._contacts_touched)
        self.timeline.meeting_activated.connect(self.open_meeting)
        self.timeline.log_meeting_requested.connect(self.log_meeting)
        self.timeline.history_changed.connect(self._contacts_touched)
        self._current_changed(window.current_contact_id())

    # Actions -------------------------------------------------------------------------------------

    def log_meeting_for_current(self) -> MeetingForm | None:
        contact_id = self.window.current_contact_id()
        return self.log_meeting(contact_id) if contact_id is not None else None

    def log_meeting(self, contact_id: int | None) -> MeetingForm | None:
        return self._open_form(contact_id, None)

    def open_meeting(self, meeting_id: int) -> MeetingForm | None:
        try:
            contact_id = load_meeting(meeting_id).contact_id
        except NetDeskError as exc:
            self.window.statusBar().showMessage(str(exc), 5000)
            self._refresh_panels()
            return None
        return self._open_form(contact_id, meeting_id)

    def _open_form(self, contact_id: int | None, meeting_id: int | None) -> MeetingForm:
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        assert isinstance(self.window, QMainWindow)
        form = MeetingForm(
            contact_id,
            meeting_id,
            self.window,
            settings=self.window.settings,
            writer=self.window.writer,
            after_undo=self._undone,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.meeting_saved.connect(self._meeting_changed)
        form.meeting_deleted.connect(self._meeting_changed)
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()
        return form

    def _form_closed(self) -> None:
        self.form = None

    def export_calendar(self) -> None:
        message = export_calendar(self.window if isinstance(self.window, QMainWindow) else None,
                                  self.window.settings)  # fmt: skip
        if message:
            self.window.statusBar().showMessage(message, 8000)

    # Keeping the panels in step ------------------------------------------------------------------

    def _current_changed(self, contact_id: object) -> None:
        current = contact_id if isinstance(contact_id, int) else None
        self.log_meeting_action.setEnabled(current is not None)
        self.timeline.set_contact(current)

    def _meeting_changed(self, _meeting_id: int) -> None:
        """A meeting saved or deleted may have added referrals and moved the contact on."""
        self._contacts_touched()

    def _undone(self, error: str | None) -> None:
        if error:
            self.window.statusBar().showMessage(error, 8000)
        self._contacts_touched()

    def _contacts_touched(self) -> None:
        self.window.refresh()
        self._refresh_panels()

    def _refresh_panels(self) -> None:
        self.week_view.refresh()
        self.timeline.refresh()

    def _database_changed(self, _path: Path) -> None:
        if self.form is not None:
            self.form.done(QDialog.DialogCode.Rejected)  # its meeting is in the other file
        self.timeline.set_contact(self.window.current_contact_id())
        self.week_view.refresh()


def install_meetings(window: HostWindow) -> MeetingsIntegration:
    return MeetingsIntegration(window)
