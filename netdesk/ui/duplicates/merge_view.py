"""The merge view of Tools > Find duplicates...: one column per contact, one row per field where
they differ, a radio button for the value to keep, and what the merged contact will hold.

Names, notes and every other value are shown as plain text (an ``&`` stays an ampersand).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetDeskError
from netdesk.core.merge import FIELDS, MergeDraft, MergePlan, prepare_merge
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.records import ContactData
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.widgets import plain_tooltip, to_qdate

_SHOWN = 60
"""Characters of a value shown on its radio button; the rest is in the tooltip."""


def _button_text(text: str) -> str:
    """Plain text for a button: one line, and an ``&`` stays an ampersand (not a shortcut)."""
    line = " ".join(text.split())
    if len(line) > _SHOWN:
        line = line[: _SHOWN - 1] + "…"
    return line.replace("&", "&&")


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class MergeView(QWidget):
    """One column per contact, one row per field that differs, a radio button per value."""

    included_changed = Signal()
    plan_changed = Signal()
    rebuilt = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[int] = []
        self.full: MergeDraft | None = None
        self.draft: MergeDraft | None = None
        self.plan: MergePlan | None = None
        self.include: dict[int, QCheckBox] = {}
        self.radios: dict[str, dict[int | None, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 0)
        self.loops = plain_label()
        self.loops.setObjectName("loops")
        self.combined = plain_label()
        self.combined.setObjectName("combined")
        self.combined.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = plain_label(
            QCoreApplication.translate(
                "Duplicates", "Select a group to see what merging it would keep."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.loops)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.combined)
        layout.addStretch(1)
        self.clear()

    @property
    def included(self) -> list[int]:
        return [i for i in self.members if self.include[i].isChecked()]

    def clear(self) -> None:
        self.members = []
        self.full = self.draft = self.plan = None
        self._rebuild()

    def show_group(self, ids: list[int]) -> None:
        """Raises NetDeskError when the contacts are gone (the list is then out of date)."""
        full = prepare_merge(ids)
        self.full = full
        self.draft = full
        self.plan = full.plan
        self.members = list(full.order)
        self._rebuild()

    def _include_toggled(self) -> None:
        included = self.included
        before = self.plan
        self.draft = self.plan = None
        if len(included) >= 2:
            try:
                self.draft = prepare_merge(included)
            except NetDeskError:
                self.draft = None
        if self.draft is not None:
            self.plan = self.draft.plan
            if before is not None:
                # What was picked among the contacts still included stays picked.
                self.plan.choices.update(
                    {k: v for k, v in before.choices.items() if v in self.plan.contact_ids}
                )
                self.plan.combine_notes = before.combine_notes
                allowed = {r.contact_id for r in self.draft.referrers if not r.loop}
                if before.referrer is None or before.referrer in allowed:
                    self.plan.referrer = before.referrer
        self._rebuild(keep_checks=True)
        self.included_changed.emit()

    # Building ------------------------------------------------------------------------------

    def _rebuild(self, keep_checks: bool = False) -> None:
        checked = {i: box.isChecked() for i, box in self.include.items()} if keep_checks else {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self._groups:
            group.deleteLater()
        self._groups = []
        self.include = {}
        self.radios = {}
        full = self.full
        self.empty.setVisible(full is None)
        self.grid_host.setVisible(full is not None)
        if full is None:
            self.loops.clear()
            self.combined.clear()
            return
        for column, contact_id in enumerate(self.members, start=1):
            data = full.contacts[contact_id]
            box = QCheckBox(_button_text(data.display_name))
            box.setObjectName(f"include-{contact_id}")
            box.setToolTip(
                QCoreApplication.translate("Duplicates", "Include this contact in the merge")
            )
            box.setChecked(checked.get(contact_id, True))
            box.toggled.connect(lambda _on: self._include_toggled())
            self.include[contact_id] = box
            self.grid.addWidget(box, 0, column)
            keeps = self.plan is not None and self.plan.keep == contact_id
            summary = plain_label(
                "\n".join(
                    part
                    for part in (
                        QCoreApplication.translate("Duplicates", "Kept")
                        if keeps
                        else QCoreApplication.translate("Duplicates", "Merged into the kept one"),
                        data.organization,
                        data.emails[0].address if data.emails else "",
                        data.phones[0].number if data.phones else "",
                    )
                    if part
                )
            )
            summary.setEnabled(box.isChecked())
            self.grid.addWidget(summary, 1, column)
        row = 2
        if self.plan is not None and self.draft is not None:
            included = self.included
            for name in FIELDS:
                values = {i: _raw(name, full.contacts[i]) for i in included}
                if len(set(values.values())) > 1:
                    self._field_row(row, name, included)
                    row += 1
            if self.draft.referrers:
                self._referrer_row(row)
                row += 1
        if row == 2 and self.plan is not None:
            self.grid.addWidget(
                plain_label(
                    QCoreApplication.translate(
                        "Duplicates", "Every field is the same in these contacts."
                    )
                ),
                row,
                0,
                1,
                -1,
            )
        self._describe()
        self.rebuilt.emit()

    def focus_order(self) -> list[QWidget]:
        """The choices in reading order: the contacts, then each field's values."""
        widgets: list[QWidget] = list(self.include.values())
        for radios in self.radios.values():
            widgets.extend(radios.values())
        return widgets

    def _field_row(self, row: int, name: str, included: list[int]) -> None:
        assert self.plan is not None and self.full is not None
        self.grid.addWidget(QLabel(_field_label(name)), row, 0)
        group = QButtonGroup(self)
        self._groups.append(group)
        self.radios[name] = {}
        chosen = self.plan.choices.get(name, self.plan.keep)
        combining = name == "notes" and self.plan.combine_notes
        for column, contact_id in enumerate(self.members, start=1):
            if contact_id not in included:
                continue
            data = self.full.contacts[contact_id]
            text = _shown(name, data)
            radio = QRadioButton(
                _button_text(text) or QCoreApplication.translate("Duplicates", "(empty)")
            )
            radio.setObjectName(f"{name}-{contact_id}")
            if name == "photo" and data.photo:
                radio.setIcon(icon("drop-file"))
            full_text = data.notes if name == "notes" else text
            if len(full_text) > _SHOWN or "\n" in full_text:
                radio.setToolTip(plain_tooltip(full_text))
            radio.setChecked(contact_id == chosen and not combining)
            radio.toggled.connect(self._chooser(name, contact_id))
            group.addButton(radio)
            self.radios[name][contact_id] = radio
            self.grid.addWidget(radio, row, column)
        if name == "notes":
            both = QRadioButton(
                QCoreApplication.translate("Duplicates", "All, one after the other")
            )
            both.setObjectName("notes-combined")
            both.setToolTip(plain_tooltip(self.draft.combined_notes if self.draft else ""))
            both.setChecked(combining)
            both.toggled.connect(self._chooser("notes", None))
            group.addButton(both)
            self.radios[name][None] = both
            self.grid.addWidget(both, row, len(self.members) + 1)

    def _referrer_row(self, row: int) -> None:
        assert self.plan is not None and self.draft is not None
        self.grid.addWidget(QLabel(QCoreApplication.translate("Duplicates", "Referred by")), row, 0)
        group = QButtonGroup(self)
        self._groups.append(group)
        self.radios["referrer"] = {}
        for option in self.draft.referrers:
            column = self.members.index(option.referred[0]) + 1
            radio = QRadioButton(_button_text(option.name))
            radio.setObjectName(f"referrer-{option.contact_id}")
            if option.loop:
                radio.setEnabled(False)
                radio.setToolTip(plain_tooltip(option.loop))
            radio.setChecked(option.contact_id == self.plan.referrer)
            radio.toggled.connect(self._chooser("referrer", option.contact_id))
            group.addButton(radio)
            self.radios["referrer"][option.contact_id] = radio
            self.grid.addWidget(radio, row, column)
        nobody = QRadioButton(QCoreApplication.translate("Duplicates", "Nobody: I knew them"))
        nobody.setObjectName("referrer-none")
        nobody.setChecked(self.plan.referrer is None)
        nobody.toggled.connect(self._chooser("referrer", None))
        group.addButton(nobody)
        self.radios["referrer"][None] = nobody
        self.grid.addWidget(nobody, row, len(self.members) + 1)

    def _chooser(self, name: str, contact_id: int | None) -> Callable[[bool], None]:
        """A radio button's ``toggled`` slot: ``contact_id``'s value is chosen when checked."""

        def toggled(on: bool) -> None:
            if on:
                self._choose(name, contact_id)

        return toggled

    def _choose(self, name: str, contact_id: int | None) -> None:
        plan = self.plan
        if plan is None:
            return
        if name == "referrer":
            plan.referrer = contact_id
        elif name == "notes" and contact_id is None:
            plan.combine_notes = True
        else:
            assert contact_id is not None
            plan.choices[name] = contact_id
            if name == "notes":
                plan.combine_notes = False
        self.plan_changed.emit()

    def _describe(self) -> None:
        draft = self.draft
        if draft is None:
            self.loops.clear()
            self.combined.setText(
                QCoreApplication.translate("Duplicates", "Choose at least two contacts to merge.")
            )
            return
        self.loops.setText("\n".join(r.loop for r in draft.referrers if r.loop))
        self.loops.setVisible(any(r.loop for r in draft.referrers))
        lines = [
            (QCoreApplication.translate("Duplicates", "E-mails"), draft.emails),
            (QCoreApplication.translate("Duplicates", "Phones"), draft.phones),
            (QCoreApplication.translate("Duplicates", "Addresses"), draft.addresses),
            (QCoreApplication.translate("Duplicates", "Links"), draft.links),
            (QCoreApplication.translate("Duplicates", "Tags"), draft.tags),
        ]
        text = [QCoreApplication.translate("Duplicates", "The merged contact keeps all of these:")]
        text += [f"{title}: {', '.join(items)}" for title, items in lines if items]
        moved = draft.moved
        counts = [
            (n, text)
            for n, text in (
                (
                    moved["meeting"],
                    self.tr("%Ln meetings", "", moved["meeting"]),
                ),
                (
                    moved["interaction"],
                    self.tr("%Ln calls, e-mails, notes", "", moved["interaction"]),
                ),
                (
                    moved["task"],
                    self.tr("%Ln tasks", "", moved["task"]),
                ),
                (
                    moved["favour"],
                    self.tr("%Ln favours", "", moved["favour"]),
                ),
                (
                    moved["referred"],
                    self.tr("%Ln people they referred", "", moved["referred"]),
                ),
            )
        ]
        items = [text for n, text in counts if n]
        if items:
            text.append(
                QCoreApplication.translate("Duplicates", "Moved to it: {items}").format(
                    items=", ".join(items)
                )
            )
        self.combined.setText("\n".join(text))


