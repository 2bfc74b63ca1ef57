"""The contact editor: every field of a contact, validated inline, saved through a callback.

The dialog never closes on an error: what the core refuses is shown next to the field and
everything typed stays where it was. Enter saves (the Save button is the default), Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import company_names
from netdesk.core.contacts import display_names, find_by_name, validate
from netdesk.core.errors import FieldError, ValidationError
from netdesk.core.query import all_tags
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.records import ContactData, Email, Link, Phone, ReferralInfo
from netdesk.ui import labels
from netdesk.ui.contacts.keep_in_touch_fields import RhythmField, short_text
from netdesk.ui.contacts.past_employers import PastEmployers
from netdesk.ui.contacts.photos import encode_photo
from netdesk.ui.contacts.rows import AddressRows, PairRows
from netdesk.ui.icons import icon
from netdesk.ui.widgets import name_clear_button, plain_tooltip

ERROR_STYLE = "color: #c62828;"
PHOTO_PREVIEW = 64

Save = Callable[[ContactData], bool | None]
"""Stores the edited contact; raises ValidationError to keep the dialog open with the errors.

Returning True means the store goes on in the background (``ui/writes``): the dialog stays open,
its Save button off, until the owner calls :meth:`ContactEditor.saved` (it closes),
:meth:`ContactEditor.show_errors` or :meth:`ContactEditor.save_stopped` (it stays as it was).
"""


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date field on."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        """``label`` beside the check box ("Known"), ``name``: what the date is ("Last
        contact"), which a screen reader reads for both."""
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.check.setAccessibleDescription(name)
        self.edit = QDateEdit()
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")  # the table's format; no day/month mix-up
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return date(self.edit.date().year(), self.edit.date().month(), self.edit.date().day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ContactEditor(QDialog):
    """Edit one contact (``contact_id`` given) or create one; ``save`` stores the result."""

    cancel_save_requested = Signal()
    """Cancel (or Esc) while the save waits: the owner stops it; the dialog stays open."""

    def __init__(
        self,
        save: Save,
        data: ContactData | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._original = data or ContactData()
        self.contact_id = contact_id
        self._referrer_id: int | None = None
        self._referrer_name = ""
        self._error_actions: list[tuple[QLineEdit, QAction]] = []
        self._photo: bytes | None = None
        self._photo_mime = ""
        self._saving = False
        self.setWindowTitle(
            self.tr("New contact")
            if contact_id is None
            else self.tr("Edit {name}").format(name=isolate_bidi(self._original.name))
        )
        self.setMinimumWidth(640)
        self._build()
        self._load(self._original)

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_tab(), self.tr("Person"))
        self.tabs.addTab(self._reach_tab(), self.tr("E-mail, phone, address"))
        self.tabs.addTab(self._network_tab(), self.tr("Networking"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What you talked about, what they care about..."))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.error_summary = QLabel()
        self.error_summary.setStyleSheet(ERROR_STYLE)
        self.error_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error_summary.setWordWrap(True)
        self.error_summary.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.save_notice = QLabel()
        self.save_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.save_notice.setWordWrap(True)
        self.save_notice.hide()

        self.damage_notice = self._error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.damage_notice)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_summary)
        layout.addWidget(self.save_notice)
        layout.addWidget(self.buttons)
        # Only once inside the dialog does a button know which dialog it is the default of.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def show_damage(self, damage: str) -> None:
        """Say on top which stored values could not be read (``damage``: "lead holds 'wirm'")
        and what the user can do; the fields show neutral values instead."""
        self.damage_notice.setText(
            self.tr(
                "This contact is damaged in the file: {damage}. The editor shows a neutral value "
                "instead. Save stores what you see here; Cancel leaves the contact as it is; "
                "File > Restore from backup... brings back the last good copy."
            ).format(damage=damage)
        )
        self.damage_notice.show()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _person_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("As you would write it on an envelope"))
        self.display_name_error = self._error_label()
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.organization = QLineEdit()
        self._company_model = QStringListModel(self)
        company_completer = QCompleter(self._company_model, self)
        company_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organization.setCompleter(company_completer)
        self.organization.textEdited.connect(
            lambda text: self._company_model.setStringList(company_names(text, 20))
        )
        self.title = QLineEdit()
        self.past_employers = PastEmployers()
        self.past_employers.setFocusProxy(self.past_employers.name)
        self.department = QLineEdit()
        self.nickname = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("1985-04-15, or --04-15 without the year"))
        self.birthday_error = self._error_label()
        self.relationship = QComboBox()
        for value in Relationship:
            self.relationship.addItem(labels.label(value), value)
        self.lead = QComboBox()
        for lead in Lead:
            self.lead.addItem(labels.label(lead), lead)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(labels.label(status), status)
        self.how_met = QLineEdit()
        self.how_met.setPlaceholderText(self.tr("Where and how you first met"))
        self.relationship.activated.connect(self._relationship_chosen)

        form.addRow(self.tr("&Name:"), self.display_name)
        form.addRow("", self.display_name_error)
        form.addRow(self.tr("&Given name:"), self.given_name)
        form.addRow(self.tr("&Family name:"), self.family_name)
        form.addRow(self.tr("Nic&kname:"), self.nickname)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("Used to &work at:"), self.past_employers)
        form.addRow(self.tr("Birthda&y:"), self.birthday)
        form.addRow("", self.birthday_error)
        form.addRow(self.tr("&Relationship:"), self.relationship)
        form.addRow(self.tr("War&m or cold:"), self.lead)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("&How you met:"), self.how_met)
        form.addRow(self.tr("Photo:"), self._photo_row())
        return page

    def _photo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.photo_choose = QPushButton(self.tr("Choose..."))
        self.photo_choose.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.photo_choose.clicked.connect(self._choose_photo)
        self.photo_remove = QPushButton(self.tr("Remove"))
        self.photo_remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.photo_remove.clicked.connect(lambda: self.set_photo(None, ""))
        self.photo_error = self._error_label()
        layout.addWidget(self.photo_preview)
        layout.addWidget(self.photo_choose, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.photo_remove, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.photo_error, 1)
        layout.addStretch(1)
        return row

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)")
        )
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> bool:
        """Take a picture file as the photo, shrunk to PHOTO_MAX pixels; False if unreadable."""
        image = QImage(path)
        if image.isNull():
            self.photo_error.setText(self.tr("That file is not a picture NetDesk can read."))
            self.photo_error.show()
            return False
        self.set_photo(*encode_photo(image))
        return True

    def set_photo(self, photo: bytes | None, mime: str) -> None:
        self._photo = photo
        self._photo_mime = mime if photo else ""
        self.photo_error.hide()
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo_preview.setPixmap(
                pixmap.scaled(
                    PHOTO_PREVIEW,
                    PHOTO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("None") if not photo else "?")
        self.photo_remove.setEnabled(photo is not None)

    def _reach_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.emails = PairRows(
            self.tr("name@example.com"),
            labels.EMAIL_LABELS,
            self.tr("Add e-mail"),
            (
                self.tr("E-mail address"),
                self.tr("Kind of e-mail address"),
                self.tr("Remove this e-mail address"),
            ),
        )
        self.emails_error = self._error_label()
        self.phones = PairRows(
            self.tr("+1 555 0100"),
            labels.PHONE_LABELS,
            self.tr("Add phone"),
            (
                self.tr("Phone number"),
                self.tr("Kind of phone number"),
                self.tr("Remove this phone number"),
            ),
        )
        self.addresses = AddressRows()
        self.links = PairRows(
            self.tr("https://www.linkedin.com/in/..."),
            labels.LINK_LABELS,
            self.tr("Add link"),
            (self.tr("Link"), self.tr("Kind of link"), self.tr("Remove this link")),
        )
        form.addRow(self.tr("E-mail:"), self.emails)
        form.addRow("", self.emails_error)
        form.addRow(self.tr("Phone:"), self.phones)
        form.addRow(self.tr("Address:"), self.addresses)
        form.addRow(self.tr("Links:"), self.links)
        return page

    def _network_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.referrer = QLineEdit()
        self.referrer.setPlaceholderText(self.tr("Who suggested you meet? Start typing a name"))
        name_clear_button(self.referrer)
        self._referrer_model = QStandardItemModel(self)
        completer = QCompleter(self._referrer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.referrer.setCompleter(completer)
        self.referrer.textEdited.connect(self._referrer_edited)
        # The stubs omit that ``activated`` is overloaded (str, QModelIndex).
        completer.activated[QModelIndex].connect(self._referrer_chosen)  # type: ignore[index]
        self.referrer_error = self._error_label()
        self.referral_reason = QLineEdit()
        self.referral_reason.setPlaceholderText(
            self.tr("What they said, e.g. “knows everyone in logistics”")
        )
        self.calls_ahead = QCheckBox(self.tr("They will call ahead to introduce me"))
        self.last_contact = OptionalDate(self.tr("Known"), self.tr("Last contact"))
        self.next_follow_up = OptionalDate(self.tr("Planned"), self.tr("Next follow-up"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. logistics, Berlin"))
        known = all_tags()
        if known:
            self.tags.setToolTip(
                plain_tooltip(self.tr("Tags in use: {tags}").format(tags=", ".join(known)))
            )
        form.addRow(self.tr("Referred &by:"), self.referrer)
        form.addRow("", self.referrer_error)
        form.addRow(self.tr("Referral note:"), self.referral_reason)
        form.addRow("", self.calls_ahead)
        form.addRow(self.tr("&Last contact:"), self.last_contact)
        form.addRow(self.tr("Ne&xt follow-up:"), self.next_follow_up)
        form.addRow(self.tr("T&ags:"), self.tags)
        self.good_at = short_text(
            self.tr("Good at"), self.tr("What you could send people their way for")
        )
        self.needs = short_text(
            self.tr("Needs"), self.tr("What they need, that you might help with")
        )
        self.rhythm = RhythmField()
        form.addRow(self.tr("Good a&t:"), self.good_at)
        form.addRow(self.tr("N&eeds:"), self.needs)
        form.addRow(self.tr("Kee&p in touch:"), self.rhythm)
        self.tags.textChanged.connect(self._rhythm_default_changed)
        return page

    def _rhythm_default_changed(self) -> None:
        """The default rhythm shown follows the tags, status, relationship and mark typed."""
        self.rhythm.show_default(
            tags=self._tags(),
            status=Status(self.status.currentData()),
            relationship=Relationship(self.relationship.currentData()),
            lead=Lead(self.lead.currentData()),
        )

    def _tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    # Referrer completer -----------------------------------------------------------------------

    def _referrer_edited(self, text: str) -> None:
        if text != self._referrer_name:
            self._referrer_id = None
            self._referrer_name = ""
        self._referrer_model.clear()
        for contact_id, name, organization in find_by_name(text, 20):
            if contact_id == self.contact_id:
                continue
            label = f"{name} ({organization})" if organization else name
            item = QStandardItem(label)
            item.setData(contact_id, Qt.ItemDataRole.UserRole)
            item.setData(name, Qt.ItemDataRole.UserRole + 1)
            self._referrer_model.appendRow(item)

    def _referrer_chosen(self, index: QModelIndex) -> None:
        contact_id = index.data(Qt.ItemDataRole.UserRole)
        name = index.data(Qt.ItemDataRole.UserRole + 1)
        self.set_referrer(int(contact_id), str(name))

    def set_referrer(self, contact_id: int | None, name: str = "") -> None:
        self._referrer_id = contact_id
        self._referrer_name = name if contact_id is not None else ""
        # After the completer has written its own text into the field.
        self.referrer.setText(self._referrer_name)

    def _relationship_chosen(self) -> None:
        relationship = Relationship(self.relationship.currentData())
        self.lead.setCurrentIndex(
            self.lead.findData(Lead.WARM if relationship.is_warm else Lead.COLD)
        )

    # Data in and out --------------------------------------------------------------------------

    def _load(self, data: ContactData) -> None:
        self.display_name.setText(data.display_name)
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.organization.setText(data.organization)
        self.title.setText(data.title)
        self.nickname.setText(data.nickname)
        self.department.setText(data.department)
        self.birthday.setText(data.birthday)
        self.relationship.setCurrentIndex(self.relationship.findData(data.relationship))
        self.lead.setCurrentIndex(self.lead.findData(data.lead))
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.how_met.setText(data.how_met)
        self.past_employers.set_values(data.past_employers)
        self.set_photo(data.photo, data.photo_mime)
        for email in data.emails or [Email("")]:
            self.emails.add_row(email.address, email.label)
        for phone in data.phones or [Phone("")]:
            self.phones.add_row(phone.number, phone.label)
        for address in data.addresses:
            self.addresses.add_row(address)
        for link in data.links:
            self.links.add_row(link.url, link.label)
        if data.referral is not None:
            name = display_names([data.referral.referrer_id]).get(data.referral.referrer_id, "")
            self.set_referrer(data.referral.referrer_id, name)
            self.referral_reason.setText(data.referral.reason)
            self.calls_ahead.setChecked(data.referral.calls_ahead)
        self.last_contact.set_value(data.last_contact)
        self.next_follow_up.set_value(data.next_follow_up)
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        self.good_at.setPlainText(data.good_at)
        self.needs.setPlainText(data.needs)
        self.rhythm.set_days(data.rhythm_days)
        for combo in (self.relationship, self.lead, self.status):
            combo.currentIndexChanged.connect(self._rhythm_default_changed)
        self._rhythm_default_changed()

    def data(self) -> ContactData:
        """What the form holds now, on top of the fields it does not show (uid, date added)."""
        referral: ReferralInfo | None = None
        if self._referrer_id is not None:
            old = self._original.referral
            keep = old is not None and old.referrer_id == self._referrer_id
            referral = ReferralInfo(
                referrer_id=self._referrer_id,
                referred_on=old.referred_on if keep and old is not None else date.today(),
                reason=self.referral_reason.text().strip(),
                calls_ahead=self.calls_ahead.isChecked(),
                meeting_id=old.meeting_id if keep and old is not None else None,
            )
        return replace(
            self._original,
            display_name=self.display_name.text(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            organization=self.organization.text(),
            title=self.title.text(),
            nickname=self.nickname.text(),
            department=self.department.text(),
            birthday=self.birthday.text(),
            relationship=Relationship(self.relationship.currentData()),
            lead=Lead(self.lead.currentData()),
            status=Status(self.status.currentData()),
            how_met=self.how_met.text(),
            past_employers=self.past_employers.values(),
            emails=[Email(v.strip(), label) for v, label in self.emails.values() if v.strip()],
            phones=[Phone(v.strip(), label) for v, label in self.phones.values() if v.strip()],
            addresses=[a for a in self.addresses.values() if not a.is_empty()],
            links=[Link(v.strip(), label) for v, label in self.links.values() if v.strip()],
            referral=referral,
            last_contact=self.last_contact.value(),
            next_follow_up=self.next_follow_up.value(),
            tags=self._tags(),
            notes=self.notes.toPlainText(),
            good_at=self.good_at.toPlainText().strip(),
            needs=self.needs.toPlainText().strip(),
            rhythm_days=self.rhythm.days(),
            photo=self._photo,
            photo_mime=self._photo_mime,
        )

    # Validation and saving --------------------------------------------------------------------

    def accept(self) -> None:
        data = self.data()
        errors = validate(data, self.contact_id)
        if self.referrer.text().strip() and self._referrer_id is None:
            errors.append(
                FieldError(
                    "referrer",
                    self.tr("Choose the referrer from the list, or clear the field."),
                )
            )
        if self._saving:
            return
        if not errors:
            self.clear_errors()
            self._set_saving(True)
            try:
                pending = self._save(data)
            except ValidationError as exc:
                errors = exc.errors
            else:
                if pending:
                    return
        if errors:
            self.show_errors(errors)
            return
        self.saved()

    @property
    def saving(self) -> bool:
        """True while a save goes on in the background."""
        return self._saving

    def saved(self) -> None:
        """The contact is stored: close."""
        self._set_saving(False)
        super().accept()

    def save_stopped(self) -> None:
        """The save did not happen (given up, or refused with a message shown elsewhere)."""
        self._set_saving(False)

    def show_save_notice(self, text: str) -> None:
        """What the save waits for ("" when it no longer waits)."""
        self.save_notice.setText(text)
        self.save_notice.setVisible(bool(text))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not saving)
        if saving:
            self.show_save_notice(self.tr("Saving…"))
        else:
            self.show_save_notice("")

    def reject(self) -> None:
        if self._saving:  # stop waiting for the database; what was typed stays
            self.cancel_save_requested.emit()
            return
        super().reject()

    def clear_errors(self) -> None:
        for label in (
            self.display_name_error,
            self.birthday_error,
            self.emails_error,
            self.referrer_error,
        ):
            label.clear()
            label.hide()
        for edit, action in self._error_actions:
            edit.removeAction(action)
        self._error_actions.clear()
        self.error_summary.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each error beside its field and bring the first one into view."""
        self._set_saving(False)
        self.clear_errors()
        first: QWidget | None = None
        emails = [e for e in self.emails.edits() if e.text().strip()]
        other: list[str] = []
        for error in errors:
            if error.field == "display_name":
                self._flag(self.display_name, self.display_name_error, error.message)
                first = first or self.display_name
            elif error.field.startswith("emails["):
                position = int(error.field[len("emails[") : -1])
                edit = emails[position] if position < len(emails) else None
                self._flag(edit, self.emails_error, error.message)
                first = first or edit or self.emails
            elif error.field == "birthday":
                self._flag(self.birthday, self.birthday_error, error.message)
                first = first or self.birthday
            elif error.field == "referrer":
                self._flag(self.referrer, self.referrer_error, error.message)
                first = first or self.referrer
            else:
                other.append(error.message)
        if other:
            self.error_summary.setText("\n".join(other))
            self.error_summary.show()
        if first is not None:
            page = first
            while (up := page.parentWidget()) is not None and self.tabs.indexOf(page) < 0:
                page = up
            if self.tabs.indexOf(page) >= 0:
                self.tabs.setCurrentWidget(page)
            first.setFocus()

    def _flag(self, edit: QLineEdit | None, label: QLabel, message: str) -> None:
        text = label.text()
        label.setText(f"{text}\n{message}" if text else message)
        label.show()
        if edit is not None:
            action = edit.addAction(icon("error"), QLineEdit.ActionPosition.TrailingPosition)
            action.setText(self.tr("Error"))
            action.setToolTip(plain_tooltip(message))
            self._error_actions.append((edit, action))
