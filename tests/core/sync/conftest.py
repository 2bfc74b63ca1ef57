"""Real Radicale servers for the sync tests: started once per test session, stopped after.

Each test gets its own user name (Radicale makes a principal for it on first login), so tests
share a server without seeing each other's collections. When Radicale cannot start here, the
tests that need it are skipped with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from netdesk.core.sync.credentials import Secret
from netdesk.core.sync.dav import DavClient
from netdesk.core.sync.discovery import (
    Collection,
    create_addressbook,
    create_calendar,
    discover,
)
from netdesk.core.sync.http import DavHttp, DavSettings

from .radicale_server import (
    BCRYPT_USER,
    PLAIN_USER,
    RadicaleServer,
    TlsServer,
    bcrypt_line,
    self_signed_certificate,
    start_or_skip,
)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """Radicale without authentication: any user name, any password, or none at all."""
    server = start_or_skip(tmp_path_factory.mktemp("radicale-open"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def radicale_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """Radicale checking an htpasswd file with one plain and one bcrypt user."""
    lines = [":".join(PLAIN_USER), bcrypt_line(*BCRYPT_USER)]
    server = start_or_skip(tmp_path_factory.mktemp("radicale-auth"), htpasswd=lines)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def radicale_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """Radicale over https with a self-signed certificate made for this run."""
    folder = tmp_path_factory.mktemp("radicale-tls")
    cert, key, fingerprint = self_signed_certificate(folder / "tls")
    server = start_or_skip(folder, certificate=(cert, key))
    yield TlsServer(server, fingerprint)
    server.stop()


@pytest.fixture
def user() -> str:
    """A user name of this test's own (a fresh principal on the open server)."""
    return f"u{uuid.uuid4().hex[:10]}"


@pytest.fixture
def client(radicale: RadicaleServer, user: str) -> Iterator[DavClient]:
    """A client of the open server, logged in as this test's user."""
    http = DavHttp(radicale.url, DavSettings(username=user, password=Secret("anything")))
    yield DavClient(http)
    http.close()


@pytest.fixture
def book(client: DavClient, radicale: RadicaleServer) -> Collection:
    """This test's own NetDesk address book."""
    found = discover(client, radicale.url)
    return create_addressbook(client, found.addressbook_homes[0])


@pytest.fixture
def calendar(client: DavClient, radicale: RadicaleServer) -> Collection:
    """This test's own NetDesk calendar (events and tasks)."""
    found = discover(client, radicale.url)
    return create_calendar(client, found.calendar_homes[0])
