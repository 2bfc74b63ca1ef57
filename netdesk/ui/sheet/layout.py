"""The printed weekly outreach sheet: the week's plan laid out on paper.

Two steps, so a large sheet never blocks the window:

- :func:`layout_sheet` (here) decides what goes on which page, with the text measured and wrapped
  by :mod:`netdesk.ui.sheet.measure`. It uses fonts and ``QTextLayout`` but no widget and no
  window, so it runs in a worker thread. Its result, a
  :class:`~netdesk.ui.sheet.measure.SheetLayout`, is plain data (strings and coordinates in
  points).
- :func:`~netdesk.ui.sheet.paint.paint_sheet` paints that layout on any paged device: a
  ``QPdfWriter`` for a PDF file, the ``QPrinter`` of the print preview or of a real printer.
  Painting is cheap.

The plan holds the week's capacity of items (:mod:`netdesk.core.week_queue`), so the sheet
takes one to three pages for any network; it counts what waits, and prints the first of it only
when asked to. Names and notes are drawn as plain text, never through HTML, so ``<b>`` in a
name prints as those three characters. An item (one person, one meeting) is never split across
pages unless it is taller than a whole page; a section's heading is repeated on every page it
continues on. Coordinates are in points, so the same layout prints on any resolution.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QTime,
)
from PySide6.QtGui import (
    QPageLayout,
)

from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import (
    CallItem,
    KeepInTouchItem,
    MeetingItem,
    PlanItem,
    Suggestion,
    ThankYouItem,
    WeekPlan,
)
from netdesk.core.week_queue import Source
from netdesk.models.enums import MeetingKind, Relationship
from netdesk.ui import labels
from netdesk.ui.sheet.jobs import (
    group_label,
    numbers_block,
    numbers_rows,
    posting_block,
    trend_block,
)
from netdesk.ui.sheet.measure import (
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    HEADING_GAP,
    INDENT,
    ITEM_GAP,
    MAX_PAGES,
    MIN_NOTE_LINES,
    NOTE_LINE_SPACING,
    SECTION_GAP,
    Block,
    Builder,
    LineOp,
    Metrics,
    Op,
    PlacedBlock,
    SheetLayout,
    Style,
    TextOp,
    default_paper,
    page_layout,
    shift_op,
)
from netdesk.ui.sheet.waiting import (
    by_source,
    keep_in_touch_texts,
    waiting_block,
    waiting_note,
    waiting_title,
)


def _day(d: date, this_year: int | None = None) -> str:
    """Like "Mon 23 Nov"; with the year when it is not ``this_year`` ("Tue 4 Aug 2025")."""
    fmt = "ddd d MMM" if this_year in (None, d.year) else "ddd d MMM yyyy"
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def _long_day(d: date, year: bool = False) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM" + (" yyyy" * year))


def _time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def _join(*parts: str) -> str:
    return "  \u00b7  ".join(p for p in parts if p)


class _Composer:
    """Puts blocks on pages: items whole, headings with their first item, notes at the end."""

    def __init__(
        self,
        plan: WeekPlan,
        layout: QPageLayout,
        waiting: Sequence[tuple[Source, PlanItem]] = (),
        compact: bool = False,
    ) -> None:
        self.plan = plan
        self.layout = layout
        self.waiting = waiting
        self.compact = compact
        rect = layout.paintRect(QPageLayout.Unit.Point)
        self.width = rect.width()
        self.page_height = rect.height()
        self.top = HEADER_HEIGHT
        self.bottom = self.page_height - FOOTER_HEIGHT
        self.m = Metrics()
        self.year = plan.week.monday.year
        self.pages: list[list[PlacedBlock]] = [[]]
        self.y = self.top
        self._continued: Block | None = None

    # Pagination ----------------------------------------------------------------------------------

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self._continued is not None:
            self._put(self._continued)

    def _put(self, block: Block) -> None:
        self.pages[-1].append(PlacedBlock(self.y, block.ops))
        self.y += block.height

    def place(self, block: Block, gap: float = ITEM_GAP) -> None:
        if self.y + block.height > self.bottom and self.y > self.top + 0.5:
            self._new_page()
        if self.y + block.height <= self.bottom + 0.5:
            self._put(block)
        else:
            self._split(block)
        self.y += gap

    def _split(self, block: Block) -> None:
        """Only for an item taller than a page: cut it between lines."""
        ops = sorted(block.ops, key=lambda op: op.y)
        chunk: list[Op] = []
        offset = 0.0
        for op in ops:
            if chunk and self.y + (op.y + op.height - offset) > self.bottom:
                self.pages[-1].append(PlacedBlock(self.y - offset, chunk))
                chunk = []
                self._new_page()
                offset = op.y
            chunk.append(op)
        if chunk:
            self.pages[-1].append(PlacedBlock(self.y - offset, chunk))
            self.y += block.height - offset

    def section(self, title: str, count: int | None, blocks: list[Block]) -> None:
        heading = self._heading(title, count)
        first = blocks[0].height if blocks else 0.0
        needed = heading.height + HEADING_GAP + min(first, self.bottom - self.top - 100.0)
        if self.y > self.top + 0.5 and self.y + needed > self.bottom:
            self._new_page()
        self.place(heading, gap=HEADING_GAP)
        self._continued = self._heading(
            QCoreApplication.translate("WeeklySheet", "{title} (continued)").format(title=title),
            None,
        )
        for block in blocks:
            self.place(block)
        self._continued = None
        self.y += SECTION_GAP - ITEM_GAP

    def _heading(self, title: str, count: int | None) -> Block:
        b = Builder(self.m, self.width)
        right = str(count) if count else ""
        right_width = self.m.width(right, Style.SECTION) + 8 if right else 0.0
        ops = b.text(title, Style.SECTION, 0, self.width - right_width)
        if right:
            first = ops[0]
            b.block.ops.append(
                TextOp(
                    self.width - right_width + 8,
                    first.y,
                    first.ascent,
                    first.height,
                    right,
                    Style.SECTION,
                )
            )
        b.space(1.5)
        b.rule(0, self.width, 1.2)
        b.space(5)
        return b.done()

    # Items ---------------------------------------------------------------------------------------

    def _builder(self) -> Builder:
        return Builder(self.m, self.width, self.compact)

    def _contact_line(self, phone: str, email: str) -> str:
        if not phone and not email:
            return QCoreApplication.translate(
                "WeeklySheet", "No phone or e-mail on file: look them up before calling"
            )
        return _join(phone, email)

    def call(self, item: CallItem, overdue: bool) -> Block:
        b = self._builder()
        if item.due is None:
            when = QCoreApplication.translate("WeeklySheet", "New referral")
        elif item.referrer:
            when = (
                QCoreApplication.translate("WeeklySheet", "Was due {day}")
                if overdue
                else QCoreApplication.translate("WeeklySheet", "Due {day}")
            ).format(day=_day(item.due, self.year))
        else:
            when = (
                QCoreApplication.translate("WeeklySheet", "Follow up, was due {day}")
                if overdue
                else QCoreApplication.translate("WeeklySheet", "Follow up {day}")
            ).format(day=_day(item.due, self.year))
        middle = b.headline(item.name, item.organization, when)
        b.box(middle)
        b.text(self._contact_line(item.phone, item.email), Style.BODY, INDENT, None, b.lines)
        if item.referrer:
            referred = (
                QCoreApplication.translate("WeeklySheet", "Referred by {name}, who will call ahead")
                if item.calls_ahead
                else QCoreApplication.translate("WeeklySheet", "Referred by {name}")
            ).format(name=isolate_bidi(item.referrer))
            if item.due is None and item.contact_id in self.plan.waiting_since:
                referred = _join(  # the name ages visibly
                    self.plan.waiting_since[item.contact_id],
                    QCoreApplication.translate("WeeklySheet", "they will call ahead")
                    if item.calls_ahead
                    else "",
                )
            quote = f"\u201c{item.opening_line}\u201d"
            if self.compact:  # one line for both
                b.text(f"{referred}: {quote}", Style.BODY, INDENT, None, b.lines)
            else:
                b.text(referred, Style.BODY, INDENT, None, b.lines)
                b.text(quote, Style.QUOTE, INDENT + 8, None, b.lines)
        if item.reason:
            b.text(
                QCoreApplication.translate("WeeklySheet", "Why meet: {reason}").format(
                    reason=item.reason
                ),
                Style.BODY,
                INDENT,
                max_lines=b.lines,
            )
        return b.done()

    def meeting(self, item: MeetingItem) -> Block:
        b = self._builder()
        column = 90.0
        day_ops = b.text(_day(item.starts_at.date()), Style.NAME, 0, column - 6)
        b.text(f"{_time(item.starts_at)}\u2013{_time(item.ends_at)}", Style.BODY, 0, column - 6)
        left_bottom = b.y
        b.y = day_ops[0].y
        b.headline(item.name, item.organization, "", x=column)
        kind = labels.label(MeetingKind(item.kind)) if item.kind in set(MeetingKind) else item.kind
        b.text(
            QCoreApplication.translate("WeeklySheet", "{kind} meeting").format(kind=kind)
            + (f": {item.purpose}" if item.purpose else ""),
            Style.BODY,
            column,
            max_lines=b.lines,
        )
        if item.agenda:  # the points in a row: a meeting is a few lines, not half a page
            label = QCoreApplication.translate("WeeklySheet", "Agenda")
            points = "   ".join(f"\u2022\u00a0{point}" for point in item.agenda)
            if self.compact:
                b.text(f"{label}:   {points}", Style.BODY, column, max_lines=b.lines)
            else:
                b.text(label, Style.LABEL, column)
                b.text(points, Style.BODY, column + 4, max_lines=b.lines)
        b.text(
            QCoreApplication.translate(
                "WeeklySheet", "Time boundary: {minutes} minutes, finish by {end}"
            ).format(minutes=item.planned_minutes, end=_time(item.ends_at)),
            Style.BODY,
            column,
        )
        b.space(2)
        ops = b.text(
            QCoreApplication.translate("WeeklySheet", "Ask for two names:"),
            Style.LABEL,
            column + INDENT,
        )
        b.box(ops[0].y + ops[0].height / 2, column)
        line_y = ops[-1].y + ops[-1].ascent + 1.5
        start = (
            column
            + INDENT
            + self.m.width(
                QCoreApplication.translate("WeeklySheet", "Ask for two names:"), Style.LABEL
            )
            + 8
        )
        half = (self.width - start) / 2
        if half > 60:
            for i in range(2):
                b.block.ops.append(
                    LineOp(start + i * half + 6, line_y, start + (i + 1) * half - 6, 0.5, True)
                )
        else:
            for _ in range(2):
                b.space(14)
                b.rule(column + INDENT, self.width, 0.5, dotted=True)
        b.y = max(b.y, left_bottom)
        return b.done()

    def thank_you(self, item: ThankYouItem, overdue: bool) -> Block:
        b = self._builder()
        when = (
            QCoreApplication.translate("WeeklySheet", "Was due {day}")
            if overdue
            else QCoreApplication.translate("WeeklySheet", "Due {day}")
        ).format(day=_day(item.due, self.year))
        middle = b.headline(item.name, "", when)
        b.box(middle)
        met = QCoreApplication.translate("WeeklySheet", "Met {day}").format(
            day=_day(item.meeting_date, self.year)
        )
        email = (
            QCoreApplication.translate("WeeklySheet", "E-mail: {email}").format(email=item.email)
            if item.email
            else ""
        )
        b.text(_join(met, email), Style.BODY, INDENT, max_lines=b.lines)
        if item.address:
            b.text(
                QCoreApplication.translate("WeeklySheet", "Post: {address}").format(
                    address=item.address
                ),
                Style.BODY,
                INDENT,
                max_lines=b.lines,
            )
        if not item.email and not item.address:
            b.text(
                QCoreApplication.translate(
                    "WeeklySheet", "No address on file: ask for a card or look it up"
                ),
                Style.BODY,
                INDENT,
            )
        return b.done()

    def suggestion(self, item: Suggestion) -> Block:
        b = self._builder()
        relation = (
            labels.label(Relationship(item.relationship))
            if item.relationship in set(Relationship)
            else item.relationship
        )
        middle = b.headline(item.name, item.organization, relation)
        b.box(middle)
        last = (
            QCoreApplication.translate("WeeklySheet", "Last in touch {day}").format(
                day=_day(item.last_contact, self.year)
            )
            if item.last_contact
            else QCoreApplication.translate("WeeklySheet", "Not contacted yet")
        )
        b.text(_join(last, self._contact_line(item.phone, item.email)), Style.BODY, INDENT,
               max_lines=b.lines)  # fmt: skip
        return b.done()

    def keep_in_touch(self, item: KeepInTouchItem) -> Block:
        b = self._builder()
        when, more = keep_in_touch_texts(item, self.year)
        b.box(b.headline(item.name, "", when))
        b.text(more, Style.BODY, INDENT, max_lines=b.lines)
        return b.done()

    def note(self, text: str, style: Style = Style.QUOTE) -> Block:
        b = Builder(self.m, self.width)
        b.text(text, style)
        return b.done()

    def notes(self) -> None:
        """Ruled lines for handwriting: the rest of the last page, at least a few lines."""
        heading = self._heading(QCoreApplication.translate("WeeklySheet", "Notes"), None)
        needed = heading.height + (2 if self.compact else MIN_NOTE_LINES) * NOTE_LINE_SPACING
        if self.y + needed > self.bottom and self.y > self.top + 0.5:
            if self.compact:
                return  # a compact sheet takes no page for them
            self._new_page()
        self.place(heading, gap=0)
        b = Builder(self.m, self.width)
        room = self.bottom - self.y - 1.0
        while b.y + NOTE_LINE_SPACING <= room:
            b.space(NOTE_LINE_SPACING)
            b.rule(0, self.width, 0.5, dotted=True)
        self._put(b.done())

    # Whole sheet ---------------------------------------------------------------------------------

    def compose(self) -> SheetLayout:
        plan = self.plan
        if plan.is_empty:
            self._empty_week()
        else:
            self.section(
                QCoreApplication.translate("WeeklySheet", "Calls and e-mails to make"),
                len(plan.calls),
                [self.call(c, False) for c in plan.calls]
                or [
                    self.note(
                        QCoreApplication.translate(
                            "WeeklySheet", "No calls or e-mails due this week."
                        )
                    )
                ],
            )
            self.section(
                QCoreApplication.translate("WeeklySheet", "Meetings this week"),
                len(plan.meetings),
                [self.meeting(m) for m in plan.meetings]
                or [
                    self.note(
                        QCoreApplication.translate(
                            "WeeklySheet",
                            "No meetings booked yet: the calls above are how you get them.",
                        )
                    )
                ],
            )
            self.section(
                QCoreApplication.translate("WeeklySheet", "Thank-you notes owed"),
                len(plan.thank_yous),
                [self.thank_you(t, False) for t in plan.thank_yous]
                or [
                    self.note(
                        QCoreApplication.translate(
                            "WeeklySheet", "No thank-you notes due this week."
                        )
                    )
                ],
            )
            self._postings()
            if plan.suggestions:
                self.section(
                    QCoreApplication.translate("WeeklySheet", "Who to reach out to next"),
                    len(plan.suggestions),
                    [self.suggestion(s) for s in plan.suggestions],
                )
            if plan.keep_in_touch:
                self.section(
                    QCoreApplication.translate("WeeklySheet", "Due to keep in touch"),
                    len(plan.keep_in_touch),
                    [self.keep_in_touch(k) for k in plan.keep_in_touch],
                )
            if plan.favours:
                self.section(
                    QCoreApplication.translate("WeeklySheet", "Give back"),
                    len(plan.favours),
                    [self.note(f.sentence, Style.BODY) for f in plan.favours],
                )
            self._overdue()
        self._waiting()
        if plan.last_week is not None or plan.campaign is not None:
            title = QCoreApplication.translate("WeeklySheet", "Last week in numbers ({week})")
            table = numbers_block(self.m, self.width, numbers_rows(plan.campaign, plan.last_week))
            trend = trend_block(self.m, self.width, plan.recent_weeks)
            blocks = [trend, table] if plan.recent_weeks else [table]
            heading = self._heading(title, None)
            height = heading.height + sum(block.height for block in blocks)
            # A compact sheet has no page for them (This week shows them too).
            if not self.compact or self.y + height <= self.bottom:
                self.section(title.format(week=plan.week.previous().iso), None, blocks)
        self.notes()
        if not self.pages[-1]:
            self.pages.pop()
        self._decorate()
        return SheetLayout(
            page_layout=self.layout,
            pages=self.pages,
            unrenderable=self.m.unrenderable,
            title=QCoreApplication.translate("WeeklySheet", "Weekly outreach sheet {week}").format(
                week=plan.week.iso
            ),
        )

    def _overdue(self) -> None:
        plan = self.plan
        blocks: list[Block] = []
        if plan.overdue_calls:
            calls = [self.call(c, True) for c in plan.overdue_calls]
            blocks.extend(
                self._labelled(
                    QCoreApplication.translate("WeeklySheet", "Calls and e-mails"), calls
                )
            )
        if plan.overdue_thank_yous:
            notes = [self.thank_you(t, True) for t in plan.overdue_thank_yous]
            blocks.extend(
                self._labelled(QCoreApplication.translate("WeeklySheet", "Thank-you notes"), notes)
            )
        count = len(plan.overdue_calls) + len(plan.overdue_thank_yous)
        self.section(
            QCoreApplication.translate("WeeklySheet", "Overdue from earlier weeks"),
            count,
            blocks or [self.note(QCoreApplication.translate("WeeklySheet", "Nothing overdue."))],
        )

    def _waiting(self) -> None:
        """How many wait beyond the week's capacity, and the first of them if asked for."""
        plan = self.plan
        if not plan.waiting:
            return
        blocks = [waiting_note(self.m, self.width, plan, len(self.waiting))]
        for source, items in by_source(self.waiting):
            made = [waiting_block(self.m, self.width, i, self.year) for i in items]
            blocks.extend(self._labelled(source.title(), made))
        rest = plan.waiting - len(self.waiting)
        if self.waiting and rest:
            blocks.append(
                self.note(
                    QCoreApplication.translate("WeeklySheet", "and {count} more not printed")
                    .format(count=QLocale().toString(rest))
                )
            )  # fmt: skip
        self.section(waiting_title(plan), None, blocks)

    def _postings(self) -> None:
        """The job postings to act on, by what to do; left out when there are none."""
        plan = self.plan
        blocks: list[Block] = []
        for items in (plan.interviews, plan.deadlines, plan.introductions, plan.stale):
            if items:
                made = [
                    posting_block(self.m, self.width, i, plan.today, self.year, self.compact)
                    for i in items
                ]
                blocks.extend(self._labelled(group_label(items[0].action), made))
        if blocks:
            self.section(
                QCoreApplication.translate("WeeklySheet", "Job postings"),
                len(plan.postings),
                blocks,
            )

    def _labelled(self, label: str, blocks: list[Block]) -> list[Block]:
        """A sub-heading joined to the first item, so it never ends a page alone."""
        head = self.note(label, Style.LABEL)
        gap = 4.0
        first = blocks[0]
        joined = Block(
            head.ops + [shift_op(op, head.height + gap) for op in first.ops],
            head.height + gap + first.height,
        )
        return [joined, *blocks[1:]]

    def _empty_week(self) -> None:
        intro = Builder(self.m, self.width)
        intro.text(
            QCoreApplication.translate("WeeklySheet", "Nothing is planned for this week yet."),
            Style.NAME,
        )
        intro.space(3)
        intro.text(
            QCoreApplication.translate(
                "WeeklySheet",
                "A good week starts here: call or e-mail the people below, people you already "
                "know and have not spoken to for a while. Ask each for fifteen minutes of advice, "
                "and at the end of every meeting ask for two names.",
            ),
            Style.BODY,
        )
        self.place(intro.done(), gap=SECTION_GAP)
        suggestions = [self.suggestion(s) for s in self.plan.suggestions]
        self.section(
            QCoreApplication.translate("WeeklySheet", "Who to reach out to next"),
            len(suggestions),
            suggestions
            or [
                self.note(
                    QCoreApplication.translate(
                        "WeeklySheet",
                        "Start with the people you already know: family, friends, neighbours, "
                        "former co-workers, classmates. Add them to NetDesk as warm leads and "
                        "they will be listed here.",
                    ),
                    Style.BODY,
                )
            ],
        )

    def _decorate(self) -> None:
        """Header and footer on every page, now that the number of pages is known."""
        week = self.plan.week
        title = QCoreApplication.translate("WeeklySheet", "Weekly outreach sheet")
        week_label = QCoreApplication.translate("WeeklySheet", "Week {number}, {year}").format(
            number=week.monday.isocalendar()[1], year=week.monday.isocalendar()[0]
        )
        spans_new_year = week.monday.year != week.sunday.year
        dates = (
            f"{_long_day(week.monday, year=spans_new_year)} \u2013 "
            f"{_long_day(week.sunday, year=True)}"
        )
        printed = QCoreApplication.translate(
            "WeeklySheet", "NetDesk  \u00b7  printed {day}"
        ).format(day=_long_day(self.plan.today, year=True))
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            b = Builder(self.m, self.width)
            week_width = self.m.width(week_label, Style.TITLE) + 12
            first = b.text(title, Style.TITLE, 0, self.width - week_width)
            b.block.ops.append(
                TextOp(
                    self.width - week_width + 12,
                    first[0].y,
                    first[0].ascent,
                    first[0].height,
                    week_label,
                    Style.TITLE,
                )
            )
            b.text(dates, Style.SUBTITLE)
            b.space(3)
            b.rule(0, self.width, 1.6)
            page.insert(0, PlacedBlock(0.0, b.block.ops))
            f = Builder(self.m, self.width)
            page_text = QCoreApplication.translate("WeeklySheet", "Page {page} of {total}").format(
                page=number, total=total
            )
            page_width = self.m.width(page_text, Style.FOOTER) + 2
            f.rule(0, self.width, 0.5)
            f.space(5)
            f.text(printed, Style.FOOTER, 0, self.width - page_width - 10)
            f.y -= f.block.ops[-1].height
            f.text(page_text, Style.FOOTER, self.width - page_width)
            page.append(PlacedBlock(self.page_height - FOOTER_HEIGHT + 6, f.block.ops))


def layout_sheet(
    plan: WeekPlan,
    layout: QPageLayout | None = None,
    waiting: Sequence[tuple[Source, PlanItem]] = (),
) -> SheetLayout:
    """Measure, wrap and paginate the sheet; no widgets, so it may run in a worker thread.

    What waits beyond the week's capacity is counted; ``waiting`` (at most
    :data:`~netdesk.ui.sheet.waiting.PRINTED_WAITING` of :func:`netdesk.core.week_queue
    .waiting_items`) is printed after the plan. A week that would take more than
    :data:`~netdesk.ui.sheet.measure.MAX_PAGES` pages (very long texts typed) is laid out
    again, compact: a line of each text, and the numbers and the lines for notes only where the
    last page has room for them; so the default capacity's week fits whatever was typed."""
    layout = layout or page_layout(default_paper())
    sheet = _Composer(plan, layout).compose()
    compact = sheet.page_count > MAX_PAGES
    if compact or waiting:
        sheet = _Composer(plan, layout, waiting, compact).compose()
    return sheet
