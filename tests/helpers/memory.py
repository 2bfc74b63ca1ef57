"""Peak memory of the running process, for the tests that bound an import's memory.

``ru_maxrss`` survives ``exec``: a probe started by a pytest process that has grown to 300 MB
reports 300 MB before it has done anything, so its growth would hide under the parent's peak.
``VmHWM`` belongs to the process image, and resetting it (``/proc/self/clear_refs`` with 5)
makes "before" the present size."""

from __future__ import annotations

from pathlib import Path


def reset_peak() -> None:
    """Make the peak resident set the current one (Linux 4.0 and newer)."""
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


def peak_rss_bytes() -> int:
    """This process's peak resident set since it started or since :func:`reset_peak`."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")
