"""The theme: light and dark palettes with readable contrast, the system's scheme followed while
the choice is "System", icons re-coloured with it, and the type scale of marked labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.ui import icons
from netdesk.ui.theme import (
    DARK,
    LIGHT,
    MARGIN,
    SPACING,
    Colours,
    Scheme,
    Theme,
    contrast,
    install_theme,
    page_title,
    secondary,
    section_header,
)


@pytest.fixture
def theme(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Theme]:
    """The application's theme, on a system that says light; back to System after."""
    result = install_theme(qapp)
    monkeypatch.setattr(Theme, "system_is_dark", lambda _self: False)
    result.set_choice(Scheme.LIGHT)
    yield result
    monkeypatch.undo()
    result.set_choice(Scheme.SYSTEM)


def _centre_colour(action: QAction) -> QColor:
    """The colour of an icon's drawn pixels (the most opaque one)."""
    image = action.icon().pixmap(QSize(24, 24), 1.0).toImage()
    best = QColor(0, 0, 0, 0)
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    return best


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_is_readable_in_both_schemes(colours: Colours) -> None:
    def ratio(foreground: str, background: str) -> float:
        return contrast(QColor(foreground), QColor(background))

    assert ratio(colours.text, colours.base) >= 4.5
    assert ratio(colours.text, colours.alternate_base) >= 4.5
    assert ratio(colours.window_text, colours.window) >= 4.5
    assert ratio(colours.button_text, colours.button) >= 4.5
    assert ratio(colours.placeholder, colours.base) >= 4.5  # secondary text
    assert ratio(colours.placeholder, colours.window) >= 4.5
    assert ratio(colours.highlighted_text, colours.accent) >= 4.5  # a selected row
    assert ratio(colours.link, colours.base) >= 4.5
    assert ratio(colours.tooltip_text, colours.tooltip_base) >= 4.5
    assert ratio(colours.error, colours.base) >= 4.5
    assert ratio(colours.icon, colours.window) >= 4.5
    assert ratio(colours.disabled_text, colours.base) < ratio(colours.text, colours.base)


def test_contrast_is_wcag_s_ratio() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_light_and_dark_palettes_are_applied(qapp: QApplication, theme: Theme) -> None:
    assert theme.style_name.lower() == "fusion"
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor(LIGHT.base)
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(LIGHT.accent)
    assert not theme.dark
    theme.set_choice(Scheme.DARK)
    palette = qapp.palette()
    assert theme.dark
    assert palette.color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert palette.color(QPalette.ColorRole.Text) == QColor(DARK.text)
    assert palette.color(QPalette.ColorRole.PlaceholderText) == QColor(DARK.placeholder)
    assert palette.color(QPalette.ColorRole.Link) == QColor(DARK.link)
    widget = QWidget()
    assert widget.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)


def test_the_system_s_scheme_is_followed_while_the_choice_is_system(
    qapp: QApplication, qtbot: QtBot, theme: Theme, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction(icons.icon("find"), "Find", window)
    window.addAction(action)
    button = QToolButton(window)
    button.setIcon(icons.icon("undo"))
    window.show()
    light_icon = _centre_colour(action)
    theme.set_choice(Scheme.SYSTEM)
    assert not theme.dark

    monkeypatch.setattr(Theme, "system_is_dark", lambda _self: True)
    with qtbot.waitSignal(theme.changed) as changed:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert changed.args == [True]
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    dark_icon = _centre_colour(action)  # re-coloured in place: light on a dark window
    assert dark_icon.lightness() > 180 > light_icon.lightness()
    assert icons.meaning_of(button.icon()) == "undo"
    assert button.icon().cacheKey() == icons.icon("undo").cacheKey()

    theme.set_choice(Scheme.LIGHT)  # a choice of light stays light whatever the system says
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.dark
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    assert _centre_colour(action).lightness() < 120


def test_a_saved_choice_is_applied_at_start(
    qapp: QApplication, theme: Theme, qsettings: QSettings
) -> None:
    qsettings.setValue("appearance/scheme", "dark")
    assert install_theme(qapp, qsettings) is theme
    assert theme.choice is Scheme.DARK and theme.dark
    qsettings.setValue("appearance/scheme", "no such scheme")
    install_theme(qapp, qsettings)
    assert theme.choice is Scheme.SYSTEM and not theme.dark


def test_the_application_starts_in_the_saved_scheme(
    qapp: QApplication, theme: Theme, qsettings: QSettings
) -> None:
    from netdesk.ui.shell.app import create_application

    qsettings.setValue("appearance/scheme", "dark")
    assert create_application(qsettings) is qapp
    assert theme.dark
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)


