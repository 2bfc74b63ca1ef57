"""The Compose dialog: a message written from a template for a contact, a task, a meeting or a
referral, edited, then copied or handed to the mail program, and logged once sent.

It reads what the templates can say (``core.compose.read_draft``) on a worker, starts with the
template that fits best and lists the others after it. The text stays editable; its length is
counted as LinkedIn counts an invitation note (300 characters: a warning says how far past it
is). Copy puts the message on the clipboard (the note of an invitation, a chat); Open in mail
program hands a ``mailto:`` link with the subject and the message to the desktop (a message too
long for a link is put on the clipboard whole as well). After either, Mark as sent logs it in
the recipient's history (an e-mail or a message, named after the template), dates the meeting's
thank-you note and ticks the task off when the message was that note or that task: one step on
the window's undo stack, written on its writer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.compose import (
    SENT_KINDS,
    ComposeFor,
    Draft,
    Person,
    SentMarks,
    address_of,
    fill,
    mark_sent_with_undo,
    offer,
    read_draft,
    recipients,
    sent_marks,
)
from netdesk.core.errors import NetDeskError
from netdesk.core.messages import (
    LINKEDIN_INVITATION_LIMIT,
    MailtoLink,
    Template,
    To,
    linkedin_count,
    mailto,
)
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import InteractionKind
from netdesk.ui import labels
from netdesk.ui.compose.saved import message_wording
from netdesk.ui.formatting import format_date
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import Writer
from netdesk.ui.theme import MARGIN, SPACING, secondary
from netdesk.ui.widgets import ErrorLabel

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


class ComposeDialog(QDialog):
    """See the module docstring. ``ready`` says the draft has been read and the message shown
    (or that it cannot be: the contact is gone); ``sent`` gives the interaction logged."""

    ready = Signal()
    sent = Signal(int)

    def __init__(
        self,
        request: ComposeFor,
        templates: list[Template],
        *,
        writer: Writer,
        my_name: str = "",
        template_id: str | None = None,
        show_status: Callable[[str, int], None] = lambda _text, _ms: None,
        after_undo: Callable[[str | None], None] = lambda _error: None,
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.request = request
        self._templates = templates
        self._writer = writer
        self._show_status = show_status
        self._after_undo = after_undo
        self._now = now
        self._wanted = template_id
        self.draft: Draft | None = None
        self._people: list[Person] = []
        self._used_as: InteractionKind | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Compose a message"))
        self.setWindowIcon(icon("compose"))
        self.setMinimumSize(560, 520)
        self._build()
        self._set_enabled(False)
        self.status.setText(self.tr("Reading what NetDesk knows…"))

        def work(_progress: Progress) -> Draft:
            translate = QCoreApplication.translate
            return read_draft(request, my_name=my_name, now=now(), translate=translate)

        run_task(work, self._read, owner=self)

    # Building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Template"))
        self.template_box.setAccessibleDescription(
            self.tr("The templates that fit come first; the message is written again from it")
        )
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.to_box = QComboBox()
        self.to_box.setAccessibleName(self.tr("To"))
        self.to_box.currentIndexChanged.connect(self._recipient_changed)
        self.address_label = secondary(QLabel())
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setWordWrap(True)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._count)
        self.missing_label = ErrorLabel()
        self.count_label = secondary(QLabel())
        self.count_label.setAccessibleName(self.tr("Characters for a LinkedIn invitation"))
        self.too_long = ErrorLabel()
        form = QFormLayout()
        form.setSpacing(SPACING)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template_box)
        form.addRow(template_label, self.template_box)
        to_label = QLabel(self.tr("T&o:"))
        to_label.setBuddy(self.to_box)
        to_row = QVBoxLayout()
        to_row.setSpacing(2)
        to_row.addWidget(self.to_box)
        to_row.addWidget(self.address_label)
        form.addRow(to_label, to_row)
        subject_label = QLabel(self.tr("S&ubject:"))
        subject_label.setBuddy(self.subject)
        form.addRow(subject_label, self.subject)

        self.copy_button = QPushButton(icon("copy"), self.tr("Cop&y"))
        self.copy_button.setAccessibleDescription(
            self.tr("Put the message on the clipboard, for a LinkedIn invitation or a chat")
        )
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(icon("email"), self.tr("Open in &mail program"))
        self.mail_button.setAccessibleDescription(
            self.tr("Start an e-mail with this subject and message in your mail program")
        )
        self.mail_button.clicked.connect(self.open_mail)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.mail_button)
        actions.addStretch(1)

        self.sent_kind = QComboBox()
        self.sent_kind.setAccessibleName(self.tr("Sent as"))
        for kind in SENT_KINDS:
            self.sent_kind.addItem(icon(kind.value), labels.label(kind), kind.value)
        self.thank_you_box = QCheckBox()
        self.task_box = QCheckBox()
        self.sent_button = QPushButton(icon("step-done"), self.tr("Mark as &sent"))
        self.sent_button.setAccessibleDescription(
            self.tr("Log it in the history, once it has gone out")
        )
        self.sent_button.clicked.connect(self.mark_sent)
        sent_label = QLabel(self.tr("Sent &as:"))
        sent_label.setBuddy(self.sent_kind)
        sent_row = QHBoxLayout()
        sent_row.addWidget(sent_label)
        sent_row.addWidget(self.sent_kind)
        sent_row.addStretch(1)
        sent_row.addWidget(self.sent_button)

        self.status = secondary(QLabel())
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        message_label = QLabel(self.tr("M&essage:"))
        message_label.setBuddy(self.body)
        layout.addWidget(message_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.too_long)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addSpacing(SPACING)
        layout.addLayout(sent_row)
        layout.addWidget(self.thank_you_box)
        layout.addWidget(self.task_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.thank_you_box.hide()
        self.task_box.hide()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.template_box,
            self.to_box,
            self.subject,
            self.body,
            self.copy_button,
            self.mail_button,
        ):
            widget.setEnabled(enabled)
        self._update_sent()

    # Reading -------------------------------------------------------------------------------------

    def is_ready(self) -> bool:
        return self.draft is not None or self.error.isVisibleTo(self)

    def _read(self, draft: Draft | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, NetDeskError):
                raise error
            self.status.setText("")
            self.error.show_message(
                self.tr("This message cannot be written: {reason}").format(reason=str(error))
            )
            self.ready.emit()
            return
        assert draft is not None
        self.draft = draft
        self.status.setText("")
        fitting, others = offer(draft, self._templates)
        self._filling = True
        try:
            for template in fitting:
                self.template_box.addItem(icon("template"), template.name, template.id)
            if fitting and others:
                self.template_box.insertSeparator(self.template_box.count())
            for template in others:
                self.template_box.addItem(template.name, template.id)
            wanted = self.template_box.findData(self._wanted) if self._wanted else -1
            self.template_box.setCurrentIndex(wanted if wanted >= 0 else 0)
        finally:
            self._filling = False
        self._set_enabled(True)
        self._template_changed()
        self.body.setFocus()
        self.ready.emit()

    # The message ---------------------------------------------------------------------------------

    def template(self) -> Template | None:
        template_id = self.template_box.currentData()
        return next((t for t in self._templates if t.id == template_id), None)

    def person(self) -> Person | None:
        """Whom the message goes to (and whose history it is logged in)."""
        index = self.to_box.currentIndex()
        return self._people[index] if 0 <= index < len(self._people) else None

    def _template_changed(self) -> None:
        template, draft = self.template(), self.draft
        if self._filling or template is None or draft is None:
            return
        self._filling = True
        try:
            self._people = recipients(draft, template)
            self.to_box.clear()
            for person in self._people:
                self.to_box.addItem(person.name)
            if not self._people:
                nobody = self.tr("Nobody: no one referred {name}")
                self.to_box.addItem(nobody.format(name=isolate_bidi(draft.contact.name)))
            self.to_box.setEnabled(len(self._people) > 1)
        finally:
            self._filling = False
        name = isolate_bidi(draft.contact.name)
        self.heading.setText(
            {
                "meeting": self.tr("About your meeting with {name}"),
                "task": self.tr("About a task for {name}"),
                "referral": self.tr("To someone referred: {name}"),
            }.get(draft.fit.value, self.tr("To {name}")).format(name=name)
        )
        self._recipient_changed()

    def _recipient_changed(self) -> None:
        template, draft = self.template(), self.draft
        if self._filling or template is None or draft is None:
            return
        person = self.person()
        message = fill(draft, template, message_wording(), person)
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)
        address = address_of(draft, person)
        if person is None:
            self.address_label.setText("")
        elif address:
            self.address_label.setText(address)
        else:
            self.address_label.setText(
                self.tr("No e-mail address: your mail program will ask whom to send it to.")
            )
        if message.missing:
            names = ", ".join(f"{{{n}}}" for n in message.missing)
            self.missing_label.show_message(
                self.tr(
                    "NetDesk knows nothing for {names} here: fill in the gap before sending."
                ).format(names=names)
            )
        else:
            self.missing_label.show_message(None)
        self._used_as = None
        self.error.show_message(None)
        self._show_marks()
        self._update_sent()

    def _count(self) -> None:
        count = linkedin_count(self.body.toPlainText())
        self.count_label.setText(
            self.tr("{count} of {limit} characters of a LinkedIn invitation").format(
                count=count.count, limit=LINKEDIN_INVITATION_LIMIT
            )
        )
        if count.fits:
            self.too_long.show_message(None)
        else:
            self.too_long.show_message(
                self.tr(
                    "Too long for a LinkedIn invitation by %Ln characters: shorten it, or "
                    "send it as an e-mail or a message.",
                    "",
                    -count.remaining,
                )
            )

    def counted(self) -> int:
        """The message's length as LinkedIn counts it."""
        return linkedin_count(self.body.toPlainText()).count

    # Copy, mail, sent ----------------------------------------------------------------------------

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self._used(InteractionKind.MESSAGE)
        self.status.setText(self.tr("The message is on the clipboard."))

    def _link(self) -> MailtoLink:
        address = address_of(self.draft, self.person()) if self.draft is not None else None
        return mailto([address] if address else [], self.subject.text(), self.body.toPlainText())

    def mail_url(self) -> QUrl:
        """The ``mailto:`` link to the recipient's first usable address with the subject and
        the message as they are now (shortened when a link cannot carry it all)."""
        return QUrl.fromEncoded(self._link().url.encode("ascii"))

    def open_mail(self) -> bool:
        """Hand the message to the mail program; False when no program takes mailto links."""
        link = self._link()
        if link.truncated or not link.fits:
            QGuiApplication.clipboard().setText(self.body.toPlainText())
        if not QDesktopServices.openUrl(QUrl.fromEncoded(link.url.encode("ascii"))):
            self.status.setText(self.tr("No program on this computer opens mailto links."))
            return False
        self._used(InteractionKind.EMAIL)
        self.status.setText(
            self.tr("The message is too long for a mail link: paste it from the clipboard.")
            if link.truncated or not link.fits
            else self.tr("The message is in your mail program.")
        )
        return True

    def _used(self, kind: InteractionKind) -> None:
        self._used_as = kind
        self.sent_kind.setCurrentIndex(self.sent_kind.findData(kind.value))
        self._update_sent()

    def marks(self) -> SentMarks:
        template, draft = self.template(), self.draft
        if template is None or draft is None:
            return SentMarks()
        return sent_marks(draft, template, self.person())

    def _show_marks(self) -> None:
        marks = self.marks()
        meeting, task = marks.thank_you_meeting, marks.task
        if meeting is not None:
            self.thank_you_box.setText(
                self.tr("The thank-you note for the meeting of {day} is sent").format(
                    day=format_date(meeting.day)
                )
            )
        if task is not None:
            self.task_box.setText(
                self.tr("Tick off the task “{title}”").format(title=isolate_bidi(task.title))
            )
        for box, shown in ((self.thank_you_box, meeting), (self.task_box, task)):
            box.setChecked(shown is not None)
            box.setVisible(shown is not None)

    def _update_sent(self) -> None:
        can = self._used_as is not None and self.person() is not None and self.draft is not None
        for widget in (self.sent_kind, self.sent_button, self.thank_you_box, self.task_box):
            widget.setEnabled(can)
        if self._used_as is None:
            self.sent_button.setToolTip(self.tr("Copy it or open it in your mail program first"))
        else:
            self.sent_button.setToolTip("")

    def _next_or_done(self, template: Template) -> None:
        """Close, or for a note along the chain, go on to the next person up it."""
        following = self.to_box.currentIndex() + 1
        if template.to is not To.CHAIN or following >= len(self._people):
            self.accept()
            return
        self.to_box.setCurrentIndex(following)  # written again, for them
        self.status.setText(
            self.tr("Logged. Next along the chain: {name}").format(
                name=isolate_bidi(self._people[following].name)
            )
        )

    def _given_up(self) -> None:
        if shiboken6.isValid(self):
            self._update_sent()

    def mark_sent(self) -> bool:
        """Log the message as sent to the recipient (one undo step); False when it cannot be
        yet (nothing copied or opened, nobody to log it for)."""
        template, person = self.template(), self.person()
        if self._used_as is None or template is None or person is None:
            return False
        marks = self.marks()
        meeting = marks.thank_you_meeting if self.thank_you_box.isChecked() else None
        task = marks.task if self.task_box.isChecked() else None
        kind = InteractionKind(str(self.sent_kind.currentData()))
        note, when = template.name, self._now().replace(second=0, microsecond=0)
        meeting_id = meeting.meeting_id if meeting is not None else None
        task_id = task.task_id if task is not None else None
        text = self.tr("Log “{name}” as sent").format(name=template.name)
        after_undo = self._after_undo

        def work() -> tuple[int, RowsChange]:
            return mark_sent_with_undo(
                person.contact_id, kind, note, when, thank_you_meeting=meeting_id, task_id=task_id
            )

        def done(outcome: tuple[int, RowsChange]) -> None:
            new_id, change = outcome
            self._writer.undo_stack.push(ChangeCommand(change, text, after_undo))
            self._show_status(
                self.tr("Logged in the history of {name}").format(name=isolate_bidi(person.name)),
                5000,
            )
            if shiboken6.isValid(self):
                self.sent.emit(new_id)
                self._next_or_done(template)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError) or not shiboken6.isValid(self):
                return False
            self.error.show_message(str(error))
            self._update_sent()
            return True

        self.sent_button.setEnabled(False)
        self._writer.write(
            work,
            done,
            failure=self.tr("It was not logged."),
            parent=self,
            refused=refused,
            given_up=self._given_up,
        )
        return True