def _raw(name: str, data: ContactData) -> Any:
    """What decides whether two contacts differ in a field."""
    value = {
        "name": data.display_name,
        "organization": data.organization,
        "notes": data.notes.strip(),
        "photo": data.photo,
    }.get(name, getattr(data, name, None))
    return value


def _field_label(name: str) -> str:
    return {
        "name": QCoreApplication.translate("Duplicates", "Name"),
        "nickname": QCoreApplication.translate("Duplicates", "Nickname"),
        "organization": QCoreApplication.translate("Duplicates", "Organization"),
        "department": QCoreApplication.translate("Duplicates", "Department"),
        "title": QCoreApplication.translate("Duplicates", "Title"),
        "birthday": QCoreApplication.translate("Duplicates", "Birthday"),
        "relationship": QCoreApplication.translate("Duplicates", "Relationship"),
        "lead": QCoreApplication.translate("Duplicates", "Warm or cold"),
        "status": QCoreApplication.translate("Duplicates", "Status"),
        "how_met": QCoreApplication.translate("Duplicates", "How you met"),
        "good_at": QCoreApplication.translate("Duplicates", "Good at"),
        "needs": QCoreApplication.translate("Duplicates", "Needs"),
        "rhythm_days": QCoreApplication.translate("Duplicates", "Keep in touch every (days)"),
        "date_added": QCoreApplication.translate("Duplicates", "Added"),
        "last_contact": QCoreApplication.translate("Duplicates", "Last contact"),
        "next_follow_up": QCoreApplication.translate("Duplicates", "Next follow-up"),
        "photo": QCoreApplication.translate("Duplicates", "Photo"),
        "notes": QCoreApplication.translate("Duplicates", "Notes"),
    }[name]


def _shown(name: str, data: ContactData) -> str:
    """A field's value as the merge view shows it."""
    if name == "name":
        return data.display_name
    if name == "relationship":
        return labels.label(Relationship(data.relationship))
    if name == "lead":
        return labels.label(Lead(data.lead))
    if name == "status":
        return labels.label(Status(data.status))
    if name == "photo":
        return QCoreApplication.translate("Duplicates", "Photo") if data.photo else ""
    value = getattr(data, name)
    if isinstance(value, date):
        return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
    return str(value or "")
