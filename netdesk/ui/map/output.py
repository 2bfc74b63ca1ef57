"""Exporting and printing the network map: the part of the map in view, as the user sees it.

PNG at twice the view's pixels (sharp on a high-density screen and when printed small), SVG
through ``QSvgGenerator`` and PDF through ``QPdfWriter`` (both vector: each person a round
point, each referral a line), and the printer through the print dialog. Every file is drawn
on a white page in the light palette's colours, whatever the scheme on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from netdesk.core.saving import save_file
from netdesk.ui.icons import icon
from netdesk.ui.map.canvas import MapCanvas
from netdesk.ui.theme import LIGHT, palette

FORMATS = (".png", ".svg", ".pdf")
FOLDER_KEY = "network_map/folder"


class MapOutput(QObject):
    """Export and Print for one canvas; ``title`` heads printed and PDF pages."""

    def __init__(self, canvas: MapCanvas, settings: QSettings | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._settings = settings
        self._widget = parent
        self.export_action = QAction(icon("save-image"), self.tr("Export..."), self)
        self.export_action.setToolTip(self.tr("Save the map as you see it: PNG, SVG or PDF"))
        self.export_action.triggered.connect(self.choose_file)
        self.print_action = QAction(icon("print-tree"), self.tr("Print..."), self)
        self.print_action.setToolTip(self.tr("Print the map as you see it"))
        self.print_action.triggered.connect(self.print_with_dialog)

    def _draw(self, device: QPaintDevice, target: QRectF, *, vector: bool) -> bool:
        painter = QPainter()
        if not painter.begin(device):
            return False
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        original = self._canvas.palette()
        self._canvas.setPalette(_paper())
        try:
            self._canvas.render_into(painter, target, vector=vector)
        finally:
            self._canvas.setPalette(original)
            painter.end()
        return True

    def save(self, path: Path) -> bool:
        """Write the view to ``path``: PNG, SVG or PDF by its suffix. Drawn in memory, then
        written as every export is (:func:`netdesk.core.saving.save_file`): 0600, whole or not
        at all, never through a symlink. A file that cannot be written (a missing or read-only
        folder, a folder or a device in the way) is refused with a message saying why."""
        data = self.render_bytes(path.suffix.lower())
        if data is None:
            return self._not_saved(path, "")
        try:
            save_file(path, data)
        except OSError as exc:
            return self._not_saved(path, exc.strerror or str(exc))
        return True

    def render_bytes(self, suffix: str) -> bytes | None:
        """The view as a ``suffix`` file (".svg", ".pdf", else PNG) in memory; None when Qt
        cannot draw it."""
        size = self._canvas.size()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if suffix == ".svg":
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("Network map"))
            saved = self._draw(generator, QRectF(0, 0, size.width(), size.height()), vector=True)
        elif suffix == ".pdf":
            writer = QPdfWriter(buffer)
            writer.setTitle(self.tr("Network map"))
            landscape = size.width() >= size.height()
            writer.setPageLayout(_page_layout(landscape))
            writer.setResolution(300)
            area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            saved = self._draw(writer, area.translated(-area.topLeft()), vector=True)
            del writer  # flushes the document into the buffer
        else:
            image = QImage(QSize(size.width() * 2, size.height() * 2), QImage.Format.Format_RGB32)
            image.setDotsPerMeterX(2 * 3780)
            image.setDotsPerMeterY(2 * 3780)
            drawn = self._draw(image, QRectF(image.rect()), vector=False)
            saved = drawn and image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes
        data = bytes(buffer.data().data())
        buffer.close()
        return data if saved and data else None

    def choose_file(self) -> Path | None:
        settings = self._settings if self._settings is not None else QSettings()
        folder = str(settings.value(FOLDER_KEY, str(Path.home())))
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Export the network map"),
            str(Path(folder) / "network-map.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in FORMATS:
            target = target.with_suffix(".png")
        settings.setValue(FOLDER_KEY, str(target.parent))
        return target if self.save(target) else None

    def print_map(self, printer: QPrinter) -> bool:
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        return self._draw(printer, area.translated(-area.topLeft()), vector=True)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = self._canvas.size()
        printer.setPageLayout(_page_layout(size.width() >= size.height()))
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print the network map"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_map(printer)

    def _not_saved(self, path: Path, reason: str) -> bool:
        message = (
            self.tr("{path} could not be written: {reason}").format(path=path, reason=reason)
            if reason
            else self.tr("{path} could not be written.").format(path=path)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Map not exported"), message, parent=self._widget
        )
        box.setObjectName("mapNotSaved")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False


def _paper() -> QPalette:
    """The light palette on white: what a file or a printed page shows."""
    result = palette(LIGHT)
    result.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
    return result


def _page_layout(landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12))
