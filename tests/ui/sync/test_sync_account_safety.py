"""Adding a sync account in the window, where its safety is decided: the password goes to the
desktop's keyring (a real GNOME Keyring on a private bus) and nowhere else, and a self-hosted
server's own certificate is used only once the user trusts its fingerprint, and only that one.
Against real Radicale servers: one checking an htpasswd file, one over https with a
self-signed certificate that is later replaced."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.sync.accounts import accounts
from netdesk.core.sync.credentials import SERVICE, keyring_username, load_password
from netdesk.core.sync.secret_service import SecretServiceKeyring
from netdesk.models import sync_state
from netdesk.models.records import ContactData, Email
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.sync.add_account import AddAccountDialog
from tests.core.sync.radicale_server import RadicaleServer, self_signed_certificate, start_or_skip

WAIT_MS = 30_000
PASSWORD = "Kr1stall-Sentinel-horse-42"


@pytest.fixture(autouse=True)
def _no_start_sync(qsettings: QSettings) -> None:
    """The window's sync at start would race the test's own; each test starts its sync."""
    qsettings.setValue("sync/at_start", False)


def _fill(add: AddAccountDialog, qtbot: QtBot, url: str, user: str, password: str = "") -> None:
    qtbot.keyClicks(add.url_edit, url)
    qtbot.keyClicks(add.user_edit, user)
    if password:
        qtbot.keyClicks(add.password_edit, password)
    else:
        add.no_password_check.setChecked(True)


def _find(add: AddAccountDialog, qtbot: QtBot) -> None:
    """Find address books, and wait for the answer (the collections, or a refusal)."""
    add.find_button.click()
    qtbot.waitUntil(lambda: not add.running, timeout=WAIT_MS)


def _sync(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.sync.controller.sync_finished, timeout=WAIT_MS):
        assert window.sync.controller.sync_now(asked=True)


# The keyring ------------------------------------------------------------------------------------


@pytest.fixture
def htpasswd_radicale(tmp_path: Path, user: str) -> Iterator[RadicaleServer]:
    """Radicale of this test alone, checking ``user``'s password from its htpasswd file."""
    server = start_or_skip(tmp_path / "radicale-auth", htpasswd=[f"{user}:{PASSWORD}"])
    yield server
    server.stop()


def test_the_password_goes_to_the_desktop_keyring_and_nowhere_else(
    qtbot: QtBot,
    main_window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    qsettings: QSettings,
    desktop_keyring: dict[str, str],
    htpasswd_radicale: RadicaleServer,
    user: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    url = htpasswd_radicale.url
    dialog = main_window.sync.open_accounts()
    add = dialog.open_add()
    _fill(add, qtbot, url, user, PASSWORD)
    _find(add, qtbot)
    assert add.collections.isVisibleTo(add), add.error_label.text()
    added = [add.account_added, main_window.sync.controller.sync_finished]
    with qtbot.waitSignals(added, timeout=WAIT_MS):  # adding it starts the first sync
        add.add_button.click()
    # The first sync logged in with the password from the keyring.
    assert main_window.sync.status.text().startswith("Synced"), main_window.sync.status.toolTip()
    (account,) = accounts()
    assert account.uses_keyring and not account.password_command
    key = keyring_username(url, user)
    assert load_password(key).reveal() == PASSWORD
    # In the desktop's keyring itself, as Seahorse or secret-tool would find it.
    assert SecretServiceKeyring().get_password(SERVICE, key) == PASSWORD

    create_contact(ContactData(display_name="Ada Lovelace", emails=[Email("ada@example.org")]))
    _sync(main_window, qtbot)
    assert "1 sent" in main_window.sync.status.toolTip()
    book = httpx.request(
        "PROPFIND", account.addressbook_url, headers={"Depth": "1"}, auth=(user, PASSWORD)
    )
    assert book.status_code == 207 and book.text.count(".vcf") == 1
    assert sync_state.cards(account.id)  # the card is known on this side too

    # Not in the database (its write-ahead log included), the settings or the log.
    main_window.save_settings()
    qsettings.sync()
    files = [db_path, *db_path.parent.glob(db_path.name + "-*"), tmp_path / "settings.ini"]
    assert (tmp_path / "settings.ini").exists()
    for path in files:
        assert PASSWORD.encode() not in path.read_bytes(), path
    assert PASSWORD not in caplog.text
    assert not main_window.findChildren(QMessageBox)


# Certificates -----------------------------------------------------------------------------------


@pytest.fixture
def tls_radicale(tmp_path: Path) -> Iterator[tuple[RadicaleServer, str]]:
    """Radicale over https with a self-signed certificate of its own, and its fingerprint."""
    folder = tmp_path / "radicale-tls"
    cert, key, fingerprint = self_signed_certificate(folder / "tls")
    server = start_or_skip(folder, certificate=(cert, key))
    yield server, fingerprint
    server.stop()


def _new_certificate(server: RadicaleServer) -> str:
    """The server restarted on the same address with a new self-signed certificate (renewed,
    or someone else answering in its place); the new fingerprint."""
    server.stop()
    _cert, _key, fingerprint = self_signed_certificate(server.folder / "tls")
    with open(server.folder / "radicale.log", "ab") as log:
        server.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(server.folder / "config")],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(server.url, verify=False, timeout=1.0)
            return fingerprint
        except httpx.HTTPError:
            assert server.process.poll() is None, server.log[-2000:]
            assert time.monotonic() < deadline, "Radicale did not come back"
            time.sleep(0.05)


