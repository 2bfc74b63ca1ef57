"""Sync in the window, against a real Radicale: adding an account (discovery on a worker, the
NetDesk address book made), Sync now and its status, the first sync's preview before anything
is written, the GUI answering while a slow server stalls, and settling a conflict."""

from __future__ import annotations

import itertools
import time

import httpx
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.importing import Choice
from netdesk.core.sync.accounts import AccountInput, accounts, add_account
from netdesk.models import sync_state
from netdesk.models.records import ContactData, Email
from netdesk.models.sync_state import AccountRecord, ConflictRecord
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.sync.first_sync import FirstSyncDialog
from tests.core.sync.hostile_server import hostile_server, send
from tests.core.sync.items import vcard
from tests.core.sync.radicale_server import RadicaleServer

WAIT_MS = 30_000


def _server_cards(book_url: str, user: str) -> list[str]:
    """The cards' texts in the address book, read with plain HTTP (as another client would)."""
    body = (
        '<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><C:address-data/></D:prop>'
        "</C:addressbook-query>"
    )
    reply = httpx.request(
        "REPORT",
        book_url,
        content=body,
        headers={"Depth": "1", "Content-Type": "application/xml"},
        auth=(user, "x"),
    )
    assert reply.status_code == 207
    return [part.split("</")[0] for part in reply.text.split("BEGIN:VCARD")[1:]]


