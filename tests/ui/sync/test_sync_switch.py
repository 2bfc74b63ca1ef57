"""Another database while a sync runs: the sync's worker writes to the file open when it started
(the cards it shared, the sync token, the contacts it brings), so that file stays open until it
has finished. File > Open database... then opens the new file once the sync is done; other ways
to replace the open file (a restore, the demo's or a backup's File > Open) are refused, saying
why. Against a real Radicale, reached through a proxy that holds the sync's upload."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.backup import create_backup
from netdesk.core.contacts import create_contact
from netdesk.core.sync.accounts import AccountInput, accounts, add_account
from netdesk.models import sync_state
from netdesk.models.records import ContactData, Email
from netdesk.models.store import store
from netdesk.ui.shell.main_window import MainWindow
from tests.core.sync.hostile_server import Hostile, proxy
from tests.core.sync.radicale_server import RadicaleServer

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _no_start_sync(qsettings: QSettings) -> None:
    """The window's sync at start would race the test's own; each test starts its sync."""
    qsettings.setValue("sync/at_start", False)


@dataclass
class HeldServer:
    """Radicale behind a proxy that holds every upload (PUT) while ``hold`` is set."""

    proxy: Hostile
    hold: threading.Event
    holding: threading.Event
    """Set once an upload is being held: the sync is in the middle of its run."""
    release: threading.Event


@pytest.fixture
def held(radicale: RadicaleServer) -> Iterator[HeldServer]:
    hold, holding, release = threading.Event(), threading.Event(), threading.Event()

    def wait_on_upload(handler: BaseHTTPRequestHandler, _body: bytes) -> bool:
        if handler.command == "PUT" and hold.is_set():
            holding.set()
            release.wait(WAIT_MS / 1000)
        return False  # then passed on to Radicale

    with proxy(radicale.url, refuse=wait_on_upload) as server:
        record = HeldServer(server, hold, holding, release)
        yield record
        release.set()


def test_file_open_waits_for_the_running_sync_and_nothing_of_it_goes_into_the_new_file(
    qtbot: QtBot,
    main_window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    held: HeldServer,
    user: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Contacts only: the proxy passes no MKCALENDAR on.
    account_id = add_account(AccountInput(held.proxy.url, user), no_calendar=True)
    create_contact(ContactData(display_name="Ada Lovelace", emails=[Email("ada@example.org")]))
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(
        "netdesk.ui.shell.main_window.ask_database_path", lambda *_args: other
    )  # the file dialog's answer
    backup = create_backup(db_path)
    held.hold.set()
    controller = main_window.sync.controller
    main_window.sync.sync_action.trigger()
    qtbot.waitUntil(held.holding.is_set, timeout=WAIT_MS)  # the sync is halfway: uploading
    assert controller.running

    main_window.open_database_action.trigger()
    assert store.path == db_path  # not in the middle of the sync
    status = main_window.statusBar()
    assert status.currentMessage() == (
        "A sync is running; other.sqlite will be opened when it finishes."
    )
    # The other ways to put another file in its place say why they cannot, and do nothing.
    third = tmp_path / "third.sqlite"
    assert not main_window.open_database(third)
    assert status.currentMessage() == "A sync is running: open third.sqlite once it has finished."
    assert not third.exists()
    main_window.recovery.restore(backup.path)
    assert store.path == db_path and main_window.isEnabled()
    assert status.currentMessage() == "A sync is running: restore the backup once it has finished."
    assert not main_window.sync.sync_now()  # and no second sync

    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS) as finished:
        held.release.set()
    assert finished.args[0] is not None and not finished.args[0].failed
    assert store.path == other  # opened as soon as the sync was done
    # The new file has nothing of the sync: no account, no cards, no contact it brought.
    assert accounts() == []
    assert sync_state.contact_uids() == {}
    assert not main_window.sync.status.isVisibleTo(main_window)  # no account here to sync
    assert main_window.sync.sync_now() is False

    # The first file got the whole sync.
    assert main_window.open_database(db_path)
    (account,) = accounts()
    assert account.id == account_id and account.last_result == "ok"
    assert len(sync_state.cards(account_id)) == 1
    assert account.sync_token


def test_closing_the_window_drops_the_file_waiting_for_the_sync(
    qtbot: QtBot,
    db: Path,
    qsettings: QSettings,
    tmp_path: Path,
    held: HeldServer,
    user: str,
) -> None:
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    add_account(AccountInput(held.proxy.url, user), no_calendar=True)
    create_contact(ContactData(display_name="Grace Hopper"))
    held.hold.set()
    assert window.sync.sync_now()
    qtbot.waitUntil(held.holding.is_set, timeout=WAIT_MS)
    other = tmp_path / "other.sqlite"
    assert window.sync.open_after_sync(other, window.open_database)
    window.close()
    held.release.set()
    qtbot.waitUntil(lambda: not window.sync.controller.running, timeout=WAIT_MS)
    assert store.path == db
    assert not other.exists()
