"""File > Import contacts..., File > Export contacts..., and dropping files on the window.

A panel like the others: it gets the window's ``PanelContext`` and registers its actions
(``import-contacts``, ``export-contacts``); the window puts them in the File menu and hands it
what is dropped or named on the command line (:meth:`ImportExport.import_files`). An import is
one step on the undo stack; the views show it when the store says it was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from netdesk.core.importing import (
    IMPORT_SUFFIXES,
    ExportCancelled,
    ImportSummary,
    export_contacts,
)
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.undo import ChangeCommand

if TYPE_CHECKING:
    from netdesk.ui.importing.dialog import ImportDialog

IMPORT_FOLDER_KEY = "import/folder"
EXPORT_FOLDER_KEY = "export/contacts_folder"
EXPORT_FILTERS: dict[str, object] = {
    "vcard4": QT_TRANSLATE_NOOP("ImportExport", "vCard 4.0 (*.vcf)"),
    "vcard3": QT_TRANSLATE_NOOP("ImportExport", "vCard 3.0, for older phones (*.vcf)"),
    "csv": QT_TRANSLATE_NOOP("ImportExport", "CSV spreadsheet (*.csv)"),
}
"""The file types export offers, marked for lupdate; shown translated (:func:`_filter_text`)."""


def _filter_text(kind: str) -> str:
    return QCoreApplication.translate("ImportExport", str(EXPORT_FILTERS[kind]))


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

    def __init__(self, context: PanelContext) -> None:
        parent = context.dialog_parent
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.settings = context.settings
        self.dialog: ImportDialog | None = None
        self._export_task: Task[Any] | None = None
        self.export_progress: QProgressDialog | None = None
        self.import_action = context.actions.add(
            "import-contacts",
            QAction(
                icon("import"),
                QCoreApplication.translate("ImportExport", "&Import contacts..."),
                parent,
            ),
        )
        self.import_action.setStatusTip(
            QCoreApplication.translate(
                "ImportExport",
                "Bring in contacts from vCard (.vcf) or CSV files: "
                "phones, Outlook, Gmail, LinkedIn",
            )
        )
        self.import_action.triggered.connect(self.choose_files)
        self.export_action = context.actions.add(
            "export-contacts",
            QAction(
                icon("export"),
                QCoreApplication.translate("ImportExport", "E&xport contacts..."),
                parent,
            ),
        )
        self.export_action.setStatusTip(
            QCoreApplication.translate(
                "ImportExport", "Save contacts (the selected ones, or everyone) as vCard or CSV"
            )
        )
        self.export_action.triggered.connect(self.choose_export)

    # Import ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = str(self.settings.value(IMPORT_FOLDER_KEY, str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self._parent,
            QCoreApplication.translate("ImportExport", "Import contacts"),
            folder,
            QCoreApplication.translate(
                "ImportExport", "Contact files (*.vcf *.vcard *.csv);;All files (*)"
            ),
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
        dialog = ImportDialog(paths, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.import_finished.connect(self._imported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, summary: ImportSummary) -> None:
        change = self.dialog.change if self.dialog is not None else None
        if change is not None:  # one step: undo takes out what it created and merged
            count = summary.imported + summary.merged
            text = self.tr("Import %Ln contacts", "", count)
            self._context.undo_stack.push(ChangeCommand(change, text, self._undone))
        if len(summary.contact_ids) == 1:  # shown once the table has read the import
            self._context.selection.select(summary.contact_ids[0])
        text = QCoreApplication.translate(
            "ImportExport", "Imported {new} new contacts, merged {merged} into existing ones."
        ).format(new=format_number(summary.imported), merged=format_number(summary.merged))
        self._context.show_status(text, 15_000)

    def _undone(self, error: str | None) -> None:
        if error:
            self._context.show_status(error, 15_000)

    # Export ----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        selected = self._context.selection.selected_ids()
        ids: list[int] | None = None
        if len(selected) > 1:
            box = QMessageBox(self._parent)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(QCoreApplication.translate("ImportExport", "Export contacts"))
            box.setText(
                self.tr(
                    "Export the %Ln selected contacts, or everyone?",
                    "",
                    len(selected),
                )
            )
            only = box.addButton(
                QCoreApplication.translate("ImportExport", "Selected"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("ImportExport", "Everyone"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is None or box.buttonRole(box.clickedButton()) not in (
                QMessageBox.ButtonRole.AcceptRole,
            ):
                return
            ids = selected if box.clickedButton() is only else None
        folder = str(self.settings.value(EXPORT_FOLDER_KEY, str(Path.home())))
        name, chosen = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("ImportExport", "Export contacts"),
            str(Path(folder) / "contacts.vcf"),
            ";;".join(_filter_text(k) for k in EXPORT_FILTERS),
        )
        if not name:
            return
        fmt = next(
            (key for key in EXPORT_FILTERS if _filter_text(key) == chosen),
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
        self._context.show_status(
            QCoreApplication.translate("ImportExport", "Exporting contacts..."), 0
        )
        dialog = QProgressDialog(
            QCoreApplication.translate("ImportExport", "Exporting contacts to {name}...").format(
                name=path.name
            ),
            QCoreApplication.translate("ImportExport", "Cancel"),
            0,
            0,
            self._parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("ImportExport", "Export contacts"))
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
                self._context.show_status(
                    QCoreApplication.translate(
                        "ImportExport", "The export was cancelled; no file was written."
                    ),
                    15_000,
                )
                return
            if error is not None:
                self._context.show_status("", 0)
                _warn(
                    self._parent,
                    QCoreApplication.translate("ImportExport", "The contacts were not exported"),
                    str(error),
                )
                return
            assert count is not None  # no error: the work returned its count
            self.settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
            self._context.show_status(
                self.tr("Exported %Ln contacts to {name}", "", count).format(name=path.name),
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
