"""Contact sync against a local Radicale: first upload, first download, an incremental sync.

Usage: python benchmarks/bench_sync.py [--contacts N] [--repeat R] [--profile-download FILE]
                                      [--profile-incremental FILE]
One Radicale (a real server, on 127.0.0.1, started here and stopped after) and three timed
syncs of the demo network (referrals, tags, follow-ups, past employers):
- upload: a database of N contacts syncing with an empty address book;
- download: an empty database syncing with that address book (N cards arrive);
- incremental: the first database, with 5 contacts edited here and 5 edited on the other
  device since, syncing again (5 up, 5 down).
The yardstick, in the same run: vdirsyncer (the standard command-line syncer, in its own
virtual environment under build/) downloading the same address book into an empty folder.
Targets (issue 16): download no slower than vdirsyncer's, incremental <= 2 s.

Each of the three timed phases runs ``--repeat`` times (3 by default) and the median is
reported beside every run: the download into a fresh database each time, interleaved with
vdirsyncer's downloads into a fresh folder, so that both meet the same moments of the machine;
the incremental sync with five new edits on each side each time.

The first upload is mostly the server's time: Radicale 3 looks through every card of the
address book for a UID clash on each new card (``has_uid``), so a first upload to it grows with
the square of N (about 10 s for 500 cards, 40 s for 1,000, most of an hour for 5,000), whoever
the client is.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import demo_database
from _vdirsyncer import vdirsyncer_download

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netdesk.core.contacts import load_contact, update_contact  # noqa: E402
from netdesk.core.sync.accounts import AccountInput, add_account  # noqa: E402
from netdesk.core.sync.contacts import SyncSummary, sync_account  # noqa: E402
from netdesk.core.sync.dav import DavClient  # noqa: E402
from netdesk.core.sync.discovery import create_addressbook, discover  # noqa: E402
from netdesk.core.sync.http import DavHttp, DavSettings  # noqa: E402
from netdesk.models import close_db, init_db  # noqa: E402
from netdesk.models.sync_state import contact_uids  # noqa: E402
from tests.core.sync.radicale_server import start_radicale  # noqa: E402

TARGET_INCREMENTAL_S = 2.0
EDITS_HERE = 5
EDITS_THERE = 5


def _timed_sync(
    path: Path, account_id: int, profile: Path | None = None
) -> tuple[float, SyncSummary]:
    init_db(path)
    try:
        profiler = cProfile.Profile() if profile is not None else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        summary = sync_account(account_id)
        elapsed = time.perf_counter() - started
        if profiler is not None and profile is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        return elapsed, summary
    finally:
        close_db()


def _account(path: Path, url: str) -> int:
    init_db(path)
    try:
        return add_account(AccountInput(url))
    finally:
        close_db()


def _spread_uids(path: Path, count: int) -> list[str]:
    """``count`` UIDs spread over the whole network (the same people on every device)."""
    init_db(path)
    try:
        uids = sorted(contact_uids().values())
    finally:
        close_db()
    step = max(1, len(uids) // count)
    return uids[::step][:count]


def _edit(path: Path, uids: list[str], title: str) -> None:
    """Give the contacts with these UIDs a new title, as a user would in the editor."""
    init_db(path)
    try:
        ids = {uid: i for i, uid in contact_uids().items()}
        for uid in uids:
            data = load_contact(ids[uid])
            data.title = f"{title} {uid}"
            update_contact(ids[uid], data)
    finally:
        close_db()


def _titles(path: Path, uids: list[str]) -> list[str]:
    init_db(path)
    try:
        ids = {uid: i for i, uid in contact_uids().items()}
        return [load_contact(ids[uid]).title for uid in uids]
    finally:
        close_db()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timed phase")
    parser.add_argument(
        "--profile-download",
        type=Path,
        metavar="FILE",
        help="write a cProfile of the download to FILE (its time is then not comparable)",
    )
    parser.add_argument(
        "--profile-incremental",
        type=Path,
        metavar="FILE",
        help="write a cProfile of the incremental sync to FILE (its time is then not comparable)",
    )
    args = parser.parse_args()
    n = args.contacts
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # Radicale is stopped on the way out
    with tempfile.TemporaryDirectory(prefix="netdesk-bench-sync-") as tmp:
        folder = Path(tmp)
        laptop = demo_database(n, folder / "laptop.sqlite")
        desk = folder / "desk.sqlite"
        server = start_radicale(folder / "radicale")
        try:
            with DavClient(DavHttp(server.url, DavSettings(username="bench"))) as admin:
                home = discover(admin, server.url).addressbook_homes[0]
                book = create_addressbook(admin, home).url
            laptop_account = _account(laptop, book)
            desk_account = _account(desk, book)

            upload_s, up = _timed_sync(laptop, laptop_account)
            assert up.uploaded == n, up.as_json()
            print(f"upload:      {upload_s:7.2f} s  {n / upload_s:7.0f} cards/s  ({up.uploaded:,})")

            downloads: list[float] = []
            vdirs: list[float] = []
            for run in range(max(1, args.repeat)):
                target = desk if run == 0 else folder / f"desk-{run}.sqlite"
                account = desk_account if run == 0 else _account(target, book)
                profile = args.profile_download if run == 0 else None
                download_s, down = _timed_sync(target, account, profile)
                assert down.downloaded == n, down.as_json()
                downloads.append(download_s)
                print(
                    f"download:    {download_s:7.2f} s  {n / download_s:7.0f} cards/s  "
                    f"({down.downloaded:,})"
                )
                vdir_s, vdir_cards = vdirsyncer_download(book, username="bench", password="bench")
                assert vdir_cards == n, vdir_cards
                vdirs.append(vdir_s)
                print(f"vdirsyncer:  {vdir_s:7.2f} s  {n / vdir_s:7.0f} cards/s  ({vdir_cards:,})")

            chosen = _spread_uids(laptop, EDITS_THERE + EDITS_HERE)
            there, here = chosen[::2], chosen[1::2]
            incrementals: list[float] = []
            for run in range(max(1, args.repeat)):
                _edit(desk, there, f"Edited on the desk ({run})")
                _timed_sync(desk, desk_account)
                _edit(laptop, here, f"Edited on the laptop ({run})")
                profile = args.profile_incremental if run == 0 else None
                incremental_s, inc = _timed_sync(laptop, laptop_account, profile)
                assert (inc.uploaded, inc.downloaded) == (EDITS_HERE, EDITS_THERE), inc.as_json()
                came = _titles(laptop, there)
                assert all(t.startswith(f"Edited on the desk ({run})") for t in came)
                _timed_sync(desk, desk_account)
                went = _titles(desk, here)
                assert all(t.startswith(f"Edited on the laptop ({run})") for t in went)
                incrementals.append(incremental_s)
                print(
                    f"incremental: {incremental_s:7.2f} s  ({inc.uploaded} up, "
                    f"{inc.downloaded} down)"
                )
        finally:
            server.stop()

    download_s = statistics.median(downloads)
    vdir_s = statistics.median(vdirs)
    incremental_s = statistics.median(incrementals)
    results = {
        "benchmark": "sync",
        "contacts": n,
        "repeat": len(downloads),
        "upload_5000_s": round(upload_s, 2),
        "download_5000_s": round(download_s, 2),
        "incremental_10_s": round(incremental_s, 3),
        "vdirsyncer_download_5000_s": round(vdir_s, 2),
        "download_vs_vdirsyncer": round(vdir_s / download_s, 2),
        "download_runs_s": [round(t, 2) for t in downloads],
        "vdirsyncer_runs_s": [round(t, 2) for t in vdirs],
        "incremental_runs_s": [round(t, 3) for t in incrementals],
        "targets_met": download_s <= vdir_s and incremental_s <= TARGET_INCREMENTAL_S,
    }
    print(json.dumps(results))


if __name__ == "__main__":
    main()
