"""Real file-system conditions for tests: a read-only folder or file, a full disk, the CLI run as
the separate process a user starts.

Root ignores permission bits, so as root a read-only folder is a read-only tmpfs mount and a
read-only file an immutable one (``chattr +i``); a full disk is always a tiny tmpfs (root only).
Tests skip, saying why, where the machine cannot provide the condition.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> tuple[int, str, str]:
    """``netdesk ARGS`` as its own process: (exit status, stdout, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "netdesk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    return proc.returncode, proc.stdout, proc.stderr


def contact_names(path: Path) -> list[str]:
    """Every contact's name in ``path``, read by this process as a third one would (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        conn.close()


SAVE_AFTER_THE_COMMANDS = """
print("ready", flush=True)
sys.stdin.readline()
create_contact(ContactData(display_name="Saved after the commands"))
fds = []
for fd in os.listdir("/proc/self/fd"):
    try:
        fds.append(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        pass
print(repr([f for f in fds if path.name in f]), flush=True)
sys.stdin.readline()
"""
"""The end of a "window" process's script: say ready, wait for a line, save a contact, print the
descriptors it holds on the database's files (a "(deleted)" one means its WAL was taken away)."""


@contextlib.contextmanager
def python_process(script: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """``python -c script args`` with pipes to talk to it, killed if still running at the end."""
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            yield process
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (e.g. "2m") mounted at ``folder``: fill it to get a full disk."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "netdesk-test", str(folder)):
        pytest.skip("needs root to mount a small tmpfs (a real full disk)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Write zeros into ``folder`` until its disk is full."""
    for name, block in (("filler", 65536), ("filler-2", 512)):  # then the last partial block
        with contextlib.suppress(OSError), (folder / name).open("wb") as f:
            while True:
                f.write(b"\0" * block)
                f.flush()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Callable[[], None]]:
    """``folder`` to fill first; the callable it yields then makes it read-only (a read-only
    mount as root, mode 0555 otherwise). Undone afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        with tiny_disk(folder, "16m"):

            def freeze() -> None:
                assert _mount("-o", "remount,ro", str(folder)), "cannot remount read-only"

            yield freeze
        return

    def freeze_by_mode() -> None:
        folder.chmod(0o555)

    try:
        yield freeze_by_mode
    finally:
        folder.chmod(0o755)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """``path`` (which exists) cannot be written: immutable as root, mode 0444 otherwise."""
    if os.geteuid() == 0:
        if (
            not shutil.which("chattr")
            or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode
        ):
            pytest.skip("needs chattr +i (an immutable file) to make a file read-only for root")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        return
    path.chmod(0o444)
    try:
        yield
    finally:
        path.chmod(0o644)
