"""Adding a sync account: the server's address, the user name and password, what it offers.

"Find address books" asks the server on a worker (RFC 6764 discovery, or the address of one
address book or calendar as it is) and lists what it found; the user picks an address book and
a calendar, or lets NetDesk make its own "NetDesk" ones (the same ones another device finds).
"Add account" keeps the password in the system keyring and the rest in the database.

Safety is the user's explicit choice, never a default: plain http to another computer only once
"Use an unencrypted connection" is ticked, and a server's own certificate only once "Trust this
certificate" is ticked beside its SHA-256 fingerprint (to compare with the server's). Errors say
what went wrong; they never hold the password (the core's messages do not).
"""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.sync.accounts import AccountInput, add_account, find_collections
from netdesk.core.sync.credentials import Secret
from netdesk.core.sync.discovery import Collection, Discovery
from netdesk.core.sync.errors import CertificateError, CertificateMismatch, InsecureUrlError
from netdesk.core.sync.http import check_url
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.theme import MARGIN, SPACING, error_style, secondary
from netdesk.ui.widgets import form_row

_NEW = "new"
_NONE = "none"


class AddAccountDialog(QDialog):
    """Server, user, password -> what the server offers -> the account (``account_added``)."""

    account_added = Signal(int)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a sync account"))
        self.setWindowIcon(icon("sync-accounts"))
        self.setMinimumWidth(620)
        self.task: Task[Any] | None = None
        self.found: Discovery | None = None
        self.fingerprint = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        intro = QLabel(
            self.tr(
                "Your contacts, follow-ups and meetings sync with a CardDAV and CalDAV server "
                "(Nextcloud, Baikal, Radicale, Fastmail, iCloud...), so your phone has them too. "
                "Give the server's address, or the address of one address book."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(secondary(intro))

        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("https://dav.example.com"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.no_password_check = QCheckBox(self.tr("The server asks for &no password"))
        self.no_password_check.toggled.connect(self._no_password_toggled)
        form_row(form, self.tr("&Server:"), self.url_edit)
        form_row(form, self.tr("&User name:"), self.user_edit)
        form_row(form, self.tr("&Password:"), self.password_edit)
        form.addRow("", self.no_password_check)
        keyring_note = QLabel(self.tr("Kept in the system keyring, never in NetDesk's files."))
        form.addRow("", secondary(keyring_note))
        layout.addLayout(form)

        self.insecure_check = QCheckBox(
            self.tr(
                "Use an unencrypted c&onnection (contacts and password cross the network "
                "readable by anyone on the way)"
            )
        )
        self.insecure_check.setVisible(False)
        layout.addWidget(self.insecure_check)
        self.certificate_label = QLabel()
        self.certificate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.certificate_label.setWordWrap(True)
        self.certificate_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate_label.setVisible(False)
        self.trust_check = QCheckBox(self.tr("&Trust this certificate for this server"))
        self.trust_check.setIcon(icon("certificate"))
        self.trust_check.setVisible(False)
        layout.addWidget(self.certificate_label)
        layout.addWidget(self.trust_check)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        self.error_label = QLabel()
        self.error_label.setObjectName("syncAccountError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.collections = QWidget()
        collections_form = QFormLayout(self.collections)
        collections_form.setContentsMargins(0, 0, 0, 0)
        self.book_combo = QComboBox()
        self.calendar_combo = QComboBox()
        form_row(collections_form, self.tr("Address &book:"), self.book_combo)
        form_row(collections_form, self.tr("Ca&lendar:"), self.calendar_combo)
        self.collections.setVisible(False)
        layout.addWidget(self.collections)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.find_button = self.buttons.addButton(
            self.tr("&Find address books"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.find_button.setIcon(icon("server"))
        self.find_button.clicked.connect(self.look_up)
        self.add_button = self.buttons.addButton(
            self.tr("Add &account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setIcon(icon("sync-accounts"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._forget_found)
        self.url_edit.textEdited.connect(self._forget_trust)
        self.insecure_check.toggled.connect(self._forget_found)
        self.trust_check.toggled.connect(self._forget_found)
        self.find_button.setDefault(True)

    # What was typed ----------------------------------------------------------------------------

    def _no_password_toggled(self, checked: bool) -> None:
        self.password_edit.setEnabled(not checked)
        if checked:
            self.password_edit.clear()
        self._forget_found()

    def account_input(self) -> AccountInput:
        password = None
        if self.user_edit.text() and not self.no_password_check.isChecked():
            password = Secret(self.password_edit.text())
        return AccountInput(
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            password,
            fingerprint=self.fingerprint if self.trust_check.isChecked() else "",
            allow_insecure=self.insecure_check.isChecked(),
        )

    def _forget_found(self, *_args: object) -> None:
        if self.running:
            return
        self.found = None
        self.collections.setVisible(False)
        self.add_button.setEnabled(False)
        self.find_button.setDefault(True)

    def _forget_trust(self, *_args: object) -> None:
        self.fingerprint = ""
        self.certificate_label.setVisible(False)
        self.trust_check.setChecked(False)
        self.trust_check.setVisible(False)
        self.insecure_check.setChecked(False)
        self.insecure_check.setVisible(False)

    # Finding -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def _host(self) -> str:
        try:
            return httpx.URL(self.url_edit.text().strip()).host or self.url_edit.text().strip()
        except httpx.InvalidURL:
            return self.url_edit.text().strip()

    def _checked(self) -> AccountInput | None:
        """The input, or None with the reason shown when it cannot be used as it is."""
        if not self.url_edit.text().strip():
            self._error(self.tr("Give the server's address first."))
            self.url_edit.setFocus()
            return None
        needs_password = self.user_edit.text() and not self.no_password_check.isChecked()
        if needs_password and not self.password_edit.text():
            self._error(self.tr("Give the password, or tick that the server asks for none."))
            self.password_edit.setFocus()
            return None
        new = self.account_input()
        try:
            check_url(new.url, allow_insecure=new.allow_insecure)
        except InsecureUrlError as exc:
            self._error(str(exc))
            if new.url.lower().startswith("http://"):
                self.insecure_check.setVisible(True)
            return None
        return new

    def look_up(self) -> None:
        """Ask the server what it offers (on a worker)."""
        if self.running:
            return
        new = self._checked()
        if new is None:
            return
        self._busy(
            self.tr("Looking for address books and calendars on {host}...").format(
                host=self._host()
            )
        )

        def work(_progress: Progress) -> Discovery:
            return find_collections(new)

        self.task = run_task(work, self._found, owner=self)

    def _found(self, found: Discovery | None, error: BaseException | None) -> None:
        self._idle()
        if found is None:
            self._failed(error)
            return
        self.found = found
        self._fill(self.book_combo, found.addressbooks, bool(found.addressbook_homes), book=True)
        self._fill(self.calendar_combo, found.calendars, bool(found.calendar_homes), book=False)
        if self.book_combo.count() == 0:
            self._error(self.tr("The server has no address book NetDesk can use or make."))
            return
        self.collections.setVisible(True)
        self.add_button.setEnabled(True)
        self.add_button.setDefault(True)
        self.book_combo.setFocus()

    def _fill(
        self, combo: QComboBox, found: tuple[Collection, ...], can_make: bool, *, book: bool
    ) -> None:
        combo.clear()
        chosen = -1
        for collection in found:
            combo.addItem(icon("contacts" if book else "this-week"), collection.name, collection)
            if collection.displayname == "NetDesk" and chosen < 0:
                chosen = combo.count() - 1
        if can_make and not any(c.displayname == "NetDesk" for c in found):
            text = (
                self.tr('New address book "NetDesk"') if book else self.tr('New calendar "NetDesk"')
            )
            combo.addItem(icon("add-row"), text, _NEW)
            if chosen < 0 and not found:
                chosen = combo.count() - 1
        if not book:
            combo.addItem(self.tr("No calendar (contacts only)"), _NONE)
        combo.setCurrentIndex(max(chosen, 0))

    # Adding ------------------------------------------------------------------------------------

    def add(self) -> None:
        if self.running or self.found is None:
            return
        new = self._checked()
        if new is None:
            return
        book = self.book_combo.currentData()
        calendar = self.calendar_combo.currentData()
        self._busy(self.tr("Adding the account..."))

        def work(_progress: Progress) -> int:
            return add_account(
                new,
                addressbook=book if isinstance(book, Collection) else None,
                calendar=calendar if isinstance(calendar, Collection) else None,
                no_calendar=calendar == _NONE,
            )

        self.task = run_task(work, self._added, owner=self)

    def _added(self, account_id: int | None, error: BaseException | None) -> None:
        self._idle()
        if account_id is None:
            self._failed(error)
            return
        self.password_edit.clear()
        self.account_added.emit(account_id)
        self.accept()

    # State -------------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.error_label.setVisible(False)
        self.busy_label.setText(text)
        self.busy_label.setVisible(True)
        self.progress.setVisible(True)
        for widget in (self.find_button, self.add_button, self.collections):
            widget.setEnabled(False)
        self.busy_changed.emit(True)

    def _idle(self) -> None:
        self.task = None
        self.busy_label.setVisible(False)
        self.progress.setVisible(False)
        self.find_button.setEnabled(True)
        self.collections.setEnabled(True)
        self.add_button.setEnabled(self.found is not None)
        self.busy_changed.emit(False)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _failed(self, error: BaseException | None) -> None:
        if isinstance(error, CertificateError) and error.fingerprint:
            if error.fingerprint != self.fingerprint:
                # The tick was for the certificate shown before: this one is trusted afresh.
                self.trust_check.setChecked(False)
            self.fingerprint = error.fingerprint
            if isinstance(error, CertificateMismatch):
                text = self.tr(
                    "The server now shows another certificate than the one you trusted. If "
                    "this is your own server and you renewed its certificate, compare the new "
                    "SHA-256 fingerprint with the one below before you trust it:\n{fingerprint}"
                )
            else:
                text = self.tr(
                    "The server's certificate is not signed by an authority this computer "
                    "trusts. If this is your own server, compare its SHA-256 fingerprint with "
                    "the one below before you trust it:\n{fingerprint}"
                )
            self.certificate_label.setText(text.format(fingerprint=error.fingerprint))
            self.certificate_label.setVisible(True)
            self.trust_check.setVisible(True)
        self._error(str(error) if error is not None else self.tr("Something went wrong."))

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # its result is not used
            self.task = None
        super().reject()
