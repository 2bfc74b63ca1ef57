"""Settling sync conflicts as an undoable step of the window's undo stack.

"Keep this computer's" and "Use the server's" are written on the window's writer like every
change; once written, the step goes on the undo stack, so Ctrl+Z (in the window, or in the
conflicts list) puts the contact's value back and opens the conflicts again, and Ctrl+Shift+Z
settles them again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netdesk.core.sync.conflicts import Settled, settle, settle_again, unsettle
from netdesk.core.text import isolate_bidi
from netdesk.ui.shell.writes import WriteCommand, Writer
from netdesk.ui.translations import Plural


def _text(settled: list[Settled]) -> str:
    """The step's name in Edit > Undo: the field and the person when it is one conflict."""
    from netdesk.ui.sync.conflicts_dialog import field_label  # it imports this module

    if len(settled) != 1:
        return Plural.tr("Settle %Ln sync conflicts", "", len(settled))
    conflict = settled[0].conflict
    field = field_label(conflict.field, conflict.kind)
    if not conflict.contact_name:
        return QCoreApplication.translate("undo", "Settle the sync conflict of {field}").format(
            field=field
        )
    name = isolate_bidi(conflict.contact_name)
    if settled[0].took_remote:
        text = QCoreApplication.translate("undo", "Use the server's {field} for {name}")
    else:
        text = QCoreApplication.translate("undo", "Keep this computer's {field} for {name}")
    return text.format(field=field, name=name)


class SettleConflictsCommand(WriteCommand):
    """Push after the conflicts were settled (`settle`); undo opens them again."""

    def __init__(self, settled: list[Settled]) -> None:
        super().__init__(_text(settled))
        self._settled = settled

    def write_undo(self) -> list[Settled]:
        return [unsettle(s) for s in self._settled]

    def write_redo(self) -> list[Settled]:
        return [settle_again(s) for s in self._settled]

    def after(self, result: object) -> None:
        # Only once written: a step whose write failed keeps the conflicts it knew.
        if isinstance(result, list):
            self._settled = result


def settle_conflicts(
    writer: Writer,
    ids: list[int],
    *,
    remote: bool,
    done: Callable[[int], None],
    failure: str,
    parent: QWidget | None = None,
) -> None:
    """Keep this computer's values (``remote`` False) or take the server's for the conflicts
    ``ids``, on ``writer``; the step goes on its undo stack. ``done(count settled)`` follows."""

    def work() -> list[Settled]:
        return [s for conflict_id in ids if (s := settle(conflict_id, remote=remote)) is not None]

    def written(settled: list[Settled]) -> None:
        if settled:
            writer.undo_stack.push(SettleConflictsCommand(settled))
        done(len(settled))

    writer.write(work, written, failure=failure, parent=parent)
