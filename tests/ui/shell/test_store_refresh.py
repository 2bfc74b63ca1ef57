"""The window and its panels re-read what the store says changed: nobody refreshes them by hand.

A write on a worker thread, twenty undo steps in a row, a command-line import in another process
and File > Open database are each followed by the table, the tree, This week and History, each
refreshing once per burst.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.meetings import MeetingData, ReferralEntry, save_meeting
from netdesk.core.query import count_contacts
from netdesk.models import close_db, init_db, store
from netdesk.models.records import ContactData
from netdesk.models.store import thread_connection
from netdesk.ui.contacts.model import Column
from netdesk.ui.shell.app import connect_single_instance
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.single_instance import HandOver, SingleInstance, hand_over
from netdesk.ui.shell.undo import EditContactCommand
from netdesk.ui.tree.panel import Column as TreeColumn
from netdesk.ui.tree.panel import IdRole as TreeIdRole
from netdesk.ui.week.view import Section

ROOT = Path(__file__).resolve().parents[3]


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's writes are done and everything announced has been read."""
    week, timeline = window.meetings.week_view, window.meetings.timeline
    tree = window.referral_tree.panel
    qtbot.waitUntil(
        lambda: (
            not window.writer.busy
            and not window._watch.pending
            and not (week.watch is not None and week.watch.pending)
            and not (timeline.watch is not None and timeline.watch.pending)
            and not (tree.watch is not None and tree.watch.pending)
            and not tree._refresh_timer.isActive()
            and not week.is_loading()
            and window.model.is_complete
        ),
        timeout=10_000,
    )


class Calls:
    """Counts the calls of an object's method, still calling it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.count = 0
        original: Callable[..., object] = getattr(owner, name)

        def counting(*args: object, **kwargs: object) -> object:
            self.count += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, counting)


def spies(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> dict[str, Calls]:
    return {
        "table": Calls(monkeypatch, window.model, "refresh"),
        "tree": Calls(monkeypatch, window.referral_tree.panel, "refresh"),
        "this week": Calls(monkeypatch, window.meetings.week_view, "refresh"),
        "history": Calls(monkeypatch, window.meetings.timeline, "refresh"),
    }


def counts(calls: dict[str, Calls]) -> dict[str, int]:
    return {name: c.count for name, c in calls.items()}


@pytest.fixture
def sara(qtbot: QtBot, main_window: MainWindow) -> int:
    """Sara, current in the table, with the referral tree's page shown."""
    sara = create_contact(ContactData(display_name="Sara Smith"))
    main_window.navigation.show_page("tree")
    settled(qtbot, main_window)
    main_window.select_contact(sara)
    assert main_window.meetings.timeline.title.text() == "History with Sara Smith"
    settled(qtbot, main_window)
    return sara


