"""Backups, restores and the external-change poll at 100,000 contacts, against naive ways.

Usage: python benchmarks/bench_safety.py [--contacts N] [--repeat R]

- backup: SQLite's online backup API (what NetDesk uses: consistent while others write),
  against ``VACUUM INTO`` (also consistent) and a plain file copy (fast, but unsafe while the
  database is being written, shown for reference only);
- restore: putting a backup in place, keeping the current file first;
- change poll: ``PRAGMA data_version`` (what the window polls every 1.5 s), against the naive
  detector that counts and sums the contact table on every tick.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _common import demo_database, p50, p95, timed

from netdesk.core.backup import create_backup, restore_backup
from netdesk.models import close_db, database, init_db
from netdesk.models.db import data_version


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, object] = {"contacts": args.contacts}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = demo_database(args.contacts, folder / "netdesk.sqlite")
        size_mb = db_path.stat().st_size / 1e6
        results["database_mb"] = round(size_mb, 1)
        print(f"{args.contacts:,} contacts, {size_mb:.1f} MB")

        stamp = [datetime(2026, 1, 1)]

        def ours() -> None:
            stamp[0] += timedelta(minutes=1)
            create_backup(db_path, now=stamp[0], prune=False)

        counter = [0]

        def vacuum_into() -> None:
            counter[0] += 1
            conn = sqlite3.connect(db_path)
            conn.execute("VACUUM INTO ?", (str(folder / f"vacuum-{counter[0]}.sqlite"),))
            conn.close()

        def plain_copy() -> None:
            counter[0] += 1
            shutil.copyfile(db_path, folder / f"copy-{counter[0]}.sqlite")

        backup_ms = timed(ours, args.repeat)
        vacuum_ms = timed(vacuum_into, args.repeat)
        copy_ms = timed(plain_copy, args.repeat)
        for leftover in folder.glob("vacuum-*"):
            leftover.unlink()
        print(f"backup (online backup API)  p50 {p50(backup_ms):8.1f} ms  p95 {p95(backup_ms):.1f}")
        print(f"baseline VACUUM INTO        p50 {p50(vacuum_ms):8.1f} ms")
        print(f"plain file copy (unsafe)    p50 {p50(copy_ms):8.1f} ms")
        results["backup"] = {
            "p50_ms": p50(backup_ms),
            "p95_ms": p95(backup_ms),
            "baseline_vacuum_into_p50_ms": p50(vacuum_ms),
            "plain_copy_p50_ms": p50(copy_ms),
            "speedup": round(p50(vacuum_ms) / max(p50(backup_ms), 0.01), 1),
        }

        backup = create_backup(db_path, now=datetime(2027, 1, 1), prune=False)
        started = time.perf_counter()
        restore_backup(backup.path, db_path)
        restore_ms = (time.perf_counter() - started) * 1000
        print(f"restore (current file kept)       {restore_ms:8.1f} ms")
        results["restore_ms"] = round(restore_ms, 1)

        init_db(db_path)
        conn = database.connection()
        poll_us = [ms * 1000 for ms in timed(data_version, args.repeat * 200)]

        def naive_poll() -> object:
            return conn.execute(
                "SELECT count(*), sum(id), max(date_added), total(length(display_name)) "
                "FROM contact"
            ).fetchone()

        naive_us = [ms * 1000 for ms in timed(naive_poll, args.repeat * 4)]
        close_db()
        print(f"change poll data_version    p50 {p50(poll_us):8.1f} µs  p95 {p95(poll_us):8.1f}")
        print(f"baseline table scan poll    p50 {p50(naive_us):8.1f} µs")
        results["change_poll"] = {
            "p50_us": p50(poll_us),
            "p95_us": p95(poll_us),
            "baseline_p50_us": p50(naive_us),
            "speedup": round(p50(naive_us) / max(p50(poll_us), 0.01), 1),
        }
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
