"""The store's events as Qt signals, delivered on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.models import Contact, Topic, database, store
from netdesk.ui.shell.store_signals import StoreSignals


def test_a_worker_commit_arrives_on_the_gui_thread(qtbot: QtBot, db: Path) -> None:
    store.open(db)
    signals = StoreSignals(poll_ms=0)
    received: list[tuple[object, bool]] = []
    signals.contacts_changed.connect(
        lambda ids: received.append((ids, threading.current_thread() is threading.main_thread()))
    )
    tasks: list[bool] = []
    signals.tasks_changed.connect(lambda: tasks.append(True))

    def work() -> None:
        try:
            with database.atomic():
                new = Contact.create(
                    uid="a", display_name="A", sort_name="a", date_added="2026-12-01"
                )
                store.changed(Topic.CONTACTS, [new.id])
        finally:
            store.release_thread()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(received))
    assert received == [(frozenset({1}), True)]
    assert tasks == []
    signals.stop()


def test_a_stopped_adapter_hears_nothing(qtbot: QtBot, db: Path) -> None:
    store.open(db)
    signals = StoreSignals(poll_ms=0)
    heard: list[object] = []
    signals.changed.connect(heard.append)
    signals.stop()
    with database.atomic():
        store.changed(Topic.MEETINGS)
    qtbot.wait(50)
    assert heard == []


def test_switching_files_is_a_signal(qtbot: QtBot, tmp_path: Path) -> None:
    signals = StoreSignals(poll_ms=0)
    with qtbot.waitSignal(signals.switched) as blocker:
        store.open(tmp_path / "other.sqlite")
    assert blocker.args == [tmp_path / "other.sqlite"]
    signals.stop()
    store.close()
