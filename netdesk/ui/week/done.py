"""Rows ticked off in this session: how each tick is undone, and the "Done · Undo" cell.

A tick is kept as long as the page lives, so that reading the plan again (after the change it
made, or any other) shows the row where it was, struck through, instead of dropping it under the
mouse. Whether it is still ticked is the tick's own to say: the window's undo stack may take it
back (Ctrl+Z) or give it again (Ctrl+Shift+Z) at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QTreeWidgetItem, QWidget

from netdesk.core.dates import Week
from netdesk.core.row_undo import RowsChange
from netdesk.ui.icons import icon
from netdesk.ui.week.rows import Column, Entry


class Tick:
    """A tick written, as an undoable change that knows whether it is in force."""

    def __init__(self, change: RowsChange) -> None:
        self.change = change
        self.ticked = True

    def undo(self) -> None:
        self.change.undo()
        self.ticked = False

    def redo(self) -> None:
        self.change.redo()
        self.ticked = True


class Untick:
    """A tick taken back from the page (its Undo button): undoing this ticks again."""

    def __init__(self, tick: Tick) -> None:
        self.tick = tick

    def undo(self) -> None:
        self.tick.redo()

    def redo(self) -> None:
        self.tick.undo()


@dataclass
class Done:
    """A row ticked off in this session: where it was, and its tick."""

    week: Week
    group: str
    position: int
    entry: Entry
    tick: Tick


def done_cell(done: str, undo: str, description: str, clicked: Callable[[], None]) -> QWidget:
    """The "Done · Undo" note shown on a ticked row in place of the phone or e-mail.

    The button takes no keyboard focus: on the row, Space unticks it and Ctrl+Z undoes it.
    """
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(4, 0, 4, 0)
    layout.setSpacing(6)
    note = QLabel(done)
    note.setProperty("role", "secondary")
    button = QToolButton()
    button.setText(undo)
    button.setIcon(icon("undo"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(undo)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    button.clicked.connect(clicked)
    layout.addWidget(note)
    layout.addWidget(button)
    layout.addStretch(1)
    return cell


def strike(item: QTreeWidgetItem, done: bool, grey: QBrush, fresh: QTreeWidgetItem) -> None:
    """A row ticked off: struck through and greyed; or back as ``fresh`` (the row as made)
    draws it, an overdue day in its colour again."""
    for column in Column:
        font = QFont(item.font(column))
        font.setStrikeOut(done)
        item.setFont(column, font)
        if done:
            item.setForeground(column, grey)
        else:
            item.setData(column, Qt.ItemDataRole.ForegroundRole, None)
    if not done:
        item.setForeground(Column.WHEN, fresh.foreground(Column.WHEN))
