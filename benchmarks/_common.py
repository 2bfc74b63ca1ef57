"""Shared helpers for the benchmarks: a cached demo database and percentile maths."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from netdesk.core.demo import generate_demo
from netdesk.models import close_db, init_db
from netdesk.models.db import SCHEMA_VERSION

CACHE = Path(os.environ.get("NETDESK_BENCH_CACHE", tempfile.gettempdir()))


def demo_database(contacts: int, target: Path) -> Path:
    """A copy of a demo network of ``contacts`` people at ``target`` (generated once, cached)."""
    cached = CACHE / f"netdesk-bench-demo-{contacts}-v{SCHEMA_VERSION}.sqlite"
    if not cached.exists():
        partial = cached.with_suffix(".partial")
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        init_db(partial)
        generate_demo(contacts, seed=7)
        from netdesk.models import database

        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_db()
        partial.rename(cached)
        print(f"generated {contacts:,} demo contacts in {time.perf_counter() - started:.1f} s")
    shutil.copyfile(cached, target)
    return target


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` calls (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p50(samples: list[float]) -> float:
    return round(statistics.median(samples), 2)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2)
