"""The "This week" page, the app's home: what to do this week, checked off as it gets done.

Everything shown comes from :func:`netdesk.core.week_plan.build_week_plan`, the same plan the
printed outreach sheet uses, so the screen and the paper never disagree. The page reads as an
agenda: what is overdue, then each day with its meetings (at their time) and the calls and
e-mails due; then the job postings to act on (interviews, deadlines, introductions to ask for,
postings gone quiet); then the thank-you notes to send; then who to call next (referrals not yet
contacted, warm leads). Above them, last week's numbers beside the campaign's.

Ticking an item off is written on the window's writer and is one undo step (unticking it
another). A ticked row stays where it is, struck through and greyed, with an Undo button, also
when the plan is read again after the change: rows ticked in this session stay listed as done.
Groups stay open or closed as the user left them. Given the window's ``StoreSignals``, the plan
is built again whenever something it lists is written (here, elsewhere in the window, or by
another process); on its own, :meth:`WeekView.refresh` does it.

The plan holds the week's capacity (Edit > Preferences; :mod:`netdesk.core.capacity`), the most
pressing first; what waits beyond it is counted under the plan, and Show all lists it in a group
per kind, each group read from the database a page at a time when it is opened. The plan is
built on a worker thread, and a long group shows its first rows with a "Show more" row, so the
GUI thread never fills thousands of rows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.dates import Week
from netdesk.core.week_plan import PlanItem, WeekPlan, build_week_plan, tick_with_undo
from netdesk.core.week_queue import waiting_page
from netdesk.models.store import Topic
from netdesk.ui.icons import icon
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import Progress, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.shell.writes import Writer
from netdesk.ui.week.done import Done, Tick, Untick, done_cell, strike
from netdesk.ui.week.lists import SectionList, enter_next_shown
from netdesk.ui.week.numbers import CampaignStrip
from netdesk.ui.week.plan_groups import Area, Group, groups_of, titles, waiting_groups
from netdesk.ui.week.rows import (
    GROUP_ROLE,
    ROW_ROLE,
    Column,
    Entry,
    Key,
    More,
    Section,
    make_item,
    more_of,
    row_of,
)
from netdesk.ui.week.waiting import WAITING_PAGE, Pages, WaitingBar, more_waiting_row, opened_pages

__all__ = ["ROWS_PER_PAGE", "ROW_ROLE", "WEEK_TOPICS", "Section", "WeekView"]

ROWS_PER_PAGE = 100
"""Rows a group shows at first and adds per "Show more"; the printed sheet has them all."""
WEEK_TOPICS = (
    Topic.CONTACTS,
    Topic.REFERRALS,
    Topic.MEETINGS,
    Topic.TASKS,
    Topic.INTERACTIONS,
    Topic.POSTINGS,
    Topic.COMPANIES,
    Topic.SETTINGS,
)
"""What the week's plan is made of: meetings, thank-you notes and follow-ups owed, referrals not
yet contacted, warm leads (and the calls that tick them off), postings and who works where, and
the week's capacity."""


