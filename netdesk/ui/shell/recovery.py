"""Getting a database back: File > Restore from backup..., and the start-up dialog shown when the
database cannot be opened (damaged, foreign, newer), which offers the backups instead of a
traceback.

The main window builds one :class:`Recovery` (a panel like the others: it gets a
``PanelContext`` and the window's ``open_database``) and puts its action in the File menu and
its notice in the status bar; the app's start-up calls :func:`open_database_or_ask`.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.backup import (
    Backup,
    BackupError,
    RestoreResult,
    backup_if_due,
    contact_count,
    list_backups,
    prepare_database,
    restore_backup,
    unsafe_backup_folder,
)
from netdesk.core.errors import NetDeskError
from netdesk.models.errors import (
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DiskFullError,
)
from netdesk.models.store import store
from netdesk.ui.formatting import format_date_time, format_number
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import Progress, run_task, wait_for_tasks
from netdesk.ui.widgets import ask_database_path

log = logging.getLogger("netdesk")

_PathRole = int(Qt.ItemDataRole.UserRole) + 1


def _plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class BackupList(QTreeWidget):
    """The backups of one database, newest first: when, how many contacts, which kind."""

    def __init__(self, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("recovery", "Taken"),
                QCoreApplication.translate("recovery", "Contacts"),
                QCoreApplication.translate("recovery", "Kind"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("recovery", "Backups"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        for backup in backups:
            count = contact_count(backup.path)
            item = QTreeWidgetItem(
                [
                    format_date_time(backup.taken),
                    QCoreApplication.translate("recovery", "unreadable")
                    if count is None
                    else format_number(count),
                    QCoreApplication.translate("recovery", "before a restore")
                    if backup.kind == "before-restore"
                    else QCoreApplication.translate("recovery", "automatic"),
                ]
            )
            item.setData(0, _PathRole, str(backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            if count is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(item)
        for row in range(self.topLevelItemCount()):
            top = self.topLevelItem(row)
            if top is not None and top.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.setCurrentItem(top)
                break

    def selected_path(self) -> Path | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(str(item.data(0, _PathRole)))


class RestoreDialog(QDialog):
    """File > Restore from backup...: pick one; the current file is kept first."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setWindowIcon(icon("restore-backup"))
        backups = list_backups(db_path)
        self.backups = BackupList(backups)
        unsafe = unsafe_backup_folder(db_path)
        intro = _plain_label(
            unsafe
            if unsafe is not None
            else self.tr(
                "Replace {name} by one of its backups. The current file is kept as a backup "
                "first, so you can come back to it."
            ).format(name=db_path.name)
            if backups
            else self.tr("There is no backup of {name} yet. NetDesk takes one every day.").format(
                name=db_path.name
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # The buttons say what they do: the current file is replaced, or kept as it is.
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.keep_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.setText(self.tr("&Keep the current file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.backups.itemSelectionChanged.connect(self._update)
        self.backups.itemDoubleClicked.connect(lambda *_: self.restore_button.click())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups)
        layout.addWidget(self.buttons)
        self.resize(520, 340)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.backups.selected_path() is not None)

    def selected_path(self) -> Path | None:
        return self.backups.selected_path()


class Choice(enum.Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    NEW = "new"
    RETRY = "retry"
    QUIT = "quit"


class DatabaseProblemDialog(QDialog):
    """The database cannot be opened: restore a backup, open another file, or quit."""

    def __init__(
        self,
        db_path: Path,
        problem: str,
        parent: QWidget | None = None,
        *,
        at_start: bool = True,
        missing: bool = False,
        lost: bool = False,
    ) -> None:
        """``lost``: the database used last is not there (moved, deleted, or on a drive that is
        not connected); try again, locate it, or start a new one in NetDesk's own folder."""
        super().__init__(parent)
        self.db_path = db_path
        self.choice = Choice.QUIT
        self.other_path: Path | None = None
        self.setWindowTitle(self.tr("NetDesk cannot open the database"))
        self.setWindowIcon(icon("damaged-database"))
        backups = list_backups(db_path)

        picture = QLabel()
        picture.setPixmap(icon("damaged-database").pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = self.tr("{name} is missing.") if missing else self.tr("{name} cannot be opened.")
        self.title = _plain_label(title.format(name=db_path.name))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.problem = _plain_label(problem)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = _plain_label(
            self.tr(
                "If it is on a drive that is not connected, connect it and choose Try again. "
                "Or locate the file, open another one, or start a new, empty database in "
                "NetDesk's own folder."
            )
            if lost and not backups
            else self.tr(
                "Restore its newest backup, or start with an empty database if you really want "
                "to begin again (the backups stay)."
            )
            if missing
            else self.tr(
                "Restoring a backup moves this file aside (renamed, never overwritten or deleted) "
                "and puts the backup in its place."
            )
            if backups
            else self.tr(
                "There is no backup of this file. It has been left as it is; you can open "
                "another database, or quit."
            )
        )
        self.backups = BackupList(backups)
        self.backups.setVisible(bool(backups))
        self.restore_button = QPushButton(icon("restore-backup"), self.tr("&Restore this backup"))
        self.open_button = QPushButton(icon("open-database"), self.tr("&Open another file..."))
        self.quit_button = (
            QPushButton(icon("quit"), self.tr("&Quit"))
            if at_start
            else QPushButton(self.tr("Cancel"))
        )
        self.new_button = QPushButton(
            icon("open-database"),
            self.tr("Start a &new database") if lost else self.tr("Start &empty"),
        )
        self.new_button.setVisible(missing)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setVisible(lost)
        self.retry_button.clicked.connect(self._retry)
        if lost:
            self.open_button.setText(self.tr("&Locate it or open another..."))
        self.restore_button.setVisible(bool(backups))
        self.restore_button.clicked.connect(self._restore)
        self.open_button.clicked.connect(self._open_other)
        self.new_button.clicked.connect(self._start_empty)
        self.quit_button.clicked.connect(self.reject)
        self.backups.itemSelectionChanged.connect(self._update)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.problem)
        text.addWidget(self.advice)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        self.resize(600, 420 if backups else 200)
        self._update()
        (self.restore_button if backups else self.open_button).setDefault(True)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.backups.selected_path() is not None)

    def selected_backup(self) -> Path | None:
        return self.backups.selected_path()

    def _restore(self) -> None:
        if self.selected_backup() is not None:
            self.choice = Choice.RESTORE
            self.accept()

    def _start_empty(self) -> None:
        self.choice = Choice.NEW
        self.accept()

    def _retry(self) -> None:
        self.choice = Choice.RETRY
        self.accept()

    def _open_other(self) -> None:
        path = ask_database_path(self, self.db_path.parent)
        if path is not None:
            self.choose_other(path)

    def choose_other(self, path: Path) -> None:
        self.choice = Choice.OPEN_OTHER
        self.other_path = path
        self.accept()


def _warn(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _warn_later(parent: QWidget, title: str, message: str) -> None:
    """A warning that does not wait (it may come from a paint)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def prepare(db_path: Path) -> None:
    """Finish or undo an interrupted restore, clear NetDesk's leftovers; logged, never fatal."""
    try:
        notes = prepare_database(db_path)
    except OSError as exc:
        log.warning("Could not tidy up beside %s: %s", db_path, exc)
        return
    for note in notes:
        log.warning("%s", note)


def _try_again(parent: QWidget | None, problem: str) -> bool:
    """A full disk or a long lock: nothing is wrong with the file; ask to try again or quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("recovery", "NetDesk cannot open the database"),
        problem,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    retry = box.addButton(
        QCoreApplication.translate("recovery", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def open_database_or_ask(
    db_path: Path, parent: QWidget | None = None, *, remembered: bool = False
) -> Path | None:
    """Open ``db_path``; when it cannot be opened, ask what to do until something opens.

    Returns the database now open, or None when the user chose to quit. A file that can only be
    read opens read-only; a full disk is said to be one, and the file is left alone.
    ``remembered``: ``db_path`` is the database used last (not named by the user now); when it
    is missing, the user is told and asked, never given a new, empty file in its place.
    """
    new_ok = False
    while True:
        if remembered and not db_path.exists():
            choice, backup, other = _ask(
                DatabaseProblemDialog(
                    db_path,
                    QCoreApplication.translate(
                        "recovery",
                        "{path} is the database you used last, and it is not there: it was moved, "
                        "renamed or deleted, or it is on a drive that is not connected.",
                    ).format(path=db_path),
                    parent,
                    missing=True,
                    lost=True,
                )
            )
            if choice == Choice.QUIT:
                return None
            if choice == Choice.OPEN_OTHER and other is not None:
                db_path, remembered = other, False
            elif choice == Choice.NEW:
                db_path, remembered = store.default_path(), False
            elif choice == Choice.RESTORE and backup is not None:
                _restore_at_start(parent, backup, db_path)
            continue
        prepare(db_path)
        try:
            store.open(db_path, new_ok=new_ok)
            return db_path
        except (DiskFullError, DatabaseLockedError) as exc:
            log.warning("Cannot open %s: %s", db_path, exc)
            if not _try_again(parent, str(exc)):
                return None
        except DatabaseError as exc:
            log.warning("Cannot open %s: %s", db_path, exc)
            choice, backup, other = _ask(
                DatabaseProblemDialog(
                    db_path, str(exc), parent, missing=isinstance(exc, DatabaseMissingError)
                )
            )
            if choice == Choice.QUIT:
                return None
            if choice == Choice.OPEN_OTHER and other is not None:
                db_path, new_ok = other, False
            elif choice == Choice.NEW:
                new_ok = True
            elif choice == Choice.RESTORE and backup is not None:
                _restore_at_start(parent, backup, db_path)


def _ask(dialog: DatabaseProblemDialog) -> tuple[Choice, Path | None, Path | None]:
    """The user's choice in ``dialog`` (QUIT when it was closed), the backup and other file."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice, backup, other = dialog.choice, dialog.selected_backup(), dialog.other_path
    dialog.deleteLater()
    return (choice if accepted else Choice.QUIT), backup, other


def _restore_at_start(parent: QWidget | None, backup: Path, db_path: Path) -> None:
    try:
        result = restore_backup(backup, db_path)
    except (NetDeskError, OSError) as error:
        _warn(
            parent,
            QCoreApplication.translate("recovery", "The backup was not restored"),
            str(error),
        )
    else:
        log.warning("Restored %s; the previous file is %s", backup, result.kept)


def automatic_backup(db_path: Path) -> None:
    """The daily backup, if due; failures are logged, never fatal."""
    try:
        backup = backup_if_due(db_path)
    except (NetDeskError, DatabaseError, OSError) as exc:
        log.warning("No automatic backup of %s: %s", db_path, exc)
        return
    if backup is not None:
        log.info("Backed up %s to %s", db_path, backup.path)


class Recovery(QObject):
    """File > Restore from backup..., the read-only and damage notices, and the backups offered
    when File > Open database... meets a file that cannot be opened."""

    restore_finished = Signal(bool)
    """After a restore: True when the backup is in place and open."""

    def __init__(
        self,
        context: PanelContext,
        open_database: Callable[[Path], bool],
        syncing: Callable[[], bool] = lambda: False,
    ) -> None:
        """``syncing()``: a sync writes to the open file now, which is then not replaced."""
        super().__init__(context.dialog_parent)
        self._context = context
        self._parent = context.dialog_parent
        self._open_database = open_database
        self._syncing = syncing
        self.progress: QProgressDialog | None = None
        self.restore_action = context.actions.add(
            "restore-backup",
            QAction(icon("restore-backup"), self.tr("&Restore from backup..."), self._parent),
        )
        self.restore_action.setStatusTip(
            self.tr("Go back to an earlier copy of your network; the current one is kept")
        )
        self.restore_action.triggered.connect(self.choose_backup)
        self.notice = _plain_label(wrap=False)
        """For the status bar: the open file can only be read, or is damaged."""
        self.notice.setVisible(False)
        self._damage_seen: Path | None = None
        context.signals.switched.connect(self._switched)
        self.update_notice()

    def _switched(self, path: Path | None) -> None:
        if path is not None:
            self.update_notice()

    def update_notice(self) -> None:
        """Say in the status bar when the open file can only be read."""
        reason = store.read_only
        self.notice.setVisible(reason is not None)
        if reason is not None:
            self.notice.setText(self.tr("Read-only: {reason}").format(reason=reason))
            self.notice.setToolTip(
                self.tr("{path} can be read but not changed: {reason}.").format(
                    path=store.path, reason=reason
                )
            )

    def report_damage(self, detail: str) -> None:
        """Contacts being shown are damaged in the file: say so once per file, log it once."""
        path = store.path
        if self._damage_seen == path:
            return
        self._damage_seen = path
        log.warning("%s is damaged: %s", path, detail)
        self.notice.setText(self.tr("Damaged file: restore a backup"))
        self.notice.setToolTip(detail)
        self.notice.setVisible(True)
        _warn_later(
            self._parent,
            self.tr("Part of your network is damaged"),
            self.tr(
                "{path} is damaged ({detail}). Contacts that cannot be read as they should are "
                "marked in the list, and NetDesk will not write to the file: use File > Restore "
                "from backup... to go back to the last good copy."
            ).format(path=path, detail=detail),
        )

    def offer_backups(self, path: Path, problem: str) -> bool | None:
        """File > Open database... met a file that cannot be opened: when it has backups, offer
        them (or another file). True when a database was opened through the dialog, None when
        there was nothing to offer (the caller just says what is wrong)."""
        if not list_backups(path):
            return None
        dialog = DatabaseProblemDialog(path, problem, self._parent, at_start=False)
        self.dialog: QDialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice, backup, other = dialog.choice, dialog.selected_backup(), dialog.other_path
        dialog.deleteLater()
        if not accepted:
            return False
        if choice == Choice.OPEN_OTHER and other is not None:
            return self._open_database(other)
        if choice == Choice.RESTORE and backup is not None:
            try:
                restore_backup(backup, path)
            except (NetDeskError, OSError) as error:
                _warn(self._parent, self.tr("The backup was not restored"), str(error))
                return False
            return self._open_database(path)
        return False

    def _refused_while_syncing(self) -> bool:
        """A sync writes to the open file: a backup put in its place now would get the rest of
        that sync, which belongs to the file it replaces; the user restores once it is done."""
        if not self._syncing():
            return False
        self._context.show_status(
            self.tr("A sync is running: restore the backup once it has finished."), 8000
        )
        return True

    def choose_backup(self) -> None:
        db_path = store.path
        if db_path is None or self._refused_while_syncing():
            return
        dialog = RestoreDialog(db_path, self._parent)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        backup = dialog.selected_path()
        if backup is not None:
            self.restore(backup)

    def restore(self, backup: Path) -> None:
        """Close the database, restore ``backup`` on a worker, then reopen it."""
        db_path = store.path
        if db_path is None or self._refused_while_syncing():
            return
        parent = self._parent
        wait_for_tasks()  # no worker may still hold the file
        # Anything asked meanwhile gets an empty answer; the views wait for the file to return.
        store.open(":memory:")
        parent.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Restoring the backup..."), "", 0, 0)
        self.progress.setWindowTitle(self.tr("Restore from backup"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(300)

        def work(_progress: Progress) -> RestoreResult:
            return restore_backup(backup, db_path)

        def done(result: RestoreResult | None, error: BaseException | None) -> None:
            if self.progress is not None:
                self.progress.close()
                self.progress.deleteLater()
                self.progress = None
            parent.setEnabled(True)
            reopened = self._open_database(db_path)
            if error is not None:
                log.warning("Restore of %s failed: %s", backup, error)
                message = str(error) if isinstance(error, BackupError | OSError) else repr(error)
                _warn(parent, self.tr("The backup was not restored"), message)
            elif result is not None and reopened:
                self._context.show_status(
                    self.tr(
                        "Restored the backup of {when}; the previous file is kept as {kept}"
                    ).format(when=backup.name, kept=result.kept.name if result.kept else "-"),
                    15_000,
                )
            self.restore_finished.emit(error is None and reopened)

        run_task(work, done)
