"""Finding and creating address books and calendars on a real Radicale (RFC 6764, 6352, 4791)."""

from __future__ import annotations

import pytest

from netdesk.core.sync.credentials import Secret
from netdesk.core.sync.dav import CollectionKind, DavClient
from netdesk.core.sync.davxml import CURRENT_USER_PRINCIPAL
from netdesk.core.sync.discovery import (
    collection_info,
    create_addressbook,
    create_calendar,
    discover,
)
from netdesk.core.sync.errors import AuthenticationError, NotFound, SyncError
from netdesk.core.sync.http import PRINCIPAL_LIMIT, DavHttp, DavSettings

from .hostile_server import hostile_server, send
from .radicale_server import RadicaleServer


def test_from_the_server_address_to_new_netdesk_collections(
    client: DavClient, radicale: RadicaleServer, user: str
) -> None:
    found = discover(client, radicale.url)
    principal = f"{radicale.url}{user}/"
    assert found.principal == principal
    assert found.addressbook_homes == (principal,)
    assert found.calendar_homes == (principal,)
    assert (found.addressbooks, found.calendars) == ((), ())  # a new user has none yet

    book = create_addressbook(client, found.addressbook_homes[0])
    calendar = create_calendar(client, found.calendar_homes[0])

    again = discover(client, radicale.url)
    assert again.addressbooks == (book,)
    assert again.calendars == (calendar,)
    assert book.kind is CollectionKind.ADDRESSBOOK and book.name == "NetDesk"
    assert calendar.kind is CollectionKind.CALENDAR and calendar.name == "NetDesk"
    assert book.supports_sync_collection and calendar.supports_sync_collection
    assert calendar.components == {"VEVENT", "VTODO"}
    assert calendar.takes("VTODO") and calendar.takes("VEVENT") and not calendar.takes("VJOURNAL")
    assert book.ctag and book.sync_token and calendar.ctag and calendar.sync_token
    assert book.vcard_versions == {"3.0"}  # what Radicale claims (it stores 4.0 as well)
    assert book.url.startswith(principal) and book.url != calendar.url


def test_the_well_known_address_redirects_to_the_context_path(
    client: DavClient, radicale: RadicaleServer
) -> None:
    answer = client.propfind(
        radicale.url + ".well-known/carddav",
        [CURRENT_USER_PRINCIPAL],
        depth=0,
        limit=PRINCIPAL_LIMIT,
        well_known=True,
    )
    assert answer.url == radicale.url  # Radicale answers 301 to "/"


def test_asking_for_the_netdesk_collections_again_finds_the_same_ones(
    client: DavClient, radicale: RadicaleServer, user: str
) -> None:
    home = discover(client, radicale.url).addressbook_homes[0]
    first_book, first_calendar = create_addressbook(client, home), create_calendar(client, home)

    # A second device of the same user asks too: it gets these, not a "NetDesk (2)".
    settings = DavSettings(username=user, password=Secret("p"))
    with DavClient(DavHttp(radicale.url, settings)) as other:
        assert create_addressbook(other, home).url == first_book.url
        assert create_calendar(other, home).url == first_calendar.url
        found = discover(other, radicale.url)
    assert len(found.addressbooks) == 1 and len(found.calendars) == 1


def test_a_collection_address_works_without_any_login(
    client: DavClient, radicale: RadicaleServer
) -> None:
    home = discover(client, radicale.url).addressbook_homes[0]
    book = create_addressbook(client, home)
    calendar = create_calendar(client, home)

    with DavClient(DavHttp(radicale.url)) as anonymous:  # a server without authentication
        assert discover(anonymous, book.url).addressbooks == (book,)
        assert discover(anonymous, calendar.url).calendars == (calendar,)
        assert collection_info(anonymous, book.url.rstrip("/")) == book


def test_the_server_address_without_a_login_asks_for_one(radicale: RadicaleServer) -> None:
    with DavClient(DavHttp(radicale.url)) as anonymous, pytest.raises(AuthenticationError) as asked:
        discover(anonymous, radicale.url)
    assert not asked.value.had_credentials
    assert "asks for a user name and password" in str(asked.value)


def test_an_address_with_nothing_to_sync_says_so() -> None:
    with (
        hostile_server(lambda h: send(h, 404, b"no such thing")) as plain_web_server,
        DavClient(DavHttp(plain_web_server.url)) as client,
        pytest.raises(NotFound) as nothing,
    ):
        discover(client, plain_web_server.url)
    assert "No address book or calendar was found" in str(nothing.value)
    paths = [seen.path for seen in plain_web_server.seen]
    assert paths[:3] == ["/", "/.well-known/carddav", "/.well-known/caldav"]


def test_a_principal_is_not_mistaken_for_an_address_book(
    client: DavClient, radicale: RadicaleServer, user: str
) -> None:
    discover(client, radicale.url)
    with pytest.raises(SyncError, match="neither an address book nor a calendar"):
        collection_info(client, f"{radicale.url}{user}/")
