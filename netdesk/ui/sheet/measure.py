"""The weekly sheet's fonts and measured text, and the plain data a laid-out sheet is made of.

Text is measured and wrapped at 72 dpi (one unit is one point) with ``QTextLayout``: fonts, but no
widget and no window, so it runs in a worker thread. What comes out (:class:`SheetLayout`: pages
of blocks of text lines, check boxes and rules) is plain data the GUI thread paints
(:mod:`netdesk.ui.sheet.paint`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QLocale,
    QMarginsF,
    QPointF,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QTextLayout,
    QTextOption,
)

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
NAME_LINES = 2
TEXT_LINES = 3
"""At most this many lines of a name, and of a free text (a reason, a purpose, the agenda); a
compact sheet (what does not fit on three pages so) prints one line of each."""
MAX_PAGES = 3
"""The capacity's week fits on this many pages: the layout is made compact when it would not."""


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


@dataclass(frozen=True, slots=True)
class BarOp:
    """A filled bar of a small chart (the numbers' trend): ``y`` is its top."""

    x: float
    y: float
    width: float
    bar_height: float

    @property
    def height(self) -> float:
        return self.bar_height


Op = TextOp | BoxOp | LineOp | BarOp


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
        lines: list[str] = []
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


class Metrics:
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

    def elide(self, text: str, style: Style, width: float) -> str:
        """``text`` with "…" after it, shortened (at a space where it can) to fit ``width``."""
        cut = text.rstrip()
        while cut and self.width(cut + "\u2026", style) > width:
            shorter = cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]
            cut = shorter.rstrip()
        return cut + "\u2026"

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


class Builder:
    """Builds one block: text placed top to bottom, with optional right-hand notes."""

    def __init__(self, metrics: Metrics, width: float, compact: bool = False) -> None:
        self.m = metrics
        self.width = width
        self.block = Block()
        self.y = 0.0
        self.lines = 1 if compact else TEXT_LINES
        """The lines a free text may take."""
        self.name_lines = 1 if compact else NAME_LINES

    def text(
        self,
        text: str,
        style: Style,
        x: float = 0.0,
        width: float | None = None,
        max_lines: int | None = None,
    ) -> list[TextOp]:
        """``text`` wrapped from ``x`` to ``width``; with ``max_lines``, cut after that many
        lines, the last one ending in "…" (a free text never takes a page of its own)."""
        if not text:
            return []
        room = (width or self.width) - x
        ops = self._cut(self.m.wrap(text, style, x, self.y, room), max_lines, x, room)
        self.block.ops.extend(ops)
        self.y = ops[-1].y + ops[-1].height
        return ops

    def _cut(self, ops: list[TextOp], max_lines: int | None, x: float, room: float
             ) -> list[TextOp]:  # fmt: skip
        if max_lines is None or len(ops) <= max_lines:
            return ops
        last = ops[max_lines - 1]
        text = self.m.elide(last.text, last.style, room - (last.x - x))
        return [*ops[: max_lines - 1], TextOp(last.x, last.y, last.ascent, last.height, text,
                                              last.style)]  # fmt: skip

    def headline(self, name: str, extra: str, right: str, x: float = INDENT) -> float:
        """Bold name (and organization) on the left, a short note (a due date) on the right.

        Returns the y of the first line's middle, to align a check box with.
        """
        right_width = min(self.m.width(right, Style.SMALL) + 10, self.width * 0.4) if right else 0.0
        top = self.y
        room = self.width - x - right_width
        ops = self._cut(self.m.wrap(name, Style.NAME, x, top, room), self.name_lines, x, room)
        self.block.ops.extend(ops)
        self.y = ops[-1].y + ops[-1].height
        if extra:
            last = ops[-1]
            after = x + self.m.width(last.text, Style.NAME) + 9
            available = self.width - right_width - after
            if len(ops) > 1 or available < self.m.width(extra, Style.BODY):
                self.text(extra, Style.BODY, x, self.width - right_width, self.name_lines)
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
            notes = self._cut(
                self.m.wrap(right, Style.SMALL, self.width - right_width + 10, 0, column),
                self.name_lines,
                self.width - right_width + 10,
                column,
            )
            shift = first.y + first.ascent - notes[0].ascent
            self.block.ops.extend(shift_op(op, shift) for op in notes)
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


def shift_op(op: Op, dy: float) -> Op:
    if isinstance(op, TextOp):
        return TextOp(op.x, op.y + dy, op.ascent, op.height, op.text, op.style)
    if isinstance(op, BoxOp):
        return BoxOp(op.x, op.y + dy, op.size)
    if isinstance(op, BarOp):
        return BarOp(op.x, op.y + dy, op.width, op.bar_height)
    return LineOp(op.x1, op.y + dy, op.x2, op.weight, op.dotted)
