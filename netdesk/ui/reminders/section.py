"""Preferences' "Reminders" section: one checkbox, "Show reminders in the system tray".

It checks and unchecks the reminders' action (``show-reminders``, :mod:`.panel`), which keeps the
choice in the settings and shows or hides the tray icon at once; a dialog built without the
window (no action) keeps the choice in the settings only, for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from netdesk.ui.reminders.panel import SHOW_SETTING
from netdesk.ui.theme import SPACING, secondary, section_header


class RemindersSection(QWidget):
    def __init__(
        self, settings: QSettings, action: QAction | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._action = action
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(section_header(self.tr("Reminders")))
        self.show_in_tray = QCheckBox(self.tr("Show reminders in the &system tray"))
        self.show_in_tray.setAccessibleName(self.tr("Show reminders in the system tray"))
        on = (
            action.isChecked()
            if action is not None
            else settings.value(SHOW_SETTING, True, type=bool)
        )
        self.show_in_tray.setChecked(bool(on))
        self.show_in_tray.toggled.connect(self._toggled)
        layout.addWidget(self.show_in_tray)
        note = secondary(
            QLabel(
                self.tr(
                    "The number of things due today on NetDesk's tray icon, and a notification "
                    "at start, ten minutes before a meeting and when a thank-you note falls due."
                )
            )
        )
        note.setWordWrap(True)
        self.show_in_tray.setAccessibleDescription(note.text())
        layout.addWidget(note)

    def _toggled(self, on: bool) -> None:
        if self._action is not None:
            self._action.setChecked(on)
        else:
            self._settings.setValue(SHOW_SETTING, on)
