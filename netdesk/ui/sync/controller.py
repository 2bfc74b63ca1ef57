"""Running the sync from the window: on demand, every N minutes and at start, on a worker.

One sync at a time; asking again while one runs does nothing more. The status bar's button says
what it is doing and how the last one went (the details in its tooltip); an account whose server
does not answer is normal (offline: a quiet status, tried again next time), any other failure
says what went wrong, and, when the user asked for the sync, in a message too.

An account's first sync stops on the worker before anything is written and asks the window to
show its matches (``first_sync.FirstSyncDialog``); the worker goes on with the user's choices,
or leaves the account as it was when the dialog is cancelled or the window closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from netdesk.core.importing import Choice, ImportPlan
from netdesk.core.sync.runs import AccountRecord, PreviewCancelled, SyncRun, accounts, sync_all
from netdesk.models.store import store
from netdesk.ui.formatting import format_date_time
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.sync.first_sync import FirstSyncDialog
from netdesk.ui.widgets import plain_tooltip

INTERVAL_SETTING = "sync/interval_minutes"
AT_START_SETTING = "sync/at_start"
DEFAULT_INTERVAL = 15
START_DELAY_MS = 3000
"""After the window is up: the first paint and the table's first query go first."""


def interval_minutes(settings: QSettings) -> int:
    """Minutes between automatic syncs; 0: only on demand."""
    try:
        value = int(str(settings.value(INTERVAL_SETTING, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL
    return max(0, value)


def sync_at_start(settings: QSettings) -> bool:
    return str(settings.value(AT_START_SETTING, "true")).lower() in ("true", "1")


class _FirstSyncAsk(QObject):
    """Carries the first sync's question from the worker to the GUI thread and the answer back."""

    asked = Signal(object, str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.server = ""
        self._answered = threading.Event()
        self._answer: Mapping[int, Choice] | None = None
        self._closed = False

    def choose(self, plan: ImportPlan) -> Mapping[int, Choice]:
        """On the worker: wait for the user's choices."""
        self._answered.clear()
        self._answer = None
        if self._closed:
            raise PreviewCancelled(self.tr("The window was closed before the first sync."))
        self.asked.emit(plan, self.server)
        self._answered.wait()
        if self._answer is None:
            raise PreviewCancelled(
                self.tr("The first sync with {server} was cancelled: nothing was changed.").format(
                    server=self.server
                )
            )
        return self._answer

    def answer(self, choices: Mapping[int, Choice] | None) -> None:
        self._answer = choices
        self._answered.set()

    def close(self) -> None:
        self._closed = True
        self.answer(None)


class SyncController(QObject):
    """Starts syncs and shows their state in ``status_button`` (for the status bar)."""

    sync_started = Signal()
    sync_finished = Signal(object)
    """The `SyncRun` (or None when the sync itself failed)."""
    preview_opened = Signal(object)
    """The first sync's `FirstSyncDialog`, once shown."""

    def __init__(self, settings: QSettings, dialog_parent: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialog_parent = dialog_parent
        self.task: Task[SyncRun] | None = None
        self.last_run: SyncRun | None = None
        self.preview: FirstSyncDialog | None = None
        self._after: Callable[[], None] | None = None
        self._asked_by_user = False
        self._closed = False
        self._ask = _FirstSyncAsk(self)
        self._ask.asked.connect(self._show_preview, Qt.ConnectionType.QueuedConnection)
        self.status_button = QToolButton()
        self.status_button.setObjectName("syncStatus")
        self.status_button.setAutoRaise(True)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.setAccessibleName(self.tr("Sync"))
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(asked=False))
        self.apply_settings()
        self.show_idle()
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(lambda: self.sync_now(asked=False))
        if sync_at_start(settings):
            self.start_timer.start(START_DELAY_MS)

    @property
    def running(self) -> bool:
        return self.task is not None

    def apply_settings(self) -> None:
        """Start (or stop) the timer for the interval set now."""
        minutes = interval_minutes(self.settings)
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def show_idle(self) -> None:
        """The status as the accounts say it (read from the database: a few rows)."""
        if self.running or self._closed:
            return
        found = accounts()
        self.status_button.setVisible(bool(found))
        if not found or self.last_run is not None:
            return
        last = max((a.last_sync for a in found if a.last_sync), default=None)
        if last is None:
            self._status("sync", self.tr("Not synced yet"), self.tr("Sync now: Ctrl+Shift+S"))
            return
        when = format_date_time(datetime.fromisoformat(last))
        failed = [a for a in found if a.last_result and a.last_result != "ok"]
        if failed:
            self._status(
                "sync-error",
                self.tr("Last sync failed"),
                "\n".join(f"{a.url}: {a.last_result}" for a in failed),
            )
        else:
            self._status("sync-ok", self.tr("Synced {when}").format(when=when), "")

    def sync_now(self, *, asked: bool = True) -> bool:
        """Start a sync of every account; False when one runs already or there is none."""
        if self.running or self._closed or store.path is None:
            return False
        if not accounts():
            self.status_button.setVisible(False)
            return False
        self._asked_by_user = asked
        self.status_button.setVisible(True)
        self._status("sync", self.tr("Syncing..."), "")
        ask = self._ask

        def starting(index: int, count: int, account: AccountRecord) -> None:
            ask.server = account.url

        def work(progress: Progress) -> SyncRun:
            def step(index: int, count: int, account: AccountRecord) -> None:
                starting(index, count, account)
                progress(index, count)

            return sync_all(ask.choose, starting=step)

        self.task = run_task(work, self._done, on_progress=self._progress, owner=self)
        self.sync_started.emit()
        return True

    def _progress(self, done: int, total: int) -> None:
        if total > 1:
            text = QCoreApplication.translate(
                "SyncController", "Syncing account {n} of {count}..."
            ).format(n=done + 1, count=total)
            self._status("sync", text, "")

    def after_sync(self, then: Callable[[], None]) -> None:
        """Call ``then()`` once the running sync has finished, before another can start (in
        place of one given before); at once when none runs."""
        if not self.running:
            then()
            return
        self._after = then

    def _done(self, run: SyncRun | None, error: BaseException | None) -> None:
        self.task = None
        if run is None:
            message = str(error) if error is not None else ""
            self._status("sync-error", self.tr("Sync failed"), message)
            if self._asked_by_user:
                self._warn(message)
        else:
            self.last_run = run
            self._show_run(run)
            if self._asked_by_user and run.failed:
                self._warn("\n\n".join(f"{r.url}:\n{r.error}" for r in run.failed))
        then, self._after = self._after, None
        self.sync_finished.emit(run)
        if then is not None and not self._closed:
            then()

    def forget_last_run(self) -> None:
        """Another file is open: the last run was of the one before."""
        self.last_run = None

    def _show_run(self, run: SyncRun) -> None:
        when = format_date_time(datetime.now())
        total = run.total
        details = [
            self.tr("%n received", "", total.downloaded),
            self.tr("%n sent", "", total.uploaded),
            self.tr("%n merged", "", total.merged),
            self.tr("%n deleted here", "", total.deleted_local),
            self.tr("%n deleted on the server", "", total.deleted_remote),
        ]
        lines = [self.tr("Last sync: {when}").format(when=when), ", ".join(details)]
        for result in run.accounts:
            if result.error:
                lines.append(f"{result.url}: {result.error}")
        tooltip = "\n".join(lines)
        if all(r.cancelled for r in run.accounts):
            self._status("sync", self.tr("First sync cancelled: nothing was changed"), tooltip)
        elif run.failed:
            self._status("sync-error", self.tr("Sync failed"), tooltip)
        elif run.offline and len(run.offline) == len(run.accounts):
            self._status(
                "sync-offline",
                self.tr("Offline: changes wait for the server"),
                tooltip,
            )
        elif total.conflicts:
            text = self.tr("Synced {when}, %n conflicts to settle", "", len(total.conflicts))
            self._status("sync-conflicts", text.format(when=when), tooltip)
        else:
            self._status("sync-ok", self.tr("Synced {when}").format(when=when), tooltip)

    def _status(self, meaning: str, text: str, tooltip: str) -> None:
        self.status_button.setIcon(icon(meaning))
        self.status_button.setText(text)
        self.status_button.setToolTip(plain_tooltip(tooltip or text))
        self.status_button.setAccessibleDescription(tooltip or text)

    def _warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("NetDesk could not sync"),
            self.tr("The sync did not complete; what was done so far is kept on both sides."),
            parent=self.dialog_parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # The first sync's preview ------------------------------------------------------------------

    def _show_preview(self, plan: ImportPlan, server: str) -> None:
        dialog = FirstSyncDialog(plan, server, self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        ask = self._ask
        answered = False

        def finished(result: int) -> None:
            nonlocal answered
            answered = True
            accepted = result == int(FirstSyncDialog.DialogCode.Accepted)
            ask.answer(dialog.choices() if accepted else None)
            self.preview = None

        def gone() -> None:
            if not answered:
                ask.answer(None)

        dialog.finished.connect(finished)
        dialog.destroyed.connect(gone)
        self.preview = dialog
        self._status("sync", self.tr("Waiting for your choices..."), "")
        dialog.open()
        self.preview_opened.emit(dialog)

    def close(self) -> None:
        """The window closes: a sync waiting for the preview gives up; none starts again."""
        self._closed = True
        self._after = None
        self.timer.stop()
        self.start_timer.stop()
        self._ask.close()
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.reject()
