"""The posting editor: a job posting's fields, the people linked to it, its stage history, and
whom you know at its company, saved as one undoable step.

One editor at a time per window (window-modal); asking for another brings the open one forward.
Mistakes are shown beside their field and the dialog stays open with everything typed in it.
The save runs on the window's writer (``ui/shell/writes``); the editor closes once it is
written, and Ctrl+Z in the window takes the whole save back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import company_names
from netdesk.core.errors import FieldError, NetDeskError, ValidationError
from netdesk.core.postings import PostingInput, PostingRecord, read_posting, save_posting
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import PostingStage
from netdesk.models.errors import explain
from netdesk.models.store import store
from netdesk.ui import labels
from netdesk.ui.formatting import date_format, format_date
from netdesk.ui.postings.people import KnownThere, LinkedPeople, LinkedPerson
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import PendingWrite
from netdesk.ui.theme import secondary, section_header
from netdesk.ui.widgets import (
    ErrorLabel,
    OptionalDateEdit,
    form_row,
    from_qdate,
    name_clear_button,
    to_qdate,
)

MAX_TITLE = 300
"""As the core's limit: longer titles are refused beside the field."""


def checked_url(text: str) -> tuple[str, bool]:
    """(address, acceptable) for what was typed in the link field: empty is fine, a bare
    ``jobs.example.com/42`` gets ``https://``, and only web addresses are taken (no
    ``javascript:``, ``file:`` or ``mailto:``)."""
    text = text.strip()
    if not text:
        return "", True
    if "://" not in text and ":" not in text.split("/", 1)[0]:
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    ok = url.isValid() and url.scheme().lower() in {"http", "https"} and bool(url.host())
    return text, ok and " " not in text


