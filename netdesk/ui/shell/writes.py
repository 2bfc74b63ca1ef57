"""Every database write of a window runs on a worker, one at a time and in order.

Another NetDesk window or a command-line import may hold SQLite's write lock for seconds; a save
that waited for it on the GUI thread froze the window. :class:`Writer` runs each write in one
transaction on a worker (with its own connection, see ``ui/tasks``), says that it waits for
another program while it does, and when the lock does not come free offers Retry or Cancel.
Nothing is written before the lock is had, so Cancel leaves the database as it was, and the
dialog that asked for the write keeps everything typed in it.

Undo and redo are writes as well. A :class:`WriteCommand` is pushed only after its first write
succeeded, so the push itself writes nothing. :class:`WriteUndoStack` sends undo() and redo() to
the writer, which runs the command's write on the worker and moves the stack's index only when it
succeeded: the stack always matches the database. A step the database no longer allows (someone
deleted a contact it refers to, in another window) is dropped with a message saying why.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from netdesk.core.errors import NetDeskError
from netdesk.models.errors import explain
from netdesk.models.store import (
    CONFLICT_ERRORS,
    DATABASE_ERRORS,
    LockTimeout,
    LockWaitCancelled,
    store,
)
from netdesk.ui.shell.tasks import Progress, Task, run_task

log = logging.getLogger("netdesk")

LOCK_WAIT_SECONDS = 10.0
"""How long a write waits for another program's lock before the user is asked."""

EXPECTED_ERRORS: tuple[type[Exception], ...] = (NetDeskError, *DATABASE_ERRORS, OSError)
"""What a write may fail with and the user is told about; anything else is a bug (logged)."""


CONFLICTS: tuple[type[Exception], ...] = (NetDeskError, *CONFLICT_ERRORS)
"""An undo or redo the database no longer allows: the rows it refers to changed meanwhile."""


def _plainly(error: BaseException) -> str:
    """What went wrong, as the person using NetDesk needs it (a full disk, a read-only file)."""
    known = explain(error, store.path)
    return str(known if known is not None else error)


def menu_text(text: str) -> str:
    """``text`` for the Undo/Redo menu entries: an ``&`` in a name stays an ampersand instead of
    turning the next letter into a keyboard shortcut."""
    return text.replace("&", "&&")


class WriteCommand(QUndoCommand):
    """An undo step whose database writes run on the writer's worker.

    Subclasses write in :meth:`write_undo` and :meth:`write_redo` (on the worker: database only,
    no widgets) and refresh the screen in :meth:`after` (on the GUI thread). Push the command once
    the change itself is written; the stack's first redo() then has nothing to do.
    """

    def __init__(self, text: str) -> None:
        super().__init__(menu_text(text))
        self._written: list[object] = []

    def write_undo(self) -> object:
        raise NotImplementedError

    def write_redo(self) -> object:
        raise NotImplementedError

    def after(self, result: object) -> None:
        """The undo or redo is written (``result`` is what its write returned)."""

    def dropped(self, error: BaseException) -> None:
        """The database no longer allowed this step; it has left the stack."""

    def written(self, result: object) -> None:
        """Called by the writer just before it moves the stack's index over this command."""
        self._written.append(result)

    def undo(self) -> None:
        if self._written:
            self.after(self._written.pop())

    def redo(self) -> None:
        if self._written:  # empty on push: the change was written before
            self.after(self._written.pop())


class WriteUndoStack(QUndoStack):
    """The window's undo stack: undo() and redo() are writes queued on its :class:`Writer`."""

    def __init__(self, writer: Writer) -> None:
        super().__init__(writer)
        self._writer = writer

    def undo(self) -> None:
        self._writer.step(undo=True)

    def redo(self) -> None:
        self._writer.step(undo=False)

    def undo_action(self, parent: QObject, prefix: str) -> QAction:
        """Like ``createUndoAction``, but the action goes through the writer."""
        action = self.createUndoAction(parent, prefix)
        action.triggered.disconnect()
        action.triggered.connect(self.undo)
        return action

    def redo_action(self, parent: QObject, prefix: str) -> QAction:
        action = self.createRedoAction(parent, prefix)
        action.triggered.disconnect()
        action.triggered.connect(self.redo)
        return action


