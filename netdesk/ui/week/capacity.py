"""The week's capacity in Preferences ("Weekly plan"), kept with the network.

How many calls and e-mails and how many meetings a week holds (:mod:`netdesk.core.capacity`) is
the user's choice for the open network, kept in its database; This week and an open weekly
sheet are built again when it changes. Earlier versions kept it in the settings file: a value
found there is moved into the database once (:func:`adopt_saved_capacity`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from netdesk.core.capacity import MAX_CALLS, MAX_MEETINGS, Capacity, capacity, set_capacity
from netdesk.models.store import store
from netdesk.ui.theme import SPACING, secondary, section_header

CALLS_SETTING = "week_plan/calls_per_week"
MEETINGS_SETTING = "week_plan/meetings_per_week"
"""Where earlier versions kept the capacity (read once, then removed)."""


def _number(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default


def adopt_saved_capacity(settings: QSettings) -> Capacity | None:
    """Move a capacity an earlier version kept in ``settings`` into the open network's
    database (a value out of range brought into it) and forget it there; returns it (None:
    there was none, or no network is open to keep it)."""
    if not store.is_open or not (settings.contains(CALLS_SETTING)
                                 or settings.contains(MEETINGS_SETTING)):  # fmt: skip
        return None
    default = capacity()
    value = Capacity.clamped(
        _number(settings, CALLS_SETTING, default.calls),
        _number(settings, MEETINGS_SETTING, default.meetings),
    )
    set_capacity(value)
    settings.remove(CALLS_SETTING)
    settings.remove(MEETINGS_SETTING)
    return value


def save_capacity(value: Capacity) -> None:
    """Keep ``value`` with the open network and use it from now on."""
    set_capacity(value)


class CapacitySection(QWidget):
    """ "Weekly plan" in Preferences: calls and e-mails, and meetings per week; applied at once
    (to the open network: the spin boxes are off when none is open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        current = capacity()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(section_header(self.tr("Weekly plan")))
        form = QFormLayout()
        self.calls = QSpinBox()
        self.calls.setRange(1, MAX_CALLS)
        self.calls.setValue(current.calls)
        self.calls.setAccessibleName(self.tr("Calls and e-mails per week"))
        self.meetings = QSpinBox()
        self.meetings.setRange(0, MAX_MEETINGS)
        self.meetings.setValue(current.meetings)
        self.meetings.setAccessibleName(self.tr("Meetings per week"))
        form.addRow(self.tr("&Calls and e-mails per week:"), self.calls)
        form.addRow(self.tr("&Meetings per week:"), self.meetings)
        for spin in (self.calls, self.meetings):  # its text field is what takes the focus
            spin.setEnabled(store.is_open and store.read_only is None)
            edit = spin.findChild(QLineEdit)
            if edit is not None:
                edit.setAccessibleName(spin.accessibleName())
        layout.addLayout(form)
        note = secondary(
            QLabel(
                self.tr(
                    "This week and the printed sheet hold this many, the most pressing first "
                    "(overdue thank-you notes and follow-ups, then referrals waiting longest); "
                    "the rest is counted and waits. Kept with this network."
                )
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.calls.valueChanged.connect(self._changed)
        self.meetings.valueChanged.connect(self._changed)

    def chosen(self) -> Capacity:
        return Capacity(self.calls.value(), self.meetings.value())

    def _changed(self) -> None:
        save_capacity(self.chosen())
