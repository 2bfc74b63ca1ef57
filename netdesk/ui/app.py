"""Start the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from netdesk import APP_ID, APP_NAME, __version__
from netdesk.models import close_db, default_db_path

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="netdesk")
    parser.add_argument("--db", type=Path)
    parser.add_argument("files", nargs="*", type=Path)
    known, _qt_args = parser.parse_known_args(list(args))
    return known


def create_application() -> QApplication:
    """The QApplication with NetDesk's names, desktop id and icon (reused by scripts)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    QApplication.setDesktopFileName(APP_ID)
    from netdesk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def database_to_open(explicit: Path | None, settings: QSettings) -> Path:
    """``--db`` always wins; otherwise the last database used, if it still exists."""
    if explicit is not None:
        return explicit
    last = settings.value("database/last")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return default_db_path()


def start_app(db_path: Path, settings: QSettings) -> MainWindow | None:
    """Open the database (or ask what to do when it cannot be opened) and show the window.

    Returns None when the user chose to quit instead. Takes the daily backup, if due, on a
    worker once the window is up.
    """
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.recovery import automatic_backup, open_database_or_ask
    from netdesk.ui.tasks import run_task

    opened = open_database_or_ask(db_path)
    if opened is None:
        return None
    window = MainWindow(opened, settings)
    window.show()
    run_task(lambda _progress: automatic_backup(opened), lambda _result, _error: None)
    return window


def run_app(args: Sequence[str]) -> int:
    options = _parse(args)
    app = create_application()
    from netdesk.ui.errors import install_error_handlers

    handlers = install_error_handlers()
    settings = QSettings()
    db_path = database_to_open(options.db, settings)
    window = start_app(db_path, settings)
    if window is None:
        handlers.uninstall()
        return 2
    if options.files:  # a double-clicked .vcf: offer to import it
        window.import_files(options.files)
    code = int(app.exec())
    from netdesk.ui.recovery import automatic_backup
    from netdesk.ui.tasks import wait_for_tasks

    wait_for_tasks()
    close_db()
    automatic_backup(window.db_path)  # when the app ran past midnight, or the first day
    handlers.uninstall()
    return code
