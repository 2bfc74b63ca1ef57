"""HTTP for the sync, with the safety rules in one place.

A sync talks to a server the user typed in, over networks NetDesk does not control, with the
user's password. So every request here: goes only to an address the account trusts (its own
server, or where its ``/.well-known/`` redirect or its principal said); uses https, or plain http
only to this computer (127.0.0.0/8, ::1, localhost) unless the user explicitly allowed it; verifies
TLS against the system's and certifi's CAs, or, for a self-hosted server the user trusted, checks
the certificate's SHA-256 fingerprint during the handshake (before the password is sent); has a
timeout and an overall deadline; reads the answer as a stream and stops past a size limit;
follows redirects itself (same scheme, host and port, never https to http) and never reads the
body of a redirect or a 401, so no answer is ever read without a limit.

Authentication is learnt from the server's first 401: Digest when it offers it, else Basic; the
password is never sent before the server asked for it, and never to another host. Nothing here
keeps a request or its headers in an error, and nothing logs them (httpx logs only the method and
the URL, which never holds credentials: such URLs are refused).

Not thread-safe: one `DavHttp` per sync run, on one worker thread.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from types import TracebackType
from typing import Final, Literal, TypeVar

import certifi
import httpx

from netdesk import __version__

from .credentials import Secret
from .errors import (
    AuthenticationError,
    CertificateError,
    CertificateMismatch,
    InsecureUrlError,
    RedirectRefused,
    ResponseTooLarge,
    ServerProtocolError,
    ServerUnreachable,
    SyncError,
)

KiB: Final = 1024
MiB: Final = 1024 * KiB

# Size limits per kind of answer (decoded bytes). A principal's properties are a few hundred
# bytes; a listing of 100,000 ETags is about 25 MB; a multiget batch of 200 cards with 100 KB
# photos about 30 MB.
PRINCIPAL_LIMIT: Final = 1 * MiB
LISTING_LIMIT: Final = 64 * MiB
MULTIGET_LIMIT: Final = 64 * MiB
RESOURCE_LIMIT: Final = 16 * MiB
SMALL_LIMIT: Final = 1 * MiB
"""For answers that carry no data (PUT, DELETE, MKCOL): an error page at most."""

MAX_REDIRECTS: Final = 5
DEFAULT_TIMEOUT: Final = 30.0
"""Seconds to connect, and seconds of silence while sending or reading."""
DEFAULT_DEADLINE: Final = 900.0
"""Seconds one request may take in all, however the server trickles its answer."""

Redirects = Literal["none", "same-origin", "well-known"]
"""Which redirects a request follows: none; within the same scheme, host and port; or, for the
first hop from a ``/.well-known/`` address (RFC 6764), to another https host, which the account
then trusts."""

_REDIRECT_STATUSES: Final = frozenset({301, 302, 303, 307, 308})
_UNAVAILABLE_STATUSES: Final = frozenset({502, 503, 504})
_USERINFO = re.compile(r"(?<=://)[^/@?#]*@")
_E = TypeVar("_E", bound=BaseException)
_T = TypeVar("_T")


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals (127.0.0.0/8, ::1).

    Only literal addresses count, not names that happen to resolve to them: a name can resolve
    differently tomorrow.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def redact(url: str) -> str:
    """``url`` without a user name or password in it, for messages about a refused address."""
    return _USERINFO.sub("", url)


def check_url(url: str | httpx.URL, *, allow_insecure: bool = False) -> httpx.URL:
    """The address parsed, or `InsecureUrlError` saying why NetDesk will not use it."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url.strip())
    except httpx.InvalidURL:
        raise InsecureUrlError(f"{redact(str(url))!r} is not a web address.") from None
    shown = redact(str(url))
    if parsed.scheme not in ("http", "https"):
        raise InsecureUrlError(f"{shown!r} is not an http or https address.", url=None)
    if parsed.userinfo:
        raise InsecureUrlError(
            f"The address {shown} has a user name or password in it: put them in the "
            "account's own fields instead, where the password goes to the keyring."
        )
    if not parsed.host:
        raise InsecureUrlError(f"{shown!r} names no server.")
    if parsed.scheme == "http" and not allow_insecure and not is_loopback_host(parsed.host):
        raise InsecureUrlError(
            f"{shown} is plain http: your contacts and password would cross the network "
            "unencrypted. Use https, or confirm that you want an unencrypted connection.",
            url=shown,
        )
    return parsed


