"""NetDesk's own translations: the compiled ``netdesk_<language>.qm`` for the system's locale.

The messages are written in English, a count in its plural form ("%Ln contacts");
``netdesk_en`` holds only the English forms of those ("1 contact", "2 contacts"), and is the
fallback when no translation matches the locale. The ``.ts`` files in ``resources/translations``
are made from the sources by ``make translations`` (pyside6-lupdate) and compiled to ``.qm`` by
``make`` (pyside6-lrelease) inside the package, where the bundle finds them too.

``%Ln`` writes the count the locale's way ("1,234" in English, "1.234" in German); in the bare
``C`` locale too, numbers keep their thousands separator, as NetDesk has always shown them.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from netdesk.core import wording

log = logging.getLogger("netdesk")

FALLBACK = "en"

_app_translator: QTranslator | None = None


def translations_folder() -> Path:
    return Path(str(resources.files("netdesk") / "resources" / "translations"))


def install_translator(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> QTranslator | None:
    """Load the translation for ``locale`` (the system's), else English, and install it.

    None when not even the English one is there (a source tree where ``make`` has not compiled
    them yet): the messages then show as written.
    """
    folder = folder if folder is not None else translations_folder()
    locale = locale if locale is not None else QLocale()
    translator = QTranslator(app)
    if not translator.load(locale, "netdesk", "_", str(folder)) and not translator.load(
        f"netdesk_{FALLBACK}", str(folder)
    ):
        log.warning("No NetDesk translation in %s: run make to compile them", folder)
        return None
    app.installTranslator(translator)
    return translator


def keep_digit_grouping() -> None:
    """In the ``C`` locale (which omits them), counts still show thousands separators."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        QLocale.setDefault(locale)


def install_app_translator(app: QCoreApplication, folder: Path | None = None) -> QTranslator | None:
    """The app's translation, installed once however often the app is set up (scripts, tests)."""
    global _app_translator
    if _app_translator is None:
        keep_digit_grouping()
        _app_translator = install_translator(app, folder=folder)
        wording.use_translator(QCoreApplication.translate)
    return _app_translator


class Plural(QObject):
    """The context of plural texts said outside a ``QObject`` (an undo step, a picture).

    Qt's lupdate reads a text as having plural forms only from a ``tr`` call with a count, so
    those places say ``Plural.tr("%Ln contacts", "", n)`` rather than
    ``QCoreApplication.translate(...)``.
    """

    if TYPE_CHECKING:
        # PySide's ``tr`` is also callable on the class (the stubs declare it on instances only).
        @classmethod
        def tr(cls, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str: ...
