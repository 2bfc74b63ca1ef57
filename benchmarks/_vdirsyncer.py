"""vdirsyncer downloading a CardDAV address book to a folder, timed: the yardstick of bench_sync.

vdirsyncer (https://github.com/pimutils/vdirsyncer) is the standard command-line syncer; issue 16
asks NetDesk's first download to be no slower. It lives in its own virtual environment under
build/ (made on first use, ``pip install vdirsyncer``), never in NetDesk's: it brings aiohttp
and friends, which NetDesk does not ship.

    .venv/bin/python benchmarks/_vdirsyncer.py --smoke 50
        starts a Radicale, uploads 50 cards with NetDesk's client, times vdirsyncer's download
        (and NetDesk's multiget of the same cards), prints one JSON line
    .venv/bin/python benchmarks/_vdirsyncer.py --url URL [--user U]
        times vdirsyncer on an existing collection (password in $NETDESK_BENCH_PASSWORD)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VDIRSYNCER_VERSION = "0.21.0"
VENV = ROOT / "build" / "vdirsyncer-venv"
PASSWORD_VARIABLE = "NETDESK_BENCH_PASSWORD"


def ensure_vdirsyncer(folder: Path = VENV) -> Path:
    """The vdirsyncer program, installed into ``folder`` first if it is not there yet."""
    program = folder / ("Scripts" if os.name == "nt" else "bin") / "vdirsyncer"
    if program.exists():
        return program
    print(f"installing vdirsyncer {VDIRSYNCER_VERSION} into {folder} ...", file=sys.stderr)
    venv.create(folder, with_pip=True, clear=True)
    python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"vdirsyncer=={VDIRSYNCER_VERSION}"],
        check=True,
    )
    return program


def _config(work: Path, url: str, username: str | None) -> Path:
    """A vdirsyncer configuration that copies one collection to ``work/cards``, read-only on the
    server side. The password is fetched from the environment, so it is never in the file."""
    remote = [
        "[storage bench_remote]",
        'type = "carddav"',
        f"url = {json.dumps(url)}",
        "read_only = true",
    ]
    if username is not None:
        remote.append(f"username = {json.dumps(username)}")
        remote.append(f'password.fetch = ["command", "printenv", "{PASSWORD_VARIABLE}"]')
    lines = [
        "[general]",
        f"status_path = {json.dumps(str(work / 'status') + '/')}",
        "",
        "[pair bench]",
        'a = "bench_remote"',
        'b = "bench_local"',
        "collections = null",
        'conflict_resolution = "a wins"',
        "",
        *remote,
        "",
        "[storage bench_local]",
        'type = "filesystem"',
        f"path = {json.dumps(str(work / 'cards') + '/')}",
        'fileext = ".vcf"',
    ]
    path = work / "config"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def vdirsyncer_download(
    url: str, *, username: str | None = None, password: str | None = None
) -> tuple[float, int]:
    """Seconds vdirsyncer takes to download the address book at ``url`` into an empty folder,
    and how many cards it wrote. Discovery is run first and not timed."""
    program = ensure_vdirsyncer()
    env = dict(os.environ)
    if password is not None:
        env[PASSWORD_VARIABLE] = password
    with tempfile.TemporaryDirectory(prefix="netdesk-vdirsyncer-") as folder:
        work = Path(folder)
        (work / "cards").mkdir()
        config = _config(work, url, username)
        base = [str(program), "--config", str(config)]
        subprocess.run([*base, "discover", "bench"], env=env, check=True, capture_output=True)
        started = time.perf_counter()
        done = subprocess.run([*base, "sync", "bench"], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"vdirsyncer sync failed:\n{done.stdout}\n{done.stderr}")
        cards = len(list((work / "cards").glob("*.vcf")))
    return elapsed, cards


def smoke(count: int) -> dict[str, object]:
    """Radicale with ``count`` cards: vdirsyncer's download against NetDesk's multiget."""
    from netdesk.core.sync.credentials import Secret
    from netdesk.core.sync.dav import CollectionKind, DavClient
    from netdesk.core.sync.discovery import create_addressbook, discover
    from netdesk.core.sync.http import DavHttp, DavSettings
    from tests.core.sync.items import vcard
    from tests.core.sync.radicale_server import start_radicale

    with tempfile.TemporaryDirectory(prefix="netdesk-bench-radicale-") as folder:
        server = start_radicale(Path(folder))
        try:
            settings = DavSettings(username="bench", password=Secret("bench"))
            with DavClient(DavHttp(server.url, settings)) as client:
                book = create_addressbook(client, discover(client, server.url).addressbook_homes[0])
                started = time.perf_counter()
                for n in range(count):
                    uid = f"bench-{n:05d}"
                    extra = f"EMAIL:person{n}@example.org\nTEL:+1 555 {n:07d}\nORG:Firm {n % 97}"
                    client.create(
                        book.url, uid, vcard(uid, f"Person {n}", extra), CollectionKind.ADDRESSBOOK
                    )
                upload = time.perf_counter() - started
                started = time.perf_counter()
                listed = client.list_etags(book.url)
                downloaded = client.multiget(book.url, CollectionKind.ADDRESSBOOK, listed)
                netdesk = time.perf_counter() - started
            seconds, cards = vdirsyncer_download(book.url, username="bench", password="bench")
        finally:
            server.stop()
    return {
        "cards": count,
        "netdesk_upload_s": round(upload, 3),
        "netdesk_download_s": round(netdesk, 3),
        "netdesk_downloaded": len(downloaded),
        "vdirsyncer_download_s": round(seconds, 3),
        "vdirsyncer_downloaded": cards,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--smoke", type=int, metavar="N", help="a local Radicale with N cards")
    what.add_argument("--url", help="an existing address book's URL")
    parser.add_argument("--user", help=f"user name (the password comes from ${PASSWORD_VARIABLE})")
    args = parser.parse_args()
    if args.smoke is not None:
        print(json.dumps(smoke(args.smoke)))
        return 0
    seconds, cards = vdirsyncer_download(
        args.url, username=args.user, password=os.environ.get(PASSWORD_VARIABLE)
    )
    print(json.dumps({"vdirsyncer_download_s": round(seconds, 3), "cards": cards}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