@dataclass
class _Job:
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failure: str
    parent: QWidget | None
    refused: Callable[[BaseException], bool] | None
    given_up: Callable[[], None] | None
    notice: Callable[[str], None] | None


@dataclass
class _Step:
    """An undo (or redo) asked for; which command it concerns is decided when its turn comes."""

    undo: bool


class PendingWrite:
    """A write handed to :meth:`Writer.write`; :meth:`cancel` stops it while it waits."""

    def __init__(self, writer: Writer, job: _Job) -> None:
        self._writer = writer
        self._job = job

    def cancel(self) -> None:
        """Give up the write if it has not got the lock yet (nothing of it is written then)."""
        self._writer._cancel(self._job)


class Writer(QObject):
    """Runs a window's writes on a worker, in order; see the module's docstring."""

    busy_changed = Signal(bool)
    """True when a write is queued or running, False when all are done."""
    notice_changed = Signal(str)
    """What the writer waits for (another program's lock), or "" when it does not wait."""
    wrote = Signal()
    """A write was committed; its ``done`` follows at once (the views re-read what changed
    when the store says so: see ``ui/shell/store_signals``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock_wait_seconds = LOCK_WAIT_SECONDS
        self.undo_stack = WriteUndoStack(self)
        self.retry_box: QMessageBox | None = None
        """The "database is busy" question while it is open (tests answer it)."""
        self._queue: deque[_Job | _Step] = deque()
        self._current: _Job | None = None
        self._task: Task[Any] | None = None
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        failure: str,
        parent: QWidget | None = None,
        refused: Callable[[BaseException], bool] | None = None,
        given_up: Callable[[], None] | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> PendingWrite:
        """Run ``work()`` in one transaction on a worker, after the writes queued before it.

        ``done(result)`` follows on the GUI thread (always: the change is written, even when the
        dialog that asked is gone). ``failure`` says what did not happen ("The
        contact was not saved.") when the write fails or the user gives up waiting. ``refused``
        may show an error itself (beside a field) and return True; otherwise the writer shows it.
        ``given_up()`` follows every end without ``done``, so the caller can undo its "saving"
        look; ``notice(text)`` is told what the write waits for ("" when it no longer waits).
        ``parent`` is the dialog the question about a busy database belongs to.
        """
        job = _Job(work, done, failure, parent, refused, given_up, notice)
        self._queue.append(job)
        self._next()
        return PendingWrite(self, job)

    def step(self, *, undo: bool) -> None:
        """Undo (or redo) the command before (after) the stack's index, once earlier writes
        are done."""
        self._queue.append(_Step(undo))
        self._next()

    def cancel_all(self) -> None:
        """Give up every write still waiting for the lock (the window closes); one that has
        the lock finishes."""
        for item in list(self._queue):
            self._queue.remove(item)
            if isinstance(item, _Job):
                self._give_up(item)
        if self._task is not None:
            self._task.cancel()
        self._set_busy()

    # Running -------------------------------------------------------------------------------------

    def _set_busy(self) -> None:
        if self.busy != self._busy:
            self._busy = self.busy
            self.busy_changed.emit(self._busy)

    def _next(self) -> None:
        while self._current is None and self._queue:
            item = self._queue.popleft()
            job = self._step_job(item) if isinstance(item, _Step) else item
            if job is not None:
                self._current = job
                self._run(job)
        self._set_busy()

    def _run(self, job: _Job) -> None:
        give_up_after = self.lock_wait_seconds

        def work(progress: Progress) -> object:
            def waiting() -> None:
                progress(0, 0)

            with store.transaction(
                on_wait=waiting, give_up_after=give_up_after, cancelled=lambda: progress.cancelled
            ):
                return job.work()

        self._task = run_task(work, self._finished, on_progress=self._waiting, owner=self)

    def _waiting(self, _done: int, _total: int) -> None:
        text = self.tr("Another NetDesk window or command is writing; waiting…")
        self._tell(text)

    def _tell(self, text: str) -> None:
        job = self._current
        self.notice_changed.emit(text)
        if job is not None and job.notice is not None and _usable(job):
            job.notice(text)

    def _finished(self, result: object, error: BaseException | None) -> None:
        job = self._current
        assert job is not None
        self._task = None
        self._tell("")
        if isinstance(error, LockTimeout):
            self._ask_retry(job)  # the job stays current until the user answers
            return
        self._current = None
        try:
            if error is None:
                self.wrote.emit()
                job.done(result)
            elif isinstance(error, LockWaitCancelled):
                self._give_up(job)
            elif job.refused is not None and job.refused(error):
                pass
            elif isinstance(error, EXPECTED_ERRORS):
                log.warning("%s %s", job.failure, error)
                self._warn(job, _plainly(error))
                self._give_up(job)
            else:
                self._give_up(job)
                raise error  # a bug: the error handlers log it and show it
        finally:
            self._next()

    def _give_up(self, job: _Job) -> None:
        if job.given_up is not None and _usable(job):
            job.given_up()

    def _cancel(self, job: _Job) -> None:
        if job in self._queue:
            self._queue.remove(job)
            self._give_up(job)
            self._set_busy()
        elif job is self._current and self._task is not None:
            self._task.cancel()

    def _dialog_parent(self, job: _Job) -> QWidget | None:
        if job.parent is not None and _usable(job):
            return job.parent
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _warn(self, job: _Job, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, job.failure, message, parent=self._dialog_parent(job)
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{job.failure}\n\n{message}")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _ask_retry(self, job: _Job) -> None:
        box = QMessageBox(self._dialog_parent(job))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("The database is busy"))
        box.setText(
            job.failure
            + "\n\n"
            + self.tr(
                "Another NetDesk window or command has been writing to this database for "
                "{seconds} seconds and is not done yet. Nothing has been changed."
            ).format(seconds=f"{self.lock_wait_seconds:g}")
        )
        box.setInformativeText(
            self.tr("Retry to wait for it again, or Cancel to leave everything as it is.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._answered(job, answer))
        self.retry_box = box
        box.open()

    def _answered(self, job: _Job, answer: int) -> None:
        self.retry_box = None
        if answer == QMessageBox.StandardButton.Retry:
            self._run(job)
            return
        self._current = None
        self._give_up(job)
        self._next()

    # Undo and redo -------------------------------------------------------------------------------

    def _step_job(self, step: _Step) -> _Job | None:
        stack = self.undo_stack
        if not (stack.canUndo() if step.undo else stack.canRedo()):
            return None
        index = stack.index() - 1 if step.undo else stack.index()
        command = stack.command(index)
        if not isinstance(command, WriteCommand):  # pragma: no cover - only ours are pushed
            raise TypeError(f"{command!r} is not a WriteCommand")

        def done(result: object) -> None:
            command.written(result)
            (QUndoStack.undo if step.undo else QUndoStack.redo)(stack)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, CONFLICTS):
                return False  # a full disk, a read-only file: said, and the step stays
            # The database changed under this step (another window, a command): drop it.
            command.setObsolete(True)
            command.dropped(error)
            (QUndoStack.undo if step.undo else QUndoStack.redo)(stack)
            return False  # and say why

        return _Job(
            work=command.write_undo if step.undo else command.write_redo,
            done=done,
            failure=self.tr("That could not be undone.")
            if step.undo
            else self.tr("That could not be redone."),
            parent=None,
            refused=refused,
            given_up=None,
            notice=None,
        )


def _usable(job: _Job) -> bool:
    """False once the dialog that asked for the write is gone (its callbacks would fail)."""
    return job.parent is None or shiboken6.isValid(job.parent)
