"""A generated demo network of a few thousand people, made once per test session and copied for
each test that uses it (the week's plan at a large network)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from netdesk.core.demo import generate_demo
from netdesk.models import close_db, init_db

BIG = 3000
"""People in the big network: thousands of items owed in a week, seconds to generate."""
BIG_TODAY = date(2026, 11, 25)
"""The day it is generated for (a Wednesday), so that its week's plan is the same every run."""

_made: dict[Path, Path] = {}


def big_network(folder: Path, target: Path) -> Path:
    """A copy at ``target`` of the big network (made in ``folder`` the first time)."""
    source = folder / f"demo-{BIG}.sqlite"
    if folder not in _made:
        for old in folder.glob(source.name + "*"):
            old.unlink()  # another process's, half made
        init_db(source)
        generate_demo(BIG, seed=7, today=BIG_TODAY)
        close_db()
        _made[folder] = source
    shutil.copyfile(_made[folder], target)
    return target
