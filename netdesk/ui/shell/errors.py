"""Nothing fails silently: uncaught exceptions and Qt's own messages go to a log file, and
exceptions also to a dialog the user can copy from. Exceptions on other threads and those Python
can only report as "unraisable" (a callback during teardown) are logged too.

The log is ``netdesk.log`` in the data folder (beside the default database), rotated at 1 MB with
three old files kept, so it never grows without bound.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from netdesk.core.saving import open_private_log, private_log_path
from netdesk.models.errors import explain
from netdesk.models.store import store
from netdesk.ui.translations import Plural

LOG_NAME = "netdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("netdesk")


class PrivateLogHandler(RotatingFileHandler):
    """The log names people and files: it is created 0600, like everything NetDesk writes."""

    def _open(self) -> io.TextIOWrapper:
        fd = open_private_log(self.baseFilename)
        # A text mode ("a"), which typeshed cannot tell from a str variable.
        return cast(
            io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        )


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def default_log_folder() -> Path:
    return store.default_path().parent


@dataclass
class ErrorHandlers:
    """What :func:`install_error_handlers` changed, so that it can be put back."""

    log_path: Path
    handler: RotatingFileHandler
    previous_excepthook: ExceptHook
    previous_qt_handler: Callable[[QtMsgType, QMessageLogContext, str], Any] | None
    dialog: QMessageBox | None = None
    unseen: int = 0
    previous_thread_hook: Callable[[threading.ExceptHookArgs], Any] = threading.excepthook
    previous_unraisable_hook: Callable[[Any], Any] = sys.unraisablehook

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception ended a thread (not a pool task: those hand theirs to the GUI)."""
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        value = args.exc_value or args.exc_type()
        log.critical(
            "Uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, value, args.exc_traceback),
        )
        sys.stderr.write(
            f"Exception in thread {name}:\n"
            + "".join(traceback.format_exception(args.exc_type, value, args.exc_traceback))
        )

    def unraisable_hook(self, unraisable: Any) -> None:
        """An exception Python could not raise anywhere (in a finaliser or a callback)."""
        value = unraisable.exc_value
        where = getattr(unraisable, "object", None)
        what = unraisable.err_msg or "Exception ignored"
        info = (unraisable.exc_type, value, unraisable.exc_traceback) if value else None
        log.error("%s: %r", what, where, exc_info=info)
        sys.stderr.write(f"{what}: {where!r}\n")
        if info is not None:
            sys.stderr.write("".join(traceback.format_exception(*info)))

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_excepthook(kind, value, tb)
            return
        known = explain(value, _open_database()) if isinstance(value, Exception) else None
        if known is not None:
            # Disk full, read-only, damaged, locked: nothing NetDesk got wrong, so one line in
            # the log and the plain reason in the dialog, not a traceback.
            log.warning("%s", known)
            try:
                self.show_dialog(known, str(known), problem=True)
            except Exception:
                log.exception("The error dialog could not be shown")
            return
        log.critical("Uncaught exception", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        try:
            self.show_dialog(value, text)
        except Exception:  # the dialog itself failed: the log already has the error
            log.exception("The error dialog could not be shown")

    def show_dialog(self, error: BaseException, details: str, *, problem: bool = False) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.unseen += 1  # one dialog at a time; the log has every error
            self.dialog.setInformativeText(self._informative())
            return
        self.unseen = 0
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if problem:
            box.setWindowTitle(
                QCoreApplication.translate("errors", "A problem with the database file")
            )
            box.setText(str(error)[:1000])
        else:
            box.setWindowTitle(QCoreApplication.translate("errors", "NetDesk ran into a problem"))
            summary = f"{type(error).__name__}: {error}"
            box.setText(
                QCoreApplication.translate("errors", "Something went wrong: {error}").format(
                    error=summary[:500]
                )
                + "\n\n"
                + QCoreApplication.translate(
                    "errors", "Your data is safe: every change already saved stays saved."
                )
            )
            box.setDetailedText(details)
        box.setInformativeText(self._informative())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.dialog = box
        box.open()

    def _informative(self) -> str:
        text = QCoreApplication.translate("errors", "The details are written to {path}.").format(
            path=self.log_path
        )
        if self.unseen:
            text += " " + Plural.tr("%Ln more errors happened since.", "", self.unseen)
        return text

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        log.log(_QT_LEVELS.get(mode, logging.WARNING), "Qt: %s%s", message, where)
        if mode != QtMsgType.QtDebugMsg:
            sys.stderr.write(f"Qt: {message}\n")

    def uninstall(self) -> None:
        sys.excepthook = self.previous_excepthook
        threading.excepthook = self.previous_thread_hook
        sys.unraisablehook = self.previous_unraisable_hook
        qInstallMessageHandler(self.previous_qt_handler)
        log.removeHandler(self.handler)
        self.handler.close()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def install_error_handlers(folder: Path | None = None) -> ErrorHandlers:
    """Log to ``folder/netdesk.log`` (rotating), route Qt messages there, show uncaught errors."""
    log_path = private_log_path(folder or default_log_folder(), LOG_NAME, LOG_BACKUPS)
    handler = PrivateLogHandler(
        log_path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    handlers = ErrorHandlers(log_path, handler, sys.excepthook, None)
    sys.excepthook = handlers.excepthook
    handlers.previous_thread_hook = threading.excepthook
    threading.excepthook = handlers.thread_excepthook
    handlers.previous_unraisable_hook = sys.unraisablehook
    sys.unraisablehook = handlers.unraisable_hook
    handlers.previous_qt_handler = qInstallMessageHandler(handlers.qt_message)
    return handlers


def _open_database() -> Path | None:
    return store.path


def show_plain_error(parent: QWidget | None, title: str, message: str) -> None:
    """A modal error message whose text is never read as markup."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
