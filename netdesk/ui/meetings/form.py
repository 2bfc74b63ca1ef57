"""The meeting form: plan a networking meeting, keep it short, and record what came of it.

The form makes the right thing the easy thing: the agenda starts from the user's template (which
ends by asking for two names), the planned length is 15 minutes, a countdown keeps the time
boundary, the thank-you note is due two days later and the names obtained become referrals.
Saving goes through :mod:`netdesk.core.meetings` on the window's writer (``ui/writes``); an
error is shown beside its field and the dialog stays open with everything typed in it, also
while it waits for another program to finish writing. A meeting whose outcome, length or names
are filled in has happened: its When is never left in the future (the countdown sets it to when
it started).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.contacts import display_names
from netdesk.core.errors import FieldError, NetDeskError, ValidationError
from netdesk.core.meeting_undo import MeetingChange, delete_with_undo
from netdesk.core.meetings import (
    DEFAULT_PLANNED_MINUTES,
    MeetingData,
    SaveResult,
    confirmations,
    default_thank_you_due,
    held_start,
    load_meeting,
    minutes_between,
    validate,
)
from netdesk.core.posting_links import Change, meeting_posting, save_meeting_for_posting
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import MeetingKind
from netdesk.ui import labels
from netdesk.ui.formatting import date_time_format
from netdesk.ui.icons import icon
from netdesk.ui.meetings.attendees import AttendeeList
from netdesk.ui.meetings.countdown import MeetingCountdown
from netdesk.ui.meetings.form_parts import (
    AGENDA_TEMPLATE_KEY,
    ReferralList,
    agenda_template,
    from_qdatetime,
    next_quarter_hour,
    to_qdatetime,
)
from netdesk.ui.meetings.interview_country import InterviewCountry
from netdesk.ui.meetings.referral_row import ReferralRow
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import PendingWrite, Writer
from netdesk.ui.widgets import ContactPicker, ErrorLabel, OptionalDateEdit, confirm, form_row

__all__ = ["AGENDA_TEMPLATE_KEY", "MeetingForm", "agenda_template"]

FOLLOW_UP_DAYS = 14


class MeetingForm(QDialog):
    """Create or edit one meeting with ``contact_id``; emits ``meeting_saved(id)`` on save."""

    meeting_saved = Signal(int)
    meeting_deleted = Signal(int)

    def __init__(
        self,
        contact_id: int | None,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        now: Callable[[], datetime] = datetime.now,
        clock: Callable[[], float] = time.monotonic,
        writer: Writer | None = None,
        after_undo: Callable[[str | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._meeting_id = meeting_id
        self._writer = writer if writer is not None else Writer(self)
        self._pending: PendingWrite | None = None
        self._after_undo = after_undo or (lambda _error: None)
        self._settings = settings or QSettings()
        self._now = now
        self._clock = clock
        self._errors: dict[str, ErrorLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._thank_you_follows_start = True
        self._negative_end: int | None = None
        self.setWindowTitle(self.tr("Meeting"))
        self.setWindowIcon(icon("meeting"))
        self._build()
        if meeting_id is None:
            self._start_new(contact_id)
            self._thank_you_follows_start = True
        else:
            self.set_data(load_meeting(meeting_id))
            self.interview.set_posting(meeting_posting(meeting_id))
            self._thank_you_follows_start = self.thank_you_due.value() == self._default_thank_you()
        self._update_title()
        self.delete_button.setVisible(meeting_id is not None)
        self._initial = self.data()
        self._initial_posting = self.interview.posting_id()

    # Building ------------------------------------------------------------------------------------

    def _error_for(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its error label under it, registered under the core's field name."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel()
        layout.addWidget(label)
        self._errors[name] = label
        self._fields[name] = widget
        return box

    def _build(self) -> None:
        self.contact = ContactPicker()
        self.contact.setPlaceholderText(self.tr("Who are you meeting?"))
        self.contact.contact_changed.connect(self._update_title)
        self.attendees = AttendeeList()
        self.contact.contact_changed.connect(
            lambda: self.attendees.set_first(self.contact.contact_id())
        )
        self.attendees.attendees_changed.connect(self._update_givers)
        self.starts_at = QDateTimeEdit(calendarPopup=True)
        self.starts_at.setDisplayFormat(date_time_format())
        self.starts_at.dateTimeChanged.connect(self._start_changed)
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(labels.label(kind), kind.value)
        self.kind_hint = QLabel(wordWrap=True)
        self.kind_hint.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.purpose = QLineEdit(placeholderText=self.tr("What you want to learn from them"))
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMinimumHeight(110)
        template_button = QToolButton()
        template_button.setIcon(icon("template"))
        template_button.setToolTip(self.tr("Agenda template"))
        template_button.setAccessibleName(self.tr("Template"))
        template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(template_button)
        self.action_reset_agenda = menu.addAction(self.tr("Replace with the template"))
        self.action_reset_agenda.triggered.connect(self._reset_agenda)
        self.action_save_template = menu.addAction(self.tr("Save this agenda as the template"))
        self.action_save_template.triggered.connect(self._save_template)
        template_button.setMenu(menu)
        agenda_row = QWidget()
        agenda_layout = QHBoxLayout(agenda_row)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addWidget(template_button, 0, Qt.AlignmentFlag.AlignTop)
        self.planned_minutes = QSpinBox(minimum=1, maximum=600, suffix=self.tr(" min"))
        self.planned_minutes.setValue(DEFAULT_PLANNED_MINUTES)
        self.planned_minutes.valueChanged.connect(self._tick)

        before = QGroupBox(self.tr("Plan"))
        plan = QFormLayout(before)
        form_row(plan, self.tr("&With:"), self.contact, self._error_for("contact", self.contact))
        form_row(plan, self.tr("Also wi&th:"), self.attendees.picker, self.attendees)
        when = self._error_for("starts_at", self.starts_at)
        form_row(plan, self.tr("&When:"), self.starts_at, when)
        kind_box = QWidget()
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.kind)
        kind_layout.addWidget(self.kind_hint)
        form_row(plan, self.tr("&Kind:"), self.kind, kind_box)
        plan.addRow(self.tr("&Purpose:"), self.purpose)
        form_row(plan, self.tr("&Agenda:"), self.agenda, agenda_row)
        planned = self._error_for("planned_minutes", self.planned_minutes)
        form_row(plan, self.tr("P&lanned length:"), self.planned_minutes, planned)
        self.countdown = MeetingCountdown(lambda: self.planned_minutes.value() * 60, self._clock)
        self.countdown.button.clicked.connect(self.toggle_countdown)
        self.countdown_button = self.countdown.button
        self.countdown_label = self.countdown.label
        self.countdown_hint = self.countdown.hint
        plan.addRow(self.tr("Countdown:"), self.countdown)

        self.actual_minutes = QSpinBox(minimum=-1, maximum=600, suffix=self.tr(" min"))
        self.actual_minutes.setSpecialValueText(self.tr("Not recorded"))
        self.actual_minutes.setValue(-1)
        self.actual_minutes.valueChanged.connect(self._actual_changed)
        self.ends_at = QTimeEdit()
        self.ends_at.setDisplayFormat("HH:mm")
        self.ends_at.setToolTip(self.tr("When the meeting ended; sets the actual length"))
        self.ends_at.timeChanged.connect(self._end_changed)
        actual_row = QWidget()
        actual_layout = QHBoxLayout(actual_row)
        actual_layout.setContentsMargins(0, 0, 0, 0)
        actual_layout.addWidget(self.actual_minutes, 1)
        ended = QLabel(self.tr("ended at"))
        ended.setBuddy(self.ends_at)
        actual_layout.addWidget(ended)
        actual_layout.addWidget(self.ends_at)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.help_information = QCheckBox(self.tr("Information"))
        self.help_contacts = QCheckBox(self.tr("Contacts"))
        self.help_connections = QCheckBox(self.tr("Connections"))
        self.help_referrals = QCheckBox(self.tr("Referrals"))
        helps = QWidget()
        help_layout = QHBoxLayout(helps)
        help_layout.setContentsMargins(0, 0, 0, 0)
        for box in (
            self.help_information,
            self.help_contacts,
            self.help_connections,
            self.help_referrals,
        ):
            help_layout.addWidget(box)
        help_layout.addStretch(1)
        self.outcome = QLineEdit(placeholderText=self.tr("What came of it, in a line"))
        self.thank_you_due = OptionalDateEdit(self.tr("Due"))
        self.thank_you_due.changed.connect(self._thank_you_edited)
        self.thank_you_sent = OptionalDateEdit(self.tr("Sent"))
        thank_you = QWidget()
        thank_layout = QHBoxLayout(thank_you)
        thank_layout.setContentsMargins(0, 0, 0, 0)
        thank_layout.addWidget(self._error_for("thank_you_due", self.thank_you_due), 1)
        thank_layout.addWidget(self._error_for("thank_you_sent", self.thank_you_sent), 1)
        self.follow_up = OptionalDateEdit(self.tr("Follow up on"))

        after = QGroupBox(self.tr("Afterwards"))
        result = QFormLayout(after)
        actual = self._error_for("actual_minutes", actual_row)
        form_row(result, self.tr("A&ctual length:"), self.actual_minutes, actual)
        self._fields["actual_minutes"] = self.actual_minutes
        result.addRow(self.tr("&Notes:"), self.notes)
        result.addRow(self.tr("Help received:"), helps)
        result.addRow(self.tr("&Outcome:"), self.outcome)
        result.addRow(self.tr("Thank-you note:"), thank_you)
        result.addRow(self.tr("Follow-up:"), self._error_for("follow_up", self.follow_up))
        self.interview = InterviewCountry()
        self.contact.contact_changed.connect(
            lambda: self.interview.set_contact(self.contact.contact_id())
        )
        result.addRow(self.tr("Job:"), self.interview)

        self.referrals = ReferralList()
        self.add_referral_button = self.referrals.add_button
        self.add_referral_button.clicked.connect(lambda: self.add_referral().person.setFocus())
        self.referrals_hint = self.referrals.hint

        columns = QHBoxLayout()
        columns.addWidget(before, 1)
        columns.addWidget(after, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(columns)
        content_layout.addWidget(self.referrals)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete meeting"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setIcon(icon("delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.rejected.connect(self.reject)
        self.general_error = ErrorLabel()
        self.save_notice = QLabel()
        self.save_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.save_notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.save_notice)
        layout.addWidget(self.buttons)
        save_anywhere = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_anywhere.activated.connect(self.save)
        self.resize(1040, 720)

    # Data in and out -----------------------------------------------------------------------------

    def _start_new(self, contact_id: int | None) -> None:
        now = self._now()
        self.set_data(
            MeetingData(
                contact_id=contact_id,
                starts_at=next_quarter_hour(now),
                agenda=agenda_template(self._settings),
                thank_you_due=default_thank_you_due(next_quarter_hour(now)),
            )
        )
        if contact_id is not None:
            self.purpose.setFocus()

    def set_data(self, data: MeetingData) -> None:
        self.contact.set_contact(data.contact_id)
        self.attendees.set_others(data.other_attendees)
        self.interview.set_contact(data.contact_id)
        if data.starts_at is not None:
            self.starts_at.setDateTime(to_qdatetime(data.starts_at))
        self.kind.setCurrentIndex(max(0, self.kind.findData(MeetingKind(data.kind).value)))
        self._kind_changed()
        self.purpose.setText(data.purpose)
        self.agenda.setPlainText(data.agenda)
        self.planned_minutes.setValue(data.planned_minutes)
        self.actual_minutes.setValue(-1 if data.actual_minutes is None else data.actual_minutes)
        self._sync_end_time()
        self.notes.setPlainText(data.notes)
        self.outcome.setText(data.outcome)
        self.help_information.setChecked(data.help_information)
        self.help_contacts.setChecked(data.help_contacts)
        self.help_connections.setChecked(data.help_connections)
        self.help_referrals.setChecked(data.help_referrals)
        start_day = data.starts_at.date() if data.starts_at else date.today()
        self.thank_you_due.set_value(data.thank_you_due, self._default_thank_you())
        self.thank_you_sent.set_value(data.thank_you_sent, max(start_day, date.today()))
        self.follow_up.set_value(data.follow_up, start_day + timedelta(days=FOLLOW_UP_DAYS))
        for row in list(self._referral_rows):
            self._remove_referral(row)
        for entry in data.referrals:
            self.add_referral().set_entry(entry)

    def data(self) -> MeetingData:
        """What the form holds now, exactly as typed (including mistakes, for validation)."""
        actual: int | None = self.actual_minutes.value()
        if self._negative_end is not None:
            actual = self._negative_end
        elif actual == -1:
            actual = None
        return MeetingData(
            contact_id=self.contact.contact_id(),
            starts_at=from_qdatetime(self.starts_at.dateTime()),
            kind=MeetingKind(self.kind.currentData()),
            purpose=self.purpose.text(),
            agenda=self.agenda.toPlainText(),
            planned_minutes=self.planned_minutes.value(),
            actual_minutes=actual,
            notes=self.notes.toPlainText(),
            outcome=self.outcome.text(),
            help_information=self.help_information.isChecked(),
            help_contacts=self.help_contacts.isChecked(),
            help_connections=self.help_connections.isChecked(),
            help_referrals=self.help_referrals.isChecked(),
            thank_you_due=self.thank_you_due.value(),
            thank_you_sent=self.thank_you_sent.value(),
            follow_up=self.follow_up.value(),
            referrals=[row.entry() for row in self._referral_rows if not self._blank(row)],
            other_attendees=self.attendees.others(),
        )

    @staticmethod
    def _blank(row: ReferralRow) -> bool:
        entry = row.entry()
        return entry.contact_id is None and not entry.name and not entry.reason.strip()

    def meeting_id(self) -> int | None:
        return self._meeting_id

    # Referrals -----------------------------------------------------------------------------------

    @property
    def _referral_rows(self) -> list[ReferralRow]:
        return self.referrals.rows

    def add_referral(self) -> ReferralRow:
        return self.referrals.add(self.contact.contact_id())

    def referral_rows(self) -> list[ReferralRow]:
        return list(self._referral_rows)

    def _remove_referral(self, row: ReferralRow) -> None:
        self.referrals.remove(row)

    def _update_givers(self) -> None:
        """Each name obtained can be given by any attendee: the contact first, then the others."""
        first = self.contact.contact_id()
        people = [] if first is None else [(first, self.contact.text())]
        people += zip(self.attendees.others(), self.attendees.names(), strict=True)
        self.referrals.set_givers(people)

    # Reactions -----------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = MeetingKind(self.kind.currentData())
        self.kind_hint.setText(labels.meeting_kind_hint(kind))

    def _default_thank_you(self) -> date:
        return default_thank_you_due(from_qdatetime(self.starts_at.dateTime()))

    def _start_changed(self) -> None:
        if self._thank_you_follows_start and self.thank_you_due.value() is not None:
            self.thank_you_due.changed.disconnect(self._thank_you_edited)
            self.thank_you_due.set_value(self._default_thank_you())
            self.thank_you_due.changed.connect(self._thank_you_edited)
        self._sync_end_time()

    def _thank_you_edited(self) -> None:
        self._thank_you_follows_start = False

    def _actual_changed(self) -> None:
        self._negative_end = None
        self._sync_end_time()

    def _sync_end_time(self) -> None:
        start = from_qdatetime(self.starts_at.dateTime())
        minutes = self.actual_minutes.value()
        if minutes < 0:
            minutes = self.planned_minutes.value()
        end = start + timedelta(minutes=minutes)
        self.ends_at.blockSignals(True)
        self.ends_at.setTime(QTime(end.hour, end.minute))
        self.ends_at.blockSignals(False)

    def _end_changed(self, value: QTime) -> None:
        start = from_qdatetime(self.starts_at.dateTime())
        end = start.replace(hour=value.hour(), minute=value.minute())
        minutes = minutes_between(start, end)
        if minutes < 0:
            self._negative_end = minutes
            self._errors["actual_minutes"].show_message(
                self.tr("The meeting cannot end before it starts.")
            )
            return
        self.actual_minutes.blockSignals(True)
        self.actual_minutes.setValue(minutes)
        self.actual_minutes.blockSignals(False)
        self._negative_end = None
        self._errors["actual_minutes"].show_message(None)

    def _update_title(self) -> None:
        contact_id = self.contact.contact_id()
        name = display_names([contact_id]).get(contact_id, "") if contact_id else ""
        if self._meeting_id is None:
            title = self.tr("New meeting with {name}") if name else self.tr("New meeting")
        else:
            title = self.tr("Meeting with {name}") if name else self.tr("Meeting")
        self.setWindowTitle(title.format(name=isolate_bidi(name)))
        for row in self._referral_rows:
            row.person.exclude = contact_id

    def _reset_agenda(self) -> None:
        self.agenda.setPlainText(agenda_template(self._settings))

    def _save_template(self) -> None:
        self._settings.setValue(AGENDA_TEMPLATE_KEY, self.agenda.toPlainText())

    # Countdown -----------------------------------------------------------------------------------

    def toggle_countdown(self) -> None:
        elapsed = self.countdown.toggle()
        if elapsed is None:
            started = self._now().replace(second=0, microsecond=0)
            if from_qdatetime(self.starts_at.dateTime()) > started:
                self.starts_at.setDateTime(to_qdatetime(started))  # it is starting now
        else:
            self.actual_minutes.setValue(max(1, math.ceil(elapsed / 60)))

    def _tick(self) -> None:
        self.countdown.update_label()

    def countdown_text(self) -> str:
        return self.countdown.text()

    # Saving --------------------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.show_message(None)
        for row in self._referral_rows:
            row.error.show_message(None)
        self.general_error.show_message(None)
        self.interview.show_error(None)

    def _show_errors(self, errors: list[FieldError]) -> None:
        rows = [row for row in self._referral_rows if not self._blank(row)]
        first: QWidget | None = None
        for error in errors:
            if error.field.startswith("referrals."):
                row = rows[int(error.field.split(".")[1])]
                row.error.show_message(error.message)
                first = first or row.person
            elif error.field in self._errors:
                self._errors[error.field].show_message(error.message)
                first = first or self._fields[error.field]
            else:
                self.general_error.show_message(error.message)
        if first is not None:
            first.setFocus()

    def confirm(self, questions: list[FieldError]) -> bool:
        """Ask whether to save despite ``questions`` (replaced in tests)."""
        text = "\n\n".join(q.message for q in questions)
        return confirm(
            self,
            self.tr("Save this meeting?"),
            text + "\n\n" + self.tr("Save it anyway?"),
            self.tr("&Save anyway"),
            self.tr("&Go back and change it"),
            destructive=False,
        )

    def save(self) -> bool:
        """Validate and save on the writer's worker; on any problem, say where and keep the
        dialog open and filled in.

        False when something must be fixed or confirmed first; True when the save is on its way
        (the dialog closes once it is written, see :attr:`saving`).
        """
        if self.saving:
            return False
        self._clear_errors()
        now = self._now()
        data = self.data()
        if self.interview.missing_choice():
            self.interview.show_error(self.tr("Choose the posting from the list, or untick it."))
            return False
        posting_id = self.interview.posting_id()
        errors = validate(data)
        if errors:
            self._show_errors(errors)
            return False
        questions = confirmations(data, now.date())
        if questions and not self.confirm(questions):
            self._show_errors(questions)
            return False
        start = held_start(data, now)
        if start != data.starts_at and start is not None:
            # It has happened (its outcome is here), so it did not start in the future.
            self.starts_at.setDateTime(to_qdatetime(start))
            data = replace(data, starts_at=start)
        meeting_id = self._meeting_id
        text = self.tr("Save meeting") if meeting_id else self.tr("Add meeting")

        def work() -> tuple[SaveResult, Change]:
            return save_meeting_for_posting(data, meeting_id, posting_id, now=now)

        def done(outcome: tuple[SaveResult, Change]) -> None:
            result, change = outcome
            self._writer.undo_stack.push(ChangeCommand(change, text, self._after_undo))
            if not shiboken6.isValid(self):
                return
            self._set_saving(False)
            self._meeting_id = result.meeting_id
            self._initial_posting = posting_id
            self.countdown.stop()
            self.meeting_saved.emit(result.meeting_id)
            self.accept()

        self._write(work, done, self.tr("The meeting was not saved."))
        return True

    @property
    def saving(self) -> bool:
        """True while a save or delete goes on in the background."""
        return self._pending is not None

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None], failure: str) -> None:
        self._set_saving(True)
        self._pending = self._writer.write(
            work,
            done,
            failure=failure,
            parent=self,
            refused=self._refused,
            given_up=lambda: self._set_saving(False),
            notice=self._show_notice,
        )

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self._show_errors(error.errors)
        elif isinstance(error, NetDeskError):
            self.general_error.show_message(str(error))
        else:
            return False
        self._set_saving(False)
        return True

    def _set_saving(self, saving: bool) -> None:
        if not saving:
            self._pending = None
        self.save_button.setEnabled(not saving)
        self.delete_button.setEnabled(not saving)
        self._show_notice(self.tr("Saving…") if saving else "")

    def _show_notice(self, text: str) -> None:
        self.save_notice.setText(text)
        self.save_notice.setVisible(bool(text))

    def confirm_delete(self) -> bool:
        """Ask before deleting the meeting (replaced in tests)."""
        return confirm(
            self,
            self.tr("Delete this meeting?"),
            self.tr(
                "The meeting and its thank-you and follow-up tasks are deleted. "
                "The people they referred you to stay in your contacts."
            ),
            self.tr("&Delete this meeting"),
            self.tr("&Keep it"),
        )

    def delete(self) -> bool:
        """Delete the meeting on the writer's worker (True once on its way)."""
        meeting_id = self._meeting_id
        if meeting_id is None or self.saving or not self.confirm_delete():
            return False
        text = self.tr("Delete meeting")

        def done(change: MeetingChange) -> None:
            self._writer.undo_stack.push(ChangeCommand(change, text, self._after_undo))
            if not shiboken6.isValid(self):
                return
            self._set_saving(False)
            self.countdown.stop()
            self.meeting_deleted.emit(meeting_id)
            QDialog.reject(self)

        failure = self.tr("The meeting was not deleted.")
        self._write(lambda: delete_with_undo(meeting_id), done, failure)
        return True

    def is_modified(self) -> bool:
        return self.data() != self._initial or self.interview.posting_id() != self._initial_posting

    def reject(self) -> None:
        if self._pending is not None:  # stop waiting for the database; what was typed stays
            self._pending.cancel()
            return
        if self.is_modified() and not self._confirm_discard():
            return
        self.countdown.stop()
        super().reject()

    def _confirm_discard(self) -> bool:
        return confirm(
            self,
            self.tr("Discard this meeting?"),
            self.tr("You have changed this meeting. Close without saving?"),
            self.tr("&Discard the changes"),
            self.tr("&Keep editing"),
        )
