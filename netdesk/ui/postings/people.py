"""People around a posting in the posting editor: those linked to it (who told you about it,
who referred you, the hiring manager, whom you met about it) and whom you know at its company.

The linked people are a short list (a posting has a handful), so plain widgets: a row per
person with the role, a contact picker (names offered as you type) with a role and Link.
Nothing is written here: the editor saves the list with the posting. Whom you know there is
read on a worker (a large employer has thousands in its rings) and shown compactly: each ring
with its count and its first, warmest people, so the user sees whom to ask before applying.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import RING_BEFORE, RING_NEAR, RING_NOW, KnownPerson, find_company
from netdesk.core.companies import who_knows as who_knows_at
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import Lead, PostingRole
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.theme import secondary
from netdesk.ui.widgets import ContactPicker, ErrorLabel, plain_tooltip

LinkRole = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`LinkedPerson`."""


@dataclass(frozen=True)
class LinkedPerson:
    contact_id: int
    role: PostingRole
    name: str


class LinkedPeople(QWidget):
    """Edit who is linked to a posting, and in which role."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("People linked to the posting"))
        self.list.setMinimumHeight(70)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = secondary(
            QLabel(
                self.tr(
                    "Nobody yet. Link whoever told you about it, referred you or will "
                    "interview you: their help counts in your numbers."
                ),
                self,
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.error = ErrorLabel(self)
        self.picker = ContactPicker(self)
        self.picker.setPlaceholderText(self.tr("Type a name to link someone…"))
        self.picker.setAccessibleName(self.tr("Person to link"))
        self.picker.returnPressed.connect(self._enter)
        self.picker.contact_changed.connect(self._update_buttons)
        self.picker.textChanged.connect(lambda _text: self._update_buttons())
        self.picker.textChanged.connect(lambda _text: self.error.show_message(None))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Their role"))
        for role in PostingRole:
            self.role.addItem(labels.label(role), role)
        self.add_button = QPushButton(icon("add-row"), self.tr("&Link"), self)
        self.add_button.setToolTip(self.tr("Link this person to the posting in this role"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(icon("remove-row"), self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Unlink the selected person"))
        self.remove_button.clicked.connect(self.remove_current)

        adding = QHBoxLayout()
        adding.addWidget(self.role, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.picker)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        self._update_buttons()

    def people(self) -> list[LinkedPerson]:
        found = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            person = item.data(0, LinkRole) if item is not None else None
            if isinstance(person, LinkedPerson):
                found.append(person)
        return found

    def set_people(self, people: list[LinkedPerson]) -> None:
        self.list.clear()
        for person in people:
            self._append(person)
        self._update_buttons()

    def add(self, contact_id: int, name: str, role: PostingRole) -> bool:
        """Link ``name`` in ``role``; False (and a message) when they are linked so already."""
        person = LinkedPerson(contact_id, PostingRole(role), name)
        if any(p.contact_id == contact_id and p.role == person.role for p in self.people()):
            self.error.show_message(
                self.tr("{name} is already linked as “{role}”.").format(
                    name=isolate_bidi(name), role=labels.label(person.role)
                )
            )
            return False
        self.error.show_message(None)
        self.list.setCurrentItem(self._append(person))
        self._update_buttons()
        self.changed.emit()
        return True

    def add_chosen(self) -> bool:
        """Link the contact in the picker in the chosen role."""
        contact_id = self.picker.contact_id()
        if contact_id is None and self.picker.text().strip():
            self.picker.choose_first_match()
            contact_id = self.picker.contact_id()
        if contact_id is None:
            self.error.show_message(
                self.tr("Choose someone from your contacts: type a name and pick it.")
                if self.picker.text().strip()
                else self.tr("Type the name of the person to link.")
            )
            return False
        role = self.role.currentData()
        if not self.add(contact_id, self.picker.text(), PostingRole(role)):
            return False
        self.picker.set_contact(None, "")
        return True

    def remove_current(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        self._update_buttons()
        self.changed.emit()
        return True

    def _enter(self) -> None:
        self.add_chosen()

    def _append(self, person: LinkedPerson) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.list, [person.name, labels.label(person.role)])
        item.setData(0, LinkRole, person)
        item.setIcon(0, icon("contacts"))
        return item

    def _update_buttons(self) -> None:
        has_rows = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.remove_button.setEnabled(self.list.currentItem() is not None)
        self.add_button.setEnabled(bool(self.picker.text().strip()))


SHOWN_PER_RING = 3
"""People shown under each ring's heading: the warmest first; the rest are counted."""


@dataclass(frozen=True)
class Rings:
    """Whom you know at a company, ring by ring: how many, and the first few of each."""

    company_id: int | None
    counts: dict[int, int]
    first: dict[int, list[KnownPerson]]


