"""One name obtained in a meeting, as the meeting form shows it: who, why to call, calls ahead.

The person is an existing contact (the meeting becomes how you were referred to them) or a new
name (a contact is created for it when the meeting is saved); the badge beside it says which.
When the meeting has several attendees, a combo says which of them gave the name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QToolButton, QWidget

from netdesk.core.contacts import display_names
from netdesk.core.meetings import ReferralEntry
from netdesk.ui.icons import icon
from netdesk.ui.widgets import ContactPicker, ErrorLabel, tab_before


class ReferralRow:
    """One name obtained: who (new or existing), why to call them, whether they call ahead."""

    def __init__(self, referrer_id: int | None) -> None:
        self.person = ContactPicker(exclude=referrer_id)
        self.person.setPlaceholderText(QCoreApplication.translate("MeetingForm", "Name they gave"))
        self.badge = QLabel()
        self.reason = QLineEdit(
            placeholderText=QCoreApplication.translate("MeetingForm", "Why you should talk to them")
        )
        self.given_by = QComboBox()
        self.given_by.setAccessibleName(QCoreApplication.translate("MeetingForm", "Given by"))
        self.given_by.setToolTip(
            QCoreApplication.translate("MeetingForm", "Who at the meeting gave you this name")
        )
        self.given_by.hide()
        self._first: int | None = referrer_id
        self.calls_ahead = QCheckBox(QCoreApplication.translate("MeetingForm", "Calls ahead"))
        self.calls_ahead.setToolTip(
            QCoreApplication.translate("MeetingForm", "They will call to introduce you first")
        )
        self.remove = QToolButton()
        self.remove.setIcon(icon("remove-row"))
        self.remove.setToolTip(QCoreApplication.translate("MeetingForm", "Remove this name"))
        # Named as the columns' headings say (Qt would name them by the group's title).
        self.person.setAccessibleName(QCoreApplication.translate("MeetingForm", "Name"))
        self.reason.setAccessibleName(QCoreApplication.translate("MeetingForm", "Reason to call"))
        self.remove.setAccessibleName(QCoreApplication.translate("MeetingForm", "Remove"))
        self.error = ErrorLabel()
        self.person.contact_changed.connect(self._update_badge)
        self.person.textChanged.connect(self._update_badge)
        self._update_badge()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.person, self.badge, self.reason, self.given_by, self.calls_ahead, self.remove)

    def tab_before(self, anchor: QWidget) -> None:
        """Tab goes through the row (once it is in the form) before ``anchor``."""
        tab_before(anchor, self.person, self.reason, self.given_by, self.calls_ahead, self.remove)

    def set_givers(self, attendees: list[tuple[int, str]]) -> None:
        """Who may have given the name: the meeting's attendees, the first being its contact
        (the giver unless another is chosen). The combo shows only when there are several."""
        chosen = self.given_by.currentData()
        self._first = attendees[0][0] if attendees else None
        self.given_by.blockSignals(True)
        self.given_by.clear()
        for contact_id, name in attendees:
            self.given_by.addItem(name, contact_id)
        found = self.given_by.findData(chosen)
        self.given_by.setCurrentIndex(max(0, found))
        self.given_by.blockSignals(False)
        self.given_by.setVisible(len(attendees) > 1)

    def _update_badge(self) -> None:
        if self.person.contact_id() is not None:
            self.badge.setText(QCoreApplication.translate("MeetingForm", "In your contacts"))
            self.badge.setToolTip(
                QCoreApplication.translate(
                    "MeetingForm", "This meeting becomes how you were referred to them"
                )
            )
        elif self.person.text().strip():
            self.badge.setText(QCoreApplication.translate("MeetingForm", "New contact"))
            self.badge.setToolTip(
                QCoreApplication.translate(
                    "MeetingForm", "A contact is created for this name when you save"
                )
            )
        else:
            self.badge.setText("")

    def entry(self) -> ReferralEntry:
        contact_id = self.person.contact_id()
        return ReferralEntry(
            name=self.person.text().strip(),
            contact_id=contact_id,
            reason=self.reason.text(),
            calls_ahead=self.calls_ahead.isChecked(),
            given_by=self._giver(),
        )

    def _giver(self) -> int | None:
        """The attendee chosen as giver; None for the meeting's contact (or nobody else)."""
        giver = self.given_by.currentData()
        if giver is None or giver == self._first:
            return None
        return int(giver)

    def set_entry(self, entry: ReferralEntry) -> None:
        if entry.contact_id is not None:
            self.person.set_contact(entry.contact_id, entry.name or None)
        else:
            self.person.setText(entry.name)
        self.reason.setText(entry.reason)
        self.calls_ahead.setChecked(entry.calls_ahead)
        if entry.given_by is not None:
            found = self.given_by.findData(entry.given_by)
            if found < 0:  # not (any more) among the attendees shown: keep it, to be told so
                self.given_by.addItem(display_names([entry.given_by]).get(entry.given_by, ""),
                                      entry.given_by)  # fmt: skip
                found = self.given_by.count() - 1
            self.given_by.setCurrentIndex(found)
