"""The "This week" view: what to do this week, checked off as it gets done.

Everything shown comes from :func:`netdesk.core.week_plan.build_week_plan`, the same plan the
printed outreach sheet uses, so the screen and the paper never disagree. Checking an item off
calls the core at once; unchecking it undoes that, until the view is refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.dates import Week
from netdesk.core.week_plan import (
    CallItem,
    ContactProgress,
    MeetingItem,
    ThankYouItem,
    WeekPlan,
    build_week_plan,
    complete_task,
    contact_progress,
    mark_contacted,
    mark_followed_up,
    mark_thank_you_sent,
    mark_thank_you_unsent,
    reopen_task,
    restore_contact_progress,
)
from netdesk.models import MeetingKind
from netdesk.ui.icons import icon
from netdesk.ui.widgets import plain_tooltip


class Section(StrEnum):
    OVERDUE = "overdue"
    MEETINGS = "meetings"
    THANK_YOUS = "thank_yous"
    FOLLOW_UPS = "follow_ups"
    REFERRALS = "referrals"
    SUGGESTIONS = "suggestions"


@dataclass
class _Row:
    """What a row stands for, and how to check it off and back on."""

    contact_id: int
    meeting_id: int | None = None
    check: str = ""  # "thank_you", "task", "follow_up", "referral" or "" (not checkable)
    task_id: int | None = None
    undo: ContactProgress | None = None


ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_EXPANDED_MAX = 8


class WeekView(QWidget):
    """Meetings, thank-you notes owed, follow-ups due or overdue, referrals not yet contacted.

    Dock-ready: no fixed size, builds its own toolbar. ``contact_activated(id)`` asks the owner
    to show a contact, ``meeting_activated(id)`` to open a meeting; ``plan_changed`` says an
    item was checked off or on (contacts' status or last contact may have changed).
    """

    contact_activated = Signal(int)
    meeting_activated = Signal(int)
    plan_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._week = Week.containing(today())
        self._plan: WeekPlan | None = None
        self._sections: dict[Section, QTreeWidgetItem] = {}
        self._filling = False

        self.previous_button = QToolButton(icon=icon("previous-week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.set_week(self._week.previous()))
        self.this_week_button = QToolButton(icon=icon("this-week"), text=self.tr("This week"))
        self.this_week_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.this_week_button.clicked.connect(lambda: self.set_week(Week.containing(self._today())))
        self.next_button = QToolButton(icon=icon("next-week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.set_week(self._week.next()))
        self.week_label = QLabel(wordWrap=True)
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        self.numbers_label = QLabel(wordWrap=True)
        self.numbers_label.setStyleSheet("color: palette(placeholder-text);")

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("To do"), self.tr("When"), self.tr("Details")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(0, 250)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemActivated.connect(self._item_activated)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.this_week_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.week_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.numbers_label)
        self.refresh()

    # Public --------------------------------------------------------------------------------------

    def week(self) -> Week:
        return self._week

    def set_week(self, week: Week) -> None:
        self._week = week
        self.refresh()

    def plan(self) -> WeekPlan | None:
        return self._plan

    def refresh(self) -> None:
        """Rebuild from the database (after a save elsewhere, or to drop checked-off rows)."""
        today = self._today()
        self._plan = build_week_plan(self._week, today)
        self._fill(self._plan)

    def section_texts(self, section: Section) -> list[str]:
        """The first column of each row in ``section`` (for tests and accessibility checks)."""
        item = self._sections.get(section)
        if item is None:
            return []
        return [item.child(i).text(0) for i in range(item.childCount())]

    def section_item(self, section: Section, text: str) -> QTreeWidgetItem:
        parent = self._sections[section]
        for i in range(parent.childCount()):
            if parent.child(i).text(0) == text:
                return parent.child(i)
        raise KeyError(text)

    # Filling -------------------------------------------------------------------------------------

    def _fill(self, plan: WeekPlan) -> None:
        self._filling = True
        self.tree.clear()
        self._sections.clear()
        week = plan.week
        monday, sunday = week.monday, week.sunday
        span = f"{monday.day} {monday:%b}–{sunday.day} {sunday:%b %Y}"
        if week == Week.containing(plan.today):
            title = self.tr("This week · week {number}, {span}")
        elif week == Week.containing(plan.today).next():
            title = self.tr("Next week · week {number}, {span}")
        elif week == Week.containing(plan.today).previous():
            title = self.tr("Last week · week {number}, {span}")
        else:
            title = self.tr("Week {number}, {span}")
        self.week_label.setText(title.format(number=monday.isocalendar()[1], span=span))

        overdue = [self._call_row(c, overdue=True) for c in plan.overdue_calls]
        overdue += [self._thank_you_row(t, overdue=True) for t in plan.overdue_thank_yous]
        late = self._section(Section.OVERDUE, self.tr("Overdue"), icon("overdue"), overdue)
        if late is not None:
            # A long backlog stays one click away instead of hiding this week's meetings.
            late.setExpanded(len(overdue) <= OVERDUE_EXPANDED_MAX)
        self._section(
            Section.MEETINGS,
            self.tr("Meetings"),
            icon("meeting"),
            [self._meeting_row(m) for m in plan.meetings],
        )
        self._section(
            Section.THANK_YOUS,
            self.tr("Thank-you notes owed"),
            icon("thank-you"),
            [self._thank_you_row(t) for t in plan.thank_yous],
        )
        self._section(
            Section.FOLLOW_UPS,
            self.tr("Follow-ups due"),
            icon("call"),
            [self._call_row(c) for c in plan.calls if c.due is not None],
        )
        self._section(
            Section.REFERRALS,
            self.tr("Referrals not yet contacted"),
            icon("referral"),
            [self._call_row(c) for c in plan.calls if c.due is None],
        )
        suggestions = []
        for s in plan.suggestions:
            item = QTreeWidgetItem([s.name, "", s.organization or s.phone or s.email])
            item.setData(0, ROW_ROLE, _Row(s.contact_id))
            last = s.last_contact.strftime("%d %b %Y") if s.last_contact else self.tr("never")
            item.setToolTip(
                0, plain_tooltip(self.tr("Warm lead; last contact: {last}").format(last=last))
            )
            suggestions.append(item)
        suggested = self._section(
            Section.SUGGESTIONS,
            self.tr("Warm leads to reach out to"),
            icon("new-contact"),
            suggestions,
        )
        if suggested is not None:
            suggested.setExpanded(plan.is_empty)
        numbers = plan.last_week
        if numbers is not None:
            ratio = numbers.referrals_per_meeting
            self.numbers_label.setText(
                self.tr(
                    "Week before: {contacts} new contacts, {meetings} meetings held, "
                    "{referrals} referrals ({ratio} per meeting, goal {goal}), "
                    "{on_time} of {due} thank-you notes on time."
                ).format(
                    contacts=numbers.new_contacts,
                    meetings=numbers.meetings_held,
                    referrals=numbers.referrals_obtained,
                    ratio="–" if ratio is None else f"{ratio:.1f}",
                    goal=numbers.goal,
                    on_time=numbers.thank_yous_on_time,
                    due=numbers.thank_yous_due,
                )
            )
        self._filling = False

    def _section(
        self, section: Section, title: str, section_icon: QIcon, rows: list[QTreeWidgetItem]
    ) -> QTreeWidgetItem | None:
        if not rows:
            return None
        parent = QTreeWidgetItem([f"{title} ({len(rows)})"])
        parent.setIcon(0, section_icon)
        font = parent.font(0)
        font.setBold(True)
        parent.setFont(0, font)
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        parent.setFirstColumnSpanned(False)
        self.tree.addTopLevelItem(parent)
        parent.addChildren(rows)
        parent.setExpanded(True)
        self._sections[section] = parent
        return parent

    def _checkable(self, item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)

    def _meeting_row(self, m: MeetingItem) -> QTreeWidgetItem:
        what = self.tr(MeetingKind(m.kind).label)
        details = " · ".join(p for p in (what, m.organization, m.purpose) if p)
        item = QTreeWidgetItem([m.name, f"{m.starts_at:%a %d %b %H:%M}–{m.ends_at:%H:%M}", details])
        item.setData(0, ROW_ROLE, _Row(m.contact_id, meeting_id=m.meeting_id))
        item.setToolTip(0, plain_tooltip("\n".join([details, *m.agenda])))
        item.setToolTip(2, plain_tooltip("\n".join([details, *m.agenda])))
        return item

    def _thank_you_row(self, t: ThankYouItem, *, overdue: bool = False) -> QTreeWidgetItem:
        text = self.tr("Thank-you note to {name}").format(name=t.name) if overdue else t.name
        where = t.email or t.address
        details = self.tr("for the meeting of {day}").format(day=t.meeting_date.strftime("%d %b"))
        if where:
            details += " · " + where
        item = QTreeWidgetItem([text, self.tr("due {day}").format(day=t.due.strftime("%a %d %b")),
                                details])  # fmt: skip
        item.setData(0, ROW_ROLE, _Row(t.contact_id, meeting_id=t.meeting_id, check="thank_you"))
        item.setToolTip(0, plain_tooltip(details + "\n" + self.tr("Tick when the note is sent")))
        self._checkable(item)
        if overdue:
            item.setForeground(1, QBrush(QColor("#c62828")))
        return item

    def _call_row(self, c: CallItem, *, overdue: bool = False) -> QTreeWidgetItem:
        if c.task_id is not None:
            check = "task"
        elif c.due is not None:
            check = "follow_up"
        else:
            check = "referral"
        name = f"{c.name} ({c.organization})" if c.organization else c.name
        if overdue:
            name = self.tr("Follow up with {name}").format(name=name)
        when = c.due.strftime("%a %d %b") if c.due else ""
        parts = [c.opening_line] if c.opening_line else []
        if c.reason:
            parts.append(c.reason)
        if c.calls_ahead:
            parts.append(self.tr("they will call ahead"))
        parts.append(c.phone or c.email)
        details = " · ".join(p for p in parts if p)
        item = QTreeWidgetItem([name, when, details])
        item.setData(0, ROW_ROLE, _Row(c.contact_id, check=check, task_id=c.task_id))
        tip = self.tr("Tick when you have called or written")
        item.setToolTip(0, plain_tooltip(f"{details}\n{tip}" if details else tip))
        item.setToolTip(2, plain_tooltip(details))
        self._checkable(item)
        if overdue:
            item.setForeground(1, QBrush(QColor("#c62828")))
        return item

    # Checking off --------------------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        row = item.data(0, ROW_ROLE)
        if not isinstance(row, _Row) or not row.check:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        today = self._today()
        if row.check == "thank_you" and row.meeting_id is not None:
            if done:
                mark_thank_you_sent(row.meeting_id, today)
            else:
                mark_thank_you_unsent(row.meeting_id)
        elif done:
            row.undo = contact_progress(row.contact_id)
            if row.check == "task" and row.task_id is not None:
                complete_task(row.task_id, today)
                mark_contacted(row.contact_id, today)
            elif row.check == "follow_up":
                mark_followed_up(row.contact_id, today, through=max(today, self._week.sunday))
            else:
                mark_contacted(row.contact_id, today)
        else:
            if row.check == "task" and row.task_id is not None:
                reopen_task(row.task_id)
            if row.undo is not None:
                restore_contact_progress(row.undo)
                row.undo = None
        item.setData(0, ROW_ROLE, row)
        font = QFont(item.font(0))
        font.setStrikeOut(done)
        self._filling = True
        for col in range(self.tree.columnCount()):
            item.setFont(col, font)
        self._filling = False
        self.plan_changed.emit()

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROW_ROLE)
        if not isinstance(row, _Row):
            return
        if row.meeting_id is not None and not row.check:
            self.meeting_activated.emit(row.meeting_id)
        else:
            self.contact_activated.emit(row.contact_id)