def read_rings(company: str) -> Rings:
    """:class:`Rings` for the company called ``company`` (by name or alias); on a worker."""
    company_id = find_company(company) if company.strip() else None
    if company_id is None:
        return Rings(None, {}, {})
    counts: dict[int, int] = {}
    first: dict[int, list[KnownPerson]] = {}
    for person in who_knows_at(company_id):
        counts[person.ring] = counts.get(person.ring, 0) + 1
        shown = first.setdefault(person.ring, [])
        if len(shown) < SHOWN_PER_RING:
            shown.append(person)
    return Rings(company_id, counts, first)


class KnownThere(QWidget):
    """Who do I know there? The three rings around the posting's company, compactly."""

    rings_shown = Signal()
    person_chosen = Signal(int, str)
    """(contact id, name) of a person double-clicked: the editor links them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._company = ""
        self._task: Task[Any] | None = None
        self.rings: Rings | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("People you know at the company"))
        self.tree.setMinimumHeight(110)
        self.tree.itemActivated.connect(self._activated)
        self.summary = secondary(QLabel(self))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)
        self._timer.timeout.connect(self._read)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.show_company("")

    def show_company(self, company: str, *, now: bool = False) -> None:
        """Show the rings of ``company`` once typing pauses (``now``: at once)."""
        self._company = " ".join(company.split())
        if not self._company:
            self._timer.stop()
            self._shown(Rings(None, {}, {}))
            return
        if now:
            self._timer.stop()
            self._read()
        else:
            self._timer.start()

    def _read(self) -> None:
        if self._task is not None:
            self._task.cancel()
        company = self._company
        self.summary.setText(
            self.tr("Looking for people you know at {company}…").format(
                company=isolate_bidi(company)
            )
        )

        def done(result: Rings | None, error: BaseException | None) -> None:
            if company != self._company:
                return
            self._task = None
            if error is not None or result is None:
                self.summary.setText(
                    self.tr("The people there could not be read: {error}").format(error=error)
                )
                self.tree.clear()
                self.tree.hide()
                return
            self._shown(result)

        self._task = run_task(lambda _p: read_rings(company), done, owner=self)

    def _shown(self, rings: Rings) -> None:
        self.rings = rings
        self.tree.clear()
        total = sum(rings.counts.values())
        if not self._company:
            self.summary.setText(self.tr("Type the company to see whom you know there."))
        elif rings.company_id is None:
            self.summary.setText(
                self.tr("{company} is new to NetDesk: nobody you know works there yet.").format(
                    company=isolate_bidi(self._company)
                )
            )
        elif not total:
            self.summary.setText(
                self.tr(
                    "Nobody you know works at {company}, used to, or knows someone there. "
                    "Ask your warmest contacts whom they know there."
                ).format(company=isolate_bidi(self._company))
            )
        else:
            self.summary.setText(
                self.tr(
                    "Ask one of them for an introduction before you apply; double-click "
                    "to link someone to the posting."
                )
            )
        headings = {
            RING_NOW: self.tr("Works there (%Ln)", "", rings.counts.get(RING_NOW, 0)),
            RING_BEFORE: self.tr("Used to work there (%Ln)", "", rings.counts.get(RING_BEFORE, 0)),
            RING_NEAR: self.tr("One introduction away (%Ln)", "", rings.counts.get(RING_NEAR, 0)),
        }
        for ring, heading in headings.items():
            if not rings.counts.get(ring):
                continue
            top = QTreeWidgetItem(self.tree, [heading])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for person in rings.first.get(ring, []):
                self._person_item(top, person)
            rest = rings.counts[ring] - len(rings.first.get(ring, []))
            if rest > 0:
                more = QTreeWidgetItem(
                    top, [self.tr("and %Ln more (see the Companies page)", "", rest)]
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setExpanded(True)
        self.tree.setVisible(total > 0)
        self.rings_shown.emit()

    def _person_item(self, parent: QTreeWidgetItem, person: KnownPerson) -> None:
        name = person.display_name
        if person.ring == RING_NEAR and person.via_name:
            # Whom they would introduce you to there (their own path is in the tooltip's
            # opening line; joined with it, the person at the company could stand twice).
            name = f"{person.display_name} → {person.via_name}"
        text = (
            self.tr("{name} ({title})").format(name=name, title=person.title)
            if person.title
            else name
        )
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, LinkRole, person)
        item.setIcon(0, icon("warm-lead" if person.lead == Lead.WARM.value else "cold-lead"))
        tip = person.opening_line or person.display_name
        item.setToolTip(0, plain_tooltip(tip))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person = item.data(0, LinkRole)
        if isinstance(person, KnownPerson):
            self.person_chosen.emit(person.id, person.display_name)
