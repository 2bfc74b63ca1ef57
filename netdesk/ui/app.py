"""Start the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from netdesk import APP_ID, APP_NAME, __version__
from netdesk.models import DatabaseError, default_db_path, init_db


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


def run_app(args: Sequence[str]) -> int:
    options = _parse(args)
    app = create_application()
    settings = QSettings()
    db_path = database_to_open(options.db, settings)
    try:
        init_db(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "NetDesk cannot open the database"), str(exc)
        )
        return 2
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(db_path, settings)
    window.show()
    if options.files:  # a double-clicked .vcf: offer to import it
        window.import_files(options.files)
    code = int(app.exec())
    from netdesk.ui.tasks import wait_for_tasks

    wait_for_tasks()
    return code
