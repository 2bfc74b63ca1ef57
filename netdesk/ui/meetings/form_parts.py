"""Parts of the meeting form: the agenda template in the settings, date and time conversions,
and the "Names they gave you" list (a row per name, added and removed in place)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QSettings, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.meetings import default_agenda
from netdesk.ui.icons import icon
from netdesk.ui.meetings.referral_row import ReferralRow

AGENDA_TEMPLATE_KEY = "meetings/agenda_template"


def agenda_template(settings: QSettings) -> str:
    value = settings.value(AGENDA_TEMPLATE_KEY, default_agenda())
    return str(value) if value else default_agenda()


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromString(moment.strftime("%Y-%m-%dT%H:%M:%S"), Qt.DateFormat.ISODate)


def from_qdatetime(moment: QDateTime) -> datetime:
    day, clock = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def next_quarter_hour(now: datetime) -> datetime:
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(15 - base.minute % 15) % 15)


class ReferralList(QGroupBox):
    """The names the person gave, one :class:`ReferralRow` each, in a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Names they gave you"))
        self.rows: list[ReferralRow] = []
        self._givers: list[tuple[int, str]] = []
        layout = QVBoxLayout(self)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(2, 3)
        titles = (
            self.tr("Name"),
            "",
            self.tr("Reason to call"),
            self.tr("Given by"),
            self.tr("Introduction"),
        )
        for column, title in enumerate(titles):
            header = QLabel(f"<b>{title}</b>")
            self._grid.addWidget(header, 0, column)
            if column == 3:
                self.giver_header = header
                header.hide()
        layout.addLayout(self._grid)
        self.add_button = QPushButton(icon("add-row"), self.tr("Add a &name"))
        self.add_button.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.hint = QLabel(
            self.tr("Aim for two names from every meeting, and ask whether they will call ahead.")
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)

    def add(self, referrer_id: int | None) -> ReferralRow:
        row = ReferralRow(referrer_id)
        row.set_givers(self._givers)
        self.rows.append(row)
        self._relayout()
        row.tab_before(self.add_button)
        row.remove.clicked.connect(lambda: self.remove(row))
        return row

    def set_givers(self, attendees: list[tuple[int, str]]) -> None:
        """The meeting's attendees (its contact first), who may each have given a name."""
        self._givers = list(attendees)
        self.giver_header.setVisible(len(attendees) > 1)
        for row in self.rows:
            row.set_givers(self._givers)

    def remove(self, row: ReferralRow) -> None:
        self.rows.remove(row)
        for widget in (*row.widgets(), row.error):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        for number, row in enumerate(self.rows):
            grid_row = 1 + 2 * number
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, grid_row, column)
            self._grid.addWidget(row.error, grid_row + 1, 0, 1, 6)
