"""From the address a user typed to the address books and calendars they can sync with.

RFC 6764 (``/.well-known/carddav`` and ``/caldav``, which may redirect to another host), then
RFC 5397 ``current-user-principal``, RFC 6352 ``addressbook-home-set`` and RFC 4791
``calendar-home-set``, then the collections in those homes with what the engine needs to know
about each: its name, whether it offers sync-collection (else the engine compares ETags), which
components a calendar takes, its ctag and sync token. The address of one collection works too:
it is used as it is, and the rest is looked for as far as the server lets an anonymous or
limited user see.

Also makes the "NetDesk" address book (extended MKCOL, RFC 5689) and calendar (MKCALENDAR with
VEVENT and VTODO) when the user asks for them; asking again finds the same ones, so a second
device asking for them syncs with the first one's.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import httpx

from . import davxml
from .dav import CollectionKind, DavClient, collection_url
from .davxml import (
    ADDRESSBOOK_HOME_SET,
    CALENDAR_HOME_SET,
    CURRENT_USER_PRINCIPAL,
    DISPLAYNAME,
    GETCTAG,
    RESOURCETYPE,
    SUPPORTED_ADDRESS_DATA,
    SUPPORTED_COMPONENTS,
    SUPPORTED_REPORT_SET,
    SYNC_TOKEN,
    DavResponse,
    tag,
)
from .errors import (
    AuthenticationError,
    HttpStatusError,
    InsecureUrlError,
    NotFound,
    RedirectRefused,
    ServerProtocolError,
    SyncError,
)
from .http import LISTING_LIMIT, PRINCIPAL_LIMIT, SMALL_LIMIT

COLLECTION_PROPS: Final = (
    RESOURCETYPE,
    DISPLAYNAME,
    SUPPORTED_REPORT_SET,
    SUPPORTED_COMPONENTS,
    SUPPORTED_ADDRESS_DATA,
    GETCTAG,
    SYNC_TOKEN,
)
NETDESK_NAME: Final = "NetDesk"
NETDESK_COMPONENTS: Final = ("VEVENT", "VTODO")
_SLUGS: Final = {CollectionKind.ADDRESSBOOK: "netdesk-contacts", CollectionKind.CALENDAR: "netdesk"}
_XML: Final = {"Content-Type": "application/xml; charset=utf-8"}

# What a server may answer to a question it does not understand (or forbids): not fatal while
# looking around, only the answer that comes next counts.
_NOT_HERE: Final = (NotFound, HttpStatusError, ServerProtocolError)


@dataclass(frozen=True)
class Collection:
    """An address book or calendar on the server, as discovery found it."""

    url: str
    kind: CollectionKind
    displayname: str | None
    supports_sync_collection: bool
    components: frozenset[str]
    """For a calendar, the components it takes (VEVENT, VTODO...); empty: the server did not say
    (RFC 4791: then it takes every kind)."""
    ctag: str | None
    sync_token: str | None
    vcard_versions: frozenset[str] = frozenset()
    """For an address book, the vCard versions it claims to take (RFC 6352 6.2.2); empty: it did
    not say (then 3.0 is the one every server takes)."""

    @property
    def name(self) -> str:
        """What to show: its display name, else the last part of its address."""
        return self.displayname or httpx.URL(self.url).path.rstrip("/").rsplit("/", 1)[-1]

    def takes(self, component: str) -> bool:
        return not self.components or component in self.components


@dataclass(frozen=True)
class Discovery:
    """Everything found from one address; the lists keep the server's order."""

    principal: str | None
    addressbook_homes: tuple[str, ...]
    calendar_homes: tuple[str, ...]
    addressbooks: tuple[Collection, ...]
    calendars: tuple[Collection, ...]


