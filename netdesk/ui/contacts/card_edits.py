"""What the contact card edits in place: the next step and its day, the follow-up day, tags,
notes, and (through its chips) status and warm or cold.

Each edit changes only its own field of the contact as the database holds it now (another
window's change to other fields is kept), runs on the window's writer and is one undo step,
like a save in the editor. A field being typed in is never overwritten by a re-read: it is saved
when it is left (a date shortly after it last changed), and then shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.card import CardData, edit_fields, finish_next_step, set_next_step
from netdesk.core.errors import NetDeskError
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.records import ContactData
from netdesk.ui.contacts.card_parts import secondary, section
from netdesk.ui.formatting import date_format
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.undo import ChangeCommand, EditContactCommand
from netdesk.ui.widgets import OptionalDateEdit, from_qdate, name_clear_button, to_qdate

DATE_SAVE_MS = 800
"""A date is saved this long after it last changed (typing a day is several changes)."""
STEP_DAYS = 7
"""A new next step is due this many days from today unless a follow-up day is set."""
FIELDS = ("step", "step_due", "next_follow_up", "tags", "notes")


class NotesEdit(QPlainTextEdit):
    """Notes that wrap, grow with their text up to a point, and say when they lose the focus."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(3, min(14, int(self.document().size().height()) + 1))
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 10
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class CardEdits(QWidget):
    """The card's editable part; ``card()`` is the contact shown, ``show_card`` fills it."""

    failed = Signal(str)
    """A change was refused (the message says why); the card reads the contact again."""
    reload_requested = Signal()
    """What is shown may no longer be what is stored (a change was not saved)."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._card: CardData | None = None
        self._shown: dict[str, object] = {}
        self._filling = False

        self.step_edit = QLineEdit()
        self.step_edit.setPlaceholderText(self.tr("What to do next, e.g. call about the team"))
        name_clear_button(self.step_edit)
        self.step_edit.setAccessibleName(self.tr("Next step"))
        self.step_edit.setAccessibleDescription(
            self.tr("Saved when you press Enter or leave the field; empty removes the step")
        )
        self.step_edit.editingFinished.connect(self._save_step)
        self.step_edit.textChanged.connect(self._step_typed)
        self.step_due = QDateEdit()
        self.step_due.setCalendarPopup(True)
        self.step_due.setDisplayFormat(date_format())
        self.step_due.setAccessibleName(self.tr("Next step due"))
        self.step_due.dateChanged.connect(self._date_edited)
        self.step_done_button = QToolButton()
        self.step_done_button.setIcon(icon("step-done"))
        self.step_done_button.setText(self.tr("Done"))
        self.step_done_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.step_done_button.setAccessibleName(self.tr("Next step done"))
        self.step_done_button.setAccessibleDescription(
            self.tr("Ticks the step off and counts the contact as contacted")
        )
        self.step_done_button.clicked.connect(self.finish_step)
        self.follow_up = OptionalDateEdit(self.tr("Follow up on"))
        self.follow_up.check.setAccessibleName(self.tr("Follow up"))
        self.follow_up.check.setAccessibleDescription(
            self.tr("Whether this contact has a day to follow up on")
        )
        self.follow_up.edit.setAccessibleName(self.tr("Follow-up day"))
        self.follow_up.changed.connect(self._date_edited)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setAccessibleDescription(self.tr("Separated by commas"))
        self.tags_edit.editingFinished.connect(self._save_tags)
        self.notes_edit = NotesEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering about them"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setAccessibleDescription(self.tr("Saved when you leave the field"))
        self.notes_edit.focus_left.connect(self._save_notes)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SAVE_MS)
        self._date_timer.timeout.connect(self._save_dates)

        due_row = QHBoxLayout()
        due_row.addWidget(self.step_due, 1)
        due_row.addWidget(self.step_done_button)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.step_edit, 0, 0, 1, 2)
        grid.addWidget(secondary(QLabel(self.tr("Due"))), 1, 0)
        grid.addLayout(due_row, 1, 1)
        grid.addWidget(self.follow_up, 2, 0, 1, 2)
        grid.addWidget(secondary(QLabel(self.tr("Tags"))), 3, 0)
        grid.addWidget(self.tags_edit, 3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section(self.tr("Next step")))
        layout.addLayout(grid)
        layout.addSpacing(10)
        layout.addWidget(section(self.tr("Notes")))
        layout.addWidget(self.notes_edit)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.step_edit,
            self.step_due,
            self.step_done_button,
            self.follow_up.check,
            self.follow_up.edit,
            self.tags_edit,
            self.notes_edit,
        ]

    # Showing -------------------------------------------------------------------------------------

    def show_card(self, card: CardData | None) -> None:
        """Show ``card``'s fields, except one being typed in for the same contact."""
        self._card = card
        if card is None:
            self._shown = {}
            return
        data, step = card.contact, card.next_step
        values: dict[str, object] = {
            "step": step.title if step else "",
            "step_due": step.due if step else self._default_due(data),
            "next_follow_up": data.next_follow_up,
            "tags": ", ".join(data.tags),
            "notes": data.notes,
        }
        widgets: dict[str, QWidget] = {
            "step": self.step_edit,
            "step_due": self.step_due,
            "next_follow_up": self.follow_up.edit,
            "tags": self.tags_edit,
            "notes": self.notes_edit,
        }
        same_contact = self._shown.get("id") == card.contact_id
        self._filling = True
        try:
            for name in FIELDS:
                typing = widgets[name].hasFocus() and self._value(name) != self._shown.get(name)
                if same_contact and typing:
                    continue  # what is being typed wins; it is saved when the field is left
                self._put(name, values[name])
                self._shown[name] = values[name]
        finally:
            self._filling = False
        self._shown["id"] = card.contact_id
        self._shown["step_id"] = step.id if step else None
        self.step_done_button.setEnabled(step is not None)
        self._step_typed(self.step_edit.text())

    def _step_typed(self, text: str) -> None:
        """A day only means something for a step: without one, it waits greyed out."""
        self.step_due.setEnabled(bool(text.strip()) or self._shown.get("step_id") is not None)

    def _default_due(self, data: ContactData) -> date:
        return data.next_follow_up or date.today() + timedelta(days=STEP_DAYS)

    def _put(self, name: str, value: Any) -> None:
        if name == "step":
            self.step_edit.setText(value)
        elif name == "step_due":
            self.step_due.setDate(to_qdate(value))
        elif name == "next_follow_up":
            self.follow_up.set_value(value, date.today() + timedelta(days=STEP_DAYS))
        elif name == "tags":
            self.tags_edit.setText(value)
        else:
            self.notes_edit.setPlainText(value)

    def _value(self, name: str) -> object:
        if name == "step":
            return self.step_edit.text()
        if name == "step_due":
            return from_qdate(self.step_due.date())
        if name == "next_follow_up":
            return self.follow_up.value()
        if name == "tags":
            return self.tags_edit.text()
        return self.notes_edit.toPlainText()

    # Saving --------------------------------------------------------------------------------------

    def save_edits(self) -> None:
        """Save what is typed in the fields and not saved yet."""
        self._date_timer.stop()
        self._save_step()
        self._save_dates()
        self._save_tags()
        self._save_notes()

    def _changed(self, name: str) -> bool:
        return (
            not self._filling
            and self._card is not None
            and self._value(name) != self._shown.get(name)
        )

    def _save_tags(self) -> None:
        if self._changed("tags"):
            text = self.tags_edit.text()
            self._shown["tags"] = text
            self.save_fields({"tags": [t for t in text.split(",") if t.strip()]})

    def _save_notes(self) -> None:
        if self._changed("notes"):
            text = self.notes_edit.toPlainText()
            self._shown["notes"] = text
            self.save_fields({"notes": text})

    def _date_edited(self) -> None:
        if not self._filling:
            self._date_timer.start()

    def _save_dates(self) -> None:
        if self._changed("next_follow_up"):
            value = self.follow_up.value()
            self._shown["next_follow_up"] = value
            self.save_fields({"next_follow_up": value})
        if self._changed("step_due") and self._shown.get("step_id") is not None:
            self._save_step()

    def save_fields(self, changes: dict[str, object]) -> None:
        """Change these fields of the contact shown (status, lead, tags...), undoably."""
        card = self._card
        if card is None:
            return
        contact_id = card.contact_id

        def done(outcome: tuple[ContactData, ContactData]) -> None:
            before, after = outcome
            self._context.undo_stack.push(
                EditContactCommand(contact_id, before, after, self._contact_undone)
            )

        self._write(lambda: edit_fields(contact_id, changes), done)

    def _save_step(self) -> None:
        card = self._card
        if card is None or not (self._changed("step") or self._changed("step_due")):
            return
        title, due = self.step_edit.text(), from_qdate(self.step_due.date())
        if not title.strip() and self._shown.get("step_id") is None:
            self._shown["step_due"] = due  # no step yet: a day alone is nothing to save
            return
        self._shown["step"], self._shown["step_due"] = title, due
        contact_id, name = card.contact_id, isolate_bidi(card.contact.name)
        if title.strip():
            text = self.tr("Set next step for {name}").format(name=name)
        else:
            text = self.tr("Clear next step of {name}").format(name=name)
        self._write_change(lambda: set_next_step(contact_id, title, due), text)

    def finish_step(self) -> None:
        """Tick the next step off (today), undoably."""
        card = self._card
        if card is None or card.next_step is None:
            return
        contact_id, task_id = card.contact_id, card.next_step.id
        text = self.tr("Done: {step}").format(step=card.next_step.title)
        self.step_done_button.setEnabled(False)
        self._write_change(lambda: finish_next_step(contact_id, task_id, date.today()), text)

    def _write_change(self, work: Callable[[], RowsChange], text: str) -> None:
        def done(change: RowsChange) -> None:
            self._context.undo_stack.push(ChangeCommand(change, text, self._undone))

        self._write(work, done)

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            if shiboken6.isValid(self):
                self.failed.emit(str(error))
                self.reload_requested.emit()
            return True

        def given_up() -> None:
            if shiboken6.isValid(self):
                self.reload_requested.emit()  # show what is stored, not what was not saved

        self._context.writer.write(
            work,
            done,
            failure=self.tr("The change to the contact was not saved."),
            parent=self,
            refused=refused,
            given_up=given_up,
        )

    def _contact_undone(self, ids: list[int]) -> None:
        """An undo or redo of an edit made here: the card re-reads when the store says so; the
        contact it changed is brought back into view if another is shown."""
        card = self._card
        if len(ids) == 1 and (card is None or ids[0] != card.contact_id):
            self._context.selection.select(ids[0])

    def _undone(self, error: str | None) -> None:
        if error:
            self._context.show_status(error, 8000)
