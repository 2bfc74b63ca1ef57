"""Closing the window while its workers still count or wait: nothing reaches a deleted widget,
nothing goes to stderr or the log."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core import tree
from netdesk.core.contacts import create_contact
from netdesk.models import Interaction
from netdesk.models.records import ContactData
from netdesk.ui.shell.errors import install_error_handlers
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.week import view as week_view
from tests.ui.shell.test_writes import WAITING, locked


def slowly(work: Callable[..., Any]) -> Callable[..., Any]:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)  # a large network
        return work(*args, **kwargs)

    return slow


@contextmanager
def quiet_close(
    qtbot: QtBot, db: Path, settings: QSettings, folder: Path, capfd: pytest.CaptureFixture[str]
) -> Iterator[MainWindow]:
    """A window to close in the block; afterwards nothing may be on stderr or in the log."""
    handlers = install_error_handlers(folder)
    try:
        window = MainWindow(settings)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))
        wait_for_tasks()
        qtbot.wait(200)  # what the workers queued for the window is delivered now
    finally:
        handlers.uninstall()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "already deleted" not in err
    log = handlers.log_path.read_text("utf-8") if handlers.log_path.exists() else ""
    assert " ERROR " not in log and " CRITICAL " not in log


def test_closing_while_the_tree_counts(
    qtbot: QtBot,
    db: Path,
    qsettings: QSettings,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_contact(ContactData(display_name="Sara Smith"))
    monkeypatch.setattr(tree, "network_numbers", slowly(tree.network_numbers))
    monkeypatch.setattr(week_view, "build_week_plan", slowly(week_view.build_week_plan))
    with quiet_close(qtbot, db, qsettings, tmp_path / "data", capfd) as window:
        window.referral_tree.panel.refresh_numbers()  # the tree's count, in flight
        window.meetings.week_view.refresh()


def test_closing_while_a_write_waits(
    qtbot: QtBot, db: Path, qsettings: QSettings, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    with locked(db), quiet_close(qtbot, db, qsettings, tmp_path / "data", capfd) as window:
        window.meetings.timeline.set_contact(sara)
        window.meetings.timeline.call_button.click()  # waits for the other program's lock
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == WAITING)
    assert Interaction.select().count() == 0  # given up with the window, not written later
