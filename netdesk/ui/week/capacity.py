"""The week's capacity in the user's settings, and its section of Preferences.

How many calls and e-mails and how many meetings a week holds (:mod:`netdesk.core.capacity`) is
the user's choice, kept in the settings file and given to the core when the window starts
(:func:`apply_saved_capacity`) and whenever Preferences changes it; This week and an open
weekly sheet are then built again.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from netdesk.core.capacity import MAX_CALLS, MAX_MEETINGS, Capacity, capacity, set_capacity
from netdesk.ui.theme import SPACING, secondary, section_header

CALLS_SETTING = "week_plan/calls_per_week"
MEETINGS_SETTING = "week_plan/meetings_per_week"


def _number(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default)
    try:
        return int(str(value))
    except ValueError:
        return default


def saved_capacity(settings: QSettings) -> Capacity:
    """The capacity kept in ``settings`` (the defaults when there is none; a value out of range
    is brought into it)."""
    default = Capacity()
    return Capacity.clamped(
        _number(settings, CALLS_SETTING, default.calls),
        _number(settings, MEETINGS_SETTING, default.meetings),
    )


def apply_saved_capacity(settings: QSettings) -> Capacity:
    """Give the core the capacity kept in ``settings``; returns it."""
    value = saved_capacity(settings)
    set_capacity(value)
    return value


def save_capacity(settings: QSettings, value: Capacity) -> None:
    """Keep ``value`` and use it from now on."""
    settings.setValue(CALLS_SETTING, value.calls)
    settings.setValue(MEETINGS_SETTING, value.meetings)
    set_capacity(value)


class CapacitySection(QWidget):
    """ "Weekly plan" in Preferences: calls and e-mails, and meetings per week; applied at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
            edit = spin.findChild(QLineEdit)
            if edit is not None:
                edit.setAccessibleName(spin.accessibleName())
        layout.addLayout(form)
        note = secondary(
            QLabel(
                self.tr(
                    "This week and the printed sheet hold this many, the most pressing first "
                    "(overdue thank-you notes and follow-ups, then referrals waiting longest); "
                    "the rest is counted and waits."
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
        save_capacity(self.settings, self.chosen())
