"""Finding duplicates at 100,000 contacts, and merging one group and undoing it.

Usage: python benchmarks/bench_duplicates.py [--contacts N]
Target (issue 12): the whole search in a few seconds at 100k; a merge and its undo instantly.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _common import demo_database

from netdesk.core.contacts import create_contact
from netdesk.core.duplicates import find_duplicates
from netdesk.core.merge import merge_contacts, prepare_merge, undo_merge
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData, Email, Phone

TARGET_FIND_S = 5.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(args.contacts, Path(tmp) / "bench.sqlite")
        init_db(path)
        # A few people twice, one per rule, so that every kind of match is exercised.
        for data in (
            ContactData(display_name="Bench Email", emails=[Email("bench@dupes.example")]),
            ContactData(display_name="Other Email", emails=[Email("BENCH@dupes.example")]),
            ContactData(display_name="Bench Phone", phones=[Phone("+1 212 555 0199")]),
            ContactData(display_name="Other Phone", phones=[Phone("+12125550199")]),
            ContactData(display_name="J. Benchley", organization="Dupes Inc"),
            ContactData(display_name="John Benchley", organization="Dupes Inc"),
        ):
            create_contact(data)
        started = time.perf_counter()
        groups = find_duplicates()
        find_s = time.perf_counter() - started
        reasons: dict[str, int] = {}
        for group in groups:
            for reason in group.reasons:
                reasons[reason] = reasons.get(reason, 0) + 1
        biggest = max(groups, key=lambda g: len(g.contact_ids))
        started = time.perf_counter()
        draft = prepare_merge(biggest.contact_ids)
        snapshot = merge_contacts(draft.plan)
        undo_merge(snapshot)
        merge_ms = (time.perf_counter() - started) * 1000
        close_db()
    print(f"find_duplicates over {args.contacts:,} contacts: {find_s:.2f} s")
    print(f"  {len(groups):,} groups; by reason: {reasons}")
    print(f"prepare, merge and undo a group of {len(biggest.contact_ids)}: {merge_ms:.0f} ms")
    ok = find_s <= TARGET_FIND_S
    print("target met" if ok else f"TARGET MISSED: find over {TARGET_FIND_S} s")
    print(
        json.dumps(
            {
                "bench": "duplicates",
                "contacts": args.contacts,
                "find_s": round(find_s, 2),
                "groups": len(groups),
                "merge_undo_ms": round(merge_ms),
                "ok": ok,
            }
        )
    )


if __name__ == "__main__":
    main()
