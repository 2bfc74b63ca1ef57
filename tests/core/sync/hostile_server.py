"""Tiny local HTTP(S) servers that misbehave in ways Radicale never does.

For the safety tests only: an XML bomb, an endless or oversized answer, a redirect to another
host or from https to http, a server that never answers, a TLS server that records whether any
request bytes reach it. They listen on loopback addresses only. The sync behaviour itself is
always tested against Radicale.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx


@dataclass
class Seen:
    """One request a hostile server received."""

    method: str
    path: str
    headers: dict[str, str]
    status: int = 0
    """What the proxy's upstream answered (0 when it was not passed on)."""


@dataclass
class Hostile:
    url: str
    seen: list[Seen] = field(default_factory=list)


Answer = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def hostile_server(
    answer: Answer, *, host: str = "127.0.0.1", certificate: tuple[Path, Path] | None = None
) -> Iterator[Hostile]:
    """Serve ``answer`` for every request on ``host`` (a loopback address) until the block ends."""
    record = Hostile("")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once, no 40 ms stalls

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.request_body = self.rfile.read(length) if length else b""
            self.seen = Seen(self.command, self.path, dict(self.headers.items()))
            record.seen.append(self.seen)
            answer(self)

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = _any

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False  # a handler still stalling or streaming does not hold us up
    scheme = "http"
    if certificate is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*certificate)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    record.url = f"{scheme}://{host}:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> None:
    """Answer with ``body`` and a Content-Length (unless ``headers`` set one already)."""
    handler.send_response(status)
    given = dict(headers or {})
    given.setdefault("Content-Length", str(len(body)))
    for name, value in given.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


@dataclass
class TlsListener:
    """Accepts TLS connections and records every byte a client sends after the handshake."""

    port: int
    received: bytearray = field(default_factory=bytearray)
    handshakes: int = 0


@contextmanager
def tls_listener(certificate: tuple[Path, Path]) -> Iterator[TlsListener]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    sock = socket.create_server(("127.0.0.1", 0))
    listener = TlsListener(sock.getsockname()[1])
    stop = threading.Event()

    def serve() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                raw, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                with context.wrap_socket(raw, server_side=True) as tls:
                    listener.handshakes += 1
                    tls.settimeout(1.0)
                    while chunk := tls.recv(65536):
                        listener.received += chunk
            except (OSError, ssl.SSLError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener
    finally:
        stop.set()
        thread.join(timeout=5)
        sock.close()


Refuse = Callable[[BaseHTTPRequestHandler, bytes], bool]
"""Whether the proxy answers this request itself (415) instead of passing it on."""
Before = Callable[[BaseHTTPRequestHandler, bytes], None]
"""Told of each request before the proxy passes it on (another client may write meanwhile)."""


@contextmanager
def proxy(
    upstream: str,
    *,
    strip_put_etag: bool = False,
    refuse: Refuse | None = None,
    before: Before | None = None,
) -> Iterator[Hostile]:
    """Passes every request to ``upstream`` (a real Radicale), changing only what it is told:
    with ``strip_put_etag``, PUT answers lose their ETag header, as servers do when they
    changed the data while storing it (RFC 6352 6.3.2.3); requests ``refuse`` picks get 415
    Unsupported Media Type, as from a server that takes only vCard 3.0; ``before`` runs before
    each request is passed on (another client writing to the server just then)."""

    upstream_client = httpx.Client(timeout=10)

    def forward(handler: BaseHTTPRequestHandler) -> None:
        body: bytes = getattr(handler, "request_body", b"")
        if refuse is not None and refuse(handler, body):
            send(handler, 415, b"vCard 4.0 is not supported here")
            return
        if before is not None:
            before(handler, body)
        headers = {k: v for k, v in handler.headers.items() if k.lower() != "host"}
        reply = upstream_client.request(
            handler.command, upstream.rstrip("/") + handler.path, content=body, headers=headers
        )
        handler.seen.status = reply.status_code  # type: ignore[attr-defined]
        handler.send_response(reply.status_code)
        for name, value in reply.headers.items():
            lowered = name.lower()
            if lowered in (
                "content-length",
                "content-encoding",
                "transfer-encoding",
                "connection",
                "date",
                "server",
            ):
                continue
            if lowered == "etag" and handler.command == "PUT" and strip_put_etag:
                continue
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(reply.content)))
        handler.end_headers()
        handler.wfile.write(reply.content)

    with upstream_client, hostile_server(forward) as record:
        yield record


@contextmanager
def etag_stripping_proxy(upstream: str) -> Iterator[Hostile]:
    """`proxy` dropping the ETag header from PUT answers."""
    with proxy(upstream, strip_put_etag=True) as record:
        yield record
