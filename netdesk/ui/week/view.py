"""The "This week" view: what to do this week, checked off as it gets done.

Everything shown comes from :func:`netdesk.core.week_plan.build_week_plan`, the same plan the
printed outreach sheet uses, so the screen and the paper never disagree. Ticking an item off is
written on the window's writer and is one undo step (unticking it, while it is shown, another).
Sections stay open or closed as the user left them when the plan is built again. Given the
window's ``StoreSignals``, the plan is built again whenever something it lists is written (here,
elsewhere in the window, or by another process); on its own, :meth:`WeekView.refresh` does it.

The plan is built on a worker thread (a large network owes thousands of calls: seconds of work),
and each section shows its first rows with a "Show more" row, so the GUI thread never fills tens
of thousands of tree items at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import shiboken6
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
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import (
    CallItem,
    MeetingItem,
    Suggestion,
    ThankYouItem,
    WeekPlan,
    build_week_plan,
    tick_with_undo,
)
from netdesk.models.enums import MeetingKind
from netdesk.models.store import Topic
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Progress, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import Writer
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
    change: RowsChange | None = None
    """The tick written for this row, while it is shown ticked."""
    pending: bool = False


@dataclass
class _More:
    """The "Show more" row at the end of a long section: the rows not made yet."""

    pending: list[Any]
    make: Callable[[Any], QTreeWidgetItem] = field(repr=False)


ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_EXPANDED_MAX = 8
ROWS_PER_PAGE = 100
"""Rows a section shows at first and adds per "Show more"; the printed sheet has them all."""
WEEK_TOPICS = (
    Topic.CONTACTS,
    Topic.REFERRALS,
    Topic.MEETINGS,
    Topic.TASKS,
    Topic.INTERACTIONS,
)
"""What the week's plan is made of: meetings, thank-you notes and follow-ups owed, referrals not
yet contacted, warm leads (and the calls that tick them off)."""


class WeekView(QWidget):
    """Meetings, thank-you notes owed, follow-ups due or overdue, referrals not yet contacted.

    Dock-ready: no fixed size, builds its own toolbar. ``contact_activated(id)`` asks the owner
    to show a contact, ``meeting_activated(id)`` to open a meeting; ``plan_changed`` says an
    item was checked off or on (contacts' status or last contact may have changed). With
    ``signals``, the view reads the plan again when what it lists changes.
    """

    contact_activated = Signal(int)
    meeting_activated = Signal(int)
    plan_changed = Signal()
    plan_loaded = Signal()
    """The plan for the week shown has been built and its rows are on screen."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        writer: Writer | None = None,
        after_undo: Callable[[str | None], None] | None = None,
        signals: StoreSignals | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._week = Week.containing(today())
        self._plan: WeekPlan | None = None
        self._sections: dict[Section, QTreeWidgetItem] = {}
        self._filling = False
        self._generation = 0  # bumped by each refresh; older workers' plans are dropped
        self._loading = False
        self._expanded: dict[Section, bool] = {}
        self.writer = writer if writer is not None else Writer(self)
        self.watch = (
            ChangeWatch(signals, WEEK_TOPICS, lambda _changes: self.refresh(), self)
            if signals is not None
            else None
        )
        # Alone, nobody says what an undo changed: the view reads the plan again itself.
        self._after_undo = after_undo or (
            (lambda _error: None) if self.watch is not None else (lambda _error: self.refresh())
        )

        self.previous_button = QToolButton()
        self.previous_button.setIcon(icon("previous-week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.set_week(self._week.previous()))
        self.this_week_button = QToolButton()
        self.this_week_button.setIcon(icon("this-week"))
        self.this_week_button.setText(self.tr("This week"))
        self.this_week_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.this_week_button.clicked.connect(lambda: self.set_week(Week.containing(self._today())))
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("next-week"))
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
        self.tree.itemExpanded.connect(self._expansion_changed)
        self.tree.itemCollapsed.connect(self._expansion_changed)

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

    def is_loading(self) -> bool:
        """True while a plan is being built; :attr:`plan_loaded` says when it is shown."""
        return self._loading

    def refresh(self) -> None:
        """Rebuild from the database (after a save elsewhere, or to drop checked-off rows).

        Returns at once; the rows change when the worker's plan arrives (:attr:`plan_loaded`).
        A refresh asked for while one runs supersedes it.
        """
        if self.watch is not None:
            self.watch.cancel()  # this one reads everything pending
        self._generation += 1
        generation = self._generation
        week, today = self._week, self._today()
        self._loading = True
        self.setCursor(Qt.CursorShape.BusyCursor)

        def work(_progress: Progress) -> WeekPlan:
            return build_week_plan(week, today)

        def done(plan: WeekPlan | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            self._loading = False
            self.unsetCursor()
            if error is not None:
                failed = self.tr("The week's plan could not be read: {error}")
                self.week_label.setText(failed.format(error=error))
                self.tree.clear()
                self._sections.clear()
                self.plan_loaded.emit()
                return
            assert plan is not None
            self._plan = plan
            self._fill(plan)
            self.plan_loaded.emit()

        run_task(work, done, owner=self)

    def section_texts(self, section: Section) -> list[str]:
        """The first column of each row in ``section`` (for tests and accessibility checks).

        Only rows on screen: a long section ends in a "Show more" row, which is not listed.
        """
        item = self._sections.get(section)
        if item is None:
            return []
        rows = (item.child(i) for i in range(item.childCount()))
        return [
            row.text(0)
            for row in rows
            if row is not None and not isinstance(row.data(0, ROW_ROLE), _More)
        ]

    def show_more(self, section: Section) -> bool:
        """Add the next page of rows to ``section``; False when it had no more to show."""
        parent = self._sections.get(section)
        if parent is None or parent.childCount() == 0:
            return False
        last = parent.child(parent.childCount() - 1)
        if last is None:
            return False
        more = last.data(0, ROW_ROLE)
        if not isinstance(more, _More):
            return False
        self._filling = True
        parent.removeChild(last)
        self._add_page(parent, more.pending, more.make)
        self._filling = False
        return True

    def section_item(self, section: Section, text: str) -> QTreeWidgetItem:
        parent = self._sections[section]
        for i in range(parent.childCount()):
            child = parent.child(i)
            if child is not None and child.text(0) == text:
                return child
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

        overdue: list[CallItem | ThankYouItem] = [*plan.overdue_calls, *plan.overdue_thank_yous]

        def overdue_row(entry: CallItem | ThankYouItem) -> QTreeWidgetItem:
            if isinstance(entry, CallItem):
                return self._call_row(entry, overdue=True)
            return self._thank_you_row(entry, overdue=True)

        # A long backlog stays one click away instead of hiding this week's meetings.
        self._section(Section.OVERDUE, self.tr("Overdue"), icon("overdue"), overdue, overdue_row,
                      expanded=len(overdue) <= OVERDUE_EXPANDED_MAX)  # fmt: skip
        self._section(
            Section.MEETINGS, self.tr("Meetings"), icon("meeting"), plan.meetings, self._meeting_row
        )
        self._section(
            Section.THANK_YOUS,
            self.tr("Thank-you notes owed"),
            icon("thank-you"),
            plan.thank_yous,
            self._thank_you_row,
        )
        self._section(
            Section.FOLLOW_UPS,
            self.tr("Follow-ups due"),
            icon("call"),
            [c for c in plan.calls if c.due is not None],
            self._call_row,
        )
        self._section(
            Section.REFERRALS,
            self.tr("Referrals not yet contacted"),
            icon("referral"),
            [c for c in plan.calls if c.due is None],
            self._call_row,
        )
        self._section(
            Section.SUGGESTIONS,
            self.tr("Warm leads to reach out to"),
            icon("new-contact"),
            plan.suggestions,
            self._suggestion_row,
            expanded=plan.is_empty,
        )
        if self.tree.topLevelItemCount() == 0:
            hint = QTreeWidgetItem([self.tr("Nothing planned for this week yet")])
            hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
            hint.setForeground(0, self.palette().placeholderText())
            hint.setToolTip(
                0,
                self.tr(
                    "Add the people you already know, or log a meeting: calls, meetings, "
                    "thank-you notes and follow-ups then appear here."
                ),
            )
            self.tree.addTopLevelItem(hint)
            hint.setFirstColumnSpanned(True)
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
        self,
        section: Section,
        title: str,
        section_icon: QIcon,
        entries: Sequence[Any],
        make: Callable[[Any], QTreeWidgetItem],
        *,
        expanded: bool = True,
    ) -> QTreeWidgetItem | None:
        """A section's heading and first rows; open as the user last left it, or ``expanded``."""
        if not entries:
            return None
        parent = QTreeWidgetItem([f"{title} ({len(entries)})"])
        parent.setIcon(0, section_icon)
        font = parent.font(0)
        font.setBold(True)
        parent.setFont(0, font)
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        parent.setFirstColumnSpanned(False)
        self.tree.addTopLevelItem(parent)
        self._add_page(parent, list(entries), make)
        parent.setExpanded(self._expanded.get(section, expanded))
        self._sections[section] = parent
        return parent

    def _expansion_changed(self, item: QTreeWidgetItem) -> None:
        """The user opened or closed a section: it stays so when the plan is built again."""
        if self._filling:
            return
        for section, parent in self._sections.items():
            if parent is item:
                self._expanded[section] = item.isExpanded()

    def _add_page(
        self, parent: QTreeWidgetItem, entries: list[Any], make: Callable[[Any], QTreeWidgetItem]
    ) -> None:
        """Rows for the first page of ``entries``, then a "Show more" row holding the rest."""
        rows = [make(e) for e in entries[:ROWS_PER_PAGE]]
        rest = entries[ROWS_PER_PAGE:]
        if rest:
            shown = self.tr("Show {count} more…").format(count=f"{min(len(rest), ROWS_PER_PAGE):,}")
            hidden = self.tr("{count} not shown; the printed sheet lists them all")
            more = QTreeWidgetItem([shown, "", hidden.format(count=f"{len(rest):,}")])
            more.setIcon(0, icon("show-more"))
            more.setData(0, ROW_ROLE, _More(rest, make))
            more.setToolTip(0, self.tr("Double-click or press Enter to show more"))
            more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            rows.append(more)
        parent.addChildren(rows)

    def _suggestion_row(self, s: Suggestion) -> QTreeWidgetItem:
        item = QTreeWidgetItem([s.name, "", s.organization or s.phone or s.email])
        item.setData(0, ROW_ROLE, _Row(s.contact_id))
        last = s.last_contact.strftime("%d %b %Y") if s.last_contact else self.tr("never")
        item.setToolTip(
            0, plain_tooltip(self.tr("Warm lead; last contact: {last}").format(last=last))
        )
        return item

    def _checkable(self, item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)

    def _meeting_row(self, m: MeetingItem) -> QTreeWidgetItem:
        what = labels.label(MeetingKind(m.kind))
        details = " · ".join(p for p in (what, m.organization, m.purpose) if p)
        item = QTreeWidgetItem([m.name, f"{m.starts_at:%a %d %b %H:%M}–{m.ends_at:%H:%M}", details])
        item.setData(0, ROW_ROLE, _Row(m.contact_id, meeting_id=m.meeting_id))
        item.setToolTip(0, plain_tooltip("\n".join([details, *m.agenda])))
        item.setToolTip(2, plain_tooltip("\n".join([details, *m.agenda])))
        return item

    def _thank_you_row(self, t: ThankYouItem, *, overdue: bool = False) -> QTreeWidgetItem:
        text = (
            self.tr("Thank-you note to {name}").format(name=isolate_bidi(t.name))
            if overdue
            else t.name
        )
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
            name = self.tr("Follow up with {name}").format(name=isolate_bidi(name))
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
        """A row ticked (or unticked): written on the writer's worker, one undo step each."""
        if self._filling or column != 0:
            return
        row = item.data(0, ROW_ROLE)
        if not isinstance(row, _Row) or not row.check:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if row.pending or (not done and row.change is None):
            self._set_checked(item, not done)  # one write at a time per row
            return
        name = item.text(0)
        if done:
            today, through = self._today(), max(self._today(), self._week.sunday)
            check, contact_id = row.check, row.contact_id
            meeting_id, task_id = row.meeting_id, row.task_id

            def work() -> RowsChange:
                return tick_with_undo(
                    check, contact_id, on=today, through=through, meeting_id=meeting_id,
                    task_id=task_id,
                )  # fmt: skip

            text = self.tr("Tick off {item}").format(item=name)
        else:
            ticked = row.change
            assert ticked is not None

            def work() -> RowsChange:
                ticked.undo()
                return RowsChange(ticked.after, ticked.before)

            text = self.tr("Untick {item}").format(item=name)

        def written(change: RowsChange) -> None:
            self.writer.undo_stack.push(ChangeCommand(change, text, self._after_undo))
            if shiboken6.isValid(item):
                row.pending = False
                row.change = change if done else None
                self._strike(item, done)
            self.plan_changed.emit()

        def given_up() -> None:
            row.pending = False
            if shiboken6.isValid(item):
                self._set_checked(item, not done)

        row.pending = True
        failure = self.tr("That was not ticked off.") if done else self.tr("That was not unticked.")
        self.writer.write(work, written, failure=failure, given_up=given_up)

    def _set_checked(self, item: QTreeWidgetItem, checked: bool) -> None:
        self._filling = True
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._filling = False

    def _strike(self, item: QTreeWidgetItem, done: bool) -> None:
        font = QFont(item.font(0))
        font.setStrikeOut(done)
        self._filling = True
        for col in range(self.tree.columnCount()):
            item.setFont(col, font)
        self._filling = False

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROW_ROLE)
        if isinstance(row, _More):
            section = next(k for k, v in self._sections.items() if v is item.parent())
            self.show_more(section)
            return
        if not isinstance(row, _Row):
            return
        if row.meeting_id is not None and not row.check:
            self.meeting_activated.emit(row.meeting_id)
        else:
            self.contact_activated.emit(row.contact_id)
