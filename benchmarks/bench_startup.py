"""Start-up of the PyInstaller bundle: launch to a painted main window, against running from source.

Each run launches ``netdesk --self-test`` (offscreen, a new temporary database: the app's own
start-up path of QApplication, database, main window) and takes the wall time from launch until
the process reports the window's first paint. The first bundle run comes right after dropping
the page cache when this machine allows it (root with a writable /proc/sys/vm/drop_caches),
so it is a true cold start; otherwise it is reported as the first run, caches as they were.
The baseline is the same start from the source tree in the project's virtual environment.

Builds the bundle first (``make bundle``, timed) when dist/netdesk is missing or with --build.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "netdesk"
EXECUTABLE = BUNDLE / "netdesk"
PAINTED = re.compile(r"main window shown and painted .*?([\d,]+) ms after the process started")


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def _launch(command: list[str]) -> tuple[float, float]:
    """(ms from launch to the paint line, ms the process itself counts since it started)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--self-test"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    seen = None
    inside = None
    for line in process.stdout:
        match = PAINTED.search(line)
        if match and seen is None:
            seen = (time.perf_counter() - started) * 1000
            inside = float(match.group(1).replace(",", ""))
    _out, err = process.communicate()
    if process.returncode != 0 or seen is None or inside is None:
        raise SystemExit(f"{command[0]} --self-test failed ({process.returncode}):\n{err}")
    return seen, inside


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="rebuild the bundle and time it")
    args = parser.parse_args()

    build_s = None
    if args.build or not EXECUTABLE.exists():
        started = time.perf_counter()
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        build_s = time.perf_counter() - started
        print(f"built the bundle in {build_s:.0f} s")
    size = _size(BUNDLE)

    cold = _drop_caches()
    first, first_inside = _launch([str(EXECUTABLE)])
    bundle = [_launch([str(EXECUTABLE)]) for _ in range(args.repeat)]
    _drop_caches()
    source_first, _ = _launch([sys.executable, "-m", "netdesk"])
    source = [_launch([sys.executable, "-m", "netdesk"]) for _ in range(args.repeat)]

    def median(samples: list[tuple[float, float]]) -> float:
        return statistics.median(s[0] for s in samples)

    print(
        f"bundle {size / 1e6:.1f} MB; launch to painted window: "
        f"{'cold' if cold else 'first run (page cache not dropped)'} {first:.0f} ms "
        f"({first_inside:.0f} ms counted by the process), then median {median(bundle):.0f} ms "
        f"of {args.repeat}; from source: first {source_first:.0f} ms, median "
        f"{median(source):.0f} ms"
    )
    result = {
        "benchmark": "startup",
        "bundle_mb": round(size / 1e6, 1),
        "build_s": round(build_s, 1) if build_s is not None else None,
        "caches_dropped": cold,
        "bundle_first_paint_first_run_ms": round(first),
        "bundle_first_paint_p50_ms": round(median(bundle)),
        "baseline_source_first_run_ms": round(source_first),
        "baseline_source_p50_ms": round(median(source)),
        "target_mb": 120,
        "target_met": size <= 120e6,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
