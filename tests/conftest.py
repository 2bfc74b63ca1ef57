"""Shared fixtures: a fresh real database file per test; Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "netdesk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Path]:
    """An initialised, empty NetDesk database bound to the models."""
    from netdesk.models import close_db, init_db

    init_db(db_path)
    yield db_path
    close_db()


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: put the shared folder beside the repository")
    return path
