"""The status bar's numbers: how many contacts (and how many the search shows), follow-ups due.

The contacts are counted when the table is read again; the follow-ups read every open task, so
they are counted on a worker, and a newer count supersedes one still on its way.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from netdesk.core.dates import Week
from netdesk.core.query import Counts, count_contacts
from netdesk.core.week_plan import FollowUpCounts, follow_up_counts
from netdesk.ui.contacts.model import ContactTableModel
from netdesk.ui.formatting import format_number
from netdesk.ui.shell.tasks import run_task

log = logging.getLogger("netdesk")


class StatusCounts(QLabel):
    """ "1 of 3 contacts - 1 follow-up due this week, 2 overdue", for the table of ``model``."""

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._counts = Counts(0, 0)
        self._generation = 0
        self.setTextFormat(Qt.TextFormat.PlainText)

    @property
    def contacts(self) -> int:
        """Every contact in the database, as last counted."""
        return self._counts.contacts

    def count(self) -> None:
        """Count the contacts now and the follow-ups on a worker; show what is known."""
        self._counts = replace(self._counts, contacts=count_contacts())
        self._count_follow_ups()

    def _count_follow_ups(self) -> None:
        self._generation += 1
        generation = self._generation
        week = Week.containing(date.today())

        def done(result: FollowUpCounts | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer count is on its way
            if error is not None or result is None:
                log.warning("Follow-ups not counted: %s", error)
                return
            self._counts = replace(
                self._counts,
                follow_ups_due_this_week=result.due_this_week,
                follow_ups_overdue=result.overdue,
            )
            self.show_counts()

        run_task(lambda _progress: follow_up_counts(week), done, owner=self)

    def show_counts(self) -> None:
        total = self._counts.contacts
        due = self._counts.follow_ups_due_this_week
        contacts = self.tr("%Ln contacts", "", total)
        if not self._model.contact_filter.is_empty():
            if self._model.is_complete:
                contacts = self.tr("{shown} of {contacts}").format(
                    shown=format_number(self._model.rowCount()), contacts=contacts
                )
            else:
                contacts = self.tr("Searching {contacts}...").format(contacts=contacts)
        follow_ups = self.tr("%Ln follow-ups due this week", "", due)
        overdue = self._counts.follow_ups_overdue
        if overdue:  # the This week panel's "Follow-ups due" and its overdue follow-ups
            follow_ups += self.tr(", %Ln overdue", "", overdue)
        self.setText(f"{contacts} - {follow_ups}")
