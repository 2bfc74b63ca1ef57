"""Where a sync account's password comes from: the system keyring, or a command's output.

The password is never stored by NetDesk itself (not in the database, the settings or a log): it
lives in the platform's keyring (Secret Service on Linux, the Keychain on macOS, the Credential
Manager on Windows) through the ``keyring`` package, or, for headless machines without one, a
``--password-command`` prints it (``pass show dav``, ``secret-tool lookup ...``), as vdirsyncer
does. In memory it is a `Secret`, whose ``str``/``repr`` never show it, so an f-string, a log line
or a traceback cannot leak it by accident.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from typing import TYPE_CHECKING, Final, NoReturn, final

from netdesk import APP_ID
from netdesk.core.errors import NetDeskError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE: Final = APP_ID
"""The keyring's service name for every NetDesk password (one entry per account)."""

PASSWORD_COMMAND_TIMEOUT: Final = 60.0
"""Seconds a password command may take: enough to type a GPG passphrase, not forever."""

_HEADLESS_HINT = (
    "Use --password-command with a command that prints the password "
    "(for example 'pass show dav/netdesk')."
)


@final
class Secret:
    """A password that does not show itself: ``str()`` and ``repr()`` give stars.

    ``reveal()`` is the one way to the text, so every use of the plain password is a line that
    says so. Not picklable, so it cannot end up in a file through a cache or a queue either.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret is not picklable")


class CredentialsError(NetDeskError):
    """The password could not be had; the message says what to do instead."""


class KeyringUnavailable(CredentialsError):
    """No usable system keyring (typically a server or container without a desktop session)."""


class PasswordNotFound(CredentialsError):
    """The keyring has no password for this account (removed by hand, or another machine)."""


class PasswordCommandFailed(CredentialsError):
    """The password command could not be run, failed, timed out or printed nothing."""


def keyring_username(url: str, user: str) -> str:
    """The keyring entry's user field for an account: readable in Seahorse or the Keychain."""
    return f"{user} on {url}"


def keyring_backend() -> KeyringBackend:
    """The backend keyring uses here, NetDesk's own Secret Service backend among the candidates
    on Linux (imported first, so that keyring's detection sees it: see `secret_service`)."""
    if sys.platform.startswith("linux"):
        from netdesk.core.sync import secret_service  # noqa: F401 (registers the backend)
    import keyring

    return keyring.get_keyring()


def keyring_usable() -> bool:
    """Whether a system keyring can keep passwords here (not keyring's failing fallback)."""
    from keyring.backends import fail

    try:
        return not isinstance(keyring_backend(), fail.Keyring)
    except RuntimeError:  # keyring asks the backends again, and one is no longer there
        return False


def _require_keyring() -> None:
    """Refuse early, with the hint, when keyring would only fall back to its failing backend."""
    if not keyring_usable():
        raise KeyringUnavailable(
            "No system keyring is available to keep the password. " + _HEADLESS_HINT
        )


def _scrubbed(message: str, secret: Secret | None) -> str:
    if secret is not None and secret.reveal() and secret.reveal() in message:
        return message.replace(secret.reveal(), "********")
    return message


def store_password(key: str, password: Secret) -> None:
    """Keep ``password`` for ``key`` (see `keyring_username`) in the system keyring."""
    from keyring.errors import KeyringError

    _require_keyring()
    import keyring

    try:
        keyring.set_password(SERVICE, key, password.reveal())
    except (KeyringError, RuntimeError) as exc:  # RuntimeError: a backend gone since
        detail = _scrubbed(str(exc), password)
        raise KeyringUnavailable(
            f"The system keyring did not keep the password ({type(exc).__name__}: {detail}). "
            + _HEADLESS_HINT
        ) from None


def load_password(key: str) -> Secret:
    """The password kept for ``key``; `PasswordNotFound` when there is none."""
    from keyring.errors import KeyringError

    _require_keyring()
    import keyring

    try:
        value = keyring.get_password(SERVICE, key)
    except (KeyringError, RuntimeError) as exc:  # RuntimeError: a backend gone since
        raise KeyringUnavailable(
            f"The system keyring could not be read ({type(exc).__name__}: {exc}). " + _HEADLESS_HINT
        ) from None
    if value is None:
        raise PasswordNotFound(
            f"The system keyring has no password for {key}: enter it again in the account's "
            "settings (or use --password-command)."
        )
    return Secret(value)


def delete_password(key: str) -> None:
    """Forget the password for ``key``; nothing happens when there is none."""
    from keyring.errors import KeyringError, PasswordDeleteError

    _require_keyring()
    import keyring

    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        return
    except (KeyringError, RuntimeError) as exc:  # RuntimeError: a backend gone since
        raise KeyringUnavailable(
            f"The system keyring could not remove the password ({type(exc).__name__}: {exc})."
        ) from None


def password_from_command(command: str, *, timeout: float = PASSWORD_COMMAND_TIMEOUT) -> Secret:
    """The first line the command prints, without its line break.

    The command is split like a shell would (``shlex``) but run without one, so nothing in it is
    expanded or chained. Its error output goes to NetDesk's own (the user's terminal) rather than
    into an error message, where a password printed by mistake would travel on. Messages name
    only the program, never its arguments (which could hold a passphrase).
    """
    try:
        args = shlex.split(command)
    except ValueError as exc:
        raise PasswordCommandFailed(f"The password command cannot be read: {exc}.") from None
    if not args:
        raise PasswordCommandFailed("The password command is empty.")
    program = args[0]
    try:
        done = subprocess.run(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            timeout=timeout,
            check=False,
            shell=False,
        )
    except FileNotFoundError:
        raise PasswordCommandFailed(f"The password command {program!r} was not found.") from None
    except PermissionError:
        raise PasswordCommandFailed(
            f"The password command {program!r} cannot be run (permission denied)."
        ) from None
    except subprocess.TimeoutExpired:
        raise PasswordCommandFailed(
            f"The password command {program!r} did not finish within {timeout:g} seconds."
        ) from None
    except OSError as exc:
        raise PasswordCommandFailed(
            f"The password command {program!r} cannot be run ({exc.strerror})."
        ) from None
    if done.returncode != 0:
        raise PasswordCommandFailed(
            f"The password command {program!r} failed (exit status {done.returncode})."
        )
    first_line = done.stdout.split(b"\n", 1)[0].removesuffix(b"\r")
    try:
        password = first_line.decode("utf-8")
    except UnicodeDecodeError:
        raise PasswordCommandFailed(
            f"The password command {program!r} printed something that is not UTF-8 text."
        ) from None
    if not password:
        raise PasswordCommandFailed(f"The password command {program!r} printed no password.")
    return Secret(password)
