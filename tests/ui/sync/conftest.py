"""The sync window tests' servers: the real Radicale of tests/core/sync, each test its own user;
and the desktop's keyring: a real GNOME Keyring on a private session bus, which this test process
(the window and its workers) uses in place of whatever keyring it found before."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.core
import pytest

from tests.core.sync import conftest as sync_fixtures
from tests.core.sync.test_secret_service import session_bus

radicale = sync_fixtures.radicale
user = sync_fixtures.user

__all__ = ["desktop_keyring", "radicale", "session_bus", "user"]


@pytest.fixture
def desktop_keyring(
    session_bus: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    """This process on the private bus's GNOME Keyring, as NetDesk finds it on a desktop.

    keyring picks its backend once and keeps it (``keyring.core._keyring_backend``), and lists
    the usable backends once too (``keyring.backend.get_all_keyring``, which asks each whether a
    session bus is there): both are forgotten so that the choice is made on this bus, and put
    back afterwards, so no later test reaches a keyring daemon that is gone."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus["DBUS_SESSION_BUS_ADDRESS"])
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    listed = keyring.backend.get_all_keyring
    chosen = keyring.core._keyring_backend
    had_list = "saved_result" in vars(listed)
    saved_list = vars(listed).get("saved_result")
    vars(listed).pop("saved_result", None)
    keyring.core._keyring_backend = None
    try:
        yield session_bus
    finally:
        vars(listed).pop("saved_result", None)
        if had_list:
            vars(listed)["saved_result"] = saved_list
        keyring.core._keyring_backend = chosen
