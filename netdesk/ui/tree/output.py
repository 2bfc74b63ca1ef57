"""Saving and printing the referral tree: what a reader can reach by scrolling, as a picture.

The rows are the loaded ones under expanded nodes, in order with their depth (drawn by
:mod:`netdesk.ui.tree.picture`); "Save tree as image..." writes a PNG or an SVG, "Print tree..."
prints the same picture.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTreeView, QWidget

from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.tree.model import ReferralTreeModel
from netdesk.ui.tree.picture import MAX_PICTURE_ROWS, PictureRow, TreePicture


class TreeOutput(QObject):
    """Save and print what ``view`` shows of ``model``; ``title`` and ``subtitle`` head it."""

    def __init__(
        self,
        model: ReferralTreeModel,
        view: QTreeView,
        title: Callable[[], str],
        subtitle: Callable[[], str],
        context: PanelContext | None,
        refuse: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self._title = title
        self._subtitle = subtitle
        self._context = context
        self._refuse = refuse
        self._widget = parent
        self.save_action = QAction(icon("save-image"), self.tr("Save tree as image..."), self)
        self.save_action.triggered.connect(self.choose_image_file)
        self.print_action = QAction(icon("print-tree"), self.tr("Print tree..."), self)
        self.print_action.triggered.connect(self.print_with_dialog)

    def visible_rows(self, limit: int = MAX_PICTURE_ROWS) -> tuple[list[PictureRow], int]:
        """The rows a reader can reach by scrolling, in order with their depth; and how many
        more there are beyond ``limit``."""
        model = self._model
        rows: list[PictureRow] = []
        hidden = 0
        model.count_all(self._visible_ids(limit))
        stack = [(c, 0) for c in reversed(model.loaded_children(None))]
        while stack:
            contact_id, depth = stack.pop()
            record = model.record(contact_id)
            if record is None:
                continue
            if len(rows) >= limit:
                hidden += 1
            else:
                rows.append(
                    PictureRow(record, depth, model.below(contact_id), model.is_match(contact_id))
                )
            if self._view.isExpanded(model.index_of(contact_id)):
                stack.extend((c, depth + 1) for c in reversed(model.loaded_children(contact_id)))
        return rows, hidden

    def _visible_ids(self, limit: int) -> list[int]:
        model = self._model
        result: list[int] = []
        stack = list(reversed(model.loaded_children(None)))
        while stack and len(result) < limit:
            contact_id = stack.pop()
            result.append(contact_id)
            if self._view.isExpanded(model.index_of(contact_id)):
                stack.extend(reversed(model.loaded_children(contact_id)))
        return result

    def picture(self) -> TreePicture:
        rows, hidden = self.visible_rows()
        return TreePicture(self._title(), self._subtitle(), rows, hidden)

    def save_image(self, path: Path) -> bool:
        """The visible tree as a PNG, or an SVG when ``path`` ends in .svg; a file that cannot
        be written (a symlink, a device, a full disk) is refused with a message saying why."""
        picture = self.picture()
        try:
            if path.suffix.lower() == ".svg":
                saved = picture.save_svg(path)
            else:
                saved = picture.save_png(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._not_saved(
                self.tr("{path} could not be written: {reason}").format(path=path, reason=reason)
            )
            return False
        if not saved:
            self._not_saved(self.tr("{path} could not be written.").format(path=path))
        return saved

    def choose_image_file(self) -> None:
        settings = self._context.settings if self._context is not None else QSettings()
        folder = str(settings.value("referral_tree/folder", str(Path.home())))
        path, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Save the referral tree"),
            str(Path(folder) / "referral-tree.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".png")
        settings.setValue("referral_tree/folder", str(target.parent))
        if self.save_image(target) and self._context is not None:
            self._context.show_status(self.tr("Saved the tree to {path}").format(path=target), 5000)

    def _not_saved(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Picture not saved"), message, parent=self._widget
        )
        box.setObjectName("pictureNotSaved")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def print_tree(self, printer: QPrinter) -> bool:
        return self.picture().print(printer)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print the referral tree"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_tree(printer)
