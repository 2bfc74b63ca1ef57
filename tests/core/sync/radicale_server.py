"""A real Radicale server in a subprocess, for the sync tests and the sync benchmark.

Radicale (the ``radicale`` package) is started on 127.0.0.1 with a free port, its configuration,
users and storage in a folder of the caller's, and stopped afterwards (terminate, then kill).
Without authentication every user name is accepted and anyone may read and write everything
(rights file below), so a collection's address alone works, as on a server with no login.
With ``users`` it checks an htpasswd file: plain or bcrypt lines (``htpasswd_encryption =
autodetect`` tells them apart by their ``$2b$`` prefix).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

OPEN_RIGHTS = """\
[everyone]
user: .*
collection: .*
permissions: RrWw
"""


PLAIN_USER = ("paula", "plain-Pa55word-7x")
"""An htpasswd account with its password in plain text (``htpasswd -p``)."""
BCRYPT_USER = ("bruno", "bcrypt-S3cret-horse")
"""An htpasswd account with a bcrypt hash (``htpasswd -B``)."""


class RadicaleUnavailable(RuntimeError):
    """Radicale could not be started here; the message says why (for a pytest skip)."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def bcrypt_line(user: str, password: str) -> str:
    """An htpasswd line with a bcrypt hash (cost 4: the tests log in hundreds of times)."""
    import bcrypt

    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode()
    return f"{user}:{hashed}"


@dataclass
class RadicaleServer:
    folder: Path
    port: int
    tls: bool
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    @property
    def log(self) -> str:
        path = self.folder / "radicale.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None


@dataclass(frozen=True)
class TlsServer:
    """Radicale over https, and the SHA-256 fingerprint of its self-signed certificate."""

    server: RadicaleServer
    fingerprint: str


def start_radicale(
    folder: Path,
    *,
    htpasswd: list[str] | None = None,
    certificate: tuple[Path, Path] | None = None,
    startup_timeout: float = 20.0,
) -> RadicaleServer:
    """Start Radicale serving ``folder``; `RadicaleUnavailable` when it cannot be."""
    try:
        import radicale  # noqa: F401
    except ImportError as exc:
        raise RadicaleUnavailable(f"the radicale package is not installed ({exc})") from None
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "rights").write_text(OPEN_RIGHTS, "utf-8")
    if htpasswd is not None:
        (folder / "users").write_text("\n".join(htpasswd) + "\n", "utf-8")
        auth = (
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = autodetect\n"
        )
    else:
        auth = "type = none\n"
    tls = ""
    if certificate is not None:
        cert, key = certificate
        tls = f"ssl = True\ncertificate = {cert}\nkey = {key}\n"
    last_error = ""
    for _ in range(3):  # another process may take the free port before Radicale binds it
        port = free_port()
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{port}\n"
            "timeout = 10\n"
            "delay_on_error = 0\n"
            f"{tls}"
            "[auth]\n"
            f"{auth}"
            "delay = 0\n"
            "[rights]\n"
            "type = from_file\n"
            f"file = {folder / 'rights'}\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n",
            "utf-8",
        )
        server = RadicaleServer(folder, port, certificate is not None)
        with open(folder / "radicale.log", "ab") as log:
            server.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if _wait_until_answering(server, startup_timeout):
            return server
        server.stop()
        last_error = server.log[-2000:]
    raise RadicaleUnavailable(f"Radicale did not start: {last_error.strip() or 'no output'}")


def start_or_skip(
    folder: Path,
    *,
    htpasswd: list[str] | None = None,
    certificate: tuple[Path, Path] | None = None,
) -> RadicaleServer:
    """`start_radicale`, or skip the calling test saying why Radicale cannot run here."""
    import pytest

    try:
        return start_radicale(folder, htpasswd=htpasswd, certificate=certificate)
    except RadicaleUnavailable as exc:
        pytest.skip(f"Radicale cannot run here, so the CardDAV/CalDAV tests are skipped: {exc}")


def _wait_until_answering(server: RadicaleServer, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.process is not None
        if server.process.poll() is not None:
            return False
        try:
            # Certificate checks are the client's business, tested elsewhere; this only waits.
            httpx.get(server.url, verify=False, timeout=1.0)
            return True
        except httpx.HTTPError:
            time.sleep(0.05)
    return False


def self_signed_certificate(folder: Path, host: str = "127.0.0.1") -> tuple[Path, Path, str]:
    """A fresh self-signed certificate for ``host``: certificate file, key file, and its SHA-256
    fingerprint as ``AB:CD:...``."""
    import datetime
    import hashlib
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path = folder / "cert.pem"
    key_path = folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    fingerprint = ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())
    return cert_path, key_path, fingerprint
