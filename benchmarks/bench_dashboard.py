"""The campaign dashboard's figures on the 100,000-contact demo network.

Run: ``.venv/bin/python benchmarks/bench_dashboard.py [--contacts N] [--repeat N]``

Times :func:`netdesk.core.dashboard.dashboard` (every figure the page draws, as its worker reads
them) for each span: the last 12 weeks, the last 26 weeks and the whole campaign; the median and
p95 of ``--repeat`` runs after a warm-up, with each query's share in the last run and its CPU
time (both threads: the walk down the tree runs beside the rest). The machine's load is printed
beside them (other work on the machine stretches wall times). Target: all figures
together under 300 ms. The last line printed is one JSON object with the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import demo_database, p50, p95, timed

from netdesk.core.dashboard import Span, dashboard
from netdesk.models import close_db, init_db

TARGET_MS = 300


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = demo_database(args.contacts, Path(folder) / "demo.sqlite")
        init_db(path)
        try:
            today = date.today()
            print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
            result: dict[str, float] = {}
            for span in Span:
                samples = timed(lambda span=span: dashboard(span, today), args.repeat)  # type: ignore[misc]
                cpu = time.process_time()
                parts = dashboard(span, today).timings_ms
                cpu_ms = round((time.process_time() - cpu) * 1000, 1)
                result[f"{span.value}_cpu_ms"] = cpu_ms
                result[f"{span.value}_ms"] = p50(samples)
                print(
                    f"{span.value:>5}: median {p50(samples):7.1f} ms, p95 {p95(samples):7.1f} ms"
                    f" (target {TARGET_MS} ms); last run: {parts}, CPU {cpu_ms} ms (both threads)"
                )
        finally:
            close_db()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
