"""``netdesk`` and ``python -m netdesk``: a command when one is named, otherwise the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from netdesk.ui.self_test import run_self_test

        return run_self_test()
    from netdesk.cli import command_names, run_cli

    if _wants_cli(args, command_names()):
        return run_cli(args)
    from netdesk.ui.app import run_app  # Qt is imported only for the app

    return run_app(args)


def _wants_cli(args: list[str], commands: set[str]) -> bool:
    if any(a in ("-h", "--help", "--version") for a in args):
        return True
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg in commands
    return False


if __name__ == "__main__":
    sys.exit(main())
