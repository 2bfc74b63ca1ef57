"""Under the week's plan: how much waits beyond the week's capacity, and the button that lists it.

The plan holds the user's capacity of items (:mod:`netdesk.core.capacity`); the rest is counted
("212 more waiting") and, on request, listed below in groups by what they are, each group read
from the database a page at a time when it is opened (:func:`netdesk.core.week_queue
.waiting_page`).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QWidget

from netdesk.core.week_plan import PlanItem, WeekPlan
from netdesk.core.week_queue import waiting_page, waiting_sources
from netdesk.ui.icons import icon
from netdesk.ui.week.rows import ROW_ROLE, Column, More, make_item

WAITING_PAGE = 50
"""Waiting items a group reads when opened, and adds per "Show more"."""
Pages = dict[str, list[PlanItem]]
"""The waiting groups' items read so far, by the queue's source."""


def opened_pages(plan: WeekPlan, opened: Collection[str]) -> Pages:
    """The first page of each waiting group open (``opened``: their sources' kinds)."""
    return {
        source.kind: waiting_page(plan, source.kind, 0, WAITING_PAGE)
        for source, _count in waiting_sources(plan)
        if source.kind in opened
    }


class WaitingBar(QWidget):
    """ "212 more waiting beyond this week's capacity", and Show all / Hide."""

    toggled = Signal(bool)
    """The user asked to list what waits (True) or to hide it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(wordWrap=True)
        self.label.setProperty("role", "secondary")
        self.button = QPushButton()
        self.button.setIcon(icon("show-more"))
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        self._waiting = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    @property
    def showing(self) -> bool:
        return self.button.isChecked()

    def show_plan(self, plan: WeekPlan) -> None:
        """Say how much of ``plan`` waits (hidden when nothing does)."""
        waiting = plan.waiting
        self.setVisible(waiting > 0)
        locale = QLocale()
        self.label.setText(
            self.tr(
                "{count} more waiting beyond this week's capacity (calls and e-mails: {calls}, "
                "meetings: {meetings}; Edit > Preferences changes it)"
            ).format(
                count=locale.toString(waiting),
                calls=locale.toString(plan.capacity.calls),
                meetings=locale.toString(plan.capacity.meetings),
            )
        )
        self.label.setAccessibleName(self.label.text())
        self._show_button_text(waiting)

    def _show_button_text(self, waiting: int) -> None:
        self._waiting = waiting
        self.button.setText(
            self.tr("Hide what is waiting")
            if self.showing
            else self.tr("Show all {count} waiting").format(count=QLocale().toString(waiting))
        )

    def _toggled(self, checked: bool) -> None:
        self._show_button_text(self._waiting)
        self.toggled.emit(checked)


def more_waiting_row(kind: str, listed: int, left: int) -> QTreeWidgetItem:
    """The "Show more" row of a waiting group (``listed`` rows above it, ``left`` not yet): the
    next page is read from the database when it is activated."""
    locale = QLocale()
    shown = QCoreApplication.translate("WeekView", "Show {count} more…").format(
        count=locale.toString(min(left, WAITING_PAGE))
    )
    hidden = QCoreApplication.translate("WeekView", "{count} not listed yet").format(
        count=locale.toString(left)
    )
    more = QTreeWidgetItem([shown, "", hidden])
    more.setIcon(Column.WHO, icon("show-more"))
    more.setData(Column.WHO, ROW_ROLE, More([], make_item, kind, listed, left))
    more.setToolTip(
        Column.WHO,
        QCoreApplication.translate("WeekView", "Press Enter or double-click to show more"),
    )
    more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return more
