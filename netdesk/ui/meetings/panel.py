"""Meetings in the main window: "Log meeting...", This week and History, the calendar.

A panel like the others: it gets the window's :class:`~netdesk.ui.shell.context.PanelContext`,
registers its actions (``log-meeting``, ``export-calendar``) and provides the ``log_meeting``
command; the window places its views (``week_view`` is the This week page) and its actions, and
attaches the contact card's History (``attach_timeline``), whose meetings open here. Both views
re-read what they show when the store says it changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from netdesk.core.compose import for_plan_item
from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import load_meeting
from netdesk.ui.icons import icon
from netdesk.ui.meetings.calendar_export import export_calendar
from netdesk.ui.meetings.form import MeetingForm
from netdesk.ui.meetings.timeline import TimelineWidget
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.week.view import WeekView


class MeetingsIntegration(QObject):
    """Owns the meeting actions and views of one main window."""

    def __init__(self, context: PanelContext) -> None:
        parent = context.dialog_parent
        super().__init__(parent)
        self._context = context
        self.form: MeetingForm | None = None

        actions = context.actions
        self.log_meeting_action = actions.add(
            "log-meeting", QAction(icon("log-meeting"), self.tr("&Log meeting..."), parent)
        )
        self.log_meeting_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.log_meeting_action.setStatusTip(
            self.tr("Plan or record a meeting with the current contact")
        )
        self.log_meeting_action.triggered.connect(self.log_meeting_for_current)
        self.export_calendar_action = actions.add(
            "export-calendar",
            QAction(icon("export-calendar"), self.tr("Export &calendar (.ics)..."), parent),
        )
        self.export_calendar_action.setStatusTip(
            self.tr("Meetings and follow-ups as a file for your calendar application")
        )
        self.export_calendar_action.triggered.connect(self.export_calendar)
        actions.log_meeting = self.log_meeting

        writer, signals = context.writer, context.signals
        self.week_view = WeekView(writer=writer, after_undo=self._undone, signals=signals)
        self.week_view.setObjectName("weekView")
        self.timeline: TimelineWidget | None = None
        """The History shown for the current contact (the contact card's, once attached)."""

        selection = context.selection
        selection.current_changed.connect(self._current_changed)
        signals.switched.connect(self._database_switched)
        self.week_view.contact_activated.connect(selection.select)
        self.week_view.meeting_activated.connect(self.open_meeting)
        self.week_view.compose_requested.connect(self._compose_about)
        self._current_changed(selection.current())

    def attach_timeline(self, timeline: TimelineWidget) -> None:
        """Open the meetings ``timeline`` lists, and log new ones from it; it follows the
        current contact itself (the contact card sets it)."""
        self.timeline = timeline
        timeline.setObjectName("historyTimeline")
        timeline.meeting_activated.connect(self.open_meeting)

    # Actions -------------------------------------------------------------------------------------

    def log_meeting_for_current(self) -> MeetingForm | None:
        contact_id = self._context.selection.current()
        return self.log_meeting(contact_id) if contact_id is not None else None

    def log_meeting(self, contact_id: int | None) -> MeetingForm | None:
        return self._open_form(contact_id, None)

    def open_meeting(self, meeting_id: int) -> MeetingForm | None:
        try:
            contact_id = load_meeting(meeting_id).contact_id
        except NetDeskError as exc:
            self._context.show_status(str(exc), 5000)
            self.week_view.refresh()  # what they showed is gone
            if self.timeline is not None:
                self.timeline.refresh()
            return None
        return self._open_form(contact_id, meeting_id)

    def _open_form(self, contact_id: int | None, meeting_id: int | None) -> MeetingForm:
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        form = MeetingForm(
            contact_id,
            meeting_id,
            self._context.dialog_parent,
            settings=self._context.settings,
            writer=self._context.writer,
            after_undo=self._undone,
        )
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()
        return form

    def _compose_about(self, item: object) -> QDialog | None:
        request = for_plan_item(item)
        return self._context.actions.compose(request) if request is not None else None

    def _form_closed(self) -> None:
        self.form = None

    def export_calendar(self) -> None:
        message = export_calendar(self._context.dialog_parent, self._context.settings)
        if message:
            self._context.show_status(message, 8000)

    # Keeping the panels in step ------------------------------------------------------------------

    def _current_changed(self, contact_id: object) -> None:
        current = contact_id if isinstance(contact_id, int) else None
        self.log_meeting_action.setEnabled(current is not None)

    def _undone(self, error: str | None) -> None:
        """An undo or redo of a meeting, a call or a ticked item: the panels re-read what it
        changed when the store says so; a step the database no longer allowed is said here."""
        if error:
            self._context.show_status(error, 8000)

    def _database_switched(self, path: Path | None) -> None:
        if path is None:
            return  # a database in memory stands in while a backup is restored
        if self.form is not None:
            self.form.done(QDialog.DialogCode.Rejected)  # its meeting is in the other file
        self.week_view.refresh()
