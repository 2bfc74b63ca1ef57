"""The window's actions by name, and the commands several panels start for one contact.

Menus, the toolbar and context menus are built from the names (Picard keeps its actions in one
registry the same way; the sidebar of issue 14 will be built from it too). Whoever does what an
action does makes it and registers it once: the window its own, each panel the ones it owns.

Some things are started from several places for a given contact: open the editor, add a person
someone referred, log a meeting, compose a message. A ``QAction`` cannot carry the contact, so
these are commands, provided by the one that does them (the window opens editors, the meetings
panel opens meeting forms, ``ui/compose`` the Compose dialog) and called by the others; each
returns the dialog it opened, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from netdesk.core.compose import ComposeFor

OpenEditor = Callable[[int | None], QDialog | None]
"""Open the editor for a contact (None: a new one)."""
AddReferredPerson = Callable[[int, str], QDialog | None]
"""Open the editor for a new contact whom the given contact (id, name) referred."""
LogMeeting = Callable[[int], QDialog | None]
"""Open the meeting form for a new meeting with the contact."""


class Compose(Protocol):
    """Open the Compose dialog for a contact, task, meeting or referral (with a template, by
    id, instead of the one that fits best)."""

    def __call__(self, request: ComposeFor, template_id: str | None = None) -> QDialog | None: ...


def _unavailable(*_args: object) -> None:
    return None


def _no_compose(request: ComposeFor, template_id: str | None = None) -> None:
    del request, template_id  # nobody composes: a panel built without a window
    return None


class Actions:
    """Named ``QAction``\\ s and the shared commands (see the module docstring)."""

    def __init__(self) -> None:
        self._actions: dict[str, QAction] = {}
        self.open_editor: OpenEditor = _unavailable
        self.add_referred_person: AddReferredPerson = _unavailable
        self.log_meeting: LogMeeting = _unavailable
        self.compose: Compose = _no_compose

    def add(self, name: str, action: QAction) -> QAction:
        """Register ``action`` under ``name`` (once: a second one of that name is a bug)."""
        if name in self._actions:
            raise ValueError(f"an action named {name!r} is registered already")
        action.setObjectName(name)
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def get(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)
