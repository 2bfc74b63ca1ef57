"""The people you know at the selected company, in its three rings with headings, warm leads
first, with one-click actions; and the company's other names.

The rings are a model (:class:`~netdesk.ui.companies.people_model.RingsModel`) read on a worker
a page at a time (a large employer has thousands of people); the next page of a ring is read as
it scrolls into view. The actions act on the person chosen: log a call (the history's undoable
log), log a meeting (the meeting form), ask them for an introduction (a follow-up task,
undoable) and show them in Contacts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import KnownPerson, aliases
from netdesk.core.company_list import ask_for_introduction
from netdesk.core.errors import NetDeskError
from netdesk.core.meetings import log_with_undo
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import InteractionKind
from netdesk.ui.companies.people_model import PersonRole, RingsModel
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import secondary, section_header


class CompanyPeople(QWidget):
    """Who you know at one company, and what to do with each of them."""

    people_shown = Signal()
    """The list holds the people of the company asked for last."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._company: str | None = None
        self._company_id: int | None = None
        self._keep: KnownPerson | None = None
        self.title = section_header(self.tr("No company selected"), self)
        self.empty = secondary(QLabel(self.tr("Nobody you know works there yet."), self))
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.names = secondary(QLabel(self))
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        self.names_button = QPushButton(icon("company-names"), self.tr("&Names..."), self)
        self.names_button.setToolTip(self.tr("The other names this company goes by"))
        self.names_button.clicked.connect(self.edit_names)
        self._aliases: list[str] = []
        self._alias_task: Task[Any] | None = None
        self.model = RingsModel(self)
        self.list = QTreeView(self)
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("People you know there"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.list.verticalScrollBar().valueChanged.connect(lambda _v: self._fetch_visible())
        self.model.rowsInserted.connect(lambda *_: self._fetch_visible())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(
            lambda error: self._context.show_status(
                self.tr("The people there could not be read: {error}").format(error=error), 8000
            )
        )

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
        names = QHBoxLayout()
        names.addWidget(self.names, 1)
        names.addWidget(self.names_button)
        layout.addWidget(self.title)
        layout.addLayout(names)
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

    @property
    def company_id(self) -> int | None:
        return self._company_id

    def show_company(self, name: str | None, company_id: int | None = None) -> None:
        """Show who you know at the company ``company_id`` called ``name``, in the three rings
        (works there, used to, one introduction away), warm leads first (None: no company)."""
        if self._alias_task is not None:
            self._alias_task.cancel()
            self._alias_task = None
        if name is None or company_id is None:
            self._company = self._company_id = None
            self.title.setText(self.tr("No company selected"))
            self._show_aliases([])
            self.model.show_company(None)
            return
        self._keep = self.current_person() if self._company_id == company_id else None
        self._company, self._company_id = name, company_id
        self.title.setText(self.tr("People at {company}").format(company=isolate_bidi(name)))
        self.model.show_company(company_id)

        def done(result: list[str] | None, error: BaseException | None) -> None:
            if self._company_id == company_id and error is None:
                self._alias_task = None
                self._show_aliases(result or [])

        self._alias_task = run_task(lambda _p: aliases(company_id), done, owner=self)

    def refresh(self) -> None:
        self.show_company(self._company, self._company_id)

    @property
    def aliases(self) -> list[str]:
        return list(self._aliases)

    def _show_aliases(self, names: list[str]) -> None:
        self._aliases = names
        self.names.setText(
            self.tr("Also known as: {names}").format(
                names=", ".join(isolate_bidi(n) for n in names)
            )
            if names
            else (self.tr("No other names") if self._company_id is not None else "")
        )
        self.names_button.setEnabled(self._company_id is not None)

    def _loaded(self) -> None:
        self.list.expandAll()
        keep = getattr(self, "_keep", None)
        index = self.model.person_index(keep.id) if keep is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0, self.model.index(0, 0))
        if index.isValid():
            self.list.setCurrentIndex(index)
        self.empty.setVisible(self._company_id is not None and not self.model.rowCount())
        self._update_buttons()
        self._fetch_visible()
        self.people_shown.emit()

    def _fetch_visible(self) -> None:
        """Read a ring's next page once its last person read so far scrolls into view."""
        bottom = self.list.viewport().height()
        for row in range(self.model.rowCount()):
            heading = self.model.index(row, 0)
            if not self.list.isExpanded(heading) or not self.model.can_read_more(heading):
                continue
            last = self.model.index(self.model.rowCount(heading) - 1, 0, heading)
            rect = self.list.visualRect(last)
            if rect.isValid() and rect.top() <= bottom:
                self.model.read_more(heading)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.person(index) is not None:
            self.show_in_contacts()

    def current_person(self) -> KnownPerson | None:
        person = self.list.currentIndex().data(PersonRole)
        return person if isinstance(person, KnownPerson) else None

    def edit_names(self) -> None:
        """The dialog that adds and removes the company's other names."""
        from netdesk.ui.companies.aliases import AliasDialog

        if self._company_id is None or self._company is None:
            return
        AliasDialog(self._context, self._company_id, self._company, self._aliases, self).open()

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
