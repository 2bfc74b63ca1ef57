"""The sync's HTTP safety rules: addresses, passwords, TLS, redirects, size limits, timeouts.

Logging in, TLS and "offline" are tested against Radicale. What Radicale never does (an XML
bomb, an endless answer, a redirect to another host, a stalling server, a Digest challenge) comes
from tiny local servers in `hostile_server`; they test NetDesk's defences, not the sync.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import logging
import re
import socket
import time
import traceback
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from netdesk.core.sync.credentials import Secret
from netdesk.core.sync.dav import DavClient
from netdesk.core.sync.discovery import discover
from netdesk.core.sync.errors import (
    AuthenticationError,
    CertificateError,
    CertificateMismatch,
    InsecureUrlError,
    RedirectRefused,
    ResponseTooLarge,
    ServerProtocolError,
    ServerUnreachable,
)
from netdesk.core.sync.http import (
    PRINCIPAL_LIMIT,
    DavHttp,
    DavSettings,
    certificate_fingerprint,
    check_url,
    parse_fingerprint,
)

from .hostile_server import hostile_server, send, tls_listener
from .radicale_server import (
    BCRYPT_USER,
    PLAIN_USER,
    RadicaleServer,
    TlsServer,
    free_port,
    self_signed_certificate,
)

MULTISTATUS = (
    b'<?xml version="1.0"?><multistatus xmlns="DAV:"><response><href>/</href><propstat><prop>'
    b"<current-user-principal><href>/me/</href></current-user-principal></prop>"
    b"<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"
)


def _propfind(http: DavHttp, url: str, limit: int = PRINCIPAL_LIMIT) -> int:
    reply = http.request("PROPFIND", url, headers={"Depth": "0"}, limit=limit)
    return reply.status


# -- addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.10/dav/",
        "http://dav.example.org/",
        "http://127.0.0.1.example.org/",
        "http://10.0.0.5:5232/",
        "http://[::ffff:7f00:1]/",
    ],
)
def test_plain_http_to_another_computer_is_refused_before_connecting(url: str) -> None:
    with pytest.raises(InsecureUrlError, match="unencrypted"):
        DavHttp(url)
    # Confirmed by the user: the address is accepted (nothing is sent in this test).
    assert check_url(url, allow_insecure=True).scheme == "http"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:5232/", "http://127.8.9.10/", "http://[::1]:8080/", "http://localhost/"],
)
def test_plain_http_to_this_computer_is_fine(url: str) -> None:
    DavHttp(url).close()


def test_requests_go_only_to_the_accounts_server(radicale: RadicaleServer) -> None:
    with DavHttp(radicale.url) as http, pytest.raises(InsecureUrlError, match="not on the account"):
        http.request("GET", "https://dav.example.org/", limit=1024)


def test_an_address_with_a_password_in_it_is_refused_without_repeating_it() -> None:
    with pytest.raises(InsecureUrlError) as refused:
        DavHttp("https://alice:Hunter2-in-url@dav.example.org/")
    assert "Hunter2-in-url" not in str(refused.value)
    assert "Hunter2-in-url" not in repr(refused.value)
    assert "account's own fields" in str(refused.value)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/", "file:///etc/passwd", "javascript:alert(1)", "https://"]
)
def test_what_is_not_a_web_address_is_refused(url: str) -> None:
    with pytest.raises(InsecureUrlError):
        DavHttp(url)


# -- passwords --------------------------------------------------------------------------------


@pytest.mark.parametrize("account", [PLAIN_USER, BCRYPT_USER], ids=["plain", "bcrypt"])
def test_htpasswd_users_log_in(radicale_auth: RadicaleServer, account: tuple[str, str]) -> None:
    user, password = account
    settings = DavSettings(username=user, password=Secret(password))
    with DavClient(DavHttp(radicale_auth.url, settings)) as client:
        found = discover(client, radicale_auth.url)
    assert found.principal == f"{radicale_auth.url}{user}/"


def _leaks(password: str, user: str) -> list[str]:
    """Every form in which the password could travel: plain, in Basic, base64 alone."""
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    alone = base64.b64encode(password.encode()).decode()
    return [password, basic, alone.rstrip("=")]


def test_a_wrong_password_is_a_clear_error_that_never_shows_it(
    radicale_auth: RadicaleServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    user, wrong = PLAIN_USER[0], "Wr0ng-Sentinel-Pa55"
    settings = DavSettings(username=user, password=Secret(wrong))
    http = DavHttp(radicale_auth.url, settings)
    client = DavClient(http)
    with pytest.raises(AuthenticationError) as refused:
        discover(client, radicale_auth.url)
    http.close()

    error = refused.value
    assert error.had_credentials
    assert f"refused the user name {user!r} or its password" in str(error)
    shown = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        repr(error.__cause__),
        repr(error.__context__),
        repr(http),
        repr(client),
        repr(settings),
        str(settings),
        str(settings.password),
        repr(settings.password),
        f"{settings.password}",
        caplog.text,
    ]
    for text in shown:
        for leak in _leaks(wrong, user):
            assert leak not in text
    assert "httpx" in caplog.text or "HTTP Request" in caplog.text  # the log was captured


def test_the_right_password_never_shows_in_the_log_either(
    radicale_auth: RadicaleServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    user, password = BCRYPT_USER
    with DavClient(DavHttp(radicale_auth.url, DavSettings(user, Secret(password)))) as client:
        discover(client, radicale_auth.url)
    assert "HTTP Request" in caplog.text
    for leak in _leaks(password, user):
        assert leak not in caplog.text


def test_no_password_is_sent_before_the_server_asks_and_digest_is_preferred() -> None:
    """With Digest offered, the password itself never crosses the wire; the answer is checked
    here as a Digest server would (RFC 7616, MD5, qop=auth)."""
    user, password, realm, nonce = "dora", "Digest-Only-Pa55", "NetDesk test", "n0nce"
    accepted: list[bool] = []

    def digest_server(handler: BaseHTTPRequestHandler) -> None:
        header = handler.headers.get("Authorization")
        if header is None:
            challenge = f'Digest realm="{realm}", nonce="{nonce}", qop="auth", algorithm=MD5'
            send(handler, 401, headers={"WWW-Authenticate": f"Basic realm=x, {challenge}"})
            return
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header.removeprefix("Digest ")))
        ha1 = hashlib.md5(f"{user}:{realm}:{password}".encode()).hexdigest()
        ha2 = hashlib.md5(f"{handler.command}:{fields['uri']}".encode()).hexdigest()
        expected = hashlib.md5(
            f"{ha1}:{nonce}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}".encode()
        ).hexdigest()
        accepted.append(fields.get("response") == expected)
        send(handler, 207, MULTISTATUS, {"Content-Type": "application/xml"})

    with hostile_server(digest_server) as server:
        settings = DavSettings(username=user, password=Secret(password))
        with DavHttp(server.url, settings) as http:
            assert _propfind(http, server.url) == 207
            assert _propfind(http, server.url) == 207  # the challenge is reused, no new 401

    assert "Authorization" not in server.seen[0].headers
    assert [s.headers["Authorization"].split()[0] for s in server.seen[1:]] == ["Digest"] * 2
    assert accepted == [True, True]
    for seen in server.seen:
        for leak in _leaks(password, user):
            assert leak not in str(seen.headers)


def test_a_401_with_an_endless_body_is_not_read(radicale_auth: RadicaleServer) -> None:
    def endless_401(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(401)
        handler.send_header("WWW-Authenticate", 'Basic realm="x"')
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(100_000):  # 6.5 GB if anyone read it all
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            return

    with hostile_server(endless_401) as server:
        started = time.monotonic()
        settings = DavSettings(username="x", password=Secret("y"))
        with DavHttp(server.url, settings) as http, pytest.raises(AuthenticationError):
            _propfind(http, server.url)
        assert time.monotonic() - started < 10


# -- hostile XML and sizes --------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<multistatus xmlns="DAV:"><response><href>/</href><propstat><prop>
<displayname>&lol9;</displayname></prop><status>HTTP/1.1 200 OK</status></propstat>
</response></multistatus>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<multistatus xmlns="DAV:"><response><href>/&secret;</href><propstat><prop><displayname/>
</prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["bomb", "xxe"])
def test_xml_with_entities_is_refused_not_expanded(document: bytes) -> None:
    answer = {"Content-Type": "application/xml"}
    with (
        hostile_server(lambda h: send(h, 207, document, answer)) as server,
        DavClient(DavHttp(server.url)) as client,
        pytest.raises(ServerProtocolError, match="DTD or XML entities"),
    ):
        client.propfind(server.url, [], depth=0, limit=PRINCIPAL_LIMIT)


def _stream(handler: BaseHTTPRequestHandler, total: int, *, declare: bool, gzipped: bool) -> None:
    handler.send_response(207)
    chunk = b"<x>" + b" " * 65530 + b"</x>"
    if gzipped:
        handler.send_header("Content-Encoding", "gzip")
        body = gzip.compress(b" " * total, compresslevel=9)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
        return
    if declare:
        handler.send_header("Content-Length", str(total))
    handler.end_headers()
    try:
        for _ in range(total // len(chunk)):
            handler.wfile.write(chunk)
    except OSError:
        return


@pytest.mark.parametrize(
    ("declare", "gzipped"),
    [(True, False), (False, False), (False, True)],
    ids=["declared", "streamed", "gzip-bomb"],
)
def test_an_answer_past_its_limit_is_cut_off(declare: bool, gzipped: bool) -> None:
    size = 64 * 1024 * 1024

    def huge(handler: BaseHTTPRequestHandler) -> None:
        _stream(handler, size, declare=declare, gzipped=gzipped)

    with hostile_server(huge) as server, DavHttp(server.url) as http:
        started = time.monotonic()
        with pytest.raises(ResponseTooLarge, match="larger than 1 MiB"):
            _propfind(http, server.url)
        assert time.monotonic() - started < 10


# -- redirects --------------------------------------------------------------------------------


def _other_loopback_host() -> str:
    try:
        with socket.create_server(("127.0.0.2", 0)):
            return "127.0.0.2"
    except OSError:
        pytest.skip("127.0.0.2 cannot be bound here (needed as 'another server')")


def test_a_redirect_to_another_server_is_not_followed() -> None:
    other_host = _other_loopback_host()
    with hostile_server(lambda h: send(h, 207, MULTISTATUS), host=other_host) as elsewhere:

        def away(handler: BaseHTTPRequestHandler) -> None:
            send(handler, 301, headers={"Location": f"{elsewhere.url}steal/"})

        with hostile_server(away) as server:
            settings = DavSettings(username="u", password=Secret("never-elsewhere"))
            with DavHttp(server.url, settings) as http, pytest.raises(RedirectRefused) as refused:
                _propfind(http, server.url + "dav/")
        assert elsewhere.seen == []  # not one request, so no password either
    assert "another server" in str(refused.value)


def test_the_well_known_redirect_may_lead_to_another_server() -> None:
    other_host = _other_loopback_host()
    with hostile_server(lambda h: send(h, 207, MULTISTATUS), host=other_host) as dav_host:

        def well_known(handler: BaseHTTPRequestHandler) -> None:
            send(handler, 301, headers={"Location": f"{dav_host.url}dav/"})

        with hostile_server(well_known) as server, DavHttp(server.url) as http:
            reply = http.request(
                "PROPFIND",
                server.url + ".well-known/carddav",
                limit=PRINCIPAL_LIMIT,
                redirects="well-known",
            )
            assert reply.status == 207 and reply.url == f"{dav_host.url}dav/"
            assert http.is_trusted(dav_host.url)
            # Any other redirect there stays refused.
            with pytest.raises(RedirectRefused):
                _propfind(http, server.url + "elsewhere/")
    assert [seen.path for seen in dav_host.seen] == ["/dav/"]


def test_redirect_loops_end() -> None:
    def loop(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 302, headers={"Location": handler.path + "x"})

    with (
        hostile_server(loop) as server,
        DavHttp(server.url) as http,
        pytest.raises(RedirectRefused, match="more than 5"),
    ):
        _propfind(http, server.url)
    assert len(server.seen) == 6


def test_https_never_redirects_to_http(tmp_path: Path) -> None:
    cert, key, fingerprint = self_signed_certificate(tmp_path / "tls")

    def downgrade(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 301, headers={"Location": f"http://127.0.0.1:{free_port()}/"})

    with hostile_server(downgrade, certificate=(cert, key)) as server:
        settings = DavSettings(fingerprint=fingerprint)
        with DavHttp(server.url, settings) as http, pytest.raises(RedirectRefused) as refused:
            _propfind(http, server.url)
    assert "from https to http" in str(refused.value)


# -- TLS --------------------------------------------------------------------------------------


def test_a_self_signed_server_is_refused_and_its_fingerprint_shown(
    radicale_tls: TlsServer,
) -> None:
    url = radicale_tls.server.url
    with DavClient(DavHttp(url)) as client, pytest.raises(CertificateError) as refused:
        discover(client, url)
    assert not isinstance(refused.value, CertificateMismatch)
    assert refused.value.fingerprint == radicale_tls.fingerprint
    assert radicale_tls.fingerprint in str(refused.value)
    assert "self-signed" in str(refused.value)
    assert certificate_fingerprint(url) == radicale_tls.fingerprint


@pytest.mark.parametrize("spelling", ["as shown", "lower case", "without colons"])
def test_a_self_signed_server_is_accepted_once_its_fingerprint_is_trusted(
    radicale_tls: TlsServer, spelling: str
) -> None:
    pinned = {
        "as shown": radicale_tls.fingerprint,
        "lower case": radicale_tls.fingerprint.lower(),
        "without colons": radicale_tls.fingerprint.replace(":", ""),
    }[spelling]
    url = radicale_tls.server.url
    settings = DavSettings(username="tess", password=Secret("p"), fingerprint=pinned)
    with DavClient(DavHttp(url, settings)) as client:
        assert discover(client, url).principal == f"{url}tess/"


def test_another_certificate_than_the_trusted_one_gets_no_request_at_all(tmp_path: Path) -> None:
    folder = tmp_path / "tls"
    cert, key, real = self_signed_certificate(folder)
    _, _, trusted = self_signed_certificate(folder / "old")  # the certificate the user trusted
    with tls_listener((cert, key)) as listener:
        url = f"https://127.0.0.1:{listener.port}/"
        settings = DavSettings(username="u", password=Secret("Never-Sent-9"), fingerprint=trusted)
        with DavHttp(url, settings) as http, pytest.raises(CertificateMismatch) as refused:
            _propfind(http, url)
        deadline = time.monotonic() + 5
        while listener.handshakes == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert listener.handshakes >= 1  # the client did reach it...
    assert bytes(listener.received) == b""  # ...and sent nothing over the connection
    assert refused.value.fingerprint == real
    assert real in str(refused.value) and trusted in str(refused.value)


def test_fingerprints_are_read_in_their_usual_spellings() -> None:
    digest = bytes(range(32))
    colons = ":".join(f"{b:02X}" for b in digest)
    assert parse_fingerprint(colons) == digest
    assert parse_fingerprint("sha256 Fingerprint=" + colons) == digest  # openssl's line
    assert parse_fingerprint("SHA256:" + colons.lower().replace(":", " ")) == digest
    with pytest.raises(ValueError):
        parse_fingerprint("AB:CD")
    with pytest.raises(ValueError):
        DavSettings(fingerprint="not a fingerprint")


# -- offline ----------------------------------------------------------------------------------


def test_nothing_listening_is_offline() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    with DavHttp(url) as http, pytest.raises(ServerUnreachable, match="cannot be reached"):
        _propfind(http, url)


def test_a_server_that_never_answers_times_out() -> None:
    def stall(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(3)

    with hostile_server(stall) as server:
        started = time.monotonic()
        with (
            DavHttp(server.url, DavSettings(timeout=0.5)) as http,
            pytest.raises(ServerUnreachable, match=r"did not answer within 0\.5 seconds"),
        ):
            _propfind(http, server.url)
        assert time.monotonic() - started < 2.5


def test_a_trickling_answer_meets_the_deadline() -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(207)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"1\r\n \r\n")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return

    with hostile_server(trickle) as server:
        started = time.monotonic()
        with (
            DavHttp(server.url, DavSettings(timeout=5, deadline=0.6)) as http,
            pytest.raises(ServerUnreachable, match=r"took more than 0\.6 seconds"),
        ):
            _propfind(http, server.url)
        assert time.monotonic() - started < 3


def test_a_proxy_saying_the_server_is_down_is_offline() -> None:
    with (
        hostile_server(lambda h: send(h, 503, b"maintenance")) as server,
        DavHttp(server.url) as http,
        pytest.raises(ServerUnreachable, match="not available right now"),
    ):
        _propfind(http, server.url)


def test_httpx_is_not_told_about_proxies_or_netrc(monkeypatch: pytest.MonkeyPatch) -> None:
    """An HTTPS_PROXY or ~/.netrc in the environment must not reroute the sync or add a login."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9/")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9/")
    with hostile_server(lambda h: send(h, 207, MULTISTATUS)) as server, DavHttp(server.url) as http:
        assert _propfind(http, server.url) == 207
    assert "Authorization" not in server.seen[0].headers