def origin(url: httpx.URL) -> tuple[str, str, int]:
    """Scheme, host and port: what a redirect may not change."""
    port = url.port if url.port is not None else (443 if url.scheme == "https" else 80)
    return url.scheme, url.host.lower(), port


def _origin_text(url: httpx.URL) -> str:
    return str(url.copy_with(raw_path=b"/", fragment=None))


def format_fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a DER certificate as ``AB:CD:...`` (what ``openssl x509
    -fingerprint -sha256`` and browsers show)."""
    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


def parse_fingerprint(text: str) -> bytes:
    """The 32 bytes of a SHA-256 fingerprint typed or pasted in any usual form (colons, spaces,
    either case, ``sha256:`` before it, or openssl's whole ``SHA256 Fingerprint=...`` line);
    ValueError otherwise."""
    cleaned = re.sub(r"[\s:]", "", text.rsplit("=", 1)[-1]).lower().removeprefix("sha256")
    if not re.fullmatch(r"[0-9a-f]{64}", cleaned):
        raise ValueError(
            "A SHA-256 fingerprint is 64 hexadecimal digits (32 pairs, often separated by colons)."
        )
    return bytes.fromhex(cleaned)


def certificate_fingerprint(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> str:
    """The fingerprint of the certificate the server at ``url`` presents, unverified.

    For showing to the user before they decide to trust it: compare it with the server's own
    (``openssl x509 -noout -fingerprint -sha256 -in cert.pem`` on the server).
    """
    parsed = check_url(url)
    port = parsed.port or 443
    try:
        pem = ssl.get_server_certificate((parsed.host, port), timeout=timeout)
    except (OSError, ValueError) as exc:
        raise ServerUnreachable(
            f"The certificate of {parsed.host} could not be read ({exc}).", url=str(parsed)
        ) from None
    return format_fingerprint(ssl.PEM_cert_to_DER_cert(pem))


class _PinMismatch(ssl.SSLCertVerificationError):
    """Raised inside the TLS handshake, so the request (and its password) is never sent."""

    def __init__(self, seen: str | None) -> None:
        super().__init__(1, "the certificate is not the one trusted by its fingerprint")
        self.seen = seen


def _pinned_context(expected: bytes) -> ssl.SSLContext:
    """TLS that accepts exactly the certificate with this SHA-256 fingerprint.

    The chain and the host name are not checked (a self-signed certificate has no chain, and
    the fingerprint names the one certificate wanted); the fingerprint is compared right after
    the handshake, inside ``wrap_socket``, before any byte of the request is written.
    """

    class PinnedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            der = self.getpeercert(binary_form=True)
            seen = hashlib.sha256(der).digest() if der else b""
            if not hmac.compare_digest(seen, expected):
                raise _PinMismatch(format_fingerprint(der) if der else None)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.sslsocket_class = PinnedSocket
    return context


def _verified_context() -> ssl.SSLContext:
    """The system's CA store (where the platform has one) plus certifi's (the bundle, macOS)."""
    context = ssl.create_default_context()
    context.load_verify_locations(cafile=certifi.where())
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@dataclass(frozen=True)
class DavSettings:
    """How to reach one account's server. ``fingerprint``: trust exactly this certificate
    (SHA-256, any usual spelling) instead of the CAs. ``allow_insecure``: the user confirmed
    plain http to another computer."""

    username: str | None = None
    password: Secret | None = None
    fingerprint: str | None = None
    allow_insecure: bool = False
    timeout: float = DEFAULT_TIMEOUT
    deadline: float = DEFAULT_DEADLINE

    def __post_init__(self) -> None:
        if self.fingerprint is not None:
            pinned = parse_fingerprint(self.fingerprint)
            object.__setattr__(self, "fingerprint", ":".join(f"{b:02X}" for b in pinned))
        if self.password is not None and not isinstance(self.password, Secret):
            raise TypeError("the password must be a Secret")


@dataclass(frozen=True)
class Reply:
    """A complete answer: status, headers and the body read within its limit."""

    method: str
    url: str
    status: int
    headers: httpx.Headers = field(repr=False)
    body: bytes = field(repr=False)

    def header(self, name: str) -> str:
        """The header's value, or "" when it is missing."""
        return str(self.headers.get(name, ""))

    @property
    def etag(self) -> str | None:
        value = self.header("etag").strip()
        return value or None

    @property
    def content_type(self) -> str:
        return self.header("content-type").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        match = re.search(r";\s*charset=\"?([\w.:-]+)", self.header("content-type"), re.I)
        return match.group(1) if match else None


def _cause(exc: BaseException, kind: type[_E]) -> _E | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class DavHttp:
    """The one HTTP client of a sync run: trusted origins, TLS policy, auth, limits, deadline."""

    def __init__(self, url: str, settings: DavSettings | None = None) -> None:
        self.settings = settings or DavSettings()
        base = check_url(url, allow_insecure=self.settings.allow_insecure)
        self._origins = {origin(base)}
        if self.settings.fingerprint is not None:
            self._pin: bytes | None = parse_fingerprint(self.settings.fingerprint)
            context = _pinned_context(self._pin)
        else:
            self._pin = None
            context = _verified_context()
        self._client = httpx.Client(
            verify=context,
            trust_env=False,  # no proxy, netrc or CA file from the environment slips in
            follow_redirects=False,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": f"NetDesk/{__version__}"},
        )
        self._auth: httpx.Auth | None = None
        # One request at a time: the multiget reads a batch ahead on a thread while the engine
        # may PUT; the auth chosen on a 401 (and a digest's nonce count) is shared state.
        self._turn = threading.Lock()

    def __repr__(self) -> str:
        hosts = ", ".join(sorted(f"{s}://{h}:{p}" for s, h, p in self._origins))
        return f"DavHttp({hosts}, user={self.settings.username!r})"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> DavHttp:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def trust_origin(self, url: str | httpx.URL) -> None:
        """Let requests (and the password) go to ``url``'s server as well: for a home set or
        principal the account's own server says lives there. https only (or loopback http)."""
        parsed = check_url(url, allow_insecure=self.settings.allow_insecure)
        self._origins.add(origin(parsed))

    def is_trusted(self, url: str | httpx.URL) -> bool:
        try:
            parsed = check_url(url, allow_insecure=self.settings.allow_insecure)
        except InsecureUrlError:
            return False
        return origin(parsed) in self._origins

    def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        limit: int,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        redirects: Redirects = "same-origin",
    ) -> Reply:
        """Send one request and read its answer (at most ``limit`` bytes).

        Raises `InsecureUrlError`, `ServerUnreachable`, `AuthenticationError` (401),
        `CertificateError`, `RedirectRefused`, `ResponseTooLarge`, `ServerProtocolError`;
        every other status comes back in the `Reply` for the caller to judge.
        """
        with self._turn:
            return self._request(method, url, limit, body, headers, redirects)

    def _request(
        self,
        method: str,
        url: str | httpx.URL,
        limit: int,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        redirects: Redirects,
    ) -> Reply:
        target = check_url(url, allow_insecure=self.settings.allow_insecure)
        if origin(target) not in self._origins:
            raise InsecureUrlError(
                f"{target} is not on the account's server; NetDesk does not send requests there.",
                url=str(target),
            )
        deadline = time.monotonic() + self.settings.deadline
        hops = 0
        while True:
            response = self._guarded(
                method, target, partial(self._exchange, method, target, body, headers)
            )
            try:
                if response.status_code in _REDIRECT_STATUSES and redirects != "none":
                    hops += 1
                    if hops > MAX_REDIRECTS:
                        raise RedirectRefused(
                            f"{target} redirected more than {MAX_REDIRECTS} times.", url=str(target)
                        )
                    target = self._redirect_target(
                        target, response.headers.get("location"), redirects, first=hops == 1
                    )
                    continue
                return self._guarded(
                    method, target, partial(self._finish, method, target, response, limit, deadline)
                )
            finally:
                response.close()

    # -- sending --------------------------------------------------------------------------------

    def _guarded(self, method: str, url: httpx.URL, step: Callable[[], _T]) -> _T:
        """``step()``, with httpx's exceptions turned into NetDesk's. The new one is raised
        outside the ``except`` so that it does not even keep httpx's as its context (which holds
        the request, and so the Authorization header)."""
        try:
            return step()
        except (httpx.HTTPError, ssl.SSLError) as exc:
            error = self._translate(exc, method, url)
        raise error

    def _exchange(
        self, method: str, url: httpx.URL, body: bytes | None, headers: Mapping[str, str] | None
    ) -> httpx.Response:
        request = self._client.build_request(method, url, content=body, headers=headers)
        if self._auth is not None:
            return self._send_with_auth(request, self._auth, None)
        response = self._client.send(request, stream=True)
        if response.status_code != 401 or self.settings.username is None:
            return response
        chosen = self._auth_for(response)
        if chosen is None:
            return response
        response.close()  # unread: a 401's body is of no use, and could be endless
        self._auth, challenge = chosen
        retry = self._client.build_request(method, url, content=body, headers=headers)
        return self._send_with_auth(retry, self._auth, challenge)

    def _auth_for(
        self, response: httpx.Response
    ) -> tuple[httpx.Auth, httpx.Response | None] | None:
        """Digest when the server offers it (the password never crosses the wire), else Basic.

        For Digest, also the challenge alone as httpx expects it, in a header of its own (servers
        may offer ``Basic realm=..., Digest ...`` in one header, which httpx would miss).
        """
        offered = ", ".join(response.headers.get_list("www-authenticate"))
        username = self.settings.username or ""
        password = self.settings.password.reveal() if self.settings.password else ""
        digest = re.search(r"(?:^|,)\s*(digest\s.*)", offered, re.IGNORECASE | re.DOTALL)
        if digest is not None:
            challenge = httpx.Response(
                401, headers={"WWW-Authenticate": digest.group(1)}, request=response.request
            )
            return httpx.DigestAuth(username, password), challenge
        if re.search(r"(?:^|,)\s*basic(?:\s|,|$)", offered, re.IGNORECASE):
            return httpx.BasicAuth(username, password), None
        return None

    def _send_with_auth(
        self, request: httpx.Request, auth: httpx.Auth, challenge: httpx.Response | None
    ) -> httpx.Response:
        """Run httpx's auth flow by hand, so that no 401 body is ever read (httpx's own loop
        reads it whole, without a limit). ``challenge``: the Digest challenge already received,
        answered at once instead of asked for again."""
        flow = auth.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            if challenge is not None:
                try:
                    outgoing = flow.send(challenge)
                except StopIteration:
                    raise AuthenticationError(
                        f"The server at {_origin_text(request.url)} asks for a login NetDesk "
                        "cannot answer (its Digest challenge could not be read).",
                        url=str(request.url),
                        had_credentials=True,
                    ) from None
            response = self._client.send(outgoing, stream=True)
            for _ in range(2):  # a stale Digest nonce earns one more try, never a loop
                try:
                    again = flow.send(response)
                except StopIteration:
                    break
                response.close()
                response = self._client.send(again, stream=True)
            return response
        finally:
            flow.close()

    def _redirect_target(
        self, current: httpx.URL, location: str | None, mode: Redirects, *, first: bool
    ) -> httpx.URL:
        if not location:
            raise ServerProtocolError(
                f"{current} answered with a redirect but no address.", url=str(current)
            )
        try:
            target = current.join(location.strip())
        except httpx.InvalidURL:
            raise ServerProtocolError(
                f"{current} redirected to an address that is not one.", url=str(current)
            ) from None
        if current.scheme == "https" and target.scheme != "https":
            raise RedirectRefused(
                f"{current} redirected from https to {target.scheme}; NetDesk does not follow "
                "a redirect to an unencrypted address.",
                url=str(current),
            )
        target = check_url(target, allow_insecure=self.settings.allow_insecure)
        if origin(target) == origin(current):
            return target
        if mode == "well-known" and first and current.path.startswith("/.well-known/"):
            self.trust_origin(target)
            return target
        raise RedirectRefused(
            f"{current} redirected to another server ({_origin_text(target)}); NetDesk follows "
            "redirects only on the same server.",
            url=str(current),
        )

    # -- reading --------------------------------------------------------------------------------

    def _finish(
        self, method: str, url: httpx.URL, response: httpx.Response, limit: int, deadline: float
    ) -> Reply:
        status = response.status_code
        if status == 401:
            if self.settings.username is None:
                raise AuthenticationError(
                    f"The server at {_origin_text(url)} asks for a user name and password.",
                    url=str(url),
                    had_credentials=False,
                )
            raise AuthenticationError(
                f"The server at {_origin_text(url)} refused the user name "
                f"{self.settings.username!r} or its password.",
                url=str(url),
                had_credentials=True,
            )
        if status in _UNAVAILABLE_STATUSES:
            raise ServerUnreachable(
                f"The server at {_origin_text(url)} is not available right now "
                f"(HTTP {status} {response.reason_phrase}).",
                url=str(url),
            )
        declared = str(response.headers.get("content-length", ""))
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(method, url, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise self._too_large(method, url, limit)
            if time.monotonic() > deadline:
                raise ServerUnreachable(
                    f"The server at {_origin_text(url)} took more than "
                    f"{self.settings.deadline:g} seconds to answer.",
                    url=str(url),
                )
            chunks.append(chunk)
        return Reply(method, str(url), status, response.headers, b"".join(chunks))

    @staticmethod
    def _too_large(method: str, url: httpx.URL, limit: int) -> ResponseTooLarge:
        amount = f"{limit / MiB:g} MiB" if limit >= MiB else f"{limit / KiB:g} KiB"
        return ResponseTooLarge(
            f"The answer of {url} to {method} is larger than {amount}; NetDesk stopped reading it.",
            url=str(url),
        )

    def _translate(self, exc: Exception, method: str, url: httpx.URL) -> SyncError:
        host = url.host
        pin = _cause(exc, _PinMismatch)
        if pin is not None:
            return CertificateMismatch(
                f"The server {host} presented a certificate with the SHA-256 fingerprint "
                f"{pin.seen}, not the one trusted for this account ({self.settings.fingerprint}). "
                "If the server's certificate was renewed, check the new fingerprint and trust it "
                "(Edit > Sync accounts..., Trust new certificate...).",
                url=str(url),
                fingerprint=pin.seen,
            )
        verify = _cause(exc, ssl.SSLCertVerificationError)
        if verify is not None:
            try:
                seen: str | None = certificate_fingerprint(str(url), timeout=self.settings.timeout)
            except SyncError:
                seen = None
            shown = seen or "unknown (it could not be read)"
            return CertificateError(
                f"The certificate of {host} is not trusted ({verify.verify_message}). Its SHA-256 "
                f"fingerprint is {shown}: if the server's own certificate shows the same, you can "
                "trust it by this fingerprint in the account's settings.",
                url=str(url),
                fingerprint=seen,
            )
        if isinstance(exc, httpx.TimeoutException):
            return ServerUnreachable(
                f"{host} did not answer within {self.settings.timeout:g} seconds.", url=str(url)
            )
        tls = _cause(exc, ssl.SSLError)
        if tls is not None:
            return SyncError(
                f"No secure connection to {host} could be made ({tls.reason or tls}).",
                url=str(url),
            )
        if isinstance(exc, httpx.TransportError) and not isinstance(
            exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError | httpx.DecodingError
        ):
            reason = str(exc) or type(exc).__name__
            return ServerUnreachable(f"{host} cannot be reached ({reason}).", url=str(url))
        return ServerProtocolError(
            f"The conversation with {host} failed during {method} ({type(exc).__name__}: {exc}).",
            url=str(url),
        )
