"""Every icon NetDesk shows, by meaning. The only module that knows qtawesome names.

Other parts add entries to ``_NAMES`` and call ``icon("meaning")``; the app icon is the SVG
shipped in ``netdesk/resources/icons`` and found through importlib.resources.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

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
    "warm-lead": "mdi6.fire",
    "overdue": "mdi6.alarm",
    "follow-up-week": "mdi6.calendar-week",
    "clear-filters": "mdi6.filter-remove-outline",
    "demo-network": "mdi6.account-network-outline",
    "drop-file": "mdi6.card-account-details-outline",
    "columns": "mdi6.table-column",
    "add-row": "mdi6.plus",
    "remove-row": "mdi6.minus-circle-outline",
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
    # Duplicates already in the database (issue 12).
    "find-duplicates": "mdi6.account-multiple-check-outline",
    "not-duplicates": "mdi6.account-multiple-remove-outline",
    # The window's pages (issue 14).
    "contacts": "mdi6.account-multiple-outline",
}

# Colours that carry meaning beside the icon shape (never colour alone).
_COLOURS: dict[str, str] = {
    "warm-lead": "#e65100",
    "overdue": "#c62828",
    "error": "#c62828",
    "delete": "#b71c1c",
}


# Sizes rendered once per icon, at 1x and 2x device pixel ratio.
_SIZES = (16, 20, 24, 32, 48)


@cache
def icon(meaning: str) -> QIcon:
    """The icon for ``meaning`` (a key of ``_NAMES``); a KeyError names a missing entry.

    qtawesome draws through a QIconEngine written in Python, called again for every paint; a
    table shows an icon in many rows and repaints on every keystroke. So each icon is drawn
    once into pixmaps, and Qt paints those without calling back into Python.
    """
    import qtawesome  # imported on first use: it loads its icon fonts

    name = _NAMES[meaning]
    colour = _COLOURS.get(meaning)
    source = qtawesome.icon(name) if colour is None else qtawesome.icon(name, color=QColor(colour))
    result = QIcon()
    for size in _SIZES:
        for ratio in (1, 2):
            pixmap = source.pixmap(QSize(size, size), ratio)
            result.addPixmap(pixmap, QIcon.Mode.Normal)
    return result


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
