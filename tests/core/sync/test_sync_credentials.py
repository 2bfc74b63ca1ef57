"""Where the password comes from: the system keyring, or a --password-command; and that it never
shows itself in text."""

from __future__ import annotations

import pickle
import shlex
import sys
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from netdesk.core.sync.credentials import (
    SERVICE,
    KeyringUnavailable,
    PasswordCommandFailed,
    PasswordNotFound,
    Secret,
    delete_password,
    keyring_username,
    load_password,
    password_from_command,
    store_password,
)

PY = shlex.quote(sys.executable)


class MemoryKeyring(KeyringBackend):
    """A keyring backend holding entries in a dict, in place of the desktop's Secret Service
    (which a test machine has not got); `keyring` calls it exactly as it would call that one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_secret_never_shows_itself() -> None:
    secret = Secret("Correct-Horse-42")
    for text in (str(secret), repr(secret), f"{secret}", f"{secret!r}", str([secret])):
        assert "Correct-Horse-42" not in text
    assert secret.reveal() == "Correct-Horse-42"
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_the_password_is_kept_in_the_keyring_under_netdesks_name(
    memory_keyring: MemoryKeyring,
) -> None:
    key = keyring_username("https://dav.example.org/", "alice")
    store_password(key, Secret("Pa55-in-keyring"))

    assert memory_keyring.entries == {(SERVICE, key): "Pa55-in-keyring"}
    assert SERVICE == "io.github.netdesk.NetDesk"
    assert load_password(key).reveal() == "Pa55-in-keyring"

    delete_password(key)
    assert memory_keyring.entries == {}
    delete_password(key)  # twice: nothing to do, no error
    with pytest.raises(PasswordNotFound, match="enter it again"):
        load_password(key)


def test_without_a_keyring_the_message_points_to_the_password_command(no_keyring: None) -> None:
    for attempt in (
        lambda: store_password("k", Secret("Pa55-nowhere")),
        lambda: load_password("k"),
        lambda: delete_password("k"),
    ):
        with pytest.raises(KeyringUnavailable) as unavailable:
            attempt()
        assert "--password-command" in str(unavailable.value)
        assert "Pa55-nowhere" not in str(unavailable.value)


def test_the_password_command_gives_its_first_line_without_the_line_break() -> None:
    command = f"{PY} -c \"print('pa ss wörd'); print('second line')\""
    assert password_from_command(command).reveal() == "pa ss wörd"
    crlf = f"{PY} -c \"import sys; sys.stdout.buffer.write(b'dos-pass\\r\\n')\""
    assert password_from_command(crlf).reveal() == "dos-pass"
    no_newline = f"{PY} -c \"import sys; sys.stdout.write('  spaced  ')\""
    assert password_from_command(no_newline).reveal() == "  spaced  "  # spaces are the password's


def test_the_password_command_runs_without_a_shell() -> None:
    command = f"{PY} -c \"import sys; print(sys.argv[1])\" '$HOME;echo injected'"
    assert password_from_command(command).reveal() == "$HOME;echo injected"


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (f"{PY} -c \"print('Leaky-Pa55'); raise SystemExit(3)\"", "exit status 3"),
        (f"{PY} -c \"print('')\"", "printed no password"),
        ("netdesk-no-such-program --token Leaky-Pa55", "was not found"),
        ("", "is empty"),
        ("'unbalanced", "cannot be read"),
        (f'{PY} -c "import sys; sys.stdout.buffer.write(bytes([255, 254]))"', "not UTF-8"),
    ],
)
def test_a_failing_password_command_says_why_without_its_output(command: str, message: str) -> None:
    with pytest.raises(PasswordCommandFailed, match=message) as failed:
        password_from_command(command)
    assert "Leaky-Pa55" not in str(failed.value)


def test_a_hanging_password_command_is_stopped() -> None:
    command = f'{PY} -c "import time; time.sleep(30)" --secret-arg'
    with pytest.raises(PasswordCommandFailed, match=r"did not finish within 0\.5 seconds") as hung:
        password_from_command(command, timeout=0.5)
    assert "--secret-arg" not in str(hung.value)  # the arguments may hold a passphrase
