"""The message templates and the signature as the settings keep them (``messages/...``).

The settings file is the user's own (0600, see ``ui/shell/app.make_settings_private``); the
templates are one JSON text in it (``core/messages/saved``), read each time Compose or Settings
opens, so a change in Settings is what the next Compose offers.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from netdesk.core.messages import Template, TemplateText, Wording, template_texts, usable, wording
from netdesk.core.messages.saved import dumps
from netdesk.ui.widgets import to_qdate

TEMPLATES_SETTING = "messages/templates"
MY_NAME_SETTING = "messages/my_name"
"""The name messages are signed with ({my_name})."""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def saved_texts(settings: QSettings) -> list[TemplateText]:
    """Every template as the user left it, built-in ones first (their text may have errors)."""
    return template_texts(_text(settings.value(TEMPLATES_SETTING)), QCoreApplication.translate)


def save_texts(settings: QSettings, texts: Iterable[TemplateText]) -> None:
    settings.setValue(TEMPLATES_SETTING, dumps(texts, QCoreApplication.translate))


def saved_templates(settings: QSettings) -> list[Template]:
    """The templates Compose offers, in the user's language and with the user's edits."""
    return usable(saved_texts(settings), QCoreApplication.translate)


def my_name(settings: QSettings) -> str:
    return " ".join(_text(settings.value(MY_NAME_SETTING)).split())


def set_my_name(settings: QSettings, name: str) -> None:
    settings.setValue(MY_NAME_SETTING, " ".join(name.split()))


def message_wording() -> Wording:
    """Lists joined and dates written in the user's language ("Tuesday, 3 March 2026")."""
    locale = QLocale()
    long_date = QLocale.FormatType.LongFormat
    return wording(
        QCoreApplication.translate, lambda day: locale.toString(to_qdate(day), long_date)
    )
