"""Settling a sync conflict is a step of the window's undo stack: Ctrl+Z in the conflicts list or
in the window puts the contact's value back and the conflict in the list again, Ctrl+Shift+Z
settles it again, and the next sync sends the value the user ended with. The conflict is a real
one: a title changed on the server (a raw PUT, as a phone would) and here, then synced with
Radicale."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.sync.accounts import AccountInput, add_account
from netdesk.core.sync.conflicts import conflict_count
from netdesk.models import sync_state
from netdesk.models.records import ContactData
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.sync.conflicts_dialog import ConflictsDialog
from tests.core.sync.radicale_server import RadicaleServer

WAIT_MS = 30_000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _no_start_sync(qsettings: QSettings) -> None:
    """The window's sync at start would race the test's own; each test starts its sync."""
    qsettings.setValue("sync/at_start", False)


def _sync(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.sync.controller.sync_finished, timeout=WAIT_MS) as finished:
        assert window.sync.controller.sync_now(asked=False)
    assert finished.args[0] is not None and not finished.args[0].failed


def _server_card(radicale: RadicaleServer, account_id: int) -> tuple[str, str, str]:
    """The contact's card on the server: its address, text and ETag."""
    (state,) = sync_state.cards(account_id).values()
    url = str(httpx.URL(radicale.url).join(state.href))
    reply = httpx.get(url)
    assert reply.status_code == 200
    return url, reply.text, reply.headers["ETag"]


def _conflict_on_title(
    window: MainWindow, qtbot: QtBot, radicale: RadicaleServer, user: str
) -> tuple[int, int]:
    """Cleo's title changed on the server and here since the last sync, then synced: one
    conflict, this computer's value kept for now."""
    account_id = add_account(AccountInput(radicale.url, user))
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer"))
    _sync(window, qtbot)
    url, text, etag = _server_card(radicale, account_id)
    assert "TITLE:Engineer" in text
    phone = text.replace("TITLE:Engineer", "TITLE:Principal Engineer")
    reply = httpx.put(url, content=phone, headers={"Content-Type": "text/vcard", "If-Match": etag})
    assert reply.status_code in (201, 204)
    data = load_contact(cleo)
    data.title = "Staff Engineer"
    update_contact(cleo, data)
    _sync(window, qtbot)
    assert conflict_count() == 1
    return account_id, cleo


def _open_conflicts(window: MainWindow, qtbot: QtBot) -> ConflictsDialog:
    qtbot.waitUntil(lambda: window.sync.conflicts_action.isEnabled(), timeout=WAIT_MS)
    dialog = window.sync.open_conflicts()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    return dialog


def _press(qtbot: QtBot, widget: QWidget, modifiers: Qt.KeyboardModifier) -> None:
    """Z with ``modifiers`` in ``widget``'s window, once active (the offscreen platform has no
    window manager to give the window back its activation when a dialog closes)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def test_using_the_servers_value_is_undone_with_ctrl_z(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    account_id, cleo = _conflict_on_title(main_window, qtbot, radicale, user)
    dialog = _open_conflicts(main_window, qtbot)
    row = dialog.list.topLevelItem(0)
    assert (row.text(1), row.text(2), row.text(3)) == (
        "Job title",
        "Staff Engineer",
        "Principal Engineer",
    )
    row.setSelected(True)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert load_contact(cleo).title == "Principal Engineer"
    assert main_window.undo_stack.undoText() == "Use the server's Job title for Cleo"

    # Ctrl+Z in the list: this computer's value back, the conflict listed again.
    _press(qtbot, dialog.list, CTRL)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert load_contact(cleo).title == "Staff Engineer"
    assert dialog.list.topLevelItem(0).text(3) == "Principal Engineer"
    # Ctrl+Shift+Z: settled again.
    _press(qtbot, dialog.list, CTRL_SHIFT)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert load_contact(cleo).title == "Principal Engineer"
    dialog.close()

    # And Ctrl+Z in the window, once the list is closed.
    _press(qtbot, main_window.table, CTRL)
    qtbot.waitUntil(lambda: load_contact(cleo).title == "Staff Engineer", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: main_window.sync.conflicts_action.isEnabled(), timeout=WAIT_MS)
    assert conflict_count() == 1
    assert main_window.undo_stack.redoText() == "Use the server's Job title for Cleo"
    # The next sync sends what the user ended with.
    _sync(main_window, qtbot)
    assert "TITLE:Staff Engineer" in _server_card(radicale, account_id)[1]


def test_keeping_this_computers_value_is_undone_with_ctrl_z(
    qtbot: QtBot, main_window: MainWindow, radicale: RadicaleServer, user: str
) -> None:
    _account_id, cleo = _conflict_on_title(main_window, qtbot, radicale, user)
    dialog = _open_conflicts(main_window, qtbot)
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert conflict_count() == 0
    assert main_window.undo_stack.undoText() == "Keep this computer's Job title for Cleo"
    dialog.close()
    _press(qtbot, main_window.table, CTRL)
    qtbot.waitUntil(lambda: conflict_count() == 1, timeout=WAIT_MS)
    assert load_contact(cleo).title == "Staff Engineer"  # kept either way
    dialog = _open_conflicts(main_window, qtbot)
    assert dialog.list.topLevelItem(0).text(3) == "Principal Engineer"
