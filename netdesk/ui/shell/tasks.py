"""Run slow work off the GUI thread and hand ``(result, error)`` back on the GUI thread.

Workers reach the database the store has open, as the GUI does: peewee keeps one connection per
thread, so a worker gets its own connection (with the same pragmas) and the store closes it when
the task ends (``store.release_thread``). Workers never touch widgets; they may report progress
through the :class:`Progress` they are given, and should look at ``progress.cancelled`` in long
loops.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from netdesk.core.query import Interrupt
from netdesk.models.store import store

T = TypeVar("T")


class Progress:
    """Given to the work function: ``progress(done, total)`` reports, ``cancelled`` is asked."""

    def __init__(self, task: Task[Any]) -> None:
        self._task = task

    def __call__(self, done: int, total: int) -> None:
        self._task.progressed.emit(int(done), int(total))

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled


class Task(QObject, Generic[T]):
    """One unit of background work; lives on the GUI thread, its signals arrive there."""

    progressed = Signal(int, int)
    finished = Signal(object)
    """A ``_Outcome``. Never None itself: PySide 6.x miscounts references to None sent
    through a queued connection, which ends in a crash after enough tasks."""

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; its result is still delivered (usually ignored by the caller)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task[T], work: Callable[[Progress], T]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self._work(Progress(self._task))
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            error = exc
        finally:
            store.release_thread()  # this thread's connection only
        with contextlib.suppress(RuntimeError):  # the application is already gone
            self._task.finished.emit(_Outcome(result, error))


class _Outcome:
    __slots__ = ("error", "result")

    def __init__(self, result: object, error: BaseException | None) -> None:
        self.result = result
        self.error = error


_running: set[Task[Any]] = set()


def run_task(
    work: Callable[[Progress], T],
    on_done: Callable[[T | None, BaseException | None], None],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Task[T]:
    """Run ``work(progress)`` on a pool thread; call ``on_done(result, error)`` on the GUI thread.

    Exactly one of ``result``/``error`` is meaningful. Keep the returned task to cancel it.
    With an ``owner`` (the widget the callbacks update), the task is cancelled when the owner is
    deleted and neither callback runs any more: a panel closed with the window while its worker
    still counts is never touched after its C++ object is gone.
    """
    task: Task[T] = Task()
    _running.add(task)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finished(outcome: _Outcome) -> None:
        _running.discard(task)
        if alive():
            # The work's result, sent through a signal of ``object``.
            on_done(cast("T | None", outcome.result), outcome.error)

    task.finished.connect(finished)
    if on_progress is not None:
        task.progressed.connect(lambda done, total: on_progress(done, total) if alive() else None)
    if owner is not None:
        owner.destroyed.connect(task.cancel)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, work))
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until the global pool is idle (for quitting and tests); True when it is."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


class QueryRequest:
    """One query asked of a worker, and how to stop it when a newer one replaces it: its
    SQLite interrupt and its task (the contact table and the Companies list ask this way)."""

    def __init__(self) -> None:
        self.interrupt = Interrupt()
        self.task: Task[Any] | None = None

    def stop(self) -> None:
        self.interrupt.request()
        if self.task is not None:
            self.task.cancel()
