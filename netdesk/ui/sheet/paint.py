"""Painting a laid-out weekly sheet on paper or into a PDF.

:func:`paint_sheet` paints a :class:`~netdesk.ui.sheet.measure.SheetLayout` on any paged
device: a ``QPdfWriter`` for a PDF file, the ``QPrinter`` of the print preview or of a real
printer. Names and notes are drawn as plain text with ``QPainter.drawText``, never through HTML.
A PDF file is written beside its place first and moved there, so none is ever half written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from netdesk.core.saving import save_file
from netdesk.ui.sheet.measure import BarOp, BoxOp, Op, SheetLayout, Style, TextOp, font_for


def paint_sheet(sheet: SheetLayout, device: QPagedPaintDevice, painter: QPainter | None = None
                ) -> None:  # fmt: skip
    """Paint every page on ``device`` (origin at the top-left of its printable area).

    The device's page layout should be ``sheet.page_layout``; pass ``painter`` when the caller
    has already begun painting (the print preview does).
    """
    own = painter is None
    painter = painter or QPainter()
    if own and not painter.begin(device):
        raise OSError(
            QCoreApplication.translate(
                "WeeklySheet", "Cannot start printing (is the printer or file available?)"
            )
        )
    try:
        sx = device.logicalDpiX() / 72.0
        sy = device.logicalDpiY() / 72.0
        fonts = {style: font_for(style) for style in Style}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        black = QColor(0, 0, 0)
        for index, page in enumerate(sheet.pages):
            if index and not device.newPage():
                raise OSError(QCoreApplication.translate("WeeklySheet", "Cannot start a new page"))
            for placed in page:
                _paint_ops(painter, placed.ops, placed.dy, sx, sy, fonts, black)
    finally:
        if own:
            painter.end()


def _paint_ops(
    painter: QPainter,
    ops: Iterable[Op],
    dy: float,
    sx: float,
    sy: float,
    fonts: dict[Style, QFont],
    color: QColor,
) -> None:
    current: Style | None = None
    painter.setPen(color)
    for op in ops:
        if isinstance(op, TextOp):
            if not op.text:
                continue
            if op.style is not current:
                painter.setFont(fonts[op.style])
                current = op.style
            painter.drawText(QPointF(op.x * sx, (dy + op.y + op.ascent) * sy), op.text)
        elif isinstance(op, BoxOp):
            pen = QPen(color, 0.8 * sx)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(op.x * sx, (dy + op.y) * sy, op.size * sx, op.size * sy))
            painter.setPen(color)
        elif isinstance(op, BarOp):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(110, 110, 110))
            painter.drawRect(QRectF(op.x * sx, (dy + op.y) * sy, op.width * sx, op.height * sy))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(color)
        else:
            pen = QPen(color if not op.dotted else QColor(90, 90, 90), op.weight * sx)
            if op.dotted:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            y = (dy + op.y) * sy
            painter.drawLine(QPointF(op.x1 * sx, y), QPointF(op.x2 * sx, y))
            painter.setPen(color)


def pdf_bytes(sheet: SheetLayout) -> bytes:
    """The sheet as a PDF document in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(sheet.page_layout)
    writer.setTitle(sheet.title)
    writer.setCreator("NetDesk")
    paint_sheet(sheet, writer)
    del writer  # flushes the document into the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def write_pdf(sheet: SheetLayout, path: Path) -> None:
    """Write the PDF whole or not at all, 0600, never through a planted symlink (see
    :func:`netdesk.core.saving.save_file`)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"cannot write {path}: the folder {path.parent} does not exist")
    save_file(path, pdf_bytes(sheet))
