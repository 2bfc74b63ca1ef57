"""The store's events as Qt signals, delivered on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from netdesk.models import Changes, Contact, Topic, database, store
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals


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


def test_a_watch_refreshes_once_per_burst_with_what_it_shows(qtbot: QtBot, db: Path) -> None:
    signals = StoreSignals(poll_ms=0)
    owner = QObject()
    seen: list[Changes] = []
    watch = ChangeWatch(signals, (Topic.CONTACTS, Topic.TASKS), seen.append, owner)
    for ids in ([1], [2, 3]):
        with database.atomic():
            store.changed(Topic.CONTACTS, ids)
            store.changed(Topic.MEETINGS)
    with database.atomic():
        store.changed(Topic.POSTINGS)  # not shown: no refresh for it
    assert watch.pending and seen == []  # after the current event, not during it
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(20)
    assert len(seen) == 1
    assert seen[0].ids(Topic.CONTACTS) == frozenset({1, 2, 3})
    assert Topic.MEETINGS not in seen[0] and Topic.TASKS not in seen[0]
    with database.atomic():
        store.changed(Topic.POSTINGS)
    qtbot.wait(20)
    assert not watch.pending and len(seen) == 1
    signals.stop()


def test_held_refreshes_wait_until_released(qtbot: QtBot, db: Path) -> None:
    signals = StoreSignals(poll_ms=0)
    owner = QObject()
    seen: list[Changes] = []
    _watch = ChangeWatch(signals, (Topic.CONTACTS,), seen.append, owner)
    signals.hold_refreshes(True)  # the window's writer has steps queued
    with database.atomic():
        store.changed(Topic.CONTACTS, [1])
    with database.atomic():
        store.changed(Topic.CONTACTS)  # "any contact": wins over the ids
    qtbot.wait(30)
    assert seen == []
    signals.hold_refreshes(False)
    assert len(seen) == 1 and seen[0].ids(Topic.CONTACTS) is None  # at once, on release
    signals.stop()
