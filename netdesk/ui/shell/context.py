"""What the main window gives each panel it builds, and nothing else of itself.

A panel (This week and History, the referral tree, import and export, recovery, duplicates)
gets a :class:`PanelContext` and works through it: it never imports the window, never reads the
window's attributes and never another panel's. The window composes: it builds the panels, puts
their docks and actions where they belong, and connects what one panel asks for to the one that
does it (through :class:`~netdesk.ui.shell.actions.Actions`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.writes import Writer, WriteUndoStack


@dataclass(frozen=True)
class PanelContext:
    signals: StoreSignals
    """The window's one adapter of the store's events: what changed, which file is open."""
    selection: ContactSelection
    """The current contact, shared with the table."""
    actions: Actions
    """Named actions and the shared commands (open the editor, log a meeting...)."""
    writer: Writer
    """Every write of the window, on a worker, in order; its undo stack is the window's."""
    settings: QSettings
    dialog_parent: QWidget
    """The widget dialogs and messages belong to (window-modal ones block it)."""
    show_status: Callable[[str, int], None]
    """Show a message in the status bar for that many milliseconds (0: until replaced)."""

    @property
    def undo_stack(self) -> WriteUndoStack:
        return self.writer.undo_stack
