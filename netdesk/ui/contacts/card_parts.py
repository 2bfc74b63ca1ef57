"""The small widgets the contact card is made of: the avatar, the chips, a way to reach someone.

Colours carry meaning only beside text (a chip says "Warm", not just orange), and each is an
accent laid translucently over the window's own colours, with the text in the palette's text
colour: readable in a light and a dark scheme alike.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from netdesk.core.card import initials
from netdesk.models.enums import Lead, Status
from netdesk.ui.icons import icon

AVATAR_SIZE = 72
COPIED_MS = 1500
"""How long "Copied" shows beside what was copied."""

LEAD_COLOURS: dict[Lead, str] = {Lead.WARM: "#e65100", Lead.COLD: "#1e88e5"}
STATUS_COLOURS: dict[Status, str] = {
    Status.TO_CONTACT: "#78909c",
    Status.CONTACTED: "#1e88e5",
    Status.MEETING_SET: "#8e24aa",
    Status.MET: "#2e7d32",
    Status.KEEP_IN_TOUCH: "#00897b",
    Status.DORMANT: "#8d6e63",
}
_AVATAR_COLOURS = ("#5c6bc0", "#00897b", "#8e24aa", "#c2185b", "#6d4c41", "#3949ab", "#00796b")
"""Initials are white on one of these (chosen by the name, so a person keeps theirs)."""


def secondary(label: QLabel) -> QLabel:
    """Mark ``label`` as secondary text (the theme styles it; the palette's placeholder colour
    until it does)."""
    label.setProperty("role", "secondary")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "section")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class Avatar(QWidget):
    """A round photo, or the person's initials in a circle of their colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self._image: QImage | None = None
        self._initials = ""
        self._colour = QColor(_AVATAR_COLOURS[0])

    def set_person(self, name: str, photo: bytes | None) -> None:
        image = QImage.fromData(photo) if photo else None
        self._image = image if image is not None and not image.isNull() else None
        self._initials = initials(name)
        index = zlib.crc32(name.casefold().encode("utf-8")) % len(_AVATAR_COLOURS)
        self._colour = QColor(_AVATAR_COLOURS[index])
        self.update()

    def has_photo(self) -> bool:
        return self._image is not None

    def initials(self) -> str:
        return self._initials

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addEllipse(rect)
        painter.setClipPath(path)
        if self._image is not None:
            image = self._image
            side = min(image.width(), image.height())
            square = image.copy(
                (image.width() - side) // 2, (image.height() - side) // 2, side, side
            )
            painter.drawImage(rect, square)
        else:
            painter.fillPath(path, self._colour)
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(int(AVATAR_SIZE * 0.38))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._initials)
        painter.end()


class Chip(QToolButton):
    """A rounded label in an accent colour that opens a menu of the values it can take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colour = ""

    def set_colour(self, colour: str) -> None:
        if colour == self._colour:
            return
        self._colour = colour
        c = QColor(colour)
        rgb = f"{c.red()}, {c.green()}, {c.blue()}"
        self.setStyleSheet(
            f"QToolButton {{ background-color: rgba({rgb}, 0.16);"
            f" border: 1px solid rgba({rgb}, 0.65); border-radius: 12px;"
            " padding: 3px 10px; color: palette(window-text); }"
            f"QToolButton:hover {{ background-color: rgba({rgb}, 0.28); }}"
            "QToolButton:focus { border: 2px solid palette(highlight); }"
            "QToolButton::menu-indicator { image: none; width: 0px; }"
        )

    def colour(self) -> str:
        return self._colour


class ElidedButton(QPushButton):
    """A flat button showing a text that may be longer than the room it has: shortened in the
    middle ("anna.mu…@example.de") instead of widening the card; the whole text is its
    tooltip and accessible description."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QPushButton { text-align: left; padding: 3px 4px; }")
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(40, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(20, self.width() - 14)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room))


class ReachRow(QWidget):
    """One way to reach someone: what it is, the value (a click copies it), and the button that
    uses it (mail, call, open); "Copied" shows for a moment after a copy."""

    copied = Signal(str)

    def __init__(
        self,
        meaning: str,
        value: str,
        label: str,
        copy_name: str,
        action: tuple[str, str, Callable[[], None]] | None,
        parent: QWidget | None = None,
    ) -> None:
        """``action`` is (icon meaning, accessible name, what it does), or None."""
        super().__init__(parent)
        self.value = value
        kind = QLabel()
        kind.setPixmap(icon(meaning).pixmap(18, 18))
        self.copy_button = ElidedButton(value)
        self.copy_button.setAccessibleName(copy_name)
        self.copy_button.setAccessibleDescription(value)
        self.copy_button.setToolTip(self.tr("{value}\nClick to copy").format(value=value))
        self.copy_button.clicked.connect(self.copy)
        self.label = secondary(QLabel(label))
        if not label:  # never shown here: outside the row still, it would open as a window
            self.label.hide()  # of its own for a moment, and take the focus from the window
        self.copied_label = secondary(QLabel(self.tr("Copied")))
        self.copied_label.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COPIED_MS)
        self._timer.timeout.connect(self._copied_over)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(kind)
        layout.addWidget(self.copy_button, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.copied_label)
        self.action_button: QToolButton | None = None
        if action is not None:
            meaning_, name, run = action
            button = QToolButton()
            button.setIcon(icon(meaning_))
            button.setAutoRaise(True)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(run)
            layout.addWidget(button)
            self.action_button = button

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.label.hide()
        self.copied_label.show()
        self._timer.start()
        self.copied.emit(self.value)

    def _copied_over(self) -> None:
        self.copied_label.hide()
        self.label.setVisible(bool(self.label.text()))

    def focus_chain(self) -> list[QWidget]:
        return [self.copy_button] + ([self.action_button] if self.action_button else [])
