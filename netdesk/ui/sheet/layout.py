"""The printed weekly outreach sheet: the week's plan laid out on paper.

Two steps, so a large sheet never blocks the window:

- :func:`layout_sheet` measures and wraps every line and decides what goes on which page. It uses
  fonts and ``QTextLayout`` but no widget and no window, so it runs in a worker thread. Its result,
  :class:`SheetLayout`, is plain data (strings and coordinates in points).
- :func:`paint_sheet` paints that layout on any paged device: a ``QPdfWriter`` for a PDF file, the
  ``QPrinter`` of the print preview or of a real printer. Painting is cheap.

Names and notes are drawn as plain text with ``QPainter.drawText``, never through HTML, so ``<b>``
in a name prints as those three characters. An item (one person, one meeting) is never split across
pages unless it is taller than a whole page; a section's heading is repeated on every page it
continues on. Coordinates are in points, so the same layout prints on any resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from netdesk.core.saving import save_file
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import (
    CallItem,
    MeetingItem,
    Suggestion,
    ThankYouItem,
    WeekNumbers,
    WeekPlan,
)
from netdesk.models.enums import MeetingKind, Relationship
from netdesk.ui import labels

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_PT = 40.0  # about 14 mm: inside every printer's unprintable border

# Families tried in order for every character; the CJK ones only supply what the first lacks.
FAMILIES = [
    "DejaVu Sans",
    "Noto Sans",
    "Liberation Sans",
    "Helvetica",
    "Arial",
    "Segoe UI",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "Yu Gothic",
    "Malgun Gothic",
    "PingFang SC",
    "Hiragino Sans",
    "Apple SD Gothic Neo",
]

HEADER_HEIGHT = 46.0
FOOTER_HEIGHT = 22.0
INDENT = 17.0  # text beside a check box
BOX = 8.5  # check box side
ITEM_GAP = 8.0
HEADING_GAP = 4.0
SECTION_GAP = 14.0
NOTE_LINE_SPACING = 21.0
MIN_NOTE_LINES = 6


class Style(IntEnum):
    TITLE = 0
    SUBTITLE = 1
    SECTION = 2
    NAME = 3
    BODY = 4
    QUOTE = 5
    SMALL = 6
    LABEL = 7
    FOOTER = 8


_SIZES = {
    Style.TITLE: (15.0, True, False),
    Style.SUBTITLE: (9.5, False, False),
    Style.SECTION: (12.0, True, False),
    Style.NAME: (10.5, True, False),
    Style.BODY: (9.5, False, False),
    Style.QUOTE: (9.5, False, True),
    Style.SMALL: (8.5, False, False),
    Style.LABEL: (9.5, True, False),
    Style.FOOTER: (8.0, False, False),
}


def font_for(style: Style) -> QFont:
    size, bold, italic = _SIZES[style]
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    # Layout happens at 72 dpi and painting at the printer's resolution: without hinting the
    # advances scale exactly, so the lines measured in the worker fit when painted.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeeklySheet", text)


# Layout result -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextOp:
    """One wrapped line of plain text; ``y`` is the line's top, ``ascent`` places the baseline."""

    x: float
    y: float
    ascent: float
    height: float
    text: str
    style: Style


@dataclass(frozen=True, slots=True)
class BoxOp:
    """A check box to tick by hand."""

    x: float
    y: float
    size: float

    @property
    def height(self) -> float:
        return self.size


@dataclass(frozen=True, slots=True)
class LineOp:
    """A rule (solid) or a line to write on (dotted)."""

    x1: float
    y: float
    x2: float
    weight: float
    dotted: bool = False

    @property
    def height(self) -> float:
        return self.weight


Op = TextOp | BoxOp | LineOp


@dataclass
class Block:
    """Something that stays together on one page: one person, one meeting, a heading."""

    ops: list[Op] = field(default_factory=list)
    height: float = 0.0


@dataclass(frozen=True)
class PlacedBlock:
    dy: float
    ops: list[Op]


@dataclass
class SheetLayout:
    """The whole sheet as plain data; safe to hand from a worker to the GUI thread."""

    page_layout: QPageLayout
    pages: list[list[PlacedBlock]]
    unrenderable: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def text(self) -> str:
        """Every line in reading order (for tests and accessibility)."""
        lines = []
        for page in self.pages:
            for placed in page:
                lines.extend(op.text for op in placed.ops if isinstance(op, TextOp))
        return "\n".join(lines)


