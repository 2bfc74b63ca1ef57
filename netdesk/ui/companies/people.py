"""The people you know at the selected company, warm leads first, with one-click actions.

Read on a worker (a large employer has many people); the actions act on the person chosen in
the list: log a call (the history's undoable log), log a meeting (the meeting form), ask them
for an introduction (a follow-up task, undoable) and show them in Contacts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import RING_BEFORE, RING_NEAR, KnownPerson, who_knows
from netdesk.core.company_list import ask_for_introduction
from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import log_with_undo
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import InteractionKind, Lead, Status
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import secondary, section_header

PersonRole = Qt.ItemDataRole.UserRole + 1
"""The item's :class:`KnownPerson`."""


class CompanyPeople(QWidget):
    """Who you know at one company, and what to do with each of them."""

    people_shown = Signal()
    """The list holds the people of the company asked for last."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._company: str | None = None
        self._company_id: int | None = None
        self._task: Task[Any] | None = None
        self.title = section_header(self.tr("No company selected"), self)
        self.empty = secondary(QLabel(self.tr("Nobody you know works there yet."), self))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People you know there"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(lambda _item: self.show_in_contacts())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.call_button = self._button(self.tr("Log a &call"), "call", self.log_call)
        self.call_button.setToolTip(self.tr("Log a call with this person now"))
        self.meeting_button = self._button(
            self.tr("Log a &meeting..."), "log-meeting", self.log_meeting
        )
        self.meeting_button.setToolTip(self.tr("Open the meeting form for this person"))
        self.intro_button = self._button(
            self.tr("Ask for an &introduction"), "introduction", self.ask_for_introduction
        )
        self.intro_button.setToolTip(
            self.tr("Add a follow-up task: ask this person for an introduction there")
        )
        self.show_button = self._button(
            self.tr("&Show in Contacts"), "contacts", self.show_in_contacts
        )
        self.show_button.setToolTip(self.tr("Select this person in the contact table"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.meeting_button)
        more = QHBoxLayout()
        more.addWidget(self.intro_button)
        more.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        self._update_buttons()

    def _button(self, text: str, meaning: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(meaning), text, self)
        button.clicked.connect(slot)
        return button

    # What is shown ----------------------------------------------------------------------------

    @property
    def company(self) -> str | None:
        return self._company

    def show_company(self, name: str | None, company_id: int | None = None) -> None:
        """Show who you know at the company ``company_id`` called ``name``, in the three rings
        (works there, used to, one introduction away), warm leads first (None: no company)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._company = name
        if name is None or company_id is None:
            self._company = None
            self.title.setText(self.tr("No company selected"))
            self._fill([])
            return
        self.title.setText(self.tr("People at {company}").format(company=isolate_bidi(name)))

        def done(result: list[KnownPerson] | None, error: BaseException | None) -> None:
            if self._company != name:
                return
            self._task = None
            if error is not None:
                self._context.show_status(
                    self.tr("The people there could not be read: {error}").format(error=error),
                    8000,
                )
            self._fill(result or [])

        self._company_id = known = company_id
        self._task = run_task(lambda _p: who_knows(known), done, owner=self)

    def refresh(self) -> None:
        self.show_company(self._company, self._company_id)

    def _fill(self, people: list[KnownPerson]) -> None:
        current = self.current_person()
        self.list.clear()
        for person in people:
            item = QListWidgetItem(self._line(person), self.list)
            item.setData(PersonRole, person)
            item.setIcon(icon("warm-lead" if person.lead == Lead.WARM.value else "cold-lead"))
            if current is not None and person.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self._company is not None and not people)
        self._update_buttons()
        self.people_shown.emit()

    def _line(self, person: KnownPerson) -> str:
        lead = labels.label(Lead(person.lead)) if person.lead in set(Lead) else person.lead
        status = labels.label(Status(person.status)) if person.status in set(Status) else ""
        if person.ring == RING_BEFORE:
            where = self.tr("used to work there")
        elif person.ring == RING_NEAR:
            where = self.tr("knows {name}").format(name=isolate_bidi(person.via_name))
        else:
            where = ""
        parts = [p for p in (person.title, where, lead, status) if p]
        if not parts:
            return person.display_name
        return self.tr("{name} ({details})").format(
            name=person.display_name, details=", ".join(parts)
        )

    def current_person(self) -> KnownPerson | None:
        item = self.list.currentItem()
        person = None if item is None else item.data(PersonRole)
        return person if isinstance(person, KnownPerson) else None

    def _update_buttons(self) -> None:
        chosen = self.current_person() is not None
        for button in (self.call_button, self.meeting_button, self.intro_button, self.show_button):
            button.setEnabled(chosen)

    def _menu(self, pos: Any) -> None:
        if self.current_person() is None:
            return
        menu = QMenu(self)
        for button in (self.call_button, self.meeting_button, self.intro_button, self.show_button):
            action = menu.addAction(button.icon(), button.text())
            action.triggered.connect(button.click)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    # Actions ----------------------------------------------------------------------------------

    def log_call(self) -> bool:
        """Log a call with the chosen person now (undoably); False when nobody is chosen."""
        person = self.current_person()
        if person is None:
            return False
        contact_id, when = person.id, datetime.now().replace(second=0, microsecond=0)
        name = isolate_bidi(person.display_name)
        self._write(
            lambda: log_with_undo(contact_id, InteractionKind.CALL, "", when)[1],
            self.tr("Log call with {name}").format(name=name),
            self.tr("Call with {name} logged.").format(name=name),
            self.tr("The call was not logged."),
        )
        return True

    def log_meeting(self) -> bool:
        person = self.current_person()
        if person is None:
            return False
        self._context.actions.log_meeting(person.id)
        return True

    def ask_for_introduction(self) -> bool:
        """Add the follow-up task "Ask {name} for an introduction at {company}", due today."""
        person, company = self.current_person(), self._company
        if person is None or company is None:
            return False
        contact_id = person.id
        title = self.tr("Ask {name} for an introduction at {company}").format(
            name=person.display_name, company=company
        )
        name = isolate_bidi(person.display_name)
        self._write(
            lambda: ask_for_introduction(contact_id, title, date.today()),
            self.tr("Ask {name} for an introduction").format(name=name),
            self.tr("Task added: {title}").format(title=title),
            self.tr("The task was not added."),
        )
        return True

    def show_in_contacts(self) -> bool:
        person = self.current_person()
        if person is None:
            return False
        go = self._context.actions.get("go-contacts")
        if go is not None:
            go.trigger()
        self._context.selection.select(person.id)
        return True

    def _write(self, work: Callable[[], RowsChange], text: str, written: str, failure: str) -> None:
        context = self._context

        def done(change: RowsChange) -> None:
            context.undo_stack.push(ChangeCommand(change, text, self._undone))
            context.show_status(written, 5000)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            context.show_status(str(error), 8000)
            return True

        context.writer.write(work, done, failure=failure, parent=self, refused=refused)

    def _undone(self, error: str | None) -> None:
        if error and shiboken6.isValid(self):
            self._context.show_status(error, 8000)
