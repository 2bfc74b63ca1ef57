"""Meeting saves and deletes on the main window's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from netdesk.core.errors import NetDeskError
from netdesk.core.meeting_undo import MeetingChange
from netdesk.ui.undo import menu_text


class MeetingCommand(QUndoCommand):
    """A save or delete that has already been done; the first ``redo`` (from push) is skipped.

    ``changed(error)`` runs after every undo or redo so the panels can refresh; ``error`` is the
    message when the database no longer allowed it (the command is then made obsolete).
    """

    def __init__(
        self, change: MeetingChange, text: str, changed: Callable[[str | None], None]
    ) -> None:
        super().__init__(menu_text(text))
        self._change = change
        self._changed = changed
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._apply(self._change.redo)
        self._done = True

    def undo(self) -> None:
        self._apply(self._change.undo)
        self._done = False

    def _apply(self, step: Callable[[], None]) -> None:
        try:
            step()
        except NetDeskError as exc:
            self.setObsolete(True)
            self._changed(str(exc))
            return
        self._changed(None)