def page_layout(paper: str = "A4") -> QPageLayout:
    """Portrait ``A4`` or ``Letter`` with margins every printer can print inside."""
    if paper not in PAPERS:
        raise ValueError(f"{paper!r} is not a paper size NetDesk knows (A4 or Letter)")
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
        QPageLayout.Unit.Point,
    )


def default_paper() -> str:
    """Letter where it is the norm (the US and Canada), A4 everywhere else."""
    locale = QLocale()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    return "Letter" if locale.territory() in letter else "A4"


# Laying out --------------------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")

_Line = tuple[float, float, float, float, str]  # x, y, ascent, height, text


def _clean(text: str) -> str:
    """Control characters (tabs, stray escapes) would print as boxes; newlines are kept."""
    return _CONTROL.sub(" ", text)


class _Metrics:
    """Wraps text at 72 dpi (one unit = one point) with each style's font.

    Results are cached: a sheet repeats many short strings ("Agenda", phone numbers, dates).
    """

    def __init__(self) -> None:
        self._device = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_meter = round(72 / 0.0254)
        self._device.setDotsPerMeterX(dots_per_meter)
        self._device.setDotsPerMeterY(dots_per_meter)
        self._fonts = {style: font_for(style) for style in Style}
        self._option = QTextOption()
        self._option.setUseDesignMetrics(True)
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._cache: dict[tuple[str, Style, float], list[_Line]] = {}
        self.unrenderable: list[str] = []

    def wrap(self, text: str, style: Style, x: float, y: float, width: float) -> list[TextOp]:
        """The lines of ``text`` from ``(x, y)`` down, each at most ``width`` points wide."""
        ops: list[TextOp] = []
        width = max(round(width, 2), 20.0)
        for paragraph in _clean(text).split("\n"):
            key = (paragraph, style, width)
            lines = self._cache.get(key)
            if lines is None:
                if len(self._cache) > 20_000:
                    self._cache.clear()
                lines = self._cache[key] = self._wrap_paragraph(paragraph, style, width)
            ops.extend(TextOp(x + lx, y + ly, a, h, t, style) for lx, ly, a, h, t in lines)
            y = ops[-1].y + ops[-1].height
        return ops

    def _wrap_paragraph(self, text: str, style: Style, width: float) -> list[_Line]:
        layout = QTextLayout(text, self._fonts[style], self._device)
        layout.setTextOption(self._option)
        layout.beginLayout()
        lines: list[_Line] = []
        top = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, top))
            start = line.textStart()
            piece = text[start : start + line.textLength()].rstrip()
            height = line.height() * 1.08
            lines.append((line.x(), top, line.ascent(), height, piece))
            top += height
        layout.endLayout()
        if not lines:  # an empty paragraph still takes a line
            height = self.line_height(style)
            lines.append((0.0, 0.0, height * 0.75, height, ""))
        if _BEYOND_LATIN.search(text):
            self._check_glyphs(layout, text)
        return lines

    def _check_glyphs(self, layout: QTextLayout, text: str) -> None:
        """Remember text that no installed font can draw (it would print as boxes)."""
        for run in layout.glyphRuns():
            if not run.rawFont().familyName() or 0 in run.glyphIndexes():
                if text not in self.unrenderable:
                    self.unrenderable.append(text)
                return

    def line_height(self, style: Style) -> float:
        return self._fonts[style].pointSizeF() * 1.25

    def width(self, text: str, style: Style) -> float:
        """The natural width of one line of ``text``."""
        key = (text, style, -1.0)
        cached = self._cache.get(key)
        if cached is None:
            layout = QTextLayout(_clean(text), self._fonts[style], self._device)
            layout.setTextOption(self._option)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(1e6)
            layout.endLayout()
            cached = self._cache[key] = [(line.naturalTextWidth(), 0.0, 0.0, 0.0, "")]
        return cached[0][0]


