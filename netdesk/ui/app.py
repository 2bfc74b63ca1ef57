"""Start the desktop app: QApplication, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from netdesk import APP_ID, APP_NAME, __version__
from netdesk.models import DatabaseError, default_db_path, init_db


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="netdesk")
    parser.add_argument("--db", type=Path)
    parser.add_argument("files", nargs="*", type=Path)
    known, _qt_args = parser.parse_known_args(list(args))
    return known


def run_app(args: Sequence[str]) -> int:
    options = _parse(args)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    QApplication.setDesktopFileName(APP_ID)
    db_path = options.db or default_db_path()
    try:
        init_db(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "NetDesk cannot open the database"), str(exc)
        )
        return 2
    from netdesk.ui.main_window import MainWindow

    window = MainWindow(db_path)
    window.show()
    return int(app.exec())
