"""Alt+letter in a window: which controls take which letter, and the letters taken twice.

Two controls with the same mnemonic make Alt+letter only move the focus between them instead of
acting (Qt cycles through the matches), so each letter belongs to one control per window. A
control counts whether it is shown or not: the ones a dialog shows only sometimes (a warning's
check box) can be on screen together with the others.

The standard buttons of a ``QDialogButtonBox`` carry no mnemonic under Qt's own theme, but on
GNOME (and KDE) they do: "&Cancel", "&Close", "&OK", in the language's words from Qt's own
translation (``QGnomeTheme`` context: "&Abbrechen", "Schl&ießen"). They are counted with the
letter they get there, so a dialog is checked for the desktops its users have.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

_GNOME_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: "&OK",
    QDialogButtonBox.StandardButton.Save: "&Save",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
    QDialogButtonBox.StandardButton.Close: "&Close",
}
"""What ``QGnomeTheme::standardButtonText`` puts on the standard buttons (Qt 6)."""


def mnemonic(text: str) -> str | None:
    """The letter after the one ``&`` of ``text`` (an ``&&`` is an ampersand), lower case."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].casefold()
            index += 1
        index += 1
    return None


def _desktop_text(button: QAbstractButton) -> str:
    """The text the button has on a GNOME desktop (its own unless it is a standard button)."""
    box = button.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parentWidget()
    if box is not None:
        gnome = _GNOME_TEXTS.get(box.standardButton(button))
        if gnome is not None:
            return QCoreApplication.translate("QGnomeTheme", gnome)
    return button.text()


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Each letter taken in ``top`` and the texts that take it: buttons and check boxes, labels
    with a buddy, group boxes and tabs."""
    found: dict[str, list[str]] = defaultdict(list)

    def note(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(text)

    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top.window():
            continue  # a dialog of its own, with its own letters
        if isinstance(widget, QAbstractButton):
            note(_desktop_text(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text())
        elif isinstance(widget, QGroupBox):
            note(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                note(widget.tabText(index))
    return dict(found)


def clashes(top: QWidget) -> dict[str, list[str]]:
    """The letters more than one control of ``top`` takes, with their texts."""
    return {letter: texts for letter, texts in mnemonics(top).items() if len(texts) > 1}


def menu_clashes(menu: QMenu | QMenuBar) -> dict[str, dict[str, list[str]]]:
    """The letters taken twice in ``menu`` and in each of its submenus, by the menu's title: in
    an open menu a letter shared by two entries only moves between them (as in a window)."""
    found: dict[str, dict[str, list[str]]] = {}
    taken: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = mnemonic(action.text())
        if letter is not None:
            taken[letter].append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.update(menu_clashes(submenu))
    twice = {letter: texts for letter, texts in taken.items() if len(texts) > 1}
    if twice:
        title = menu.title() if isinstance(menu, QMenu) else "menu bar"
        found[title] = twice
    return found
