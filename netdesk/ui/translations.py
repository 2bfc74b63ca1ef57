"""NetDesk's own translations: the compiled ``netdesk_<language>.qm`` for the system's locale.

The messages are written in English, a count in its plural form ("%Ln contacts");
``netdesk_en`` holds only the English forms of those ("1 contact", "2 contacts"), and is the
fallback when no translation matches the locale. The ``.ts`` files in ``resources/translations``
are made from the sources by ``make translations`` (pyside6-lupdate) and compiled to ``.qm`` by
``make`` (pyside6-lrelease) inside the package, where the bundle finds them too.

Preferences > Language may name one of the shipped translations instead of the system's
(``language/code`` in the settings; read at start). Dates and numbers then follow that language
too, in the system's country where the two go together. Qt's own translation
(``qtbase_<language>.qm``, from Qt's translations folder) comes with it, so that standard
buttons and dialogs (OK, Cancel, the file dialog) speak the same language as NetDesk.

``%Ln`` writes the count the locale's way ("1,234" in English, "1.234" in German); in the bare
``C`` locale too, numbers keep their thousands separator, as NetDesk has always shown them.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from netdesk.core import wording
from netdesk.ui.formatting import number_locale

log = logging.getLogger("netdesk")

FALLBACK = "en"
LANGUAGE_SETTING = "language/code"
"""The chosen language's code ("de"), or empty for the system's."""

_app_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None
_language_in_effect = ""


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


def available_languages(folder: Path | None = None) -> list[str]:
    """The codes of the shipped translations (English first): compiled ones, or their sources
    in a source tree where ``make`` has not compiled them yet."""
    folder = folder if folder is not None else translations_folder()
    found = {p.stem.split("_", 1)[1] for p in folder.glob("netdesk_*.qm")}
    found |= {p.stem.split("_", 1)[1] for p in folder.glob("netdesk_*.ts")}
    found.discard(FALLBACK)
    return [FALLBACK, *sorted(found)]


def saved_language(settings: QSettings) -> str:
    """The language chosen in Preferences ("" for the system's)."""
    value = settings.value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) else ""


def chosen_locale(language: str) -> QLocale:
    """The locale for ``language`` ("" is the system's), in the system's country when that
    country has the language (German in Austria stays Austrian), else its main one."""
    system = QLocale.system()
    if not language:
        return system
    wanted = QLocale(language).language()
    if wanted == system.language():
        return system
    return QLocale(wanted, system.territory())


_AUTONYMS = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
"""Languages by their own name, without a country (Qt says "American English", "español de
España")."""


def language_name(language: str) -> str:
    """A language's name in itself ("Deutsch", "Français"), as a language menu lists it."""
    if language in _AUTONYMS:
        return _AUTONYMS[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def qt_translations_folder() -> Path:
    """Where Qt's own ``.qm`` files are (inside PySide6, also in the bundle)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_qt_translator(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> QTranslator | None:
    """Qt's own translation into ``language`` (its standard buttons and dialogs), installed;
    None for English (Qt's source language) or when Qt has none for it."""
    locale = QLocale(language)
    if not language or locale.language() == QLocale.Language.English:
        return None
    folder = folder if folder is not None else qt_translations_folder()
    translator = QTranslator(app)
    if not translator.load(locale, "qtbase", "_", str(folder)):
        log.info("No Qt translation for %s in %s", language, folder)
        return None
    app.installTranslator(translator)
    return translator


def language_in_effect() -> str:
    """The language chosen when the app was set up ("" for the system's): what it shows."""
    return _language_in_effect


def keep_digit_grouping() -> None:
    """In the ``C`` locale (which omits them), counts still show thousands separators."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(number_locale())


def install_app_translator(
    app: QCoreApplication, folder: Path | None = None, language: str = ""
) -> QTranslator | None:
    """The app's translation (``language``, or the system's when empty) with Qt's own for the
    same language, installed once however often the app is set up (scripts, tests)."""
    global _app_translator, _qt_translator, _language_in_effect
    if _app_translator is None:
        _language_in_effect = language
        locale = chosen_locale(language)
        if language:
            QLocale.setDefault(locale)
        keep_digit_grouping()
        _app_translator = install_translator(app, locale, folder=folder)
        if _app_translator is not None:
            _qt_translator = install_qt_translator(app, _app_translator.language())
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
