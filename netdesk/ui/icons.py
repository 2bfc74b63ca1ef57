"""Every icon NetDesk shows, by meaning. The only module that knows qtawesome names.

Other parts add entries to ``_NAMES`` and call ``icon("meaning")``; the app icon is the SVG
shipped in ``netdesk/resources/icons`` and found through importlib.resources. Icons are drawn
in the scheme's icon colour (``ui/theme``); when the scheme changes, :func:`recolour_widgets`
gives the widgets and actions showing one the new drawing.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from netdesk.ui.theme import DARK, LIGHT

if TYPE_CHECKING:
    from qtawesome.iconic_font import IconicFont

_NAMES: dict[str, str] = {
    "add-contact": "mdi6.account-plus-outline",
    "edit-contact": "mdi6.account-edit-outline",
    "delete": "mdi6.trash-can-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "find": "mdi6.magnify",
    "open-database": "mdi6.database-outline",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
    "preferences": "mdi6.cog-outline",
    "warm-lead": "mdi6.fire",
    "overdue": "mdi6.alarm",
    "follow-up-week": "mdi6.calendar-week",
    "clear-filters": "mdi6.filter-remove-outline",
    "demo-network": "mdi6.account-network-outline",
    "drop-file": "mdi6.card-account-details-outline",
    "columns": "mdi6.table-column",
    "add-row": "mdi6.plus",
    "remove-row": "mdi6.minus-circle-outline",
    "move-up": "mdi6.arrow-up",
    "move-down": "mdi6.arrow-down",
    "error": "mdi6.alert-circle",
    # Meetings, the timeline and the week (issue 5).
    "meeting": "mdi6.handshake-outline",
    "log-meeting": "mdi6.calendar-account-outline",
    "call": "mdi6.phone-outline",
    "email": "mdi6.email-outline",
    "letter": "mdi6.card-text-outline",
    "message": "mdi6.message-text-outline",
    "note": "mdi6.note-text-outline",
    "favour-given": "mdi6.gift-outline",
    "favour-received": "mdi6.hand-heart-outline",
    "thank-you": "mdi6.email-heart-outline",
    "referral": "mdi6.account-arrow-right-outline",
    "new-contact": "mdi6.account-plus-outline",
    "countdown": "mdi6.timer-outline",
    "countdown-stop": "mdi6.timer-off-outline",
    "template": "mdi6.file-document-edit-outline",
    "previous-week": "mdi6.chevron-left",
    "next-week": "mdi6.chevron-right",
    "this-week": "mdi6.calendar-today",
    "show-more": "mdi6.chevron-double-down",
    "export-calendar": "mdi6.calendar-export",
    "timeline": "mdi6.timeline-clock-outline",
    "print-sheet": "mdi6.printer-outline",
    "save-pdf": "mdi6.file-pdf-box",
    # The referral tree (issue 4): one icon per status, and the panel's tools.
    "status-to_contact": "mdi6.account-clock-outline",
    "status-contacted": "mdi6.phone-check-outline",
    "status-meeting_set": "mdi6.calendar-clock",
    "status-met": "mdi6.handshake",
    "status-keep_in_touch": "mdi6.account-heart-outline",
    "status-dormant": "mdi6.sleep",
    "referral-tree": "mdi6.family-tree",
    "set-referrer": "mdi6.account-switch-outline",
    "save-image": "mdi6.file-image-outline",
    "print-tree": "mdi6.printer-outline",
    "copy": "mdi6.content-copy",
    "restore-backup": "mdi6.backup-restore",
    "damaged-database": "mdi6.database-alert-outline",
    # Import and export (issue 6).
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "merge": "mdi6.merge",
    "company-names": "mdi6.tag-multiple-outline",
    # Duplicates already in the database (issue 12).
    "find-duplicates": "mdi6.account-multiple-check-outline",
    "not-duplicates": "mdi6.account-multiple-remove-outline",
    # The contact card (issue 14).
    "cold-lead": "mdi6.snowflake",
    "compose": "mdi6.email-edit-outline",
    "step-done": "mdi6.check-circle-outline",
    "open-link": "mdi6.open-in-new",
    "link": "mdi6.link-variant",
    "address": "mdi6.map-marker-outline",
    "no-contact": "mdi6.account-search-outline",
    # The window's pages (issue 14).
    "contacts": "mdi6.account-multiple-outline",
    # The Companies page (issue 15).
    "companies": "mdi6.domain",
    "introduction": "mdi6.account-voice",
    # The Postings page (issue 15).
    "postings": "mdi6.briefcase-outline",
    "add-posting": "mdi6.briefcase-plus-outline",
    "edit-posting": "mdi6.briefcase-edit-outline",
    "open-job-page": "mdi6.file-download-outline",
    "paste-posting": "mdi6.content-paste",
    "board": "mdi6.view-column-outline",
    "list": "mdi6.view-list-outline",
    # The postings' actions on This week (issue 15).
    "deadline": "mdi6.calendar-alert",
    "interview": "mdi6.account-tie-voice-outline",
    "stale-posting": "mdi6.timer-sand",
    # The campaign dashboard (issue 18).
    "dashboard": "mdi6.chart-box-outline",
    "job-postings": "mdi6.briefcase-outline",
    # sync (ui/sync)
    "sync": "mdi6.sync",
    "sync-accounts": "mdi6.cloud-sync-outline",
    "sync-ok": "mdi6.cloud-check-outline",
    "sync-offline": "mdi6.cloud-off-outline",
    "sync-error": "mdi6.cloud-alert",
    "sync-conflicts": "mdi6.arrow-decision-outline",
    "server": "mdi6.server-network",
    "certificate": "mdi6.certificate-outline",
    # keep in touch (ui/contacts, ui/rhythms)
    "keep-in-touch": "mdi6.calendar-sync-outline",
    "neglected": "mdi6.account-clock-outline",
    "rhythms": "mdi6.calendar-refresh-outline",
    # The network map (issue 18).
    "network-map": "mdi6.graph-outline",
    "map-clusters": "mdi6.chart-bubble",
    "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline",
    "zoom-fit": "mdi6.fit-to-page-outline",
    "zoom-all": "mdi6.arrow-expand-all",
    "play": "mdi6.play",
}

# Colours that carry meaning beside the icon shape (never colour alone), light and dark.
_COLOURS: dict[str, tuple[str, str]] = {
    "warm-lead": (LIGHT.warm, DARK.warm),
    "overdue": (LIGHT.error, DARK.error),
    "error": (LIGHT.error, DARK.error),
    "sync-error": (LIGHT.error, DARK.error),
    "delete": ("#b71c1c", DARK.error),
}


# Sizes rendered once per icon, at 1x and 2x device pixel ratio.
_SIZES = (16, 20, 24, 32, 48)

_dark = False
"""The scheme the icons are drawn for (``ui/theme`` sets it)."""
_issued: dict[int, str] = {}
"""The cache key of every icon handed out -> its meaning, to re-colour it in place."""


def icon(meaning: str) -> QIcon:
    """The icon for ``meaning`` (a key of ``_NAMES``) in the current scheme's colour; a
    KeyError names a missing entry."""
    return _icon(meaning, _dark)


def paper_icon(meaning: str) -> QIcon:
    """The icon as drawn on white paper (a printed or saved picture), whatever the scheme."""
    return _icon(meaning, False)


ICON_FONT_PREFIX = "mdi6"
"""Every name in ``_NAMES`` is a Material Design Icons 6 glyph."""


@cache
def icon_font() -> IconicFont:
    """qtawesome's font of Material Design Icons 6, the only one NetDesk draws with.

    ``qtawesome.icon`` would load all of qtawesome's twelve fonts into the font database first;
    this font object holds just the one (loaded on first use, after the QApplication exists),
    and the bundle ships only its two files (build_spec/netdesk.spec), 6 MB less.
    """
    from qtawesome.iconic_font import IconicFont

    folder = Path(qtawesome_fonts_folder())
    fonts = sorted(folder.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmaps = sorted(folder.glob("materialdesignicons6-webfont-charmap-*.json"))
    if not fonts or not charmaps:
        raise FileNotFoundError(f"no Material Design Icons 6 font in {folder}")
    return IconicFont((ICON_FONT_PREFIX, fonts[-1].name, charmaps[-1].name))


def qtawesome_fonts_folder() -> str:
    """Where qtawesome keeps its font files (inside its package, or the bundle's copy of it)."""
    from qtawesome import iconic_font

    return str(Path(iconic_font.__file__).resolve().parent / "fonts")


@cache
def _icon(meaning: str, dark: bool) -> QIcon:
    """qtawesome draws through a QIconEngine written in Python, called again for every paint; a
    table shows an icon in many rows and repaints on every keystroke. So each icon is drawn
    once into pixmaps, and Qt paints those without calling back into Python: in the scheme's
    icon colour, white on a selected row (a colour that carries meaning keeps it)."""
    name = _NAMES[meaning]
    scheme = DARK if dark else LIGHT
    meant = _COLOURS.get(meaning)
    colour = QColor(meant[1] if dark else meant[0]) if meant else QColor(scheme.icon)
    selected = colour if meant else QColor(scheme.highlighted_text)
    disabled = QColor(scheme.disabled_text)
    source = icon_font().icon(name, color=colour, color_selected=selected, color_disabled=disabled)
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Disabled):
        for size in _SIZES:
            for ratio in (1, 2):
                pixmap = source.pixmap(QSize(size, size), ratio, mode)
                result.addPixmap(pixmap, mode)
    _issued[result.cacheKey()] = meaning
    return result


