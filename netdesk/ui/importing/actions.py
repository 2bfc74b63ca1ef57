"""File > Import contacts..., File > Export contacts..., and dropping files on the window.

Installed on the main window through its extension points (``file_menu``/``file_import_anchor``,
``refresh``, ``contacts_changed``, ``undo_stack``); the window's ``import_files`` and its drop
handling call in here. An import is one step on the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from netdesk.core.importing import (
    IMPORT_SUFFIXES,
    ExportCancelled,
    ImportSummary,
    export_contacts,
)
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.undo import ChangeCommand

if TYPE_CHECKING:
    from netdesk.ui.importing.dialog import ImportDialog
    from netdesk.ui.shell.main_window import MainWindow

IMPORT_FOLDER_KEY = "import/folder"
EXPORT_FOLDER_KEY = "export/contacts_folder"
EXPORT_FILTERS = {
    "vcard4": "vCard 4.0 (*.vcf)",
    "vcard3": "vCard 3.0, for older phones (*.vcf)",
    "csv": "CSV spreadsheet (*.csv)",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportExport", text)


def importable_paths(mime: QMimeData) -> list[Path]:
    """The local files (.vcf, .vcard, .csv) and folders in a drag, in order."""
    paths: list[Path] = []
    if not mime.hasUrls():
        return paths
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in IMPORT_SUFFIXES:
            paths.append(path)
    return paths


class ImportExport(QObject):
    """The import and export actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self._export_task: Task[Any] | None = None
        self.export_progress: QProgressDialog | None = None
        self.import_action = QAction(icon("import"), _tr("&Import contacts..."), window)
        self.import_action.setStatusTip(
            _tr(
                "Bring in contacts from vCard (.vcf) or CSV files: phones, Outlook, Gmail, LinkedIn"
            )
        )
        self.import_action.triggered.connect(self.choose_files)
        self.export_action = QAction(icon("export"), _tr("E&xport contacts..."), window)
        self.export_action.setStatusTip(
            _tr("Save contacts (the selected ones, or everyone) as vCard or CSV")
        )
        self.export_action.triggered.connect(self.choose_export)
        menu = window.file_menu
        menu.insertSeparator(window.file_import_anchor)
        menu.insertAction(window.file_import_anchor, self.import_action)
        menu.insertAction(window.file_import_anchor, self.export_action)
        window.empty_panel.import_requested.connect(self.choose_files)
        window.setAcceptDrops(True)
        window.search.setAcceptDrops(False)  # a dropped file is an import, not search text

    @property
    def settings(self) -> QSettings:
        return self.window.settings

    # Import ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = str(self.settings.value(IMPORT_FOLDER_KEY, str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            _tr("Import contacts"),
            folder,
            _tr("Contact files (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if names:
            self.settings.setValue(IMPORT_FOLDER_KEY, str(Path(names[0]).parent))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> ImportDialog | None:
        """Open the import preview for ``paths`` (files or folders)."""
        from netdesk.ui.importing.dialog import ImportDialog

        paths = [Path(p) for p in paths]
        if not paths:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ImportDialog(paths, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.import_finished.connect(self._imported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, summary: ImportSummary) -> None:
        change = self.dialog.change if self.dialog is not None else None
        if change is not None:  # one step: undo takes out what it created and merged
            count = summary.imported + summary.merged
            text = _tr("Import {n} contacts").format(n=f"{count:,}")
            self.window.undo_stack.push(ChangeCommand(change, text, self._undone))
        self.window.refresh()
        if len(summary.contact_ids) == 1:
            self.window.select_contact(summary.contact_ids[0])
        self.window.contacts_changed.emit()
        text = _tr("Imported {new} new contacts, merged {merged} into existing ones.").format(
            new=f"{summary.imported:,}", merged=f"{summary.merged:,}"
        )
        self.window.statusBar().showMessage(text, 15_000)

    def _undone(self, error: str | None) -> None:
        if error:
            self.window.statusBar().showMessage(error, 15_000)
        self.window.refresh()
        self.window.contacts_changed.emit()

    # Export ----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        selected = self.window.selected_contact_ids()
        ids: list[int] | None = None
        if len(selected) > 1:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(_tr("Export contacts"))
            box.setText(
                _tr("Export the {n} selected contacts, or everyone?").format(n=len(selected))
            )
            only = box.addButton(_tr("Selected"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_tr("Everyone"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is None or box.buttonRole(box.clickedButton()) not in (
                QMessageBox.ButtonRole.AcceptRole,
            ):
                return
            ids = selected if box.clickedButton() is only else None
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, str(Path.home())))
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            _tr("Export contacts"),
            str(Path(folder) / "contacts.vcf"),
            ";;".join(_tr(f) for f in EXPORT_FILTERS.values()),
        )
        if not name:
            return
        fmt = next(
            (key for key, f in EXPORT_FILTERS.items() if _tr(f) == chosen),
            "csv" if name.lower().endswith(".csv") else "vcard4",
        )
        path = Path(name)
        suffix = ".csv" if fmt == "csv" else ".vcf"
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.export(path, fmt, ids)

    def export(self, path: Path, fmt: str, ids: list[int] | None = None) -> Task[Any]:
        """Write the file on a worker, with a progress dialog and Cancel; the status bar says
        when it is done. A cancelled export leaves any earlier file under that name as it was."""
        self.window.statusBar().showMessage(_tr("Exporting contacts..."))
        dialog = QProgressDialog(
            _tr("Exporting contacts to {name}...").format(name=path.name),
            _tr("Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setWindowTitle(_tr("Export contacts"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small export finishes before it would show
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.export_progress = dialog

        def work(progress: Progress) -> int:
            return export_contacts(
                path, fmt, ids, progress=progress, should_cancel=lambda: progress.cancelled
            )

        def set_progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def done(count: int | None, error: BaseException | None) -> None:
            self._export_task = None
            self.export_progress = None
            dialog.close()
            dialog.deleteLater()
            if isinstance(error, ExportCancelled):
                self.window.statusBar().showMessage(
                    _tr("The export was cancelled; no file was written."), 15_000
                )
                return
            if error is not None:
                self.window.statusBar().clearMessage()
                _warn(self.window, _tr("The contacts were not exported"), str(error))
                return
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
            self.window.statusBar().showMessage(
                _tr("Exported {n} contacts to {name}").format(n=f"{count:,}", name=path.name),
                15_000,
            )

        task = run_task(work, done, on_progress=set_progress, owner=self)
        dialog.canceled.connect(task.cancel)
        self._export_task = task
        return task


def _warn(parent: QWidget, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def install_import_export(window: MainWindow) -> ImportExport:
    return ImportExport(window)
