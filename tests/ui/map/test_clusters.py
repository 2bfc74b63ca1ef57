"""The map grouped by company: the toolbar's "Group by company" switches to the companies'
circles and back (remembered), each circle is labelled with its name and count, everyone is
drawn inside their company's circle, hovering a circle names it, and export still works."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.map_clusters import cluster_layout
from netdesk.models import Lead, Status
from netdesk.models.records import ContactData
from netdesk.ui.map.canvas import MapCanvas
from netdesk.ui.map.page import GROUP_SETTING, MapPage
from netdesk.ui.map.painting import MapColours
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.map.synthetic import synthetic_layout
from tests.ui.map.test_page import open_map, point_of


@pytest.fixture
def colleagues(db: Path) -> dict[str, int]:
    """Sara (Globex) referred John (Initech) and Carl (Globex); John referred Anna (Globex);
    Bob has no company."""

    def person(name: str, company: str) -> int:
        return create_contact(
            ContactData(display_name=name, status=Status.MET, lead=Lead.WARM, organization=company)
        )

    ids = {
        "sara": person("Sara Smith", "Globex"),
        "john": person("John Public", "Initech"),
        "carl": person("Carl Clark", "Globex"),
        "anna": person("Anna Árvai", "Globex"),
        "bob": person("Bob Brown", ""),
    }
    set_referrer(ids["john"], ids["sara"])
    set_referrer(ids["carl"], ids["sara"])
    set_referrer(ids["anna"], ids["john"])
    return ids


def grouped_page(qtbot: QtBot, window: MainWindow) -> MapPage:
    page = open_map(qtbot, window)
    page.group_action.trigger()
    qtbot.waitUntil(lambda: not page.loading and page.grouped, timeout=10_000)
    return page


def text_painted(canvas: MapCanvas) -> list[str]:
    """Every text the canvas writes in a frame, through a painter that records them."""
    written: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args: object) -> None:  # type: ignore[override]
            written.append(str(args[-1]))
            super().drawText(*args)  # type: ignore[call-overload]

    image = QImage(canvas.size(), QImage.Format.Format_RGB32)
    painter = Recording(image)
    canvas.render_into(painter, image.rect().toRectF())
    painter.end()
    return written


def test_the_toggle_switches_to_companies_and_back_and_is_remembered(
    qtbot: QtBot, main_window: MainWindow, colleagues: dict[str, int]
) -> None:
    page = open_map(qtbot, main_window)
    assert page.group_action.text() == "Group by company"
    assert page.group_action.isCheckable() and not page.group_action.isChecked()
    assert not page.grouped
    rings = page.canvas.data
    main_window.select_contact(colleagues["anna"])
    qtbot.waitUntil(lambda: page.canvas.selected_id() == colleagues["anna"])
    page.group_action.trigger()
    qtbot.waitUntil(lambda: not page.loading and page.grouped, timeout=10_000)
    assert main_window.context.settings.value(GROUP_SETTING, type=bool) is True
    assert page.legend.hint.text().startswith("Each circle is a company")
    data = page.canvas.data
    assert data is not None
    assert sorted((c.name, c.count) for c in data.layout.clusters) == [
        ("", 1),
        ("Globex", 3),
        ("Initech", 1),
    ]
    # The selection and its path stay; the view is fitted to the circles.
    assert page.canvas.selected_id() == colleagues["anna"]
    assert len(page.canvas.highlight.path) == 3
    # Back to the rings: instant, the same rings as before (no second read).
    page.group_action.trigger()
    assert not page.loading and not page.grouped
    assert page.canvas.data is rings
    assert "each ring is one more introduction away" in page.legend.hint.text()
    assert main_window.context.settings.value(GROUP_SETTING, type=bool) is False
    page.group_action.trigger()
    assert not page.loading and page.grouped
    # A page made later (the next start) opens grouped.
    again = MapPage(main_window.context)
    qtbot.addWidget(again)
    assert again.group_action.isChecked()


def test_circles_are_labelled_and_everyone_is_inside_their_company(
    qtbot: QtBot, main_window: MainWindow, colleagues: dict[str, int]
) -> None:
    page = grouped_page(qtbot, main_window)
    canvas = page.canvas
    texts = text_painted(canvas)
    assert "Globex · 3" in texts
    assert "Initech · 1" in texts
    assert "No company · 1" in texts
    data = canvas.data
    assert data is not None
    by_name = {c.name: c for c in data.layout.clusters}
    for key, company in (("sara", "Globex"), ("anna", "Globex"), ("john", "Initech"), ("bob", "")):
        circle = by_name[company]
        centre = canvas.to_widget(QPointF(circle.x, circle.y))
        radius = circle.radius * canvas.scale
        on_screen = point_of(page, colleagues[key])
        assert math.hypot(on_screen.x() - centre.x(), on_screen.y() - centre.y()) <= radius + 0.5
        assert 0 <= on_screen.x() <= canvas.width() and 0 <= on_screen.y() <= canvas.height()
    # Search and fly-to find a person in their circle.
    assert page.find_person("anna")
    qtbot.waitUntil(lambda: canvas.animation.state() == canvas.animation.State.Stopped)
    index = canvas.index_of(colleagues["anna"])
    assert index is not None
    assert abs(canvas.centre.x() - data.layout.x[index]) < 1e-6


def test_hovering_an_empty_part_of_a_circle_names_the_company(qtbot: QtBot) -> None:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(640, 480)
    canvas.show()
    qtbot.waitExposed(canvas)
    rings = synthetic_layout(600)
    canvas.set_layout(cluster_layout(rings.people, rings=rings))
    data = canvas.data
    assert data is not None
    biggest = next(c for c in data.layout.clusters if c.company_id is not None)
    # Just inside the circle's edge, below its centre: nobody sits there.
    canvas.set_view(QPointF(biggest.x, biggest.y), 2.0)
    inside = canvas.to_widget(QPointF(biggest.x, biggest.y + biggest.radius - 4))
    assert canvas.index_at(inside) is None
    qtbot.mouseMove(canvas, inside.toPoint())
    qtbot.waitUntil(lambda: bool(canvas.hover_text()))
    assert canvas.hover_text() == f"{biggest.name}\n{biggest.count} people"
    # Over you at the centre, outside every circle: nothing.
    canvas.set_view(QPointF(0, 0), 2.0)
    qtbot.mouseMove(canvas, canvas.to_widget(QPointF(0, 0)).toPoint())
    qtbot.waitUntil(lambda: canvas.hover_text() == "")


def test_the_time_slider_and_export_work_grouped(
    qtbot: QtBot, main_window: MainWindow, colleagues: dict[str, int], tmp_path: Path
) -> None:
    page = grouped_page(qtbot, main_window)
    page.canvas.set_until(0)
    assert page.canvas.shown_count() == 0
    page.canvas.set_until(None)
    assert page.canvas.shown_count() == 5
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert page.output.save(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 2 * page.canvas.width()
    assert page.output.save(svg)
    text = svg.read_text(encoding="utf-8")
    assert "Globex · 3" in text


def edge_drawn_through_view(canvas: MapCanvas, start: QPointF, end: QPointF) -> float:
    """The share of points along the line from ``start`` to ``end`` (map coordinates) that
    are in view and have the edges' colour within a pixel."""
    image = QImage(canvas.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.render_into(painter, image.rect().toRectF())
    painter.end()
    edge = MapColours.of(canvas.palette()).edge
    looked = hits = 0
    data = canvas.data
    assert data is not None
    for step in range(1, 4000):
        at = start + (end - start) * (step / 4000)
        if data.cluster_at(at.x(), at.y()) is not None:
            continue  # dots in a circle may cover the line
        point = canvas.to_widget(at)
        x, y = round(point.x()), round(point.y())
        if not (2 <= x < image.width() - 2 and 2 <= y < image.height() - 2):
            continue
        looked += 1
        near = (image.pixelColor(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        if any(
            abs(c.red() - edge.red()) + abs(c.green() - edge.green()) + abs(c.blue() - edge.blue())
            < 12
            for c in near
        ):
            hits += 1
    return hits / looked if looked else 0.0


def test_referrals_are_drawn_across_companies(
    qtbot: QtBot, main_window: MainWindow, colleagues: dict[str, int]
) -> None:
    page = grouped_page(qtbot, main_window)
    canvas = page.canvas
    # Sara (Globex) introduced John (Initech): a line from one circle to the other.
    sara, john = point_of(page, colleagues["sara"]), point_of(page, colleagues["john"])
    assert edge_drawn_through_view(canvas, canvas.to_map(sara), canvas.to_map(john)) > 0.6


def test_a_long_referral_crossing_the_view_is_drawn_though_both_ends_are_outside(
    qtbot: QtBot,
) -> None:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(640, 480)
    canvas.show()
    qtbot.waitExposed(canvas)
    rings = synthetic_layout(20_000)
    grouped = cluster_layout(rings.people, rings=rings)
    canvas.set_layout(grouped)
    xs, ys, referrer = grouped.x, grouped.y, grouped.people.referrer
    # The longest referral: both its ends far outside a close view of its middle.
    longest = max(
        (i for i in range(len(xs)) if referrer[i] >= 0),
        key=lambda i: math.hypot(xs[i] - xs[referrer[i]], ys[i] - ys[referrer[i]]),
    )
    start = QPointF(xs[referrer[longest]], ys[referrer[longest]])
    end = QPointF(xs[longest], ys[longest])
    data = canvas.data
    assert data is not None
    # Look at a stretch between the circles (where no dot covers the line), away from you.
    gap = next(
        point
        for step in range(1, 1000)
        if data.cluster_at((point := start + (end - start) * (step / 1000)).x(), point.y()) is None
        and math.hypot(point.x(), point.y()) > 200
        and data.cluster_at(point.x() + 60, point.y()) is None
        and data.cluster_at(point.x() - 60, point.y()) is None
    )
    canvas.set_view(gap, 3.0)
    assert not canvas.visible_rect().contains(start) and not canvas.visible_rect().contains(end)
    assert edge_drawn_through_view(canvas, start, end) > 0.6
