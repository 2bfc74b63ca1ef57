"""File > Export calendar (.ics): meetings and open follow-ups for the user's own calendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesk.core.formats.ics import export_ics
from netdesk.ui.translations import Plural

LAST_FOLDER_KEY = "export/calendar_folder"


def export_calendar(parent: QWidget | None, settings: QSettings | None = None) -> str | None:
    """Ask where to save, write the .ics; returns a status line, None when cancelled or failed.

    The export reads a few hundred rows at most, so it runs on the GUI thread.
    """
    settings = settings or QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExport", "Export calendar"),
        str(Path(folder) / "netdesk.ics"),
        QCoreApplication.translate("CalendarExport", "iCalendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    return write_calendar(parent, path, settings)


def write_calendar(parent: QWidget | None, path: Path, settings: QSettings) -> str | None:
    """Write the calendar to ``path``; a failure is explained in a message box."""
    try:
        summary = export_ics(path)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CalendarExport", "Export calendar"),
            QCoreApplication.translate(
                "CalendarExport", "The calendar could not be written to {path}: {error}"
            ).format(path=path, error=exc.strerror or exc),
        )
        return None
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    meetings = Plural.tr("%Ln meetings", "", summary.meetings)
    tasks = Plural.tr("%Ln follow-ups", "", summary.tasks)
    return QCoreApplication.translate(
        "CalendarExport", "Exported {meetings} and {tasks} to {name}"
    ).format(meetings=meetings, tasks=tasks, name=path.name)