def collection_from(response: DavResponse) -> Collection | None:
    """The collection a PROPFIND response describes, or None for anything else."""
    types = response.resourcetypes()
    if CollectionKind.ADDRESSBOOK.resourcetype in types:
        kind = CollectionKind.ADDRESSBOOK
    elif CollectionKind.CALENDAR.resourcetype in types:
        kind = CollectionKind.CALENDAR
    else:
        return None
    reports = response.props.get(SUPPORTED_REPORT_SET)
    sync = (
        reports is not None and reports.find(f".//{tag(davxml.DAV, 'sync-collection')}") is not None
    )
    components: set[str] = set()
    supported = response.props.get(SUPPORTED_COMPONENTS)
    if supported is not None:
        components = {
            comp.get("name", "").upper() for comp in supported.iter(tag(davxml.CALDAV, "comp"))
        }
        components.discard("")
    versions: set[str] = set()
    address_data = response.props.get(SUPPORTED_ADDRESS_DATA)
    if address_data is not None:
        versions = {
            offered.get("version", "").strip()
            for offered in address_data.iter(tag(davxml.CARDDAV, "address-data-type"))
            if offered.get("content-type", "text/vcard").lower() == "text/vcard"
        }
        versions.discard("")
    return Collection(
        url=collection_url(response.href),
        kind=kind,
        displayname=response.text(DISPLAYNAME),
        supports_sync_collection=sync,
        components=frozenset(components),
        ctag=response.text(GETCTAG),
        sync_token=response.text(SYNC_TOKEN),
        vcard_versions=frozenset(versions),
    )


def collection_info(client: DavClient, url: str) -> Collection:
    """What the collection at ``url`` is; `NotFound` when there is none, `SyncError` when it is
    not an address book or calendar."""
    base = collection_url(url)
    answer = client.propfind(base, COLLECTION_PROPS, depth=0, limit=PRINCIPAL_LIMIT)
    for response in answer.responses:
        if davxml.same_path(response.href, base):
            found = collection_from(response)
            if found is not None:
                return found
    raise SyncError(f"{base} is neither an address book nor a calendar.", url=base)


def discover(client: DavClient, url: str) -> Discovery:
    """Find the principal, the homes and every address book and calendar from ``url``.

    ``url`` is the server's address (``https://dav.example.com``), a context path
    (``https://example.com/remote.php/dav``) or one collection's address. Raises what the first
    request raises when the server cannot be reached or refuses the credentials, `NotFound`
    when no collection can be found from there.
    """
    start = davxml.canonical_href(url, "")
    direct = _direct_collection(client, start)
    try:
        principal, context = _principal(client, start)
        book_homes, calendar_homes = _homes(client, principal or context)
        homes = book_homes + tuple(h for h in calendar_homes if h not in book_homes)
        collections = [found for home in homes for found in _collections_in(client, home)]
    except (AuthenticationError, RedirectRefused, *_NOT_HERE) as exc:
        if direct is None or (isinstance(exc, AuthenticationError) and exc.had_credentials):
            raise
        principal, book_homes, calendar_homes, collections = None, (), (), []
    if direct is not None and all(c.url != direct.url for c in collections):
        collections.insert(0, direct)
    if not collections and direct is None and not (book_homes or calendar_homes):
        raise NotFound(
            f"No address book or calendar was found from {start}: check the address (or give "
            "the address of the address book itself).",
            url=start,
            status=404,
        )
    return Discovery(
        principal=principal,
        addressbook_homes=book_homes,
        calendar_homes=calendar_homes,
        addressbooks=tuple(c for c in collections if c.kind is CollectionKind.ADDRESSBOOK),
        calendars=tuple(c for c in collections if c.kind is CollectionKind.CALENDAR),
    )


def _direct_collection(client: DavClient, start: str) -> Collection | None:
    """``start`` itself when it is an address book or calendar (asked without principal
    properties, which some servers answer only to a logged-in user)."""
    try:
        answer = client.propfind(start, COLLECTION_PROPS, depth=0, limit=PRINCIPAL_LIMIT)
    except (RedirectRefused, *_NOT_HERE):
        return None
    for response in answer.responses:
        found = collection_from(response)
        if found is not None:
            return found
    return None


def _principal(client: DavClient, start: str) -> tuple[str | None, str]:
    """The current user's principal (None when the server has none) and the context path the
    answer came from, after the well-known redirects."""
    parsed = httpx.URL(start)
    candidates: list[tuple[str, bool]] = []
    if parsed.path in ("", "/"):
        for service in ("carddav", "caldav"):
            candidates.append((davxml.canonical_href(start, f"/.well-known/{service}"), True))
    candidates.append((start, False))
    context = start
    for candidate, well_known in candidates:
        try:
            answer = client.propfind(
                candidate,
                [CURRENT_USER_PRINCIPAL],
                depth=0,
                limit=PRINCIPAL_LIMIT,
                well_known=well_known,
            )
        except (RedirectRefused, *_NOT_HERE):
            continue
        context = answer.url
        for response in answer.responses:
            principal = response.href_in(CURRENT_USER_PRINCIPAL, response.href)
            if principal is not None:
                _trust(client, principal)
                return principal, context
    return None, context


