"""Shared fixtures: a fresh real database file per test; Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow

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


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    """A QSettings in a temporary INI file, so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture(scope="session")
def qapp(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """pytest-qt's application with NetDesk's translation installed, as the app installs it at
    start (the English plural forms: "1 contact", "2 contacts"), compiled afresh from the
    committed ``.ts`` so that what is tested is what ships."""
    import subprocess
    import sys

    from netdesk.ui.translations import install_app_translator, translations_folder

    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in translations_folder().glob("*.ts"):
        subprocess.run(
            [str(lrelease), str(ts), "-qm", str(folder / f"{ts.stem}.qm")],
            check=True,
            capture_output=True,
            timeout=60,
        )
    assert install_app_translator(qapp, folder) is not None
    return qapp


@pytest.fixture
def main_window(qtbot: QtBot, db: Path, qsettings: QSettings) -> Iterator[MainWindow]:
    """The main window on the test database, shown offscreen; closed (settings saved) after."""
    from netdesk.ui.shell.main_window import MainWindow
    from netdesk.ui.shell.tasks import wait_for_tasks

    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    wait_for_tasks()
