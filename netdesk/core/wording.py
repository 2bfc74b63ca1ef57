"""Sentences the core writes for people to read, in the language the app runs in.

The core has no Qt, yet some of what it returns is read by a person: the opening line of a call
("Sara Smith suggested I give you a call."), the path to someone, the default meeting agenda,
why an import took a card for an existing contact. Each such text goes through
:func:`translate` with a literal context and text, so that Qt's ``lupdate`` finds it beside the
UI's own; the UI installs Qt's translator here at start (:func:`use_translator`), and without
one (the command line, tests of the core) the text stays English. Placeholders are named
(``{name}``) and filled after translating, so a translation can put them where its grammar
wants them.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
"""(context, English text) -> the text in the running language."""


def _english(_context: str, text: str) -> str:
    return text


_translator: Translator = _english


def use_translator(translator: Translator | None) -> None:
    """Translate the core's texts with ``translator`` from now on (None: English again).

    It is called from worker threads too: Qt's ``QCoreApplication.translate`` is thread-safe.
    """
    global _translator
    _translator = translator if translator is not None else _english


def translate(context: str, text: str) -> str:
    """``text`` in the running language (``context`` groups it for translators)."""
    return _translator(context, text)
