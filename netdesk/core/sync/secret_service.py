"""A `keyring` backend for the freedesktop Secret Service written on jeepney alone.

Why it exists: keyring's own Secret Service backend goes through SecretStorage, which imports
``cryptography`` (11.6 MB of compiled Rust and OpenSSL in the bundle) for one thing only, the
AES of the ``dh-ietf1024-sha256-aes128-cbc-pkcs7`` transport. That transport guards a secret
on the user's own session bus, which only the user's own processes reach, and those may ask the
keyring for the secret anyway; the specification's ``plain`` algorithm, which GNOME Keyring,
KeePassXC and KWallet all offer, leaves it out. With ``cryptography`` the bundle was 137 MB,
over its 130 MB limit. The pure-Python backend made for this (``keyring_jeepney``, by jeepney's
author) stopped working with jeepney 0.7 (it imports ``jeepney.integrate``) and is no longer
kept. So this module speaks the specification's few calls through jeepney's blocking
connection: search, unlock (with the desktop's prompt), get, create-or-replace and delete.

It keeps entries exactly as keyring's ``SecretService.Keyring`` does (the same attributes
``service``, ``username`` and ``application``, the same label, the default collection), so a
password kept by one is found by the other: a NetDesk run from source (where SecretStorage is
installed and keyring prefers it, priority 5) and the bundle (where it is not, and this backend's
priority 4.8 makes it the choice) share the same keyring entries.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from jaraco.classes import properties
from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    DBusErrorResponse,
    MatchRule,
    MessageType,
    Properties,
    message_bus,
    new_method_call,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped]
from keyring.backend import KeyringBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    PasswordDeleteError,
    PasswordSetError,
)

BUS_NAME: Final = "org.freedesktop.secrets"
SERVICE_PATH: Final = "/org/freedesktop/secrets"
DEFAULT_COLLECTION: Final = "/org/freedesktop/secrets/aliases/default"
_PREFIX: Final = "org.freedesktop.Secret."
APPLICATION: Final = "Python keyring library"
"""The ``application`` attribute keyring's SecretService backend writes (its ``appid``)."""

CALL_TIMEOUT: Final = 10.0
"""Seconds a call to the keyring daemon may take (it answers at once, or is not there)."""
PROMPT_TIMEOUT: Final = 300.0
"""Seconds the desktop's unlock prompt may stay open before NetDesk stops waiting."""

_NO_PROMPT: Final = "/"


class SecretServiceKeyring(KeyringBackend):
    """The desktop's keyring (GNOME Keyring, KeePassXC, KWallet) over D-Bus, ``plain`` session."""

    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            raise RuntimeError("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        try:
            with _connection() as connection:
                (running,) = _call(connection, message_bus.NameHasOwner(BUS_NAME))
                (activatable,) = _call(connection, message_bus.ListActivatableNames())
        except KeyringError as exc:
            raise RuntimeError(f"the session bus cannot be reached: {exc}") from None
        if not running and BUS_NAME not in activatable:
            raise RuntimeError("no Secret Service daemon is running or activatable")
        return 4.8  # below keyring's SecretStorage backend (5), which is preferred where present

    def get_password(self, service: str, username: str) -> str | None:
        with _connection() as connection:
            session = _open_session(connection)
            for item in _unlocked_items(connection, _query(service, username)):
                (secret,) = _call(
                    connection, new_method_call(_item(item), "GetSecret", "o", (session,))
                )
                return bytes(secret[2]).decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = {**_query(service, username), "application": APPLICATION}
        item_properties = {
            _PREFIX + "Item.Label": ("s", f"Password for '{username}' on '{service}'"),
            _PREFIX + "Item.Attributes": ("a{ss}", attributes),
        }
        with _connection() as connection:
            session = _open_session(connection)
            collection = _unlocked_default_collection(connection)
            secret = (session, b"", password.encode("utf-8"), "text/plain; charset=utf8")
            message = new_method_call(
                DBusAddress(collection, BUS_NAME, _PREFIX + "Collection"),
                "CreateItem",
                "a{sv}(oayays)b",
                (item_properties, secret, True),
            )
            try:
                _item_path, prompt = _call(connection, message)
            except DBusErrorResponse as exc:
                raise PasswordSetError(f"the keyring refused the password: {exc.name}") from None
            if prompt != _NO_PROMPT:
                _prompt(connection, prompt, "keeping the password")

    def delete_password(self, service: str, username: str) -> None:
        with _connection() as connection:
            for item in _unlocked_items(connection, _query(service, username)):
                (prompt,) = _call(connection, new_method_call(_item(item), "Delete"))
                if prompt != _NO_PROMPT:
                    _prompt(connection, prompt, "removing the password")
                return
        raise PasswordDeleteError("No such password!")


def _query(service: str, username: str) -> dict[str, str]:
    return {"username": username, "service": service}


def _item(path: str) -> DBusAddress:
    return DBusAddress(path, BUS_NAME, _PREFIX + "Item")


@contextmanager
def _connection() -> Iterator[DBusConnection]:
    """A connection to the session bus, closed afterwards; what goes wrong on it becomes a
    `KeyringError` (which callers of keyring catch), naming the D-Bus error, never a secret."""
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError) as exc:
        raise InitError(f"the D-Bus session bus cannot be reached: {exc}") from None
    try:
        yield connection
    except DBusErrorResponse as exc:
        raise KeyringError(f"the Secret Service answered {exc.name}") from None
    except TimeoutError:
        raise KeyringError("the Secret Service did not answer in time") from None
    except (OSError, ConnectionError) as exc:
        raise KeyringError(f"the connection to the Secret Service broke: {exc}") from None
    finally:
        connection.close()


