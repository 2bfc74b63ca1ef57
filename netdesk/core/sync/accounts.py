"""Sync accounts: adding one (discovery, the NetDesk address book and calendar), listing,
removing, and the client that talks to an account's server.

The database keeps the address, the user name, the collections and where the password comes
from; the password itself goes to the system keyring (or is printed by the account's password
command each time). An address that is one address book is used as it is; otherwise NetDesk's
own "NetDesk" address book and calendar are used, made when they are not there yet, so a second
device adding the same server syncs with the first.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.models import sync_state
from netdesk.models.sync_state import AccountRecord as AccountRecord

from .credentials import (
    Secret,
    delete_password,
    keyring_username,
    load_password,
    password_from_command,
    store_password,
)
from .dav import CollectionKind, DavClient
from .discovery import NETDESK_NAME, Collection, Discovery, create_collection, discover
from .errors import AuthenticationError, CertificateError, SyncError
from .http import SMALL_LIMIT, DavHttp, DavSettings, check_url, parse_fingerprint


@dataclass(frozen=True)
class AccountInput:
    url: str
    username: str = ""
    password: Secret | None = None
    """Kept in the system keyring (never in the database)."""
    password_command: str = ""
    fingerprint: str = ""
    allow_insecure: bool = False


def _settings(account: AccountRecord | AccountInput, password: Secret | None) -> DavSettings:
    return DavSettings(
        username=account.username or None,
        password=password,
        fingerprint=account.fingerprint or None,
        allow_insecure=account.allow_insecure,
    )


def _password(account: AccountRecord) -> Secret | None:
    if account.password_command:
        return password_from_command(account.password_command)
    if account.uses_keyring:
        return load_password(keyring_username(account.url, account.username))
    return None


def open_client(account: AccountRecord) -> DavClient:
    """A client of the account's server, logged in (the password fetched now)."""
    return DavClient(DavHttp(account.url, _settings(account, _password(account))))


def _pick(found: tuple[Collection, ...], url: str) -> Collection | None:
    direct = [c for c in found if c.url.rstrip("/") == url.rstrip("/")]
    named = [c for c in found if c.displayname == NETDESK_NAME]
    chosen = direct or named
    return chosen[0] if chosen else None


def _password_of(new: AccountInput) -> Secret | None:
    if new.password is None and new.password_command:
        return password_from_command(new.password_command)
    return new.password


def find_collections(new: AccountInput) -> Discovery:
    """What the server at ``new.url`` offers, for the user to choose from before adding it."""
    check_url(new.url, allow_insecure=new.allow_insecure)
    with DavClient(DavHttp(new.url, _settings(new, _password_of(new)))) as client:
        return discover(client, new.url)


def add_account(
    new: AccountInput,
    *,
    addressbook: Collection | None = None,
    calendar: Collection | None = None,
    no_calendar: bool = False,
) -> int:
    """Store the account with the address book and calendar chosen (from `find_collections`),
    or, for those not given, the one the address names, else NetDesk's own (made when it is
    not there yet); ``no_calendar``: contacts only."""
    check_url(new.url, allow_insecure=new.allow_insecure)
    password = _password_of(new)
    book, cal = addressbook, calendar
    if book is None or (cal is None and not no_calendar):
        with DavClient(DavHttp(new.url, _settings(new, password))) as client:
            found = discover(client, new.url)
            if book is None:
                book = _pick(found.addressbooks, new.url)
            if book is None and found.addressbook_homes:
                home = found.addressbook_homes[0]
                book = create_collection(client, home, CollectionKind.ADDRESSBOOK)
            if cal is None and not no_calendar:
                cal = _pick(found.calendars, new.url)
            if cal is None and not no_calendar and found.calendar_homes:
                home = found.calendar_homes[0]
                cal = create_collection(client, home, CollectionKind.CALENDAR)
    if book is None:
        raise SyncError(f"No address book was found or could be made at {new.url}.")
    calendar = cal
    keep = new.password is not None and not new.password_command
    if keep:
        assert new.password is not None
        store_password(keyring_username(new.url, new.username), new.password)
    version = "4.0" if not book.vcard_versions or "4.0" in book.vcard_versions else "3.0"
    return sync_state.add_account(
        AccountRecord(
            0,
            new.url,
            username=new.username,
            password_command=new.password_command,
            uses_keyring=keep,
            fingerprint=new.fingerprint,
            allow_insecure=new.allow_insecure,
            addressbook_url=book.url,
            calendar_url=calendar.url if calendar is not None else "",
            vcard_version=version,
        )
    )


def presented_certificate(account: AccountRecord) -> str | None:
    """The SHA-256 fingerprint of the certificate the account's server presents now, when it
    is not the one the account trusts (renewed, or someone in between); None when the server
    still presents the trusted one. Nothing else is sent than one OPTIONS request."""
    try:
        with open_client(account) as client:
            url = account.addressbook_url or account.url
            client.http.request("OPTIONS", url, limit=SMALL_LIMIT)
    except CertificateError as error:
        if error.fingerprint and error.fingerprint != account.fingerprint:
            return error.fingerprint
        raise
    except AuthenticationError:
        pass  # past the TLS handshake: the certificate is the trusted one
    return None


def trust_certificate(account_id: int, fingerprint: str) -> bool:
    """Trust the certificate with ``fingerprint`` for the account from now on (the user
    compared it with the server's); False when the account is gone."""
    parse_fingerprint(fingerprint)  # ValueError unless it is one
    return sync_state.set_fingerprint(account_id, fingerprint)


def accounts() -> list[AccountRecord]:
    return sync_state.accounts()


def remove_account(account_id: int) -> bool:
    """Forget the account (and its password in the keyring); the contacts stay."""
    account = sync_state.account(account_id)
    if account is None:
        return False
    if account.uses_keyring:
        delete_password(keyring_username(account.url, account.username))
    return sync_state.remove_account(account_id)
