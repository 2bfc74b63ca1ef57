"""The map's time slider: the network as it was at the end of any week since the first contact,
and a play button that replays its growth week by week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from netdesk.ui.icons import icon

PLAY_MS = 220
"""A week of the replay, in milliseconds."""


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


class MapTimeline(QWidget):
    """A slider of weeks from the first contact's to this one; the last position is "now"."""

    until_changed = Signal(object)
    """The last day shown (a ``date.toordinal()``), or None for everyone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = week_start(date.today())
        self.play_button = QToolButton(self)
        self.play_button.setIcon(icon("play"))
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Replay how the network grew, week by week"))
        self.play_button.toggled.connect(self._play_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Week shown"))
        self.slider.setPageStep(4)
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("W" * 22))
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.set_first_day(None)

    def set_first_day(self, first: date | None) -> None:
        """Weeks from ``first``'s (None: this week only) to this week; the slider goes to now."""
        self._first = week_start(first) if first is not None else week_start(date.today())
        weeks = max(0, (week_start(date.today()) - self._first).days // 7)
        self.slider.blockSignals(True)
        self.slider.setRange(0, weeks)
        self.slider.setValue(weeks)
        self.slider.blockSignals(False)
        self.setEnabled(weeks > 0)

    def week_of(self, position: int) -> date:
        return self._first + timedelta(weeks=position)

    def until(self) -> int | None:
        """The last day shown, None at the end of the slider (everyone, whatever their date)."""
        position = self.slider.value()
        if position >= self.slider.maximum():
            return None
        return (self.week_of(position) + timedelta(days=6)).toordinal()

    def show_count(self, people: int) -> None:
        """Say which week is shown and how many people there were by its end."""
        monday = self.week_of(self.slider.value())
        day = QLocale().toString(
            QDate(monday.year, monday.month, monday.day), self.tr("d MMM yyyy")
        )
        self.label.setText(self.tr("Week of {day}: %Ln people", "", people).format(day=day))

    def _moved(self, _position: int) -> None:
        self.until_changed.emit(self.until())

    def _play_toggled(self, playing: bool) -> None:
        if playing:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self.timer.start()
        else:
            self.timer.stop()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
            return
        self.slider.setValue(self.slider.value() + 1)
