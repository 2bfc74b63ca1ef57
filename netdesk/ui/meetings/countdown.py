"""The meeting's countdown: the planned length counted down while you meet.

Keeping the promise ("fifteen minutes of your time") is part of what makes a networking meeting
work: with three minutes left it reminds you to ask for two names, and past the end it says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from netdesk.ui.icons import icon
from netdesk.ui.theme import error_style

WRAP_UP_SECONDS = 3 * 60
"""With this much time left, the countdown reminds you to ask for two names."""


class MeetingCountdown(QWidget):
    """Start/Stop and the time left of ``planned_seconds()``, on ``clock`` (seconds)."""

    def __init__(
        self,
        planned_seconds: Callable[[], int],
        clock: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planned_seconds = planned_seconds
        self._clock = clock
        self._started: float | None = None
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.update_label)
        self.button = QPushButton(icon("countdown"), self.tr("Start"))
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            self.tr("Count down the planned length while you meet, to keep your promise on time")
        )
        self.label = QLabel()
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.label.setFont(font)
        self.hint = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        layout.addWidget(self.hint, 1)
        self.update_label()

    def toggle(self) -> float | None:
        """Start (None), or stop and say how many seconds it ran."""
        elapsed: float | None = None
        if self._started is None:
            self._started = self._clock()
            self._timer.start()
            self.button.setText(self.tr("Stop"))
            self.button.setIcon(icon("countdown-stop"))
        else:
            elapsed = self._clock() - self._started
            self._timer.stop()
            self._started = None
            self.button.setText(self.tr("Start"))
            self.button.setIcon(icon("countdown"))
        self.update_label()
        return elapsed

    def stop(self) -> None:
        """No more ticks (the form is closing)."""
        self._timer.stop()

    def update_label(self) -> None:
        total = self._planned_seconds()
        if self._started is None:
            self.label.setText(f"{total // 60}:00")
            self.label.setStyleSheet("")
            self.hint.setText("")
            return
        left = total - int(self._clock() - self._started)
        minutes, seconds = divmod(abs(left), 60)
        shown = f"{minutes}:{seconds:02d}"
        if left < 0:
            self.label.setText("+" + shown)
            self.label.setStyleSheet(error_style())
            self.hint.setText(self.tr("Over time: thank them and offer to leave."))
        else:
            self.label.setText(shown)
            self.label.setStyleSheet("")
            self.hint.setText(
                self.tr("Time to ask for two names.") if left <= WRAP_UP_SECONDS else ""
            )

    def text(self) -> str:
        return self.label.text()
