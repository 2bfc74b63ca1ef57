"""NetDesk's Secret Service backend against a real GNOME Keyring on a private session bus.

Each test starts its own ``dbus-daemon`` and ``gnome-keyring-daemon`` (unlocked with
a test password, its keyrings in a temporary home), so the desktop's real keyring is never
touched. Skipped with the reason where those programs are not installed (``apt-get install
gnome-keyring``; CI installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney import DBusAddress, message_bus, new_method_call
from keyring.backends.SecretService import Keyring as SecretStorageKeyring
from keyring.errors import KeyringLocked, PasswordDeleteError

from netdesk.core.sync.credentials import SERVICE, keyring_username
from netdesk.core.sync.secret_service import (
    BUS_NAME,
    DEFAULT_COLLECTION,
    SERVICE_PATH,
    SecretServiceKeyring,
    _call,
    _connection,
)

PROGRAMS = ("dbus-daemon", "gnome-keyring-daemon")


@pytest.fixture
def session_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment of a private session bus with an unlocked GNOME Keyring on it."""
    missing = [p for p in PROGRAMS if shutil.which(p) is None]
    if missing:
        pytest.skip(f"no {', '.join(missing)} here (apt-get install gnome-keyring dbus-daemon)")
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
        "DISPLAY": "",  # no prompter can be shown: a prompt is dismissed at once
    }
    env.pop("WAYLAND_DISPLAY", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"keyring-test-password")
    daemon.stdin.close()
    try:
        _wait_for_keyring(env)
        yield env
    finally:
        for process in (daemon, bus):
            process.terminate()
            process.wait(10)
        bus.stdout.close()


def _wait_for_keyring(env: dict[str, str]) -> None:
    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = env["DBUS_SESSION_BUS_ADDRESS"]
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with _connection() as connection:
                (running,) = _call(connection, message_bus.NameHasOwner(BUS_NAME))
            if running:
                return
            time.sleep(0.05)
        pytest.skip("gnome-keyring-daemon did not come up on the private bus")
    finally:
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved


@pytest.fixture
def on_bus(session_bus: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus["DBUS_SESSION_BUS_ADDRESS"])
    return session_bus


def test_a_password_is_kept_found_and_removed(on_bus: dict[str, str]) -> None:
    backend = SecretServiceKeyring()
    key = keyring_username("https://dav.example.org/", "alice")
    backend.set_password(SERVICE, key, "Pä55 wörd ✓")
    assert backend.get_password(SERVICE, key) == "Pä55 wörd ✓"
    backend.set_password(SERVICE, key, "replaced")  # one entry, replaced, not a second one
    assert backend.get_password(SERVICE, key) == "replaced"
    assert _items(SERVICE, key) == 1
    backend.delete_password(SERVICE, key)
    assert backend.get_password(SERVICE, key) is None
    with pytest.raises(PasswordDeleteError):
        backend.delete_password(SERVICE, key)


def test_entries_are_shared_with_keyrings_own_secret_service_backend(
    on_bus: dict[str, str],
) -> None:
    """A password kept from source (SecretStorage) is found by the bundle (this backend), and
    the other way round: the same attributes, label and collection."""
    ours, theirs = SecretServiceKeyring(), SecretStorageKeyring()
    ours.set_password(SERVICE, "kept by NetDesk's backend", "one")
    theirs.set_password(SERVICE, "kept by SecretStorage", "two")
    assert theirs.get_password(SERVICE, "kept by NetDesk's backend") == "one"
    assert ours.get_password(SERVICE, "kept by SecretStorage") == "two"
    theirs.delete_password(SERVICE, "kept by NetDesk's backend")
    ours.delete_password(SERVICE, "kept by SecretStorage")
    assert theirs.get_password(SERVICE, "kept by SecretStorage") is None


@pytest.mark.parametrize(
    ("hide_secretstorage", "chosen"),
    [
        (True, "['SecretServiceKeyring']"),
        (False, "['Keyring', 'SecretServiceKeyring']"),
    ],
    ids=["bundle-without-secretstorage", "from-source"],
)
def test_netdesks_credentials_go_through_the_desktop_keyring(
    on_bus: dict[str, str], hide_secretstorage: bool, chosen: str
) -> None:
    """A second process keeps and reads a password through the keyring keyring detects on this
    bus: this backend alone where SecretStorage cannot be imported (as in the bundle, which
    leaves it and cryptography out), or after keyring's own SecretStorage backend."""
    script = (
        "import sys\n"
        + (
            "sys.modules['secretstorage'] = None  # as if not installed\n"
            if hide_secretstorage
            else ""
        )
        + "from netdesk.core.sync.credentials import Secret, keyring_backend, load_password, "
        "store_password\n"
        "backend = keyring_backend()\n"
        "names = [type(b).__name__ for b in getattr(backend, 'backends', [backend])]\n"
        "store_password('bob on https://dav.example.org/', Secret('kept'))\n"
        "print(names, load_password('bob on https://dav.example.org/').reveal())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=on_bus,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.stdout.strip() == f"{chosen} kept"
    # Found by the backend of the other kind too.
    other = SecretStorageKeyring() if hide_secretstorage else SecretServiceKeyring()
    assert other.get_password(SERVICE, "bob on https://dav.example.org/") == "kept"


def test_a_locked_keyring_whose_prompt_is_dismissed_says_so_without_hanging(
    on_bus: dict[str, str],
) -> None:
    backend = SecretServiceKeyring()
    backend.set_password(SERVICE, "dave", "locked away")
    with _connection() as connection:
        service = DBusAddress(SERVICE_PATH, BUS_NAME, "org.freedesktop.Secret.Service")
        _call(connection, new_method_call(service, "Lock", "ao", ([DEFAULT_COLLECTION],)))
    started = time.monotonic()
    with pytest.raises(KeyringLocked, match="dismissed"):
        backend.get_password(SERVICE, "dave")
    assert time.monotonic() - started < 10


def test_without_a_session_bus_the_backend_is_not_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(RuntimeError, match="session bus"):
        SecretServiceKeyring.priority  # noqa: B018


def _items(service: str, username: str) -> int:
    with _connection() as connection:
        collection = DBusAddress(DEFAULT_COLLECTION, BUS_NAME, "org.freedesktop.Secret.Collection")
        message = new_method_call(
            collection, "SearchItems", "a{ss}", ({"service": service, "username": username},)
        )
        (items,) = _call(connection, message)
    return len(items)
