"""``netdesk accounts`` and ``netdesk sync`` against a real Radicale, and a sync killed with
SIGKILL in the middle (a real second process) then run again: no duplicate, nothing lost."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netdesk.cli import run_cli
from netdesk.core.sync.dav import CollectionKind, DavClient
from netdesk.core.sync.discovery import Collection
from tests.core.sync import conftest as sync_fixtures
from tests.core.sync.devices import Device, device, opened
from tests.core.sync.items import vcard

BOOK = CollectionKind.ADDRESSBOOK
# The sync tests' Radicale and address book fixtures, here too.
radicale = sync_fixtures.radicale
user = sync_fixtures.user
client = sync_fixtures.client
book = sync_fixtures.book


def cli(*args: str) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_accounts_and_sync_on_the_command_line(
    tmp_path: Path, client: DavClient, book: Collection
) -> None:
    db = str(tmp_path / "cli.sqlite")
    client.create(book.url, "mia-1", vcard("mia-1", "Mia Moss", "EMAIL:mia@example.org"), BOOK)
    code, out, err = cli("--db", db, "accounts", "add", book.url)
    assert (code, err) == (0, "")
    account_id = int(out)
    code, out, _ = cli("--db", db, "accounts", "list", "--json")
    listed = json.loads(out)
    assert [(a["id"], a["addressbook"]) for a in listed] == [(account_id, book.url)]
    assert "password" not in json.dumps(listed).lower()

    code, out, err = cli("--db", db, "sync", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "uploaded": 0,
        "downloaded": 1,
        "deleted_local": 0,
        "deleted_remote": 0,
        "merged": 0,
        "conflicts": [],
    }
    code, out, _ = cli("--db", db, "list", "--json")
    assert [c["display_name"] for c in json.loads(out)] == ["Mia Moss"]

    assert cli("--db", db, "accounts", "remove", str(account_id))[0] == 0
    code, _, err = cli("--db", db, "sync")
    assert code == 2 and "no sync account" in err
    assert cli("--db", db, "accounts", "remove", "99")[0] == 2


def test_sync_exits_2_with_a_message_when_the_server_does_not_answer(tmp_path: Path) -> None:
    from tests.core.sync.radicale_server import free_port

    db = str(tmp_path / "cli.sqlite")
    dead = f"http://127.0.0.1:{free_port()}/"
    code, _, err = cli("--db", db, "accounts", "add", dead)
    assert code == 2 and "127.0.0.1" in err


def _server_uids(client: DavClient, book: Collection) -> list[str]:
    found = client.multiget(book.url, BOOK, client.list_etags(book.url))
    return [
        line[4:].strip()
        for resource in found.values()
        for line in resource.data.splitlines()
        if line.startswith("UID:")
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_sync_killed_mid_way_and_run_again_has_no_duplicate_and_loses_nothing(
    tmp_path: Path, client: DavClient, book: Collection
) -> None:
    for n in range(150):  # written by another device
        client.create(book.url, f"far-{n}", vcard(f"far-{n}", f"Far {n:03}"), BOOK)
    laptop = device(tmp_path / "laptop.sqlite", book.url)

    def fill() -> None:
        from netdesk.core.importing import apply_import, plan_import
        from netdesk.core.importing.reading import ReadResult
        from netdesk.core.sync import cards

        parsed = [cards.parse(vcard(f"near-{n}", f"Near {n:03}"), "x") for n in range(250)]
        apply_import(plan_import(ReadResult(cards=[p for p in parsed if p is not None])))

    laptop.run(fill)
    partial = False
    delay = 0.5
    for _ in range(14):
        proc = subprocess.Popen(
            [sys.executable, "-m", "netdesk", "--db", str(laptop.path), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        on_server = len(_server_uids(client, book))
        if running and 150 < on_server < 400:
            partial = True
            break
        if not running:
            break
        delay += 0.4
    assert partial, "no kill fell in the middle of a sync"

    laptop.sync()
    uids = _server_uids(client, book)
    assert len(uids) == len(set(uids)) == 400
    names = laptop.contacts()
    assert len(names) == 400
    with opened(laptop.path):
        from netdesk.models.sync_state import contact_uids

        assert len(set(contact_uids().values())) == 400
    desk = Device(tmp_path / "desk.sqlite")
    desk.account_id = device(desk.path, book.url).account_id
    assert desk.sync().downloaded == 400
    assert len(desk.contacts()) == 400
    assert laptop.sync().as_json()["uploaded"] == 0