class PostingEditor(QDialog):
    """Add a posting (``record`` None, fields from ``prefill``) or edit one."""

    def __init__(
        self,
        context: PanelContext,
        record: PostingRecord | None = None,
        prefill: PostingInput | None = None,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or context.dialog_parent)
        self.setObjectName("postingEditor")
        self._context = context
        self.record = record
        self._pending: PendingWrite | None = None
        self._saving = False
        start = prefill or PostingInput(company="", title="")
        if record is not None:
            self.setWindowTitle(
                self.tr("Posting: {title}").format(title=isolate_bidi(record.title))
            )
        else:
            self.setWindowTitle(self.tr("New posting"))

        self.notice = QLabel(notice, self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setObjectName("postingNotice")
        self.notice.setVisible(bool(notice))

        self.company = QLineEdit(self)
        self.company.setPlaceholderText(self.tr("The employer, e.g. Globex"))
        self._companies = QStringListModel(self)
        completer = QCompleter(self._companies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)
        self.company.textEdited.connect(
            lambda text: self._companies.setStringList(company_names(text, 20))
        )
        self.company_error = ErrorLabel(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("The job's title, as the posting says it"))
        self.title.setMaxLength(MAX_TITLE + 50)
        self.title_error = ErrorLabel(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://… (where the posting is)"))
        self.url_error = ErrorLabel(self)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("City, or Remote"))
        self.date_seen = QDateEdit(self)
        self.date_seen.setCalendarPopup(True)
        self.date_seen.setDisplayFormat(date_format())
        self.deadline = OptionalDateEdit(self.tr("Apply by"), self)
        self.deadline_error = ErrorLabel(self)
        self.stage = QComboBox(self)
        for stage in PostingStage:
            self.stage.addItem(labels.label(stage), stage)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            self.tr("What the job is about, why it suits you, whom to ask…")
        )
        self.notes.setTabChangesFocus(True)
        for edit in (self.company, self.title, self.url, self.location):
            name_clear_button(edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form_row(form, self.tr("&Company:"), self.company, self._with_error(self.company))
        form_row(form, self.tr("&Title:"), self.title, self._with_error(self.title))
        form_row(form, self.tr("&Link:"), self.url, self._with_error(self.url))
        form_row(form, self.tr("L&ocation:"), self.location)
        form_row(form, self.tr("&Seen on:"), self.date_seen)
        form_row(form, self.tr("&Deadline:"), self.deadline, self._with_error(self.deadline))
        form_row(form, self.tr("St&age:"), self.stage)
        form_row(form, self.tr("&Notes:"), self.notes)
        self.stage_hint = secondary(QLabel(self))
        self.stage_hint.setWordWrap(True)
        form.addRow("", self.stage_hint)

        self.people = LinkedPeople(self)
        self.known = KnownThere(self)
        self.known.person_chosen.connect(self._link_known)
        self.history = QTreeWidget(self)
        self.history.setColumnCount(2)
        self.history.setHeaderLabels([self.tr("Stage"), self.tr("Since")])
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.setMaximumHeight(110)

        side = QVBoxLayout()
        side.addWidget(self._group(self.tr("People linked to it"), self.people), 2)
        side.addWidget(self._group(self.tr("Who do I know there?"), self.known), 4)
        self.history_box = self._group(self.tr("History"), self.history)
        side.addWidget(self.history_box, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if record is None:
            self.save_button.setText(self.tr("&Add posting"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_notice = secondary(QLabel(self))
        self.form_error = ErrorLabel(self)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(section_header(self.tr("The posting"), self))
        left.addLayout(form, 1)
        columns.addLayout(left, 5)
        columns.addLayout(side, 4)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_notice, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(bottom)

        self.company.textChanged.connect(self._company_changed)
        self.title.textChanged.connect(lambda _t: self.title_error.show_message(None))
        self.url.textChanged.connect(lambda _t: self.url_error.show_message(None))
        self.stage.currentIndexChanged.connect(lambda _i: self._update_stage_hint())
        self._fill(record, start)
        self.resize(980, 640)

    def _with_error(self, field: QWidget) -> QWidget:
        errors = {
            self.company: self.company_error,
            self.title: self.title_error,
            self.url: self.url_error,
            self.deadline: self.deadline_error,
        }
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(errors[field])
        return box

    def _group(self, title: str, content: QWidget) -> QGroupBox:
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        column.addWidget(content)
        return group

    def _fill(self, record: PostingRecord | None, start: PostingInput) -> None:
        if record is not None:
            start = PostingInput(
                company=record.company,
                title=record.title,
                url=record.url,
                location=record.location,
                date_seen=record.date_seen,
                deadline=record.deadline,
                notes=record.notes,
                date_posted=record.date_posted,
                valid_through=record.valid_through,
                stage=record.stage,
            )
            self.people.set_people(
                [LinkedPerson(p.contact_id, p.role, p.display_name) for p in record.people]
            )
            for step in reversed(record.history):
                QTreeWidgetItem(self.history, [labels.label(step.stage), format_date(step.on)])
        self.history_box.setVisible(record is not None and bool(record.history))
        self._start = start
        self.company.setText(start.company)
        self.title.setText(start.title)
        self.url.setText(start.url)
        self.location.setText(start.location)
        self.date_seen.setDate(to_qdate(start.date_seen or date.today()))
        self.deadline.set_value(start.deadline, fallback=date.today())
        self.stage.setCurrentIndex(self.stage.findData(PostingStage(start.stage)))
        self.notes.setPlainText(start.notes)
        self._update_stage_hint()
        self.known.show_company(start.company, now=True)
        (self.title if start.company else self.company).setFocus()

    def _company_changed(self, text: str) -> None:
        self.company_error.show_message(None)
        self.known.show_company(text)

    def _update_stage_hint(self) -> None:
        stage = self.current_stage()
        if self.record is not None and stage is not self.record.stage:
            self.stage_hint.setText(
                self.tr("Saving moves it from {old} to {new}, dated today.").format(
                    old=labels.label(self.record.stage), new=labels.label(stage)
                )
            )
        else:
            self.stage_hint.setText("")
        self.stage_hint.setVisible(bool(self.stage_hint.text()))

    def _link_known(self, contact_id: int, name: str) -> None:
        self.people.picker.set_contact(contact_id, name)
        self.people.picker.setFocus()

    def current_stage(self) -> PostingStage:
        return PostingStage(self.stage.currentData())

    # The values ---------------------------------------------------------------------------------

    def value(self) -> PostingInput:
        """What the form holds (the link as it will be stored)."""
        url, _ok = checked_url(self.url.text())
        return PostingInput(
            company=" ".join(self.company.text().split()),
            title=" ".join(self.title.text().split()),
            url=url,
            location=" ".join(self.location.text().split()),
            date_seen=from_qdate(self.date_seen.date()),
            deadline=self.deadline.value(),
            notes=self.notes.toPlainText().strip(),
            date_posted=self._start.date_posted,
            valid_through=self._start.valid_through,
            stage=self.current_stage(),
        )

    def validate(self) -> bool:
        """Show what is wrong beside each field; True when nothing is."""
        data = self.value()
        problems: list[FieldError] = []
        if not data.company:
            problems.append(
                FieldError("company", self.tr("Whom is the job with? Type the company."))
            )
        if not data.title:
            problems.append(FieldError("title", self.tr("A posting needs a title.")))
        elif len(data.title) > MAX_TITLE:
            problems.append(
                FieldError(
                    "title",
                    self.tr("A title has at most {count} characters.").format(count=MAX_TITLE),
                )
            )
        if not checked_url(self.url.text())[1]:
            problems.append(
                FieldError(
                    "url",
                    self.tr("The link must be a web address starting with http:// or https://."),
                )
            )
        if (
            data.deadline is not None
            and data.date_posted is not None
            and data.deadline < data.date_posted
        ):
            problems.append(
                FieldError(
                    "deadline",
                    self.tr("The deadline is before the day it was posted ({day}).").format(
                        day=format_date(data.date_posted)
                    ),
                )
            )
        self.show_errors(problems)
        return not problems

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field (the first such field gets the focus); one without a
        field of its own under the form."""
        fields = {
            "company": (self.company, self.company_error),
            "title": (self.title, self.title_error),
            "url": (self.url, self.url_error),
            "deadline": (self.deadline, self.deadline_error),
        }
        for _field, label in fields.values():
            label.show_message(None)
        self.form_error.show_message(None)
        focused = False
        rest = []
        for error in errors:
            if error.field in fields:
                widget, label = fields[error.field]
                label.show_message(error.message)
                if not focused:
                    widget.setFocus()
                    focused = True
            else:
                rest.append(error.message)
        self.form_error.show_message("\n".join(rest) or None)

    # Saving --------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the posting on the window's writer (the editor closes once it is written);
        False when a field is wrong or a save is already under way."""
        if self._saving or not self.validate():
            return False
        data = self.value()
        people = [(p.contact_id, p.role) for p in self.people.people()]
        posting_id = self.record.id if self.record is not None else None
        context = self._context
        self._set_saving(True)

        def done(outcome: tuple[int, RowsChange]) -> None:
            _written_id, change = outcome
            title = isolate_bidi(data.title)
            text = (
                self.tr("Add posting “{title}”")
                if posting_id is None
                else self.tr("Edit posting “{title}”")
            ).format(title=title)
            context.undo_stack.push(ChangeCommand(change, text, said_after_undo(context)))
            context.show_status(
                (
                    self.tr("Posting “{title}” at {company} added.")
                    if posting_id is None
                    else self.tr("Posting “{title}” saved.")
                ).format(title=title, company=isolate_bidi(data.company)),
                5000,
            )
            if shiboken6.isValid(self):
                self._saving = False
                self.accept()

        def refused(error: BaseException) -> bool:
            if not shiboken6.isValid(self):
                return False
            self._set_saving(False)
            if isinstance(error, ValidationError):
                self.show_errors(error.errors)
                return True
            known = error if isinstance(error, NetDeskError) else explain(error, store.path)
            if known is None:
                return False
            self.show_errors([FieldError("", str(known))])
            return True

        self._pending = context.writer.write(
            lambda: save_posting(posting_id, data, people),
            done,
            failure=self.tr("The posting was not saved."),
            parent=self,
            refused=refused,
            given_up=lambda: self._set_saving(False),
            notice=self.save_notice.setText,
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_notice.setText(self.tr("Saving…") if saving else "")

    def reject(self) -> None:
        if self._saving and self._pending is not None:
            self._pending.cancel()  # gives up only while it waits for the lock
        super().reject()


def said_after_undo(context: PanelContext) -> Callable[[str | None], None]:
    """After an undo or redo of a save or an import: the views re-read by themselves; a step
    the database no longer allows is said."""

    def changed(error: str | None) -> None:
        if error:
            context.show_status(error, 8000)

    return changed


def _open_editor(context: PanelContext) -> PostingEditor | None:
    for child in context.dialog_parent.findChildren(PostingEditor):
        if child.isVisible():
            return child
    return None


def edit_posting(
    context: PanelContext,
    posting_id: int | None = None,
    prefill: PostingInput | None = None,
    notice: str = "",
    *,
    parent: QWidget | None = None,
) -> PostingEditor | None:
    """Open the posting editor (window-modal) on a posting, or on a new one (its fields from
    ``prefill``, ``notice`` above them saying where they came from; ``parent``: the dialog it
    is opened from). An editor already open is brought forward instead; a posting that is gone
    is said so."""
    open_editor = _open_editor(context)
    if open_editor is not None:
        open_editor.raise_()
        open_editor.activateWindow()
        return open_editor
    record = None
    if posting_id is not None:
        try:
            record = read_posting(posting_id)
        except NetDeskError:
            context.show_status(
                QCoreApplication.translate(
                    "PostingEditor", "That posting is no longer there (deleted in another window?)."
                ),
                8000,
            )
            return None
    editor = PostingEditor(context, record, prefill, notice, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.setWindowModality(Qt.WindowModality.WindowModal)
    editor.show()
    return editor