def set_dark(dark: bool) -> None:
    """Draw icons for the dark (or light) scheme from now on."""
    global _dark
    _dark = dark


def meaning_of(value: QIcon) -> str | None:
    """The meaning of an icon :func:`icon` handed out (None for any other icon)."""
    return _issued.get(value.cacheKey()) if not value.isNull() else None


def recolour(value: QIcon) -> QIcon | None:
    """``value`` in the current scheme's colour, or None when it is not one of ours or already
    in that colour."""
    meaning = meaning_of(value)
    if meaning is None:
        return None
    fresh = icon(meaning)
    return None if fresh.cacheKey() == value.cacheKey() else fresh


def recolour_widgets() -> None:
    """Give every widget, action and list item that shows one of our icons the current
    scheme's drawing of it (after a scheme change). Item models ask ``icon()`` as they paint."""
    seen: set[int] = set()

    def action(a: QAction) -> None:
        if id(a) in seen:
            return
        seen.add(id(a))
        if (fresh := recolour(a.icon())) is not None:
            a.setIcon(fresh)

    for widget in QApplication.allWidgets():
        for a in widget.actions():
            action(a)
        for a in widget.findChildren(QAction, "", Qt.FindChildOption.FindDirectChildrenOnly):
            action(a)
        if (fresh := recolour(widget.windowIcon())) is not None:
            widget.setWindowIcon(fresh)
        if isinstance(widget, QAbstractButton):
            if (fresh := recolour(widget.icon())) is not None:
                widget.setIcon(fresh)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if (fresh := recolour(widget.tabIcon(i))) is not None:
                    widget.setTabIcon(i, fresh)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if (fresh := recolour(widget.itemIcon(i))) is not None:
                    widget.setItemIcon(i, fresh)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                _recolour_item(widget.item(i))
        elif isinstance(widget, QTreeWidget):
            for item in _tree_items(widget):
                for column in range(widget.columnCount()):
                    if (fresh := recolour(item.icon(column))) is not None:
                        item.setIcon(column, fresh)
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    _recolour_item(widget.item(row, column))


def _recolour_item(item: QListWidgetItem | QTableWidgetItem | None) -> None:
    if item is not None and (fresh := recolour(item.icon())) is not None:
        item.setIcon(fresh)


def _tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items: list[QTreeWidgetItem] = []
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        if item is None:
            continue
        items.append(item)
        pending.extend(item.child(i) for i in range(item.childCount()))
    return items


@cache
def app_icon() -> QIcon:
    """The NetDesk application icon (an SVG, so it stays sharp at every size)."""
    renderer = QSvgRenderer(QByteArray(app_icon_svg()))
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon_svg() -> bytes:
    return resources.files("netdesk").joinpath("resources/icons/netdesk.svg").read_bytes()