def _call(connection: DBusConnection, message: Any, timeout: float = CALL_TIMEOUT) -> Any:
    """The reply's body; a D-Bus error reply raises `DBusErrorResponse`."""
    return unwrap_msg(connection.send_and_get_reply(message, timeout=timeout))


def _open_session(connection: DBusConnection) -> str:
    service = DBusAddress(SERVICE_PATH, BUS_NAME, _PREFIX + "Service")
    try:
        _output, session = _call(
            connection, new_method_call(service, "OpenSession", "sv", ("plain", ("s", "")))
        )
    except DBusErrorResponse as exc:
        raise InitError(f"the Secret Service did not open a session: {exc.name}") from None
    return str(session)


def _unlocked_items(connection: DBusConnection, attributes: dict[str, str]) -> list[str]:
    """The default collection's items with these attributes, unlocked (prompting if need be)."""
    collection = _unlocked_default_collection(connection)
    message = new_method_call(
        DBusAddress(collection, BUS_NAME, _PREFIX + "Collection"),
        "SearchItems",
        "a{ss}",
        (attributes,),
    )
    (items,) = _call(connection, message)
    return list(items)


def _unlocked_default_collection(connection: DBusConnection) -> str:
    """The default collection's path, created (as "Default") if the keyring has none yet and
    unlocked through the desktop's prompt if it is locked; `KeyringLocked` if the user says no."""
    service = DBusAddress(SERVICE_PATH, BUS_NAME, _PREFIX + "Service")
    (path,) = _call(connection, new_method_call(service, "ReadAlias", "s", ("default",)))
    if path == _NO_PROMPT:
        label = {_PREFIX + "Collection.Label": ("s", "Default")}
        path, prompt = _call(
            connection, new_method_call(service, "CreateCollection", "a{sv}s", (label, "default"))
        )
        if path == _NO_PROMPT:
            path = _prompt(connection, prompt, "creating the keyring")
    collection = DBusAddress(path, BUS_NAME, _PREFIX + "Collection")
    ((_signature, locked),) = _call(connection, Properties(collection).get("Locked"))
    if locked:
        unlocked, prompt = _call(connection, new_method_call(service, "Unlock", "ao", ([path],)))
        if path not in unlocked and prompt != _NO_PROMPT:
            _prompt(connection, prompt, "unlocking the keyring")
    return str(path)


def _prompt(connection: DBusConnection, prompt: str, doing: str) -> Any:
    """Show the desktop's prompt and wait for its answer; the result it completes with."""
    address = DBusAddress(prompt, BUS_NAME, _PREFIX + "Prompt")
    rule = MatchRule(
        type=MessageType.signal, path=prompt, interface=_PREFIX + "Prompt", member="Completed"
    )
    _call(connection, message_bus.AddMatch(rule))
    with connection.filter(rule) as signals:
        _call(connection, new_method_call(address, "Prompt", "s", ("",)))
        try:
            signal = connection.recv_until_filtered(signals, timeout=PROMPT_TIMEOUT)
        except TimeoutError:
            raise KeyringLocked(f"the keyring's prompt was not answered ({doing})") from None
    dismissed, (_signature, result) = signal.body
    if dismissed:
        raise KeyringLocked(f"the keyring's prompt was dismissed ({doing})")
    return result
