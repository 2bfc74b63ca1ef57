"""Where the window's actions go: the menus, the toolbar and the table's context menu, by name.

Every action is registered by name in the window's :class:`~netdesk.ui.shell.actions.Actions`
(by the window or the panel that owns it); this module only says where each one appears, so
that a menu is one list to read. Every registered action is in a menu (a test checks), so that
each one can be found, with its shortcut, without knowing where its button is. The pages'
"Go to" actions (``go-<page>``) are View > Go to's, which the navigation fills itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from netdesk.ui.shell.actions import Actions

Layout = tuple[str | None, ...]
"""Action names in order; None is a separator."""

# The menus, the toolbar and the table's context menu, by action name (None: a separator).
FILE_MENU: Layout = (
    "new-contact",
    "print-sheet",
    "export-calendar",
    None,
    "import-contacts",
    "export-contacts",
    None,
    "open-database",
    "restore-backup",
    None,
    "quit",
)
EDIT_MENU: Layout = (
    "undo",
    "redo",
    None,
    "edit-contact",
    "log-meeting",
    "compose",  # ui/compose
    "delete",
    None,
    "find",
    None,
    "preferences",  # ui/preferences (macOS: the application menu)
    "sync-accounts",  # ui/sync
)
TOOLS_MENU: Layout = (
    "neglected",  # ui/rhythms
    None,
    "find-duplicates",
    None,
    "sync-now",
    "sync-conflicts",
    None,
    "show-reminders",  # ui/reminders (checkable; also in Preferences)
)
HELP_MENU: Layout = ("about",)
TOOLBAR: Layout = (
    "new-contact",
    "edit-contact",
    "delete",
    None,
    "undo",
    "redo",
    None,
    "log-meeting",
    None,
    "sync-now",
)
TABLE_MENU: Layout = ("log-meeting", "compose")


def fill(registry: Actions, widget: QWidget, names: Layout) -> None:
    """Add the registered actions ``names`` to a menu, a toolbar or a widget, in order.

    A name nobody registered is left out (a feature that is not built in).
    """
    for name in names:
        if name is None:
            if isinstance(widget, QMenu | QToolBar):
                widget.addSeparator()
            continue
        action = registry.get(name)
        if action is not None:
            widget.addAction(action)
