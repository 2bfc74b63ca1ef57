"""Nothing fails silently: uncaught exceptions and Qt's own messages go to a log file, and
exceptions also to a dialog the user can copy from.

The log is ``netdesk.log`` in the data folder (beside the default database), rotated at 1 MB with
three old files kept, so it never grows without bound.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from netdesk.models import default_db_path

LOG_NAME = "netdesk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

log = logging.getLogger("netdesk")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def default_log_folder() -> Path:
    return default_db_path().parent


@dataclass
class ErrorHandlers:
    """What :func:`install_error_handlers` changed, so that it can be put back."""

    log_path: Path
    handler: RotatingFileHandler
    previous_excepthook: ExceptHook
    previous_qt_handler: object
    dialog: QMessageBox | None = None
    unseen: int = 0

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_excepthook(kind, value, tb)
            return
        log.critical("Uncaught exception", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        try:
            self.show_dialog(value, text)
        except Exception:  # the dialog itself failed: the log already has the error
            log.exception("The error dialog could not be shown")

    def show_dialog(self, error: BaseException, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.unseen += 1  # one dialog at a time; the log has every error
            self.dialog.setInformativeText(self._informative())
            return
        self.unseen = 0
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(_tr("NetDesk ran into a problem"))
        summary = f"{type(error).__name__}: {error}"
        box.setText(
            _tr("Something went wrong: {error}").format(error=summary[:500])
            + "\n\n"
            + _tr("Your data is safe: every change already saved stays saved.")
        )
        box.setInformativeText(self._informative())
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.dialog = box
        box.open()

    def _informative(self) -> str:
        text = _tr("The details are written to {path}.").format(path=self.log_path)
        if self.unseen:
            text += " " + _tr("{n} more errors happened since.").format(n=self.unseen)
        return text

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        log.log(_QT_LEVELS.get(mode, logging.WARNING), "Qt: %s%s", message, where)
        if mode != QtMsgType.QtDebugMsg:
            sys.stderr.write(f"Qt: {message}\n")

    def uninstall(self) -> None:
        sys.excepthook = self.previous_excepthook
        qInstallMessageHandler(self.previous_qt_handler)  # type: ignore[arg-type]
        log.removeHandler(self.handler)
        self.handler.close()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def install_error_handlers(folder: Path | None = None) -> ErrorHandlers:
    """Log to ``folder/netdesk.log`` (rotating), route Qt messages there, show uncaught errors."""
    folder = folder or default_log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / LOG_NAME
    handler = RotatingFileHandler(
        log_path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    handlers = ErrorHandlers(log_path, handler, sys.excepthook, None)
    sys.excepthook = handlers.excepthook
    handlers.previous_qt_handler = qInstallMessageHandler(handlers.qt_message)
    return handlers


def show_plain_error(parent: QWidget | None, title: str, message: str) -> None:
    """A modal error message whose text is never read as markup."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
