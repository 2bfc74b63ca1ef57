"""How message texts are marked for translation without importing Qt.

The built-in templates, placeholder descriptions and list words are English data here. Each one
is wrapped in :func:`QT_TRANSLATE_NOOP` with a literal context, which `pyside6-lupdate` finds by
its name (it reads the source, not the import), so the UI translates them later with
``QCoreApplication.translate(context, text)``: pass that function as ``translate`` wherever one
is taken.
"""

from __future__ import annotations

from collections.abc import Callable

TEMPLATES_CONTEXT = "MessageTemplates"
"""The translation context of the built-in templates' names, subjects and bodies."""

PLACEHOLDERS_CONTEXT = "MessagePlaceholders"
"""The translation context of placeholder descriptions and the words that join lists."""

Translate = Callable[[str, str], str]
"""``(context, text) -> translated text``: ``QCoreApplication.translate`` has this shape."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (lupdate looks for this very name); returns it
    unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The ``translate`` used when none is given: the English text as it is."""
    return text
