"""The map's canvas on made-up layouts: it paints at every size, fits, zooms around the pointer,
finds the person under it, selects, filters by time and asks for a re-parent on a drop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from netdesk.ui.map.canvas import MapCanvas
from netdesk.ui.map.painting import MapColours
from netdesk.ui.map.scene import MapData, bulk_generation
from tests.ui.map.synthetic import FIRST_DAY, synthetic_layout


@pytest.fixture
def canvas(qtbot: QtBot) -> Iterator[MapCanvas]:
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def picture(canvas: MapCanvas) -> QImage:
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    canvas.render_into(painter, image.rect().toRectF())
    painter.end()
    return image


def coloured_pixels(image: QImage, colour: QColor) -> int:
    """Pixels of ``image`` that are (nearly) ``colour``."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 30
            ):
                found += 1
    return found


@pytest.mark.parametrize("count", [0, 1, 20_000])
def test_paints_empty_one_and_many(canvas: MapCanvas, count: int) -> None:
    canvas.set_layout(synthetic_layout(count))
    canvas.repaint()
    canvas.zoom_by(40.0)
    canvas.repaint()
    image = picture(canvas)
    assert not image.isNull()
    assert canvas.shown_count() == count


def test_fit_puts_everyone_in_view(canvas: MapCanvas) -> None:
    layout = synthetic_layout(3000)
    canvas.set_layout(layout)
    canvas.zoom_by(30.0)
    canvas.pan_by(500, 300)
    canvas.fit()
    rect = canvas.visible_rect()
    assert all(rect.contains(QPointF(x, y)) for x, y in zip(layout.x, layout.y, strict=True))
    assert rect.contains(QPointF(0, 0))
    # Not absurdly far out either: the map fills most of the view.
    bounds = canvas.scene.bounds if canvas.scene is not None else rect
    assert bounds.width() > 0.8 * rect.width() or bounds.height() > 0.8 * rect.height()


def test_zoom_keeps_the_point_under_the_pointer(canvas: MapCanvas, qtbot: QtBot) -> None:
    canvas.set_layout(synthetic_layout(500))
    anchor = QPointF(100, 90)
    before = canvas.to_map(anchor)
    canvas.zoom_by(3.0, anchor)
    after = canvas.to_map(anchor)
    assert abs(before.x() - after.x()) < 1e-6 and abs(before.y() - after.y()) < 1e-6
    scale = canvas.scale
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale < scale
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    rect = canvas.visible_rect()
    assert canvas.scene is not None and rect.contains(canvas.scene.bounds.center())


def test_wheel_zooms_in_around_the_pointer(canvas: MapCanvas) -> None:
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas.set_layout(synthetic_layout(500))
    scale = canvas.scale
    at = QPointF(200, 150)
    before = canvas.to_map(at)
    event = QWheelEvent(
        at,
        canvas.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)
    assert canvas.scale > scale
    after = canvas.to_map(at)
    assert abs(before.x() - after.x()) < 1e-6


def test_hit_test_click_and_selection(canvas: MapCanvas, qtbot: QtBot) -> None:
    layout = synthetic_layout(400)
    canvas.set_layout(layout)
    person = 250
    canvas.fly_to(person, animate=False)
    point = canvas.to_widget(QPointF(layout.x[person], layout.y[person]))
    assert canvas.index_at(point) == person
    assert canvas.index_at(point + QPointF(300, 300)) is None
    with qtbot.waitSignal(canvas.person_clicked) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert clicked.args == [layout.people.ids[person]]
    assert canvas.selected_id() == layout.people.ids[person]
    # The path goes back to someone known directly, and the hover text says it.
    path = canvas.path_indices(person)
    assert path[0] == person and layout.people.referrer[path[-1]] == -1
    text = canvas.describe(person)
    assert text.splitlines()[0] == "Person 250"
    assert text.splitlines()[-1].startswith("You → ")
    assert text.splitlines()[-1].endswith("Person 250")


