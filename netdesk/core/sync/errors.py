"""What can go wrong when NetDesk talks to a CardDAV/CalDAV server, one class per thing to do.

The sync engine decides by class: `ServerUnreachable` means "offline, keep the local changes and
try again later"; `InvalidSyncToken` means "compare everything"; `PreconditionFailed` means
"someone else changed it, fetch and merge". Every message is written for the user and names the
address, never the password: URLs carrying credentials are refused before any request, and no
error keeps a request, a response or its headers.
"""

from __future__ import annotations

from netdesk.core.errors import NetDeskError


class SyncError(NetDeskError):
    """Base of every sync failure; ``url`` is the address concerned (never with credentials)."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class InsecureUrlError(SyncError):
    """The address is not one NetDesk will talk to: plain http to another computer, a user name
    or password inside the URL, a scheme other than http/https."""


class ServerUnreachable(SyncError):
    """No answer: connection refused or reset, name not found, timed out, or a proxy saying the
    server is down (502/503/504). Normal when offline; the engine retries later."""


class AuthenticationError(SyncError):
    """The server wants a user name and password (``had_credentials`` False) or refused the ones
    given (True)."""

    def __init__(self, message: str, *, url: str | None = None, had_credentials: bool) -> None:
        super().__init__(message, url=url)
        self.had_credentials = had_credentials


class CertificateError(SyncError):
    """The server's TLS certificate is not trusted. ``fingerprint`` is the SHA-256 fingerprint
    of the certificate it presented (``AB:CD:...``), to show the user so they can compare it with
    the server's and trust it explicitly; None when it could not be read."""

    def __init__(self, message: str, *, url: str | None = None, fingerprint: str | None) -> None:
        super().__init__(message, url=url)
        self.fingerprint = fingerprint


class CertificateMismatch(CertificateError):
    """A fingerprint was pinned and the server presented another certificate: it was renewed,
    or someone is in between. Never accepted without the user trusting the new one."""


class RedirectRefused(SyncError):
    """The server redirected somewhere NetDesk does not follow (another host, https to http)."""


class ResponseTooLarge(SyncError):
    """The answer grew past the limit set for that kind of request; reading was stopped."""


class ServerProtocolError(SyncError):
    """The server's answer is not what the protocol says: not XML, XML with a DTD or entities
    (refused: that is how XML bombs work), a multistatus without hrefs, text in no charset."""


class HttpStatusError(SyncError):
    """The server answered with an error status the caller did not expect."""

    def __init__(self, message: str, *, url: str | None = None, status: int) -> None:
        super().__init__(message, url=url)
        self.status = status


class NotFound(HttpStatusError):
    """404: the resource or collection is not there (any more)."""


class PreconditionFailed(HttpStatusError):
    """412: ``href`` changed on the server since the ETag NetDesk has (or, for a new resource,
    it exists already). The engine fetches it again and merges."""

    def __init__(self, message: str, *, href: str) -> None:
        super().__init__(message, url=href, status=412)
        self.href = href


class InvalidSyncToken(HttpStatusError):
    """The server no longer knows the sync token (RFC 6578 ``DAV:valid-sync-token``): the engine
    falls back to a full comparison of ETags and starts again with an empty token."""


class UidConflict(HttpStatusError):
    """409 ``no-uid-conflict`` (RFC 6352 6.3.2.1, RFC 4791 5.3.2.1): the collection already holds
    a resource with this UID at another href, ``existing`` when the server names it (Radicale
    does not). On a first sync this is a card NetDesk knows under that UID, written by another
    client: the engine adopts that href instead of creating a twin."""

    def __init__(self, message: str, *, href: str, existing: str | None) -> None:
        super().__init__(message, url=href, status=409)
        self.href = href
        self.existing = existing
