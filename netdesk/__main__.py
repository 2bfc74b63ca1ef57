"""``netdesk`` and ``python -m netdesk``: a command when one is named, otherwise the app.

Without a command the app opens, with the files named on the command line (what a double-click
passes). Anything else is refused here, before a window could open: a script that mistyped a
command, or named a file that is not there, gets a message and exit status 2 instead of a
window that never returns.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    with _interrupt_deferred() as interrupted:  # Ctrl+C while the modules load
        start = _choose(args)
    if interrupted:
        sys.stderr.write("netdesk: interrupted\n")
        return 2
    try:
        return start()
    except KeyboardInterrupt:
        sys.stderr.write("netdesk: interrupted\n")
        return 2


@contextlib.contextmanager
def _interrupt_deferred() -> Iterator[list[bool]]:
    """Ctrl+C is noted, not raised, for the block: raised inside an import it would print a
    traceback (some of them from places no ``except`` reaches)."""
    noted: list[bool] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda _sig, _frame: noted.append(True))
    except ValueError:  # not the main thread: leave signals alone
        yield noted
        return
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)


def _choose(args: list[str]) -> Callable[[], int]:
    """What to run for ``args``, with its modules loaded."""
    if "--self-test" in args:
        from netdesk.ui.shell.self_test import run_self_test

        return run_self_test
    from netdesk.cli import command_names, run_cli

    commands = command_names()
    if _wants_cli(args, commands):
        return lambda: run_cli(args)
    refusal = _refusal(args, commands)
    if refusal is not None:

        def refuse() -> int:
            sys.stderr.write(f"netdesk: {refusal}\n")
            return 2

        return refuse
    from netdesk.ui.shell.app import run_app  # Qt is imported only for the app

    return lambda: run_app(args)


def _positionals(args: list[str]) -> list[str]:
    """The arguments that are neither options nor the value of ``--db``."""
    found: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            found.append(arg)
    return found


def _wants_cli(args: list[str], commands: set[str]) -> bool:
    if any(a in ("-h", "--help", "--version") for a in args):
        return True
    positionals = _positionals(args)
    return bool(positionals) and positionals[0] in commands


def _refusal(args: list[str], commands: set[str]) -> str | None:
    """Why the app must not open with ``args`` (no command among them), or None if it may.

    Every positional argument must be a file or folder that exists. The first one, when it
    does not look like a file name, was meant as a command.
    """
    for index, arg in enumerate(_positionals(args)):
        path = Path(arg).expanduser()
        if path.exists():
            continue
        if index == 0 and not path.suffix and "/" not in arg and "\\" not in arg:
            return f"unknown command {arg!r} (known: {', '.join(sorted(commands))})"
        return f"no such file: {arg}"
    return None


if __name__ == "__main__":
    sys.exit(main())