class _Builder:
    """Builds one block: text placed top to bottom, with optional right-hand notes."""

    def __init__(self, metrics: _Metrics, width: float) -> None:
        self.m = metrics
        self.width = width
        self.block = Block()
        self.y = 0.0

    def text(
        self, text: str, style: Style, x: float = 0.0, width: float | None = None
    ) -> list[TextOp]:
        if not text:
            return []
        ops = self.m.wrap(text, style, x, self.y, (width or self.width) - x)
        self.block.ops.extend(ops)
        self.y = ops[-1].y + ops[-1].height
        return ops

    def headline(self, name: str, extra: str, right: str, x: float = INDENT) -> float:
        """Bold name (and organization) on the left, a short note (a due date) on the right.

        Returns the y of the first line's middle, to align a check box with.
        """
        right_width = min(self.m.width(right, Style.SMALL) + 10, self.width * 0.4) if right else 0.0
        top = self.y
        ops = self.m.wrap(name, Style.NAME, x, top, self.width - x - right_width)
        self.block.ops.extend(ops)
        self.y = ops[-1].y + ops[-1].height
        if extra:
            last = ops[-1]
            after = x + self.m.width(last.text, Style.NAME) + 9
            available = self.width - right_width - after
            if len(ops) > 1 or available < self.m.width(extra, Style.BODY):
                self.text(extra, Style.BODY, x, self.width - right_width)
            else:  # "Name   Organization" on one line, sharing the baseline
                one = self.m.wrap(extra, Style.BODY, after, 0, available)[0]
                baseline = last.y + last.ascent
                self.block.ops.append(
                    TextOp(one.x, baseline - one.ascent, one.ascent, one.height, one.text,
                           Style.BODY)
                )  # fmt: skip
        if right:  # first baseline level with the name's; a long note wraps in its column
            first = ops[0]
            column = right_width - 9  # 1 pt of slack: the width was measured, then rounded
            notes = self.m.wrap(right, Style.SMALL, self.width - right_width + 10, 0, column)
            shift = first.y + first.ascent - notes[0].ascent
            self.block.ops.extend(_shift(op, shift) for op in notes)
        return ops[0].y + ops[0].height / 2

    def box(self, middle: float, x: float = 0.0) -> None:
        self.block.ops.append(BoxOp(x, middle - BOX / 2 + 0.5, BOX))

    def rule(self, x1: float, x2: float, weight: float = 0.6, dotted: bool = False) -> None:
        self.block.ops.append(LineOp(x1, self.y, x2, weight, dotted))

    def space(self, points: float) -> None:
        self.y += points

    def done(self) -> Block:
        self.block.height = max(
            self.y, max((op.y + op.height for op in self.block.ops), default=0.0)
        )
        return self.block


