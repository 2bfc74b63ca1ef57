"""NetDesk's look: a light and a dark palette on the Fusion style, a type scale and spacing.

The scheme follows the system's (``QStyleHints.colorScheme``, and ``colorSchemeChanged`` while
the app runs) unless Preferences > Appearance says Light or Dark. Where the platform does not
say (Linux without a desktop), the scheme is light. Fusion draws the same on every platform,
so the palettes below are what the user sees, and their contrast is tested.

Text roles: a label marked with the ``role`` property is styled by one application style sheet
(``page-title`` larger and bold, ``section`` semibold, ``secondary`` smaller in the placeholder
colour). :func:`page_title`, :func:`section_header` and :func:`secondary` make or mark them;
``SPACING`` and ``MARGIN`` are the layouts' gaps (between controls, around a page).

Icons are drawn in one colour per scheme (``ui/icons``); a scheme change re-colours them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

SPACING = 8
"""Pixels between controls in a layout (between a label and its field, between buttons)."""
MARGIN = 16
"""Pixels around a page's content and inside a dialog."""

SCHEME_SETTING = "appearance/scheme"


class Scheme(StrEnum):
    """The Appearance choice: the system's scheme, or always light, or always dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Role(StrEnum):
    """The ``role`` property of a label, styled by the application style sheet."""

    PAGE_TITLE = "page-title"
    SECTION = "section"
    SECONDARY = "secondary"


TITLE_SCALE = 1.6
SECTION_SCALE = 1.15
SECONDARY_SCALE = 0.92
"""The type scale: a role's size relative to the application font."""


@dataclass(frozen=True)
class Colours:
    """One scheme's colours: the palette's roles, the icons' and those that carry meaning."""

    dark: bool
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    placeholder: str
    accent: str
    highlighted_text: str
    link: str
    link_visited: str
    light: str
    midlight: str
    mid: str
    shadow_dark: str
    shadow: str
    tooltip_base: str
    tooltip_text: str
    bright_text: str
    disabled_text: str
    disabled_button: str
    icon: str
    warning: str
    error: str
    warm: str


LIGHT = Colours(
    dark=False,
    window="#f5f6f8",
    window_text="#1f2328",
    base="#ffffff",
    alternate_base="#f3f5f8",
    text="#1f2328",
    button="#f0f2f5",
    button_text="#1f2328",
    placeholder="#636b75",
    accent="#2459c9",
    highlighted_text="#ffffff",
    link="#1d5ccc",
    link_visited="#6d3bc4",
    light="#ffffff",
    midlight="#e8ebef",
    mid="#c3c8cf",
    shadow_dark="#9aa1ab",
    shadow="#5d6470",
    tooltip_base="#2b2f36",
    tooltip_text="#f5f6f8",
    bright_text="#ffffff",
    disabled_text="#9097a0",
    disabled_button="#eceef1",
    icon="#3b4350",
    warning="#9a5b00",
    error="#c62828",
    warm="#d84a00",
)

DARK = Colours(
    dark=True,
    window="#25272b",
    window_text="#e6e8eb",
    base="#1b1d20",
    alternate_base="#212327",
    text="#e6e8eb",
    button="#31343a",
    button_text="#e6e8eb",
    placeholder="#9da4ad",
    accent="#2f66d8",
    highlighted_text="#ffffff",
    link="#7eaaff",
    link_visited="#b89cff",
    light="#3d4047",
    midlight="#34373d",
    mid="#4b4f57",
    shadow_dark="#141518",
    shadow="#0b0c0d",
    tooltip_base="#e6e8eb",
    tooltip_text="#1f2328",
    bright_text="#ffffff",
    disabled_text="#6c727b",
    disabled_button="#2b2e33",
    icon="#d3d7dd",
    warning="#f0b45a",
    error="#ff7a70",
    warm="#ff8a4c",
)


def colours(dark: bool) -> Colours:
    return DARK if dark else LIGHT


