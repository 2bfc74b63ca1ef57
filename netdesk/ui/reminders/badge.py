"""The application icon with a number drawn on it (the tray's count of things due today)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter

from netdesk.ui.icons import app_icon

BADGE_COLOUR = QColor("#c62828")
SIZES = (16, 22, 24, 32, 48, 64)


def badge_icon(count: int) -> QIcon:
    """The app icon, with ``count`` in a red disc at its lower right (none for 0; "99+" past
    99)."""
    if count <= 0:
        return app_icon()
    text = str(count) if count < 100 else "99+"
    result = QIcon()
    for size in SIZES:
        pixmap = app_icon().pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        disc = size * (0.7 if len(text) > 1 else 0.6)
        box = QRectF(size - disc, size - disc, disc, disc)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOUR)
        painter.drawEllipse(box)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(disc * (0.62 if len(text) == 1 else 0.45))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        result.addPixmap(pixmap)
    return result