def test_adding_an_account_finds_the_server_and_makes_the_netdesk_address_book(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    dialog = main_window.sync.open_accounts()
    assert dialog.empty_label.isVisibleTo(dialog)
    add = dialog.open_add()
    qtbot.keyClicks(add.url_edit, radicale.url)
    qtbot.keyClicks(add.user_edit, user)
    add.no_password_check.setChecked(True)
    add.find_button.click()
    assert add.progress.isVisibleTo(add)  # the server is asked on a worker
    qtbot.waitUntil(lambda: add.collections.isVisibleTo(add), timeout=WAIT_MS)
    assert add.book_combo.currentText() == 'New address book "NetDesk"'
    assert add.calendar_combo.currentText() == 'New calendar "NetDesk"'
    with qtbot.waitSignal(add.account_added, timeout=WAIT_MS):
        add.add_button.click()
    (account,) = accounts()
    assert account.addressbook_url.endswith("/netdesk-contacts/")
    assert account.calendar_url.endswith("/netdesk/")
    assert not account.uses_keyring
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(0) == radicale.url
    # Adding it starts the first sync; its result shows in the status bar.
    qtbot.waitUntil(lambda: "Synced" in main_window.sync.status.text(), timeout=WAIT_MS)


def test_plain_http_to_another_computer_needs_an_explicit_confirmation(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    add = main_window.sync.open_accounts().open_add()
    qtbot.keyClicks(add.url_edit, "http://dav.example.com/")
    add.no_password_check.setChecked(True)
    add.find_button.click()
    assert not add.running  # refused before any request
    assert "plain http" in add.error_label.text()
    assert add.insecure_check.isVisibleTo(add)
    assert not add.insecure_check.isChecked()
    assert add.account_input().allow_insecure is False
    add.insecure_check.setChecked(True)
    assert add.account_input().allow_insecure is True


def test_an_unreachable_server_says_so_without_the_password(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from tests.core.sync.radicale_server import free_port

    add = main_window.sync.open_accounts().open_add()
    qtbot.keyClicks(add.url_edit, f"http://127.0.0.1:{free_port()}/")
    qtbot.keyClicks(add.user_edit, "alice")
    qtbot.keyClicks(add.password_edit, "Sekr1t-pass-word")
    add.find_button.click()
    qtbot.waitUntil(lambda: add.error_label.isVisibleTo(add), timeout=WAIT_MS)
    assert "127.0.0.1" in add.error_label.text()
    assert "Sekr1t" not in add.error_label.text()
    assert not add.add_button.isEnabled()


def _account(radicale: RadicaleServer, user: str) -> int:
    return add_account(AccountInput(radicale.url, user))


def test_sync_now_sends_the_contacts_and_says_how_it_went(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    account_id = _account(radicale, user)
    create_contact(ContactData(display_name="Ada Lovelace", emails=[Email("ada@example.org")]))
    main_window.sync.controller.show_idle()
    assert main_window.sync.status.isVisibleTo(main_window)
    with qtbot.waitSignal(main_window.sync.controller.sync_finished, timeout=WAIT_MS):
        main_window.sync.sync_action.trigger()
        assert not main_window.sync.sync_action.isEnabled()  # one sync at a time
        assert main_window.sync.controller.sync_now() is False
    assert main_window.sync.status.text().startswith("Synced")
    assert "1 sent" in main_window.sync.status.toolTip()
    assert main_window.sync.sync_action.isEnabled()
    book = sync_state.account(account_id)
    assert book is not None
    assert any("Ada Lovelace" in card for card in _server_cards(book.addressbook_url, user))


def _first_sync_setup(radicale: RadicaleServer, user: str) -> int:
    """A card on the server (a phone's) for someone who is already here, with another UID."""
    account_id = _account(radicale, user)
    book = sync_state.account(account_id)
    assert book is not None
    card = vcard("phone-uid-1", "Grace Hopper", "EMAIL:grace@example.org\nTITLE:Rear Admiral")
    reply = httpx.put(
        book.addressbook_url + "phone-uid-1.vcf",
        content=card,
        headers={"Content-Type": "text/vcard", "If-None-Match": "*"},
        auth=(user, "x"),
    )
    assert reply.status_code == 201
    create_contact(ContactData(display_name="Grace Hopper", emails=[Email("grace@example.org")]))
    return account_id


def test_the_first_sync_shows_its_matches_before_anything_is_written(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    account_id = _first_sync_setup(radicale, user)
    controller = main_window.sync.controller
    with qtbot.waitSignal(controller.preview_opened, timeout=WAIT_MS) as opened:
        controller.sync_now()
    dialog = opened.args[0]
    assert isinstance(dialog, FirstSyncDialog)
    assert "1 to merge" in dialog.summary_label.text()
    assert sync_state.cards(account_id) == {}  # nothing written while the user looks
    assert controller.running
    assert dialog.choices() == {0: Choice.MERGE}
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    ids = list(sync_state.contact_uids())
    assert len(ids) == 1  # merged, not twice
    assert load_contact(ids[0]).title == "Rear Admiral"
    assert len(sync_state.cards(account_id)) == 1


def test_cancelling_the_first_sync_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    account_id = _first_sync_setup(radicale, user)
    controller = main_window.sync.controller
    with qtbot.waitSignal(controller.preview_opened, timeout=WAIT_MS) as opened:
        controller.sync_now()
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS):
        opened.args[0].reject()
    assert len(sync_state.contact_uids()) == 1
    assert load_contact(next(iter(sync_state.contact_uids()))).title == ""
    assert sync_state.cards(account_id) == {}
    assert "nothing was changed" in main_window.sync.status.text()


def test_the_window_keeps_answering_while_a_slow_server_stalls(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    def stall(handler: object) -> None:
        time.sleep(2.5)
        send(handler, 503, b"down")  # type: ignore[arg-type]

    with hostile_server(stall) as server:
        sync_state.add_account(AccountRecord(0, server.url, addressbook_url=server.url + "book/"))
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        started = time.monotonic()
        with qtbot.waitSignal(main_window.sync.controller.sync_finished, timeout=WAIT_MS):
            main_window.sync.controller.sync_now(asked=False)
        timer.stop()
    assert time.monotonic() - started >= 2.4
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 20 and max(gaps) < 0.5  # the GUI thread never stopped
    # Offline is normal: a quiet status, no message box.
    assert main_window.sync.status.text() == "Offline: changes wait for the server"


def test_a_conflict_is_settled_with_the_servers_value(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    account_id = _account(radicale, user)
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer"))
    sync_state.put_contact_conflicts(
        account_id,
        cleo,
        [],
        [
            ConflictRecord(cleo, "title", "Engineer", "Principal Engineer", "2026-01-05"),
            ConflictRecord(cleo, "addresses", "Home, 1 Main St", "Work, 2 Side St", "2026-01-05"),
        ],
    )
    qtbot.waitUntil(lambda: main_window.sync.conflicts_action.isEnabled(), timeout=WAIT_MS)
    dialog = main_window.sync.open_conflicts()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    rows = {dialog.list.topLevelItem(i).text(1): i for i in range(2)}
    address = dialog.list.topLevelItem(rows["Postal addresses"])
    address.setSelected(True)
    assert not dialog.take_button.isEnabled()  # cannot be read back: the editor changes it
    assert dialog.open_button.isEnabled()
    address.setSelected(False)
    title = dialog.list.topLevelItem(rows["Job title"])
    assert (title.text(2), title.text(3)) == ("Engineer", "Principal Engineer")
    title.setSelected(True)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert load_contact(cleo).title == "Principal Engineer"
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not main_window.sync.conflicts_action.isEnabled()


@pytest.fixture(autouse=True)
def _no_start_sync(qsettings: QSettings) -> None:
    """The window's sync at start would race the test's own; each test starts its sync."""
    qsettings.setValue("sync/at_start", False)


def test_closing_the_window_cancels_the_sync_at_start(
    qtbot: QtBot, db: object, qsettings: QSettings, radicale: RadicaleServer, user: str
) -> None:
    _account(radicale, user)
    qsettings.setValue("sync/at_start", True)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    assert window.sync.controller.start_timer.isActive()
    window.close()
    assert not window.sync.controller.start_timer.isActive()
    assert window.sync.controller.sync_now() is False  # nothing starts for a closed window