def _shift(op: Op, dy: float) -> Op:
    if isinstance(op, TextOp):
        return TextOp(op.x, op.y + dy, op.ascent, op.height, op.text, op.style)
    if isinstance(op, BoxOp):
        return BoxOp(op.x, op.y + dy, op.size)
    return LineOp(op.x1, op.y + dy, op.x2, op.weight, op.dotted)


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

    def __init__(self, plan: WeekPlan, layout: QPageLayout) -> None:
        self.plan = plan
        self.layout = layout
        rect = layout.paintRect(QPageLayout.Unit.Point)
        self.width = rect.width()
        self.page_height = rect.height()
        self.top = HEADER_HEIGHT
        self.bottom = self.page_height - FOOTER_HEIGHT
        self.m = _Metrics()
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
        self._continued = self._heading(_tr("{title} (continued)").format(title=title), None)
        for block in blocks:
            self.place(block)
        self._continued = None
        self.y += SECTION_GAP - ITEM_GAP

    def _heading(self, title: str, count: int | None) -> Block:
        b = _Builder(self.m, self.width)
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

    def _contact_line(self, phone: str, email: str) -> str:
        if not phone and not email:
            return _tr("No phone or e-mail on file: look them up before calling")
        return _join(phone, email)

    def call(self, item: CallItem, overdue: bool) -> Block:
        b = _Builder(self.m, self.width)
        if item.due is None:
            when = _tr("New referral")
        elif item.referrer:
            when = (_tr("Was due {day}") if overdue else _tr("Due {day}")).format(
                day=_day(item.due, self.year)
            )
        else:
            when = (_tr("Follow up, was due {day}") if overdue else _tr("Follow up {day}")).format(
                day=_day(item.due, self.year)
            )
        middle = b.headline(item.name, item.organization, when)
        b.box(middle)
        b.text(self._contact_line(item.phone, item.email), Style.BODY, INDENT)
        if item.referrer:
            referred = (
                _tr("Referred by {name}, who will call ahead")
                if item.calls_ahead
                else _tr("Referred by {name}")
            ).format(name=isolate_bidi(item.referrer))
            b.text(referred, Style.BODY, INDENT)
            b.text(f"\u201c{item.opening_line}\u201d", Style.QUOTE, INDENT + 8)
        if item.reason:
            b.text(_tr("Why meet: {reason}").format(reason=item.reason), Style.BODY, INDENT)
        return b.done()

    def meeting(self, item: MeetingItem) -> Block:
        b = _Builder(self.m, self.width)
        column = 90.0
        day_ops = b.text(_day(item.starts_at.date()), Style.NAME, 0, column - 6)
        b.text(f"{_time(item.starts_at)}\u2013{_time(item.ends_at)}", Style.BODY, 0, column - 6)
        left_bottom = b.y
        b.y = day_ops[0].y
        b.headline(item.name, item.organization, "", x=column)
        kind = labels.label(MeetingKind(item.kind)) if item.kind in set(MeetingKind) else item.kind
        b.text(
            _tr("{kind} meeting").format(kind=kind) + (f": {item.purpose}" if item.purpose else ""),
            Style.BODY,
            column,
        )
        if item.agenda:
            b.text(_tr("Agenda"), Style.LABEL, column)
            for point in item.agenda:
                bullet = b.text("\u2022", Style.BODY, column + 4)
                b.y = bullet[0].y
                b.text(point, Style.BODY, column + 14)
        b.text(
            _tr("Time boundary: {minutes} minutes, finish by {end}").format(
                minutes=item.planned_minutes, end=_time(item.ends_at)
            ),
            Style.BODY,
            column,
        )
        b.space(2)
        ops = b.text(_tr("Ask for two names:"), Style.LABEL, column + INDENT)
        b.box(ops[0].y + ops[0].height / 2, column)
        line_y = ops[-1].y + ops[-1].ascent + 1.5
        start = column + INDENT + self.m.width(_tr("Ask for two names:"), Style.LABEL) + 8
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
        b = _Builder(self.m, self.width)
        when = (_tr("Was due {day}") if overdue else _tr("Due {day}")).format(
            day=_day(item.due, self.year)
        )
        middle = b.headline(item.name, "", when)
        b.box(middle)
        b.text(_tr("Met {day}").format(day=_day(item.meeting_date, self.year)), Style.BODY, INDENT)
        if item.email:
            b.text(_tr("E-mail: {email}").format(email=item.email), Style.BODY, INDENT)
        if item.address:
            b.text(_tr("Post: {address}").format(address=item.address), Style.BODY, INDENT)
        if not item.email and not item.address:
            b.text(_tr("No address on file: ask for a card or look it up"), Style.BODY, INDENT)
        return b.done()

    def suggestion(self, item: Suggestion) -> Block:
        b = _Builder(self.m, self.width)
        relation = (
            labels.label(Relationship(item.relationship))
            if item.relationship in set(Relationship)
            else item.relationship
        )
        middle = b.headline(item.name, item.organization, relation)
        b.box(middle)
        last = (
            _tr("Last in touch {day}").format(day=_day(item.last_contact, self.year))
            if item.last_contact
            else _tr("Not contacted yet")
        )
        b.text(_join(last, self._contact_line(item.phone, item.email)), Style.BODY, INDENT)
        return b.done()

    def note(self, text: str, style: Style = Style.QUOTE) -> Block:
        b = _Builder(self.m, self.width)
        b.text(text, style)
        return b.done()

    def numbers(self, numbers: WeekNumbers) -> Block:
        b = _Builder(self.m, self.width)
        if numbers.referrals_per_meeting is None:
            per_meeting = _tr("no meetings held (goal {goal})").format(goal=numbers.goal)
        else:
            verdict = (
                _tr("goal reached")
                if numbers.referrals_per_meeting >= numbers.goal
                else _tr("below the goal")
            )
            per_meeting = _tr("{value} (goal {goal}: {verdict})").format(
                value=QLocale().toString(numbers.referrals_per_meeting, "f", 1),
                goal=numbers.goal,
                verdict=verdict,
            )
        on_time = (
            _tr("{sent} of {due}").format(
                sent=numbers.thank_yous_on_time, due=numbers.thank_yous_due
            )
            if numbers.thank_yous_due
            else _tr("none due")
        )
        rows = [
            (_tr("New contacts"), str(numbers.new_contacts)),
            (_tr("Meetings held"), str(numbers.meetings_held)),
            (_tr("Referrals obtained"), str(numbers.referrals_obtained)),
            (_tr("Referrals per meeting"), per_meeting),
            (_tr("Thank-you notes sent on time"), on_time),
        ]
        label_width = min(190.0, self.width / 2)
        for label, value in rows:
            top = b.y
            left = b.text(label, Style.BODY, 0, label_width - 8)
            bottom = b.y
            b.y = top
            b.text(value, Style.LABEL, label_width)
            b.y = max(b.y, bottom, left[-1].y + left[-1].height)
            b.space(1)
        return b.done()

    def notes(self) -> None:
        """Ruled lines for handwriting: the rest of the last page, at least a few lines."""
        heading = self._heading(_tr("Notes"), None)
        needed = heading.height + MIN_NOTE_LINES * NOTE_LINE_SPACING
        if self.y + needed > self.bottom and self.y > self.top + 0.5:
            self._new_page()
        self.place(heading, gap=0)
        b = _Builder(self.m, self.width)
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
                _tr("Calls and e-mails to make"),
                len(plan.calls),
                [self.call(c, False) for c in plan.calls]
                or [self.note(_tr("No calls or e-mails due this week."))],
            )
            self.section(
                _tr("Meetings this week"),
                len(plan.meetings),
                [self.meeting(m) for m in plan.meetings]
                or [
                    self.note(_tr("No meetings booked yet: the calls above are how you get them."))
                ],
            )
            self.section(
                _tr("Thank-you notes owed"),
                len(plan.thank_yous),
                [self.thank_you(t, False) for t in plan.thank_yous]
                or [self.note(_tr("No thank-you notes due this week."))],
            )
            self._overdue()
        if plan.last_week is not None:
            self.section(
                _tr("Last week in numbers ({week})").format(week=plan.week.previous().iso),
                None,
                [self.numbers(plan.last_week)],
            )
        self.notes()
        if not self.pages[-1]:
            self.pages.pop()
        self._decorate()
        return SheetLayout(
            page_layout=self.layout,
            pages=self.pages,
            unrenderable=self.m.unrenderable,
            title=_tr("Weekly outreach sheet {week}").format(week=plan.week.iso),
        )

    def _overdue(self) -> None:
        plan = self.plan
        blocks: list[Block] = []
        if plan.overdue_calls:
            calls = [self.call(c, True) for c in plan.overdue_calls]
            blocks.extend(self._labelled(_tr("Calls and e-mails"), calls))
        if plan.overdue_thank_yous:
            notes = [self.thank_you(t, True) for t in plan.overdue_thank_yous]
            blocks.extend(self._labelled(_tr("Thank-you notes"), notes))
        count = len(plan.overdue_calls) + len(plan.overdue_thank_yous)
        self.section(
            _tr("Overdue from earlier weeks"),
            count,
            blocks or [self.note(_tr("Nothing overdue."))],
        )

    def _labelled(self, label: str, blocks: list[Block]) -> list[Block]:
        """A sub-heading joined to the first item, so it never ends a page alone."""
        head = self.note(label, Style.LABEL)
        gap = 4.0
        first = blocks[0]
        joined = Block(
            head.ops + [_shift(op, head.height + gap) for op in first.ops],
            head.height + gap + first.height,
        )
        return [joined, *blocks[1:]]

    def _empty_week(self) -> None:
        intro = _Builder(self.m, self.width)
        intro.text(_tr("Nothing is planned for this week yet."), Style.NAME)
        intro.space(3)
        intro.text(
            _tr(
                "A good week starts here: call or e-mail the people below, people you already "
                "know and have not spoken to for a while. Ask each for fifteen minutes of advice, "
                "and at the end of every meeting ask for two names."
            ),
            Style.BODY,
        )
        self.place(intro.done(), gap=SECTION_GAP)
        suggestions = [self.suggestion(s) for s in self.plan.suggestions]
        self.section(
            _tr("Who to reach out to next"),
            len(suggestions),
            suggestions
            or [
                self.note(
                    _tr(
                        "Start with the people you already know: family, friends, neighbours, "
                        "former co-workers, classmates. Add them to NetDesk as warm leads and "
                        "they will be listed here."
                    ),
                    Style.BODY,
                )
            ],
        )

    def _decorate(self) -> None:
        """Header and footer on every page, now that the number of pages is known."""
        week = self.plan.week
        title = _tr("Weekly outreach sheet")
        week_label = _tr("Week {number}, {year}").format(
            number=week.monday.isocalendar()[1], year=week.monday.isocalendar()[0]
        )
        spans_new_year = week.monday.year != week.sunday.year
        dates = (
            f"{_long_day(week.monday, year=spans_new_year)} \u2013 "
            f"{_long_day(week.sunday, year=True)}"
        )
        printed = _tr("NetDesk  \u00b7  printed {day}").format(
            day=_long_day(self.plan.today, year=True)
        )
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            b = _Builder(self.m, self.width)
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
            f = _Builder(self.m, self.width)
            page_text = _tr("Page {page} of {total}").format(page=number, total=total)
            page_width = self.m.width(page_text, Style.FOOTER) + 2
            f.rule(0, self.width, 0.5)
            f.space(5)
            f.text(printed, Style.FOOTER, 0, self.width - page_width - 10)
            f.y -= f.block.ops[-1].height
            f.text(page_text, Style.FOOTER, self.width - page_width)
            page.append(PlacedBlock(self.page_height - FOOTER_HEIGHT + 6, f.block.ops))