def test_a_write_on_a_worker_thread_shows_everywhere_without_a_refresh(
    qtbot: QtBot, main_window: MainWindow, sara: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = spies(monkeypatch, main_window)

    def write() -> None:  # as a sync or any other worker would, with its own connection
        with thread_connection():
            save_meeting(
                MeetingData(
                    contact_id=sara,
                    starts_at=datetime.now() - timedelta(hours=1),
                    purpose="Coffee at the station",
                    referrals=[ReferralEntry(name="Nina New")],
                ),
                confirmed=True,
            )

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    # Nothing was called: the store's event is on its way to the GUI thread.
    qtbot.waitUntil(lambda: "Nina New" in shown_names(main_window), timeout=5000)
    week = main_window.meetings.week_view
    qtbot.waitUntil(lambda: "Nina New" in week.section_texts(Section.REFERRALS), timeout=5000)
    timeline = main_window.meetings.timeline
    qtbot.waitUntil(
        lambda: [e.summary for e in timeline.model.entries()] == ["Coffee at the station"]
    )
    tree = main_window.referral_tree.panel
    qtbot.waitUntil(
        lambda: tree.model.index_of(sara).siblingAtColumn(TreeColumn.REFERRED).data() == "1"
    )
    assert main_window.count_label.text().startswith("2 contacts")
    settled(qtbot, main_window)
    assert counts(calls) == {"table": 1, "tree": 1, "this week": 1, "history": 1}


def test_twenty_undo_steps_in_a_row_are_one_refresh(
    qtbot: QtBot, main_window: MainWindow, sara: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(20):  # twenty saves, each its own undo step, as the editor makes them
        before = load_contact(sara)
        after = replace(before, title=f"Title {n}")

        def work(after: ContactData = after) -> int:
            update_contact(sara, after)
            return sara

        def done(_id: int, before: ContactData = before, after: ContactData = after) -> None:
            main_window.undo_stack.push(
                EditContactCommand(sara, before, after, main_window._undo_changed)
            )

        main_window.writer.write(work, done, failure="Not saved.")
    settled(qtbot, main_window)
    assert load_contact(sara).title == "Title 19"
    assert main_window.model.index(0, Column.TITLE).data() == "Title 19"
    calls = spies(monkeypatch, main_window)

    for _ in range(20):
        main_window.undo_action.trigger()
    settled(qtbot, main_window)
    assert load_contact(sara).title == ""
    assert main_window.model.index(0, Column.TITLE).data() == ""
    assert main_window.current_contact_id() == sara
    assert counts(calls) == {"table": 1, "tree": 1, "this week": 1, "history": 1}


CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Imported {i}\r\nEMAIL:imported{i}@example.org\r\n"
    "END:VCARD\r\n"
    for i in range(3)
)


def test_a_command_line_import_shows_within_two_seconds_and_own_saves_once(
    qtbot: QtBot,
    main_window: MainWindow,
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(CARDS, "utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--db", str(db), "import", str(cards)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: importer.poll() is not None, timeout=60_000)
    finished = time.monotonic()
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert out.startswith("Imported 3 new contacts")
    qtbot.waitUntil(lambda: main_window.model.rowCount() == 3, timeout=2500)
    assert time.monotonic() - finished < 2.5
    assert main_window.count_label.text().startswith("3 contacts")

    settled(qtbot, main_window)
    calls = spies(monkeypatch, main_window)
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Mine Own")  # type: ignore[attr-defined]
    editor.accept()
    settled(qtbot, main_window)
    assert "Mine Own" in shown_names(main_window)
    assert calls["table"].count == 1
    # The poll that follows does not take the window's own commit for another process's.
    assert not main_window.signals.poll()
    qtbot.wait(1700)  # and neither does the timer's
    assert calls["table"].count == 1


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short $XDG_RUNTIME_DIR of our own, for the single-instance socket."""
    path = Path(tempfile.mkdtemp(prefix="nd-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_file_open_database_switches_everything_through_the_store(
    qtbot: QtBot,
    main_window: MainWindow,
    db: Path,
    sara: int,
    runtime_dir: Path,
    tmp_path: Path,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    instance = SingleInstance()
    assert instance.listen(db)
    connect_single_instance(main_window, instance)
    try:
        tree = main_window.referral_tree.panel
        tree.filter_edit.setText("sara")
        tree.apply_filter()
        other = tmp_path / "campaign.sqlite"
        init_db(other)
        olga = create_contact(ContactData(display_name="Olga Other"))
        save_meeting(
            MeetingData(
                contact_id=olga,
                starts_at=datetime.now() - timedelta(hours=1),
                referrals=[ReferralEntry(name="Otto Onward")],
            ),
            confirmed=True,
        )
        close_db()
        init_db(db)
        settled(qtbot, main_window)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
        )
        switched: list[object] = []
        main_window.signals.switched.connect(switched.append)

        main_window.open_database_action.trigger()

        assert switched == [other]
        assert store.path == other
        assert main_window.windowTitle() == "campaign.sqlite - NetDesk"
        assert qsettings.value("database/last") == str(other)
        assert instance.listens_for(other)
        assert hand_over(db) is HandOver.NO_INSTANCE  # the old name is free
        assert main_window.undo_stack.count() == 0
        settled(qtbot, main_window)
        assert shown_names(main_window) == ["Olga Other", "Otto Onward"]
        assert main_window.current_contact_id() is None
        assert main_window.meetings.timeline.title.text() == "No contact selected"
        week = main_window.meetings.week_view
        assert week.section_texts(Section.REFERRALS) == ["Otto Onward"]
        assert tree.filter_edit.text() == "" and tree.model.forest is None
        roots = [
            tree.model.index(r, 0, QModelIndex()).data(TreeIdRole)
            for r in range(tree.model.rowCount(QModelIndex()))
        ]
        assert roots == [olga]

        # Whoever switches the store, the window follows: here a plain store.open.
        store.open(db)
        assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
        assert instance.listens_for(db)
        settled(qtbot, main_window)
        assert shown_names(main_window) == ["Sara Smith"]
        assert count_contacts() == 1
    finally:
        instance.close()
