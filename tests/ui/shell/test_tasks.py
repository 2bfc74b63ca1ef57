"""run_task: work on a pool thread, result, error and progress back on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.query import count_contacts
from netdesk.models.records import ContactData
from netdesk.ui.shell.tasks import Progress, run_task


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []

    def work(report: Progress) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(3):
            report(i + 1, 3)
        return 42

    def done(result: int | None, error: BaseException | None) -> None:
        seen["done"] = threading.get_ident()
        seen["result"] = result
        seen["error"] = error

    run_task(work, done, on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen["worker"] != gui
    assert seen["done"] == gui
    assert seen["result"] == 42
    assert seen["error"] is None
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_errors_are_handed_back_not_swallowed(qtbot: QtBot) -> None:
    outcome: list[tuple[object, BaseException | None]] = []

    def work(_report: Progress) -> int:
        raise ValueError("broken file")

    run_task(work, lambda r, e: outcome.append((r, e)))
    qtbot.waitUntil(lambda: bool(outcome))
    result, error = outcome[0]
    assert result is None
    assert isinstance(error, ValueError)
    assert str(error) == "broken file"


def test_workers_use_their_own_database_connection(qtbot: QtBot, db: Path) -> None:
    create_contact(ContactData(display_name="Sara Smith"))
    outcome: list[object] = []
    run_task(lambda _p: count_contacts(), lambda r, e: outcome.append(e or r))
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [1]


def test_cancel_is_visible_to_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    outcome: list[object] = []

    def work(report: Progress) -> bool:
        started.set()
        release.wait(5)
        return report.cancelled

    task = run_task(work, lambda r, e: outcome.append(r))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [True]


@pytest.mark.parametrize("value", [0, "", None])
def test_falsy_results_are_results(qtbot: QtBot, value: object) -> None:
    outcome: list[tuple[object, object]] = []
    run_task(lambda _p: value, lambda r, e: outcome.append((r, e)))
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [(value, None)]