def test_select_highlights_the_person(canvas: MapCanvas) -> None:
    layout = synthetic_layout(300)
    canvas.set_layout(layout)
    accent = MapColours.of(canvas.palette()).accent
    plain = coloured_pixels(picture(canvas), accent)
    canvas.select(layout.people.ids[120])
    marked = coloured_pixels(picture(canvas), accent)
    assert marked > plain + 10
    canvas.select(None)
    assert canvas.selected_id() is None


def test_time_filter_hides_people_added_later(canvas: MapCanvas) -> None:
    layout = synthetic_layout(1000)
    canvas.set_layout(layout)
    day = FIRST_DAY + 100
    canvas.set_until(day)
    expected = sum(1 for added in layout.people.added_on if added <= day)
    assert 0 < canvas.shown_count() == expected < 1000
    late = max(range(1000), key=layout.people.added_on.__getitem__)
    canvas.fly_to(late, animate=False)
    point = canvas.to_widget(QPointF(layout.x[late], layout.y[late]))
    assert canvas.index_at(point) is None  # not there yet
    canvas.set_until(None)
    assert canvas.shown_count() == 1000
    assert canvas.index_at(point) == late


def test_dragging_a_person_onto_another_asks_to_reparent(canvas: MapCanvas, qtbot: QtBot) -> None:
    layout = synthetic_layout(200)
    canvas.set_layout(layout)
    canvas.zoom_by(3.0)
    candidates = [
        i
        for i in range(200)
        if canvas.rect().contains(
            canvas.to_widget(QPointF(layout.x[i], layout.y[i])).toPoint() + QPoint(0, 0)
        )
    ]
    source, target = candidates[0], candidates[-1]
    start = canvas.to_widget(QPointF(layout.x[source], layout.y[source])).toPoint()
    end = canvas.to_widget(QPointF(layout.x[target], layout.y[target])).toPoint()
    with qtbot.waitSignal(canvas.reparent_requested) as asked:
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, (start + end) / 2)
        qtbot.mouseMove(canvas, end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert asked.args == [layout.people.ids[source], layout.people.ids[target]]


def test_dragging_the_background_pans(canvas: MapCanvas, qtbot: QtBot) -> None:
    canvas.set_layout(synthetic_layout(50))
    canvas.zoom_by(0.2)
    corner = QPoint(5, 5)
    before = canvas.centre
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(canvas, corner + QPoint(40, 0))
    qtbot.mouseMove(canvas, corner + QPoint(80, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=corner + QPoint(80, 0))
    assert canvas.centre.x() < before.x()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.centre.x() > before.x() - 80 / canvas.scale


def test_fly_to_animates_to_the_person(canvas: MapCanvas, qtbot: QtBot) -> None:
    layout = synthetic_layout(500)
    canvas.set_layout(layout)
    canvas.fly_to(321)
    qtbot.waitUntil(
        lambda: canvas.animation.state() == canvas.animation.State.Stopped, timeout=3000
    )
    assert abs(canvas.centre.x() - layout.x[321]) < 1e-6
    assert canvas.scale >= 1.6


@pytest.mark.parametrize("zoom", [1.0, 2.5, 12.0])
def test_people_are_drawn_in_their_status_colours(canvas: MapCanvas, zoom: float) -> None:
    """Far away (points), between (stamped dots) and close up (circles)."""
    layout = synthetic_layout(5000)
    canvas.set_layout(layout)
    canvas.set_view(QPointF(layout.x[4000], layout.y[4000]), canvas.scale * zoom)
    image = picture(canvas)
    colours = MapColours.of(canvas.palette())
    for status in range(len(colours.status)):
        assert coloured_pixels(image, colours.status[status]) > 3, status


def test_hovering_a_person_tells_who_they_are(canvas: MapCanvas, qtbot: QtBot) -> None:
    layout = synthetic_layout(400)
    canvas.set_layout(layout)
    canvas.fly_to(300, animate=False)
    point = canvas.to_widget(QPointF(layout.x[300], layout.y[300])).toPoint()
    qtbot.mouseMove(canvas, point)
    qtbot.waitUntil(lambda: canvas.hover_text() != "")
    lines = canvas.hover_text().splitlines()
    assert lines[0] == "Person 300"
    assert lines[-1] == canvas.path_text(300)
    qtbot.mouseMove(canvas, QPoint(2, 2))
    qtbot.waitUntil(lambda: canvas.hover_text() == "")


def test_the_map_follows_the_dark_palette(canvas: MapCanvas) -> None:
    from netdesk.ui.theme import DARK, LIGHT, palette

    canvas.set_layout(synthetic_layout(100))
    canvas.setPalette(palette(DARK))
    dark = picture(canvas).pixelColor(3, 3)
    assert dark == QColor(DARK.base)
    canvas.setPalette(palette(LIGHT))
    assert picture(canvas).pixelColor(3, 3) == QColor(LIGHT.base)


def test_a_touchpad_pinch_zooms_around_the_fingers(canvas: MapCanvas) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    canvas.set_layout(synthetic_layout(300))
    scale = canvas.scale
    at = QPointF(150, 120)
    before = canvas.to_map(at)
    where = QPointF(canvas.mapToGlobal(at.toPoint()))
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        at,
        at,
        where,
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(canvas, event)
    assert abs(canvas.scale - 1.5 * scale) < 1e-9
    after = canvas.to_map(at)
    assert abs(before.x() - after.x()) < 1e-6 and abs(before.y() - after.y()) < 1e-6


def test_a_thin_tail_of_introductions_is_left_out_of_fit_until_everyone_is_asked_for() -> None:
    # A crowd of 2,000 on three rings, then one chain 400 deep.
    counts = [0, 200, 800, 1000] + [1] * 400
    assert bulk_generation(counts) == 3
    assert bulk_generation([0, 20, 30, 5, 1, 1]) == 5  # a short tail stays in
    assert bulk_generation([0, 3]) == 1 and bulk_generation([0]) == 0
    # On the canvas: Fit shows the crowd, Ctrl+Shift+0 the whole chain.
    layout = synthetic_layout(3000, chain=600)
    canvas = MapCanvas()
    canvas.resize(800, 600)
    canvas.set_layout(layout)
    assert canvas.scene is not None and not canvas.scene.whole
    crowd = [i for i in range(len(layout.x)) if layout.generation[i] <= canvas.scene.data.bulk]
    canvas.fit()
    rect = canvas.visible_rect()
    assert all(rect.contains(QPointF(layout.x[i], layout.y[i])) for i in crowd)
    deepest = max(range(len(layout.x)), key=layout.generation.__getitem__)
    assert not rect.contains(QPointF(layout.x[deepest], layout.y[deepest]))
    canvas.fit(everyone=True)
    assert canvas.visible_rect().contains(QPointF(layout.x[deepest], layout.y[deepest]))
    canvas.deleteLater()


def test_a_referral_that_closed_a_circle_is_not_drawn() -> None:
    """In a damaged database A referred B and B referred A: the layout cuts one of the two,
    and the map draws that person's edge from you, not back to the other."""
    from array import array

    from netdesk.core.network_map import MapPeople, layout

    people = MapPeople(
        ids=[1, 2],
        names=["A", "B"],
        referrer=array("i", [1, 0]),
        status=["to_contact"] * 2,
        warm=[False] * 2,
        company_id=[None] * 2,
        company=[""] * 2,
        added_on=array("i", [1, 1]),
    )
    placed = layout(people)
    (root,) = [i for i in range(2) if placed.parent[i] < 0]
    data = MapData(placed)
    assert (data.px[root], data.py[root]) == (0.0, 0.0)
    other = 1 - root
    assert (data.px[other], data.py[other]) == (placed.x[root], placed.y[root])