def _trust(client: DavClient, url: str) -> None:
    """Let requests follow the server to an address it named (https, or loopback http)."""
    try:
        client.http.trust_origin(url)
    except InsecureUrlError as exc:
        raise InsecureUrlError(
            f"The server sent NetDesk on to {exc.url or 'an unencrypted address'}, which it does "
            "not follow.",
            url=exc.url,
        ) from None


def _homes(client: DavClient, principal: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The principal's address book and calendar homes; the principal itself where it names
    none (servers without RFC 6352/4791 home sets keep collections right there); none when
    it is no WebDAV resource at all."""
    try:
        answer = client.propfind(
            principal, [ADDRESSBOOK_HOME_SET, CALENDAR_HOME_SET], depth=0, limit=PRINCIPAL_LIMIT
        )
    except _NOT_HERE:
        return (), ()
    books: list[str] = []
    calendars: list[str] = []
    for response in answer.responses:
        books += response.hrefs_in(ADDRESSBOOK_HOME_SET, response.href)
        calendars += response.hrefs_in(CALENDAR_HOME_SET, response.href)
    for home in (*books, *calendars):
        _trust(client, home)
    fallback = [collection_url(principal)]
    return _unique(books or fallback), _unique(calendars or fallback)


def _unique(urls: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(collection_url(u) for u in urls))


def _collections_in(client: DavClient, home: str) -> list[Collection]:
    try:
        answer = client.propfind(home, COLLECTION_PROPS, depth=1, limit=LISTING_LIMIT)
    except _NOT_HERE:
        return []
    found = (collection_from(response) for response in answer.responses)
    return [c for c in found if c is not None]


def create_collection(
    client: DavClient,
    home: str,
    kind: CollectionKind,
    *,
    displayname: str = NETDESK_NAME,
    components: Iterable[str] = NETDESK_COMPONENTS,
) -> Collection:
    """Make NetDesk's address book or calendar in ``home``, or find the one made before.

    The address is fixed (``netdesk-contacts/`` or ``netdesk/``), so asking again, from this
    device or another, gives the same collection; only when that address holds something else
    is a second, random one used.
    """
    base = collection_url(home)
    wanted = tuple(components)
    for slug in (_SLUGS[kind], f"{_SLUGS[kind]}-{secrets.token_hex(4)}"):
        url = davxml.canonical_href(base, f"{slug}/")
        if kind is CollectionKind.ADDRESSBOOK:
            method, body = "MKCOL", davxml.mkcol_addressbook_body(displayname)
        else:
            method, body = "MKCALENDAR", davxml.mkcalendar_body(displayname, wanted)
        reply = client.http.request(
            method, url, body=body, headers=_XML, limit=SMALL_LIMIT, redirects="none"
        )
        if reply.status in (200, 201, 204):
            return collection_info(client, url)
        if reply.status not in (405, 409):
            raise HttpStatusError(
                f"The server did not create the {kind.value} {displayname!r} in {base} "
                f"(HTTP {reply.status}).",
                url=url,
                status=reply.status,
            )
        try:
            existing = collection_info(client, url)
        except SyncError:
            continue
        if existing.kind is kind:
            return existing
    raise SyncError(f"No {kind.value} could be made in {base}.", url=base)


def create_addressbook(client: DavClient, home: str, displayname: str = NETDESK_NAME) -> Collection:
    """`create_collection` for the NetDesk address book."""
    return create_collection(client, home, CollectionKind.ADDRESSBOOK, displayname=displayname)


def create_calendar(client: DavClient, home: str, displayname: str = NETDESK_NAME) -> Collection:
    """`create_collection` for the NetDesk calendar, taking events and tasks."""
    return create_collection(client, home, CollectionKind.CALENDAR, displayname=displayname)
