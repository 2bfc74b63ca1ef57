"""Every icon NetDesk shows, by meaning. The only module that knows qtawesome names.

Other parts add entries to ``_NAMES`` and call ``icon("meaning")``.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon

_NAMES: dict[str, str] = {
    "add-row": "mdi6.plus",
    "remove-row": "mdi6.minus-circle-outline",
    "error": "mdi6.alert-circle",
    "delete": "mdi6.trash-can-outline",
    "overdue": "mdi6.alarm",
    "follow-up-week": "mdi6.calendar-week",
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
    "export-calendar": "mdi6.calendar-export",
    "timeline": "mdi6.timeline-clock-outline",
}

# Colours that carry meaning beside the icon shape (never colour alone).
_COLOURS: dict[str, str] = {
    "overdue": "#c62828",
    "error": "#c62828",
    "delete": "#b71c1c",
}


@cache
def icon(meaning: str) -> QIcon:
    """The icon for ``meaning`` (a key of ``_NAMES``); a KeyError names a missing entry."""
    import qtawesome  # imported on first use: it loads its icon fonts

    name = _NAMES[meaning]
    colour = _COLOURS.get(meaning)
    if colour is None:
        return qtawesome.icon(name)
    return qtawesome.icon(name, color=QColor(colour))
