"""Search and sorted id lists at 100,000 contacts, against loading everything into Python.

Usage: python benchmarks/bench_query.py [--contacts N] [--repeat R]
Targets (issue 2): search p95 <= 10 ms, sorted id list p95 <= 80 ms at 100k.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from _common import demo_database, p50, p95, timed

from netdesk.core.query import ContactFilter, Sort, SortColumn, contact_ids
from netdesk.core.text import fold
from netdesk.models import Status, close_db, database, init_db

SEARCHES = ("mül", "smith", "globex")
SORTS = (SortColumn.NAME, SortColumn.ORGANIZATION, SortColumn.NEXT_FOLLOW_UP, SortColumn.STATUS)
CAMPAIGN = {status.value: n for n, status in enumerate(Status)}
"""Status in campaign order (to contact first), as the table sorts it."""
TARGET_SEARCH_P95_MS = 10.0
TARGET_SORT_P95_MS = 80.0


class NaiveBaseline:
    """What an app without FTS would do: all rows in Python, filter and sort there."""

    def __init__(self) -> None:
        started = time.perf_counter()
        rows = database.execute_sql(
            """
            SELECT c.id, c.display_name, c.given_name, c.family_name, coalesce(co.name, ''),
                   c.title, c.notes, c.next_follow_up,
                   (SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id),
                   (SELECT group_concat(number, ' ') FROM contact_phone WHERE contact_id = c.id),
                   c.status
            FROM contact c LEFT JOIN company co ON co.id = c.company_id
            """
        ).fetchall()
        self.rows = [
            (
                r[0],
                fold(r[1]),
                fold(r[4]),
                r[7],
                fold(" ".join(str(v or "") for v in r[1:7] + r[8:10])),
                CAMPAIGN[r[10]],
            )
            for r in rows
        ]
        self.load_ms = (time.perf_counter() - started) * 1000

    def search(self, text: str) -> list[int]:
        words = [fold(w) for w in text.split()]
        hits = [
            r for r in self.rows if all(re.search(r"(^|\W)" + re.escape(w), r[4]) for w in words)
        ]
        hits.sort(key=lambda r: (r[1], r[0]))
        return [r[0] for r in hits]

    def sort(self, column: SortColumn) -> list[int]:
        key: Callable[[Any], tuple[Any, ...]]
        if column is SortColumn.NAME:
            key = lambda r: (r[1], r[0])  # noqa: E731
        elif column is SortColumn.ORGANIZATION:
            key = lambda r: (r[2] == "", r[2], r[1], r[0])  # noqa: E731
        elif column is SortColumn.STATUS:
            key = lambda r: (r[5], r[1], r[0])  # noqa: E731
        else:
            key = lambda r: (r[3] is None, r[3] or "", r[1], r[0])  # noqa: E731
        return [r[0] for r in sorted(self.rows, key=key)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(args.contacts, Path(tmp) / "bench.sqlite")
        init_db(path)
        results: dict[str, object] = {"contacts": args.contacts, "date": date.today().isoformat()}
        baseline = NaiveBaseline()
        results["baseline_load_ms"] = round(baseline.load_ms, 1)
        search_p95s = []
        for text in SEARCHES:
            ours = timed(partial(contact_ids, ContactFilter(search=text)), args.repeat)
            naive = timed(partial(baseline.search, text), max(3, args.repeat // 10))
            hits = len(contact_ids(ContactFilter(search=text)))
            assert hits == len(baseline.search(text)), f"search {text!r} disagrees with baseline"
            results[f"search_{text}"] = {
                "hits": hits,
                "p50_ms": p50(ours),
                "p95_ms": p95(ours),
                "baseline_p50_ms": p50(naive),
                "speedup": round(p50(naive) / max(p50(ours), 0.01), 1),
            }
            search_p95s.append(p95(ours))
            print(f"search {text!r:10} {hits:6} hits  p50 {p50(ours):7.2f} ms  "
                  f"p95 {p95(ours):7.2f} ms   baseline p50 {p50(naive):8.1f} ms")  # fmt: skip
        sort_p95s = []
        for column in SORTS:
            ours = timed(partial(contact_ids, sort=Sort(column)), args.repeat)
            naive = timed(partial(baseline.sort, column), max(3, args.repeat // 10))
            results[f"sort_{column.value}"] = {
                "p50_ms": p50(ours),
                "p95_ms": p95(ours),
                "baseline_p50_ms": p50(naive),
                "speedup": round(p50(naive) / max(p50(ours), 0.01), 1),
            }
            sort_p95s.append(p95(ours))
            print(f"sort by {column.value:15}  p50 {p50(ours):7.2f} ms  p95 {p95(ours):7.2f} ms"
                  f"   baseline p50 {p50(naive):8.1f} ms")  # fmt: skip
        close_db()
    results["search_p95_ms_max"] = max(search_p95s)
    results["sort_p95_ms_max"] = max(sort_p95s)
    results["targets_met"] = (
        max(search_p95s) <= TARGET_SEARCH_P95_MS and max(sort_p95s) <= TARGET_SORT_P95_MS
    )
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
