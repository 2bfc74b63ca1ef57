"""Tools > Sync conflicts...: fields changed differently here and on the server, to settle.

A sync keeps this computer's value of such a field (and sends it up); this list shows both
values, and for each the user keeps this computer's or takes the server's (which the next sync
sends up). The fields are a contact's, or a follow-up's, thank-you note's or meeting's (named
as the week shows them: "Follow-up: Call Sara Smith", "Meeting with Sara Smith on ..."). A
contact's value that cannot be taken from its text (a postal address, a photo) is changed in
the contact's editor, which "Open contact" opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.sync.conflicts import CONTACT, OpenConflict, can_take_remote, open_conflicts
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import MeetingKind, TaskKind
from netdesk.models.store import Topic
from netdesk.ui.formatting import format_date, format_date_time
from netdesk.ui.icons import icon
from netdesk.ui.labels import label
from netdesk.ui.shell.actions import OpenEditor
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.writes import Writer
from netdesk.ui.sync.settling import settle_conflicts
from netdesk.ui.theme import MARGIN, SPACING, secondary
from netdesk.ui.widgets import plain_tooltip

_CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1

FIELD_LABELS: dict[str, object] = {
    "display_name": QT_TRANSLATE_NOOP("SyncField", "Name"),
    "given_name": QT_TRANSLATE_NOOP("SyncField", "First name"),
    "family_name": QT_TRANSLATE_NOOP("SyncField", "Last name"),
    "nickname": QT_TRANSLATE_NOOP("SyncField", "Nickname"),
    "organization": QT_TRANSLATE_NOOP("SyncField", "Organization"),
    "department": QT_TRANSLATE_NOOP("SyncField", "Department"),
    "title": QT_TRANSLATE_NOOP("SyncField", "Job title"),
    "birthday": QT_TRANSLATE_NOOP("SyncField", "Birthday"),
    "emails": QT_TRANSLATE_NOOP("SyncField", "E-mail addresses"),
    "phones": QT_TRANSLATE_NOOP("SyncField", "Phone numbers"),
    "addresses": QT_TRANSLATE_NOOP("SyncField", "Postal addresses"),
    "links": QT_TRANSLATE_NOOP("SyncField", "Links"),
    "notes": QT_TRANSLATE_NOOP("SyncField", "Notes"),
    "photo": QT_TRANSLATE_NOOP("SyncField", "Photo"),
    "tags": QT_TRANSLATE_NOOP("SyncField", "Tags"),
    "status": QT_TRANSLATE_NOOP("SyncField", "Status"),
    "relationship": QT_TRANSLATE_NOOP("SyncField", "Relationship"),
    "lead": QT_TRANSLATE_NOOP("SyncField", "Warm or cold"),
    "how_met": QT_TRANSLATE_NOOP("SyncField", "How you met"),
    "date_added": QT_TRANSLATE_NOOP("SyncField", "Added on"),
    "last_contact": QT_TRANSLATE_NOOP("SyncField", "Last contact"),
    "next_follow_up": QT_TRANSLATE_NOOP("SyncField", "Next follow-up"),
    "past_employers": QT_TRANSLATE_NOOP("SyncField", "Past employers"),
    "good_at": QT_TRANSLATE_NOOP("SyncField", "Good at"),
    "needs": QT_TRANSLATE_NOOP("SyncField", "Needs"),
    "rhythm_days": QT_TRANSLATE_NOOP("SyncField", "Keep in touch every (days)"),
    "related_uid": QT_TRANSLATE_NOOP("SyncField", "Referred by"),
    "referrer_name": QT_TRANSLATE_NOOP("SyncField", "Referred by"),
    "referral_reason": QT_TRANSLATE_NOOP("SyncField", "Why they referred"),
    "referred_on": QT_TRANSLATE_NOOP("SyncField", "Referred on"),
    "calls_ahead": QT_TRANSLATE_NOOP("SyncField", "Will call ahead"),
}


CALENDAR_FIELD_LABELS: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("SyncField", "Title"),
    "due": QT_TRANSLATE_NOOP("SyncField", "Due on"),
    "done": QT_TRANSLATE_NOOP("SyncField", "Done"),
    "start": QT_TRANSLATE_NOOP("SyncField", "Starts at"),
    "minutes": QT_TRANSLATE_NOOP("SyncField", "Length"),
    "kind": QT_TRANSLATE_NOOP("SyncField", "Kind of meeting"),
    "purpose": QT_TRANSLATE_NOOP("SyncField", "Purpose"),
    "agenda": QT_TRANSLATE_NOOP("SyncField", "Agenda"),
    "thank_you_due": QT_TRANSLATE_NOOP("SyncField", "Thank-you note due"),
    "thank_you_sent": QT_TRANSLATE_NOOP("SyncField", "Thank-you note sent"),
    "follow_up": QT_TRANSLATE_NOOP("SyncField", "Follow up on"),
}
"""A task's or meeting's fields, as the calendar sync names them (``ical.Fields``)."""
_DAYS = frozenset({"due", "thank_you_due", "thank_you_sent", "follow_up"})
_MEETING_KINDS = frozenset(k.value for k in MeetingKind)
_TASK_KINDS = frozenset(k.value for k in TaskKind)


def field_label(name: str, kind: str = CONTACT) -> str:
    if kind != CONTACT:
        if name not in CALENDAR_FIELD_LABELS:
            return name
        return QCoreApplication.translate("SyncField", str(CALENDAR_FIELD_LABELS[name]))
    if name not in FIELD_LABELS:
        return name
    return QCoreApplication.translate("SyncField", str(FIELD_LABELS[name]))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ConflictsDialog(QDialog):
    """The conflicts, both values side by side; keep one per field."""

    settled = Signal()

    def __init__(
        self,
        signals: StoreSignals,
        writer: Writer,
        open_editor: OpenEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.open_editor = open_editor
        self.task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.setWindowIcon(icon("sync-conflicts"))
        self.resize(940, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        intro = QLabel(
            self.tr(
                "These fields of contacts, follow-ups and meetings were changed differently on "
                "this computer and on the server. NetDesk kept this computer's value until you "
                "choose."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(secondary(intro))
        self.list = QTreeWidget()
        self.list.setObjectName("syncConflicts")
        self.list.setAccessibleName(self.tr("Sync conflicts"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Contact, task or meeting"),
                self.tr("Field"),
                self.tr("On this computer"),
                self.tr("On the server"),
            ]
        )
        for column, width in enumerate((200, 150, 260)):
            self.list.header().resizeSection(column, width)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_contact())
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(self.tr("No conflicts: both sides agree."))
        layout.addWidget(self.empty_label)

        row = QHBoxLayout()
        self.keep_button = QPushButton(icon("step-done"), self.tr("&Keep this computer's"))
        self.keep_button.clicked.connect(lambda: self.settle(remote=False))
        self.take_button = QPushButton(icon("sync"), self.tr("&Use the server's"))
        self.take_button.clicked.connect(lambda: self.settle(remote=True))
        self.open_button = QPushButton(icon("edit-contact"), self.tr("&Open contact..."))
        self.open_button.clicked.connect(self.open_contact)
        for button in (self.keep_button, self.take_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._watch = ChangeWatch(
            signals,
            (Topic.SETTINGS, Topic.CONTACTS, Topic.TASKS, Topic.MEETINGS),
            lambda _c: self.refresh(),
            self,
        )
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        """Read the conflicts again, on a worker."""

        def work(_progress: Progress) -> list[tuple[OpenConflict, bool]]:
            return [(c, can_take_remote(c)) for c in open_conflicts()]

        if self.task is not None:
            self.task.cancel()
        self.task = run_task(work, self._read, owner=self)

    def _read(
        self, found: list[tuple[OpenConflict, bool]] | None, error: BaseException | None
    ) -> None:
        self.task = None
        if found is None:
            self.empty_label.setText(str(error))
            self.empty_label.setVisible(True)
            return
        selected = {c.id for c in self.selected()}
        self.list.clear()
        for conflict, takeable in found:
            local, remote = conflict.local_value, conflict.remote_value
            if conflict.kind != CONTACT:
                local = self.calendar_value(conflict.field, local)
                remote = self.calendar_value(conflict.field, remote)
            item = QTreeWidgetItem(
                [
                    self.item_name(conflict),
                    field_label(conflict.field, conflict.kind),
                    _one_line(local) or self.tr("(empty)"),
                    _one_line(remote) or self.tr("(empty)"),
                ]
            )
            item.setData(0, _CONFLICT_ROLE, (conflict, takeable))
            item.setToolTip(0, plain_tooltip(item.text(0)))
            item.setToolTip(2, plain_tooltip(local))
            item.setToolTip(3, plain_tooltip(remote))
            self.list.addTopLevelItem(item)
            item.setSelected(conflict.id in selected)
        self.list.setVisible(bool(found))
        self.empty_label.setText(self.tr("No conflicts: both sides agree."))
        self.empty_label.setVisible(not found)
        self._update_buttons()

    def calendar_value(self, field: str, text: str) -> str:
        """A task's or meeting's value (as the calendar sync keeps it) as the user reads it;
        the text itself when it is not what NetDesk writes."""
        day = _day(text) if text else None
        if field in _DAYS and day is not None:
            return format_date(day)
        if field == "done":
            if not text:
                return self.tr("Not done")
            if day is None:
                return self.tr("Done")
            return self.tr("Done on {day}").format(day=format_date(day))
        moment = _moment(text) if field == "start" and text else None
        if moment is not None:
            return format_date_time(moment)
        if field == "minutes" and text.isdigit():
            return self.tr("%n min", "", int(text))
        if field == "kind" and text in _MEETING_KINDS:
            return label(MeetingKind(text))
        return text

    def item_name(self, conflict: OpenConflict) -> str:
        """What the conflict is about: the contact, or the task or meeting as the week names
        it."""
        person = isolate_bidi(conflict.contact_name)
        if conflict.gone:
            return self.tr("(deleted here)")
        if conflict.kind == CONTACT:
            return person
        if conflict.kind == "meeting":
            start = _moment(conflict.item_title)
            when = format_date_time(start) if start is not None else conflict.item_title
            return self.tr("Meeting with {name} on {when}").format(name=person, when=when)
        title = isolate_bidi(conflict.item_title)
        if conflict.item_kind not in _TASK_KINDS:
            return title
        kind = label(TaskKind(conflict.item_kind))
        return self.tr("{kind}: {title}").format(kind=kind, title=title)

    def selected(self) -> list[OpenConflict]:
        return [item.data(0, _CONFLICT_ROLE)[0] for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = [item.data(0, _CONFLICT_ROLE) for item in self.list.selectedItems()]
        self.keep_button.setEnabled(bool(chosen))
        self.take_button.setEnabled(bool(chosen) and all(takeable for _c, takeable in chosen))
        if any(c.gone for c, _t in chosen):
            self.take_button.setToolTip(self.tr("Deleted here: there is nothing to change"))
        elif chosen and not all(takeable for _c, takeable in chosen):
            self.take_button.setToolTip(
                self.tr("This value cannot be taken as it is: open the contact to change it")
            )
        else:
            self.take_button.setToolTip("")
        self.open_button.setEnabled(len(_people(c for c, _t in chosen)) == 1)

    def settle(self, *, remote: bool) -> None:
        ids = [c.id for c in self.selected()]
        if not ids:
            return
        settle_conflicts(  # an undo step: Ctrl+Z opens them again
            self.writer,
            ids,
            remote=remote,
            done=lambda _n: self.settled.emit(),
            failure=self.tr("The conflicts were not settled."),
            parent=self,
        )

    def open_contact(self) -> None:
        people = _people(self.selected())
        if len(people) == 1:
            self.open_editor(people.pop())


def _people(conflicts: Iterable[OpenConflict]) -> set[int]:
    """The contacts whose own fields these are (a task's or meeting's are settled here)."""
    return {c.contact_id for c in conflicts if c.kind == CONTACT and not c.gone}