class WeekView(QWidget):
    """The week's agenda, thank-you notes to send and people to call, as a page.

    ``contact_activated(id)`` asks the owner to show a contact, ``meeting_activated(id)`` to
    open a meeting, ``posting_activated(id)`` to open a posting, ``compose_requested(item)`` to
    write a message about a row's plan item (its context menu); ``plan_changed`` says an item
    was checked off or on (contacts' status or last contact may have changed). With
    ``signals``, the view reads the plan again when what it lists changes.
    """

    contact_activated = Signal(int)
    meeting_activated = Signal(int)
    posting_activated = Signal(int)
    compose_requested = Signal(object)
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
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: dict[Key, QTreeWidgetItem] = {}
        self._done: dict[Key, Done] = {}
        self._expanded: dict[str, bool] = {}
        self._filling = False
        self._generation = 0  # bumped by each refresh; older workers' plans are dropped
        self._loading = False
        self._pages: Pages = {}  # the waiting groups' rows read so far, by source
        self._reading = 0  # waiting pages being read
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
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setProperty("role", "page-title")
        self.dates_label = QLabel()
        self.dates_label.setProperty("role", "secondary")
        self.previous_button = QToolButton()
        self.previous_button.setIcon(icon("previous-week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.set_week(self._week.previous()))
        self.this_week_button = QToolButton()
        self.this_week_button.setIcon(icon("this-week"))
        self.this_week_button.setText(self.tr("This week"))
        self.this_week_button.setAccessibleName(self.tr("Go to this week"))
        self.this_week_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.this_week_button.clicked.connect(lambda: self.set_week(Week.containing(self._today())))
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("next-week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.set_week(self._week.next()))
        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setProperty("role", "secondary")
        self.numbers = CampaignStrip()
        self.empty_label = QLabel(self.tr("Nothing planned for this week yet"))
        self.empty_label.setProperty("role", "section")
        self.empty_hint = QLabel(
            self.tr(
                "Add the people you already know, or log a meeting: calls, meetings, "
                "thank-you notes and follow-ups then appear here."
            ),
            wordWrap=True,
        )
        self.empty_hint.setProperty("role", "secondary")

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.dates_label)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        content = self._content = QWidget()
        body = self._body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.empty_label)
        body.addWidget(self.empty_hint)
        self.headings: dict[Area, QLabel] = {}
        self.lists: dict[Area, SectionList] = {}
        headings = {
            Area.AGENDA: (self.tr("Agenda"), [self.tr("Who"), self.tr("When"), self.tr("What"),
                                               self.tr("Phone or e-mail")]),
            Area.POSTINGS: (self.tr("Job postings"), [self.tr("Posting"), self.tr("When"),
                                                      self.tr("What to do"),
                                                      self.tr("Phone or e-mail")]),
            Area.SEND: (self.tr("To send"), [self.tr("To"), self.tr("Due"), self.tr("For"),
                                             self.tr("Send to")]),
            Area.CALL: (self.tr("Who to call next"), [self.tr("Who"), self.tr("Last contact"),
                                                      self.tr("Why"), self.tr("Phone or e-mail")]),
            Area.WAITING: (self.tr("Waiting"), [self.tr("Who"), self.tr("When"), self.tr("What"),
                                                self.tr("Phone or e-mail")]),
        }  # fmt: skip
        self.waiting_bar = WaitingBar()
        self.waiting_bar.toggled.connect(lambda _on: self.refresh())
        for area, (heading_text, columns) in headings.items():
            if area is Area.WAITING:
                body.addSpacing(12)
                body.addWidget(self.waiting_bar)
            heading = QLabel(heading_text)
            heading.setProperty("role", "section")
            listed = SectionList(columns)
            listed.setAccessibleName(heading_text)
            heading.setBuddy(listed)
            listed.itemChanged.connect(self._item_changed)
            listed.itemActivated.connect(self._item_activated)
            listed.itemExpanded.connect(self._expansion_changed)
            listed.itemCollapsed.connect(self._expansion_changed)
            listed.wants_visible.connect(lambda rect, source=listed: self._scroll_to(source, rect))
            listed.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            listed.customContextMenuRequested.connect(
                lambda pos, source=listed: self._row_menu(source, pos)
            )
            body.addSpacing(12)
            body.addWidget(heading)
            body.addWidget(listed)
            self.headings[area], self.lists[area] = heading, listed
        areas = list(self.lists.values())
        for above, below in pairwise(areas):
            above.leave_down.connect(lambda below=below: self._move_into(below, down=True))
            below.leave_up.connect(lambda above=above: self._move_into(above, down=False))
        body.addStretch(1)

        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(content)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.numbers)
        layout.addWidget(self.page_scroll, 1)

    # Public --------------------------------------------------------------------------------------

    def week(self) -> Week:
        return self._week

    def set_week(self, week: Week) -> None:
        self._week = week
        self.refresh()

    def plan(self) -> WeekPlan | None:
        return self._plan

    def is_loading(self) -> bool:
        """True while a plan (or a page of what waits) is being read; :attr:`plan_loaded` says
        when a plan is shown."""
        return self._loading or self._reading > 0

    def refresh(self) -> None:
        """Read the plan again from the database (after a change elsewhere).

        Returns at once; the rows change when the worker's plan arrives (:attr:`plan_loaded`).
        A refresh asked for while one runs supersedes it. Rows ticked off in this session stay,
        shown as done.
        """
        if self.watch is not None:
            self.watch.cancel()  # this one reads everything pending
        self._generation += 1
        generation = self._generation
        week, today = self._week, self._today()
        self._loading = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        shown = self.waiting_bar.showing
        opened = {k.removeprefix("waiting:") for k, v in self._expanded.items() if v and shown}

        def work(_progress: Progress) -> tuple[WeekPlan, Pages]:
            plan = build_week_plan(week, today)
            return plan, opened_pages(plan, opened)

        def done(result: tuple[WeekPlan, Pages] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            self._loading = False
            self.unsetCursor()
            if error is not None:
                self._clear()
                self._show_empty(True)
                failed = self.tr("The week's plan could not be read: {error}")
                self.empty_label.setText(failed.format(error=error))
                self.empty_hint.hide()
                self.plan_loaded.emit()
                return
            assert result is not None
            self._plan, self._pages = result
            self._fill(self._plan)
            self.plan_loaded.emit()

        run_task(work, done, owner=self)

    def rows(self, section: Section) -> Iterator[QTreeWidgetItem]:
        """The rows of ``section`` on screen, in order (a "Show more" row is not one)."""
        for listed in self.lists.values():
            for g in range(listed.topLevelItemCount()):
                group = listed.topLevelItem(g)
                for i in range(group.childCount() if group is not None else 0):
                    child = group.child(i) if group is not None else None
                    row = row_of(child)
                    if child is not None and row is not None and row.entry.section == section:
                        yield child

    def section_texts(self, section: Section) -> list[str]:
        """The names of what is still to do in ``section``: its rows on screen not ticked off."""
        return [r.text(Column.WHO) for r in self.rows(section) if not self.is_done(r)]

    def done_texts(self, section: Section) -> list[str]:
        """The names of the rows of ``section`` ticked off in this session (shown struck out)."""
        return [r.text(Column.WHO) for r in self.rows(section) if self.is_done(r)]

    def section_item(self, section: Section, text: str) -> QTreeWidgetItem:
        for item in self.rows(section):
            if item.text(Column.WHO) == text:
                return item
        raise KeyError(text)

    def group_item(self, key: str | Section) -> QTreeWidgetItem | None:
        """The heading row of a group: a section's value, or "day:" and an ISO date."""
        return self._groups.get(str(key))

    def list_of(self, item: QTreeWidgetItem) -> SectionList:
        tree = item.treeWidget()
        assert isinstance(tree, SectionList)
        return tree

    def is_done(self, item: QTreeWidgetItem) -> bool:
        row = row_of(item)
        if row is None:
            return False
        done = self._done.get(row.entry.key)
        return done is not None and done.tick.ticked and done.week == self._week

    def undo_button(self, item: QTreeWidgetItem) -> QToolButton | None:
        """The Undo button on a ticked row (None on a row not ticked)."""
        cell = self.list_of(item).itemWidget(item, Column.REACH)
        return None if cell is None else cell.findChild(QToolButton)

    def show_more(self, section: Section | str) -> bool:
        """Add the next page of rows to a group (or the first group of ``section`` that has
        more); False when there was none to show. A waiting group's page is read from the
        database on a worker (:meth:`is_loading` until its rows are there)."""
        keys = [str(section)] if str(section) in self._groups else list(self._groups)
        for key in keys:
            group = self._groups[key]
            last = group.child(group.childCount() - 1) if group.childCount() else None
            more = more_of(last)
            if more is None or last is None:
                continue
            if more.left and (key == str(section) or section == Section.WAITING):
                self._read_waiting(more.kind, more.offset)
                return True
            if more.left or (
                key != str(section) and not any(e.section == section for e in more.pending)
            ):
                continue
            self._filling = True
            group.removeChild(last)
            self._add_page(group, key, more.pending)
            self._filling = False
            self.list_of(group).contents_changed()
            return True
        return False

    def _read_waiting(self, kind: str, offset: int) -> None:
        """Read the next page of a waiting group from the database, then show it."""
        plan, generation = self._plan, self._generation
        if plan is None:
            return
        self._reading += 1

        def work(_progress: Progress) -> list[PlanItem]:
            return waiting_page(plan, kind, offset, WAITING_PAGE)

        def done(items: list[PlanItem] | None, error: BaseException | None) -> None:
            self._reading -= 1
            if generation != self._generation or error is not None or items is None:
                return  # the plan was read again meanwhile (and its opened groups with it)
            self._pages.setdefault(kind, [])[offset:] = items
            self._fill(plan)
            self.plan_loaded.emit()

        run_task(work, done, owner=self)

    # Filling -------------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._filling = True
        for listed in self.lists.values():
            listed.clear()
        self._groups.clear()
        self._items.clear()
        self._filling = False

    def _fill(self, plan: WeekPlan) -> None:
        focused = next((lst for lst in self.lists.values() if lst.hasFocus()), None)
        current = row_of(focused.currentItem()) if focused is not None else None
        scrolled = self.page_scroll.verticalScrollBar().value()
        self._clear()
        self._filling = True
        title, dates, summary = titles(plan)
        self.title_label.setText(title)
        self.dates_label.setText(dates)
        self.summary_label.setText(summary)
        self.numbers.setVisible(plan.campaign is not None)
        if plan.campaign is not None:
            self.numbers.show_numbers(plan.campaign, plan.last_week)
        self.waiting_bar.show_plan(plan)
        waiting = waiting_groups(plan, self._pages) if self.waiting_bar.showing else []
        for group in [*groups_of(plan), *waiting]:
            self._group(group)
        empty = all(lst.topLevelItemCount() == 0 for lst in self.lists.values())
        self._show_empty(empty)
        self.empty_label.setText(self.tr("Nothing planned for this week yet"))
        for area, listed in self.lists.items():
            shown = listed.topLevelItemCount() > 0
            listed.setVisible(shown)
            self.headings[area].setVisible(shown)
            listed.contents_changed()
        self._filling = False
        if focused is not None and current is not None:
            again = self._items.get(current.entry.key)
            if again is not None and again.treeWidget() is not None:
                tree = self.list_of(again)
                tree.setCurrentItem(again)
                tree.setFocus()
        self._body.activate()
        self.page_scroll.verticalScrollBar().setValue(scrolled)

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        self.empty_hint.setVisible(empty)

    def _group(self, group: Group) -> None:
        """A group's heading and first rows; open as the user last left it, or as it says.

        Rows ticked off in this session that the plan no longer lists come back where they were.
        """
        entries = list(group.entries)
        keys = {e.key for e in entries}
        returning = sorted(
            (d for d in self._done.values()
             if d.group == group.key and d.week == self._week and d.tick.ticked
             and d.entry.key not in keys),
            key=lambda d: d.position,
        )  # fmt: skip
        for done in returning:
            entries.insert(min(done.position, len(entries)), done.entry)
        if not entries and not group.left:
            return
        listed = self.lists[group.area]
        count = f" ({QLocale().toString(len(entries))})" if group.counted else ""
        heading = QTreeWidgetItem([group.title + count])
        heading.setIcon(Column.WHO, icon(group.meaning))
        font = QFont(heading.font(Column.WHO))
        font.setBold(True)
        heading.setFont(Column.WHO, font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        heading.setData(Column.WHO, GROUP_ROLE, group.key)
        listed.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)
        self._groups[group.key] = heading
        self._add_page(heading, group.key, entries, len(entries) if group.kind else ROWS_PER_PAGE)
        if group.left:
            heading.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if entries:
                heading.addChild(more_waiting_row(group.kind, len(entries), group.left))
        heading.setExpanded(self._expanded.get(group.key, group.expanded))

    def _add_page(
        self, parent: QTreeWidgetItem, key: str, entries: list[Entry], page: int = ROWS_PER_PAGE
    ) -> None:
        """Rows for the first ``page`` of ``entries``, then a "Show more" row holding the rest
        (a waiting group's rows are all read on request, a page at a time: all shown)."""
        rows = [make_item(e) for e in entries[:page]]
        for row in rows:
            found = row_of(row)
            assert found is not None
            found.group = key
        rest = entries[page:]
        if rest:
            locale = QLocale()
            shown = self.tr("Show {count} more…").format(
                count=locale.toString(min(len(rest), ROWS_PER_PAGE))
            )
            hidden = self.tr("{count} not shown; the printed sheet lists them all")
            more = QTreeWidgetItem([shown, "", hidden.format(count=locale.toString(len(rest)))])
            more.setIcon(Column.WHO, icon("show-more"))
            more.setData(Column.WHO, ROW_ROLE, More(rest, make_item))
            more.setToolTip(Column.WHO, self.tr("Press Enter or double-click to show more"))
            more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            rows.append(more)
        parent.addChildren(rows)
        for row in rows:
            found = row_of(row)
            if found is None:
                continue
            self._items[found.entry.key] = row
            if self.is_done(row):
                self._show_done(row, True)

    def _expansion_changed(self, item: QTreeWidgetItem) -> None:
        """The user opened or closed a group: it stays so when the plan is built again."""
        if self._filling:
            return
        key = item.data(Column.WHO, GROUP_ROLE)
        if isinstance(key, str):
            self._expanded[key] = item.isExpanded()
            kind = key.removeprefix("waiting:")
            if item.isExpanded() and kind != key and not self._pages.get(kind):
                self._read_waiting(kind, 0)  # a waiting group opened: its first page

    # Checking off --------------------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """A row ticked (or unticked): written on the writer's worker, one undo step each."""
        if self._filling or column != Column.WHO:
            return
        row = row_of(item)
        if row is None or not row.entry.check:
            return
        checked = item.checkState(Column.WHO) == Qt.CheckState.Checked
        was = self.is_done(item)
        if row.pending or checked == was:
            self._set_checked(item, was)  # one write at a time per row
            return
        if checked:
            self._tick(item, row.entry, row.group)
        else:
            self._untick(item)

    def _tick(self, item: QTreeWidgetItem, entry: Entry, group: str) -> None:
        row = row_of(item)
        assert row is not None
        today, through = self._today(), max(self._today(), self._week.sunday)
        week, name = self._week, item.text(Column.WHO)
        parent = item.parent()
        position = parent.indexOfChild(item) if parent is not None else 0

        def work() -> Tick:
            return Tick(
                tick_with_undo(
                    entry.check, entry.contact_id, on=today, through=through,
                    meeting_id=entry.meeting_id, task_id=entry.task_id,
                )
            )  # fmt: skip

        def written(tick: Tick) -> None:
            self._done[entry.key] = Done(week, group, position, entry, tick)
            text = self.tr("Tick off {item}").format(item=name)
            self.writer.undo_stack.push(ChangeCommand(tick, text, self._undo_step))
            row.pending = False
            self._sync_done()
            self.plan_changed.emit()

        def given_up() -> None:
            row.pending = False
            if shiboken6.isValid(item):
                self._set_checked(item, False)

        row.pending = True
        self.writer.write(
            work, written, failure=self.tr("That was not ticked off."), given_up=given_up
        )

    def _untick(self, item: QTreeWidgetItem) -> None:
        """Take a tick back (the row's Undo button, or its checkbox cleared)."""
        row = row_of(item)
        done = None if row is None else self._done.get(row.entry.key)
        if row is None or done is None or row.pending or not done.tick.ticked:
            return
        tick, name = done.tick, item.text(Column.WHO)

        def work() -> None:
            tick.undo()

        def written(_result: None) -> None:
            text = self.tr("Untick {item}").format(item=name)
            self.writer.undo_stack.push(ChangeCommand(Untick(tick), text, self._undo_step))
            row.pending = False
            self._sync_done()
            self.plan_changed.emit()

        def given_up() -> None:
            row.pending = False
            self._sync_done()

        row.pending = True
        self.writer.write(
            work, written, failure=self.tr("That was not unticked."), given_up=given_up
        )

    def _undo_step(self, error: str | None) -> None:
        """A tick or untick undone or redone from the window's Edit menu (or Ctrl+Z)."""
        self._sync_done()
        self._after_undo(error)

    def _sync_done(self) -> None:
        """Show each row on screen as done or not, as its tick now is."""
        for item in self._items.values():
            if shiboken6.isValid(item) and item.treeWidget() is not None:
                done = self.is_done(item)
                shown = item.font(Column.WHO).strikeOut()
                checked = item.checkState(Column.WHO) == Qt.CheckState.Checked
                if shown != done or checked != done:
                    self._show_done(item, done)

    def _set_checked(self, item: QTreeWidgetItem, checked: bool) -> None:
        self._filling = True
        item.setCheckState(
            Column.WHO, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )
        self._filling = False

    def _show_done(self, item: QTreeWidgetItem, done: bool) -> None:
        """Struck through and greyed with an Undo button, or back as it was."""
        row = row_of(item)
        assert row is not None
        listed = self.list_of(item)
        self._filling = True
        item.setCheckState(Column.WHO, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        strike(item, done, self.palette().placeholderText(), make_item(row.entry))
        if done:
            cell = done_cell(self.tr("Done"), self.tr("Undo"),
                             self.tr("Undo ticking off {item}").format(item=item.text(Column.WHO)),
                             lambda: self._untick_if_valid(item))  # fmt: skip
            listed.setItemWidget(item, Column.REACH, cell)
            item.setData(Column.REACH, Qt.ItemDataRole.UserRole, item.text(Column.REACH))
            item.setText(Column.REACH, "")
        elif listed.itemWidget(item, Column.REACH) is not None:
            listed.removeItemWidget(item, Column.REACH)
            item.setText(Column.REACH, str(item.data(Column.REACH, Qt.ItemDataRole.UserRole) or ""))
        self._filling = False

    def _untick_if_valid(self, item: QTreeWidgetItem) -> None:
        if shiboken6.isValid(item) and item.treeWidget() is not None:
            self._untick(item)

    # Moving around -------------------------------------------------------------------------------

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        more = more_of(item)
        if more is not None:
            parent = item.parent()
            key = None if parent is None else parent.data(Column.WHO, GROUP_ROLE)
            if isinstance(key, str):
                self.show_more(key)
            return
        if isinstance(item.data(Column.WHO, GROUP_ROLE), str):
            item.setExpanded(not item.isExpanded())
            return
        row = row_of(item)
        if row is None:
            return
        if row.entry.posting_id is not None:
            self.posting_activated.emit(row.entry.posting_id)
        elif row.entry.meeting_id is not None and not row.entry.check:
            self.meeting_activated.emit(row.entry.meeting_id)
        else:
            self.contact_activated.emit(row.entry.contact_id)

    def row_menu(self, item: QTreeWidgetItem | None) -> QMenu | None:
        """A row's context menu: a message about its item (None: a row about nobody)."""
        row = row_of(item)
        if row is None or not row.entry.contact_id:
            return None
        menu = QMenu(self)
        write = menu.addAction(icon("compose"), self.tr("Compose a message..."))
        write.triggered.connect(lambda: self.compose_requested.emit(row.entry.item))
        return menu

    def _row_menu(self, source: SectionList, pos: QPoint) -> None:
        if (menu := self.row_menu(source.itemAt(pos))) is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(source.viewport().mapToGlobal(pos))

    def _move_into(self, target: SectionList, *, down: bool) -> None:
        """Up/Down past the end of one list goes on in the next one shown."""
        enter_next_shown(list(self.lists.values()), target, down=down)

    def _scroll_to(self, source: SectionList, rect: QRect) -> None:
        top = source.mapTo(self._content, rect.topLeft())
        self.page_scroll.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height())