def palette(c: Colours) -> QPalette:
    """The QPalette of ``c``: the same colours active and inactive (Fusion's way), muted when
    disabled."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.window_text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.Accent: c.accent,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link_visited,
        QPalette.ColorRole.Light: c.light,
        QPalette.ColorRole.Midlight: c.midlight,
        QPalette.ColorRole.Mid: c.mid,
        QPalette.ColorRole.Dark: c.shadow_dark,
        QPalette.ColorRole.Shadow: c.shadow,
        QPalette.ColorRole.ToolTipBase: c.tooltip_base,
        QPalette.ColorRole.ToolTipText: c.tooltip_text,
        QPalette.ColorRole.BrightText: c.bright_text,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        result.setColor(disabled, role, QColor(c.disabled_text))
    result.setColor(disabled, QPalette.ColorRole.Button, QColor(c.disabled_button))
    result.setColor(disabled, QPalette.ColorRole.Base, QColor(c.window))
    result.setColor(disabled, QPalette.ColorRole.Highlight, QColor(c.mid))
    return result


def style_sheet(c: Colours, base_point_size: float) -> str:
    """The application style sheet: the type scale of marked labels and plain dialog buttons
    (text only, as GNOME and macOS show them); the palette does the rest, so Fusion keeps
    drawing every control."""

    def size(scale: float) -> str:
        return f"{base_point_size * scale:.1f}pt"

    return (
        f'QLabel[role="{Role.PAGE_TITLE}"] {{ font-size: {size(TITLE_SCALE)}; '
        "font-weight: 700; }\n"
        f'QLabel[role="{Role.SECTION}"] {{ font-size: {size(SECTION_SCALE)}; font-weight: 600; }}\n'
        f'QLabel[role="{Role.SECONDARY}"] {{ font-size: {size(SECONDARY_SCALE)}; '
        f"color: {c.placeholder}; }}\n"
        "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }\n"
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio (1 to 21); body text needs 4.5."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Theme(QObject):
    """Applies the chosen scheme to the application and follows the system's while it is
    "System"."""

    changed = Signal(bool)
    """The scheme in effect changed; True when it is dark now (icons re-coloured already)."""

    def __init__(self, app: QApplication, choice: Scheme = Scheme.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice
        self._dark: bool | None = None
        self._base_point_size = app.font().pointSizeF()
        if self._base_point_size <= 0:
            self._base_point_size = 10.0
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        self.style_name = app.style().name()
        """The style drawing the controls (under the style sheet of text roles)."""
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._request_scheme()
        self._apply()

    @property
    def choice(self) -> Scheme:
        return self._choice

    @property
    def dark(self) -> bool:
        """The scheme in effect is dark."""
        return bool(self._dark)

    @property
    def colours(self) -> Colours:
        return colours(self.dark)

    def set_choice(self, choice: Scheme) -> None:
        """Apply ``choice`` now (Preferences saves it)."""
        self._choice = choice
        self._request_scheme()
        self._apply()

    def system_is_dark(self) -> bool:
        """The system's scheme is dark (unknown counts as light)."""
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def _request_scheme(self) -> None:
        """Tell the platform which scheme the app shows, so that window frames match where the
        platform draws them (Windows, macOS); "System" hands the choice back to it."""
        hints = QGuiApplication.styleHints()
        if self._choice is Scheme.SYSTEM:
            hints.unsetColorScheme()
        else:
            dark = self._choice is Scheme.DARK
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice is Scheme.SYSTEM:
            self._apply()

    def _wants_dark(self) -> bool:
        if self._choice is Scheme.SYSTEM:
            return self.system_is_dark()
        return self._choice is Scheme.DARK

    def _apply(self) -> None:
        dark = self._wants_dark()
        if dark == self._dark:
            return
        self._dark = dark
        c = colours(dark)
        from netdesk.ui import icons

        icons.set_dark(dark)
        self._app.setPalette(palette(c))
        self._app.setStyleSheet(style_sheet(c, self._base_point_size))
        icons.recolour_widgets()
        self.changed.emit(dark)


_theme: Theme | None = None


def saved_scheme(settings: QSettings) -> Scheme:
    value = settings.value(SCHEME_SETTING, Scheme.SYSTEM.value)
    try:
        return Scheme(str(value))
    except ValueError:
        return Scheme.SYSTEM


def install_theme(app: QApplication, settings: QSettings | None = None) -> Theme:
    """The application's theme, made once (scripts and tests set the app up more than once),
    with the scheme saved in ``settings`` (System when there is none)."""
    global _theme
    choice = saved_scheme(settings) if settings is not None else Scheme.SYSTEM
    if _theme is None:
        _theme = Theme(app, choice)
    else:
        _theme.set_choice(choice)
    return _theme


def current_theme() -> Theme | None:
    """The theme :func:`install_theme` made, if any."""
    return _theme


def meaning_colours() -> Colours:
    """The running scheme's colours (light before a theme is installed): for what carries
    meaning in text (overdue in error red, damaged values in warning amber), readable on the
    scheme's base in light and dark."""
    theme = current_theme()
    return theme.colours if theme is not None else LIGHT


def error_style() -> str:
    """A style sheet for an error message in the running scheme's error colour."""
    return f"color: {meaning_colours().error};"


# Text roles ---------------------------------------------------------------------------------


def _with_role(label: QLabel, role: Role) -> QLabel:
    label.setProperty("role", role.value)
    if label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # marked after its polish
        label.style().unpolish(label)
        label.style().polish(label)
    return label


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    """The title at the top of a page (larger and bold); also its accessible name's heading."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return _with_role(label, Role.PAGE_TITLE)


def section_header(text: str, parent: QWidget | None = None) -> QLabel:
    """The header of a section within a page or a card (semibold)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return _with_role(label, Role.SECTION)


def secondary(label: QLabel) -> QLabel:
    """Mark ``label`` as secondary text (smaller, in the placeholder colour); returns it."""
    return _with_role(label, Role.SECONDARY)


def role_font(role: Role, base: QFont | None = None) -> QFont:
    """The font the style sheet gives ``role`` (for text painted rather than shown in a label)."""
    font = QFont(base if base is not None else QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    if role is Role.PAGE_TITLE:
        font.setPointSizeF(size * TITLE_SCALE)
        font.setWeight(QFont.Weight.Bold)
    elif role is Role.SECTION:
        font.setPointSizeF(size * SECTION_SCALE)
        font.setWeight(QFont.Weight.DemiBold)
    else:
        font.setPointSizeF(size * SECONDARY_SCALE)
    return font
