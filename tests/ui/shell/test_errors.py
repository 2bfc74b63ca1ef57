"""Uncaught exceptions and Qt messages are logged to a rotating file and shown, never lost."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.ui.shell import errors
from netdesk.ui.shell.errors import ErrorHandlers, install_error_handlers


@pytest.fixture
def handlers(qapp: QApplication, tmp_path: Path) -> Iterator[ErrorHandlers]:
    before = sys.excepthook
    installed = install_error_handlers(tmp_path / "data")
    yield installed
    installed.uninstall()
    assert sys.excepthook is before


def _boom() -> None:
    raise RuntimeError("the <b>disk</b> fell off")


def _error_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_an_exception_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, handlers: ErrorHandlers, capsys: pytest.CaptureFixture[str]
) -> None:
    QTimer.singleShot(0, _boom)  # raised inside Qt's event loop, as a real slot would
    qtbot.waitUntil(lambda: bool(_error_boxes()), timeout=5000)
    (box,) = _error_boxes()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "RuntimeError: the <b>disk</b> fell off" in box.text()
    assert "Traceback" in box.detailedText() and "_boom" in box.detailedText()
    assert str(handlers.log_path) in box.informativeText()
    handlers.handler.flush()
    logged = handlers.log_path.read_text("utf-8")
    assert "Uncaught exception" in logged
    assert "RuntimeError: the <b>disk</b> fell off" in logged and "in _boom" in logged
    assert "Traceback" in capsys.readouterr().err  # still on stderr for a terminal user


def test_errors_in_a_burst_share_one_dialog(qtbot: QtBot, handlers: ErrorHandlers) -> None:
    for _ in range(3):
        try:
            _boom()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(_error_boxes()) == 1
    assert "2 more errors happened since." in _error_boxes()[0].informativeText()
    handlers.handler.flush()
    assert handlers.log_path.read_text("utf-8").count("Uncaught exception") == 3


def test_qt_messages_go_to_the_log(handlers: ErrorHandlers) -> None:
    qWarning("QPainter::begin: something odd")
    handlers.handler.flush()
    line = handlers.log_path.read_text("utf-8").strip().splitlines()[-1]
    assert "WARNING netdesk: Qt: QPainter::begin: something odd" in line


def test_the_log_rotates(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 4000)
    installed = install_error_handlers(tmp_path)
    try:
        for n in range(200):
            logging.getLogger("netdesk").warning("line %d %s", n, "x" * 80)
    finally:
        installed.uninstall()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["netdesk.log", "netdesk.log.1", "netdesk.log.2", "netdesk.log.3"]
    assert all((tmp_path / f).stat().st_size <= 4000 for f in files)
    assert "line 199 " in (tmp_path / "netdesk.log").read_text("utf-8")


def test_keyboard_interrupt_is_left_to_python(
    handlers: ErrorHandlers, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(handlers, "previous_excepthook", lambda kind, *_: passed.append(kind))
    handlers.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert not _error_boxes()


def test_an_exception_on_another_thread_is_logged(handlers: ErrorHandlers) -> None:
    import threading

    def work() -> None:
        raise RuntimeError("the worker fell over")

    thread = threading.Thread(target=work, name="counting")
    thread.start()
    thread.join()
    handlers.handler.flush()
    text = handlers.log_path.read_text("utf-8")
    assert "Uncaught exception in thread counting" in text
    assert "RuntimeError: the worker fell over" in text