def layout_sheet(plan: WeekPlan, layout: QPageLayout | None = None) -> SheetLayout:
    """Measure, wrap and paginate the sheet; no widgets, so it may run in a worker thread."""
    return _Composer(plan, layout or page_layout(default_paper())).compose()


# Painting ----------------------------------------------------------------------------------------


def paint_sheet(sheet: SheetLayout, device: QPagedPaintDevice, painter: QPainter | None = None
                ) -> None:  # fmt: skip
    """Paint every page on ``device`` (origin at the top-left of its printable area).

    The device's page layout should be ``sheet.page_layout``; pass ``painter`` when the caller
    has already begun painting (the print preview does).
    """
    own = painter is None
    painter = painter or QPainter()
    if own and not painter.begin(device):
        raise OSError(_tr("Cannot start printing (is the printer or file available?)"))
    try:
        sx = device.logicalDpiX() / 72.0
        sy = device.logicalDpiY() / 72.0
        fonts = {style: font_for(style) for style in Style}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        black = QColor(0, 0, 0)
        for index, page in enumerate(sheet.pages):
            if index and not device.newPage():
                raise OSError(_tr("Cannot start a new page"))
            for placed in page:
                _paint_ops(painter, placed.ops, placed.dy, sx, sy, fonts, black)
    finally:
        if own:
            painter.end()


