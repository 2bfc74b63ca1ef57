"""Edit > Sync accounts...: the accounts, adding and removing one, and when NetDesk syncs.

Each account shows its server, user, address book and calendar and how its last sync went.
Removing one forgets it and its password (the contacts stay). The interval (every N minutes
while NetDesk is open; 0: only on demand) and "sync at start" are kept in the settings.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.sync.accounts import (
    AccountRecord,
    accounts,
    presented_certificate,
    remove_account,
    trust_certificate,
)
from netdesk.models.store import Topic
from netdesk.ui.formatting import format_date_time
from netdesk.ui.icons import icon
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.shell.writes import Writer
from netdesk.ui.sync.add_account import AddAccountDialog
from netdesk.ui.sync.controller import (
    AT_START_SETTING,
    INTERVAL_SETTING,
    interval_minutes,
    sync_at_start,
)
from netdesk.ui.theme import MARGIN, SPACING, section_header
from netdesk.ui.widgets import confirm

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountsDialog(QDialog):
    settings_changed = Signal()
    """The interval or "sync at start" changed (the controller restarts its timer)."""
    sync_requested = Signal()

    def __init__(
        self,
        settings: QSettings,
        signals: StoreSignals,
        writer: Writer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.writer = writer
        self.add_dialog: AddAccountDialog | None = None
        self.setWindowTitle(self.tr("Sync accounts"))
        self.setWindowIcon(icon("sync-accounts"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)

        layout.addWidget(section_header(self.tr("Accounts")))
        self.list = QTreeWidget()
        self.list.setObjectName("syncAccounts")
        self.list.setAccessibleName(self.tr("Sync accounts"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Server"), self.tr("User"), self.tr("Collections"), self.tr("Last sync")]
        )
        header = self.list.header()
        for column, width in enumerate((260, 110, 230)):
            header.resizeSection(column, width)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(
            self.tr("No account yet: add one to have your network on your phone and laptop too.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)

        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add-row"), self.tr("&Add account..."))
        self.add_button.clicked.connect(self.open_add)
        self.remove_button = QPushButton(icon("remove-row"), self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.certificate_button = QPushButton(
            icon("certificate"), self.tr("&Trust new certificate...")
        )
        self.certificate_button.setToolTip(
            self.tr(
                "When a server with a certificate of its own renewed it: see the new one's "
                "fingerprint and trust it"
            )
        )
        self.certificate_button.clicked.connect(self.check_certificate)
        self.certificate_task: Task[str | None] | None = None
        self.sync_button = QPushButton(icon("sync"), self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_requested)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.certificate_button)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        layout.addLayout(row)
        self.notice = QLabel()
        self.notice.setObjectName("certificateNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        layout.addWidget(section_header(self.tr("When")))
        when = QHBoxLayout()
        self.auto_check = QCheckBox(self.tr("Sync &every"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 24 * 60)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Minutes between syncs"))
        minutes = interval_minutes(settings)
        self.auto_check.setChecked(minutes > 0)
        self.interval_spin.setValue(minutes or 15)
        self.interval_spin.setEnabled(minutes > 0)
        when.addWidget(self.auto_check)
        when.addWidget(self.interval_spin)
        when.addWidget(QLabel(self.tr("while NetDesk is open")))
        when.addStretch(1)
        layout.addLayout(when)
        self.start_check = QCheckBox(self.tr("Sync &when NetDesk starts"))
        self.start_check.setChecked(sync_at_start(settings))
        layout.addWidget(self.start_check)
        self.auto_check.toggled.connect(self._save)
        self.interval_spin.valueChanged.connect(self._save)
        self.start_check.toggled.connect(self._save)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._watch = ChangeWatch(signals, (Topic.SETTINGS,), lambda _c: self.refresh(), self)
        self.refresh()

    def refresh(self) -> None:
        """The accounts again (a few rows)."""
        selected = self.selected_id()
        self.list.clear()
        self._accounts = {account.id: account for account in accounts()}
        for account in self._accounts.values():
            item = QTreeWidgetItem(
                [account.url, account.username, self._collections(account), self._last(account)]
            )
            item.setIcon(0, icon("server"))
            item.setData(0, _ID_ROLE, account.id)
            for column in range(4):
                item.setToolTip(column, item.text(column))
            if account.last_result and account.last_result != "ok":
                item.setIcon(3, icon("sync-error"))
                item.setToolTip(3, account.last_result)
            self.list.addTopLevelItem(item)
            if account.id == selected:
                item.setSelected(True)
        has = self.list.topLevelItemCount() > 0
        self.list.setVisible(has)
        self.empty_label.setVisible(not has)
        first = self.list.topLevelItem(0)
        if first is not None and not self.list.selectedItems():
            first.setSelected(True)
        self._update_buttons()

    def _collections(self, account: AccountRecord) -> str:
        book = account.addressbook_url.rstrip("/").rsplit("/", 1)[-1]
        calendar = account.calendar_url.rstrip("/").rsplit("/", 1)[-1]
        if calendar:
            return self.tr("{book} (contacts), {calendar} (calendar)").format(
                book=book, calendar=calendar
            )
        return self.tr("{book} (contacts)").format(book=book)

    def _last(self, account: AccountRecord) -> str:
        if account.last_sync is None:
            return self.tr("Never")
        when = format_date_time(datetime.fromisoformat(account.last_sync))
        if account.last_result == "ok":
            return when
        return self.tr("{when}: failed").format(when=when)

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(0, _ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_id() is not None)
        account = self._accounts.get(self.selected_id() or 0)
        pinned = account is not None and bool(account.fingerprint)
        self.certificate_button.setVisible(pinned)
        self.certificate_button.setEnabled(pinned and self.certificate_task is None)
        self.sync_button.setEnabled(self.list.topLevelItemCount() > 0)

    def _save(self) -> None:
        self.interval_spin.setEnabled(self.auto_check.isChecked())
        minutes = self.interval_spin.value() if self.auto_check.isChecked() else 0
        self.settings.setValue(INTERVAL_SETTING, minutes)
        self.settings.setValue(AT_START_SETTING, self.start_check.isChecked())
        self.settings_changed.emit()

    def open_add(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.account_added.connect(lambda _id: self.refresh())
        dialog.account_added.connect(lambda _id: self.sync_requested.emit())
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def check_certificate(self) -> None:
        """Ask the server (on a worker) which certificate it presents now; when it is another
        than the trusted one, show both fingerprints and trust the new one only if the user
        says so."""
        account = self._accounts.get(self.selected_id() or 0)
        if account is None or self.certificate_task is not None:
            return
        self._notice(self.tr("Asking {url} for its certificate...").format(url=account.url))
        self.certificate_task = run_task(
            lambda _progress: presented_certificate(account),
            lambda seen, error: self._certificate_seen(account, seen, error),
            owner=self,
        )
        self._update_buttons()

    def _certificate_seen(
        self, account: AccountRecord, seen: str | None, error: BaseException | None
    ) -> None:
        self.certificate_task = None
        self._update_buttons()
        if error is not None:
            self._notice(
                self.tr("NetDesk could not check the server's certificate: {error}").format(
                    error=str(error)
                )
            )
            return
        if seen is None:
            self._notice(
                self.tr("{url} still presents the certificate NetDesk trusts.").format(
                    url=account.url
                )
            )
            return
        self._notice("")
        if not confirm(
            self,
            self.tr("Trust new certificate"),
            self.tr("{url} presents another certificate than the one NetDesk trusts.").format(
                url=account.url
            ),
            self.tr("Trust the new certificate"),
            self.tr("Keep the old one"),
            informative=self.tr(
                "Trust it only if its SHA-256 fingerprint is the one your server shows (for "
                "example in its administration page), or someone may be listening in.\n\n"
                "New: {seen}\nTrusted until now: {trusted}"
            ).format(seen=seen, trusted=account.fingerprint),
        ):
            return
        self.writer.write(
            lambda: trust_certificate(account.id, seen),
            lambda _done: self._trusted(),
            failure=self.tr("The new certificate was not trusted."),
            parent=self,
        )

    def _trusted(self) -> None:
        self._notice(self.tr("The new certificate is trusted; syncing again."))
        self.sync_requested.emit()

    def remove_selected(self) -> None:
        account_id = self.selected_id()
        if account_id is None:
            return
        url = self.list.selectedItems()[0].text(0)
        if not confirm(
            self,
            self.tr("Remove the account"),
            self.tr("Stop syncing with {url}?").format(url=url),
            self.tr("Remove account"),
            self.tr("Keep it"),
            informative=self.tr(
                "The contacts stay here and on the server; NetDesk forgets the account and "
                "its password."
            ),
        ):
            return
        self.writer.write(
            lambda: remove_account(account_id),
            lambda _removed: self.refresh(),
            failure=self.tr("The account was not removed."),
            parent=self,
        )