def _warnings(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_self_signed_certificate_is_used_only_once_its_fingerprint_is_trusted(
    qtbot: QtBot,
    main_window: MainWindow,
    tls_radicale: tuple[RadicaleServer, str],
    user: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, fingerprint = tls_radicale
    add = main_window.sync.open_accounts().open_add()
    _fill(add, qtbot, server.url, user)
    _find(add, qtbot)
    # Refused, saying the fingerprint to compare with the server's; nothing can be added yet.
    assert add.error_label.isVisibleTo(add)
    assert "not trusted" in add.error_label.text()
    assert fingerprint in add.certificate_label.text()
    assert add.trust_check.isVisibleTo(add) and not add.trust_check.isChecked()
    assert not add.collections.isVisibleTo(add) and not add.add_button.isEnabled()
    assert add.account_input().fingerprint == ""
    _find(add, qtbot)  # asking again does not trust it by itself
    assert not add.collections.isVisibleTo(add)
    assert accounts() == []

    add.trust_check.setChecked(True)  # the user's explicit choice
    assert add.account_input().fingerprint == fingerprint
    _find(add, qtbot)
    assert add.collections.isVisibleTo(add), add.error_label.text()
    added = [add.account_added, main_window.sync.controller.sync_finished]
    with qtbot.waitSignals(added, timeout=WAIT_MS):  # adding it starts the first sync
        add.add_button.click()
    (account,) = accounts()
    assert account.fingerprint == fingerprint
    assert main_window.sync.status.text().startswith("Synced"), main_window.sync.status.toolTip()
    create_contact(ContactData(display_name="Grace Hopper"))
    _sync(main_window, qtbot)
    assert "1 sent" in main_window.sync.status.toolTip()

    # The server's certificate is replaced: refused, saying both fingerprints; nothing is sent.
    renewed = _new_certificate(server)
    assert renewed != fingerprint
    create_contact(ContactData(display_name="Katherine Johnson"))
    _sync(main_window, qtbot)
    assert main_window.sync.status.text() == "Sync failed"
    (warning,) = _warnings(main_window)
    message = warning.informativeText()
    assert renewed in message and fingerprint in message
    assert "not the one trusted" in message
    assert renewed in main_window.sync.status.toolTip()
    (account,) = accounts()
    assert account.fingerprint == fingerprint  # still only the one the user trusted
    assert len(sync_state.cards(account.id)) == 1
    on_server = httpx.request(
        "PROPFIND", account.addressbook_url, headers={"Depth": "1"}, verify=False
    )
    assert on_server.text.count(".vcf") == 1  # Katherine Johnson was not sent to it
    warning.close()

    # Sync accounts > Trust new certificate...: both fingerprints shown, trusted once confirmed.
    asked: list[str] = []

    def confirm(*args: object, informative: str = "", **_kw: object) -> bool:
        asked.append(informative)
        return True

    monkeypatch.setattr("netdesk.ui.sync.accounts_dialog.confirm", confirm)
    dialog = main_window.sync.open_accounts()
    assert dialog.certificate_button.isVisibleTo(dialog)
    with qtbot.waitSignal(main_window.sync.controller.sync_finished, timeout=WAIT_MS):
        dialog.certificate_button.click()
    assert renewed in asked[0] and fingerprint in asked[0]
    (account,) = accounts()
    assert account.fingerprint == renewed
    assert main_window.sync.status.text().startswith("Synced"), main_window.sync.status.toolTip()
    on_server = httpx.request(
        "PROPFIND", account.addressbook_url, headers={"Depth": "1"}, verify=False
    )
    assert on_server.text.count(".vcf") == 2  # and Katherine Johnson went up
    # Asked again, the server presents the trusted one: said in the dialog, nothing to confirm.
    dialog.certificate_button.click()
    qtbot.waitUntil(lambda: "still presents" in dialog.notice.text(), timeout=WAIT_MS)
    assert "still presents the certificate NetDesk trusts" in dialog.notice.text()
    assert len(asked) == 1


def test_trusting_a_certificate_does_not_trust_the_next_one(
    qtbot: QtBot, main_window: MainWindow, tls_radicale: tuple[RadicaleServer, str], user: str
) -> None:
    """The tick is for the fingerprint shown beside it: a server that shows another certificate
    by the time the user goes on is refused again, the new fingerprint shown, the tick gone."""
    server, fingerprint = tls_radicale
    add = main_window.sync.open_accounts().open_add()
    _fill(add, qtbot, server.url, user)
    _find(add, qtbot)
    assert fingerprint in add.certificate_label.text()
    add.trust_check.setChecked(True)
    other = _new_certificate(server)
    _find(add, qtbot)
    assert not add.collections.isVisibleTo(add)
    assert other in add.certificate_label.text() and fingerprint not in add.certificate_label.text()
    assert other in add.error_label.text()
    assert "another certificate than the one you trusted" in add.certificate_label.text()
    assert not add.trust_check.isChecked()
    assert add.account_input().fingerprint == ""
    add.trust_check.setChecked(True)
    _find(add, qtbot)
    assert add.collections.isVisibleTo(add), add.error_label.text()
    assert add.account_input().fingerprint == other