def test_a_selected_row_shows_its_icon_in_the_selection_s_text_colour(theme: Theme) -> None:
    drawn = icons.icon("find").pixmap(QSize(24, 24), 1.0, icons.QIcon.Mode.Selected).toImage()
    opaque = [
        drawn.pixelColor(x, y)
        for x in range(drawn.width())
        for y in range(drawn.height())
        if drawn.pixelColor(x, y).alpha() == 255
    ]
    assert opaque and all(p.lightness() > 240 for p in opaque)  # white on the accent colour
    warm = icons.icon("warm-lead").pixmap(QSize(24, 24), 1.0, icons.QIcon.Mode.Selected)
    assert (
        max(
            (warm.toImage().pixelColor(x, y) for x in range(24) for y in range(24)),
            key=lambda c: c.alpha(),
        ).red()
        > 200
    )  # a colour that carries meaning keeps it


def test_pictures_on_paper_get_the_light_icons(theme: Theme) -> None:
    theme.set_choice(Scheme.DARK)
    assert icons.paper_icon("status-met").cacheKey() != icons.icon("status-met").cacheKey()
    theme.set_choice(Scheme.LIGHT)
    assert icons.paper_icon("status-met").cacheKey() == icons.icon("status-met").cacheKey()


def test_the_type_scale_by_role(qapp: QApplication, qtbot: QtBot, theme: Theme) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    title = page_title("Contacts")
    section = section_header("Reach them")
    note = secondary(QLabel("Last contacted 3 days ago"))
    body = QLabel("Body text")
    for label in (title, section, note, body):
        layout.addWidget(label)
    page.show()
    qtbot.waitExposed(page)
    assert title.property("role") == "page-title"
    assert section.property("role") == "section"
    assert note.property("role") == "secondary"
    base = body.font().pointSizeF()
    assert title.font().pointSizeF() >= base * 1.5
    assert title.font().bold()
    assert base < section.font().pointSizeF() < title.font().pointSizeF()
    assert section.font().weight() >= 600
    assert note.font().pointSizeF() < base
    assert title.sizeHint().height() > body.sizeHint().height()
    assert note.palette().color(QPalette.ColorRole.WindowText) == QColor(LIGHT.placeholder)
    assert body.palette().color(QPalette.ColorRole.WindowText) == QColor(LIGHT.window_text)
    theme.set_choice(Scheme.DARK)  # secondary text follows the scheme
    assert note.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.placeholder)
    assert title.font().bold()


def test_a_label_marked_after_it_is_shown_is_restyled(qtbot: QtBot, theme: Theme) -> None:
    label = QLabel("Later")
    qtbot.addWidget(label)
    label.show()
    before = label.font().pointSizeF()
    secondary(label)
    assert label.font().pointSizeF() < before


def test_overdue_and_error_texts_use_the_scheme_s_colours(qtbot: QtBot, theme: Theme) -> None:
    """#c62828 on a dark base is hard to read: what carries meaning takes the scheme's own."""
    from netdesk.ui.meetings.countdown import MeetingCountdown
    from netdesk.ui.theme import error_style, meaning_colours

    assert meaning_colours().error == LIGHT.error
    theme.set_choice(Scheme.DARK)
    assert meaning_colours().error == DARK.error != LIGHT.error
    assert error_style() == f"color: {DARK.error};"
    assert contrast(QColor(DARK.error), QColor(DARK.base)) >= 4.5
    assert contrast(QColor(DARK.warning), QColor(DARK.base)) >= 4.5
    now = [0.0]
    countdown = MeetingCountdown(lambda: 60, lambda: now[0])
    qtbot.addWidget(countdown)
    countdown.toggle()  # started at 0; 90 s later it is half a minute over time
    now[0] = 90.0
    countdown.update_label()
    assert countdown.label.text() == "+0:30"
    assert countdown.label.styleSheet() == f"color: {DARK.error};"
