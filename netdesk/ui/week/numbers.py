"""The This week page's strip of numbers: last week's, with the whole campaign's beneath.

The guides call the job search a numbers game: people added and reached, meetings held, two
names per meeting, introductions, applications (and how many came with an introduction),
interviews and offers. Each tile shows the week's figure large and the campaign's small, and
says in its tooltip what it counts. The numbers come with the week's plan
(:attr:`netdesk.core.week_plan.WeekPlan.campaign`), built on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from netdesk.core.campaign import CampaignCounts, CampaignNumbers
from netdesk.core.week_plan import WeekNumbers
from netdesk.ui.formatting import format_decimal, format_number
from netdesk.ui.week.rows import short_day
from netdesk.ui.widgets import plain_tooltip


class Tile(QWidget):
    """One number: the week's, its name, and the campaign's."""

    def __init__(self, name: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel()
        self.value.setProperty("role", "section")
        self.name = QLabel(name)
        self.total = QLabel()
        self.total.setProperty("role", "secondary")
        for label in (self.value, self.name, self.total):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.value, 0, 0)
        layout.addWidget(self.name, 1, 0)
        layout.addWidget(self.total, 2, 0)
        self.tip = tip
        self.setToolTip(plain_tooltip(tip))
        self.setAccessibleName(name)

    def show_values(self, value: str, total: str) -> None:
        self.value.setText(value)
        self.total.setText(total)
        self.setAccessibleDescription(f"{value}. {total}. {self.tip}")


class CampaignStrip(QFrame):
    """Last week's numbers beside the campaign's, one tile each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("campaignNumbers")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setProperty("role", "secondary")
        tiles = {
            "added": (self.tr("Contacts added"),
                      self.tr("People added to your network (new contacts)")),
            "reached": (self.tr("Reached"),
                        self.tr("People you called, e-mailed, wrote to, messaged or met, each "
                                "once (a note is not reaching someone)")),
            "met": (self.tr("Met"), self.tr("Meetings held")),
            "per_meeting": (self.tr("Names per meeting"),
                            self.tr("Referrals obtained per meeting held, against the goal of "
                                    "two names from every meeting")),
            "introductions": (self.tr("Introductions"),
                              self.tr("Postings that moved to Introduced: someone introduced "
                                      "or referred you to the employer")),
            "applications": (self.tr("Applications"),
                             self.tr("Postings you applied for (moved to Applied, or straight "
                                     "to a later stage)")),
            "introduced": (self.tr("Introduced applications"),
                           self.tr("Of the applications, those that came with an "
                                   "introduction or a referral, against those without")),
            "interviews": (self.tr("Interviews"), self.tr("Postings that reached interviews")),
            "offers": (self.tr("Offers"), self.tr("Postings that led to an offer")),
            "thank_yous": (self.tr("Thank-you notes on time"),
                           self.tr("Of the meetings held, those whose thank-you note was sent "
                                   "by the day it was due")),
        }  # fmt: skip
        self.tiles = {key: Tile(name, tip, self) for key, (name, tip) in tiles.items()}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 8, 12, 8)
        self._grid.setHorizontalSpacing(24)
        self._columns = 0
        self._flow(len(self.tiles))

    def _flow(self, columns: int) -> None:
        """The tiles in rows of ``columns``, under the heading: one row when the page is wide,
        more when it is narrow, so the strip never makes the window wider."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for widget in (self.heading, *self.tiles.values()):
            grid.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        grid.addWidget(self.heading, 0, 0, 1, columns)
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 1 + n // columns, n % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def _columns_for(self, width: int) -> int:
        margins = self._grid.contentsMargins()
        room = width - margins.left() - margins.right()
        tile = max(t.sizeHint().width() for t in self.tiles.values()) + self._grid.spacing()
        tile = max(tile, 1) + self._grid.horizontalSpacing()
        return max(1, min(len(self.tiles), (room + self._grid.horizontalSpacing()) // tile))

    def minimumSizeHint(self) -> QSize:
        margins = self._grid.contentsMargins()
        widest = max(t.minimumSizeHint().width() for t in self.tiles.values())
        return QSize(widest + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow(self._columns_for(event.size().width()))

    def tile(self, key: str) -> Tile:
        return self.tiles[key]

    def show_numbers(self, numbers: CampaignNumbers, thank_yous: WeekNumbers | None) -> None:
        week, total = numbers.in_week, numbers.total
        self.heading.setText(
            self.tr(
                "The week before ({first} – {last}) in numbers; the whole campaign's beneath"
            ).format(first=short_day(numbers.week.monday), last=short_day(numbers.week.sunday))
        )
        for key, attribute in (
            ("added", "contacts_added"),
            ("reached", "reached"),
            ("met", "met"),
            ("introductions", "introductions"),
            ("applications", "applications"),
            ("interviews", "interviews"),
            ("offers", "offers"),
        ):
            self.tiles[key].show_values(
                format_number(getattr(week, attribute)), self._in_all(getattr(total, attribute))
            )
        self.tiles["per_meeting"].show_values(self._ratio(week), self._ratio_in_all(total))
        self.tiles["introduced"].show_values(
            self._of(week.applications_introduced, week.applications),
            self.tr("{part} of {whole} in all").format(
                part=format_number(total.applications_introduced),
                whole=format_number(total.applications),
            ),
        )
        tile = self.tiles["thank_yous"]
        tile.setVisible(thank_yous is not None)
        if thank_yous is not None:
            tile.show_values(
                self._of(thank_yous.thank_yous_on_time, thank_yous.thank_yous_due)
                if thank_yous.thank_yous_due
                else "–",
                self.tr("none due") if not thank_yous.thank_yous_due else "",
            )

    def _in_all(self, value: int) -> str:
        return self.tr("{count} in all").format(count=format_number(value))

    def _of(self, part: int, whole: int) -> str:
        return self.tr("{part} of {whole}").format(
            part=format_number(part), whole=format_number(whole)
        )

    def _ratio(self, counts: CampaignCounts) -> str:
        ratio = counts.referrals_per_meeting
        if ratio is None:
            return self.tr("– (goal {goal})").format(goal=format_number(counts.goal))
        return self.tr("{value} (goal {goal})").format(
            value=format_decimal(ratio), goal=format_number(counts.goal)
        )

    def _ratio_in_all(self, counts: CampaignCounts) -> str:
        ratio = counts.referrals_per_meeting
        if ratio is None:
            return self.tr("no meetings yet")
        return self.tr("{value} in all").format(value=format_decimal(ratio))
