"""The visible referral tree drawn with a QPainter: into a PNG, an SVG or onto printed pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator

from netdesk.core import tree
from netdesk.core.saving import save_file
from netdesk.models.enums import Status
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import paper_icon
from netdesk.ui.translations import Plural

MAX_PICTURE_ROWS = 3000
"""Rows a saved or printed picture holds at most (the rest is summed up on the last line)."""
_MAX_DRAWN_DEPTH = 24


class PictureRow:
    __slots__ = ("below", "depth", "match", "record")

    def __init__(self, record: tree.NodeRow, depth: int, below: int, match: bool) -> None:
        self.record = record
        self.depth = depth
        self.below = below
        self.match = match


class TreePicture:
    """The visible tree drawn with a QPainter: into a PNG, an SVG or onto printed pages."""

    ROW = 22
    INDENT = 18
    MARGIN = 16

    def __init__(self, title: str, subtitle: str, rows: list[PictureRow], hidden: int) -> None:
        self.title = title
        self.subtitle = subtitle
        self.rows = rows
        self.hidden = hidden
        self.font = QFont(QGuiApplication.font())
        self.font.setPointSizeF(9.5)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.title_font = QFont(self.font)
        self.title_font.setPointSizeF(13)
        self.title_font.setBold(True)
        self._icons = {status.value: paper_icon(f"status-{status.value}") for status in Status}

    def header_height(self) -> float:
        return (2 + len(self.subtitle.splitlines())) * self.ROW

    def size(self) -> QSize:
        metrics = QFontMetricsF(self.bold)
        widest = 760.0
        for row in self.rows:
            text = self._label(row)
            x = self._x(row.depth) + 20 + metrics.horizontalAdvance(text)
            widest = max(widest, x + 280)
        height = self.header_height() + (len(self.rows) + 1) * self.ROW + 2 * self.MARGIN
        return QSize(int(min(widest, 6000)) + 2 * self.MARGIN, int(height))

    def _x(self, depth: int) -> float:
        return self.MARGIN + min(depth, _MAX_DRAWN_DEPTH) * self.INDENT

    def _label(self, row: PictureRow) -> str:
        prefix = (
            QCoreApplication.translate("TreePicture", "(level {n}) ").format(
                n=format_number(row.depth + 1)
            )
            if row.depth > _MAX_DRAWN_DEPTH
            else ""
        )
        org = f"  ·  {row.record.organization}" if row.record.organization else ""
        return f"{prefix}{row.record.name}{org}"

    def paint_header(self, painter: QPainter, width: float) -> None:
        painter.setPen(QColor("#202020"))
        painter.setFont(self.title_font)
        painter.drawText(
            QRectF(self.MARGIN, self.MARGIN, width - 2 * self.MARGIN, self.ROW * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font)
        painter.setPen(QColor("#555555"))
        for number, line in enumerate(self.subtitle.splitlines()):
            painter.drawText(
                QRectF(
                    self.MARGIN,
                    self.MARGIN + self.ROW * (1.4 + number),
                    width - 2 * self.MARGIN,
                    self.ROW,
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )

    def paint_rows(
        self, painter: QPainter, rows: list[PictureRow], top: float, width: float
    ) -> float:
        """Draw ``rows`` from ``top``; returns the y below the last one."""
        line = QPen(QColor("#9e9e9e"))
        line.setWidthF(1.0)
        parent_y: dict[int, float] = {}  # depth -> centre of the last row drawn at that depth
        y = top
        for row in rows:
            centre = y + self.ROW / 2
            x = self._x(row.depth)
            depth = min(row.depth, _MAX_DRAWN_DEPTH)
            if depth > 0:
                px = self._x(row.depth - 1) + 7
                start = parent_y.get(depth - 1, top)
                painter.setPen(line)
                painter.drawLine(int(px), int(start + 7), int(px), int(centre))
                painter.drawLine(int(px), int(centre), int(x - 2), int(centre))
            parent_y[depth] = centre
            for deeper in [d for d in parent_y if d > depth]:
                del parent_y[deeper]
            status_icon = self._icons.get(row.record.status)
            if status_icon is not None:
                painter.drawPixmap(int(x), int(centre - 8), status_icon.pixmap(16, 16))
            painter.setFont(self.bold if row.match else self.font)
            painter.setPen(QColor("#202020"))
            painter.drawText(
                QRectF(x + 20, y, width - x - 290, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._label(row),
            )
            painter.setFont(self.font)
            painter.setPen(QColor("#555555"))
            counts = QCoreApplication.translate(
                "TreePicture", "{referred} referred · {below} below"
            ).format(
                referred=format_number(row.record.direct), below=format_number(max(row.below, 0))
            )
            painter.drawText(
                QRectF(width - self.MARGIN - 250, y, 250, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                counts,
            )
            y += self.ROW
        return y

    def paint_more(self, painter: QPainter, top: float, width: float) -> None:
        if self.hidden:
            painter.setFont(self.font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(self.MARGIN, top, width - 2 * self.MARGIN, self.ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                Plural.tr("... and %Ln more rows", "", self.hidden),
            )

    def paint(self, painter: QPainter, size: QSize) -> None:
        painter.fillRect(0, 0, size.width(), size.height(), QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_header(painter, size.width())
        bottom = self.paint_rows(
            painter, self.rows, self.MARGIN + self.header_height(), size.width()
        )
        self.paint_more(painter, bottom, size.width())

    def png_bytes(self) -> bytes | None:
        size = self.size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        self.paint(painter, size)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
            return None
        return bytes(buffer.data().data())

    def svg_bytes(self) -> bytes | None:
        size = self.size()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title)
        generator.setDescription(self.subtitle)
        painter = QPainter()
        if not painter.begin(generator):
            return None
        self.paint(painter, size)
        if not painter.end():
            return None
        return bytes(buffer.data().data())

    def save_png(self, path: Path) -> bool:
        """Drawn in memory, then written as every export is (see :func:`save_file`): 0600, whole
        or not at all, never through a symlink. False when Qt cannot draw it; a file that cannot
        be written raises :class:`OSError` saying why."""
        data = self.png_bytes()
        if data is None:
            return False
        save_file(path, data)
        return True

    def save_svg(self, path: Path) -> bool:
        """As :meth:`save_png`, as an SVG drawing."""
        data = self.svg_bytes()
        if data is None:
            return False
        save_file(path, data)
        return True

    def print(self, printer: QPrinter) -> bool:
        """Page after page of rows, each page with the title on top."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        scale = printer.resolution() / 96.0  # the picture is laid out at 96 dpi
        painter.scale(scale, scale)
        width = page.width() / scale
        height = page.height() / scale
        per_page = max(1, int((height - self.header_height() - 2 * self.MARGIN) // self.ROW) - 1)
        chunks = [self.rows[i : i + per_page] for i in range(0, len(self.rows), per_page)] or [[]]
        for number, chunk in enumerate(chunks):
            if number:
                printer.newPage()
            self.paint_header(painter, width)
            bottom = self.paint_rows(painter, chunk, self.MARGIN + self.header_height(), width)
            if number == len(chunks) - 1:
                self.paint_more(painter, bottom, width)
        return bool(painter.end())
