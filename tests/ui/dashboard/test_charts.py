"""The dashboard's charts: they paint empty and full in the light and dark palettes, in the
palette's colours; the tooltip gives the figure under the pointer; a clickable bar reports
its key."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.dashboard.charts import (
    BarChart,
    Chart,
    HBar,
    HBarChart,
    LineChart,
    Series,
    nice_ticks,
    series_colour,
)
from netdesk.ui.theme import DARK, LIGHT, Colours, palette

WEEKS = ["2 Nov", "9 Nov", "16 Nov", "23 Nov"]


def bars(qtbot: QtBot) -> BarChart:
    chart = BarChart("Names per meeting")
    chart.set_data(
        WEEKS,
        [Series("Names per meeting", [1.5, None, 2.5, 0.5])],
        goal=2,
        goal_name="Goal",
        tip_labels=[f"Week of {w}" for w in WEEKS],
    )
    return shown(qtbot, chart)


def lines(qtbot: QtBot) -> LineChart:
    chart = LineChart("People")
    chart.set_data(
        WEEKS,
        [Series("Everyone", [4, 6, 8, 8]), Series("Two per meeting", [4, 6, 10, 12], dashed=True)],
    )
    return shown(qtbot, chart)


def hbars(qtbot: QtBot) -> HBarChart:
    chart = HBarChart("Who introduced the most")
    chart.set_data([HBar("Ann Archer", 3, "3", key=11), HBar("Eve Example", 1, "1", key=12)])
    return shown(qtbot, chart)


def shown(qtbot: QtBot, chart: Chart) -> Chart:  # type: ignore[misc]
    qtbot.addWidget(chart)
    chart.resize(480, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def painted(widget: QWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#808080"))
    widget.render(image)
    return image


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_charts_paint_empty_and_full_in_the_palette_s_colours(
    qtbot: QtBot, colours: Colours
) -> None:
    empty = [BarChart("Meetings"), LineChart("People"), HBarChart("Funnel")]
    full = [bars(qtbot), lines(qtbot), hbars(qtbot)]
    for chart in empty:
        shown(qtbot, chart)
        assert not chart.has_data()
        assert chart.empty_text
    for chart in [*empty, *full]:
        chart.setPalette(palette(colours))
        image = painted(chart)
        # The card's background is the palette's base, never a fixed white or black.
        assert image.pixelColor(chart.width() // 2, chart.height() - 4) == QColor(colours.base)
    # A bar is drawn in the series colour the palette gives.
    chart = full[0]
    assert isinstance(chart, BarChart)
    centre = chart.bar_rect(0, 2).center().toPoint()
    colour = series_colour(chart.palette(), 0, 1)
    assert painted(chart).pixelColor(centre).name() == colour.name()
    light = series_colour(palette(LIGHT), 0).lightnessF()
    dark = series_colour(palette(DARK), 0).lightnessF()
    assert dark > light  # lighter bars on a dark window


def test_the_bar_tooltip_gives_the_figure_under_the_pointer(qtbot: QtBot) -> None:
    chart = bars(qtbot)

    tip = chart.tip_at(chart.bar_rect(0, 2).center())
    assert tip == "Week of 16 Nov\nNames per meeting: 2.5"
    assert chart.tip_at(chart.bar_rect(0, 0).center()) == "Week of 2 Nov\nNames per meeting: 1.5"
    assert chart.tip_at(QPointF(2, 2)) is None  # the title
    assert chart.bar_rect(0, 1).isNull()  # no value that week: no bar, no tip

    # Through Qt's own tooltip event, as a hover gives it.
    pos = chart.bar_rect(0, 3).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert as_shown(QToolTip.text()) == "Week of 23 Nov\nNames per meeting: 0.5"
    QToolTip.hideText()


def as_shown(tip: str) -> str:
    """The text a tooltip shows: Qt takes text that looks like HTML as HTML."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document.toPlainText()


def test_a_name_with_markup_shows_as_written_in_a_tooltip(qtbot: QtBot) -> None:
    chart = HBarChart("Who introduced the most people")
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data([HBar("<b>Ann</b> &amp; <img src=x>", 3, "3", "", key=1)])
    pos = chart.bar_rect(0).center().toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert as_shown(QToolTip.text()) == "<b>Ann</b> &amp; <img src=x>: 3"
    QToolTip.hideText()


def test_the_line_tooltip_lists_every_series_at_the_week(qtbot: QtBot) -> None:
    chart = lines(qtbot)
    chart.note = "Two per meeting: two people for every meeting held."

    point = chart.point(1, 2)
    assert point is not None
    assert chart.tip_at(point) == (
        "16 Nov\nEveryone: 8\nTwo per meeting: 10\n"
        "Two per meeting: two people for every meeting held."
    )
    assert chart.tip_at(QPointF(chart.width() - 1, chart.height() / 2)) is None


def test_a_clickable_bar_reports_its_key_by_mouse_and_keyboard(qtbot: QtBot) -> None:
    chart = hbars(qtbot)

    assert chart.tip_at(chart.row_rect(1).center()) == "Eve Example: 1"
    with qtbot.waitSignal(chart.activated) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(1).center().toPoint())
    assert clicked.args == [12]

    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.activated) as chosen:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chosen.args == [11]
    # Bars are as long as their values say.
    assert chart.bar_rect(1).width() == pytest.approx(chart.bar_rect(0).width() / 3)


def test_nice_ticks() -> None:
    assert nice_ticks(8) == [0, 2, 4, 6, 8]
    assert nice_ticks(9217) == [0, 2000, 4000, 6000, 8000, 10000]
    assert nice_ticks(2.0) == [0, 0.5, 1.0, 1.5, 2.0]
    assert nice_ticks(0) == [0, 1]


def test_a_palette_change_repaints_in_the_new_colours(qtbot: QtBot) -> None:
    chart = bars(qtbot)
    chart.setPalette(palette(DARK))
    first = painted(chart).pixelColor(chart.width() // 2, chart.height() - 4)
    chart.setPalette(palette(LIGHT))
    second = painted(chart).pixelColor(chart.width() // 2, chart.height() - 4)
    assert (first, second) == (QColor(DARK.base), QColor(LIGHT.base))