def _paint_ops(
    painter: QPainter,
    ops: Iterable[Op],
    dy: float,
    sx: float,
    sy: float,
    fonts: dict[Style, QFont],
    color: QColor,
) -> None:
    current: Style | None = None
    painter.setPen(color)
    for op in ops:
        if isinstance(op, TextOp):
            if not op.text:
                continue
            if op.style is not current:
                painter.setFont(fonts[op.style])
                current = op.style
            painter.drawText(QPointF(op.x * sx, (dy + op.y + op.ascent) * sy), op.text)
        elif isinstance(op, BoxOp):
            pen = QPen(color, 0.8 * sx)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(op.x * sx, (dy + op.y) * sy, op.size * sx, op.size * sy))
            painter.setPen(color)
        else:
            pen = QPen(color if not op.dotted else QColor(90, 90, 90), op.weight * sx)
            if op.dotted:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            y = (dy + op.y) * sy
            painter.drawLine(QPointF(op.x1 * sx, y), QPointF(op.x2 * sx, y))
            painter.setPen(color)


def pdf_bytes(sheet: SheetLayout) -> bytes:
    """The sheet as a PDF document in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(sheet.page_layout)
    writer.setTitle(sheet.title)
    writer.setCreator("NetDesk")
    paint_sheet(sheet, writer)
    del writer  # flushes the document into the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def write_pdf(sheet: SheetLayout, path: Path) -> None:
    """Write the PDF whole or not at all, 0600, never through a planted symlink (see
    :func:`netdesk.core.saving.save_file`)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"cannot write {path}: the folder {path.parent} does not exist")
    save_file(path, pdf_bytes(sheet))
